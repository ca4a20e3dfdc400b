"""`message.timestamp.difference.max.ms` above the topic's retention. "The default Amazon MSK
configuration": "The maximum timestamp difference allowed should be no greater than log.retention.ms to
avoid unnecessarily frequent log rolling." Reported when the topic or the broker configuration in the same
run sets the value explicitly (Kafka's own default, Long.MAX_VALUE, is above every finite retention, so an
unset value is not reported) and the topic sets one of the two, and the retention (topic `retention.ms`, else the broker's, else 7 days) is
finite.
"""

from msklint.findings import Hit
from msklint.topic_config import anchor, as_int, effective

CODE = "T027"
NAME = "timestamp-difference-above-retention"
SEVERITY = "warning"
SUMMARY = "message.timestamp.difference.max.ms should not exceed retention.ms"
GUIDE = "The default Amazon MSK configuration"
BAD = "topics:\n  - name: events\n    config:\n      retention.ms: '86400000'\n      message.timestamp.difference.max.ms: '604800000'\n"
GOOD = "topics:\n  - name: events\n    config:\n      retention.ms: '86400000'\n      message.timestamp.difference.max.ms: '3600000'\n"

KEY = "message.timestamp.difference.max.ms"


def check(doc, ctx, options):
    for topic in doc.model.topics:
        difference = effective(topic, KEY, ctx)
        if difference.source not in ("topic", "broker configuration"):
            continue
        if KEY not in topic.config and "retention.ms" not in topic.config:
            continue  # both from the broker: the broker configuration's own finding
        retention = effective(topic, "retention.ms", ctx)
        value, limit = as_int(difference.value), as_int(retention.value)
        if value is None or limit is None or limit < 0 or value <= limit:
            continue
        where = anchor(topic, KEY, "retention.ms")
        yield Hit.at(
            where,
            f"topic '{topic.name}': {difference.describe(KEY)} exceeds {retention.describe('retention.ms')}",
            f"set {KEY} to at most {limit} (or use message.timestamp.before.max.ms / after.max.ms on Kafka 3.6+)",
        )
