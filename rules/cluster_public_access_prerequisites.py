"""Public access needs ("Public access"): Kafka 2.6.0 or later; unauthenticated access off and at least one
of SASL/IAM, SASL/SCRAM, mTLS on; in-cluster encryption on (and it cannot be turned on after creation, so a
cluster created without it can never be public); plaintext between clients and brokers off (ClientBroker
TLS). Public access is not offered on kafka.t3.small brokers in MSK's console and API either, but the guide
does not say so, so that is not checked."""

from msklint.findings import Hit
from msklint.packs.cluster.model import ClusterModel, place
from msklint.packs.cluster.public_access import PUBLIC, problems

CODE = "C018"
NAME = "public-access-prerequisites"
SEVERITY = "error"
SUMMARY = "Public access is on but the cluster does not meet its prerequisites"
GUIDE = "Public access"
BAD = 'resource "aws_msk_cluster" "c" {\n  cluster_name = "c"\n  kafka_version = "3.6.0"\n  number_of_broker_nodes = 3\n  broker_node_group_info {\n    instance_type = "kafka.m5.large"\n    client_subnets = ["subnet-a", "subnet-b", "subnet-c"]\n    connectivity_info {\n      public_access {\n        type = "SERVICE_PROVIDED_EIPS"\n      }\n    }\n  }\n}\n'
GOOD = 'resource "aws_msk_cluster" "c" {\n  cluster_name = "c"\n  kafka_version = "3.6.0"\n  number_of_broker_nodes = 3\n  broker_node_group_info {\n    instance_type = "kafka.m5.large"\n    client_subnets = ["subnet-a", "subnet-b", "subnet-c"]\n    connectivity_info {\n      public_access {\n        type = "SERVICE_PROVIDED_EIPS"\n      }\n    }\n  }\n  client_authentication {\n    sasl {\n      iam = true\n    }\n  }\n}\n'


READS = (ClusterModel,)


def check(doc, ctx, options):
    model = doc.model
    if model.serverless or not model.public_access():
        return
    auth = {m: model.auth(m) for m in ("iam", "scram", "tls", "unauthenticated")}
    for path, message, hint in problems(model.kafka_version, auth, model.client_broker(), model.in_cluster()):
        yield Hit.at(place(model, path if model.node(path) is not None else PUBLIC), message, hint)
