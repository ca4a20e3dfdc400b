"""Express brokers (express.m7g.*) have fully MSK-managed storage ("Amazon MSK broker types": no EBS
storage, tiered storage, provisioned storage throughput, storage auto-scaling or capacity alerts, which
are Standard-broker features), so a definition of an Express cluster must not set them: EBS storage
settings (`StorageInfo`, Terraform `ebs_volume_size` / `storage_info`), provisioned storage throughput,
`StorageMode: TIERED`, or an Application Auto Scaling target on `kafka:broker-storage:VolumeSize` in the
same file. The seed (June 2024) has no Express brokers; its storage chapter ("Storage management",
"Automatic scaling") applies to Standard brokers only."""

from msklint.findings import Hit
from msklint.msk import PAGE_BROKER_TYPES, PAGE_EXPRESS_BEST, is_express
from msklint.packs.cluster.model import ClusterModel, place

CODE = "C040"
NAME = "express-no-storage-settings"
SEVERITY = "error"
SUMMARY = "Express brokers take no EBS, tiered-storage or storage auto-scaling settings"
GUIDE = "Storage management"
SOURCES = [PAGE_BROKER_TYPES, PAGE_EXPRESS_BEST]
CHANGED = "Express brokers are new since the seed: their storage is fully MSK-managed, so the seed's storage settings do not apply to them."
BAD = '{"InstanceType": "express.m7g.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"],\n "StorageInfo": {"EbsStorageInfo": {"VolumeSize": 1000}}}\n'
GOOD = '{"InstanceType": "express.m7g.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]}\n'

AUTOSCALING = "kafka:broker-storage:VolumeSize"


READS = (ClusterModel,)


def check(doc, ctx, options):
    model = doc.model
    if model.serverless or not is_express(model.broker_type):
        return
    storage = "BrokerNodeGroupInfo/StorageInfo"
    if model.node(storage + "/EbsStorageInfo/ProvisionedThroughput") is not None:
        yield Hit.at(
            place(model, storage + "/EbsStorageInfo/ProvisionedThroughput"),
            "Express brokers have no provisioned storage throughput: MSK manages their storage",
            "remove the provisioned throughput settings",
        )
    elif model.node(storage) is not None:
        yield Hit.at(
            place(model, storage),
            f"Express brokers ({model.broker_type}) have no EBS storage settings: MSK manages their storage",
            "remove the storage settings",
        )
    mode = model.string("StorageMode")
    if mode and mode.upper() == "TIERED":
        yield Hit.at(
            place(model, "StorageMode"),
            "tiered storage is a Standard-broker feature; Express brokers manage storage themselves",
            "remove StorageMode (or use LOCAL)",
        )
    for number, line in enumerate(doc.source.splitlines(), 1):
        if AUTOSCALING in line:
            yield Hit(
                number,
                line.index(AUTOSCALING) + 1,
                AUTOSCALING,
                "storage auto-scaling targets EBS volumes, which Express brokers do not have",
                "remove the scalable target and its policy",
            )
