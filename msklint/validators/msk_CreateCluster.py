"""Generated 2026-12-03 by tools/gen_validators.py (fastjsonschema 2.22.3) from schemas/msk-CreateCluster.schema.json
(sha256 e6f4cb5d1a8a04a88279ee507c8a3aeff3e698ea90ffe2c7df7445009884c39f). Do not edit: change the schema and run python tools/gen_validators.py.

The fast path only: True means jsonschema finds no error either (tests/test_validators.py); on False
validate with jsonschema for the messages."""

NoneType = type(None)

def validate____defs___root(data, custom_formats={}, name_prefix=None):
    validate____defs_createclusterrequest(data, custom_formats, (name_prefix or 'data') + '')
    return data

def validate____defs_vpcconnectivitytls(data, custom_formats={}, name_prefix=None):
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
        if data_keys:
            raise Invalid
    return data

def validate____defs_vpcconnectivityscram(data, custom_formats={}, name_prefix=None):
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
        if data_keys:
            raise Invalid
    return data

def validate____defs_vpcconnectivitysasl(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'Scram' in data_keys:
            data_keys.remove('Scram')
            data__Scram = data['Scram']
            validate____defs_vpcconnectivityscram(data__Scram, custom_formats, (name_prefix or 'data') + '.Scram')
        if 'Iam' in data_keys:
            data_keys.remove('Iam')
            data__Iam = data['Iam']
            validate____defs_vpcconnectivityiam(data__Iam, custom_formats, (name_prefix or 'data') + '.Iam')
        if data_keys:
            raise Invalid
    return data

def validate____defs_vpcconnectivityiam(data, custom_formats={}, name_prefix=None):
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
        if data_keys:
            raise Invalid
    return data

def validate____defs_vpcconnectivityclientauthentication(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'Sasl' in data_keys:
            data_keys.remove('Sasl')
            data__Sasl = data['Sasl']
            validate____defs_vpcconnectivitysasl(data__Sasl, custom_formats, (name_prefix or 'data') + '.Sasl')
        if 'Tls' in data_keys:
            data_keys.remove('Tls')
            data__Tls = data['Tls']
            validate____defs_vpcconnectivitytls(data__Tls, custom_formats, (name_prefix or 'data') + '.Tls')
        if data_keys:
            raise Invalid
    return data

def validate____defs_vpcconnectivity(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'ClientAuthentication' in data_keys:
            data_keys.remove('ClientAuthentication')
            data__ClientAuthentication = data['ClientAuthentication']
            validate____defs_vpcconnectivityclientauthentication(data__ClientAuthentication, custom_formats, (name_prefix or 'data') + '.ClientAuthentication')
        if data_keys:
            raise Invalid
    return data

def validate____defs_unauthenticated(data, custom_formats={}, name_prefix=None):
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
        if data_keys:
            raise Invalid
    return data

def validate____defs_tls(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'CertificateAuthorityArnList' in data_keys:
            data_keys.remove('CertificateAuthorityArnList')
            data__CertificateAuthorityArnList = data['CertificateAuthorityArnList']
            if not isinstance(data__CertificateAuthorityArnList, (list, tuple)):
                raise Invalid
            data__CertificateAuthorityArnList_is_list = isinstance(data__CertificateAuthorityArnList, (list, tuple))
            if data__CertificateAuthorityArnList_is_list:
                data__CertificateAuthorityArnList_len = len(data__CertificateAuthorityArnList)
                for data__CertificateAuthorityArnList_x, data__CertificateAuthorityArnList_item in enumerate(data__CertificateAuthorityArnList):
                    if not isinstance(data__CertificateAuthorityArnList_item, str):
                        raise Invalid
        if 'Enabled' in data_keys:
            data_keys.remove('Enabled')
            data__Enabled = data['Enabled']
            if not isinstance(data__Enabled, bool):
                raise Invalid
        if data_keys:
            raise Invalid
    return data

def validate____defs_storageinfo(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'EbsStorageInfo' in data_keys:
            data_keys.remove('EbsStorageInfo')
            data__EbsStorageInfo = data['EbsStorageInfo']
            validate____defs_ebsstorageinfo(data__EbsStorageInfo, custom_formats, (name_prefix or 'data') + '.EbsStorageInfo')
        if data_keys:
            raise Invalid
    return data

def validate____defs_scram(data, custom_formats={}, name_prefix=None):
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
        if data_keys:
            raise Invalid
    return data

def validate____defs_sasl(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'Scram' in data_keys:
            data_keys.remove('Scram')
            data__Scram = data['Scram']
            validate____defs_scram(data__Scram, custom_formats, (name_prefix or 'data') + '.Scram')
        if 'Iam' in data_keys:
            data_keys.remove('Iam')
            data__Iam = data['Iam']
            validate____defs_iam(data__Iam, custom_formats, (name_prefix or 'data') + '.Iam')
        if data_keys:
            raise Invalid
    return data

def validate____defs_s3(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['Enabled']) - data.keys()
        if data__missing_keys:
            raise Invalid
        data_keys = set(data.keys())
        if 'Bucket' in data_keys:
            data_keys.remove('Bucket')
            data__Bucket = data['Bucket']
            if not isinstance(data__Bucket, str):
                raise Invalid
        if 'Enabled' in data_keys:
            data_keys.remove('Enabled')
            data__Enabled = data['Enabled']
            if not isinstance(data__Enabled, bool):
                raise Invalid
        if 'Prefix' in data_keys:
            data_keys.remove('Prefix')
            data__Prefix = data['Prefix']
            if not isinstance(data__Prefix, str):
                raise Invalid
        if data_keys:
            raise Invalid
    return data

def validate____defs_rebalancing(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'Status' in data_keys:
            data_keys.remove('Status')
            data__Status = data['Status']
            if not isinstance(data__Status, str):
                raise Invalid
            if not (isinstance(data__Status, str) and data__Status == 'PAUSED' or (isinstance(data__Status, str) and data__Status == 'ACTIVE')):
                raise Invalid
        if data_keys:
            raise Invalid
    return data

def validate____defs_publicaccess(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'Type' in data_keys:
            data_keys.remove('Type')
            data__Type = data['Type']
            if not isinstance(data__Type, str):
                raise Invalid
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

def validate____defs_prometheusinfo(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'JmxExporter' in data_keys:
            data_keys.remove('JmxExporter')
            data__JmxExporter = data['JmxExporter']
            validate____defs_jmxexporterinfo(data__JmxExporter, custom_formats, (name_prefix or 'data') + '.JmxExporter')
        if 'NodeExporter' in data_keys:
            data_keys.remove('NodeExporter')
            data__NodeExporter = data['NodeExporter']
            validate____defs_nodeexporterinfo(data__NodeExporter, custom_formats, (name_prefix or 'data') + '.NodeExporter')
        if data_keys:
            raise Invalid
    return data

def validate____defs_openmonitoringinfo(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['Prometheus']) - data.keys()
        if data__missing_keys:
            raise Invalid
        data_keys = set(data.keys())
        if 'Prometheus' in data_keys:
            data_keys.remove('Prometheus')
            data__Prometheus = data['Prometheus']
            validate____defs_prometheusinfo(data__Prometheus, custom_formats, (name_prefix or 'data') + '.Prometheus')
        if data_keys:
            raise Invalid
    return data

def validate____defs_nodeexporterinfo(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['EnabledInBroker']) - data.keys()
        if data__missing_keys:
            raise Invalid
        data_keys = set(data.keys())
        if 'EnabledInBroker' in data_keys:
            data_keys.remove('EnabledInBroker')
            data__EnabledInBroker = data['EnabledInBroker']
            if not isinstance(data__EnabledInBroker, bool):
                raise Invalid
        if data_keys:
            raise Invalid
    return data

def validate____defs_logginginfo(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['BrokerLogs']) - data.keys()
        if data__missing_keys:
            raise Invalid
        data_keys = set(data.keys())
        if 'BrokerLogs' in data_keys:
            data_keys.remove('BrokerLogs')
            data__BrokerLogs = data['BrokerLogs']
            validate____defs_brokerlogs(data__BrokerLogs, custom_formats, (name_prefix or 'data') + '.BrokerLogs')
        if data_keys:
            raise Invalid
    return data

def validate____defs_jmxexporterinfo(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['EnabledInBroker']) - data.keys()
        if data__missing_keys:
            raise Invalid
        data_keys = set(data.keys())
        if 'EnabledInBroker' in data_keys:
            data_keys.remove('EnabledInBroker')
            data__EnabledInBroker = data['EnabledInBroker']
            if not isinstance(data__EnabledInBroker, bool):
                raise Invalid
        if data_keys:
            raise Invalid
    return data

def validate____defs_iam(data, custom_formats={}, name_prefix=None):
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
        if data_keys:
            raise Invalid
    return data

def validate____defs_firehose(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['Enabled']) - data.keys()
        if data__missing_keys:
            raise Invalid
        data_keys = set(data.keys())
        if 'DeliveryStream' in data_keys:
            data_keys.remove('DeliveryStream')
            data__DeliveryStream = data['DeliveryStream']
            if not isinstance(data__DeliveryStream, str):
                raise Invalid
        if 'Enabled' in data_keys:
            data_keys.remove('Enabled')
            data__Enabled = data['Enabled']
            if not isinstance(data__Enabled, bool):
                raise Invalid
        if data_keys:
            raise Invalid
    return data

def validate____defs_encryptioninfo(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'EncryptionAtRest' in data_keys:
            data_keys.remove('EncryptionAtRest')
            data__EncryptionAtRest = data['EncryptionAtRest']
            validate____defs_encryptionatrest(data__EncryptionAtRest, custom_formats, (name_prefix or 'data') + '.EncryptionAtRest')
        if 'EncryptionInTransit' in data_keys:
            data_keys.remove('EncryptionInTransit')
            data__EncryptionInTransit = data['EncryptionInTransit']
            validate____defs_encryptionintransit(data__EncryptionInTransit, custom_formats, (name_prefix or 'data') + '.EncryptionInTransit')
        if data_keys:
            raise Invalid
    return data

def validate____defs_encryptionintransit(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'ClientBroker' in data_keys:
            data_keys.remove('ClientBroker')
            data__ClientBroker = data['ClientBroker']
            if not isinstance(data__ClientBroker, str):
                raise Invalid
            if not (isinstance(data__ClientBroker, str) and data__ClientBroker == 'TLS' or (isinstance(data__ClientBroker, str) and data__ClientBroker == 'TLS_PLAINTEXT') or (isinstance(data__ClientBroker, str) and data__ClientBroker == 'PLAINTEXT')):
                raise Invalid
        if 'InCluster' in data_keys:
            data_keys.remove('InCluster')
            data__InCluster = data['InCluster']
            if not isinstance(data__InCluster, bool):
                raise Invalid
        if data_keys:
            raise Invalid
    return data

def validate____defs_encryptionatrest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['DataVolumeKMSKeyId']) - data.keys()
        if data__missing_keys:
            raise Invalid
        data_keys = set(data.keys())
        if 'DataVolumeKMSKeyId' in data_keys:
            data_keys.remove('DataVolumeKMSKeyId')
            data__DataVolumeKMSKeyId = data['DataVolumeKMSKeyId']
            if not isinstance(data__DataVolumeKMSKeyId, str):
                raise Invalid
        if data_keys:
            raise Invalid
    return data

def validate____defs_ebsstorageinfo(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'ProvisionedThroughput' in data_keys:
            data_keys.remove('ProvisionedThroughput')
            data__ProvisionedThroughput = data['ProvisionedThroughput']
            validate____defs_provisionedthroughput(data__ProvisionedThroughput, custom_formats, (name_prefix or 'data') + '.ProvisionedThroughput')
        if 'VolumeSize' in data_keys:
            data_keys.remove('VolumeSize')
            data__VolumeSize = data['VolumeSize']
            if not isinstance(data__VolumeSize, int) and (not (isinstance(data__VolumeSize, float) and data__VolumeSize.is_integer())) or isinstance(data__VolumeSize, bool):
                raise Invalid
        if data_keys:
            raise Invalid
    return data

def validate____defs_createclusterrequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['BrokerNodeGroupInfo', 'ClusterName', 'KafkaVersion', 'NumberOfBrokerNodes']) - data.keys()
        if data__missing_keys:
            raise Invalid
        data_keys = set(data.keys())
        if 'BrokerNodeGroupInfo' in data_keys:
            data_keys.remove('BrokerNodeGroupInfo')
            data__BrokerNodeGroupInfo = data['BrokerNodeGroupInfo']
            validate____defs_brokernodegroupinfo(data__BrokerNodeGroupInfo, custom_formats, (name_prefix or 'data') + '.BrokerNodeGroupInfo')
        if 'Rebalancing' in data_keys:
            data_keys.remove('Rebalancing')
            data__Rebalancing = data['Rebalancing']
            validate____defs_rebalancing(data__Rebalancing, custom_formats, (name_prefix or 'data') + '.Rebalancing')
        if 'ClientAuthentication' in data_keys:
            data_keys.remove('ClientAuthentication')
            data__ClientAuthentication = data['ClientAuthentication']
            validate____defs_clientauthentication(data__ClientAuthentication, custom_formats, (name_prefix or 'data') + '.ClientAuthentication')
        if 'ClusterName' in data_keys:
            data_keys.remove('ClusterName')
            data__ClusterName = data['ClusterName']
            if not isinstance(data__ClusterName, str):
                raise Invalid
            if isinstance(data__ClusterName, str):
                data__ClusterName_len = len(data__ClusterName)
                if data__ClusterName_len < 1:
                    raise Invalid
                if data__ClusterName_len > 64:
                    raise Invalid
        if 'ConfigurationInfo' in data_keys:
            data_keys.remove('ConfigurationInfo')
            data__ConfigurationInfo = data['ConfigurationInfo']
            validate____defs_configurationinfo(data__ConfigurationInfo, custom_formats, (name_prefix or 'data') + '.ConfigurationInfo')
        if 'EncryptionInfo' in data_keys:
            data_keys.remove('EncryptionInfo')
            data__EncryptionInfo = data['EncryptionInfo']
            validate____defs_encryptioninfo(data__EncryptionInfo, custom_formats, (name_prefix or 'data') + '.EncryptionInfo')
        if 'EnhancedMonitoring' in data_keys:
            data_keys.remove('EnhancedMonitoring')
            data__EnhancedMonitoring = data['EnhancedMonitoring']
            if not isinstance(data__EnhancedMonitoring, str):
                raise Invalid
            if not (isinstance(data__EnhancedMonitoring, str) and data__EnhancedMonitoring == 'DEFAULT' or (isinstance(data__EnhancedMonitoring, str) and data__EnhancedMonitoring == 'PER_BROKER') or (isinstance(data__EnhancedMonitoring, str) and data__EnhancedMonitoring == 'PER_TOPIC_PER_BROKER') or (isinstance(data__EnhancedMonitoring, str) and data__EnhancedMonitoring == 'PER_TOPIC_PER_PARTITION')):
                raise Invalid
        if 'OpenMonitoring' in data_keys:
            data_keys.remove('OpenMonitoring')
            data__OpenMonitoring = data['OpenMonitoring']
            validate____defs_openmonitoringinfo(data__OpenMonitoring, custom_formats, (name_prefix or 'data') + '.OpenMonitoring')
        if 'KafkaVersion' in data_keys:
            data_keys.remove('KafkaVersion')
            data__KafkaVersion = data['KafkaVersion']
            if not isinstance(data__KafkaVersion, str):
                raise Invalid
            if isinstance(data__KafkaVersion, str):
                data__KafkaVersion_len = len(data__KafkaVersion)
                if data__KafkaVersion_len < 1:
                    raise Invalid
                if data__KafkaVersion_len > 128:
                    raise Invalid
        if 'LoggingInfo' in data_keys:
            data_keys.remove('LoggingInfo')
            data__LoggingInfo = data['LoggingInfo']
            validate____defs_logginginfo(data__LoggingInfo, custom_formats, (name_prefix or 'data') + '.LoggingInfo')
        if 'NumberOfBrokerNodes' in data_keys:
            data_keys.remove('NumberOfBrokerNodes')
            data__NumberOfBrokerNodes = data['NumberOfBrokerNodes']
            if not isinstance(data__NumberOfBrokerNodes, int) and (not (isinstance(data__NumberOfBrokerNodes, float) and data__NumberOfBrokerNodes.is_integer())) or isinstance(data__NumberOfBrokerNodes, bool):
                raise Invalid
            if isinstance(data__NumberOfBrokerNodes, (int, float)) and (not isinstance(data__NumberOfBrokerNodes, bool)):
                if data__NumberOfBrokerNodes < 1:
                    raise Invalid
        if 'Tags' in data_keys:
            data_keys.remove('Tags')
            data__Tags = data['Tags']
            if not isinstance(data__Tags, dict):
                raise Invalid
            data__Tags_is_dict = isinstance(data__Tags, dict)
            if data__Tags_is_dict:
                data__Tags_keys = set(data__Tags.keys())
                for data__Tags_key in data__Tags_keys:
                    if data__Tags_key not in []:
                        data__Tags_value = data__Tags.get(data__Tags_key)
                        if not isinstance(data__Tags_value, str):
                            raise Invalid
        if 'StorageMode' in data_keys:
            data_keys.remove('StorageMode')
            data__StorageMode = data['StorageMode']
            if not isinstance(data__StorageMode, str):
                raise Invalid
            if not (isinstance(data__StorageMode, str) and data__StorageMode == 'LOCAL' or (isinstance(data__StorageMode, str) and data__StorageMode == 'TIERED')):
                raise Invalid
        if data_keys:
            raise Invalid
    return data

def validate____defs_connectivityinfo(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'PublicAccess' in data_keys:
            data_keys.remove('PublicAccess')
            data__PublicAccess = data['PublicAccess']
            validate____defs_publicaccess(data__PublicAccess, custom_formats, (name_prefix or 'data') + '.PublicAccess')
        if 'VpcConnectivity' in data_keys:
            data_keys.remove('VpcConnectivity')
            data__VpcConnectivity = data['VpcConnectivity']
            validate____defs_vpcconnectivity(data__VpcConnectivity, custom_formats, (name_prefix or 'data') + '.VpcConnectivity')
        if 'NetworkType' in data_keys:
            data_keys.remove('NetworkType')
            data__NetworkType = data['NetworkType']
            if not isinstance(data__NetworkType, str):
                raise Invalid
            if not (isinstance(data__NetworkType, str) and data__NetworkType == 'IPV4' or (isinstance(data__NetworkType, str) and data__NetworkType == 'DUAL')):
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

def validate____defs_cloudwatchlogs(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['Enabled']) - data.keys()
        if data__missing_keys:
            raise Invalid
        data_keys = set(data.keys())
        if 'Enabled' in data_keys:
            data_keys.remove('Enabled')
            data__Enabled = data['Enabled']
            if not isinstance(data__Enabled, bool):
                raise Invalid
        if 'LogGroup' in data_keys:
            data_keys.remove('LogGroup')
            data__LogGroup = data['LogGroup']
            if not isinstance(data__LogGroup, str):
                raise Invalid
        if data_keys:
            raise Invalid
    return data

def validate____defs_clientauthentication(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'Sasl' in data_keys:
            data_keys.remove('Sasl')
            data__Sasl = data['Sasl']
            validate____defs_sasl(data__Sasl, custom_formats, (name_prefix or 'data') + '.Sasl')
        if 'Tls' in data_keys:
            data_keys.remove('Tls')
            data__Tls = data['Tls']
            validate____defs_tls(data__Tls, custom_formats, (name_prefix or 'data') + '.Tls')
        if 'Unauthenticated' in data_keys:
            data_keys.remove('Unauthenticated')
            data__Unauthenticated = data['Unauthenticated']
            validate____defs_unauthenticated(data__Unauthenticated, custom_formats, (name_prefix or 'data') + '.Unauthenticated')
        if data_keys:
            raise Invalid
    return data

def validate____defs_brokernodegroupinfo(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['ClientSubnets', 'InstanceType']) - data.keys()
        if data__missing_keys:
            raise Invalid
        data_keys = set(data.keys())
        if 'BrokerAZDistribution' in data_keys:
            data_keys.remove('BrokerAZDistribution')
            data__BrokerAZDistribution = data['BrokerAZDistribution']
            if not isinstance(data__BrokerAZDistribution, str):
                raise Invalid
            if not (isinstance(data__BrokerAZDistribution, str) and data__BrokerAZDistribution == 'DEFAULT'):
                raise Invalid
        if 'ClientSubnets' in data_keys:
            data_keys.remove('ClientSubnets')
            data__ClientSubnets = data['ClientSubnets']
            if not isinstance(data__ClientSubnets, (list, tuple)):
                raise Invalid
            data__ClientSubnets_is_list = isinstance(data__ClientSubnets, (list, tuple))
            if data__ClientSubnets_is_list:
                data__ClientSubnets_len = len(data__ClientSubnets)
                for data__ClientSubnets_x, data__ClientSubnets_item in enumerate(data__ClientSubnets):
                    if not isinstance(data__ClientSubnets_item, str):
                        raise Invalid
        if 'InstanceType' in data_keys:
            data_keys.remove('InstanceType')
            data__InstanceType = data['InstanceType']
            if not isinstance(data__InstanceType, str):
                raise Invalid
            if isinstance(data__InstanceType, str):
                data__InstanceType_len = len(data__InstanceType)
                if data__InstanceType_len < 5:
                    raise Invalid
                if data__InstanceType_len > 32:
                    raise Invalid
        if 'SecurityGroups' in data_keys:
            data_keys.remove('SecurityGroups')
            data__SecurityGroups = data['SecurityGroups']
            if not isinstance(data__SecurityGroups, (list, tuple)):
                raise Invalid
            data__SecurityGroups_is_list = isinstance(data__SecurityGroups, (list, tuple))
            if data__SecurityGroups_is_list:
                data__SecurityGroups_len = len(data__SecurityGroups)
                for data__SecurityGroups_x, data__SecurityGroups_item in enumerate(data__SecurityGroups):
                    if not isinstance(data__SecurityGroups_item, str):
                        raise Invalid
        if 'StorageInfo' in data_keys:
            data_keys.remove('StorageInfo')
            data__StorageInfo = data['StorageInfo']
            validate____defs_storageinfo(data__StorageInfo, custom_formats, (name_prefix or 'data') + '.StorageInfo')
        if 'ConnectivityInfo' in data_keys:
            data_keys.remove('ConnectivityInfo')
            data__ConnectivityInfo = data['ConnectivityInfo']
            validate____defs_connectivityinfo(data__ConnectivityInfo, custom_formats, (name_prefix or 'data') + '.ConnectivityInfo')
        if 'ZoneIds' in data_keys:
            data_keys.remove('ZoneIds')
            data__ZoneIds = data['ZoneIds']
            if not isinstance(data__ZoneIds, (list, tuple)):
                raise Invalid
            data__ZoneIds_is_list = isinstance(data__ZoneIds, (list, tuple))
            if data__ZoneIds_is_list:
                data__ZoneIds_len = len(data__ZoneIds)
                for data__ZoneIds_x, data__ZoneIds_item in enumerate(data__ZoneIds):
                    if not isinstance(data__ZoneIds_item, str):
                        raise Invalid
        if data_keys:
            raise Invalid
    return data

def validate____defs_brokerlogs(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'CloudWatchLogs' in data_keys:
            data_keys.remove('CloudWatchLogs')
            data__CloudWatchLogs = data['CloudWatchLogs']
            validate____defs_cloudwatchlogs(data__CloudWatchLogs, custom_formats, (name_prefix or 'data') + '.CloudWatchLogs')
        if 'Firehose' in data_keys:
            data_keys.remove('Firehose')
            data__Firehose = data['Firehose']
            validate____defs_firehose(data__Firehose, custom_formats, (name_prefix or 'data') + '.Firehose')
        if 'S3' in data_keys:
            data_keys.remove('S3')
            data__S3 = data['S3']
            validate____defs_s3(data__S3, custom_formats, (name_prefix or 'data') + '.S3')
        if data_keys:
            raise Invalid
    return data
def lenient____defs___root(data, custom_formats={}, name_prefix=None):
    lenient____defs_createclusterrequest(data, custom_formats, (name_prefix or 'data') + '')
    return data

def lenient____defs_vpcconnectivitytls(data, custom_formats={}, name_prefix=None):
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
        if data_keys:
            raise Invalid
    return data

def lenient____defs_vpcconnectivityscram(data, custom_formats={}, name_prefix=None):
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
        if data_keys:
            raise Invalid
    return data

def lenient____defs_vpcconnectivitysasl(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'Scram' in data_keys:
            data_keys.remove('Scram')
            data__Scram = data['Scram']
            lenient____defs_vpcconnectivityscram(data__Scram, custom_formats, (name_prefix or 'data') + '.Scram')
        if 'Iam' in data_keys:
            data_keys.remove('Iam')
            data__Iam = data['Iam']
            lenient____defs_vpcconnectivityiam(data__Iam, custom_formats, (name_prefix or 'data') + '.Iam')
        if data_keys:
            raise Invalid
    return data

def lenient____defs_vpcconnectivityiam(data, custom_formats={}, name_prefix=None):
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
        if data_keys:
            raise Invalid
    return data

def lenient____defs_vpcconnectivityclientauthentication(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'Sasl' in data_keys:
            data_keys.remove('Sasl')
            data__Sasl = data['Sasl']
            lenient____defs_vpcconnectivitysasl(data__Sasl, custom_formats, (name_prefix or 'data') + '.Sasl')
        if 'Tls' in data_keys:
            data_keys.remove('Tls')
            data__Tls = data['Tls']
            lenient____defs_vpcconnectivitytls(data__Tls, custom_formats, (name_prefix or 'data') + '.Tls')
        if data_keys:
            raise Invalid
    return data

def lenient____defs_vpcconnectivity(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'ClientAuthentication' in data_keys:
            data_keys.remove('ClientAuthentication')
            data__ClientAuthentication = data['ClientAuthentication']
            lenient____defs_vpcconnectivityclientauthentication(data__ClientAuthentication, custom_formats, (name_prefix or 'data') + '.ClientAuthentication')
        if data_keys:
            raise Invalid
    return data

def lenient____defs_unauthenticated(data, custom_formats={}, name_prefix=None):
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
        if data_keys:
            raise Invalid
    return data

def lenient____defs_tls(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'CertificateAuthorityArnList' in data_keys:
            data_keys.remove('CertificateAuthorityArnList')
            data__CertificateAuthorityArnList = data['CertificateAuthorityArnList']
            if not isinstance(data__CertificateAuthorityArnList, (list, tuple)):
                raise Invalid
            data__CertificateAuthorityArnList_is_list = isinstance(data__CertificateAuthorityArnList, (list, tuple))
            if data__CertificateAuthorityArnList_is_list:
                data__CertificateAuthorityArnList_len = len(data__CertificateAuthorityArnList)
                for data__CertificateAuthorityArnList_x, data__CertificateAuthorityArnList_item in enumerate(data__CertificateAuthorityArnList):
                    if not isinstance(data__CertificateAuthorityArnList_item, str):
                        raise Invalid
        if 'Enabled' in data_keys:
            data_keys.remove('Enabled')
            data__Enabled = data['Enabled']
            if not isinstance(data__Enabled, bool):
                raise Invalid
        if data_keys:
            raise Invalid
    return data

def lenient____defs_storageinfo(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'EbsStorageInfo' in data_keys:
            data_keys.remove('EbsStorageInfo')
            data__EbsStorageInfo = data['EbsStorageInfo']
            lenient____defs_ebsstorageinfo(data__EbsStorageInfo, custom_formats, (name_prefix or 'data') + '.EbsStorageInfo')
        if data_keys:
            raise Invalid
    return data

def lenient____defs_scram(data, custom_formats={}, name_prefix=None):
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
        if data_keys:
            raise Invalid
    return data

def lenient____defs_sasl(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'Scram' in data_keys:
            data_keys.remove('Scram')
            data__Scram = data['Scram']
            lenient____defs_scram(data__Scram, custom_formats, (name_prefix or 'data') + '.Scram')
        if 'Iam' in data_keys:
            data_keys.remove('Iam')
            data__Iam = data['Iam']
            lenient____defs_iam(data__Iam, custom_formats, (name_prefix or 'data') + '.Iam')
        if data_keys:
            raise Invalid
    return data

def lenient____defs_s3(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'Bucket' in data_keys:
            data_keys.remove('Bucket')
            data__Bucket = data['Bucket']
            if not isinstance(data__Bucket, str):
                raise Invalid
        if 'Enabled' in data_keys:
            data_keys.remove('Enabled')
            data__Enabled = data['Enabled']
            if not isinstance(data__Enabled, bool):
                raise Invalid
        if 'Prefix' in data_keys:
            data_keys.remove('Prefix')
            data__Prefix = data['Prefix']
            if not isinstance(data__Prefix, str):
                raise Invalid
        if data_keys:
            raise Invalid
    return data

def lenient____defs_rebalancing(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'Status' in data_keys:
            data_keys.remove('Status')
            data__Status = data['Status']
            if not isinstance(data__Status, str):
                raise Invalid
            if not (isinstance(data__Status, str) and data__Status == 'PAUSED' or (isinstance(data__Status, str) and data__Status == 'ACTIVE')):
                raise Invalid
        if data_keys:
            raise Invalid
    return data

def lenient____defs_publicaccess(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'Type' in data_keys:
            data_keys.remove('Type')
            data__Type = data['Type']
            if not isinstance(data__Type, str):
                raise Invalid
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

def lenient____defs_prometheusinfo(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'JmxExporter' in data_keys:
            data_keys.remove('JmxExporter')
            data__JmxExporter = data['JmxExporter']
            lenient____defs_jmxexporterinfo(data__JmxExporter, custom_formats, (name_prefix or 'data') + '.JmxExporter')
        if 'NodeExporter' in data_keys:
            data_keys.remove('NodeExporter')
            data__NodeExporter = data['NodeExporter']
            lenient____defs_nodeexporterinfo(data__NodeExporter, custom_formats, (name_prefix or 'data') + '.NodeExporter')
        if data_keys:
            raise Invalid
    return data

def lenient____defs_openmonitoringinfo(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'Prometheus' in data_keys:
            data_keys.remove('Prometheus')
            data__Prometheus = data['Prometheus']
            lenient____defs_prometheusinfo(data__Prometheus, custom_formats, (name_prefix or 'data') + '.Prometheus')
        if data_keys:
            raise Invalid
    return data

def lenient____defs_nodeexporterinfo(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'EnabledInBroker' in data_keys:
            data_keys.remove('EnabledInBroker')
            data__EnabledInBroker = data['EnabledInBroker']
            if not isinstance(data__EnabledInBroker, bool):
                raise Invalid
        if data_keys:
            raise Invalid
    return data

def lenient____defs_logginginfo(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'BrokerLogs' in data_keys:
            data_keys.remove('BrokerLogs')
            data__BrokerLogs = data['BrokerLogs']
            lenient____defs_brokerlogs(data__BrokerLogs, custom_formats, (name_prefix or 'data') + '.BrokerLogs')
        if data_keys:
            raise Invalid
    return data

def lenient____defs_jmxexporterinfo(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'EnabledInBroker' in data_keys:
            data_keys.remove('EnabledInBroker')
            data__EnabledInBroker = data['EnabledInBroker']
            if not isinstance(data__EnabledInBroker, bool):
                raise Invalid
        if data_keys:
            raise Invalid
    return data

def lenient____defs_iam(data, custom_formats={}, name_prefix=None):
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
        if data_keys:
            raise Invalid
    return data

def lenient____defs_firehose(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'DeliveryStream' in data_keys:
            data_keys.remove('DeliveryStream')
            data__DeliveryStream = data['DeliveryStream']
            if not isinstance(data__DeliveryStream, str):
                raise Invalid
        if 'Enabled' in data_keys:
            data_keys.remove('Enabled')
            data__Enabled = data['Enabled']
            if not isinstance(data__Enabled, bool):
                raise Invalid
        if data_keys:
            raise Invalid
    return data

def lenient____defs_encryptioninfo(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'EncryptionAtRest' in data_keys:
            data_keys.remove('EncryptionAtRest')
            data__EncryptionAtRest = data['EncryptionAtRest']
            lenient____defs_encryptionatrest(data__EncryptionAtRest, custom_formats, (name_prefix or 'data') + '.EncryptionAtRest')
        if 'EncryptionInTransit' in data_keys:
            data_keys.remove('EncryptionInTransit')
            data__EncryptionInTransit = data['EncryptionInTransit']
            lenient____defs_encryptionintransit(data__EncryptionInTransit, custom_formats, (name_prefix or 'data') + '.EncryptionInTransit')
        if data_keys:
            raise Invalid
    return data

def lenient____defs_encryptionintransit(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'ClientBroker' in data_keys:
            data_keys.remove('ClientBroker')
            data__ClientBroker = data['ClientBroker']
            if not isinstance(data__ClientBroker, str):
                raise Invalid
            if not (isinstance(data__ClientBroker, str) and data__ClientBroker == 'TLS' or (isinstance(data__ClientBroker, str) and data__ClientBroker == 'TLS_PLAINTEXT') or (isinstance(data__ClientBroker, str) and data__ClientBroker == 'PLAINTEXT')):
                raise Invalid
        if 'InCluster' in data_keys:
            data_keys.remove('InCluster')
            data__InCluster = data['InCluster']
            if not isinstance(data__InCluster, bool):
                raise Invalid
        if data_keys:
            raise Invalid
    return data

def lenient____defs_encryptionatrest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'DataVolumeKMSKeyId' in data_keys:
            data_keys.remove('DataVolumeKMSKeyId')
            data__DataVolumeKMSKeyId = data['DataVolumeKMSKeyId']
            if not isinstance(data__DataVolumeKMSKeyId, str):
                raise Invalid
        if data_keys:
            raise Invalid
    return data

def lenient____defs_ebsstorageinfo(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'ProvisionedThroughput' in data_keys:
            data_keys.remove('ProvisionedThroughput')
            data__ProvisionedThroughput = data['ProvisionedThroughput']
            lenient____defs_provisionedthroughput(data__ProvisionedThroughput, custom_formats, (name_prefix or 'data') + '.ProvisionedThroughput')
        if 'VolumeSize' in data_keys:
            data_keys.remove('VolumeSize')
            data__VolumeSize = data['VolumeSize']
            if not isinstance(data__VolumeSize, int) and (not (isinstance(data__VolumeSize, float) and data__VolumeSize.is_integer())) or isinstance(data__VolumeSize, bool):
                raise Invalid
        if data_keys:
            raise Invalid
    return data

def lenient____defs_createclusterrequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'BrokerNodeGroupInfo' in data_keys:
            data_keys.remove('BrokerNodeGroupInfo')
            data__BrokerNodeGroupInfo = data['BrokerNodeGroupInfo']
            lenient____defs_brokernodegroupinfo(data__BrokerNodeGroupInfo, custom_formats, (name_prefix or 'data') + '.BrokerNodeGroupInfo')
        if 'Rebalancing' in data_keys:
            data_keys.remove('Rebalancing')
            data__Rebalancing = data['Rebalancing']
            lenient____defs_rebalancing(data__Rebalancing, custom_formats, (name_prefix or 'data') + '.Rebalancing')
        if 'ClientAuthentication' in data_keys:
            data_keys.remove('ClientAuthentication')
            data__ClientAuthentication = data['ClientAuthentication']
            lenient____defs_clientauthentication(data__ClientAuthentication, custom_formats, (name_prefix or 'data') + '.ClientAuthentication')
        if 'ClusterName' in data_keys:
            data_keys.remove('ClusterName')
            data__ClusterName = data['ClusterName']
            if not isinstance(data__ClusterName, str):
                raise Invalid
            if isinstance(data__ClusterName, str):
                data__ClusterName_len = len(data__ClusterName)
                if data__ClusterName_len < 1:
                    raise Invalid
                if data__ClusterName_len > 64:
                    raise Invalid
        if 'ConfigurationInfo' in data_keys:
            data_keys.remove('ConfigurationInfo')
            data__ConfigurationInfo = data['ConfigurationInfo']
            lenient____defs_configurationinfo(data__ConfigurationInfo, custom_formats, (name_prefix or 'data') + '.ConfigurationInfo')
        if 'EncryptionInfo' in data_keys:
            data_keys.remove('EncryptionInfo')
            data__EncryptionInfo = data['EncryptionInfo']
            lenient____defs_encryptioninfo(data__EncryptionInfo, custom_formats, (name_prefix or 'data') + '.EncryptionInfo')
        if 'EnhancedMonitoring' in data_keys:
            data_keys.remove('EnhancedMonitoring')
            data__EnhancedMonitoring = data['EnhancedMonitoring']
            if not isinstance(data__EnhancedMonitoring, str):
                raise Invalid
            if not (isinstance(data__EnhancedMonitoring, str) and data__EnhancedMonitoring == 'DEFAULT' or (isinstance(data__EnhancedMonitoring, str) and data__EnhancedMonitoring == 'PER_BROKER') or (isinstance(data__EnhancedMonitoring, str) and data__EnhancedMonitoring == 'PER_TOPIC_PER_BROKER') or (isinstance(data__EnhancedMonitoring, str) and data__EnhancedMonitoring == 'PER_TOPIC_PER_PARTITION')):
                raise Invalid
        if 'OpenMonitoring' in data_keys:
            data_keys.remove('OpenMonitoring')
            data__OpenMonitoring = data['OpenMonitoring']
            lenient____defs_openmonitoringinfo(data__OpenMonitoring, custom_formats, (name_prefix or 'data') + '.OpenMonitoring')
        if 'KafkaVersion' in data_keys:
            data_keys.remove('KafkaVersion')
            data__KafkaVersion = data['KafkaVersion']
            if not isinstance(data__KafkaVersion, str):
                raise Invalid
            if isinstance(data__KafkaVersion, str):
                data__KafkaVersion_len = len(data__KafkaVersion)
                if data__KafkaVersion_len < 1:
                    raise Invalid
                if data__KafkaVersion_len > 128:
                    raise Invalid
        if 'LoggingInfo' in data_keys:
            data_keys.remove('LoggingInfo')
            data__LoggingInfo = data['LoggingInfo']
            lenient____defs_logginginfo(data__LoggingInfo, custom_formats, (name_prefix or 'data') + '.LoggingInfo')
        if 'NumberOfBrokerNodes' in data_keys:
            data_keys.remove('NumberOfBrokerNodes')
            data__NumberOfBrokerNodes = data['NumberOfBrokerNodes']
            if not isinstance(data__NumberOfBrokerNodes, int) and (not (isinstance(data__NumberOfBrokerNodes, float) and data__NumberOfBrokerNodes.is_integer())) or isinstance(data__NumberOfBrokerNodes, bool):
                raise Invalid
            if isinstance(data__NumberOfBrokerNodes, (int, float)) and (not isinstance(data__NumberOfBrokerNodes, bool)):
                if data__NumberOfBrokerNodes < 1:
                    raise Invalid
        if 'Tags' in data_keys:
            data_keys.remove('Tags')
            data__Tags = data['Tags']
            if not isinstance(data__Tags, dict):
                raise Invalid
            data__Tags_is_dict = isinstance(data__Tags, dict)
            if data__Tags_is_dict:
                data__Tags_keys = set(data__Tags.keys())
                for data__Tags_key in data__Tags_keys:
                    if data__Tags_key not in []:
                        data__Tags_value = data__Tags.get(data__Tags_key)
                        if not isinstance(data__Tags_value, str):
                            raise Invalid
        if 'StorageMode' in data_keys:
            data_keys.remove('StorageMode')
            data__StorageMode = data['StorageMode']
            if not isinstance(data__StorageMode, str):
                raise Invalid
            if not (isinstance(data__StorageMode, str) and data__StorageMode == 'LOCAL' or (isinstance(data__StorageMode, str) and data__StorageMode == 'TIERED')):
                raise Invalid
        if data_keys:
            raise Invalid
    return data

def lenient____defs_connectivityinfo(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'PublicAccess' in data_keys:
            data_keys.remove('PublicAccess')
            data__PublicAccess = data['PublicAccess']
            lenient____defs_publicaccess(data__PublicAccess, custom_formats, (name_prefix or 'data') + '.PublicAccess')
        if 'VpcConnectivity' in data_keys:
            data_keys.remove('VpcConnectivity')
            data__VpcConnectivity = data['VpcConnectivity']
            lenient____defs_vpcconnectivity(data__VpcConnectivity, custom_formats, (name_prefix or 'data') + '.VpcConnectivity')
        if 'NetworkType' in data_keys:
            data_keys.remove('NetworkType')
            data__NetworkType = data['NetworkType']
            if not isinstance(data__NetworkType, str):
                raise Invalid
            if not (isinstance(data__NetworkType, str) and data__NetworkType == 'IPV4' or (isinstance(data__NetworkType, str) and data__NetworkType == 'DUAL')):
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

def lenient____defs_cloudwatchlogs(data, custom_formats={}, name_prefix=None):
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
        if 'LogGroup' in data_keys:
            data_keys.remove('LogGroup')
            data__LogGroup = data['LogGroup']
            if not isinstance(data__LogGroup, str):
                raise Invalid
        if data_keys:
            raise Invalid
    return data

def lenient____defs_clientauthentication(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'Sasl' in data_keys:
            data_keys.remove('Sasl')
            data__Sasl = data['Sasl']
            lenient____defs_sasl(data__Sasl, custom_formats, (name_prefix or 'data') + '.Sasl')
        if 'Tls' in data_keys:
            data_keys.remove('Tls')
            data__Tls = data['Tls']
            lenient____defs_tls(data__Tls, custom_formats, (name_prefix or 'data') + '.Tls')
        if 'Unauthenticated' in data_keys:
            data_keys.remove('Unauthenticated')
            data__Unauthenticated = data['Unauthenticated']
            lenient____defs_unauthenticated(data__Unauthenticated, custom_formats, (name_prefix or 'data') + '.Unauthenticated')
        if data_keys:
            raise Invalid
    return data

def lenient____defs_brokernodegroupinfo(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'BrokerAZDistribution' in data_keys:
            data_keys.remove('BrokerAZDistribution')
            data__BrokerAZDistribution = data['BrokerAZDistribution']
            if not isinstance(data__BrokerAZDistribution, str):
                raise Invalid
            if not (isinstance(data__BrokerAZDistribution, str) and data__BrokerAZDistribution == 'DEFAULT'):
                raise Invalid
        if 'ClientSubnets' in data_keys:
            data_keys.remove('ClientSubnets')
            data__ClientSubnets = data['ClientSubnets']
            if not isinstance(data__ClientSubnets, (list, tuple)):
                raise Invalid
            data__ClientSubnets_is_list = isinstance(data__ClientSubnets, (list, tuple))
            if data__ClientSubnets_is_list:
                data__ClientSubnets_len = len(data__ClientSubnets)
                for data__ClientSubnets_x, data__ClientSubnets_item in enumerate(data__ClientSubnets):
                    if not isinstance(data__ClientSubnets_item, str):
                        raise Invalid
        if 'InstanceType' in data_keys:
            data_keys.remove('InstanceType')
            data__InstanceType = data['InstanceType']
            if not isinstance(data__InstanceType, str):
                raise Invalid
            if isinstance(data__InstanceType, str):
                data__InstanceType_len = len(data__InstanceType)
                if data__InstanceType_len < 5:
                    raise Invalid
                if data__InstanceType_len > 32:
                    raise Invalid
        if 'SecurityGroups' in data_keys:
            data_keys.remove('SecurityGroups')
            data__SecurityGroups = data['SecurityGroups']
            if not isinstance(data__SecurityGroups, (list, tuple)):
                raise Invalid
            data__SecurityGroups_is_list = isinstance(data__SecurityGroups, (list, tuple))
            if data__SecurityGroups_is_list:
                data__SecurityGroups_len = len(data__SecurityGroups)
                for data__SecurityGroups_x, data__SecurityGroups_item in enumerate(data__SecurityGroups):
                    if not isinstance(data__SecurityGroups_item, str):
                        raise Invalid
        if 'StorageInfo' in data_keys:
            data_keys.remove('StorageInfo')
            data__StorageInfo = data['StorageInfo']
            lenient____defs_storageinfo(data__StorageInfo, custom_formats, (name_prefix or 'data') + '.StorageInfo')
        if 'ConnectivityInfo' in data_keys:
            data_keys.remove('ConnectivityInfo')
            data__ConnectivityInfo = data['ConnectivityInfo']
            lenient____defs_connectivityinfo(data__ConnectivityInfo, custom_formats, (name_prefix or 'data') + '.ConnectivityInfo')
        if 'ZoneIds' in data_keys:
            data_keys.remove('ZoneIds')
            data__ZoneIds = data['ZoneIds']
            if not isinstance(data__ZoneIds, (list, tuple)):
                raise Invalid
            data__ZoneIds_is_list = isinstance(data__ZoneIds, (list, tuple))
            if data__ZoneIds_is_list:
                data__ZoneIds_len = len(data__ZoneIds)
                for data__ZoneIds_x, data__ZoneIds_item in enumerate(data__ZoneIds):
                    if not isinstance(data__ZoneIds_item, str):
                        raise Invalid
        if data_keys:
            raise Invalid
    return data

def lenient____defs_brokerlogs(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'CloudWatchLogs' in data_keys:
            data_keys.remove('CloudWatchLogs')
            data__CloudWatchLogs = data['CloudWatchLogs']
            lenient____defs_cloudwatchlogs(data__CloudWatchLogs, custom_formats, (name_prefix or 'data') + '.CloudWatchLogs')
        if 'Firehose' in data_keys:
            data_keys.remove('Firehose')
            data__Firehose = data['Firehose']
            lenient____defs_firehose(data__Firehose, custom_formats, (name_prefix or 'data') + '.Firehose')
        if 'S3' in data_keys:
            data_keys.remove('S3')
            data__S3 = data['S3']
            lenient____defs_s3(data__S3, custom_formats, (name_prefix or 'data') + '.S3')
        if data_keys:
            raise Invalid
    return data

class Invalid(Exception):
    pass


VALIDATORS = {
    '': validate____defs___root,
    'BrokerLogs': validate____defs_brokerlogs,
    'BrokerNodeGroupInfo': validate____defs_brokernodegroupinfo,
    'ClientAuthentication': validate____defs_clientauthentication,
    'CloudWatchLogs': validate____defs_cloudwatchlogs,
    'ConfigurationInfo': validate____defs_configurationinfo,
    'ConnectivityInfo': validate____defs_connectivityinfo,
    'CreateClusterRequest': validate____defs_createclusterrequest,
    'EBSStorageInfo': validate____defs_ebsstorageinfo,
    'EncryptionAtRest': validate____defs_encryptionatrest,
    'EncryptionInfo': validate____defs_encryptioninfo,
    'EncryptionInTransit': validate____defs_encryptionintransit,
    'Firehose': validate____defs_firehose,
    'Iam': validate____defs_iam,
    'JmxExporterInfo': validate____defs_jmxexporterinfo,
    'LoggingInfo': validate____defs_logginginfo,
    'NodeExporterInfo': validate____defs_nodeexporterinfo,
    'OpenMonitoringInfo': validate____defs_openmonitoringinfo,
    'PrometheusInfo': validate____defs_prometheusinfo,
    'ProvisionedThroughput': validate____defs_provisionedthroughput,
    'PublicAccess': validate____defs_publicaccess,
    'Rebalancing': validate____defs_rebalancing,
    'S3': validate____defs_s3,
    'Sasl': validate____defs_sasl,
    'Scram': validate____defs_scram,
    'StorageInfo': validate____defs_storageinfo,
    'Tls': validate____defs_tls,
    'Unauthenticated': validate____defs_unauthenticated,
    'VpcConnectivity': validate____defs_vpcconnectivity,
    'VpcConnectivityClientAuthentication': validate____defs_vpcconnectivityclientauthentication,
    'VpcConnectivityIam': validate____defs_vpcconnectivityiam,
    'VpcConnectivitySasl': validate____defs_vpcconnectivitysasl,
    'VpcConnectivityScram': validate____defs_vpcconnectivityscram,
    'VpcConnectivityTls': validate____defs_vpcconnectivitytls,
}


LENIENT = {
    '': lenient____defs___root,
    'BrokerLogs': lenient____defs_brokerlogs,
    'BrokerNodeGroupInfo': lenient____defs_brokernodegroupinfo,
    'ClientAuthentication': lenient____defs_clientauthentication,
    'CloudWatchLogs': lenient____defs_cloudwatchlogs,
    'ConfigurationInfo': lenient____defs_configurationinfo,
    'ConnectivityInfo': lenient____defs_connectivityinfo,
    'CreateClusterRequest': lenient____defs_createclusterrequest,
    'EBSStorageInfo': lenient____defs_ebsstorageinfo,
    'EncryptionAtRest': lenient____defs_encryptionatrest,
    'EncryptionInfo': lenient____defs_encryptioninfo,
    'EncryptionInTransit': lenient____defs_encryptionintransit,
    'Firehose': lenient____defs_firehose,
    'Iam': lenient____defs_iam,
    'JmxExporterInfo': lenient____defs_jmxexporterinfo,
    'LoggingInfo': lenient____defs_logginginfo,
    'NodeExporterInfo': lenient____defs_nodeexporterinfo,
    'OpenMonitoringInfo': lenient____defs_openmonitoringinfo,
    'PrometheusInfo': lenient____defs_prometheusinfo,
    'ProvisionedThroughput': lenient____defs_provisionedthroughput,
    'PublicAccess': lenient____defs_publicaccess,
    'Rebalancing': lenient____defs_rebalancing,
    'S3': lenient____defs_s3,
    'Sasl': lenient____defs_sasl,
    'Scram': lenient____defs_scram,
    'StorageInfo': lenient____defs_storageinfo,
    'Tls': lenient____defs_tls,
    'Unauthenticated': lenient____defs_unauthenticated,
    'VpcConnectivity': lenient____defs_vpcconnectivity,
    'VpcConnectivityClientAuthentication': lenient____defs_vpcconnectivityclientauthentication,
    'VpcConnectivityIam': lenient____defs_vpcconnectivityiam,
    'VpcConnectivitySasl': lenient____defs_vpcconnectivitysasl,
    'VpcConnectivityScram': lenient____defs_vpcconnectivityscram,
    'VpcConnectivityTls': lenient____defs_vpcconnectivitytls,
}


def is_valid(data, definition: str = '', table=VALIDATORS) -> bool:
    try:
        table[definition](data)
    except Invalid:
        return False
    return True
