"""`log.message.timestamp.difference.max.ms`: "The maximum timestamp difference allowed should be no
greater than log.retention.ms to avoid unnecessarily frequent log rolling" ("The default Amazon MSK
configuration"). Kafka's default (Long.MAX_VALUE) is the unlimited case the sentence is not about, so only
a value the file sets is compared, against the effective retention (ms, then minutes, then hours, else
Kafka's 168 hours; an unlimited retention never conflicts)."""

from msklint.broker_config import in_ms, integer, values
from msklint.findings import Hit

CODE = "B050"
NAME = "default-timestamp-difference-above-retention"
SEVERITY = "warning"
SUMMARY = "log.message.timestamp.difference.max.ms should not exceed the retention time"
GUIDE = "The default Amazon MSK configuration"
BAD = "log.retention.hours=24\nlog.message.timestamp.difference.max.ms=172800000\n"
GOOD = "log.retention.hours=24\nlog.message.timestamp.difference.max.ms=3600000\n"
KEY = "log.message.timestamp.difference.max.ms"


def check(doc, ctx, options):
    settings = values(doc)
    difference = integer(settings, KEY)
    retention, deciding = in_ms(settings, "log.retention.ms")
    if deciding is None:
        retention = 168 * 3_600_000  # Kafka's default log.retention.hours
    if difference is None or retention is None or retention < 0 or difference <= retention:
        return
    entry = doc.model.get(KEY)
    yield Hit.at(
        entry.value_at,
        f"{KEY}={difference} exceeds the log retention ({retention} ms): logs roll unnecessarily often",
        f"set {KEY} to at most {retention}",
    )
