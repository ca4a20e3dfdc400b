"""For security reasons, you can't turn on public access while creating an MSK cluster ("Public access"):
create it first, then use update-connectivity. Checked for create-cluster / create-cluster-v2 requests;
CloudFormation and Terraform may apply ConnectivityInfo in a second step, and rule C018 checks the
prerequisites for them."""

from msklint.loaders.cluster import ClusterModel, hit

CODE = "C017"
NAME = "public-access-at-creation"
SEVERITY = "error"
SUMMARY = "Public access cannot be turned on when a cluster is created"
GUIDE = "Public access"
BAD = '{"ClusterName": "c", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"],\n  "ConnectivityInfo": {"PublicAccess": {"Type": "SERVICE_PROVIDED_EIPS"}}}}\n'
GOOD = '{"ClusterName": "c", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"],\n  "ConnectivityInfo": {"PublicAccess": {"Type": "DISABLED"}}}}\n'


def check(doc, ctx, options):
    model = doc.model
    if not isinstance(model, ClusterModel) or model.format not in ("create-cluster", "create-cluster-v2"):
        return
    if model.public_access():
        yield hit(
            model,
            "BrokerNodeGroupInfo/ConnectivityInfo/PublicAccess/Type",
            "public access cannot be turned on while creating a cluster",
            "create the cluster with PublicAccess DISABLED, then run aws kafka update-connectivity",
        )
