"""Generated 2026-12-03 by tools/gen_validators.py (fastjsonschema 2.22.3) from schemas/topics.schema.json
(sha256 3bfd5c8b054eb1bca50420ed7becf9a865d1a1288a44495241b5e17836d1a73d). Do not edit: change the schema and run python tools/gen_validators.py.

The fast path only: True means jsonschema finds no error either (tests/test_validators.py); on False
validate with jsonschema for the messages."""

import re
REGEX_PATTERNS = {'^[a-zA-Z0-9._-]{1,249}$': re.compile('^[a-zA-Z0-9._-]{1,249}\\Z')}
NoneType = type(None)

def validate____defs___root(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['topics']) - data.keys()
        if data__missing_keys:
            raise Invalid
        data_keys = set(data.keys())
        if '$schema' in data_keys:
            data_keys.remove('$schema')
            data__schema = data['$schema']
            if not isinstance(data__schema, str):
                raise Invalid
        if 'topics' in data_keys:
            data_keys.remove('topics')
            data__topics = data['topics']
            data__topics_one_of_count2 = 0
            if data__topics_one_of_count2 < 2:
                try:
                    if not isinstance(data__topics, (list, tuple)):
                        raise Invalid
                    data__topics_is_list = isinstance(data__topics, (list, tuple))
                    if data__topics_is_list:
                        data__topics_len = len(data__topics)
                        for data__topics_x, data__topics_item in enumerate(data__topics):
                            validate____defs_listedtopic(data__topics_item, custom_formats, (name_prefix or 'data') + '.topics[{data__topics_x}]'.format(**locals()))
                    data__topics_one_of_count2 += 1
                except (Invalid, Invalid):
                    pass
            if data__topics_one_of_count2 < 2:
                try:
                    if not isinstance(data__topics, dict):
                        raise Invalid
                    data__topics_is_dict = isinstance(data__topics, dict)
                    if data__topics_is_dict:
                        data__topics_keys = set(data__topics.keys())
                        for data__topics_key in data__topics_keys:
                            if data__topics_key not in []:
                                data__topics_value = data__topics.get(data__topics_key)
                                validate____defs_topic(data__topics_value, custom_formats, (name_prefix or 'data') + '.topics.{data__topics_key}'.format(**locals()))
                        data__topics_len = len(data__topics)
                        if data__topics_len != 0:
                            data__topics_property_names = True
                            for data__topics_key in data__topics:
                                try:
                                    validate____defs_name(data__topics_key, custom_formats, (name_prefix or 'data') + '.topics')
                                except (Invalid, Invalid):
                                    data__topics_property_names = False
                            if not data__topics_property_names:
                                raise Invalid
                    data__topics_one_of_count2 += 1
                except (Invalid, Invalid):
                    pass
            if data__topics_one_of_count2 != 1:
                raise Invalid
        if data_keys:
            raise Invalid
    return data

def validate____defs_config(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        for data_key in data_keys:
            if data_key not in []:
                data_value = data.get(data_key)
                data_value_one_of_count3 = 0
                if data_value_one_of_count3 < 2:
                    try:
                        if not isinstance(data_value, (str, int, float, bool)):
                            raise Invalid
                        data_value_one_of_count3 += 1
                    except (Invalid, Invalid):
                        pass
                if data_value_one_of_count3 < 2:
                    try:
                        if not isinstance(data_value, (list, tuple)):
                            raise Invalid
                        data_value_is_list = isinstance(data_value, (list, tuple))
                        if data_value_is_list:
                            data_value_len = len(data_value)
                            for data_value_x, data_value_item in enumerate(data_value):
                                if not isinstance(data_value_item, str):
                                    raise Invalid
                        data_value_one_of_count3 += 1
                    except (Invalid, Invalid):
                        pass
                if data_value_one_of_count3 != 1:
                    raise Invalid
    return data

def validate____defs_listedtopic(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name']) - data.keys()
        if data__missing_keys:
            raise Invalid
        data_keys = set(data.keys())
        if 'name' in data_keys:
            data_keys.remove('name')
            data__name = data['name']
            validate____defs_name(data__name, custom_formats, (name_prefix or 'data') + '.name')
        if 'partitions' in data_keys:
            data_keys.remove('partitions')
            data__partitions = data['partitions']
            if not isinstance(data__partitions, int) and (not (isinstance(data__partitions, float) and data__partitions.is_integer())) or isinstance(data__partitions, bool):
                raise Invalid
            if isinstance(data__partitions, (int, float)) and (not isinstance(data__partitions, bool)):
                if data__partitions < 1:
                    raise Invalid
        if 'replication_factor' in data_keys:
            data_keys.remove('replication_factor')
            data__replicationfactor = data['replication_factor']
            if not isinstance(data__replicationfactor, int) and (not (isinstance(data__replicationfactor, float) and data__replicationfactor.is_integer())) or isinstance(data__replicationfactor, bool):
                raise Invalid
            if isinstance(data__replicationfactor, (int, float)) and (not isinstance(data__replicationfactor, bool)):
                if data__replicationfactor < 1:
                    raise Invalid
                if data__replicationfactor > 32767:
                    raise Invalid
        if 'config' in data_keys:
            data_keys.remove('config')
            data__config = data['config']
            validate____defs_config(data__config, custom_formats, (name_prefix or 'data') + '.config')
        if data_keys:
            raise Invalid
    return data

def validate____defs_topic(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise Invalid
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if 'partitions' in data_keys:
            data_keys.remove('partitions')
            data__partitions = data['partitions']
            if not isinstance(data__partitions, int) and (not (isinstance(data__partitions, float) and data__partitions.is_integer())) or isinstance(data__partitions, bool):
                raise Invalid
            if isinstance(data__partitions, (int, float)) and (not isinstance(data__partitions, bool)):
                if data__partitions < 1:
                    raise Invalid
        if 'replication_factor' in data_keys:
            data_keys.remove('replication_factor')
            data__replicationfactor = data['replication_factor']
            if not isinstance(data__replicationfactor, int) and (not (isinstance(data__replicationfactor, float) and data__replicationfactor.is_integer())) or isinstance(data__replicationfactor, bool):
                raise Invalid
            if isinstance(data__replicationfactor, (int, float)) and (not isinstance(data__replicationfactor, bool)):
                if data__replicationfactor < 1:
                    raise Invalid
                if data__replicationfactor > 32767:
                    raise Invalid
        if 'config' in data_keys:
            data_keys.remove('config')
            data__config = data['config']
            validate____defs_config(data__config, custom_formats, (name_prefix or 'data') + '.config')
        if data_keys:
            raise Invalid
    return data

def validate____defs_name(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, str):
        raise Invalid
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[a-zA-Z0-9._-]{1,249}$'].search(data):
            raise Invalid
    return data

class Invalid(Exception):
    pass


VALIDATORS = {
    '': validate____defs___root,
    'config': validate____defs_config,
    'listedTopic': validate____defs_listedtopic,
    'name': validate____defs_name,
    'topic': validate____defs_topic,
}


def is_valid(data, definition: str = '', table=VALIDATORS) -> bool:
    try:
        table[definition](data)
    except Invalid:
        return False
    return True
