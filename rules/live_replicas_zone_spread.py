"""Partitions whose replicas sit in fewer Availability Zones than they could: with replication factor 3
on a three-AZ cluster every replica should be in a different zone, so that losing a zone leaves the
partition available ("Build highly available clusters": a three-AZ cluster and RF at least 3). Kafka
places replicas rack-aware at creation (MSK sets broker.rack to the AZ), but manual assignments,
reassignments and broker replacements can undo that. A partition is flagged when its replicas cover
fewer distinct racks than min(replication factor, zones in the cluster). Silent when any broker has no
rack (the zones are then unknown)."""

from msklint.findings import Hit
from msklint.live import document_at, listed

CODE = "L010"
NAME = "replicas-not-zone-spread"
SEVERITY = "warning"
SUMMARY = "partition replicas are not spread across the cluster's Availability Zones"
GUIDE = "Build highly available clusters"
BAD = (
    '{"msklint_live": 1, "bootstrap": "b-1.example:9092",\n'
    ' "brokers": [{"id": 1, "rack": "use1-az1"}, {"id": 2, "rack": "use1-az2"}, {"id": 3, "rack": "use1-az4"},\n'
    '             {"id": 4, "rack": "use1-az1"}],\n'
    ' "topics": [\n'
    '  {"name": "orders", "partitions": [{"replicas": [1, 4, 2]}]}\n'
    " ]}\n"
)
GOOD = (
    '{"msklint_live": 1, "bootstrap": "b-1.example:9092",\n'
    ' "brokers": [{"id": 1, "rack": "use1-az1"}, {"id": 2, "rack": "use1-az2"}, {"id": 3, "rack": "use1-az4"},\n'
    '             {"id": 4, "rack": "use1-az1"}],\n'
    ' "topics": [\n'
    '  {"name": "orders", "partitions": [{"replicas": [1, 2, 3]}]}\n'
    " ]}\n"
)


def check_all(docs, ctx, options):
    for live_document in docs:
        cluster = live_document.model
        racks = cluster.racks
        if not racks or not all(racks.values()):
            continue
        zones = len(set(racks.values()))
        for live in cluster.topics:
            crowded = []
            for number, partition in live.partitions.items():
                if any(replica not in racks for replica in partition.replicas):
                    continue  # a replica on a broker that is gone: the under-replicated rule reports it
                covered = {racks[replica] for replica in partition.replicas}
                if len(covered) < min(len(partition.replicas), zones):
                    crowded.append(number)
            if not crowded:
                continue
            document = document_at(ctx, cluster.topic_path(live.name)) or live_document
            first = live.partitions[crowded[0]]
            where = ", ".join(racks[r] for r in first.replicas)
            yield (
                document,
                Hit(
                    1,
                    1,
                    "replicas",
                    f"{len(crowded)} of {len(live.partitions)} partitions keep replicas in the same zone: "
                    f"{listed(crowded, live.name)} (e.g. {live.name}-{crowded[0]} on {where})",
                    "reassign the replicas so each is in a different zone (`msklint rebalance`)",
                ),
            )
