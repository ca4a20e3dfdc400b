"""The topic file declares fewer partitions than the topic has on the cluster. Kafka can only add
partitions (CreatePartitions); it cannot remove them, so the update fails, and a tool that "fixes" it by
deleting and re-creating the topic loses every record in it. The guide leaves topic changes to the Apache
Kafka documentation ("Topic-level configuration"); this is Kafka's own constraint."""

from msklint.findings import Hit
from msklint.live import pairs

CODE = "L001"
NAME = "partition-count-decrease"
SEVERITY = "error"
SUMMARY = "declared partition count is lower than the live topic's; Kafka cannot remove partitions"
GUIDE = "Topic-level configuration"
URL = "https://kafka.apache.org/documentation/#basic_ops_modify_topic"
BAD = "topics: [{name: orders, partitions: 6}]   # live: orders has 12 partitions\n"
GOOD = "topics: [{name: orders, partitions: 12}]  # live: orders has 12 partitions\n"


def check_all(docs, ctx, options):
    for _, document, topic, live in pairs(docs, ctx):
        wanted = topic.partition_count
        if wanted is not None and wanted < len(live.partitions):
            setting = topic.partitions
            yield (
                document,
                Hit.at(
                    setting,
                    f"topic '{topic.name}' declares {wanted} partitions but has {len(live.partitions)} on the "
                    "cluster; Kafka cannot remove partitions",
                    f"declare {len(live.partitions)} partitions (or more), or create a new topic and migrate to it",
                ),
            )
