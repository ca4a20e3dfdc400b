"""Every data-plane action needs `kafka-cluster:Connect` on the cluster ("Semantics of actions and
resources": Connect is a required action of all 18 others). A policy that allows topic or group actions but
never `Connect` on that cluster lets the client authenticate and then fail every request. msklint looks
across all statements of the policy, of the policies attached to the same role in the same file, or of the
whole run with `--group-policies` (rule option `group-policies`); reported once per policy, at the first
action that needs it. Resources a template computes count as matching."""

from msklint.findings import Hit
from msklint.options import Option
from msklint.packs.iam.model import cluster_key, grants, policy_of, principal_groups, same_cluster_keys

CODE = "I031"
NAME = "connect-missing"
SEVERITY = "error"
SUMMARY = "data-plane actions are allowed without kafka-cluster:Connect on the cluster"
GUIDE = "Semantics of actions and resources"
OPTIONS = {"group-policies": Option(bool, False, "judge all policies of the run as one principal's")}
BAD = (
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow",\n'
    ' "Action": ["kafka-cluster:DescribeTopic", "kafka-cluster:WriteData"],\n'
    ' "Resource": "arn:aws:kafka:us-east-1:123456789012:topic/MyCluster/*"}]}\n'
)
GOOD = (
    '{"Version": "2012-10-17", "Statement": [\n'
    ' {"Effect": "Allow", "Action": "kafka-cluster:Connect",\n'
    '  "Resource": "arn:aws:kafka:us-east-1:123456789012:cluster/MyCluster/*"},\n'
    ' {"Effect": "Allow", "Action": ["kafka-cluster:DescribeTopic", "kafka-cluster:WriteData"],\n'
    '  "Resource": "arn:aws:kafka:us-east-1:123456789012:topic/MyCluster/*"}]}\n'
)


def check_all(docs, ctx, options):
    for group in principal_groups(docs, bool(options.get("group-policies"))):
        allowed = [(doc, g) for doc in group for g in grants(policy_of(doc)) if g.effective() is not False]
        # one Connect resource per cluster key; cluster key -> some Connect is allowed in that cluster
        connects = {
            cluster_key(g.resource): g.resource for _, g in allowed if g.action == "kafka-cluster:Connect"
        }
        connected: dict = {}
        reported = set()
        for doc, grant in allowed:
            if grant.prefix != "kafka-cluster" or grant.name == "Connect" or id(doc) in reported:
                continue
            key = cluster_key(grant.resource)
            if key not in connected:
                connected[key] = any(same_cluster_keys(key, c) for c in connects)
            if connected[key]:
                continue
            reported.add(id(doc))
            node = grant.action_node
            yield (
                doc,
                Hit.at(
                    node,
                    f"'{node.value}' needs kafka-cluster:Connect on the cluster, and no statement allows it",
                    "allow kafka-cluster:Connect on the cluster ARN (arn:aws:kafka:REGION:ACCOUNT:cluster/NAME/*)",
                ),
            )
