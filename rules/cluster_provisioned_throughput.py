"""Provisioned storage throughput ("Provisioning storage throughput") is available only for
kafka.m5.4xlarge and larger, and kafka.m7g.2xlarge and larger, with volumes of 10 GiB or more. The rate
starts at 250 MiB/s (the default) and is capped per broker size (593 for m5.4xlarge, 850 for m5.8xlarge,
1000 for larger m5; 312.5 for m7g.2xlarge, 625 for m7g.4xlarge, 1000 for larger m7g). The guide's 312.5 is
not a whole number while the API takes integers, so 312 is the largest value accepted for m7g.2xlarge.
Note the console step says "kafka.m5.4xlarge or larger for x86, and kafka.m7g.2xlarge or larger for
Graviton"; the section's first paragraph mentions only m5.4xlarge: the table (which lists m7g.2xlarge) wins."""

from msklint.packs.cluster.model import ClusterModel
from msklint.packs.cluster.throughput import PATH, problems

CODE = "C007"
NAME = "provisioned-throughput"
SEVERITY = "error"
SUMMARY = "Provisioned storage throughput on a broker size, volume or rate MSK does not allow"
GUIDE = "Provisioning storage throughput"
BAD = '{"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b"],\n "StorageInfo": {"EbsStorageInfo": {"VolumeSize": 100, "ProvisionedThroughput": {"Enabled": true, "VolumeThroughput": 250}}}}\n'
GOOD = '{"InstanceType": "kafka.m5.4xlarge", "ClientSubnets": ["subnet-a", "subnet-b"],\n "StorageInfo": {"EbsStorageInfo": {"VolumeSize": 100, "ProvisionedThroughput": {"Enabled": true, "VolumeThroughput": 250}}}}\n'


READS = (ClusterModel,)


def check(doc, ctx, options):
    model = doc.model
    if model.serverless:
        return
    if model.value(f"{PATH}/ProvisionedThroughput/Enabled") is not True:
        return
    yield from problems(
        model, PATH, model.broker_type or ctx.cluster.broker_type, model.integer(f"{PATH}/VolumeSize")
    )
