"""A topic asks for more replicas than the cluster has brokers. Kafka cannot place two replicas of a
partition on one broker, so creating the topic fails (InvalidReplicationFactorException); the guide says the
same of the internal topics ("Internal topic creation fails until the cluster size meets this replication
factor requirement", `offsets.topic.replication.factor` in "Custom MSK configurations"). Needs the broker
count (`--brokers`, `[cluster] brokers`, or a cluster definition); silent without it and on serverless.
"""

from msklint.findings import Hit
from msklint.topic_config import anchor, effective_replication_factor

CODE = "T011"
NAME = "replication-factor-above-brokers"
SEVERITY = "error"
SUMMARY = "replication factor is larger than the number of brokers"
GUIDE = "Custom MSK configurations"
BAD = "# msklint check --brokers 3\ntopics:\n  - name: orders\n    partitions: 6\n    replication_factor: 4\n"
GOOD = (
    "# msklint check --brokers 3\ntopics:\n  - name: orders\n    partitions: 6\n    replication_factor: 3\n"
)


def check(doc, ctx, options):
    brokers = ctx.cluster.brokers
    if brokers is None or ctx.cluster.serverless:
        return
    for topic in doc.model.topics:
        replicas, source = effective_replication_factor(topic, ctx)
        if replicas is None or replicas <= brokers:
            continue
        inherited = "" if source == "topic" else f" (default.replication.factor from the {source})"
        where = anchor(topic, "replication_factor")
        yield Hit.at(
            where,
            f"topic '{topic.name}': replication factor {replicas}{inherited} needs {replicas} brokers; "
            f"the cluster has {brokers}",
            f"use a replication factor of at most {brokers}, or add brokers",
        )
