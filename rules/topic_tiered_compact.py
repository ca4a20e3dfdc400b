"""A tiered-storage topic is compacted. "Tiered storage constraints and limitations": "Tiered storage does
not support compacted topics. Ensure that all topics that have tiered storage turned on have their
cleanup.policy configured to 'DELETE' only" — so neither `compact` nor `compact,delete`. Kafka refuses
remote storage on compacted topics as well. A topic that doesn't set cleanup.policy gets the broker's
`log.cleanup.policy` (from a broker configuration in the same run), else Kafka's `delete`.
"""

from msklint.findings import Hit
from msklint.topic_config import anchor, as_list, effective, remote_storage_enabled

CODE = "T022"
NAME = "tiered-storage-compacted"
SEVERITY = "error"
SUMMARY = "a tiered-storage topic must have cleanup.policy=delete only"
GUIDE = "Tiered storage constraints and limitations"
BAD = "topics:\n  - name: archive\n    config:\n      remote.storage.enable: 'true'\n      retention.ms: '604800000'\n      cleanup.policy: compact,delete\n"
GOOD = "topics:\n  - name: archive\n    config:\n      remote.storage.enable: 'true'\n      retention.ms: '604800000'\n      cleanup.policy: delete\n"


def check(doc, ctx, options):
    for topic in doc.model.topics:
        if not remote_storage_enabled(topic):
            continue
        policy = effective(topic, "cleanup.policy", ctx)
        if policy.value is None or "compact" not in as_list(policy.value):
            continue
        where = anchor(topic, "cleanup.policy", "remote.storage.enable")
        yield Hit.at(
            where,
            f"topic '{topic.name}': tiered storage doesn't support compacted topics "
            f"({policy.describe('cleanup.policy')})",
            "set cleanup.policy=delete, or keep this topic on local storage",
        )
