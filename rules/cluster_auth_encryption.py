"""Client authentication needs encryption, as the table in "Updating security settings of a cluster"
states: SASL/IAM and SASL/SCRAM need client-broker encryption TLS and in-cluster encryption on; mutual TLS
needs TLS or TLS_PLAINTEXT and in-cluster encryption on; only unauthenticated access may use PLAINTEXT.
MSK refuses other combinations. Defaults when left out: ClientBroker TLS, InCluster true ("Encryption in
transit")."""

from msklint.loaders.cluster import ClusterModel, hit
from msklint.packs.cluster.security import ALLOWED, problems

CODE = "C015"
NAME = "authentication-needs-encryption"
SEVERITY = "error"
SUMMARY = "Client authentication method combined with encryption settings MSK does not allow"
GUIDE = "Updating security settings of a cluster"
BAD = '{"ClusterName": "c", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]},\n "ClientAuthentication": {"Sasl": {"Iam": {"Enabled": true}}},\n "EncryptionInfo": {"EncryptionInTransit": {"ClientBroker": "TLS_PLAINTEXT"}}}\n'
GOOD = '{"ClusterName": "c", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]},\n "ClientAuthentication": {"Sasl": {"Iam": {"Enabled": true}}},\n "EncryptionInfo": {"EncryptionInTransit": {"ClientBroker": "TLS"}}}\n'


def check(doc, ctx, options):
    model = doc.model
    if not isinstance(model, ClusterModel) or model.serverless:
        return
    auth = {method: model.auth(method) for method in ALLOWED}
    for path, message, hint in problems(auth, model.client_broker(), model.in_cluster()):
        yield hit(model, path, message, hint)
