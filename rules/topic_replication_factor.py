"""A topic's replication factor is too low for the cluster to stay available and durable while MSK
patches, resizes or replaces brokers one at a time ("Build highly available clusters": RF at least 3;
"a RF of 1 can lead to offline partitions during a rolling update; and a RF of 2 may lead to data loss").

The guide contradicts itself on two-AZ clusters: "Best practices for version upgrades" asks for RF of at
least 2 on two-AZ clusters and 3 on three-AZ clusters. msklint follows both where they agree:
- RF 1: error on any MSK cluster (provisioned clusters always span 2 or 3 Availability Zones);
- RF 2: warning on three-AZ clusters; accepted on two-AZ clusters (the most a two-AZ layout is asked for);
  silent when the zone count is unknown.
A topic that does not set its replication factor gets the broker's `default.replication.factor` (from a
broker configuration in the same run, else MSK's default: 3 on three-AZ and 2 on two-AZ clusters). Silent
on serverless clusters (MSK manages replication) and for clusters declared single-AZ (`zones = 1`, tests).
"""

from msklint.findings import Hit
from msklint.topic_config import anchor, effective_replication_factor

CODE = "T010"
NAME = "replication-factor-low"
SEVERITY = "warning"
SUMMARY = "replication factor below 3 (RF 1 goes offline during rolling updates, RF 2 may lose data)"
GUIDE = "Build highly available clusters"
BAD = "topics:\n  - name: orders\n    partitions: 6\n    replication_factor: 1\n"
GOOD = "topics:\n  - name: orders\n    partitions: 6\n    replication_factor: 3\n"


def check(doc, ctx, options):
    zones = ctx.cluster.zones
    if ctx.cluster.serverless or zones == 1:
        return
    for topic in doc.model.topics:
        replicas, source = effective_replication_factor(topic, ctx)
        if replicas is None or replicas < 1 or replicas >= 3:
            continue
        inherited = "" if source == "topic" else f" (default.replication.factor from the {source})"
        where = anchor(topic, "replication_factor")
        if replicas == 1:
            yield Hit.at(
                where,
                f"topic '{topic.name}': replication factor 1{inherited}: partitions go offline while a broker "
                "is patched or replaced",
                "use a replication factor of 3 (2 at least on a two-AZ cluster)",
                severity="error",
            )
        elif zones == 3:
            yield Hit.at(
                where,
                f"topic '{topic.name}': replication factor 2{inherited} on a three-AZ cluster may lose data "
                "during rolling updates",
                "use a replication factor of 3 with min.insync.replicas=2",
            )
