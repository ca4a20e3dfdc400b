"""Security Hub control [MSK.1] "MSK clusters should be encrypted in transit among broker nodes" (severity
Medium): it fails when plaintext is enabled between the brokers of a cluster, i.e. EncryptionInTransit
InCluster false. MSK encrypts between brokers by default ("Encryption in transit"), and the setting cannot
be changed after creation. Opt-in (rule group S, `select = ["S"]`); rule C016 already warns about it for
unauthenticated clusters."""

from msklint.findings import Hit
from msklint.packs.cluster.model import ClusterModel, place

CODE = "S001"
NAME = "securityhub-msk-1-in-cluster-encryption"
SEVERITY = "warning"
SUMMARY = "Security Hub MSK.1: brokers must encrypt traffic among themselves (InCluster true)"
GUIDE = "Encryption in transit"
BAD = '{"ClusterName": "c", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]},\n "ClientAuthentication": {"Sasl": {"Iam": {"Enabled": true}}},\n "EncryptionInfo": {"EncryptionInTransit": {"InCluster": false}}}\n'
GOOD = '{"ClusterName": "c", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]},\n "ClientAuthentication": {"Sasl": {"Iam": {"Enabled": true}}}}\n'
SOURCES = [
    (
        "https://docs.aws.amazon.com/securityhub/latest/userguide/msk-controls.html#msk-1",
        "2026-12-03",
        "AWS Security Hub controls for Amazon MSK: [MSK.1] MSK clusters should be encrypted in transit among broker nodes (severity Medium, AWS Config rule msk-in-cluster-node-require-tls)",
    ),
]


READS = (ClusterModel,)


def check(doc, ctx, options):
    model = doc.model
    if not model.serverless and model.in_cluster() is False:
        yield Hit.at(
            place(model, "EncryptionInfo/EncryptionInTransit/InCluster"),
            "Security Hub MSK.1: in-cluster encryption is off, brokers replicate in plaintext",
            "set InCluster to true (only possible when the cluster is created)",
        )
