"""The Kafka version must be one MSK offers ("Supported Apache Kafka versions"). msklint knows the versions
of the current guide's table (tools/msk_facts, read on the date `msklint rule C010` shows) and the API's
spellings of them: `3.7.x`/`3.7.x.kraft` ("KRaft mode"), `3.8.x`, `3.9.x` and their `.kraft` forms, `4.0.x`
(the API's `4.0.x.kraft`), `4.1.x.kraft`. The guide writes `2.8.2-tiered`, the API `2.8.2.tiered`: both
are accepted. A configuration (AWS::MSK::Configuration, aws_msk_configuration, create-configuration) is
checked for each version it lists.

A version between versions of the table that the table does not list (3.6.1, 3.5.2: Apache Kafka has them,
MSK never offered them) is an error: the table lists every version MSK has offered. A well-formed version
newer than every version msklint knows is reported only as info, "not in msklint's data": MSK adds
versions after msklint's data was read, so msklint never claims such a version does not exist. End of
support is rule C012."""

from msklint.findings import Hit
from msklint.msk import (
    PAGE_CDK_VERSIONS,
    PAGE_KRAFT,
    PAGE_VERSIONS,
    facts,
    facts_as_of,
    newer_than_known,
    version_facts,
)
from msklint.packs.cluster.model import kafka_version_nodes

CODE = "C010"
NAME = "kafka-version-supported"
SEVERITY = "error"
SUMMARY = "Kafka version is not one Amazon MSK supports"
GUIDE = "Supported Apache Kafka versions"
SOURCES = [PAGE_VERSIONS, PAGE_KRAFT, PAGE_CDK_VERSIONS]
CHANGED = (
    "the seed's table ends at 3.7.x (3.5.1 recommended); the current one adds 3.8.x (recommended), 3.9.x and "
    "4.0.x, the API also takes 3.8.x.kraft, 3.9.x.kraft, 4.0.x.kraft and 4.1.x.kraft. Versions newer than "
    "msklint's data were a warning; now they are info."
)
BAD = '{"ClusterName": "c", "KafkaVersion": "3.6.1", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]}}\n'
GOOD = '{"ClusterName": "c", "KafkaVersion": "3.8.x", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]}}\n'


def check(doc, ctx, options):
    for node in kafka_version_nodes(doc.model):
        text = node.value.strip()
        if version_facts(text) is not None or text == "2.4.1":  # 2.4.1: rule C011
            continue
        if newer_than_known(text):
            yield Hit.at(
                node,
                f"Kafka version '{text}' is not in msklint's data (as of {facts_as_of()})",
                "check that MSK offers it: aws kafka list-kafka-versions",
                "info",
            )
        else:
            yield Hit.at(node, f"Kafka version '{text}' is not offered by Amazon MSK", _hint(text))


def _hint(text: str) -> str:
    prefix = ".".join(text.split(".")[:2])
    close = [v for v in facts()["kafka_versions"] if v.startswith(prefix + ".")]
    recommended = facts()["recommended_kafka_version"]
    return (
        f"use one of {', '.join(close)}" if close else f"use {recommended} (recommended) or a newer version"
    )
