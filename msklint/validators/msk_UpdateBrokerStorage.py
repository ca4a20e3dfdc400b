"""Generated 2026-12-03 by tools/gen_validators.py (fastjsonschema 2.22.3) from schemas/msk-UpdateBrokerStorage.schema.json
(sha256 0dd138cc08ee7ca2f919dad4e1ceea9930b8a8cd23eaf2a9484c91466973d49a). Do not edit: change the schema and run python tools/gen_validators.py.

The fast path only: True means jsonschema finds no error either (tests/test_validators.py); on False
validate with jsonschema for the messages."""

NoneType = type(None)

def validate____defs___root(data, custom_formats={}, name_prefix=None):
    validate____defs_updatebrokerstoragerequest(data, custom_formats, (name_prefix or 'data') + '')
    return data

def validate____defs_updatebrokerstoragerequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['ClusterArn', 'CurrentVersion', 'TargetBrokerEBSVolumeInfo']) - data.keys()
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
        if 'TargetBrokerEBSVolumeInfo' in data_keys:
            data_keys.remove('TargetBrokerEBSVolumeInfo')
            data__TargetBrokerEBSVolumeInfo = data['TargetBrokerEBSVolumeInfo']
            if not isinstance(data__TargetBrokerEBSVolumeInfo, (list, tuple)):
                raise Invalid
            data__TargetBrokerEBSVolumeInfo_is_list = isinstance(data__TargetBrokerEBSVolumeInfo, (list, tuple))
            if data__TargetBrokerEBSVolumeInfo_is_list:
                data__TargetBrokerEBSVolumeInfo_len = len(data__TargetBrokerEBSVolumeInfo)
                for data__TargetBrokerEBSVolumeInfo_x, data__TargetBrokerEBSVolumeInfo_item in enumerate(data__TargetBrokerEBSVolumeInfo):
                    validate____defs_brokerebsvolumeinfo(data__TargetBrokerEBSVolumeInfo_item, custom_formats, (name_prefix or 'data') + '.TargetBrokerEBSVolumeInfo[{data__TargetBrokerEBSVolumeInfo_x}]'.format(**locals()))
        if data_keys:
            raise Invalid
    return data

def validate____defs_provisionedthroughput(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'Enabled' in data_keys:
            data_keys.remove('Enabled')
            data__Enabled = data['Enabled']
            if not isinstance(data__Enabled, bool):
                raise Invalid
        if 'VolumeThroughput' in data_keys:
            data_keys.remove('VolumeThroughput')
            data__VolumeThroughput = data['VolumeThroughput']
            if not isinstance(data__VolumeThroughput, int) and (not (isinstance(data__VolumeThroughput, float) and data__VolumeThroughput.is_integer())) or isinstance(data__VolumeThroughput, bool):
                raise Invalid
        if data_keys:
            raise Invalid
    return data

def validate____defs_brokerebsvolumeinfo(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['KafkaBrokerNodeId']) - data.keys()
        if data__missing_keys:
            raise Invalid
        data_keys = set(data.keys())
        if 'KafkaBrokerNodeId' in data_keys:
            data_keys.remove('KafkaBrokerNodeId')
            data__KafkaBrokerNodeId = data['KafkaBrokerNodeId']
            if not isinstance(data__KafkaBrokerNodeId, str):
                raise Invalid
        if 'ProvisionedThroughput' in data_keys:
            data_keys.remove('ProvisionedThroughput')
            data__ProvisionedThroughput = data['ProvisionedThroughput']
            validate____defs_provisionedthroughput(data__ProvisionedThroughput, custom_formats, (name_prefix or 'data') + '.ProvisionedThroughput')
        if 'VolumeSizeGB' in data_keys:
            data_keys.remove('VolumeSizeGB')
            data__VolumeSizeGB = data['VolumeSizeGB']
            if not isinstance(data__VolumeSizeGB, int) and (not (isinstance(data__VolumeSizeGB, float) and data__VolumeSizeGB.is_integer())) or isinstance(data__VolumeSizeGB, bool):
                raise Invalid
        if data_keys:
            raise Invalid
    return data
def lenient____defs___root(data, custom_formats={}, name_prefix=None):
    lenient____defs_updatebrokerstoragerequest(data, custom_formats, (name_prefix or 'data') + '')
    return data

def lenient____defs_updatebrokerstoragerequest(data, custom_formats={}, name_prefix=None):
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
        if 'TargetBrokerEBSVolumeInfo' in data_keys:
            data_keys.remove('TargetBrokerEBSVolumeInfo')
            data__TargetBrokerEBSVolumeInfo = data['TargetBrokerEBSVolumeInfo']
            if not isinstance(data__TargetBrokerEBSVolumeInfo, (list, tuple)):
                raise Invalid
            data__TargetBrokerEBSVolumeInfo_is_list = isinstance(data__TargetBrokerEBSVolumeInfo, (list, tuple))
            if data__TargetBrokerEBSVolumeInfo_is_list:
                data__TargetBrokerEBSVolumeInfo_len = len(data__TargetBrokerEBSVolumeInfo)
                for data__TargetBrokerEBSVolumeInfo_x, data__TargetBrokerEBSVolumeInfo_item in enumerate(data__TargetBrokerEBSVolumeInfo):
                    lenient____defs_brokerebsvolumeinfo(data__TargetBrokerEBSVolumeInfo_item, custom_formats, (name_prefix or 'data') + '.TargetBrokerEBSVolumeInfo[{data__TargetBrokerEBSVolumeInfo_x}]'.format(**locals()))
        if data_keys:
            raise Invalid
    return data

def lenient____defs_provisionedthroughput(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'Enabled' in data_keys:
            data_keys.remove('Enabled')
            data__Enabled = data['Enabled']
            if not isinstance(data__Enabled, bool):
                raise Invalid
        if 'VolumeThroughput' in data_keys:
            data_keys.remove('VolumeThroughput')
            data__VolumeThroughput = data['VolumeThroughput']
            if not isinstance(data__VolumeThroughput, int) and (not (isinstance(data__VolumeThroughput, float) and data__VolumeThroughput.is_integer())) or isinstance(data__VolumeThroughput, bool):
                raise Invalid
        if data_keys:
            raise Invalid
    return data

def lenient____defs_brokerebsvolumeinfo(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'KafkaBrokerNodeId' in data_keys:
            data_keys.remove('KafkaBrokerNodeId')
            data__KafkaBrokerNodeId = data['KafkaBrokerNodeId']
            if not isinstance(data__KafkaBrokerNodeId, str):
                raise Invalid
        if 'ProvisionedThroughput' in data_keys:
            data_keys.remove('ProvisionedThroughput')
            data__ProvisionedThroughput = data['ProvisionedThroughput']
            lenient____defs_provisionedthroughput(data__ProvisionedThroughput, custom_formats, (name_prefix or 'data') + '.ProvisionedThroughput')
        if 'VolumeSizeGB' in data_keys:
            data_keys.remove('VolumeSizeGB')
            data__VolumeSizeGB = data['VolumeSizeGB']
            if not isinstance(data__VolumeSizeGB, int) and (not (isinstance(data__VolumeSizeGB, float) and data__VolumeSizeGB.is_integer())) or isinstance(data__VolumeSizeGB, bool):
                raise Invalid
        if data_keys:
            raise Invalid
    return data

class Invalid(Exception):
    pass


VALIDATORS = {
    '': validate____defs___root,
    'BrokerEBSVolumeInfo': validate____defs_brokerebsvolumeinfo,
    'ProvisionedThroughput': validate____defs_provisionedthroughput,
    'UpdateBrokerStorageRequest': validate____defs_updatebrokerstoragerequest,
}


LENIENT = {
    '': lenient____defs___root,
    'BrokerEBSVolumeInfo': lenient____defs_brokerebsvolumeinfo,
    'ProvisionedThroughput': lenient____defs_provisionedthroughput,
    'UpdateBrokerStorageRequest': lenient____defs_updatebrokerstoragerequest,
}


def is_valid(data, definition: str = '', table=VALIDATORS) -> bool:
    try:
        table[definition](data)
    except Invalid:
        return False
    return True
