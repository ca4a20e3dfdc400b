"""A tiered-storage topic must set `retention.ms` itself, to at least 3 days (259200000) or -1 (infinite).
"Guidelines for tiered storage topic-level configuration": "The topic level configuration retention.ms is
mandatory for topics with tiered storage activated. The minimum retention.ms is 3 days"; "Tiered storage
constraints and limitations": "The minimum retention period in low-cost storage is 3 days".

The same guidelines also say "The default value for retention.ms is 7 days", which contradicts
"mandatory". msklint takes the safe reading: a tiered topic without its own retention.ms is a warning
(MSK may refuse it; at best the retention is implicit), a value below 3 days an error.
"""

from msklint.findings import Hit
from msklint.msk import TIERED_MIN_RETENTION_MS
from msklint.topic_config import as_int, remote_storage_enabled

CODE = "T023"
NAME = "tiered-storage-retention"
SEVERITY = "error"
SUMMARY = "a tiered-storage topic must set retention.ms to at least 3 days (259200000) or -1"
GUIDE = "Guidelines for tiered storage topic-level configuration"
BAD = "topics:\n  - name: archive\n    config:\n      remote.storage.enable: 'true'\n      retention.ms: '86400000'\n"
GOOD = "topics:\n  - name: archive\n    config:\n      remote.storage.enable: 'true'\n      retention.ms: '259200000'\n"


def check(doc, ctx, options):
    for topic in doc.model.topics:
        if not remote_storage_enabled(topic):
            continue
        setting = topic.config.get("retention.ms")
        if setting is None:
            enable = topic.config["remote.storage.enable"]
            yield Hit.at(
                enable,
                f"topic '{topic.name}': tiered storage is on but the topic doesn't set retention.ms "
                "(mandatory for tiered topics)",
                "set retention.ms to at least 259200000 (3 days), or -1 for infinite retention",
                severity="warning",
            )
            continue
        value = as_int(setting.value)
        if value is None or value == -1 or value >= TIERED_MIN_RETENTION_MS:
            continue
        yield Hit.at(
            setting,
            f"topic '{topic.name}': retention.ms={value} is below tiered storage's minimum of 3 days "
            f"({TIERED_MIN_RETENTION_MS})",
            f"set retention.ms to at least {TIERED_MIN_RETENTION_MS}, or -1 for infinite retention",
        )
