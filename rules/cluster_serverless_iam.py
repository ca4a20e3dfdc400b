"""MSK Serverless requires IAM access control for all clusters ("MSK Serverless"): ClientAuthentication must
turn on SASL/IAM."""

from msklint.findings import Hit
from msklint.packs.cluster.model import ClusterModel, place

CODE = "C026"
NAME = "serverless-iam-required"
SEVERITY = "error"
SUMMARY = "A serverless cluster must use IAM access control"
GUIDE = "MSK Serverless"
BAD = '{"ClusterName": "s", "Serverless": {"VpcConfigs": [{"SubnetIds": ["subnet-a", "subnet-b"]}]}}\n'
GOOD = '{"ClusterName": "s", "Serverless": {"VpcConfigs": [{"SubnetIds": ["subnet-a", "subnet-b"]}],\n "ClientAuthentication": {"Sasl": {"Iam": {"Enabled": true}}}}}\n'


READS = (ClusterModel,)


def check(doc, ctx, options):
    model = doc.model
    if not model.serverless:
        return
    if model.auth("iam") is False or (model.node("ClientAuthentication") is None and model.whole):
        yield Hit.at(
            place(model, "ClientAuthentication"),
            "MSK Serverless needs IAM access control turned on",
            "set ClientAuthentication Sasl Iam Enabled to true",
        )
