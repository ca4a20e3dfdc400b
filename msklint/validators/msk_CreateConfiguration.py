"""Generated 2026-12-03 by tools/gen_validators.py (fastjsonschema 2.22.3) from schemas/msk-CreateConfiguration.schema.json
(sha256 10431314d9acdd774b0ef1b64d3d51d93b456ccc0118df5e68f81240cf9348ca). Do not edit: change the schema and run python tools/gen_validators.py.

The fast path only: True means jsonschema finds no error either (tests/test_validators.py); on False
validate with jsonschema for the messages."""

NoneType = type(None)

def validate____defs___root(data, custom_formats={}, name_prefix=None):
    validate____defs_createconfigurationrequest(data, custom_formats, (name_prefix or 'data') + '')
    return data

def validate____defs_createconfigurationrequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['Name', 'ServerProperties']) - data.keys()
        if data__missing_keys:
            raise Invalid
        data_keys = set(data.keys())
        if 'Description' in data_keys:
            data_keys.remove('Description')
            data__Description = data['Description']
            if not isinstance(data__Description, str):
                raise Invalid
        if 'KafkaVersions' in data_keys:
            data_keys.remove('KafkaVersions')
            data__KafkaVersions = data['KafkaVersions']
            if not isinstance(data__KafkaVersions, (list, tuple)):
                raise Invalid
            data__KafkaVersions_is_list = isinstance(data__KafkaVersions, (list, tuple))
            if data__KafkaVersions_is_list:
                data__KafkaVersions_len = len(data__KafkaVersions)
                for data__KafkaVersions_x, data__KafkaVersions_item in enumerate(data__KafkaVersions):
                    if not isinstance(data__KafkaVersions_item, str):
                        raise Invalid
        if 'Name' in data_keys:
            data_keys.remove('Name')
            data__Name = data['Name']
            if not isinstance(data__Name, str):
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
    lenient____defs_createconfigurationrequest(data, custom_formats, (name_prefix or 'data') + '')
    return data

def lenient____defs_createconfigurationrequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'Description' in data_keys:
            data_keys.remove('Description')
            data__Description = data['Description']
            if not isinstance(data__Description, str):
                raise Invalid
        if 'KafkaVersions' in data_keys:
            data_keys.remove('KafkaVersions')
            data__KafkaVersions = data['KafkaVersions']
            if not isinstance(data__KafkaVersions, (list, tuple)):
                raise Invalid
            data__KafkaVersions_is_list = isinstance(data__KafkaVersions, (list, tuple))
            if data__KafkaVersions_is_list:
                data__KafkaVersions_len = len(data__KafkaVersions)
                for data__KafkaVersions_x, data__KafkaVersions_item in enumerate(data__KafkaVersions):
                    if not isinstance(data__KafkaVersions_item, str):
                        raise Invalid
        if 'Name' in data_keys:
            data_keys.remove('Name')
            data__Name = data['Name']
            if not isinstance(data__Name, str):
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
    'CreateConfigurationRequest': validate____defs_createconfigurationrequest,
}


LENIENT = {
    '': lenient____defs___root,
    'CreateConfigurationRequest': lenient____defs_createconfigurationrequest,
}


def is_valid(data, definition: str = '', table=VALIDATORS) -> bool:
    try:
        table[definition](data)
    except Invalid:
        return False
    return True
