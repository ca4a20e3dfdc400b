"""Generated 2026-12-03 by tools/gen_validators.py (fastjsonschema 2.22.3) from schemas/msk-UpdateBrokerCount.schema.json
(sha256 5bdf10c9951d830a67c6324c743a58b88e27b1549f426e920dd530a998d89586). Do not edit: change the schema and run python tools/gen_validators.py.

The fast path only: True means jsonschema finds no error either (tests/test_validators.py); on False
validate with jsonschema for the messages."""

NoneType = type(None)

def validate____defs___root(data, custom_formats={}, name_prefix=None):
    validate____defs_updatebrokercountrequest(data, custom_formats, (name_prefix or 'data') + '')
    return data

def validate____defs_updatebrokercountrequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['ClusterArn', 'CurrentVersion', 'TargetNumberOfBrokerNodes']) - data.keys()
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
        if 'TargetNumberOfBrokerNodes' in data_keys:
            data_keys.remove('TargetNumberOfBrokerNodes')
            data__TargetNumberOfBrokerNodes = data['TargetNumberOfBrokerNodes']
            if not isinstance(data__TargetNumberOfBrokerNodes, int) and (not (isinstance(data__TargetNumberOfBrokerNodes, float) and data__TargetNumberOfBrokerNodes.is_integer())) or isinstance(data__TargetNumberOfBrokerNodes, bool):
                raise Invalid
            if isinstance(data__TargetNumberOfBrokerNodes, (int, float)) and (not isinstance(data__TargetNumberOfBrokerNodes, bool)):
                if data__TargetNumberOfBrokerNodes < 1:
                    raise Invalid
        if data_keys:
            raise Invalid
    return data
def lenient____defs___root(data, custom_formats={}, name_prefix=None):
    lenient____defs_updatebrokercountrequest(data, custom_formats, (name_prefix or 'data') + '')
    return data

def lenient____defs_updatebrokercountrequest(data, custom_formats={}, name_prefix=None):
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
        if 'TargetNumberOfBrokerNodes' in data_keys:
            data_keys.remove('TargetNumberOfBrokerNodes')
            data__TargetNumberOfBrokerNodes = data['TargetNumberOfBrokerNodes']
            if not isinstance(data__TargetNumberOfBrokerNodes, int) and (not (isinstance(data__TargetNumberOfBrokerNodes, float) and data__TargetNumberOfBrokerNodes.is_integer())) or isinstance(data__TargetNumberOfBrokerNodes, bool):
                raise Invalid
            if isinstance(data__TargetNumberOfBrokerNodes, (int, float)) and (not isinstance(data__TargetNumberOfBrokerNodes, bool)):
                if data__TargetNumberOfBrokerNodes < 1:
                    raise Invalid
        if data_keys:
            raise Invalid
    return data

class Invalid(Exception):
    pass


VALIDATORS = {
    '': validate____defs___root,
    'UpdateBrokerCountRequest': validate____defs_updatebrokercountrequest,
}


LENIENT = {
    '': lenient____defs___root,
    'UpdateBrokerCountRequest': lenient____defs_updatebrokercountrequest,
}


def is_valid(data, definition: str = '', table=VALIDATORS) -> bool:
    try:
        table[definition](data)
    except Invalid:
        return False
    return True
