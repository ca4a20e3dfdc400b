"""A cluster policy (resource-based policy, "Amazon MSK resource-based policies") says which principals of
other accounts may connect to the cluster. `"Principal": "*"`, `{"AWS": "*"}` or an ARN with a wildcard
account (`arn:aws:iam::*:root`) opens the cluster to every AWS account unless a Condition narrows it
(aws:PrincipalOrgID, aws:PrincipalAccount, aws:PrincipalArn, aws:SourceAccount, aws:SourceArn,
aws:SourceVpc(e), ...). The guide's examples name the account ("Step 2: Attach a cluster policy to the MSK
cluster": `"AWS": ["123456789012"]`). A principal the template computes is reported at info."""

import re

from msklint.findings import Hit
from msklint.packs.iam.model import CLUSTER, RESOURCE, policy_of, resolve_text
from msklint.syntax import is_unknown

CODE = "I042"
NAME = "cluster-policy-open-principal"
SEVERITY = "error"
SUMMARY = "a cluster policy allows any AWS account without a restricting condition"
GUIDE = "Amazon MSK resource-based policies"
BAD = (
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"},\n'
    ' "Action": ["kafka:CreateVpcConnection", "kafka:GetBootstrapBrokers"],\n'
    ' "Resource": "arn:aws:kafka:us-east-1:123456789012:cluster/testing/*"}]}\n'
)
GOOD = BAD.replace('{"AWS": "*"}', '{"AWS": ["444455556666"]}')

RESTRICTING = {
    "aws:principalorgid",
    "aws:principalorgpaths",
    "aws:principalaccount",
    "aws:principalarn",
    "aws:sourceaccount",
    "aws:sourcearn",
    "aws:sourceowner",
    "aws:sourcevpc",
    "aws:sourcevpce",
    "aws:sourceorgid",
    "aws:sourceorgpaths",
    "aws:userid",
    "aws:sourceip",
}
_ANY_ACCOUNT = re.compile(r"^(\*|arn:[^:]*:(iam|sts)::\*:.*)$")


def check(doc, ctx, options):
    policy = policy_of(doc)
    if policy is None or policy.role not in (CLUSTER, RESOURCE):
        return
    for statement in policy.statements():
        principal = statement.principal()
        if not statement.allows or principal is None:
            continue
        restricted = bool(statement.condition_keys() & RESTRICTING)
        values = (
            [principal]
            if isinstance(principal.value, str)
            else [item for key, holder in principal.items() if key == "AWS" for item in holder.elements()]
        )
        if is_unknown(principal):
            values = [principal]
        for node in values:
            text = resolve_text(node)
            if text is None or (text.startswith("${") and text.endswith("}") and text.count("${") == 1):
                yield Hit.at(
                    node,
                    "cannot check: the template computes this principal",
                    "msklint checks it once the value is written out",
                    severity="info",
                )
            elif _ANY_ACCOUNT.match(text.strip()) and not restricted:
                yield Hit.at(
                    node,
                    f"principal '{text}' is every AWS account, and no condition narrows it",
                    "name the account ids (or add an aws:PrincipalOrgID / aws:SourceAccount condition)",
                )
