"""Shared by C007 and update-storage (U): provisioned storage throughput limits."""

from __future__ import annotations

from msklint.findings import Hit
from msklint.msk import (
    MAX_PROVISIONED_THROUGHPUT,
    MIN_PROVISIONED_THROUGHPUT,
    MIN_VOLUME_FOR_PROVISIONED_THROUGHPUT,
)
from msklint.packs.cluster.model import place

PATH = "BrokerNodeGroupInfo/StorageInfo/EbsStorageInfo"


def problems(model, path, size, volume):
    """Shared with the update-storage rule: findings for ProvisionedThroughput under `path`."""
    rate = model.integer(f"{path}/ProvisionedThroughput/VolumeThroughput")
    where = f"{path}/ProvisionedThroughput"
    if size is not None and size not in MAX_PROVISIONED_THROUGHPUT:
        yield Hit.at(
            place(model, where),
            f"provisioned storage throughput is not available for {size}",
            "use kafka.m5.4xlarge or larger, or kafka.m7g.2xlarge or larger, or turn it off",
        )
        return
    if volume is not None and volume < MIN_VOLUME_FOR_PROVISIONED_THROUGHPUT:
        yield Hit.at(
            place(model, where),
            f"provisioned throughput needs a volume of at least 10 GiB, not {volume} GiB",
            "increase VolumeSize to 10 GiB or more",
        )
    if rate is None:
        return
    if rate < MIN_PROVISIONED_THROUGHPUT:
        yield Hit.at(
            place(model, f"{where}/VolumeThroughput"),
            f"VolumeThroughput {rate} MiB/s is below the minimum 250",
            "provision 250 MiB/s or more (250 is what the volume gives without provisioning)",
        )
    elif size is not None and rate > MAX_PROVISIONED_THROUGHPUT[size]:
        yield Hit.at(
            place(model, f"{where}/VolumeThroughput"),
            f"VolumeThroughput {rate} MiB/s is above the maximum {MAX_PROVISIONED_THROUGHPUT[size]} for {size}",
            "use a larger broker size for more storage throughput",
        )
