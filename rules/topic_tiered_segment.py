"""Tiered-storage topics can't use small log segments. "Guidelines for tiered storage topic-level
configuration": "there is a minimum log segment size of 48 MiB, or a minimum segment roll time of 10
minutes. These values map to the segment.bytes and segment.ms properties." Only closed segments are copied
to tiered storage ("How log segments are copied to tiered storage"), so tiny segments mean a flood of small
uploads.

msklint reads the two minimums as applying to each property (the safe reading of the guide's "or"):
`segment.bytes` below 50331648 and `segment.ms` below 600000 are both reported. A topic that doesn't set
them gets the broker's `log.segment.bytes` / `log.roll.ms` (`log.roll.hours`) from a broker configuration
in the same run, else the defaults (128 MiB on tiered clusters, 7 days), which are fine.
"""

from msklint.findings import Hit
from msklint.msk import TIERED_MIN_SEGMENT_BYTES, TIERED_MIN_SEGMENT_MS
from msklint.topic_config import anchor, as_int, effective, remote_storage_enabled

CODE = "T025"
NAME = "tiered-storage-segment-size"
SEVERITY = "error"
SUMMARY = "tiered-storage topics need segment.bytes >= 48 MiB and segment.ms >= 10 minutes"
GUIDE = "Guidelines for tiered storage topic-level configuration"
BAD = "topics:\n  - name: archive\n    config:\n      remote.storage.enable: 'true'\n      retention.ms: '604800000'\n      segment.bytes: '1048576'\n"
GOOD = "topics:\n  - name: archive\n    config:\n      remote.storage.enable: 'true'\n      retention.ms: '604800000'\n      segment.bytes: '134217728'\n"

MINIMUMS = (
    ("segment.bytes", TIERED_MIN_SEGMENT_BYTES, "48 MiB"),
    ("segment.ms", TIERED_MIN_SEGMENT_MS, "10 minutes"),
)


def check(doc, ctx, options):
    for topic in doc.model.topics:
        if not remote_storage_enabled(topic):
            continue
        for key, minimum, shown in MINIMUMS:
            current = effective(topic, key, ctx)
            value = as_int(current.value)
            if value is None or value >= minimum:
                continue
            where = anchor(topic, key, "remote.storage.enable")
            yield Hit.at(
                where,
                f"topic '{topic.name}': {current.describe(key)} is below tiered storage's minimum of "
                f"{minimum} ({shown})",
                f"set {key} to at least {minimum}",
            )
