"""The request must have the shape `aws kafka create-cluster` / `create-cluster-v2` accept: known members,
the right types, required members, enum values and botocore's bounds (schemas generated from botocore's
Kafka service model by tools/gen_cluster_schemas.py). Fragment files (brokernodegroupinfo.json,
configuration.json, ...) are checked against the part of the request they fill.

Where botocore's model and the guide disagree, the guide wins: botocore caps NumberOfBrokerNodes at 15, the
guide's "Amazon MSK quota" allows 30 (ZooKeeper) and 60 (KRaft) brokers per cluster; that bound and the
EBS volume bounds are left to rules C005 and C006, which cite the guide. For CloudFormation and Terraform
only types, enums, required members and bounds are checked (their own property names are the tools' concern,
cfn-lint and `terraform validate` check them); deploy-time values are skipped."""

from msklint.findings import Hit
from msklint.loaders.cluster import ClusterModel, load_schema, structural_errors

CODE = "C001"
NAME = "cluster-request-structure"
SEVERITY = "error"
SUMMARY = "The cluster definition does not have the shape MSK's CreateCluster API accepts"
GUIDE = "Creating a cluster using the API"
BAD = '{"ClusterName": "demo", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": "3",\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-1", "subnet-2", "subnet-3"]}}\n'
GOOD = '{"ClusterName": "demo", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-1", "subnet-2", "subnet-3"]}}\n'


def check(doc, ctx, options):
    model = doc.model
    if not isinstance(model, ClusterModel) or model.schema is None:
        return
    name, definition = model.schema
    root = model.root
    if model.format == "create-cluster-v2":
        root = model.extras["request"]
    elif model.fragment:
        root = model.node(_FRAGMENT_PLACES[model.fragment])
    schema = load_schema(name, definition)
    strict = model.format not in ("cloudformation", "terraform")
    for node, is_key, message in structural_errors(root, schema, report_unknown_members=strict):
        line = node.key_line if is_key and node.key_line else node.line
        column = node.key_column if is_key and node.key_line else node.column
        yield Hit(line or model.line, column or model.column, node.pointer, message, _HINT)


_HINT = "see the CreateCluster request syntax in the Amazon MSK API reference"
_FRAGMENT_PLACES = {
    "BrokerNodeGroupInfo": "BrokerNodeGroupInfo",
    "EncryptionInfo": "EncryptionInfo",
    "ClientAuthentication": "ClientAuthentication",
    "LoggingInfo": "LoggingInfo",
    "OpenMonitoringInfo": "OpenMonitoring",
    "ConnectivityInfo": "BrokerNodeGroupInfo/ConnectivityInfo",
    "ConfigurationInfo": "ConfigurationInfo",
}
