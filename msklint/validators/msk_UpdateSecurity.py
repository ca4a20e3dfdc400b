"""Generated 2026-12-03 by tools/gen_validators.py (fastjsonschema 2.22.3) from schemas/msk-UpdateSecurity.schema.json
(sha256 b09642e47d9d38d0a6a5f11861e16091a77d854ef0c4ace2a623cc7b71b7f901). Do not edit: change the schema and run python tools/gen_validators.py.

The fast path only: True means jsonschema finds no error either (tests/test_validators.py); on False
validate with jsonschema for the messages."""

NoneType = type(None)

def validate____defs___root(data, custom_formats={}, name_prefix=None):
    validate____defs_updatesecurityrequest(data, custom_formats, (name_prefix or 'data') + '')
    return data

def validate____defs_updatesecurityrequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['ClusterArn', 'CurrentVersion']) - data.keys()
        if data__missing_keys:
            raise Invalid
        data_keys = set(data.keys())
        if 'ClientAuthentication' in data_keys:
            data_keys.remove('ClientAuthentication')
            data__ClientAuthentication = data['ClientAuthentication']
            validate____defs_clientauthentication(data__ClientAuthentication, custom_formats, (name_prefix or 'data') + '.ClientAuthentication')
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
        if 'EncryptionInfo' in data_keys:
            data_keys.remove('EncryptionInfo')
            data__EncryptionInfo = data['EncryptionInfo']
            validate____defs_encryptioninfo(data__EncryptionInfo, custom_formats, (name_prefix or 'data') + '.EncryptionInfo')
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
def lenient____defs___root(data, custom_formats={}, name_prefix=None):
    lenient____defs_updatesecurityrequest(data, custom_formats, (name_prefix or 'data') + '')
    return data

def lenient____defs_updatesecurityrequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'ClientAuthentication' in data_keys:
            data_keys.remove('ClientAuthentication')
            data__ClientAuthentication = data['ClientAuthentication']
            lenient____defs_clientauthentication(data__ClientAuthentication, custom_formats, (name_prefix or 'data') + '.ClientAuthentication')
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
        if 'EncryptionInfo' in data_keys:
            data_keys.remove('EncryptionInfo')
            data__EncryptionInfo = data['EncryptionInfo']
            lenient____defs_encryptioninfo(data__EncryptionInfo, custom_formats, (name_prefix or 'data') + '.EncryptionInfo')
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

class Invalid(Exception):
    pass


VALIDATORS = {
    '': validate____defs___root,
    'ClientAuthentication': validate____defs_clientauthentication,
    'EncryptionAtRest': validate____defs_encryptionatrest,
    'EncryptionInfo': validate____defs_encryptioninfo,
    'EncryptionInTransit': validate____defs_encryptionintransit,
    'Iam': validate____defs_iam,
    'Sasl': validate____defs_sasl,
    'Scram': validate____defs_scram,
    'Tls': validate____defs_tls,
    'Unauthenticated': validate____defs_unauthenticated,
    'UpdateSecurityRequest': validate____defs_updatesecurityrequest,
}


LENIENT = {
    '': lenient____defs___root,
    'ClientAuthentication': lenient____defs_clientauthentication,
    'EncryptionAtRest': lenient____defs_encryptionatrest,
    'EncryptionInfo': lenient____defs_encryptioninfo,
    'EncryptionInTransit': lenient____defs_encryptionintransit,
    'Iam': lenient____defs_iam,
    'Sasl': lenient____defs_sasl,
    'Scram': lenient____defs_scram,
    'Tls': lenient____defs_tls,
    'Unauthenticated': lenient____defs_unauthenticated,
    'UpdateSecurityRequest': lenient____defs_updatesecurityrequest,
}


def is_valid(data, definition: str = '', table=VALIDATORS) -> bool:
    try:
        table[definition](data)
    except Invalid:
        return False
    return True
