"""A cluster can use a configuration only when the configuration's Kafka versions include the cluster's
version: MSK's CreateCluster and UpdateClusterConfiguration refuse it otherwise. The guide shows the
versions a configuration is made for (`--kafka-versions`, "To create an MSK configuration") but does not
spell the rule out; the API does. Checked when the configuration is defined in the same file."""

from msklint.findings import Hit
from msklint.msk import canonical_kafka_version
from msklint.packs.cluster.model import ClusterModel, place
from msklint.syntax import UNKNOWN

CODE = "C024"
NAME = "configuration-kafka-versions"
SEVERITY = "error"
SUMMARY = "The cluster's Kafka version is not among its configuration's Kafka versions"
GUIDE = "Creating a cluster with a custom Amazon MSK configuration using the AWS CLI"
BAD = 'resource "aws_msk_configuration" "conf" {\n  name = "conf"\n  kafka_versions = ["2.6.1"]\n  server_properties = "auto.create.topics.enable = true"\n}\n\nresource "aws_msk_cluster" "c" {\n  cluster_name = "c"\n  kafka_version = "3.5.1"\n  number_of_broker_nodes = 3\n  broker_node_group_info {\n    instance_type = "kafka.m5.large"\n    client_subnets = ["subnet-a", "subnet-b", "subnet-c"]\n  }\n  configuration_info {\n    arn = aws_msk_configuration.conf.arn\n    revision = 1\n  }\n}\n'
GOOD = BAD.replace('["2.6.1"]', '["3.5.1"]')


READS = (ClusterModel,)


def check(doc, ctx, options):
    model = doc.model
    if model.configuration is None:
        return
    versions = model.configuration.kafka_versions
    version = model.string("KafkaVersion")
    if versions is None or version is None or any(v.tag == UNKNOWN for v in versions):
        return
    listed = {canonical_kafka_version(v.value) for v in versions if isinstance(v.value, str)}
    if versions and canonical_kafka_version(version) not in listed:
        yield Hit.at(
            place(model, "ConfigurationInfo"),
            f"Kafka {version} is not among the configuration's versions ({', '.join(sorted(listed))})",
            f"add {version} to the configuration's Kafka versions, or create a configuration for it",
        )
