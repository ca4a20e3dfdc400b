"""update-broker-storage (and update-storage VolumeSizeGB) can only increase storage ("Scaling up broker
storage"; "Scaling up broker storage using the AWS CLI"), to at most 16384 GiB per broker ("Amazon MSK
quota"). The CLI section says the target "must be a whole number that is greater than 100 GiB", which
contradicts the 1 GiB minimum of the quota section; this rule takes the safe reading: the target must be
above the current size (when known) and at most 16384, and a target of 100 GiB or less is reported as a
warning quoting that sentence. The cool-down (at least six hours between scaling events, optimisation up to
24 hours or more) cannot be seen in describe-cluster output; the hint reminds of it."""

from msklint.findings import Hit
from msklint.loaders.update import UpdateRequest, current_cluster
from msklint.msk import MAX_VOLUME_GIB

CODE = "U006"
NAME = "update-broker-storage-increase-only"
SEVERITY = "error"
SUMMARY = "Broker storage can only grow, up to 16384 GiB per broker"
GUIDE = "Scaling up broker storage"
BAD = '{"ClusterArn": "arn:aws:kafka:us-east-1:123456789012:cluster/demo/abcd-1", "CurrentVersion": "K1",\n "TargetBrokerEBSVolumeInfo": [{"KafkaBrokerNodeId": "All", "VolumeSizeGB": 20000}]}\n'
GOOD = '{"ClusterArn": "arn:aws:kafka:us-east-1:123456789012:cluster/demo/abcd-1", "CurrentVersion": "K1",\n "TargetBrokerEBSVolumeInfo": [{"KafkaBrokerNodeId": "All", "VolumeSizeGB": 2000}]}\n'

COOL_DOWN = "storage can be scaled again only after a cool-down of at least six hours"


def targets(model):
    """The VolumeSizeGB nodes the request sets."""
    if model.operation == "UpdateBrokerStorage":
        infos = model.node("TargetBrokerEBSVolumeInfo")
        for info in infos.value if infos is not None and isinstance(infos.value, list) else []:
            yield info.get("VolumeSizeGB")
    elif model.operation == "UpdateStorage":
        yield model.node("VolumeSizeGB")


def check(doc, ctx, options):
    model = doc.model
    if not isinstance(model, UpdateRequest):
        return
    current = current_cluster(ctx)
    now = current.integer("BrokerNodeGroupInfo/StorageInfo/EbsStorageInfo/VolumeSize") if current else None
    for node in targets(model):
        if node is None or not isinstance(node.value, int) or isinstance(node.value, bool):
            continue
        size = node.value
        if size > MAX_VOLUME_GIB:
            yield Hit.at(
                node,
                f"{size} GiB per broker is above the maximum {MAX_VOLUME_GIB}",
                "use tiered storage or more brokers",
            )
        if now is not None and size <= now:
            yield Hit.at(
                node,
                f"target {size} GiB is not above the current {now} GiB: storage can only be increased",
                f"give more than {now} GiB; {COOL_DOWN}",
            )
        elif now is None and size <= 100:
            yield Hit.at(
                node,
                f"target {size} GiB: the guide says the target must be greater than 100 GiB",
                f"give more than 100 GiB and more than the current size; {COOL_DOWN}",
                "warning",
            )
