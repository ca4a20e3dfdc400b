"""Every MSK Kafka version is supported until its end-of-support date ("Supported Apache Kafka versions");
after it, MSK auto-upgrades the cluster to the recommended version, and MSK phases out new clusters on
versions with a published end-of-support date ("Amazon MSK version support policy"). Warning while the
date is ahead, error once it has passed; the message gives the date. Today's date is the system's; the
`today` option (YYYY-MM-DD) fixes it (tests, reproducible CI)."""

import datetime

from msklint.loaders.cluster import hit_node, kafka_version_nodes
from msklint.msk import KAFKA_VERSIONS, RECOMMENDED_KAFKA_VERSION, known_kafka_version
from msklint.options import Option

CODE = "C012"
NAME = "kafka-version-end-of-support"
SEVERITY = "warning"
SUMMARY = "Kafka version has reached, or has a published date for, end of support"
GUIDE = "Amazon MSK version support policy"
OPTIONS = {
    "today": Option(
        str,
        "",
        "the date to judge end of support by (YYYY-MM-DD; default: today)",
        r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])",
    )
}
BAD = '{"ClusterName": "c", "KafkaVersion": "2.8.1", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]}}\n'
GOOD = '{"ClusterName": "c", "KafkaVersion": "3.5.1", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]}}\n'


def check(doc, ctx, options):
    today = datetime.date.fromisoformat(options["today"]) if options["today"] else datetime.date.today()
    for node in kafka_version_nodes(doc.model):
        version = known_kafka_version(node.value)
        end = KAFKA_VERSIONS.get(version) if version else None
        if end is None:
            continue
        hint = f"upgrade to {RECOMMENDED_KAFKA_VERSION} (recommended) or later"
        if datetime.date.fromisoformat(end) <= today:
            yield hit_node(node, f"Kafka {node.value} reached end of support on {end}", hint, "error")
        else:
            yield hit_node(node, f"Kafka {node.value} reaches end of support on {end}", hint)
