"""update-cluster-kafka-version ("Updating the Apache Kafka version"): the target must be a version MSK
offers, newer than the current one (you can't downgrade); the metadata mode cannot change after creation, so
a ZooKeeper cluster cannot move to 3.7.x.kraft nor the reverse ("KRaft mode"); a 2.8.2.tiered cluster can
move only to another version that supports tiered storage ("Tiered storage constraints and limitations");
new clusters cannot use 2.4.1. The update is refused when partitions per broker exceed the recommended
maximum ("Amazon MSK quota"); that needs live data, so it is not checked here."""

from msklint.loaders.cluster import hit
from msklint.loaders.update import UpdateRequest, current_cluster
from msklint.msk import KAFKA_VERSIONS, known_kafka_version, newer_than_guide, parse_kafka_version

CODE = "U008"
NAME = "update-kafka-version-path"
SEVERITY = "error"
SUMMARY = "Kafka version update MSK does not allow"
GUIDE = "Updating the Apache Kafka version"
BAD = '{"ClusterArn": "arn:aws:kafka:us-east-1:123456789012:cluster/demo/abcd-1", "CurrentVersion": "K1",\n "TargetKafkaVersion": "3.6.1"}\n'
GOOD = '{"ClusterArn": "arn:aws:kafka:us-east-1:123456789012:cluster/demo/abcd-1", "CurrentVersion": "K1",\n "TargetKafkaVersion": "3.6.0"}\n'

PATH = "TargetKafkaVersion"


def check(doc, ctx, options):
    model = doc.model
    if not isinstance(model, UpdateRequest) or model.operation != "UpdateClusterKafkaVersion":
        return
    text = model.value(PATH)
    if not isinstance(text, str):
        return
    if known_kafka_version(text) is None and not newer_than_guide(text):
        yield hit(
            model,
            PATH,
            f"Kafka version '{text}' is not offered by Amazon MSK",
            f"use one of {', '.join(v for v in KAFKA_VERSIONS if KAFKA_VERSIONS[v] is None)}",
        )
        return
    target = parse_kafka_version(text)
    if target is None:
        return
    current = current_cluster(ctx)
    now = (current.kafka_version if current else None) or ctx.cluster.version
    if now is None:
        return
    if target.numbers[:3] < now.numbers[:3] or (
        target.numbers == now.numbers and target.suffix == now.suffix
    ):
        yield hit(
            model,
            PATH,
            f"{text} is not newer than the cluster's {now.text}: versions can only go up",
            "choose a newer version (aws kafka get-compatible-kafka-versions lists them)",
        )
    elif target.is_kraft != now.is_kraft:
        modes = ("ZooKeeper", "KRaft") if target.is_kraft else ("KRaft", "ZooKeeper")
        yield hit(
            model,
            PATH,
            f"{text} would move the cluster from {modes[0]} to {modes[1]} mode, which cannot change",
            "create a new cluster in the other mode and migrate",
        )
    elif now.is_tiered and not target.supports_tiered_storage():
        yield hit(
            model,
            PATH,
            f"a 2.8.2.tiered cluster can move only to a tiered-storage version, not {text}",
            "choose 3.6.0 or later",
        )
    elif text == "2.4.1":
        yield hit(model, PATH, "2.4.1 is no longer offered: use 2.4.1.1", "target 2.4.1.1 or a 3.x version")
