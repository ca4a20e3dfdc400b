"""update-security ("Updating security settings of a cluster"): the authentication and client-broker
encryption the cluster will have must form a combination MSK allows (rule C015: IAM and SCRAM need TLS, or
TLS_PLAINTEXT with unauthenticated access on; mTLS needs TLS or TLS_PLAINTEXT; all need in-cluster encryption
on), and the in-cluster (broker-to-broker)
encryption setting cannot be changed. Methods the request does not mention keep the cluster's current
setting (from --current)."""

from msklint.findings import Hit
from msklint.loaders.update import UpdateRequest, current_cluster, merged_auth
from msklint.packs.cluster.model import place
from msklint.packs.cluster.security import problems

CODE = "U011"
NAME = "update-security-combination"
SEVERITY = "error"
SUMMARY = "update-security would leave an authentication/encryption combination MSK refuses"
GUIDE = "Updating security settings of a cluster"
BAD = '{"ClusterArn": "arn:aws:kafka:us-east-1:123456789012:cluster/demo/abcd-1", "CurrentVersion": "K1",\n "ClientAuthentication": {"Sasl": {"Scram": {"Enabled": true}}},\n "EncryptionInfo": {"EncryptionInTransit": {"ClientBroker": "TLS_PLAINTEXT"}}}\n'
GOOD = '{"ClusterArn": "arn:aws:kafka:us-east-1:123456789012:cluster/demo/abcd-1", "CurrentVersion": "K1",\n "ClientAuthentication": {"Sasl": {"Scram": {"Enabled": true}}},\n "EncryptionInfo": {"EncryptionInTransit": {"ClientBroker": "TLS"}}}\n'

IN_CLUSTER = "EncryptionInfo/EncryptionInTransit/InCluster"
CLIENT_BROKER = "EncryptionInfo/EncryptionInTransit/ClientBroker"


def check(doc, ctx, options):
    model = doc.model
    if not isinstance(model, UpdateRequest) or model.operation != "UpdateSecurity":
        return
    current = current_cluster(ctx)
    auth = merged_auth(model, current)
    asked = model.value(CLIENT_BROKER)
    client_broker = asked if isinstance(asked, str) else (current.client_broker() if current else None)
    in_cluster = current.in_cluster() if current else None
    wanted = model.value(IN_CLUSTER)
    if isinstance(wanted, bool) and (in_cluster is None or wanted != in_cluster):
        shown = f" (it is {str(in_cluster).lower()})" if in_cluster is not None else ""
        yield Hit.at(
            place(model, IN_CLUSTER),
            f"in-cluster encryption cannot be changed after creation{shown}",
            "remove InCluster from the request",
        )
    for path, message, hint in problems(auth, client_broker, in_cluster):
        yield Hit.at(
            place(model, path if model.node(path) is not None else "ClientAuthentication"), message, hint
        )
