"""Shared by C023 and update-cluster-configuration (U): a ConfigurationInfo's ARN and revision."""

from __future__ import annotations

import re

PLACEHOLDER = re.compile(r"replace|your|example|changeme|todo|[<>{}]", re.IGNORECASE)

ARN = re.compile(
    r"^arn:aws[a-z-]*:kafka:[a-z0-9-]+:\d{12}:configuration/[0-9A-Za-z][0-9A-Za-z-]*/[0-9a-f-]+$"
)


def problems(model, root="ConfigurationInfo"):
    arn = model.string(f"{root}/Arn")
    if arn is not None and not ARN.match(arn):
        yield (
            f"{root}/Arn",
            f"'{arn}'{' (a placeholder left in place)' if PLACEHOLDER.search(arn) else ''} is not an MSK configuration ARN",
            "use the Arn that create-configuration returned (arn:aws:kafka:REGION:ACCOUNT:configuration/NAME/ID)",
        )
    revision = model.integer(f"{root}/Revision")
    if revision is not None and revision < 1:
        yield (
            f"{root}/Revision",
            f"configuration revision {revision}: revisions start at 1",
            "use revision 1 or later",
        )
