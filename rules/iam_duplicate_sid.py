"""Statement ids must be unique within a policy: IAM refuses a policy with two statements of the same Sid
(and a reviewer or an Access Analyzer finding that names the Sid becomes ambiguous)."""

from msklint.findings import Hit
from msklint.packs.iam.model import policy_of

CODE = "I003"
NAME = "duplicate-sid"
SEVERITY = "error"
SUMMARY = "two statements of one policy share a Sid"
GUIDE = "Amazon MSK identity-based policies"
URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html"
BAD = (
    '{"Version": "2012-10-17", "Statement": [\n'
    ' {"Sid": "A", "Effect": "Allow", "Action": "kafka:ListClusters", "Resource": "*"},\n'
    ' {"Sid": "A", "Effect": "Allow", "Action": "kafka:ListNodes", "Resource": "*"}]}\n'
)
GOOD = BAD.replace(
    '"Sid": "A", "Effect": "Allow", "Action": "kafka:ListNodes"',
    '"Sid": "B", "Effect": "Allow", "Action": "kafka:ListNodes"',
)


def check(doc, ctx, options):
    policy = policy_of(doc)
    if policy is None:
        return
    first = {}
    for statement in policy.statements():
        sid = statement.get("Sid")
        if sid is None or not isinstance(sid.value, str) or not sid.value:
            continue
        if sid.value in first:
            yield Hit.at(
                sid,
                f"Sid '{sid.value}' is already used by the statement on line {first[sid.value]}",
                "give every statement its own Sid",
            )
        else:
            first[sid.value] = sid.line
