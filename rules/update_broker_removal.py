"""Removing brokers ("Remove a broker from an Amazon MSK cluster"): supported on M5 and M7g clusters (not
T3) running Kafka 2.8.1 or later; remove one broker per Availability Zone in one operation (two from a
two-AZ cluster, three from a three-AZ cluster); and the brokers to remove must first hold no partitions
other than the canary topics' ("Prepare to remove brokers by removing all partitions") — MSK picks the empty
brokers. That last precondition cannot be seen in a request file: the rule says so as a warning, and
`msklint rebalance` drains brokers safely."""

from msklint.findings import Hit
from msklint.loaders.update import UpdateRequest, current_cluster
from msklint.msk import broker_family
from msklint.packs.cluster.model import place

CODE = "U005"
NAME = "update-broker-removal"
SEVERITY = "error"
SUMMARY = "Broker removal that MSK refuses, or brokers not yet drained of partitions"
GUIDE = "Remove a broker from an Amazon MSK cluster"
BAD = '{"ClusterArn": "arn:aws:kafka:us-east-1:123456789012:cluster/demo/abcd-1", "CurrentVersion": "K1",\n "TargetNumberOfBrokerNodes": 3}\n'
GOOD = '{"ClusterArn": "arn:aws:kafka:us-east-1:123456789012:cluster/demo/abcd-1", "CurrentVersion": "K1",\n "TargetNumberOfBrokerNodes": 9}\n'
EXAMPLE_FLAGS = "--kafka-version 3.5.1 --broker-type kafka.m5.large --zones 3 --brokers 6"

PATH = "TargetNumberOfBrokerNodes"


def check(doc, ctx, options):
    model = doc.model
    if not isinstance(model, UpdateRequest) or model.operation != "UpdateBrokerCount":
        return
    target = model.value(PATH)
    current = current_cluster(ctx)
    brokers = (current.integer("NumberOfBrokerNodes") if current else None) or ctx.cluster.brokers
    if not isinstance(target, int) or isinstance(target, bool) or brokers is None or target >= brokers:
        return
    zones = (current.zones() if current else None) or ctx.cluster.zones
    size = (current.broker_type if current else None) or ctx.cluster.broker_type
    version = (current.kafka_version if current else None) or ctx.cluster.version
    if broker_family(size) == "t3":
        yield Hit.at(
            place(model, PATH),
            "brokers cannot be removed from a kafka.t3.small cluster",
            "only M5 and M7g clusters support removal",
        )
    if version is not None and not version.at_least("2.8.1"):
        yield Hit.at(
            place(model, PATH),
            f"broker removal needs Kafka 2.8.1 or later, not {version.text}",
            "upgrade Kafka first",
        )
    if zones and brokers - target != zones:
        yield Hit.at(
            place(model, PATH),
            f"removing {brokers - target} brokers: remove exactly one per Availability Zone ({zones})",
            f"set the target to {brokers - zones}; repeat the operation to remove more",
        )
    yield Hit.at(
        place(model, PATH),
        f"removing {brokers - target} broker(s): they must hold no partitions first",
        "move partitions off the brokers to remove (msklint rebalance --remove-brokers, dry run first), "
        "then check UserPartitionExists is 0",
        "warning",
    )
