"""Clusters with IAM access control allow up to 3000 TCP connections per broker; the limit is raised with
`listener.name.client_iam.max.connections` or `listener.name.client_iam_public.max.connections`, but
"increasing either property to a high value can result in unavailability" ("Amazon MSK quota"). The rule
notes a value above 3000 so that it is a deliberate choice (info, not a failure)."""

from msklint.broker_config import integer, values
from msklint.findings import Hit
from msklint.options import Option

CODE = "B051"
NAME = "iam-max-connections"
SEVERITY = "info"
SUMMARY = "raising the IAM listener connection limit above 3000 risks unavailability"
GUIDE = "Amazon MSK quota"
OPTIONS = {"limit": Option(int, 3000, "connections per broker MSK allows")}
BAD = "listener.name.client_iam.max.connections=10000\n"
GOOD = "listener.name.client_iam.max.connections=3000\n"
KEYS = ("listener.name.client_iam.max.connections", "listener.name.client_iam_public.max.connections")


def check(doc, ctx, options):
    settings = values(doc)
    for key in KEYS:
        limit = integer(settings, key)
        if limit is not None and limit > options["limit"]:
            entry = doc.model.get(key)
            yield Hit.at(
                entry.value_at,
                f"{key}={limit} is above MSK's {options['limit']} connections per broker: brokers may become unavailable",
                "raise it only as far as clients need, and watch broker CPU and memory",
            )
