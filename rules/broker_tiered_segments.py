"""MSK does not support small log segments with tiered storage: "there is a minimum log segment size of 48
MiB, or a minimum segment roll time of 10 minutes" ("Guidelines for tiered storage topic-level
configuration"; segment.bytes and segment.ms per topic, whose broker-wide defaults are `log.segment.bytes`
and `log.roll.ms` / `log.roll.hours`). Reading taken: the "or" is read as two minimums, each enforced on its
own (the safe reading: segments roll on whichever limit comes first, so a tiny roll time makes tiny
segments whatever the size limit). Needs the storage mode; silent unless TIERED."""

from msklint.broker_config import in_ms, integer, values
from msklint.findings import Hit
from msklint.msk import TIERED_MIN_SEGMENT_BYTES, TIERED_MIN_SEGMENT_MS

CODE = "B042"
NAME = "tiered-segment-minimum"
SEVERITY = "warning"
SUMMARY = "tiered-storage clusters need segments of at least 48 MiB and 10 minutes"
GUIDE = "Guidelines for tiered storage topic-level configuration"
BAD = "# msklint check --storage-mode TIERED\nlog.segment.bytes=1048576\nlog.roll.ms=60000\n"
GOOD = "# msklint check --storage-mode TIERED\nlog.segment.bytes=134217728\nlog.roll.ms=600000\n"


def check(doc, ctx, options):
    if not ctx.cluster.tiered:
        return
    settings = values(doc)
    size = integer(settings, "log.segment.bytes")
    if size is not None and size < TIERED_MIN_SEGMENT_BYTES:
        entry = doc.model.get("log.segment.bytes")
        yield Hit.at(
            entry.value_at,
            f"log.segment.bytes={size} is below the 48 MiB minimum for tiered storage",
            f"set log.segment.bytes to at least {TIERED_MIN_SEGMENT_BYTES}",
        )
    roll, key = in_ms(settings, "log.roll.ms")
    if roll is not None and roll < TIERED_MIN_SEGMENT_MS:
        entry = doc.model.get(key)
        yield Hit.at(
            entry.value_at,
            f"{key}={entry.value.strip()} rolls segments faster than the 10-minute minimum for tiered storage",
            f"set log.roll.ms to at least {TIERED_MIN_SEGMENT_MS}",
        )
