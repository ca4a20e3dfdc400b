"""On a tiered-storage topic the local (primary storage) retention must be below the total retention.
"Guidelines for tiered storage topic-level configuration": "The value of local.retention.ms/bytes can't
equal or exceed the retention.ms/bytes"; -2 (the default) means "use the retention value", -1 on
`retention.ms/bytes` means infinite. Kafka itself also refuses a local retention of -1 (infinite) under a
finite total retention, and a local retention above it.

The guide is stricter than Kafka (which accepts equal values); msklint follows the guide: equal is
reported too. The total retention is the topic's `retention.ms`/`retention.bytes`, else the broker's
(`log.retention.ms`/`.minutes`/`.hours`, `log.retention.bytes` from a broker configuration in the same run),
else Kafka's defaults (7 days, unlimited).
"""

from msklint.findings import Hit
from msklint.topic_config import as_int, effective, remote_storage_enabled

CODE = "T024"
NAME = "tiered-storage-local-retention"
SEVERITY = "error"
SUMMARY = "local.retention.ms/bytes must be below retention.ms/bytes on tiered-storage topics"
GUIDE = "Guidelines for tiered storage topic-level configuration"
BAD = "topics:\n  - name: archive\n    config:\n      remote.storage.enable: 'true'\n      retention.ms: '604800000'\n      local.retention.ms: '604800000'\n"
GOOD = "topics:\n  - name: archive\n    config:\n      remote.storage.enable: 'true'\n      retention.ms: '604800000'\n      local.retention.ms: '86400000'\n"


def check(doc, ctx, options):
    for topic in doc.model.topics:
        if not remote_storage_enabled(topic):
            continue
        for local_key, total_key in (
            ("local.retention.ms", "retention.ms"),
            ("local.retention.bytes", "retention.bytes"),
        ):
            local_setting = topic.config.get(local_key)
            if local_setting is None:
                continue  # -2: local storage follows the total retention
            total = effective(topic, total_key, ctx)
            local, total_value = as_int(local_setting.value), as_int(total.value)
            if local is None or total_value is None or local == -2 or total_value == -1:
                continue
            if local == -1:
                message = f"{local_key}=-1 (infinite) with finite {total.describe(total_key)}"
            elif local >= total_value:
                relation = "equals" if local == total_value else "exceeds"
                message = f"{local_key}={local} {relation} {total.describe(total_key)}"
            else:
                continue
            yield Hit.at(
                local_setting,
                f"topic '{topic.name}': {message}",
                f"set {local_key} below {total_value} (or -2 to keep local data as long as {total_key})",
            )
