"""update-broker-type ("Updating the broker size"): the target must be a broker size MSK offers ("Broker
sizes"); the guide allows updating from M5 or T3 to M7g, and from M7g to M5 (M5 to M5 and T3 to M5 are
the ordinary scale-up/down its examples show). Updating to kafka.t3.small from a larger size is not among the
transitions the guide lists, so it is reported. M7g targets need a Kafka version M7g supports. A smaller
size is refused when partitions per broker exceed the size's recommended maximum ("Right-size your
cluster: Number of partitions per broker"); that needs live data (see `msklint check --bootstrap-server`),
so the rule reminds of it as a warning when the size goes down."""

from msklint.findings import Hit
from msklint.loaders.update import UpdateRequest, current_cluster
from msklint.msk import (
    BROKER_VCPUS,
    PAGE_BROKER_SIZES,
    broker_family,
    broker_size_status,
    facts,
    facts_as_of,
    is_express,
    m7g_supports,
    recommended_partitions_per_broker,
)
from msklint.packs.cluster.model import place

CODE = "U007"
NAME = "update-broker-type-transition"
SEVERITY = "error"
SUMMARY = "Broker size update MSK does not allow"
GUIDE = "Updating the broker size"
SOURCES = [PAGE_BROKER_SIZES]
CHANGED = (
    "the current guide adds Express sizes (express.m7g.*) and supports M7g on Kafka 3.3.2 and later; a "
    "size of a family msklint's data does not know is info, not an error."
)
BAD = '{"ClusterArn": "arn:aws:kafka:us-east-1:123456789012:cluster/demo/abcd-1", "CurrentVersion": "K1",\n "TargetInstanceType": "kafka.m6.large"}\n'
GOOD = '{"ClusterArn": "arn:aws:kafka:us-east-1:123456789012:cluster/demo/abcd-1", "CurrentVersion": "K1",\n "TargetInstanceType": "kafka.m5.xlarge"}\n'

PATH = "TargetInstanceType"


def check(doc, ctx, options):
    model = doc.model
    if not isinstance(model, UpdateRequest) or model.operation != "UpdateBrokerType":
        return
    target = model.value(PATH)
    if not isinstance(target, str):
        return
    status = broker_size_status(target)
    if status != "known":
        family = target.rsplit(".", 1)[0]
        same = [s for s in facts()["broker_sizes"] if s.rsplit(".", 1)[0] == family]
        if status == "invalid":
            yield Hit.at(
                place(model, PATH),
                f"broker size '{target}' does not exist in Amazon MSK",
                f"use one of {', '.join(same)}" if same else "use a kafka.* (Standard) or express.* size",
            )
        else:
            yield Hit.at(
                place(model, PATH),
                f"broker size '{target}' is not in msklint's data (as of {facts_as_of()})",
                "check that MSK offers it in your Region",
                "info",
            )
        return
    current = current_cluster(ctx)
    now = (current.broker_type if current else None) or ctx.cluster.broker_type
    version = (current.string("KafkaVersion") if current else None) or ctx.cluster.kafka_version
    if now == target:
        yield Hit.at(place(model, PATH), f"the cluster already uses {target}", "give a different size")
        return
    if broker_family(target) == "t3" and now is not None:
        yield Hit.at(
            place(model, PATH),
            f"updating {now} to kafka.t3.small is not a transition the guide allows",
            "MSK updates M5 or T3 to M7g, M7g to M5, and between M5 sizes",
        )
    if broker_family(target) == "m7g" and m7g_supports(version) is False:
        yield Hit.at(
            place(model, PATH),
            f"M7g brokers are not supported on Kafka {version}",
            "upgrade Kafka to 3.3.2 or later first",
        )
    if now is not None and is_express(now) != is_express(target):
        kinds = ("Standard", "Express") if is_express(target) else ("Express", "Standard")
        yield Hit.at(
            place(model, PATH),
            f"{now} to {target} changes the broker type from {kinds[0]} to {kinds[1]}; UpdateBrokerType "
            "changes the size within a broker type",
            f"create a new cluster with {kinds[1]} brokers and migrate (for example with MSK Replicator)",
        )
    if now in BROKER_VCPUS and target in BROKER_VCPUS and BROKER_VCPUS[target] < BROKER_VCPUS[now]:
        limit = recommended_partitions_per_broker(target)
        yield Hit.at(
            place(model, PATH),
            f"smaller brokers: MSK refuses the update if any broker holds more than {limit} partitions",
            "check partitions per broker first (msklint check --bootstrap-server ...)",
            "warning",
        )
