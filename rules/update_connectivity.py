"""update-connectivity ("Public access", "Requirements and limitations for multi-VPC private connectivity"):
turning public access on needs Kafka 2.6.0 or later, unauthenticated access off and SASL/IAM, SASL/SCRAM or
mTLS on, in-cluster encryption on (a cluster created without it can never be public), and no plaintext
between clients and brokers; with SCRAM or mTLS, `allow.everyone.if.no.acl.found=false` and ACLs. Multi-VPC
connectivity needs Kafka 2.7.1 or later, no kafka.t3.small, and each scheme turned on in the cluster. The
cluster's settings come from --current; without it only what the request itself says is checked."""

from msklint.findings import Hit
from msklint.loaders.update import UpdateRequest, as_cluster, current_cluster
from msklint.packs.cluster.model import place
from msklint.packs.cluster.multi_vpc import SCHEMES
from msklint.packs.cluster.multi_vpc import problems as vpc_problems
from msklint.packs.cluster.public_access import problems as public_problems

CODE = "U010"
NAME = "update-connectivity-prerequisites"
SEVERITY = "error"
SUMMARY = "update-connectivity on a cluster that does not meet the prerequisites"
GUIDE = "Public access"
BAD = '{"ClusterArn": "arn:aws:kafka:us-east-1:123456789012:cluster/demo/abcd-1", "CurrentVersion": "K1",\n "ConnectivityInfo": {"PublicAccess": {"Type": "SERVICE_PROVIDED_EIPS"}}}\n'
GOOD = '{"ClusterArn": "arn:aws:kafka:us-east-1:123456789012:cluster/demo/abcd-1", "CurrentVersion": "K1",\n "ConnectivityInfo": {"PublicAccess": {"Type": "DISABLED"}}}\n'
BAD_FILES = {
    "current.json": '{"ClusterInfo": {"ClusterName": "demo", "State": "ACTIVE", "CurrentVersion": "K1",\n "CurrentBrokerSoftwareInfo": {"KafkaVersion": "3.6.0"}, "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large",\n  "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]},\n "ClientAuthentication": {"Unauthenticated": {"Enabled": true}}}}\n'
}  # describe-cluster output
GOOD_FILES = BAD_FILES

PUBLIC = "ConnectivityInfo/PublicAccess/Type"
VPC = "ConnectivityInfo/VpcConnectivity/ClientAuthentication"


def check(doc, ctx, options):
    model = doc.model
    if not isinstance(model, UpdateRequest) or model.operation != "UpdateConnectivity":
        return
    current = current_cluster(ctx)
    version = (current.kafka_version if current else None) or ctx.cluster.version
    auth = {m: current.auth(m) if current else None for m in ("iam", "scram", "tls", "unauthenticated")}
    client_broker = current.client_broker() if current else None
    in_cluster = current.in_cluster() if current else None
    if model.value(PUBLIC) == "SERVICE_PROVIDED_EIPS":
        for _, message, hint in public_problems(version, auth, client_broker, in_cluster):
            yield Hit.at(place(model, PUBLIC), message, hint)
        if current is not None and any(auth[m] for m in ("scram", "tls")):
            value, known = current.broker_property("allow.everyone.if.no.acl.found")
            if (
                known
                and (value is None or value.strip().lower() != "false")
                and current.format != "describe-cluster"
            ):
                yield Hit.at(
                    place(model, PUBLIC),
                    "public access with SCRAM/mTLS needs allow.everyone.if.no.acl.found=false",
                    "set Kafka ACLs, then set allow.everyone.if.no.acl.found=false in the configuration",
                )
    asked = as_cluster(model)
    schemes = [m for m in SCHEMES if asked.auth(m, VPC) is True]
    if schemes:
        size = (current.broker_type if current else None) or ctx.cluster.broker_type
        for _, message, hint in vpc_problems(asked, version, size, schemes, auth):
            yield Hit.at(place(model, VPC), message, hint)
