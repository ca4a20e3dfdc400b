"""update-storage to StorageMode TIERED ("Enabling tiered storage on an existing cluster using AWS CLI"):
the cluster must run Kafka 3.6.0 or later, or 2.8.2.tiered ("Tiered storage requirements"), not use
kafka.t3.small, and its `log.cleanup.policy` must be `delete` (compacted topics are not supported on tiered
storage). Tiered storage cannot be disabled for the whole cluster ("Tiered storage constraints and
limitations"), so TIERED to LOCAL is refused. Provisioned throughput in update-storage follows the same
limits as at creation ("Provisioning storage throughput"). The cleanup policy is checked when the run knows
the broker configuration (one broker file in the run)."""

from msklint.findings import Hit
from msklint.loaders.update import UpdateRequest, current_cluster
from msklint.packs.cluster.model import place
from msklint.packs.cluster.throughput import problems as throughput_problems

CODE = "U009"
NAME = "update-storage"
SEVERITY = "error"
SUMMARY = "update-storage that MSK refuses (tiered storage prerequisites, throughput limits)"
GUIDE = "Enabling tiered storage on an existing cluster using AWS CLI"
BAD = '{"ClusterArn": "arn:aws:kafka:us-east-1:123456789012:cluster/demo/abcd-1", "CurrentVersion": "K1",\n "StorageMode": "TIERED"}\n'
GOOD = ""  # the good case differs only in another file (see above), not in this one
BAD_FILES = {
    "current.json": '{"ClusterInfo": {"ClusterName": "demo", "State": "ACTIVE", "CurrentVersion": "K1",\n "CurrentBrokerSoftwareInfo": {"KafkaVersion": "3.5.1"}, "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large",\n  "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]}}}\n'
}  # describe-cluster output
GOOD_FILES = {
    "current.json": '{"ClusterInfo": {"ClusterName": "demo", "State": "ACTIVE", "CurrentVersion": "K1",\n "CurrentBrokerSoftwareInfo": {"KafkaVersion": "3.6.0"}, "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large",\n  "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]}}}\n'
}


def check(doc, ctx, options):
    model = doc.model
    if not isinstance(model, UpdateRequest) or model.operation != "UpdateStorage":
        return
    current = current_cluster(ctx)
    version = (current.kafka_version if current else None) or ctx.cluster.version
    size = (current.broker_type if current else None) or ctx.cluster.broker_type
    mode = model.value("StorageMode")
    now = (current.string("StorageMode") if current else None) or ctx.cluster.storage_mode
    if mode == "TIERED":
        if version is not None and not version.supports_tiered_storage():
            yield Hit.at(
                place(model, "StorageMode"),
                f"tiered storage needs Kafka 3.6.0 or later (or 2.8.2.tiered), not {version.text}",
                "run update-cluster-kafka-version to 3.6.0 or later first",
            )
        if size == "kafka.t3.small":
            yield Hit.at(
                place(model, "StorageMode"),
                "tiered storage is not supported on kafka.t3.small",
                "update the broker size first",
            )
        policy = ctx.broker.get("log.cleanup.policy")
        if policy is not None and policy.strip().lower() != "delete":
            yield Hit.at(
                place(model, "StorageMode"),
                f"log.cleanup.policy is '{policy}': tiered storage needs 'delete'",
                "set log.cleanup.policy=delete in the cluster's configuration first",
            )
    elif mode == "LOCAL" and now == "TIERED":
        yield Hit.at(
            place(model, "StorageMode"),
            "tiered storage cannot be turned off for a whole cluster",
            "disable it per topic (remote.storage.enable=false) instead",
        )
    if model.value("ProvisionedThroughput/Enabled") is True:
        from msklint.loaders.update import as_cluster

        volume = model.value("VolumeSizeGB")
        if volume is None and current is not None:
            volume = current.integer("BrokerNodeGroupInfo/StorageInfo/EbsStorageInfo/VolumeSize")
        yield from throughput_problems(
            as_cluster(model), "", size, volume if isinstance(volume, int) else None
        )
