"""One broker leads far more partitions than the others. Leaders do the produce work and most of the
consume work, so a skewed broker runs hotter than the rest and limits the cluster; during rolling
updates, leadership moves and comes back unevenly ("Reassign partitions"; MSK reports LeaderCount per
broker). A broker is flagged when it leads more than (1 + max_skew) times the mean number of leaders per
broker; clusters with fewer than `min_leaders` leaders in all are too small to judge."""

from msklint.findings import Hit
from msklint.live import document_at
from msklint.options import Option

CODE = "L013"
NAME = "leader-skew"
SEVERITY = "warning"
SUMMARY = "a broker leads many more partitions than the mean"
GUIDE = "Reassign partitions"
OPTIONS = {
    "max_skew": Option(float, 0.5, "leaders above the mean, as a fraction"),
    "min_leaders": Option(int, 10, "fewer leaders than this: no finding"),
}
BAD = (
    '{"msklint_live": 1, "bootstrap": "b-1.example:9092",\n'
    ' "brokers": [{"id": 1, "rack": "use1-az1"}, {"id": 2, "rack": "use1-az2"}, {"id": 3, "rack": "use1-az4"}],\n'
    ' "topics": [\n'
    '  {"name": "orders", "partitions": [\n'
    '    {"replicas": [3, 1, 2]}, {"replicas": [3, 1, 2]}, {"replicas": [3, 1, 2]}, {"replicas": [3, 1, 2]},\n'
    '    {"replicas": [3, 1, 2]}, {"replicas": [3, 1, 2]}, {"replicas": [3, 1, 2]}, {"replicas": [3, 1, 2]},\n'
    '    {"replicas": [1, 2, 3]}, {"replicas": [1, 2, 3]}, {"replicas": [2, 3, 1]}, {"replicas": [2, 3, 1]}]}\n'
    " ]}\n"
)
GOOD = (
    '{"msklint_live": 1, "bootstrap": "b-1.example:9092",\n'
    ' "brokers": [{"id": 1, "rack": "use1-az1"}, {"id": 2, "rack": "use1-az2"}, {"id": 3, "rack": "use1-az4"}],\n'
    ' "topics": [\n'
    '  {"name": "orders", "partitions": [\n'
    '    {"replicas": [1, 2, 3]}, {"replicas": [2, 3, 1]}, {"replicas": [3, 1, 2]}, {"replicas": [1, 2, 3]},\n'
    '    {"replicas": [2, 3, 1]}, {"replicas": [3, 1, 2]}, {"replicas": [1, 2, 3]}, {"replicas": [2, 3, 1]},\n'
    '    {"replicas": [3, 1, 2]}, {"replicas": [1, 2, 3]}, {"replicas": [2, 3, 1]}, {"replicas": [3, 1, 2]}]}\n'
    " ]}\n"
)


def check_all(docs, ctx, options):
    for live_document in docs:
        cluster = live_document.model
        if not cluster.brokers:
            continue
        leaders = {broker.node_id: 0 for broker in cluster.brokers}
        for live in cluster.topics:
            for partition in live.partitions.values():
                if partition.leader in leaders:
                    leaders[partition.leader] += 1
        total = sum(leaders.values())
        if total < options["min_leaders"]:
            continue
        mean = total / len(leaders)
        for node_id, count in leaders.items():
            if count > mean * (1 + options["max_skew"]):
                document = document_at(ctx, cluster.broker_path(node_id)) or live_document
                yield (
                    document,
                    Hit(
                        1,
                        1,
                        "leaders",
                        f"broker {node_id} leads {count} of {total} partitions; the mean is {mean:.1f} per broker",
                        "run a preferred leader election, or move preferred leaders with `msklint rebalance`",
                    ),
                )
