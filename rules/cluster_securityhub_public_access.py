"""Security Hub control [MSK.4] "MSK clusters should have public access disabled" (severity Critical, so an
error here): it fails when PublicAccess Type is SERVICE_PROVIDED_EIPS ("Public access"). Opt-in (rule
group S); without it, rules C017 and C018 check only whether MSK accepts the public access."""

from msklint.findings import Hit
from msklint.packs.cluster.model import ClusterModel, place

CODE = "S004"
NAME = "securityhub-msk-4-public-access"
SEVERITY = "error"
SUMMARY = "Security Hub MSK.4: public access must be off"
GUIDE = "Public access"
BAD = '{"ClusterName": "c", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"],\n  "ConnectivityInfo": {"PublicAccess": {"Type": "SERVICE_PROVIDED_EIPS"}}},\n "ClientAuthentication": {"Sasl": {"Iam": {"Enabled": true}}}}\n'
GOOD = '{"ClusterName": "c", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"],\n  "ConnectivityInfo": {"PublicAccess": {"Type": "DISABLED"}}},\n "ClientAuthentication": {"Sasl": {"Iam": {"Enabled": true}}}}\n'
SOURCES = [
    (
        "https://docs.aws.amazon.com/securityhub/latest/userguide/msk-controls.html#msk-4",
        "2026-12-03",
        "AWS Security Hub controls for Amazon MSK: [MSK.4] MSK clusters should have public access disabled (severity Critical, AWS Config rule msk-cluster-public-access-disabled)",
    ),
]


READS = (ClusterModel,)


def check(doc, ctx, options):
    model = doc.model
    if not model.serverless and model.public_access():
        yield Hit.at(
            place(model, "BrokerNodeGroupInfo/ConnectivityInfo/PublicAccess/Type"),
            "Security Hub MSK.4: public access is on",
            "set PublicAccess Type to DISABLED; reach the cluster through the VPC or multi-VPC connectivity",
        )
