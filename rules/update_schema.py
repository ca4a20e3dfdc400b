"""An update request must have the shape its `aws kafka update-*` operation accepts (schemas generated from
botocore's Kafka service model): known members, types, required members (ClusterArn, CurrentVersion, ...),
enums and bounds. botocore caps TargetNumberOfBrokerNodes at 15; the guide's quotas (30 ZooKeeper, 60
KRaft brokers per cluster) win, and rule U004 checks them. A fragment read with `--kind update` is checked
against the member it fills."""

from msklint.findings import Hit
from msklint.loaders.update import UpdateRequest
from msklint.packs.cluster.schema import structural_errors

CODE = "U001"
NAME = "update-request-structure"
SEVERITY = "error"
SUMMARY = "The update request does not have the shape its MSK API operation accepts"
GUIDE = "Updating the broker size using the API"
BAD = '{"ClusterArn": "arn:aws:kafka:us-east-1:123456789012:cluster/demo/abcd-1", "TargetInstanceType": "kafka.m5.xlarge"}\n'
GOOD = '{"ClusterArn": "arn:aws:kafka:us-east-1:123456789012:cluster/demo/abcd-1", "CurrentVersion": "K3AEGXETSR30VB",\n "TargetInstanceType": "kafka.m5.xlarge"}\n'


def check(doc, ctx, options):
    model = doc.model
    if not isinstance(model, UpdateRequest):
        return
    root = model.root
    if model.fragment:
        (root,) = model.root.value.values()
        if isinstance(root.value, list) and root.value:
            root = root.value[0]
    hint = f"see the {model.operation} request syntax in the Amazon MSK API reference"
    for place, message in structural_errors(root, model.operation, model.fragment or ""):
        if model.rest and message.endswith("'ClusterArn' is missing"):
            continue  # the REST API takes the cluster ARN in the URL
        yield Hit.at(place, message, hint)
