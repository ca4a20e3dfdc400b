"""update-cluster-configuration: the configuration ARN must be an MSK configuration ARN and the revision a
whole number from 1 ("Updating the configuration of a cluster using the AWS CLI"). The cluster must also
have fewer partitions per broker than the guide's limit; that needs live data and is not checked here."""

from msklint.findings import Hit
from msklint.loaders.update import UpdateRequest, as_cluster
from msklint.packs.cluster.configuration_info import problems
from msklint.packs.cluster.model import place

CODE = "U013"
NAME = "update-configuration-reference"
SEVERITY = "error"
SUMMARY = "update-cluster-configuration with a malformed ARN or revision"
GUIDE = "Updating the configuration of a cluster using the AWS CLI"
BAD = '{"ClusterArn": "arn:aws:kafka:us-east-1:123456789012:cluster/demo/abcd-1", "CurrentVersion": "K1",\n "ConfigurationInfo": {"Arn": "my-config", "Revision": 1}}\n'
GOOD = '{"ClusterArn": "arn:aws:kafka:us-east-1:123456789012:cluster/demo/abcd-1", "CurrentVersion": "K1",\n "ConfigurationInfo": {"Arn": "arn:aws:kafka:us-east-1:123456789012:configuration/my-config/abcdabcd-1234-abcd-1234-abcd123e8e8e-1", "Revision": 1}}\n'


def check(doc, ctx, options):
    model = doc.model
    if not isinstance(model, UpdateRequest) or model.operation != "UpdateClusterConfiguration":
        return
    for path, message, hint in problems(as_cluster(model)):
        yield Hit.at(place(model, path), message, hint)
