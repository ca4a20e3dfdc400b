"""update-cluster-kafka-version ("Updating the Apache Kafka version"): the target must be a version MSK
offers (the current guide's table, tools/msk_facts), newer than the current one (you can't downgrade), and
not past its end of support (error; within 90 days: warning). A target newer than msklint's data is info
("not in msklint's data"), never called non-existent.

Metadata mode: the seed says it cannot change after creation ("KRaft mode"). The current guide lets a
ZooKeeper cluster on Kafka 3.9.x migrate in place to KRaft by choosing a `.kraft` target version ("Migrate
from ZooKeeper to KRaft mode"; not on kafka.t3.small brokers); every other mode change is refused: from an
older ZooKeeper version upgrade to 3.9.x first, and KRaft never goes back to ZooKeeper. Kafka 4 runs only
in KRaft mode. A 2.8.2.tiered cluster can move only to another version that supports tiered storage
("Tiered storage constraints and limitations"); new clusters cannot use 2.4.1. The update is refused when
partitions per broker exceed the recommended maximum ("Amazon MSK quota"); that needs live data, so it is
not checked here."""

from msklint.findings import Hit
from msklint.loaders.update import UpdateRequest, current_cluster
from msklint.msk import (
    PAGE_KRAFT_MIGRATION,
    PAGE_VERSION_UPGRADES,
    PAGE_VERSIONS,
    facts,
    facts_as_of,
    newer_than_known,
    parse_kafka_version,
    support_status,
    today,
    version_facts,
)
from msklint.packs.cluster.model import place

CODE = "U008"
NAME = "update-kafka-version-path"
SEVERITY = "error"
SUMMARY = "Kafka version update MSK does not allow"
GUIDE = "Updating the Apache Kafka version"
SOURCES = [PAGE_VERSIONS, PAGE_VERSION_UPGRADES, PAGE_KRAFT_MIGRATION]
CHANGED = (
    "the seed forbids every metadata-mode change; the current guide migrates a ZooKeeper 3.9.x cluster to "
    "KRaft in place when the target is a .kraft version. Targets past their end of support are refused."
)
BAD = '{"ClusterArn": "arn:aws:kafka:us-east-1:123456789012:cluster/demo/abcd-1", "CurrentVersion": "K1",\n "TargetKafkaVersion": "3.6.1"}\n'
GOOD = '{"ClusterArn": "arn:aws:kafka:us-east-1:123456789012:cluster/demo/abcd-1", "CurrentVersion": "K1",\n "TargetKafkaVersion": "3.9.x"}\n'

PATH = "TargetKafkaVersion"


def check(doc, ctx, options):
    model = doc.model
    if not isinstance(model, UpdateRequest) or model.operation != "UpdateClusterKafkaVersion":
        return
    text = model.value(PATH)
    if not isinstance(text, str):
        return
    if version_facts(text) is None:
        if newer_than_known(text):
            yield Hit.at(
                place(model, PATH),
                f"Kafka version '{text}' is not in msklint's data (as of {facts_as_of()})",
                "check that MSK offers it: aws kafka get-compatible-kafka-versions",
                "info",
            )
        else:
            yield Hit.at(
                place(model, PATH),
                f"Kafka version '{text}' is not offered by Amazon MSK",
                f"use {facts()['recommended_kafka_version']} (recommended) or a newer version",
            )
            return
    found = list(_path(model, text, ctx))
    yield from found
    status = support_status(text, today())
    if not found and status and status[0] in ("ended", "soon"):
        state, end = status
        yield Hit.at(
            place(model, PATH),
            f"Kafka {text} {'reached' if state == 'ended' else 'reaches'} end of support on {end}",
            f"choose {facts()['recommended_kafka_version']} (recommended) or later",
            "error" if state == "ended" else "warning",
        )


def _path(model, text, ctx):
    """The refused version paths: down, between metadata modes, off tiered storage, to 2.4.1."""
    target = parse_kafka_version(text)
    current = current_cluster(ctx)
    now = (current.kafka_version if current else None) or ctx.cluster.version
    if target is None or now is None:
        return
    size = (current.broker_type if current else None) or ctx.cluster.broker_type
    if target.numbers[:3] < now.numbers[:3] or (
        target.numbers == now.numbers and target.suffix == now.suffix
    ):
        yield Hit.at(
            place(model, PATH),
            f"{text} is not newer than the cluster's {now.text}: versions can only go up",
            "choose a newer version (aws kafka get-compatible-kafka-versions lists them)",
        )
    elif now.is_kraft and not target.is_kraft:
        yield Hit.at(
            place(model, PATH),
            f"{text} would move the cluster from KRaft back to ZooKeeper mode, which MSK cannot do",
            "choose a .kraft version",
        )
    elif target.is_kraft and not now.is_kraft:
        migration = facts()["kraft_migration"]
        if now.text != migration["from"] or not target.is_kraft or target.suffix != "kraft":
            yield Hit.at(
                place(model, PATH),
                f"{text} would move the cluster from ZooKeeper to KRaft mode: MSK migrates only from "
                f"{migration['from']} (ZooKeeper) to a .kraft version",
                f"upgrade to {migration['from']} first, then choose a .kraft version",
            )
        elif size in migration["not_on_broker_types"]:
            yield Hit.at(
                place(model, PATH),
                f"MSK does not migrate {size} clusters from ZooKeeper to KRaft",
                "update the broker size first",
            )
    elif now.is_tiered and not target.supports_tiered_storage():
        yield Hit.at(
            place(model, PATH),
            f"a 2.8.2.tiered cluster can move only to a tiered-storage version, not {text}",
            "choose 3.6.0 or later",
        )
    elif text == "2.4.1":
        yield Hit.at(
            place(model, PATH), "2.4.1 is no longer offered: use 2.4.1.1", "target 2.4.1.1 or a 3.x version"
        )
