"""Multi-VPC private connectivity ("Requirements and limitations for multi-VPC private connectivity") needs
Kafka 2.7.1 or later, is not available on kafka.t3.small, supports the IAM, SASL/SCRAM and TLS auth schemes
only (unauthenticated clusters can't use it; "the unauthenticated auth type is not supported when multi-VPC is
turned on", so unauthenticated access must be off), and each scheme turned on for VPC connectivity must be one the
cluster has turned on ("Step 1: ... turn on multi-VPC connectivity ... for any auth schemes that will be
active on the cluster")."""

from msklint.findings import Hit
from msklint.packs.cluster.model import ClusterModel, place
from msklint.packs.cluster.multi_vpc import SCHEMES, problems, vpc_schemes

CODE = "C019"
NAME = "multi-vpc-prerequisites"
SEVERITY = "error"
SUMMARY = "Multi-VPC private connectivity is on but the cluster does not meet its requirements"
GUIDE = "Requirements and limitations for multi-VPC private connectivity"
BAD = '{"ClusterName": "c", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 3,\n "ClientAuthentication": {"Sasl": {"Iam": {"Enabled": true}}},\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.t3.small", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"],\n  "ConnectivityInfo": {"VpcConnectivity": {"ClientAuthentication": {"Sasl": {"Iam": {"Enabled": true}}}}}}}\n'
GOOD = '{"ClusterName": "c", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 3,\n "ClientAuthentication": {"Sasl": {"Iam": {"Enabled": true}}},\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"],\n  "ConnectivityInfo": {"VpcConnectivity": {"ClientAuthentication": {"Sasl": {"Iam": {"Enabled": true}}}}}}}\n'


READS = (ClusterModel,)


def check(doc, ctx, options):
    model = doc.model
    if model.serverless:
        return
    schemes = vpc_schemes(model)
    if not schemes:
        return
    auth = {m: model.auth(m) for m in (*SCHEMES, "unauthenticated")}
    for path, message, hint in problems(model, model.kafka_version, model.broker_type, schemes, auth):
        yield Hit.at(place(model, path), message, hint)
