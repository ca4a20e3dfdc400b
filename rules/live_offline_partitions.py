"""Partitions without a leader: nobody can produce to or consume from them. MSK reports them as
OfflinePartitionsCount ("DEFAULT Level monitoring"); a replication factor of 1 makes every broker restart
take partitions offline ("Build highly available clusters")."""

from msklint.findings import Hit
from msklint.live import document_at, listed

CODE = "L012"
NAME = "offline-partitions"
SEVERITY = "error"
SUMMARY = "partitions without a leader (offline)"
GUIDE = "DEFAULT Level monitoring"
BAD = (
    '{"msklint_live": 1, "bootstrap": "b-1.example:9092",\n'
    ' "brokers": [{"id": 1, "rack": "use1-az1"}, {"id": 2, "rack": "use1-az2"}, {"id": 3, "rack": "use1-az4"}],\n'
    ' "topics": [\n'
    '  {"name": "orders", "partitions": [{"replicas": [4], "isr": [], "leader": -1}]}\n'
    " ]}\n"
)
GOOD = (
    '{"msklint_live": 1, "bootstrap": "b-1.example:9092",\n'
    ' "brokers": [{"id": 1, "rack": "use1-az1"}, {"id": 2, "rack": "use1-az2"}, {"id": 3, "rack": "use1-az4"}],\n'
    ' "topics": [\n'
    '  {"name": "orders", "partitions": [{"replicas": [1, 2, 3], "leader": 1}]}\n'
    " ]}\n"
)


def check_all(docs, ctx, options):
    for live_document in docs:
        cluster = live_document.model
        for live in cluster.topics:
            offline = [n for n, p in live.partitions.items() if p.leader < 0]
            if not offline:
                continue
            replicas = sorted({r for n in offline for r in live.partitions[n].replicas})
            document = document_at(ctx, cluster.topic_path(live.name)) or live_document
            yield (
                document,
                Hit(
                    1,
                    1,
                    "leader",
                    f"{len(offline)} of {len(live.partitions)} partitions have no leader: {listed(offline, live.name)} "
                    f"(replicas on broker {', '.join(map(str, replicas))})",
                    "bring the replicas' brokers back; give topics replication factor 3 so one broker cannot do this",
                ),
            )
