"""Generated 2026-12-03 by tools/gen_validators.py (fastjsonschema 2.22.3) from schemas/msk-UpdateClusterKafkaVersion.schema.json
(sha256 041a1e5029d24478fddcee145f5cba142f6ec55aa5b8322bde4b4c453f3141ef). Do not edit: change the schema and run python tools/gen_validators.py.

The fast path only: True means jsonschema finds no error either (tests/test_validators.py); on False
validate with jsonschema for the messages."""

NoneType = type(None)

def validate____defs___root(data, custom_formats={}, name_prefix=None):
    validate____defs_updateclusterkafkaversionrequest(data, custom_formats, (name_prefix or 'data') + '')
    return data

def validate____defs_updateclusterkafkaversionrequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['ClusterArn', 'CurrentVersion', 'TargetKafkaVersion']) - data.keys()
        if data__missing_keys:
            raise Invalid
        data_keys = set(data.keys())
        if 'ClusterArn' in data_keys:
            data_keys.remove('ClusterArn')
            data__ClusterArn = data['ClusterArn']
            if not isinstance(data__ClusterArn, str):
                raise Invalid
        if 'ConfigurationInfo' in data_keys:
            data_keys.remove('ConfigurationInfo')
            data__ConfigurationInfo = data['ConfigurationInfo']
            validate____defs_configurationinfo(data__ConfigurationInfo, custom_formats, (name_prefix or 'data') + '.ConfigurationInfo')
        if 'CurrentVersion' in data_keys:
            data_keys.remove('CurrentVersion')
            data__CurrentVersion = data['CurrentVersion']
            if not isinstance(data__CurrentVersion, str):
                raise Invalid
        if 'TargetKafkaVersion' in data_keys:
            data_keys.remove('TargetKafkaVersion')
            data__TargetKafkaVersion = data['TargetKafkaVersion']
            if not isinstance(data__TargetKafkaVersion, str):
                raise Invalid
        if data_keys:
            raise Invalid
    return data

def validate____defs_configurationinfo(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['Arn', 'Revision']) - data.keys()
        if data__missing_keys:
            raise Invalid
        data_keys = set(data.keys())
        if 'Arn' in data_keys:
            data_keys.remove('Arn')
            data__Arn = data['Arn']
            if not isinstance(data__Arn, str):
                raise Invalid
        if 'Revision' in data_keys:
            data_keys.remove('Revision')
            data__Revision = data['Revision']
            if not isinstance(data__Revision, int) and (not (isinstance(data__Revision, float) and data__Revision.is_integer())) or isinstance(data__Revision, bool):
                raise Invalid
        if data_keys:
            raise Invalid
    return data
def lenient____defs___root(data, custom_formats={}, name_prefix=None):
    lenient____defs_updateclusterkafkaversionrequest(data, custom_formats, (name_prefix or 'data') + '')
    return data

def lenient____defs_updateclusterkafkaversionrequest(data, custom_formats={}, name_prefix=None):
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
        if 'ConfigurationInfo' in data_keys:
            data_keys.remove('ConfigurationInfo')
            data__ConfigurationInfo = data['ConfigurationInfo']
            lenient____defs_configurationinfo(data__ConfigurationInfo, custom_formats, (name_prefix or 'data') + '.ConfigurationInfo')
        if 'CurrentVersion' in data_keys:
            data_keys.remove('CurrentVersion')
            data__CurrentVersion = data['CurrentVersion']
            if not isinstance(data__CurrentVersion, str):
                raise Invalid
        if 'TargetKafkaVersion' in data_keys:
            data_keys.remove('TargetKafkaVersion')
            data__TargetKafkaVersion = data['TargetKafkaVersion']
            if not isinstance(data__TargetKafkaVersion, str):
                raise Invalid
        if data_keys:
            raise Invalid
    return data

def lenient____defs_configurationinfo(data, custom_formats={}, name_prefix=None):
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
        if 'Revision' in data_keys:
            data_keys.remove('Revision')
            data__Revision = data['Revision']
            if not isinstance(data__Revision, int) and (not (isinstance(data__Revision, float) and data__Revision.is_integer())) or isinstance(data__Revision, bool):
                raise Invalid
        if data_keys:
            raise Invalid
    return data

class Invalid(Exception):
    pass


VALIDATORS = {
    '': validate____defs___root,
    'ConfigurationInfo': validate____defs_configurationinfo,
    'UpdateClusterKafkaVersionRequest': validate____defs_updateclusterkafkaversionrequest,
}


LENIENT = {
    '': lenient____defs___root,
    'ConfigurationInfo': lenient____defs_configurationinfo,
    'UpdateClusterKafkaVersionRequest': lenient____defs_updateclusterkafkaversionrequest,
}


def is_valid(data, definition: str = '', table=VALIDATORS) -> bool:
    try:
        table[definition](data)
    except Invalid:
        return False
    return True
