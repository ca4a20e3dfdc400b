"""Generated 2026-12-03 by tools/gen_validators.py (fastjsonschema 2.22.3) from schemas/msk-UpdateBrokerType.schema.json
(sha256 02854e61b00897732d3e8fd0a338be43002ce3aeb28e4d941ed221d2c64a8e80). Do not edit: change the schema and run python tools/gen_validators.py.

The fast path only: True means jsonschema finds no error either (tests/test_validators.py); on False
validate with jsonschema for the messages."""

NoneType = type(None)

def validate____defs___root(data, custom_formats={}, name_prefix=None):
    validate____defs_updatebrokertyperequest(data, custom_formats, (name_prefix or 'data') + '')
    return data

def validate____defs_updatebrokertyperequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['ClusterArn', 'CurrentVersion', 'TargetInstanceType']) - data.keys()
        if data__missing_keys:
            raise Invalid
        data_keys = set(data.keys())
        if 'ClusterArn' in data_keys:
            data_keys.remove('ClusterArn')
            data__ClusterArn = data['ClusterArn']
            if not isinstance(data__ClusterArn, str):
                raise Invalid
        if 'CurrentVersion' in data_keys:
            data_keys.remove('CurrentVersion')
            data__CurrentVersion = data['CurrentVersion']
            if not isinstance(data__CurrentVersion, str):
                raise Invalid
        if 'TargetInstanceType' in data_keys:
            data_keys.remove('TargetInstanceType')
            data__TargetInstanceType = data['TargetInstanceType']
            if not isinstance(data__TargetInstanceType, str):
                raise Invalid
        if data_keys:
            raise Invalid
    return data
def lenient____defs___root(data, custom_formats={}, name_prefix=None):
    lenient____defs_updatebrokertyperequest(data, custom_formats, (name_prefix or 'data') + '')
    return data

def lenient____defs_updatebrokertyperequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'ClusterArn' in data_keys:
            data_keys.remove('ClusterArn')
            data__ClusterArn = data['ClusterArn']
            if not isinstance(data__ClusterArn, str):
                raise Invalid
        if 'CurrentVersion' in data_keys:
            data_keys.remove('CurrentVersion')
            data__CurrentVersion = data['CurrentVersion']
            if not isinstance(data__CurrentVersion, str):
                raise Invalid
        if 'TargetInstanceType' in data_keys:
            data_keys.remove('TargetInstanceType')
            data__TargetInstanceType = data['TargetInstanceType']
            if not isinstance(data__TargetInstanceType, str):
                raise Invalid
        if data_keys:
            raise Invalid
    return data

class Invalid(Exception):
    pass


VALIDATORS = {
    '': validate____defs___root,
    'UpdateBrokerTypeRequest': validate____defs_updatebrokertyperequest,
}


LENIENT = {
    '': lenient____defs___root,
    'UpdateBrokerTypeRequest': lenient____defs_updatebrokertyperequest,
}


def is_valid(data, definition: str = '', table=VALIDATORS) -> bool:
    try:
        table[definition](data)
    except Invalid:
        return False
    return True
