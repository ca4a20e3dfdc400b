"""Generated 2026-12-03 by tools/gen_validators.py (fastjsonschema 2.22.3) from schemas/msk-UpdateMonitoring.schema.json
(sha256 51c1797cbbead273d073b072e996ce12fc3bf515c56ea8c579eba761ef8364cb). Do not edit: change the schema and run python tools/gen_validators.py.

The fast path only: True means jsonschema finds no error either (tests/test_validators.py); on False
validate with jsonschema for the messages."""

NoneType = type(None)

def validate____defs___root(data, custom_formats={}, name_prefix=None):
    validate____defs_updatemonitoringrequest(data, custom_formats, (name_prefix or 'data') + '')
    return data

def validate____defs_updatemonitoringrequest(data, custom_formats={}, name_prefix=None):
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
        if 'CurrentVersion' in data_keys:
            data_keys.remove('CurrentVersion')
            data__CurrentVersion = data['CurrentVersion']
            if not isinstance(data__CurrentVersion, str):
                raise Invalid
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
        if 'LoggingInfo' in data_keys:
            data_keys.remove('LoggingInfo')
            data__LoggingInfo = data['LoggingInfo']
            validate____defs_logginginfo(data__LoggingInfo, custom_formats, (name_prefix or 'data') + '.LoggingInfo')
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
    lenient____defs_updatemonitoringrequest(data, custom_formats, (name_prefix or 'data') + '')
    return data

def lenient____defs_updatemonitoringrequest(data, custom_formats={}, name_prefix=None):
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
        if 'LoggingInfo' in data_keys:
            data_keys.remove('LoggingInfo')
            data__LoggingInfo = data['LoggingInfo']
            lenient____defs_logginginfo(data__LoggingInfo, custom_formats, (name_prefix or 'data') + '.LoggingInfo')
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
    'CloudWatchLogs': validate____defs_cloudwatchlogs,
    'Firehose': validate____defs_firehose,
    'JmxExporterInfo': validate____defs_jmxexporterinfo,
    'LoggingInfo': validate____defs_logginginfo,
    'NodeExporterInfo': validate____defs_nodeexporterinfo,
    'OpenMonitoringInfo': validate____defs_openmonitoringinfo,
    'PrometheusInfo': validate____defs_prometheusinfo,
    'S3': validate____defs_s3,
    'UpdateMonitoringRequest': validate____defs_updatemonitoringrequest,
}


LENIENT = {
    '': lenient____defs___root,
    'BrokerLogs': lenient____defs_brokerlogs,
    'CloudWatchLogs': lenient____defs_cloudwatchlogs,
    'Firehose': lenient____defs_firehose,
    'JmxExporterInfo': lenient____defs_jmxexporterinfo,
    'LoggingInfo': lenient____defs_logginginfo,
    'NodeExporterInfo': lenient____defs_nodeexporterinfo,
    'OpenMonitoringInfo': lenient____defs_openmonitoringinfo,
    'PrometheusInfo': lenient____defs_prometheusinfo,
    'S3': lenient____defs_s3,
    'UpdateMonitoringRequest': lenient____defs_updatemonitoringrequest,
}


def is_valid(data, definition: str = '', table=VALIDATORS) -> bool:
    try:
        table[definition](data)
    except Invalid:
        return False
    return True
