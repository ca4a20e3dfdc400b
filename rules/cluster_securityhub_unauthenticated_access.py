"""Security Hub control [MSK.6] "MSK clusters should disable unauthenticated access" (severity Medium): it
fails when unauthenticated access is on, also beside SASL/IAM, SASL/SCRAM or mutual TLS, and for a cluster
created without ClientAuthentication (MSK's default is unauthenticated access). Opt-in (rule group S);
rule C050 warns about the same settings by the guide's reasoning."""

from msklint.findings import Hit
from msklint.packs.cluster.model import ClusterModel, place

CODE = "S006"
NAME = "securityhub-msk-6-unauthenticated-access"
SEVERITY = "warning"
SUMMARY = "Security Hub MSK.6: unauthenticated access must be off"
GUIDE = "Authentication and authorization for Apache Kafka APIs"
BAD = '{"ClusterName": "c", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]},\n "ClientAuthentication": {"Unauthenticated": {"Enabled": true}}}\n'
GOOD = '{"ClusterName": "c", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]},\n "ClientAuthentication": {"Sasl": {"Iam": {"Enabled": true}}}}\n'
SOURCES = [
    (
        "https://docs.aws.amazon.com/securityhub/latest/userguide/msk-controls.html#msk-6",
        "2026-12-03",
        "AWS Security Hub controls for Amazon MSK: [MSK.6] MSK clusters should disable unauthenticated access (severity Medium, AWS Config rule msk-unrestricted-access-check)",
    ),
]


READS = (ClusterModel,)


def check(doc, ctx, options):
    model = doc.model
    if not model.serverless and model.auth("unauthenticated"):
        given = model.node("ClientAuthentication") is not None
        yield Hit.at(
            place(model, "ClientAuthentication/Unauthenticated"),
            "Security Hub MSK.6: unauthenticated access is on" + ("" if given else " (MSK's default)"),
            "turn off unauthenticated access and use SASL/IAM, SASL/SCRAM or mutual TLS",
        )
