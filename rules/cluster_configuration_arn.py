"""ConfigurationInfo names a configuration by ARN and revision; revisions are whole numbers that start at 1
("Updating the configuration of a cluster using the AWS CLI"). A configuration ARN looks like
arn:aws:kafka:REGION:ACCOUNT:configuration/NAME/UUID-N (from "To create an MSK configuration"). A placeholder
left in place (`ReplaceWithConfigurationArn`, `<aws-account-number>`) is an error too: the request fails as
written; the message says it is a placeholder."""

from msklint.findings import Hit
from msklint.packs.cluster.configuration_info import problems
from msklint.packs.cluster.model import ClusterModel, place

CODE = "C023"
NAME = "configuration-reference"
SEVERITY = "error"
SUMMARY = "ConfigurationInfo with a malformed ARN or a revision below 1"
GUIDE = "Updating the configuration of a cluster using the AWS CLI"
BAD = '{"Arn": "arn:aws:kafka:us-east-1:123456789012:cluster/demo/abcd", "Revision": 0}\n'
GOOD = '{"Arn": "arn:aws:kafka:us-east-1:123456789012:configuration/demo/abcdabcd-1234-abcd-1234-abcd123e8e8e-1", "Revision": 1}\n'


READS = (ClusterModel,)


def check(doc, ctx, options):
    model = doc.model
    if not model.serverless:
        for path, message, hint in problems(model):
            yield Hit.at(place(model, path), message, hint)
