"""Shared by I020 and I-rules that read resources: the shape of MSK ARNs."""

from __future__ import annotations

import re

from msklint.packs.iam.model import as_glob, parse_arn, type_heads

PARTITIONS = ("aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc")

_REGION = re.compile(r"^[a-z]{2}(-[a-z]+)+-\d+$")

# parts after the type word, per kafka-cluster resource type
SEGMENTS = {"cluster": 2, "topic": 3, "group": 3, "transactional-id": 3}


def arn_problem(text: str) -> tuple[str, str] | None:
    """(message, hint) when the text cannot be an MSK resource ARN."""
    glob = as_glob(text)
    if glob.strip("*") == "":
        return None  # entirely unknown (or "*"): nothing to check
    arn = parse_arn(glob)
    if arn is None:
        if glob.startswith("arn:"):
            return (
                f"'{text}' is a truncated ARN",
                "write the whole ARN, e.g. arn:aws:kafka:REGION:ACCOUNT:cluster/NAME/UUID",
            )
        return (
            f"'{text}' is not an ARN (a placeholder left in?)",
            "use an ARN such as arn:aws:kafka:REGION:ACCOUNT:cluster/NAME/UUID, or *",
        )
    service = arn.service.lower()
    if service in ("kafka-cluster", "msk", "kafka-connect"):
        right = "kafkaconnect" if service == "kafka-connect" else "kafka"
        return (
            f"ARNs of MSK resources use the service name '{right}', not '{arn.service}'",
            f"write arn:...:{right}:...",
        )
    if service not in ("kafka", "kafkaconnect"):
        return None
    if "*" not in arn.partition and arn.partition not in PARTITIONS:
        return f"'{arn.partition}' is not an AWS partition", "use aws (or aws-cn, aws-us-gov)"
    if arn.resource.startswith("/"):
        return (
            f"'{text}' is the REST API path form, not an IAM resource ARN",
            "use arn:aws:kafka:REGION:ACCOUNT:cluster/NAME/UUID (or configuration/..., or *)",
        )
    if not arn.region:
        return "an MSK ARN needs a Region", "fill in the Region code, e.g. us-east-1, or *"
    if "*" not in arn.region and "?" not in arn.region and not _REGION.match(arn.region):
        return f"'{arn.region}' is not a Region code", "use a code such as us-east-1, or *"
    account = arn.account
    if "*" not in account and "?" not in account and not re.fullmatch(r"\d{12}", account):
        if re.fullmatch(r"\d+", account):
            return (
                f"account id '{account}' has {len(account)} digits, not 12: this ARN can never match",
                "use the 12-digit account id (the guide's examples show 13-digit ones)",
            )
        return f"'{account}' is not an account id", "use the 12-digit account id, or *"
    heads = set(type_heads("kafka" if service == "kafka" else "kafkaconnect").values())
    head = arn.resource.split("/", 1)[0]
    if "*" in head or "?" in head:
        return None
    if head not in heads:
        return (f"'{head}' is not a {service} resource type", f"use one of: {', '.join(sorted(heads))}")
    parts = arn.resource.split("/")[1:]
    expected = SEGMENTS.get(head) if service == "kafka" else None
    if expected and "*" not in arn.resource and "?" not in arn.resource and len(parts) != expected:
        shape = "/".join(["CLUSTER-NAME", "CLUSTER-UUID", head.upper() + "-NAME"][:expected])
        return (
            f"a {head} ARN has {expected} parts after '{head}/' ({head}/{shape}), this one has {len(parts)}",
            "add the missing part or end with /* to match any",
        )
    if any(part == "" for part in parts):
        return "the ARN has an empty part ('//' or a trailing '/')", "fill in the part or use *"
    return None
