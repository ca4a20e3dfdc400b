"""update-broker-count may not exceed the brokers a cluster may have ("Amazon MSK quota": 30 per
ZooKeeper-mode cluster, 60 per KRaft-mode cluster). botocore caps the target at 15: the guide wins."""

from msklint.findings import Hit
from msklint.loaders.update import UpdateRequest, current_cluster
from msklint.msk import MAX_BROKERS_KRAFT, MAX_BROKERS_ZOOKEEPER
from msklint.packs.cluster.model import place

CODE = "U004"
NAME = "update-broker-count-quota"
SEVERITY = "error"
SUMMARY = "Target broker count exceeds the per-cluster quota (30 ZooKeeper, 60 KRaft)"
GUIDE = "Amazon MSK quota"
BAD = '{"ClusterArn": "arn:aws:kafka:us-east-1:123456789012:cluster/demo/abcd-1", "CurrentVersion": "K1",\n "TargetNumberOfBrokerNodes": 63}\n'
GOOD = '{"ClusterArn": "arn:aws:kafka:us-east-1:123456789012:cluster/demo/abcd-1", "CurrentVersion": "K1",\n "TargetNumberOfBrokerNodes": 30}\n'


def check(doc, ctx, options):
    model = doc.model
    if not isinstance(model, UpdateRequest) or model.operation != "UpdateBrokerCount":
        return
    target = model.value("TargetNumberOfBrokerNodes")
    if not isinstance(target, int) or isinstance(target, bool):
        return
    current = current_cluster(ctx)
    version = (current.kafka_version if current else None) or ctx.cluster.version
    if target > MAX_BROKERS_KRAFT:
        yield Hit.at(
            place(model, "TargetNumberOfBrokerNodes"),
            f"{target} brokers: a cluster may have at most {MAX_BROKERS_KRAFT}",
            "ask AWS Support for a quota increase, or use another cluster",
        )
    elif target > MAX_BROKERS_ZOOKEEPER and version is not None and not version.is_kraft:
        yield Hit.at(
            place(model, "TargetNumberOfBrokerNodes"),
            f"{target} brokers: a ZooKeeper-mode cluster may have at most {MAX_BROKERS_ZOOKEEPER}",
            "ask AWS Support for a quota increase (the metadata mode cannot be changed to KRaft)",
        )
