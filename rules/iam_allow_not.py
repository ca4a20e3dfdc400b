"""`"Effect": "Allow"` with `NotAction` allows every action of every service except those listed, and with
`NotResource` allows the actions on every resource except those listed — including actions and resources
that AWS adds later. Either almost always grants far more than meant; list what is allowed instead
("Policy best practices": least privilege)."""

from msklint.findings import Hit, Place
from msklint.packs.iam.model import policy_of

CODE = "I041"
NAME = "allow-with-not"
SEVERITY = "warning"
SUMMARY = "Allow with NotAction or NotResource grants everything not listed"
GUIDE = "Policy best practices"
BAD = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "NotAction": "kafka:Delete*", "Resource": "*"}]}\n'
GOOD = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "kafka:Describe*", "Resource": "*"}]}\n'


def check(doc, ctx, options):
    policy = policy_of(doc)
    if policy is None:
        return
    for statement in policy.statements():
        if not statement.allows:
            continue
        for key, what in (
            ("NotAction", "every action except"),
            ("NotResource", "the actions on every resource except"),
        ):
            node = statement.get(key)
            if node is not None:
                yield Hit.at(
                    Place.key_of(node),
                    f"Allow with {key} allows {what} the ones listed",
                    f"use {key[3:]} with the {key[3:].lower()}s to allow",
                )
