"""The Kafka version must be one MSK offers ("Supported Apache Kafka versions"; `3.7.x.kraft` from
"KRaft mode"). The guide writes `2.8.2-tiered`, the API `2.8.2.tiered`: both are accepted. A configuration
(AWS::MSK::Configuration, aws_msk_configuration, create-configuration) is checked for each version it lists.
Versions that exist in Apache Kafka but not in MSK (3.6.1, 3.5.2, ...) are errors: MSK's API refuses them.
A version above the newest the guide lists (3.8.x, 3.9.x) is only a warning: MSK releases versions after
this edition of the guide was written."""

from msklint.loaders.cluster import hit_node, kafka_version_nodes
from msklint.msk import KAFKA_VERSIONS, known_kafka_version, newer_than_guide

CODE = "C010"
NAME = "kafka-version-supported"
SEVERITY = "error"
SUMMARY = "Kafka version is not one Amazon MSK supports"
GUIDE = "Supported Apache Kafka versions"
BAD = '{"ClusterName": "c", "KafkaVersion": "3.6.1", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]}}\n'
GOOD = '{"ClusterName": "c", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]}}\n'


def check(doc, ctx, options):
    for node in kafka_version_nodes(doc.model):
        if known_kafka_version(node.value) is None and newer_than_guide(node.value):
            yield hit_node(
                node,
                f"Kafka version '{node.value}' is newer than the versions this guide lists (up to 3.7.x)",
                "check that MSK offers it: aws kafka list-kafka-versions",
                "warning",
            )
        elif known_kafka_version(node.value) is None and node.value.strip() != "2.4.1":
            yield hit_node(
                node, f"Kafka version '{node.value}' is not offered by Amazon MSK", _hint(node.value)
            )


def _hint(text: str) -> str:
    prefix = ".".join(text.split(".")[:2])
    close = [v for v in KAFKA_VERSIONS if v.startswith(prefix + ".")]
    return f"use one of {', '.join(close)}" if close else "use 3.5.1 (recommended), 3.6.0 or 3.7.x"
