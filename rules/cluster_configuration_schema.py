"""An MSK configuration must have the shape CreateConfiguration accepts ("To create an MSK configuration"):
a Name and the server properties are required, KafkaVersions is a list of strings, and no other members
(schema generated from botocore's Kafka service model by tools/gen_cluster_schemas.py). Checked for
`create-configuration --cli-input-json` input, CloudFormation AWS::MSK::Configuration (KafkaVersionsList;
LatestRevision and Arn are CloudFormation's own) and Terraform aws_msk_configuration (arguments mapped one
by one, so only missing and mistyped ones). Found by comparing with cfn-lint (docs/comparison.md): rule
C001 checked clusters only."""

from msklint.findings import Hit
from msklint.packs.cluster.model import ConfigurationModel
from msklint.packs.cluster.schema import structural_errors
from msklint.syntax.structured import Node

CODE = "C032"
NAME = "configuration-request-structure"
SEVERITY = "error"
SUMMARY = "The MSK configuration does not have the shape CreateConfiguration accepts"
GUIDE = "To create an MSK configuration"
BAD = 'resource "aws_msk_configuration" "conf" {\n  kafka_versions = ["3.5.1"]\n  server_properties = "auto.create.topics.enable = true"\n}\n'
GOOD = 'resource "aws_msk_configuration" "conf" {\n  name = "conf"\n  kafka_versions = ["3.5.1"]\n  server_properties = "auto.create.topics.enable = true"\n}\n'

_CFN_ONLY = {"LatestRevision", "Arn"}


READS = (ConfigurationModel,)


def check(doc, ctx, options):
    model = doc.model
    if not isinstance(model.root.value, dict):
        return
    root = model.root
    if model.format == "cloudformation":
        members = {k: v for k, v in root.value.items() if k not in _CFN_ONLY}
        root = Node(members, root.line, root.column, root.pointer)
    strict = model.format in ("cloudformation", "create-configuration")
    hint = "see the CreateConfiguration request syntax in the Amazon MSK API reference"
    for place, message in structural_errors(root, "CreateConfiguration", report_unknown_members=strict):
        yield Hit.at(place, message, hint)
