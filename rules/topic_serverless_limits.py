"""Serverless topic configs have maximums. "Configuration for serverless clusters": max.message.bytes at
most 8 MiB, retention.bytes at most 250 GiB ("MSK Serverless quota" says "Maximum message size 8 MB"; the
configuration table is the one about the property, so 8 MiB = 8388608). retention.bytes=-1 (unlimited) is
above the 250 GiB maximum and reported too. retention.ms is unlimited on serverless.
"""

from msklint.findings import Hit
from msklint.msk import SERVERLESS_MAX_MESSAGE_BYTES, SERVERLESS_MAX_RETENTION_BYTES
from msklint.topic_config import as_int

CODE = "T031"
NAME = "serverless-config-limit"
SEVERITY = "error"
SUMMARY = "serverless topics allow max.message.bytes up to 8 MiB and retention.bytes up to 250 GiB"
GUIDE = "Configuration for serverless clusters"
BAD = "# msklint check --cluster-type serverless\ntopics:\n  - name: orders\n    partitions: 6\n    config:\n      max.message.bytes: '10485760'\n"
GOOD = "# msklint check --cluster-type serverless\ntopics:\n  - name: orders\n    partitions: 6\n    config:\n      max.message.bytes: '8388608'\n"

LIMITS = (
    ("max.message.bytes", SERVERLESS_MAX_MESSAGE_BYTES, "8 MiB"),
    ("retention.bytes", SERVERLESS_MAX_RETENTION_BYTES, "250 GiB"),
)


def check(doc, ctx, options):
    if not ctx.cluster.serverless:
        return
    for topic in doc.model.topics:
        for key, maximum, shown in LIMITS:
            setting = topic.config.get(key)
            value = as_int(setting.value) if setting is not None else None
            if value is None or (0 <= value <= maximum):
                continue
            what = "unlimited (-1)" if value < 0 else str(value)
            yield Hit.at(
                setting,
                f"topic '{topic.name}': {key}={what} is above the serverless maximum of {maximum} ({shown})",
                f"set {key} to at most {maximum}",
            )
