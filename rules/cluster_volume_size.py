""" "Amazon MSK quota": EBS storage per broker is at least 1 GiB and at most 16384 GiB."""

from msklint.findings import Hit
from msklint.msk import MAX_VOLUME_GIB, MIN_VOLUME_GIB
from msklint.packs.cluster.model import ClusterModel, place

CODE = "C006"
NAME = "ebs-volume-size"
SEVERITY = "error"
SUMMARY = "EBS volume size per broker must be 1..16384 GiB"
GUIDE = "Amazon MSK quota"
BAD = '{"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b"],\n "StorageInfo": {"EbsStorageInfo": {"VolumeSize": 20000}}}\n'
GOOD = '{"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b"],\n "StorageInfo": {"EbsStorageInfo": {"VolumeSize": 16384}}}\n'


READS = (ClusterModel,)


def check(doc, ctx, options):
    model = doc.model
    if model.serverless:
        return
    path = "BrokerNodeGroupInfo/StorageInfo/EbsStorageInfo/VolumeSize"
    size = model.integer(path)
    if size is not None and not MIN_VOLUME_GIB <= size <= MAX_VOLUME_GIB:
        yield Hit.at(
            place(model, path),
            f"VolumeSize {size} GiB is outside {MIN_VOLUME_GIB}..{MAX_VOLUME_GIB} GiB per broker",
            "use tiered storage, or more brokers, for more than 16384 GiB per broker",
        )
