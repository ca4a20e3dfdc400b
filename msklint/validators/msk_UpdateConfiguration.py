"""Generated 2026-12-03 by tools/gen_validators.py (fastjsonschema 2.22.3) from schemas/msk-UpdateConfiguration.schema.json
(sha256 50e24a62491d29d866dc1e538ad654f3201fc7b23789a3208c01977221b047eb). Do not edit: change the schema and run python tools/gen_validators.py.

The fast path only: True means jsonschema finds no error either (tests/test_validators.py); on False
validate with jsonschema for the messages."""

NoneType = type(None)

def validate____defs___root(data, custom_formats={}, name_prefix=None):
    validate____defs_updateconfigurationrequest(data, custom_formats, (name_prefix or 'data') + '')
    return data

def validate____defs_updateconfigurationrequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['Arn', 'ServerProperties']) - data.keys()
        if data__missing_keys:
            raise Invalid
        data_keys = set(data.keys())
        if 'Arn' in data_keys:
            data_keys.remove('Arn')
            data__Arn = data['Arn']
            if not isinstance(data__Arn, str):
                raise Invalid
        if 'Description' in data_keys:
            data_keys.remove('Description')
            data__Description = data['Description']
            if not isinstance(data__Description, str):
                raise Invalid
        if 'ServerProperties' in data_keys:
            data_keys.remove('ServerProperties')
            data__ServerProperties = data['ServerProperties']
            if not isinstance(data__ServerProperties, str):
                raise Invalid
        if data_keys:
            raise Invalid
    return data
def lenient____defs___root(data, custom_formats={}, name_prefix=None):
    lenient____defs_updateconfigurationrequest(data, custom_formats, (name_prefix or 'data') + '')
    return data

def lenient____defs_updateconfigurationrequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'Arn' in data_keys:
            data_keys.remove('Arn')
            data__Arn = data['Arn']
            if not isinstance(data__Arn, str):
                raise Invalid
        if 'Description' in data_keys:
            data_keys.remove('Description')
            data__Description = data['Description']
            if not isinstance(data__Description, str):
                raise Invalid
        if 'ServerProperties' in data_keys:
            data_keys.remove('ServerProperties')
            data__ServerProperties = data['ServerProperties']
            if not isinstance(data__ServerProperties, str):
                raise Invalid
        if data_keys:
            raise Invalid
    return data

class Invalid(Exception):
    pass


VALIDATORS = {
    '': validate____defs___root,
    'UpdateConfigurationRequest': validate____defs_updateconfigurationrequest,
}


LENIENT = {
    '': lenient____defs___root,
    'UpdateConfigurationRequest': lenient____defs_updateconfigurationrequest,
}


def is_valid(data, definition: str = '', table=VALIDATORS) -> bool:
    try:
        table[definition](data)
    except Invalid:
        return False
    return True
