"""Who may connect: a provisioned cluster with no client authentication (unauthenticated access only, MSK's
default when ClientAuthentication is left out) lets every client that reaches a broker in as the anonymous
user, who may read and write every topic unless Kafka ACLs say otherwise (MSK's default
allow.everyone.if.no.acl.found=true); unauthenticated access turned on beside SASL/IAM, SASL/SCRAM or mutual TLS lets clients skip
them ("Authentication and authorization for Apache Kafka APIs": use IAM, mutual TLS or SASL/SCRAM to
authenticate clients, and IAM or Kafka ACLs to allow or deny actions). Both are warnings: MSK accepts them,
and a closed, private network may be the intended control.

Where the guide says unauthenticated access must be off it is an error: multi-VPC private connectivity
("Requirements and limitations for multi-VPC private connectivity": unauthenticated clusters can't use it;
"the unauthenticated auth type is not supported when multi-VPC is turned on"). Public access needs it off
too ("Public access"); rule C018 reports that, so this rule stays silent on public clusters. Serverless
clusters always use IAM."""

from msklint.loaders.cluster import ClusterModel, hit

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


def check(doc, ctx, options):
    model = doc.model
    if not isinstance(model, ClusterModel) or model.serverless or model.public_access() is not False:
        return
    auth = {method: model.auth(method) for method in (*LABELS, "unauthenticated")}
    if None in auth.values():
        return  # some setting is known only at deploy time
    used = [LABELS[m] for m in LABELS if auth[m]]
    where = (
        "ClientAuthentication/Unauthenticated"
        if model.node("ClientAuthentication")
        else "ClientAuthentication"
    )
    if auth["unauthenticated"] and any(model.auth(m, VPC_AUTH) for m in LABELS):
        yield hit(
            model,
            where,
            "unauthenticated access is on with multi-VPC private connectivity, which MSK does not support",
            "turn off unauthenticated access",
            severity="error",
        )
    elif auth["unauthenticated"] and used:
        yield hit(
            model,
            where,
            f"unauthenticated access is on beside {' and '.join(used)}: clients can skip authentication",
            "turn off unauthenticated access once clients use " + " or ".join(used),
        )
    elif not used:
        yield hit(
            model,
            where,
            "no client authentication: every client that reaches a broker is anonymous and can read and write "
            "every topic unless Kafka ACLs deny it",
            "turn on IAM access control (or SASL/SCRAM or mutual TLS) and turn off unauthenticated access",
        )
