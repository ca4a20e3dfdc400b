"""Provisioned storage throughput ("Provisioning storage throughput") is available only for
kafka.m5.4xlarge and larger, and kafka.m7g.2xlarge and larger, with volumes of 10 GiB or more. The rate
starts at 250 MiB/s (the default) and is capped per broker size (593 for m5.4xlarge, 850 for m5.8xlarge,
1000 for larger m5; 312.5 for m7g.2xlarge, 625 for m7g.4xlarge, 1000 for larger m7g). The guide's 312.5 is
not a whole number while the API takes integers, so 312 is the largest value accepted for m7g.2xlarge.
Note the console step says "kafka.m5.4xlarge or larger for x86, and kafka.m7g.2xlarge or larger for
Graviton"; the section's first paragraph mentions only m5.4xlarge: the table (which lists m7g.2xlarge) wins."""

from msklint.loaders.cluster import ClusterModel, hit
from msklint.msk import (
    MAX_PROVISIONED_THROUGHPUT,
    MIN_PROVISIONED_THROUGHPUT,
    MIN_VOLUME_FOR_PROVISIONED_THROUGHPUT,
)

CODE = "C007"
NAME = "provisioned-throughput"
SEVERITY = "error"
SUMMARY = "Provisioned storage throughput on a broker size, volume or rate MSK does not allow"
GUIDE = "Provisioning storage throughput"
BAD = '{"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b"],\n "StorageInfo": {"EbsStorageInfo": {"VolumeSize": 100, "ProvisionedThroughput": {"Enabled": true, "VolumeThroughput": 250}}}}\n'
GOOD = '{"InstanceType": "kafka.m5.4xlarge", "ClientSubnets": ["subnet-a", "subnet-b"],\n "StorageInfo": {"EbsStorageInfo": {"VolumeSize": 100, "ProvisionedThroughput": {"Enabled": true, "VolumeThroughput": 250}}}}\n'

PATH = "BrokerNodeGroupInfo/StorageInfo/EbsStorageInfo"


def check(doc, ctx, options):
    model = doc.model
    if not isinstance(model, ClusterModel) or model.serverless:
        return
    if model.value(f"{PATH}/ProvisionedThroughput/Enabled") is not True:
        return
    yield from problems(
        model, PATH, model.broker_type or ctx.cluster.broker_type, model.integer(f"{PATH}/VolumeSize")
    )


def problems(model, path, size, volume):
    """Shared with the update-storage rule: findings for ProvisionedThroughput under `path`."""
    rate = model.integer(f"{path}/ProvisionedThroughput/VolumeThroughput")
    where = f"{path}/ProvisionedThroughput"
    if size is not None and size not in MAX_PROVISIONED_THROUGHPUT:
        yield hit(
            model,
            where,
            f"provisioned storage throughput is not available for {size}",
            "use kafka.m5.4xlarge or larger, or kafka.m7g.2xlarge or larger, or turn it off",
        )
        return
    if volume is not None and volume < MIN_VOLUME_FOR_PROVISIONED_THROUGHPUT:
        yield hit(
            model,
            where,
            f"provisioned throughput needs a volume of at least 10 GiB, not {volume} GiB",
            "increase VolumeSize to 10 GiB or more",
        )
    if rate is None:
        return
    if rate < MIN_PROVISIONED_THROUGHPUT:
        yield hit(
            model,
            f"{where}/VolumeThroughput",
            f"VolumeThroughput {rate} MiB/s is below the minimum 250",
            "provision 250 MiB/s or more (250 is what the volume gives without provisioning)",
        )
    elif size is not None and rate > MAX_PROVISIONED_THROUGHPUT[size]:
        yield hit(
            model,
            f"{where}/VolumeThroughput",
            f"VolumeThroughput {rate} MiB/s is above the maximum {MAX_PROVISIONED_THROUGHPUT[size]} for {size}",
            "use a larger broker size for more storage throughput",
        )
