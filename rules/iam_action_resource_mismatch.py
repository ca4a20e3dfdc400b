"""Each MSK action applies to one resource type ("Semantics of actions and resources": cluster, topic,
group or transactional-id for `kafka-cluster:` actions; the catalog's types for `kafka:` and
`kafkaconnect:`). IAM never matches an action against an ARN of another type, so a statement that lists
`kafka-cluster:ReadData` with only a cluster ARN grants no read at all — the most common MSK policy
mistake, because the statement looks complete. A wildcard pattern is reported when none of the actions it
stands for can apply (`kafka-cluster:*Topic*` on a cluster ARN).

Error when no statement of the policy grants the action on a resource of its type; warning when another
statement does (the entry is dead but harmless — the guide's own AWSMSKReplicatorExecutionRole managed
policy lists topic and group actions on `cluster/*` and AlterCluster on `topic/*/*`, and repeats them
correctly in other statements). `WriteDataIdempotently` is a cluster action (the guide: "It cannot be used
at the topic level"). Resources a template computes (`Ref`, `${aws_msk_cluster.x.arn}`) are not judged.
"""

from msklint.findings import Hit
from msklint.packs.iam.arns import arn_problem
from msklint.packs.iam.model import (
    applies_to,
    arn_service,
    catalog,
    grants,
    kafka_actions_of,
    policy_of,
    resolve_text,
    resource_types_of,
    type_heads,
)

CODE = "I011"
NAME = "action-resource-mismatch"
SEVERITY = "error"
SUMMARY = "an action is paired only with resources of another type, so it grants nothing"
GUIDE = "Semantics of actions and resources"
BAD = (
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow",\n'
    ' "Action": ["kafka-cluster:Connect", "kafka-cluster:ReadData"],\n'
    ' "Resource": "arn:aws:kafka:us-east-1:123456789012:cluster/MyCluster/*"}]}\n'
)
GOOD = (
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow",\n'
    ' "Action": ["kafka-cluster:Connect", "kafka-cluster:ReadData"],\n'
    ' "Resource": ["arn:aws:kafka:us-east-1:123456789012:cluster/MyCluster/*",\n'
    '              "arn:aws:kafka:us-east-1:123456789012:topic/MyCluster/*"]}]}\n'
)


def _types(prefix, names):
    heads = type_heads(prefix)
    actions = catalog()["services"][prefix]["actions"]
    return sorted({heads.get(t, t) for n in names for t in actions[n]["resource_types"]})


def check(doc, ctx, options):
    policy = policy_of(doc)
    if policy is None:
        return
    effective = {g.action.lower() for g in grants(policy) if g.effective() is not False}
    for statement in policy.statements():
        if statement.get("NotResource") is not None:
            continue
        resources = statement.resource_nodes()
        texts = [resolve_text(node) for node in resources]
        if not resources or any(text is None for text in texts):
            continue
        texts = [text for text in texts if arn_problem(text) is None]  # rule I020 reports the others
        if not texts:
            continue
        for node, expanded in kafka_actions_of(statement):
            if any(
                applies_to(prefix, name, text) is not False for prefix, name in expanded for text in texts
            ):
                continue
            prefix = expanded[0][0]
            wanted = _types(prefix, [name for p, name in expanded if p == prefix])
            named = sorted(
                {t for text in texts for t in (resource_types_of(text, arn_service(prefix)) or ())}
            )
            first = resources[0]
            held = f"{' and '.join(named)} ARNs" if named else f"no {arn_service(prefix)} ARN"
            elsewhere = all(f"{p}:{n}".lower() in effective for p, n in expanded)
            yield Hit.at(
                node,
                f"'{node.value}' applies to {' / '.join(wanted)} resources, but this statement's Resource "
                f"(line {first.line}) holds {held}: it grants nothing here",
                f"move it to a statement whose Resource is a {wanted[0]} ARN"
                + (" (another statement already grants it; delete this entry)" if elsewhere else ""),
                severity="warning" if elsewhere else None,
            )
