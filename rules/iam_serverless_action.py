"""MSK Serverless does not support every data-plane action: the guide's actions table ("Semantics of
actions and resources", column "Applicable to serverless clusters") says No for `AlterCluster`,
`DescribeClusterDynamicConfiguration` and `AlterClusterDynamicConfiguration` (the catalog takes the
column from the guide; no IAM database has it). When the cluster context is serverless (`--cluster-type
serverless` or a serverless cluster definition in the run), a policy that names one of them explicitly
grants something the cluster will never use — usually a copy of a provisioned-cluster policy (the guide's
own serverless tutorial policy allows AlterCluster). Wildcard patterns are not reported."""

from msklint.findings import Hit
from msklint.packs.iam.model import action_info, expand_action, policy_of

CODE = "I033"
NAME = "serverless-inapplicable-action"
SEVERITY = "warning"
SUMMARY = "an action that MSK Serverless does not support is allowed for a serverless cluster"
GUIDE = "Semantics of actions and resources"
BAD = (
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow",\n'
    ' "Action": ["kafka-cluster:Connect", "kafka-cluster:AlterCluster"],\n'
    ' "Resource": "arn:aws:kafka:us-east-1:123456789012:cluster/MyCluster/*"}]}\n'
)
GOOD = (
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow",\n'
    ' "Action": ["kafka-cluster:Connect", "kafka-cluster:DescribeCluster"],\n'
    ' "Resource": "arn:aws:kafka:us-east-1:123456789012:cluster/MyCluster/*"}]}\n'
)
EXAMPLE_FLAGS = "--cluster-type serverless"


def check(doc, ctx, options):
    policy = policy_of(doc)
    if policy is None or ctx.cluster.serverless is not True:
        return
    for statement in policy.statements():
        if not statement.allows:
            continue
        for node in statement.action_nodes():
            if "*" in node.value or "?" in node.value:
                continue
            for prefix, name in expand_action(node.value) or []:
                if prefix == "kafka-cluster" and action_info(prefix, name).get("serverless") is False:
                    yield Hit.at(
                        node,
                        f"'{prefix}:{name}' does not apply to MSK Serverless clusters",
                        "remove it from policies for serverless clusters",
                    )
