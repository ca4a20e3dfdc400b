"""Client subnets and security groups are given by their IDs ("Creating a cluster using the AWS CLI":
"Replace the subnet IDs in the JSON with the values that correspond to your subnets. Replace
Security-Group-ID with the ID of one or more security groups"): subnet-… and sg-… followed by 8 or 17
hexadecimal digits. Anything else (a name, a placeholder left in place such as the guide's own
"Subnet-1-ID") makes CreateCluster fail. Values known only at deploy time are not checked. A placeholder
(`ReplaceWithSubnetId1`, `<subnet-id>`, `String`) is still an error, since the request fails as written; the
message says it is a placeholder."""

import re

from msklint.findings import Hit
from msklint.packs.cluster.model import ClusterModel
from msklint.syntax import UNKNOWN

CODE = "C030"
NAME = "subnet-and-security-group-ids"
SEVERITY = "error"
SUMMARY = "Client subnets and security groups must be subnet-/sg- IDs"
GUIDE = "Creating a cluster using the AWS CLI"
BAD = '{"InstanceType": "kafka.m5.large", "ClientSubnets": ["Subnet-1-ID", "Subnet-2-ID", "Subnet-3-ID"]}\n'
GOOD = '{"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-0123456789abcdef0", "subnet-2468013579abcdef1", "subnet-1357902468abcdef2"]}\n'

PLACEHOLDER = re.compile(r"replace|your|example|changeme|todo|[<>{}]|^string$|^x+$", re.IGNORECASE)
PATTERNS = {
    "subnet": re.compile(r"^subnet-([0-9a-f]{8}|[0-9a-f]{17})$"),
    "sg": re.compile(r"^sg-([0-9a-f]{8}|[0-9a-f]{17})$"),
}


def lists(model):
    if model.serverless:
        configs = model.node("VpcConfigs")
        for vpc in configs.value if configs is not None and isinstance(configs.value, list) else []:
            if isinstance(vpc.value, dict):
                yield "subnet", vpc.get("SubnetIds")
                yield "sg", vpc.get("SecurityGroupIds")
    else:
        yield "subnet", model.node("BrokerNodeGroupInfo/ClientSubnets")
        yield "sg", model.node("BrokerNodeGroupInfo/SecurityGroups")


READS = (ClusterModel,)


def check(doc, ctx, options):
    model = doc.model
    for kind, node in lists(model):
        if node is None or node.tag == UNKNOWN or not isinstance(node.value, list):
            continue
        for item in node.value:
            if item.tag is None and isinstance(item.value, str) and not PATTERNS[kind].match(item.value):
                what = "subnet" if kind == "subnet" else "security group"
                placeholder = " (a placeholder left in place)" if PLACEHOLDER.search(item.value) else ""
                yield Hit.at(
                    item,
                    f"'{item.value}'{placeholder} is not a {what} ID ({kind}- and 8 or 17 hex digits)",
                    f"use the {what}'s ID, e.g. {kind}-0123456789abcdef0",
                )
