"""Who may connect: a provisioned cluster with no client authentication (unauthenticated access only, MSK's
default when ClientAuthentication is left out) lets every client that reaches a broker in as the anonymous
user, who may read and write every topic unless Kafka ACLs say otherwise (MSK's default
allow.everyone.if.no.acl.found=true); unauthenticated access turned on beside SASL/IAM, SASL/SCRAM or mutual TLS lets clients skip
them ("Authentication and authorization for Apache Kafka APIs": use IAM, mutual TLS or SASL/SCRAM to
authenticate clients, and IAM or Kafka ACLs to allow or deny actions). Both are warnings: MSK accepts them,
and a closed, private network may be the intended control.

Where the guide says unauthenticated access must be off, it is an error of the feature's prerequisites
rule, and this rule stays silent: public access (C018, "Public access") and multi-VPC private connectivity
(C019, "Requirements and limitations for multi-VPC private connectivity": unauthenticated clusters can't use
it). Serverless clusters always use IAM."""

from msklint.findings import Hit
from msklint.packs.cluster.model import ClusterModel, place

CODE = "C050"
NAME = "client-authentication"
SEVERITY = "warning"
SUMMARY = "No client authentication, or unauthenticated access beside IAM/SCRAM/mTLS"
GUIDE = "Authentication and authorization for Apache Kafka APIs"
BAD = '{"ClusterName": "c", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]},\n "ClientAuthentication": {"Sasl": {"Iam": {"Enabled": true}}, "Unauthenticated": {"Enabled": true}}}\n'
GOOD = '{"ClusterName": "c", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]},\n "ClientAuthentication": {"Sasl": {"Iam": {"Enabled": true}}}}\n'
SOURCES = [
    (
        "https://docs.aws.amazon.com/msk/latest/developerguide/kafka_apis_iam.html",
        "2026-12-03",
        "Authentication and authorization for Apache Kafka APIs",
    ),
    (
        "https://docs.aws.amazon.com/securityhub/latest/userguide/msk-controls.html#msk-6",
        "2026-12-03",
        "Security Hub [MSK.6] MSK clusters should disable unauthenticated access (the opt-in S006)",
    ),
]

LABELS = {"iam": "SASL/IAM", "scram": "SASL/SCRAM", "tls": "mutual TLS"}
VPC_AUTH = "BrokerNodeGroupInfo/ConnectivityInfo/VpcConnectivity/ClientAuthentication"


READS = (ClusterModel,)


def check(doc, ctx, options):
    model = doc.model
    if model.serverless or model.public_access() is not False:
        return
    if any(model.auth(m, VPC_AUTH) for m in LABELS):
        return  # multi-VPC connectivity: C019 requires unauthenticated access off
    auth = {method: model.auth(method) for method in (*LABELS, "unauthenticated")}
    if None in auth.values():
        return  # some setting is known only at deploy time
    used = [LABELS[m] for m in LABELS if auth[m]]
    where = (
        "ClientAuthentication/Unauthenticated"
        if model.node("ClientAuthentication")
        else "ClientAuthentication"
    )
    if auth["unauthenticated"] and used:
        yield Hit.at(
            place(model, where),
            f"unauthenticated access is on beside {' and '.join(used)}: clients can skip authentication",
            "turn off unauthenticated access once clients use " + " or ".join(used),
        )
    elif not used:
        yield Hit.at(
            place(model, where),
            "no client authentication: every client that reaches a broker is anonymous and can read and write "
            "every topic unless Kafka ACLs deny it",
            "turn on IAM access control (or SASL/SCRAM or mutual TLS) and turn off unauthenticated access",
        )
