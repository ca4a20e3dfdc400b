"""A service principal is matched exactly: `" kafkaconnect.amazonaws.com"` (with the leading space the
guide's "Cross-service confused deputy prevention" example has, a PDF extraction artefact),
`kafka-cluster.amazonaws.com` or `msk.amazonaws.com` never match, so the service cannot assume the role
(or use the resource). MSK's principals are `kafka.amazonaws.com` (Replicator, service-linked role) and
`kafkaconnect.amazonaws.com` (MSK Connect)."""

import re

from msklint.findings import Hit
from msklint.packs.iam.model import did_you_mean, policy_of, resolve_text

CODE = "I051"
NAME = "service-principal-format"
SEVERITY = "error"
SUMMARY = "a service principal is misspelt or padded and never matches"
GUIDE = "Cross-service confused deputy prevention"
BAD = (
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow",\n'
    ' "Principal": {"Service": " kafkaconnect.amazonaws.com"}, "Action": "sts:AssumeRole"}]}\n'
)
GOOD = BAD.replace('" kafkaconnect', '"kafkaconnect')

_FORM = re.compile(r"^[a-z0-9][a-z0-9.-]*\.amazonaws\.com(\.cn)?$")
_MSK = ("kafka.amazonaws.com", "kafkaconnect.amazonaws.com")


def check(doc, ctx, options):
    policy = policy_of(doc)
    if policy is None:
        return
    for statement in policy.statements():
        principal = statement.principal()
        if principal is None or not isinstance(principal.value, dict):
            continue
        holder = principal.get("Service")
        for node in holder.elements() if holder is not None else ():
            text = resolve_text(node)
            if text is None or "${" in text:
                continue
            if text != text.strip() or not _FORM.match(text):
                close = did_you_mean(text.strip(), _MSK) or text.strip()
                yield Hit.at(
                    node,
                    f"service principal '{text}' is not a service name and never matches",
                    f"write '{close}'"
                    if _FORM.match(close)
                    else "write the service's name, e.g. kafkaconnect.amazonaws.com",
                )
            elif text.startswith(("kafka", "msk")) and text not in _MSK:
                yield Hit.at(
                    node,
                    f"'{text}' is not an MSK service principal",
                    f"use {did_you_mean(text, _MSK) or 'kafka.amazonaws.com'}",
                )
