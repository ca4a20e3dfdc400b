"""`kafka-cluster:*` or `kafka:*` (or `*`) on `"Resource": "*"` gives every MSK permission on every
cluster, topic and group of every account the principal can reach: admin rights for a client that needs to
produce to one topic. The guide's "Policy best practices" asks for least privilege, and its own examples
name the cluster ("Create authorization policies"). Reported for Allow statements without a Condition.

Data-plane actions named one by one (`kafka-cluster:ReadData`) on `"Resource": "*"` are reported too: they
then apply to every cluster, topic and group the principal can reach in any account. Control-plane
`kafka:` actions on `*` are not (listing and creating need `*`, and the guide's managed policies use it).
"""

from msklint.findings import Hit
from msklint.packs.iam.model import as_glob, expand_action, policy_of, resolve_text

CODE = "I040"
NAME = "broad-wildcard"
SEVERITY = "warning"
SUMMARY = "every MSK action is allowed on every resource"
GUIDE = "Policy best practices"
BAD = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "kafka-cluster:*", "Resource": "*"}]}\n'
GOOD = (
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "kafka-cluster:*",\n'
    ' "Resource": "arn:aws:kafka:us-east-1:123456789012:cluster/MyCluster/*"}]}\n'
)

_SERVICE_WIDE = ("*", "kafka-cluster:*", "kafka:*", "kafka*:*", "kafkaconnect:*")


def check(doc, ctx, options):
    policy = policy_of(doc)
    if policy is None:
        return
    for statement in policy.statements():
        if not statement.allows or statement.get("Condition") is not None:
            continue
        resources = statement.resource_nodes()
        if not any((resolve_text(r) or "x").strip() == "*" for r in resources):
            continue
        data_plane = [
            n
            for n in statement.action_nodes()
            if n.value.lower().startswith("kafka-cluster:")
            and n.value.lower() not in _SERVICE_WIDE
            and expand_action(n.value)
        ]
        if data_plane:
            first = data_plane[0]
            yield Hit.at(
                first,
                f"'{first.value}'"
                + (f" and {len(data_plane) - 1} more data-plane actions" if len(data_plane) > 1 else "")
                + ' on Resource "*" apply to every cluster, topic and group in every account',
                "name the cluster, topic and group ARNs instead of *",
            )
        for node in statement.action_nodes():
            if node.value.lower() in _SERVICE_WIDE or as_glob(node.value).strip("*") == "":
                what = (
                    "every action of every service"
                    if node.value.strip("*") == ""
                    else f"every {node.value.split(':')[0]} action"
                )
                yield Hit.at(
                    node,
                    f"'{node.value}' on Resource \"*\" allows {what} on every cluster",
                    "name the actions the client needs and the cluster, topic and group ARNs",
                )
