"""Generated 2026-12-03 by tools/gen_validators.py (fastjsonschema 2.22.3) from schemas/msk-UpdateConnectivity.schema.json
(sha256 f22c8d0e67718f38e133cc77beafab1586b846021c5d61eba40397a441cf2956). Do not edit: change the schema and run python tools/gen_validators.py.

The fast path only: True means jsonschema finds no error either (tests/test_validators.py); on False
validate with jsonschema for the messages."""

NoneType = type(None)

def validate____defs___root(data, custom_formats={}, name_prefix=None):
    validate____defs_updateconnectivityrequest(data, custom_formats, (name_prefix or 'data') + '')
    return data

def validate____defs_zookeeperaccess(data, custom_formats={}, name_prefix=None):
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

def validate____defs_updateconnectivityrequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['ClusterArn', 'CurrentVersion']) - data.keys()
        if data__missing_keys:
            raise Invalid
        data_keys = set(data.keys())
        if 'ClusterArn' in data_keys:
            data_keys.remove('ClusterArn')
            data__ClusterArn = data['ClusterArn']
            if not isinstance(data__ClusterArn, str):
                raise Invalid
        if 'ConnectivityInfo' in data_keys:
            data_keys.remove('ConnectivityInfo')
            data__ConnectivityInfo = data['ConnectivityInfo']
            validate____defs_connectivityinfo(data__ConnectivityInfo, custom_formats, (name_prefix or 'data') + '.ConnectivityInfo')
        if 'CurrentVersion' in data_keys:
            data_keys.remove('CurrentVersion')
            data__CurrentVersion = data['CurrentVersion']
            if not isinstance(data__CurrentVersion, str):
                raise Invalid
        if 'ZookeeperAccess' in data_keys:
            data_keys.remove('ZookeeperAccess')
            data__ZookeeperAccess = data['ZookeeperAccess']
            validate____defs_zookeeperaccess(data__ZookeeperAccess, custom_formats, (name_prefix or 'data') + '.ZookeeperAccess')
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
def lenient____defs___root(data, custom_formats={}, name_prefix=None):
    lenient____defs_updateconnectivityrequest(data, custom_formats, (name_prefix or 'data') + '')
    return data

def lenient____defs_zookeeperaccess(data, custom_formats={}, name_prefix=None):
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

def lenient____defs_updateconnectivityrequest(data, custom_formats={}, name_prefix=None):
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
        if 'ConnectivityInfo' in data_keys:
            data_keys.remove('ConnectivityInfo')
            data__ConnectivityInfo = data['ConnectivityInfo']
            lenient____defs_connectivityinfo(data__ConnectivityInfo, custom_formats, (name_prefix or 'data') + '.ConnectivityInfo')
        if 'CurrentVersion' in data_keys:
            data_keys.remove('CurrentVersion')
            data__CurrentVersion = data['CurrentVersion']
            if not isinstance(data__CurrentVersion, str):
                raise Invalid
        if 'ZookeeperAccess' in data_keys:
            data_keys.remove('ZookeeperAccess')
            data__ZookeeperAccess = data['ZookeeperAccess']
            lenient____defs_zookeeperaccess(data__ZookeeperAccess, custom_formats, (name_prefix or 'data') + '.ZookeeperAccess')
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

class Invalid(Exception):
    pass


VALIDATORS = {
    '': validate____defs___root,
    'ConnectivityInfo': validate____defs_connectivityinfo,
    'PublicAccess': validate____defs_publicaccess,
    'UpdateConnectivityRequest': validate____defs_updateconnectivityrequest,
    'VpcConnectivity': validate____defs_vpcconnectivity,
    'VpcConnectivityClientAuthentication': validate____defs_vpcconnectivityclientauthentication,
    'VpcConnectivityIam': validate____defs_vpcconnectivityiam,
    'VpcConnectivitySasl': validate____defs_vpcconnectivitysasl,
    'VpcConnectivityScram': validate____defs_vpcconnectivityscram,
    'VpcConnectivityTls': validate____defs_vpcconnectivitytls,
    'ZookeeperAccess': validate____defs_zookeeperaccess,
}


LENIENT = {
    '': lenient____defs___root,
    'ConnectivityInfo': lenient____defs_connectivityinfo,
    'PublicAccess': lenient____defs_publicaccess,
    'UpdateConnectivityRequest': lenient____defs_updateconnectivityrequest,
    'VpcConnectivity': lenient____defs_vpcconnectivity,
    'VpcConnectivityClientAuthentication': lenient____defs_vpcconnectivityclientauthentication,
    'VpcConnectivityIam': lenient____defs_vpcconnectivityiam,
    'VpcConnectivitySasl': lenient____defs_vpcconnectivitysasl,
    'VpcConnectivityScram': lenient____defs_vpcconnectivityscram,
    'VpcConnectivityTls': lenient____defs_vpcconnectivitytls,
    'ZookeeperAccess': lenient____defs_zookeeperaccess,
}


def is_valid(data, definition: str = '', table=VALIDATORS) -> bool:
    try:
        table[definition](data)
    except Invalid:
        return False
    return True
