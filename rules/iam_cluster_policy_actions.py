"""For multi-VPC private connectivity the guide lists what a cluster policy grants the cross-account
principal ("Step 2: Attach a cluster policy to the MSK cluster"): `kafka:CreateVpcConnection`,
`kafka:GetBootstrapBrokers`, `kafka:DescribeCluster` and `kafka:DescribeClusterV2`. Data-plane
`kafka-cluster:` actions may be added when clients use IAM ("Amazon MSK resource-based policies").
Any other `kafka:` action in a cluster policy (`kafka:*`, `kafka:UpdateClusterConfiguration`, ...) hands
control-plane rights over the cluster to another account; MSK's PutClusterPolicy accepts only the
connectivity actions, so such a policy is either refused or a mistake."""

from msklint.findings import Hit
from msklint.packs.iam.model import CLUSTER, expand_action, policy_of

CODE = "I043"
NAME = "cluster-policy-actions"
SEVERITY = "warning"
SUMMARY = "a cluster policy grants kafka: actions beyond those multi-VPC connectivity needs"
GUIDE = "Step 2: Attach a cluster policy to the MSK cluster"
BAD = (
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": ["123456789012"]},\n'
    ' "Action": ["kafka:*"], "Resource": "arn:aws:kafka:us-east-1:123456789012:cluster/testing/*"}]}\n'
)
GOOD = BAD.replace('["kafka:*"]', '["kafka:CreateVpcConnection", "kafka:GetBootstrapBrokers"]')

CONNECTIVITY = {"CreateVpcConnection", "GetBootstrapBrokers", "DescribeCluster", "DescribeClusterV2"}


def check(doc, ctx, options):
    policy = policy_of(doc)
    if policy is None or policy.role != CLUSTER:
        return
    for statement in policy.statements():
        if not statement.allows:
            continue
        for node in statement.action_nodes():
            extra = sorted(
                n for p, n in expand_action(node.value) or [] if p == "kafka" and n not in CONNECTIVITY
            )
            if extra:
                shown = ", ".join(extra[:4]) + (f" and {len(extra) - 4} more" if len(extra) > 4 else "")
                yield Hit.at(
                    node,
                    f"'{node.value}' grants kafka:{shown} through the cluster policy",
                    "grant only kafka:CreateVpcConnection, GetBootstrapBrokers, DescribeCluster, DescribeClusterV2",
                )
