"""A policy that breaks the IAM policy grammar is refused by IAM (or, for values IAM accepts but ignores,
such as a misspelt element name, silently does something else). msklint validates every policy against
`schemas/iam-policy.schema.json` (its generated validator, `msklint.validators.iam_policy`, first; jsonschema
for the messages of a policy that one rejects): `Statement` is an object or a non-empty list, `Effect` is
`Allow` or `Deny`, a statement has exactly one of `Action`/`NotAction` and of `Resource`/`NotResource`,
`Principal`/`NotPrincipal` appear only in resource (cluster) and trust policies and are required there, a
trust policy has no `Resource`, and `Condition` maps known operators to `{key: value}` blocks. Each error
is reported at the element it concerns.

Values CloudFormation or Terraform compute (`Ref`, `Fn::If`, `${var.x}`) are accepted where a string is
expected; the other rules decide what they can check about them.
"""

from msklint.findings import Hit, Place
from msklint.packs.iam.model import CLUSTER, RESOURCE, TRUST, policy_of
from msklint.syntax import is_unknown

CODE = "I001"
NAME = "policy-grammar"
SEVERITY = "error"
SUMMARY = "the policy does not follow the IAM policy grammar"
GUIDE = "Amazon MSK identity-based policies"
URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html"
BAD = '{"Version": "2012-10-17", "Statement": [{"Effect": "allow", "Action": "kafka-cluster:Connect"}]}\n'
GOOD = (
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "kafka-cluster:Connect",\n'
    ' "Resource": "arn:aws:kafka:us-east-1:123456789012:cluster/MyCluster/*"}]}\n'
)

_ROOTS = {TRUST: "trust_policy", RESOURCE: "resource_policy", CLUSTER: "resource_policy"}


def _plain(node):
    if is_unknown(node):
        return "${unresolved}"
    if isinstance(node.value, dict):
        return {key: _plain(child) for key, child in node.value.items()}
    if isinstance(node.value, list):
        return [_plain(child) for child in node.value]
    return node.value


def _message(error) -> str:
    for candidate in (error, *(error.context or ())):
        custom = candidate.schema.get("errorMessage") if isinstance(candidate.schema, dict) else None
        if custom:
            return custom
    return error.message


def check(doc, ctx, options):
    policy = policy_of(doc)
    if policy is None:
        return
    from msklint import validators
    from msklint.validators import iam_policy

    root = _ROOTS.get(policy.role, "identity_policy")
    plain = _plain(policy.root)
    if iam_policy.is_valid(plain, root):
        return
    validator = validators.jsonschema_validator("iam-policy", root)
    seen = set()
    for error in sorted(validator.iter_errors(plain), key=lambda e: list(map(str, e.absolute_path))):
        path = "".join(f"/{str(p).replace('~', '~0').replace('/', '~1')}" for p in error.absolute_path)
        node = policy.root.at(path) or policy.root
        if error.validator == "additionalProperties" and isinstance(node.value, dict):
            allowed = set(error.schema.get("properties", {}))
            for key, child in node.items():
                if key not in allowed and (node.pointer, key) not in seen:
                    seen.add((node.pointer, key))
                    yield Hit.at(
                        Place.key_of(child),
                        f"unknown element '{key}': {_message(error)}",
                        "remove it or fix its spelling",
                    )
            continue
        if error.validator == "propertyNames":
            key = error.instance
            child = node.get(key) if isinstance(node.value, dict) else None
            where = child or node
            if (where.pointer, key) in seen:
                continue
            seen.add((where.pointer, key))
            yield Hit.at(
                Place.key_of(where),
                f"'{key}': {_message(error)}",
                "use a documented condition operator or principal type",
            )
            continue
        message = _message(error)
        if (node.pointer, message) in seen:
            continue
        seen.add((node.pointer, message))
        yield Hit(
            node.line, node.column, node.pointer or "/", message, "see the IAM JSON policy elements reference"
        )
