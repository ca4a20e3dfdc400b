"""Client authentication needs encryption ("Updating security settings of a cluster"): SASL/IAM and
SASL/SCRAM need in-cluster encryption on and client-broker encryption TLS, or TLS_PLAINTEXT when
unauthenticated access is also on (the MSK API reference, ClientAuthentication.Sasl: "You must set
clientBroker to either TLS or TLS_PLAINTEXT. If you choose TLS_PLAINTEXT, then you must also set
unauthenticated to true": the plaintext listener serves the unauthenticated clients); mutual TLS needs TLS
or TLS_PLAINTEXT and in-cluster encryption on; only unauthenticated access may use PLAINTEXT alone. MSK
refuses other combinations. Defaults when left out: ClientBroker TLS, InCluster true ("Encryption in
transit"). SASL with TLS_PLAINTEXT and unauthenticated access on is accepted; its risk (plaintext,
unauthenticated access beside the authenticated listeners) is reported by C016 and C050."""

from msklint.findings import Hit
from msklint.packs.cluster.model import ClusterModel, place
from msklint.packs.cluster.security import ALLOWED, problems

CODE = "C015"
NAME = "authentication-needs-encryption"
SEVERITY = "error"
SUMMARY = "Client authentication method combined with encryption settings MSK does not allow"
GUIDE = "Updating security settings of a cluster"
BAD = '{"ClusterName": "c", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]},\n "ClientAuthentication": {"Sasl": {"Iam": {"Enabled": true}}},\n "EncryptionInfo": {"EncryptionInTransit": {"ClientBroker": "TLS_PLAINTEXT"}}}\n'
GOOD = '{"ClusterName": "c", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]},\n "ClientAuthentication": {"Sasl": {"Iam": {"Enabled": true}}},\n "EncryptionInfo": {"EncryptionInTransit": {"ClientBroker": "TLS"}}}\n'

SOURCES = [
    (
        "https://docs.aws.amazon.com/msk/1.0/apireference/clusters-clusterarn-security.html#ClientAuthentication",
        "2026-12-03",
        "Amazon MSK API Reference, ClientAuthentication.Sasl (text as carried by the CloudFormation/CDK "
        "reference, docs.aws.amazon.com/cdk/api/v1/docs/@aws-cdk_aws-msk.CfnCluster.ClientAuthenticationProperty.html)",
    ),
    (
        "https://docs.aws.amazon.com/msk/latest/developerguide/msk-update-security.html",
        "2026-12-03",
        "Update security settings of an Amazon MSK cluster (table unchanged from the seed edition)",
    ),
]
CHANGED = (
    "The guide's table (seed and current) lists only TLS for SASL/IAM and SASL/SCRAM; the API reference also "
    "accepts TLS_PLAINTEXT when unauthenticated access is on, so that combination is no longer an error here."
)


READS = (ClusterModel,)


def check(doc, ctx, options):
    model = doc.model
    if model.serverless:
        return
    auth = {method: model.auth(method) for method in (*ALLOWED, "unauthenticated")}
    for path, message, hint in problems(auth, model.client_broker(), model.in_cluster()):
        yield Hit.at(place(model, path), message, hint)
