"""The topic file declares a different replication factor than the topic has on the cluster. No topic
configuration update changes it: Kafka needs a partition reassignment that adds or removes replicas on
brokers ("Reassign partitions"), and tools that apply the file may instead delete and re-create the
topic. Plan and run the reassignment (msklint rebalance), then update the file to match."""

from msklint.findings import Hit
from msklint.live import pairs

CODE = "L002"
NAME = "replication-factor-change"
SEVERITY = "error"
SUMMARY = "declared replication factor differs from the live topic's; that needs a partition reassignment"
GUIDE = "Reassign partitions"
EXAMPLE_FILE = "topics.yaml"
BAD = "topics: [{name: orders, partitions: 1, replication_factor: 3}]\n"
GOOD = "topics: [{name: orders, partitions: 1, replication_factor: 2}]\n"
BAD_FILES = {
    "live.json": (
        '{"msklint_live": 1, "bootstrap": "b-1.example:9092",\n'
        ' "brokers": [{"id": 1, "rack": "use1-az1"}, {"id": 2, "rack": "use1-az2"}, {"id": 3, "rack": "use1-az4"}],\n'
        ' "topics": [\n'
        '  {"name": "orders", "partitions": [{"replicas": [1, 2]}]}\n'
        " ]}\n"
    )
}
GOOD_FILES = BAD_FILES


def check_all(docs, ctx, options):
    for _, document, topic, live in pairs(docs, ctx):
        wanted = topic.replicas
        if wanted is not None and wanted != live.replication_factor:
            setting = topic.replication_factor
            yield (
                document,
                Hit.at(
                    setting,
                    f"topic '{topic.name}' declares replication factor {wanted} but has {live.replication_factor} "
                    "on the cluster; a topic update cannot change it",
                    "change it with a partition reassignment (`msklint rebalance`), then declare the new value",
                ),
            )
