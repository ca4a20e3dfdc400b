"""The topic file raises `min.insync.replicas` above the number of replicas that are in sync on the
cluster right now. Producers with acks=all then fail with NotEnoughReplicas on those partitions as soon
as the change is applied ("Build highly available clusters": minISR at most RF - 1, so that one replica
can be offline; the guide's min.insync.replicas description names the exception). The value in effect
on the live topic (set on it, inherited from the broker, or Kafka's default 1) is what "raised" is
measured against."""

from msklint.findings import Hit
from msklint.live import listed, pairs, setting_value

CODE = "L006"
NAME = "min-insync-above-isr"
SEVERITY = "error"
SUMMARY = "min.insync.replicas raised above the live in-sync replica count"
GUIDE = "Build highly available clusters"
EXAMPLE_FILE = "topics.yaml"
BAD = "topics: [{name: orders, config: {min.insync.replicas: '3'}}]\n"
GOOD = "topics: [{name: orders, config: {min.insync.replicas: '2'}}]\n"
BAD_FILES = {
    "live.json": (
        '{"msklint_live": 1, "bootstrap": "b-1.example:9092",\n'
        ' "brokers": [{"id": 1, "rack": "use1-az1"}, {"id": 2, "rack": "use1-az2"}, {"id": 3, "rack": "use1-az4"}],\n'
        ' "topics": [\n'
        '  {"name": "orders", "partitions": [{"replicas": [1, 2, 3], "isr": [1, 2]}]}\n'
        " ]}\n"
    )
}
GOOD_FILES = BAD_FILES


def _int(text):
    try:
        return int(text)
    except (TypeError, ValueError):
        return None


def check_all(docs, ctx, options):
    for _, document, topic, live in pairs(docs, ctx):
        wanted = _int(setting_value(topic, "min.insync.replicas"))
        current = _int(live.config("min.insync.replicas")) or 1
        if wanted is None or wanted <= current or not live.partitions:
            continue
        short = [n for n, p in live.partitions.items() if len(p.isr) < wanted]
        if not short:
            continue
        fewest = min(len(live.partitions[n].isr) for n in short)
        setting = topic.config["min.insync.replicas"]
        yield (
            document,
            Hit.at(
                setting,
                f"min.insync.replicas {current} → {wanted} but {listed(short, topic.name)} "
                f"{'has' if len(short) == 1 else 'have'} only {fewest} in-sync replicas; acks=all producers would fail",
                "bring the partitions back in sync first (see the under-replicated findings), or keep min.insync.replicas "
                "at most the in-sync count and at most replication factor - 1",
            ),
        )
