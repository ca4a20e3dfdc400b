"""Partitions that have a leader but fewer in-sync replicas than replicas. "In a healthy MSK cluster,
this metric has the value 0" ("Under-replicated partitions (URP) greater than zero"): a broker is down
or slow, or ACLs keep brokers from replicating. While it lasts, one more broker failure can make the
partition unavailable, and updates that restart brokers (configuration, version, size) are risky."""

from msklint.findings import Hit
from msklint.live import document_at, listed

CODE = "L011"
NAME = "under-replicated-partitions"
SEVERITY = "warning"
SUMMARY = "partitions with fewer in-sync replicas than replicas"
GUIDE = "Under-replicated partitions (URP) greater than zero"
BAD = (
    '{"msklint_live": 1, "bootstrap": "b-1.example:9092",\n'
    ' "brokers": [{"id": 1, "rack": "use1-az1"}, {"id": 2, "rack": "use1-az2"}, {"id": 3, "rack": "use1-az4"}],\n'
    ' "topics": [\n'
    '  {"name": "orders", "partitions": [{"replicas": [1, 2, 3], "isr": [1, 2]}]}\n'
    " ]}\n"
)
GOOD = (
    '{"msklint_live": 1, "bootstrap": "b-1.example:9092",\n'
    ' "brokers": [{"id": 1, "rack": "use1-az1"}, {"id": 2, "rack": "use1-az2"}, {"id": 3, "rack": "use1-az4"}],\n'
    ' "topics": [\n'
    '  {"name": "orders", "partitions": [{"replicas": [1, 2, 3], "isr": [1, 2, 3]}]}\n'
    " ]}\n"
)


def check_all(docs, ctx, options):
    for live_document in docs:
        cluster = live_document.model
        for live in cluster.topics:
            short = [n for n, p in live.partitions.items() if p.leader >= 0 and len(p.isr) < len(p.replicas)]
            if not short:
                continue
            out = sorted(
                {r for n in short for r in live.partitions[n].replicas}
                - {r for n in short for r in live.partitions[n].isr}
            )
            document = document_at(ctx, cluster.topic_path(live.name)) or live_document
            yield (
                document,
                Hit(
                    1,
                    1,
                    "isr",
                    f"{len(short)} of {len(live.partitions)} partitions are under-replicated: "
                    f"{listed(short, live.name)} (out of sync: broker {', '.join(map(str, out))})",
                    "find why those brokers do not replicate (down, overloaded, ACLs) before changing the cluster",
                ),
            )
