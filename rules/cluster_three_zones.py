"""Set up a three-AZ cluster so that it stays available during updates and broker replacement ("Build highly
available clusters"). A two-AZ cluster is valid (and the only choice in US West (N. California)), so this is
information only."""

from msklint.findings import Hit
from msklint.packs.cluster.model import ClusterModel, place

CODE = "C029"
NAME = "three-availability-zones"
SEVERITY = "info"
SUMMARY = "Two Availability Zones: three are recommended for high availability"
GUIDE = "Build highly available clusters"
BAD = '{"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b"]}\n'
GOOD = '{"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]}\n'


READS = (ClusterModel,)


def check(doc, ctx, options):
    model = doc.model
    if not model.serverless and model.creating and model.zones() == 2:
        yield Hit.at(
            place(model, "BrokerNodeGroupInfo/ClientSubnets"),
            "the cluster spans two Availability Zones",
            "use three subnets in three Availability Zones where the Region allows it",
        )
