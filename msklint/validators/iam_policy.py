"""Generated 2026-12-03 by tools/gen_validators.py (fastjsonschema 2.22.3) from schemas/iam-policy.schema.json
(sha256 1f878fb34d0bffc7a3f5d1987474f52a88fbbe226a8e538585fe9db586bfe7c1). Do not edit: change the schema and run python tools/gen_validators.py.

The fast path only: True means jsonschema finds no error either (tests/test_validators.py); on False
validate with jsonschema for the messages."""

import re
REGEX_PATTERNS = {'^(ForAnyValue:|ForAllValues:)?(String(Not)?Equals(IgnoreCase)?|String(Not)?Like|Numeric(Not)?Equals|Numeric(Less|Greater)Than(Equals)?|Date(Not)?Equals|Date(Less|Greater)Than(Equals)?|Bool|BinaryEquals|(Not)?IpAddress|Arn(Not)?Equals|Arn(Not)?Like)(IfExists)?$|^Null$': re.compile('^(ForAnyValue:|ForAllValues:)?(String(Not)?Equals(IgnoreCase)?|String(Not)?Like|Numeric(Not)?Equals|Numeric(Less|Greater)Than(Equals)?|Date(Not)?Equals|Date(Less|Greater)Than(Equals)?|Bool|BinaryEquals|(Not)?IpAddress|Arn(Not)?Equals|Arn(Not)?Like)(IfExists)?\\Z|^Null\\Z'), '^[A-Za-z0-9 ]*$': re.compile('^[A-Za-z0-9 ]*\\Z')}
NoneType = type(None)

def validate____defs___root(data, custom_formats={}, name_prefix=None):
    validate____defs_identity_policy(data, custom_formats, (name_prefix or 'data') + '')
    return data

def validate____defs_condition(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        for data_key in data_keys:
            if data_key not in []:
                data_value = data.get(data_key)
                if not isinstance(data_value, dict):
                    raise Invalid
                data_value_is_dict = isinstance(data_value, dict)
                if data_value_is_dict:
                    data_value_len = len(data_value)
                    if data_value_len < 1:
                        raise Invalid
                    data_value_keys = set(data_value.keys())
                    for data_value_key in data_value_keys:
                        if data_value_key not in []:
                            data_value_value = data_value.get(data_value_key)
                            if not isinstance(data_value_value, (str, bool, int, float, list, tuple)):
                                raise Invalid
                            data_value_value_is_list = isinstance(data_value_value, (list, tuple))
                            if data_value_value_is_list:
                                data_value_value_len = len(data_value_value)
                                for data_value_value_x, data_value_value_item in enumerate(data_value_value):
                                    if not isinstance(data_value_value_item, (str, bool, int, float)):
                                        raise Invalid
        data_len = len(data)
        if data_len != 0:
            data_property_names = True
            for data_key in data:
                try:
                    if isinstance(data_key, str):
                        if not REGEX_PATTERNS['^(ForAnyValue:|ForAllValues:)?(String(Not)?Equals(IgnoreCase)?|String(Not)?Like|Numeric(Not)?Equals|Numeric(Less|Greater)Than(Equals)?|Date(Not)?Equals|Date(Less|Greater)Than(Equals)?|Bool|BinaryEquals|(Not)?IpAddress|Arn(Not)?Equals|Arn(Not)?Like)(IfExists)?$|^Null$'].search(data_key):
                            raise Invalid
                except (Invalid, Invalid):
                    data_property_names = False
            if not data_property_names:
                raise Invalid
    return data

def validate____defs_principal(data, custom_formats={}, name_prefix=None):
    data_any_of_count2 = 0
    if not data_any_of_count2:
        try:
            if not (isinstance(data, str) and data == '*'):
                raise Invalid
            data_any_of_count2 += 1
        except (Invalid, Invalid):
            pass
    if not data_any_of_count2:
        try:
            if not isinstance(data, dict):
                raise Invalid
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_len = len(data)
                if data_len < 1:
                    raise Invalid
                data_keys = set(data.keys())
                for data_key in data_keys:
                    if data_key not in []:
                        data_value = data.get(data_key)
                        validate____defs_strings(data_value, custom_formats, (name_prefix or 'data') + '.{data_key}'.format(**locals()))
                if data_len != 0:
                    data_property_names = True
                    for data_key in data:
                        try:
                            if not (isinstance(data_key, str) and data_key == 'AWS' or (isinstance(data_key, str) and data_key == 'Service') or (isinstance(data_key, str) and data_key == 'Federated') or (isinstance(data_key, str) and data_key == 'CanonicalUser')):
                                raise Invalid
                        except (Invalid, Invalid):
                            data_property_names = False
                    if not data_property_names:
                        raise Invalid
            data_any_of_count2 += 1
        except (Invalid, Invalid):
            pass
    if not data_any_of_count2:
        raise Invalid
    return data

def validate____defs_strings(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str, list, tuple)):
        raise Invalid
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 1:
            raise Invalid
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        if data_len < 1:
            raise Invalid
        for data_x, data_item in enumerate(data):
            if not isinstance(data_item, str):
                raise Invalid
            if isinstance(data_item, str):
                data_item_len = len(data_item)
                if data_item_len < 1:
                    raise Invalid
    return data

def validate____defs_one_principal(data, custom_formats={}, name_prefix=None):
    data_one_of_count3 = 0
    if data_one_of_count3 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['Principal']) - data.keys()
                if data__missing_keys:
                    raise Invalid
            data_one_of_count3 += 1
        except (Invalid, Invalid):
            pass
    if data_one_of_count3 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['NotPrincipal']) - data.keys()
                if data__missing_keys:
                    raise Invalid
            data_one_of_count3 += 1
        except (Invalid, Invalid):
            pass
    if data_one_of_count3 != 1:
        raise Invalid
    return data

def validate____defs_one_resource(data, custom_formats={}, name_prefix=None):
    data_one_of_count4 = 0
    if data_one_of_count4 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['Resource']) - data.keys()
                if data__missing_keys:
                    raise Invalid
            data_one_of_count4 += 1
        except (Invalid, Invalid):
            pass
    if data_one_of_count4 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['NotResource']) - data.keys()
                if data__missing_keys:
                    raise Invalid
            data_one_of_count4 += 1
        except (Invalid, Invalid):
            pass
    if data_one_of_count4 != 1:
        raise Invalid
    return data

def validate____defs_one_action(data, custom_formats={}, name_prefix=None):
    data_one_of_count5 = 0
    if data_one_of_count5 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['Action']) - data.keys()
                if data__missing_keys:
                    raise Invalid
            data_one_of_count5 += 1
        except (Invalid, Invalid):
            pass
    if data_one_of_count5 < 2:
        try:
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(['NotAction']) - data.keys()
                if data__missing_keys:
                    raise Invalid
            data_one_of_count5 += 1
        except (Invalid, Invalid):
            pass
    if data_one_of_count5 != 1:
        raise Invalid
    return data

def validate____defs_statement_common(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['Effect']) - data.keys()
        if data__missing_keys:
            raise Invalid
        data_keys = set(data.keys())
        if 'Sid' in data_keys:
            data_keys.remove('Sid')
            data__Sid = data['Sid']
            if not isinstance(data__Sid, str):
                raise Invalid
            if isinstance(data__Sid, str):
                if not REGEX_PATTERNS['^[A-Za-z0-9 ]*$'].search(data__Sid):
                    raise Invalid
        if 'Effect' in data_keys:
            data_keys.remove('Effect')
            data__Effect = data['Effect']
            if not (isinstance(data__Effect, str) and data__Effect == 'Allow' or (isinstance(data__Effect, str) and data__Effect == 'Deny')):
                raise Invalid
        if 'Action' in data_keys:
            data_keys.remove('Action')
            data__Action = data['Action']
            validate____defs_strings(data__Action, custom_formats, (name_prefix or 'data') + '.Action')
        if 'NotAction' in data_keys:
            data_keys.remove('NotAction')
            data__NotAction = data['NotAction']
            validate____defs_strings(data__NotAction, custom_formats, (name_prefix or 'data') + '.NotAction')
        if 'Resource' in data_keys:
            data_keys.remove('Resource')
            data__Resource = data['Resource']
            validate____defs_strings(data__Resource, custom_formats, (name_prefix or 'data') + '.Resource')
        if 'NotResource' in data_keys:
            data_keys.remove('NotResource')
            data__NotResource = data['NotResource']
            validate____defs_strings(data__NotResource, custom_formats, (name_prefix or 'data') + '.NotResource')
        if 'Principal' in data_keys:
            data_keys.remove('Principal')
            data__Principal = data['Principal']
            validate____defs_principal(data__Principal, custom_formats, (name_prefix or 'data') + '.Principal')
        if 'NotPrincipal' in data_keys:
            data_keys.remove('NotPrincipal')
            data__NotPrincipal = data['NotPrincipal']
            validate____defs_principal(data__NotPrincipal, custom_formats, (name_prefix or 'data') + '.NotPrincipal')
        if 'Condition' in data_keys:
            data_keys.remove('Condition')
            data__Condition = data['Condition']
            validate____defs_condition(data__Condition, custom_formats, (name_prefix or 'data') + '.Condition')
        if data_keys:
            raise Invalid
    return data

def validate____defs_statement_trust(data, custom_formats={}, name_prefix=None):
    validate____defs_statement_common(data, custom_formats, (name_prefix or 'data') + '')
    validate____defs_one_action(data, custom_formats, (name_prefix or 'data') + '')
    validate____defs_one_principal(data, custom_formats, (name_prefix or 'data') + '')
    try:
        data_any_of_count6 = 0
        if not data_any_of_count6:
            try:
                data_is_dict = isinstance(data, dict)
                if data_is_dict:
                    data__missing_keys = set(['Resource']) - data.keys()
                    if data__missing_keys:
                        raise Invalid
                data_any_of_count6 += 1
            except (Invalid, Invalid):
                pass
        if not data_any_of_count6:
            try:
                data_is_dict = isinstance(data, dict)
                if data_is_dict:
                    data__missing_keys = set(['NotResource']) - data.keys()
                    if data__missing_keys:
                        raise Invalid
                data_any_of_count6 += 1
            except (Invalid, Invalid):
                pass
        if not data_any_of_count6:
            raise Invalid
    except (Invalid, Invalid):
        pass
    else:
        raise Invalid
    return data

def validate____defs_statement_resource(data, custom_formats={}, name_prefix=None):
    validate____defs_statement_common(data, custom_formats, (name_prefix or 'data') + '')
    validate____defs_one_action(data, custom_formats, (name_prefix or 'data') + '')
    validate____defs_one_resource(data, custom_formats, (name_prefix or 'data') + '')
    validate____defs_one_principal(data, custom_formats, (name_prefix or 'data') + '')
    return data

def validate____defs_statement_identity(data, custom_formats={}, name_prefix=None):
    validate____defs_statement_common(data, custom_formats, (name_prefix or 'data') + '')
    validate____defs_one_action(data, custom_formats, (name_prefix or 'data') + '')
    validate____defs_one_resource(data, custom_formats, (name_prefix or 'data') + '')
    try:
        data_any_of_count7 = 0
        if not data_any_of_count7:
            try:
                data_is_dict = isinstance(data, dict)
                if data_is_dict:
                    data__missing_keys = set(['Principal']) - data.keys()
                    if data__missing_keys:
                        raise Invalid
                data_any_of_count7 += 1
            except (Invalid, Invalid):
                pass
        if not data_any_of_count7:
            try:
                data_is_dict = isinstance(data, dict)
                if data_is_dict:
                    data__missing_keys = set(['NotPrincipal']) - data.keys()
                    if data__missing_keys:
                        raise Invalid
                data_any_of_count7 += 1
            except (Invalid, Invalid):
                pass
        if not data_any_of_count7:
            raise Invalid
    except (Invalid, Invalid):
        pass
    else:
        raise Invalid
    return data

def validate____defs_statements_trust(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict, list, tuple)):
        raise Invalid
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        if data_len < 1:
            raise Invalid
        for data_x, data_item in enumerate(data):
            validate____defs_statement_trust(data_item, custom_formats, (name_prefix or 'data') + '[{data_x}]'.format(**locals()))
    try:
        if not isinstance(data, dict):
            raise Invalid
    except (Invalid, Invalid):
        pass
    else:
        validate____defs_statement_trust(data, custom_formats, (name_prefix or 'data') + '')
    return data

def validate____defs_statements_resource(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict, list, tuple)):
        raise Invalid
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        if data_len < 1:
            raise Invalid
        for data_x, data_item in enumerate(data):
            validate____defs_statement_resource(data_item, custom_formats, (name_prefix or 'data') + '[{data_x}]'.format(**locals()))
    try:
        if not isinstance(data, dict):
            raise Invalid
    except (Invalid, Invalid):
        pass
    else:
        validate____defs_statement_resource(data, custom_formats, (name_prefix or 'data') + '')
    return data

def validate____defs_statements_identity(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict, list, tuple)):
        raise Invalid
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        if data_len < 1:
            raise Invalid
        for data_x, data_item in enumerate(data):
            validate____defs_statement_identity(data_item, custom_formats, (name_prefix or 'data') + '[{data_x}]'.format(**locals()))
    try:
        if not isinstance(data, dict):
            raise Invalid
    except (Invalid, Invalid):
        pass
    else:
        validate____defs_statement_identity(data, custom_formats, (name_prefix or 'data') + '')
    return data

def validate____defs_version(data, custom_formats={}, name_prefix=None):
    if not (isinstance(data, str) and data == '2012-10-17' or (isinstance(data, str) and data == '2008-10-17')):
        raise Invalid
    return data

def validate____defs_trust_policy(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['Statement']) - data.keys()
        if data__missing_keys:
            raise Invalid
        data_keys = set(data.keys())
        if 'Version' in data_keys:
            data_keys.remove('Version')
            data__Version = data['Version']
            validate____defs_version(data__Version, custom_formats, (name_prefix or 'data') + '.Version')
        if 'Id' in data_keys:
            data_keys.remove('Id')
            data__Id = data['Id']
            if not isinstance(data__Id, str):
                raise Invalid
        if 'Statement' in data_keys:
            data_keys.remove('Statement')
            data__Statement = data['Statement']
            validate____defs_statements_trust(data__Statement, custom_formats, (name_prefix or 'data') + '.Statement')
        if data_keys:
            raise Invalid
    return data

def validate____defs_resource_policy(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['Statement']) - data.keys()
        if data__missing_keys:
            raise Invalid
        data_keys = set(data.keys())
        if 'Version' in data_keys:
            data_keys.remove('Version')
            data__Version = data['Version']
            validate____defs_version(data__Version, custom_formats, (name_prefix or 'data') + '.Version')
        if 'Id' in data_keys:
            data_keys.remove('Id')
            data__Id = data['Id']
            if not isinstance(data__Id, str):
                raise Invalid
        if 'Statement' in data_keys:
            data_keys.remove('Statement')
            data__Statement = data['Statement']
            validate____defs_statements_resource(data__Statement, custom_formats, (name_prefix or 'data') + '.Statement')
        if data_keys:
            raise Invalid
    return data

def validate____defs_identity_policy(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['Statement']) - data.keys()
        if data__missing_keys:
            raise Invalid
        data_keys = set(data.keys())
        if 'Version' in data_keys:
            data_keys.remove('Version')
            data__Version = data['Version']
            validate____defs_version(data__Version, custom_formats, (name_prefix or 'data') + '.Version')
        if 'Id' in data_keys:
            data_keys.remove('Id')
            data__Id = data['Id']
            if not isinstance(data__Id, str):
                raise Invalid
        if 'Statement' in data_keys:
            data_keys.remove('Statement')
            data__Statement = data['Statement']
            validate____defs_statements_identity(data__Statement, custom_formats, (name_prefix or 'data') + '.Statement')
        if data_keys:
            raise Invalid
    return data

class Invalid(Exception):
    pass


VALIDATORS = {
    '': validate____defs___root,
    'condition': validate____defs_condition,
    'identity_policy': validate____defs_identity_policy,
    'one_action': validate____defs_one_action,
    'one_principal': validate____defs_one_principal,
    'one_resource': validate____defs_one_resource,
    'principal': validate____defs_principal,
    'resource_policy': validate____defs_resource_policy,
    'statement_common': validate____defs_statement_common,
    'statement_identity': validate____defs_statement_identity,
    'statement_resource': validate____defs_statement_resource,
    'statement_trust': validate____defs_statement_trust,
    'statements_identity': validate____defs_statements_identity,
    'statements_resource': validate____defs_statements_resource,
    'statements_trust': validate____defs_statements_trust,
    'strings': validate____defs_strings,
    'trust_policy': validate____defs_trust_policy,
    'version': validate____defs_version,
}


def is_valid(data, definition: str = '', table=VALIDATORS) -> bool:
    try:
        table[definition](data)
    except Invalid:
        return False
    return True
