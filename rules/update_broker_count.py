"""update-broker-count: the target must be a multiple of the number of Availability Zones and differ from
the current count ("Expanding a cluster using the AWS CLI", "Remove a broker with the AWS CLI"). The zones
come from --current (distinct client subnets) or the cluster context (--zones)."""

from msklint.findings import Hit
from msklint.loaders.update import UpdateRequest, current_cluster
from msklint.packs.cluster.model import place

CODE = "U003"
NAME = "update-broker-count-multiple-of-zones"
SEVERITY = "error"
SUMMARY = "Target broker count is not a multiple of the Availability Zones, or does not change"
GUIDE = "Expanding a cluster using the AWS CLI"
BAD = '{"ClusterArn": "arn:aws:kafka:us-east-1:123456789012:cluster/demo/abcd-1", "CurrentVersion": "K1",\n "TargetNumberOfBrokerNodes": 7}\n'
GOOD = '{"ClusterArn": "arn:aws:kafka:us-east-1:123456789012:cluster/demo/abcd-1", "CurrentVersion": "K1",\n "TargetNumberOfBrokerNodes": 9}\n'
EXAMPLE_FLAGS = "--zones 3 --brokers 6"

PATH = "TargetNumberOfBrokerNodes"


def check(doc, ctx, options):
    model = doc.model
    if not isinstance(model, UpdateRequest) or model.operation != "UpdateBrokerCount":
        return
    target = model.value(PATH)
    if not isinstance(target, int) or isinstance(target, bool):
        return
    current = current_cluster(ctx)
    zones = (current.zones() if current else None) or ctx.cluster.zones
    brokers = (current.integer("NumberOfBrokerNodes") if current else None) or ctx.cluster.brokers
    if zones and target % zones:
        low = max(zones, target // zones * zones)
        yield Hit.at(
            place(model, PATH),
            f"{target} brokers cannot be spread evenly over {zones} Availability Zones",
            f"use a multiple of {zones}, e.g. {low} or {low + zones}",
        )
    if brokers is not None and target == brokers:
        yield Hit.at(
            place(model, PATH), f"the cluster already has {brokers} brokers", "give a different target count"
        )
