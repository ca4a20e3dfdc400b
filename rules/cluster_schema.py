"""The request must have the shape `aws kafka create-cluster` / `create-cluster-v2` accept: known members,
the right types, required members, enum values and botocore's bounds (schemas generated from botocore's
Kafka service model by tools/gen_cluster_schemas.py). Fragment files (brokernodegroupinfo.json,
configuration.json, ...) are checked against the part of the request they fill. CloudFormation's
AWS::MSK::Cluster and AWS::MSK::ServerlessCluster use the API's member names (but EBSStorageInfo, and
SecurityGroups in serverless VpcConfigs), so an unknown property there is reported too (CurrentVersion, a
CloudFormation-only property, is allowed). CloudFormation's resource schema also requires `Enabled` in
Sasl/Iam, Sasl/Scram, Unauthenticated and the VpcConnectivity methods, where the API lets it default; the
stack is refused without it, so it is reported for templates. A serverless cluster's ClusterName and Tags,
which CreateClusterV2 keeps beside `Serverless`, are checked at that level (1 to 64 characters). Both gaps
were found by comparing with cfn-lint (docs/comparison.md).

Where botocore's model and the guide disagree, the guide wins: botocore caps NumberOfBrokerNodes at 15, the
guide's "Amazon MSK quota" allows 30 (ZooKeeper) and 60 (KRaft) brokers per cluster; that bound and the
EBS volume bounds are left to rules C005 and C006, which cite the guide. Terraform arguments are mapped to
the API one by one, so there only types, enums, required members and bounds are checked; a block that may
appear once (`encryption_info`, `client_authentication`, `broker_node_group_info`, ...) but is written twice
is reported at the second, naming the first: the provider's schema allows one (Terraform refuses the file,
"Too many ... blocks"), and reading either would be a guess. Deploy-time values (intrinsics, references)
are skipped."""

from msklint.findings import Hit
from msklint.packs.cluster.model import FRAGMENT_PLACES, ClusterModel
from msklint.packs.cluster.schema import structural_errors
from msklint.syntax import UNKNOWN
from msklint.syntax.structured import Node

CODE = "C001"
NAME = "cluster-request-structure"
SEVERITY = "error"
SUMMARY = "The cluster definition does not have the shape MSK's CreateCluster API accepts"
GUIDE = "Creating a cluster using the API"
BAD = '{"ClusterName": "demo", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": "3",\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-1", "subnet-2", "subnet-3"]}}\n'
GOOD = '{"ClusterName": "demo", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-1", "subnet-2", "subnet-3"]}}\n'


READS = (ClusterModel,)


def check(doc, ctx, options):
    model = doc.model
    if model.schema is None:
        return
    name, definition = model.schema
    root = model.root
    if model.format == "create-cluster-v2":
        root = model.extras["request"]
    elif model.fragment:
        root = model.node(FRAGMENT_PLACES[model.fragment])
    elif model.format == "cloudformation":
        outside = _CFN_ONLY | ({"ClusterName", "Tags"} if model.serverless else set())
        root = Node(
            {k: v for k, v in root.value.items() if k not in outside}, root.line, root.column, root.pointer
        )
    strict = model.format != "terraform"  # Terraform arguments are mapped one by one: none is unknown
    found = structural_errors(root, name, definition, report_unknown_members=strict)
    if model.serverless and model.format in ("cloudformation", "terraform"):
        found += structural_errors(_name_and_tags(model), "CreateClusterV2", "CreateClusterV2Request")
    for place, message in found:
        yield Hit.at(place, message, _HINT)
    for name, first, extra in model.extras.get("repeated", ()):
        yield Hit(
            extra.line,
            extra.column,
            extra.pointer,
            f"'{name}' block given again (first at line {first.line}, column {first.column}); it may appear once",
            f"merge the two '{name}' blocks into one",
        )
    if model.format == "cloudformation" and not model.serverless:
        for path in _CFN_ENABLED_REQUIRED:
            node = model.node(path)
            if (
                node is not None
                and node.tag != UNKNOWN
                and isinstance(node.value, dict)
                and "Enabled" not in node.value
            ):
                message = f"{path}: required member 'Enabled' is missing (CloudFormation requires it)"
                yield Hit.at(node, message, _HINT)


def _name_and_tags(model) -> Node:
    """ClusterName and Tags of a serverless cluster: checked as a CreateClusterV2 request of those members
    alone (the request requires ClusterName only; its other members are checked at their own level)."""
    root = model.root
    members = {k: v for k, v in root.value.items() if k in ("ClusterName", "Tags")}
    return Node(members, root.line, root.column, root.pointer)


SOURCES = [
    (
        "https://github.com/hashicorp/terraform-provider-aws/blob/main/internal/service/kafka/cluster.go",
        "2026-12-03",
        "aws_msk_cluster's schema: encryption_info, client_authentication, broker_node_group_info, ... MaxItems 1",
    ),
]
_CFN_ENABLED_REQUIRED = (
    "ClientAuthentication/Sasl/Iam",
    "ClientAuthentication/Sasl/Scram",
    "ClientAuthentication/Unauthenticated",
    "BrokerNodeGroupInfo/ConnectivityInfo/VpcConnectivity/ClientAuthentication/Sasl/Iam",
    "BrokerNodeGroupInfo/ConnectivityInfo/VpcConnectivity/ClientAuthentication/Sasl/Scram",
    "BrokerNodeGroupInfo/ConnectivityInfo/VpcConnectivity/ClientAuthentication/Tls",
)
_CFN_ONLY = {"CurrentVersion"}  # AWS::MSK::Cluster properties that CreateCluster does not have
_HINT = "see the CreateCluster request syntax in the Amazon MSK API reference"
