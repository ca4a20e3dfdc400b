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
EXAMPLE_FILE = "topics.yaml"
BAD = "topics: [{name: orders, partitions: 2, replication_factor: 3}]\n"
GOOD = "topics: [{name: orders, partitions: 3, replication_factor: 3}]\n"
BAD_FILES = {
    "live.json": (
        '{"msklint_live": 1, "bootstrap": "b-1.example:9092",\n'
        ' "brokers": [{"id": 1, "rack": "use1-az1"}, {"id": 2, "rack": "use1-az2"}, {"id": 3, "rack": "use1-az4"}],\n'
        ' "topics": [\n'
        '  {"name": "orders", "partitions": [{"replicas": [1, 2, 3]}, {"replicas": [2, 3, 1]}, {"replicas": [3, 1, 2]}]}\n'
        " ]}\n"
    )
}
GOOD_FILES = BAD_FILES


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
