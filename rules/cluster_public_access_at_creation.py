"""For security reasons, you can't turn on public access while creating an MSK cluster ("Public access"):
create it first, then use update-connectivity. MSK refuses the create call ("When creating a cluster, the
only valid value for the Type parameter in PublicAccess is DISABLED").

Checked for create-cluster / create-cluster-v2 requests (error) and Terraform `aws_msk_cluster` (and the
terraform-aws-modules module), whose provider sends `connectivity_info` in the CreateCluster call, so the
first `terraform apply` fails. In Terraform this is a warning: the same file is right once the cluster
exists (created with DISABLED, then changed: the provider calls UpdateConnectivity), which a file alone
cannot tell; suppress it inline then. CloudFormation is not checked. Rule C018 checks the prerequisites."""

from msklint.findings import Hit
from msklint.packs.cluster.model import ClusterModel, place

CODE = "C017"
NAME = "public-access-at-creation"
SEVERITY = "error"
SUMMARY = "Public access cannot be turned on when a cluster is created"
GUIDE = "Public access"
BAD = '{"ClusterName": "c", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"],\n  "ConnectivityInfo": {"PublicAccess": {"Type": "SERVICE_PROVIDED_EIPS"}}}}\n'
SOURCES = [
    (
        "https://docs.aws.amazon.com/msk/latest/developerguide/public-access.html",
        "2026-12-03",
        "Turn on public access to an MSK Provisioned cluster",
    ),
    (
        "https://github.com/hashicorp/terraform-provider-aws/issues/31271",
        "2026-12-03",
        "aws_msk_cluster creating publicly accessible cluster: MSK's error on create",
    ),
]
GOOD = '{"ClusterName": "c", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"],\n  "ConnectivityInfo": {"PublicAccess": {"Type": "DISABLED"}}}}\n'


READS = (ClusterModel,)


def check(doc, ctx, options):
    model = doc.model
    if model.format not in (
        "create-cluster",
        "create-cluster-v2",
        "terraform",
    ):
        return
    if not model.public_access():
        return
    if model.format == "terraform":
        yield Hit.at(
            place(model, "BrokerNodeGroupInfo/ConnectivityInfo/PublicAccess/Type"),
            "public access cannot be turned on while creating a cluster: the first terraform apply of this "
            "resource fails",
            "create it with type DISABLED, apply, then change it to SERVICE_PROVIDED_EIPS (Terraform then "
            "updates connectivity); suppress this once the cluster exists",
            severity="warning",
        )
        return
    yield Hit.at(
        place(model, "BrokerNodeGroupInfo/ConnectivityInfo/PublicAccess/Type"),
        "public access cannot be turned on while creating a cluster",
        "create the cluster with PublicAccess DISABLED, then run aws kafka update-connectivity",
    )
