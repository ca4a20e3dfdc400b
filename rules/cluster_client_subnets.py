"""A provisioned cluster needs two or three client subnets, each in a different Availability Zone
("Creating an Amazon MSK cluster"; US West (N. California) allows exactly two). Listing the same subnet twice
cannot put brokers in distinct zones. Subnets written as references count as distinct when the references
differ; the zone of a subnet is not in the file, so two distinct subnets in one zone cannot be seen here."""

from msklint.findings import Hit
from msklint.packs.cluster.model import ClusterModel, place

CODE = "C003"
NAME = "client-subnets-two-or-three"
SEVERITY = "error"
SUMMARY = "A provisioned cluster needs 2 or 3 distinct client subnets"
GUIDE = "Creating an Amazon MSK cluster"
BAD = '{"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-a"]}\n'
GOOD = '{"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b"]}\n'


READS = (ClusterModel,)


def check(doc, ctx, options):
    model = doc.model
    if model.serverless:
        return
    subnets = model.subnets()
    if subnets is None:
        return
    names = model.subnet_names()
    path = "BrokerNodeGroupInfo/ClientSubnets"
    if names is not None:
        seen = set()
        for node in subnets:
            if node.value in seen:
                yield Hit.at(
                    place(model, path),
                    f"client subnet '{node.value}' is listed twice",
                    "give each subnet once; each must be in its own Availability Zone",
                )
            seen.add(node.value)
        count = len(seen)
    else:
        count = len(subnets)
        if count in (2, 3):
            return
    if count not in (2, 3):
        yield Hit.at(
            place(model, path),
            f"{count} client subnet(s): MSK needs 2 or 3, each in a different Availability Zone",
            "list two or three subnets in distinct Availability Zones",
        )
