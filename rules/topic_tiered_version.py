"""A topic turns on tiered storage on a Kafka version that doesn't have it. "Tiered storage requirements":
the cluster must run Apache Kafka 3.6.0 or later, or 2.8.2.tiered. Needs the Kafka version
(`--kafka-version`, `[cluster] kafka_version` or a cluster definition); silent without it. The guide's
client-version requirement (3.0.0 or later to create a tiered topic with kafka-topics.sh) concerns the tool
a person runs, not the topic definition, and is not checked.
"""

from msklint.findings import Hit
from msklint.topic_config import remote_storage_enabled

CODE = "T021"
NAME = "tiered-storage-kafka-version"
SEVERITY = "error"
SUMMARY = "tiered storage needs Kafka 3.6.0 or later, or 2.8.2.tiered"
GUIDE = "Tiered storage requirements"
BAD = "# msklint check --kafka-version 3.5.1\ntopics:\n  - name: archive\n    config:\n      remote.storage.enable: 'true'\n      retention.ms: '604800000'\n"
GOOD = "# msklint check --kafka-version 3.6.0\ntopics:\n  - name: archive\n    config:\n      remote.storage.enable: 'true'\n      retention.ms: '604800000'\n"


def check(doc, ctx, options):
    version = ctx.cluster.version
    if version is None or version.supports_tiered_storage():
        return
    for topic in doc.model.topics:
        if remote_storage_enabled(topic):
            setting = topic.config["remote.storage.enable"]
            yield Hit.at(
                setting,
                f"topic '{topic.name}': tiered storage needs Kafka 3.6.0 or later (or 2.8.2.tiered); "
                f"the cluster runs {version.text}",
                "upgrade the cluster (aws kafka update-cluster-kafka-version --target-kafka-version 3.6.0)",
            )
