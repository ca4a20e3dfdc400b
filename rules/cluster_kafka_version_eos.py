"""Every MSK Kafka version is supported until its end-of-support date ("Supported Apache Kafka versions");
after it, MSK auto-upgrades the cluster to the recommended version, and MSK phases out new clusters on
versions with a published end-of-support date ("Amazon MSK version support policy").

A new cluster on a version past its end of support is an error; an existing one (describe-cluster output)
a warning. A date within 90 days is a warning, a published date further ahead is info. The dates are the
current guide's (tools/msk_facts); the day is today's, or `msklint check --today YYYY-MM-DD` /
MSKLINT_TODAY, or this rule's `today` option, for reproducible CI."""

import datetime

from msklint.findings import Hit
from msklint.msk import PAGE_VERSION_SUPPORT, PAGE_VERSIONS, facts, support_status, today
from msklint.options import Option
from msklint.packs.cluster.model import kafka_version_nodes

CODE = "C012"
NAME = "kafka-version-end-of-support"
SEVERITY = "warning"
SUMMARY = "Kafka version has reached, or has a published date for, end of support"
GUIDE = "Amazon MSK version support policy"
SOURCES = [PAGE_VERSIONS, PAGE_VERSION_SUPPORT]
CHANGED = (
    "end-of-support dates of the current table: 2.8.2-tiered 2025-01-14 (the seed: none), 3.4.0 2025-08-04 "
    "(the seed: 2025-06-17), 3.5.1 2025-10-23 and 3.6.0 2026-06-01 (the seed: none); the recommended "
    "version is 3.8.x (the seed: 3.5.1). New: error only for new clusters, info beyond 90 days."
)
OPTIONS = {
    "today": Option(
        str,
        "",
        "the date to judge end of support by (YYYY-MM-DD; default: today)",
        r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])",
    )
}
BAD = '{"ClusterName": "c", "KafkaVersion": "3.5.1", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]}}\n'
GOOD = '{"ClusterName": "c", "KafkaVersion": "3.8.x", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]}}\n'


def check(doc, ctx, options):
    day = datetime.date.fromisoformat(options["today"]) if options["today"] else today()
    creating = getattr(doc.model, "creating", True)
    hint = f"upgrade to {facts()['recommended_kafka_version']} (recommended) or later"
    for node in kafka_version_nodes(doc.model):
        status = support_status(node.value, day)
        if status is None:
            continue
        state, end = status
        if state == "ended":
            severity = "error" if creating else "warning"
            yield Hit.at(node, f"Kafka {node.value} reached end of support on {end}", hint, severity)
        else:
            severity = "warning" if state == "soon" else "info"
            yield Hit.at(node, f"Kafka {node.value} reaches end of support on {end}", hint, severity)
