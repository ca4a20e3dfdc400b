"""Shared by I052 and I-rules on other service roles: which policies a service role has and what they cover."""

from __future__ import annotations

import fnmatch

from msklint.packs.iam.model import IDENTITY, TRUST, as_glob, parse_arn, policy_of, resolve_text

# (action, resource type, sample names the grant must cover)
REQUIRED = [
    ("Connect", "cluster", "c/u"),
    ("DescribeCluster", "cluster", "c/u"),
    *[
        (a, "topic", "c/u/__amazon_msk_connect_offsets")
        for a in ("CreateTopic", "WriteData", "ReadData", "DescribeTopic")
    ],
    *[(a, "group", "c/u/connect-my-connector") for a in ("AlterGroup", "DescribeGroup")],
    *[(a, "group", "c/u/__amazon_msk_connect_x") for a in ("AlterGroup", "DescribeGroup")],
]


def covers(resource: str | None, kind: str, sample: str) -> bool:
    if resource is None:
        return True
    glob = as_glob(resource)
    if glob.strip("*") == "":
        return True
    arn = parse_arn(glob)
    if arn is None:
        return False
    parts = arn.resource.split("/")
    # the cluster name and UUID are the user's: only the type and the topic/group part are compared
    general = "/".join([parts[0], *["*" for _ in parts[1:3]], *parts[3:]])
    return fnmatch.fnmatchcase(f"{kind}/{sample}", general)


def _trusts(policy, service: str) -> bool:
    for statement in policy.statements():
        principal = statement.principal()
        holder = principal.get("Service") if principal is not None else None
        if (
            statement.allows
            and holder is not None
            and any((resolve_text(n) or "").strip() == service for n in holder.elements())
        ):
            return True
    return False


def role_policies(docs, service: str):
    """(trust document, [permission policies of the same role in the same file]) per role `service` assumes."""
    for doc in docs:
        policy = policy_of(doc)
        if policy is None or policy.role != TRUST or not policy.principal_key or not _trusts(policy, service):
            continue
        mine = [
            other
            for other in docs
            if other.path == doc.path
            and policy_of(other) is not None
            and policy_of(other).role == IDENTITY
            and (
                policy_of(other).principal_key == policy.principal_key
                or policy.principal_key in policy_of(other).extras.get("principals", ())
            )
        ]
        yield doc, mine
