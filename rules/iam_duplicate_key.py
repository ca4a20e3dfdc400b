"""A key written twice in one JSON object: JSON parsers (and IAM) keep only the last value silently, so a
policy with two `"Resource"` keys in one statement grants on the second list only, though a reviewer reads
both."""

from msklint.findings import Hit

CODE = "I004"
NAME = "policy-duplicate-key"
SEVERITY = "error"
SUMMARY = "a policy element is written twice; only the last one counts"
GUIDE = "Amazon MSK identity-based policies"
BAD = (
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "kafka-cluster:Connect",\n'
    ' "Resource": "arn:aws:kafka:us-east-1:123456789012:cluster/a/*",\n'
    ' "Resource": "arn:aws:kafka:us-east-1:123456789012:cluster/b/*"}]}\n'
)
GOOD = (
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "kafka-cluster:Connect",\n'
    ' "Resource": ["arn:aws:kafka:us-east-1:123456789012:cluster/a/*",\n'
    ' "arn:aws:kafka:us-east-1:123456789012:cluster/b/*"]}]}\n'
)


def check(doc, ctx, options):
    for duplicate in doc.extras.get("duplicates", ()):
        yield Hit(
            duplicate.line,
            duplicate.column,
            f"{duplicate.pointer}/{duplicate.key}",
            f"'{duplicate.key}' is already set on line {duplicate.first_line}; only this later one counts",
            f"merge the two '{duplicate.key}' values into one",
        )
