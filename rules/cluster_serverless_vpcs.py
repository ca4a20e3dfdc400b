"""A serverless cluster connects clients from at most five VPCs ("MSK Serverless quota": maximum number of
client VPCs per serverless cluster 5), and each VPC needs at least two subnets so that clients can fail over
to another Availability Zone (note in "To create a serverless cluster")."""

from msklint.findings import Hit
from msklint.msk import SERVERLESS_MAX_CLIENT_VPCS, SERVERLESS_MIN_SUBNETS_PER_VPC
from msklint.packs.cluster.model import ClusterModel, place
from msklint.syntax import UNKNOWN

CODE = "C027"
NAME = "serverless-vpc-configs"
SEVERITY = "error"
SUMMARY = "Serverless VPC configs: at most 5 VPCs, at least 2 subnets each"
GUIDE = "MSK Serverless quota"
BAD = '{"ClusterName": "s", "Serverless": {"VpcConfigs": [{"SubnetIds": ["subnet-a"]}],\n "ClientAuthentication": {"Sasl": {"Iam": {"Enabled": true}}}}}\n'
GOOD = '{"ClusterName": "s", "Serverless": {"VpcConfigs": [{"SubnetIds": ["subnet-a", "subnet-b"]}],\n "ClientAuthentication": {"Sasl": {"Iam": {"Enabled": true}}}}}\n'


READS = (ClusterModel,)


def check(doc, ctx, options):
    model = doc.model
    if not model.serverless:
        return
    configs = model.node("VpcConfigs")
    if configs is None or configs.tag == UNKNOWN or not isinstance(configs.value, list):
        return
    if len(configs.value) > SERVERLESS_MAX_CLIENT_VPCS:
        yield Hit.at(
            place(model, "VpcConfigs"),
            f"{len(configs.value)} VPC configs: a serverless cluster takes at most 5",
            "connect further VPCs through multi-VPC connectivity or peering",
        )
    for vpc in configs.value:
        subnets = vpc.get("SubnetIds") if isinstance(vpc.value, dict) else None
        if subnets is None or subnets.tag == UNKNOWN or not isinstance(subnets.value, list):
            continue
        if len(subnets.value) < SERVERLESS_MIN_SUBNETS_PER_VPC:
            yield Hit.at(
                subnets,
                f"{len(subnets.value)} subnet(s) in a VPC config: give at least two",
                "add a subnet in another Availability Zone",
            )
