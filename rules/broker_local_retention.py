"""Tiered storage keeps `log.local.retention.ms` / `log.local.retention.bytes` of data on the brokers and
`log.retention.*` in total; the local part must be smaller than the total. The guide contradicts itself:
the default-configuration table says the local value "should always be less than or equal to" the total,
the tiered-storage guidelines say it "can't equal or exceed" it (and that table row compares
local.retention.ms with log.retention.bytes, a garbled unit). Reading taken: above the total is an error
(Kafka refuses it too), equal to it a warning (Kafka accepts it, the guideline does not). -2 (use the
total) and an unlimited total (-1) are always fine."""

from msklint.broker_config import in_ms, integer, values
from msklint.findings import Hit

CODE = "B043"
NAME = "local-retention-exceeds-retention"
SEVERITY = "error"
SUMMARY = "local (primary-storage) retention must be below the total retention"
GUIDE = "Guidelines for tiered storage topic-level configuration"
BAD = "log.retention.ms=259200000\nlog.local.retention.ms=604800000\n"
GOOD = "log.retention.ms=604800000\nlog.local.retention.ms=86400000\n"


def check(doc, ctx, options):
    settings = values(doc)
    total_ms, _ = in_ms(settings, "log.retention.ms")
    if total_ms is None and not any(
        key in settings for key in ("log.retention.minutes", "log.retention.hours")
    ):
        total_ms = 168 * 3_600_000  # Kafka's default log.retention.hours
    total_bytes = integer(settings, "log.retention.bytes") if "log.retention.bytes" in settings else -1
    for key, total, total_name in (
        ("log.local.retention.ms", total_ms, "the log retention time"),
        ("log.local.retention.bytes", total_bytes, "log.retention.bytes"),
    ):
        local = integer(settings, key)
        if local is None or local < 0 or total is None or total < 0 or local < total:
            continue
        entry = doc.model.get(key)
        yield Hit.at(
            entry.value_at,
            f"{key}={local} {'exceeds' if local > total else 'equals'} {total_name} ({total})",
            f"set {key} below {total}, or -2 to keep everything locally",
            severity=None if local > total else "warning",
        )
