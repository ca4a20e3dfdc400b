"""On tiered-storage clusters "The minimum retention period in low-cost storage is 3 days" ("Tiered storage
constraints and limitations"); the topic-level guidelines repeat it for retention.ms (minimum 259,200,000
ms, -1 for unlimited). The broker-wide `log.retention.ms` / `.minutes` / `.hours` is the default of every
topic's retention.ms, so a cluster default under 3 days makes each new tiered topic invalid. The effective
value follows Kafka's precedence (ms, then minutes, then hours). Needs the storage mode; silent unless it
is TIERED."""

from msklint.broker_config import in_ms, values
from msklint.findings import Hit
from msklint.msk import TIERED_MIN_RETENTION_MS

CODE = "B041"
NAME = "tiered-retention-minimum"
SEVERITY = "warning"
SUMMARY = "tiered-storage clusters need a retention of at least 3 days"
GUIDE = "Tiered storage constraints and limitations"
BAD = "# msklint check --storage-mode TIERED\nlog.retention.hours=24\n"
GOOD = "# msklint check --storage-mode TIERED\nlog.retention.hours=72\n"


def check(doc, ctx, options):
    if not ctx.cluster.tiered:
        return
    retention, key = in_ms(values(doc), "log.retention.ms")
    if retention is None or retention < 0 or retention >= TIERED_MIN_RETENTION_MS:
        return
    entry = doc.model.get(key)
    yield Hit.at(
        entry.value_at,
        f"{key}={entry.value.strip()} keeps data {retention / 3_600_000:g} hours: tiered storage needs at least 3 days",
        "set log.retention.hours to 72 or more (or log.retention.ms to 259200000 or more, -1 for unlimited)",
    )
