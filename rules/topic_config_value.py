"""A topic config's value is not one Kafka accepts: wrong type (`retention.ms: 7d`), not one of the valid
values (`cleanup.policy: compacted`), or outside Kafka's bounds (`min.insync.replicas: 0`,
`segment.bytes: 10`). Kafka refuses the topic creation or config change with InvalidConfigurationException.

Types, valid values and bounds come from Kafka's own definitions (the catalog generated from the Kafka jars,
tools/gen_kafka_catalog.py), not from a hand-typed list; the guide's "Topic-level configuration" section
defers to them. Kafka reads numbers with Java's parsers: no `_` separators, no units, ints within 32 bits,
longs within 64 bits. This rule also covers `min.insync.replicas` ≥ 1 (Kafka's own lower bound).
"""

from msklint.config_values import problem
from msklint.findings import Hit
from msklint.topic_config import topic_configs

CODE = "T002"
NAME = "topic-config-value"
SEVERITY = "error"
SUMMARY = "a topic config value has the wrong type, an invalid value or is out of Kafka's bounds"
GUIDE = "Topic-level configuration"
URL = "https://kafka.apache.org/documentation/#topicconfigs"
BAD = "topics:\n  - name: orders\n    partitions: 6\n    replication_factor: 3\n    config:\n      cleanup.policy: compacted\n      min.insync.replicas: 0\n"
GOOD = "topics:\n  - name: orders\n    partitions: 6\n    replication_factor: 3\n    config:\n      cleanup.policy: compact\n      min.insync.replicas: 2\n"


def check(doc, ctx, options):
    known = topic_configs()
    for topic in doc.model.topics:
        for key, setting in topic.config.items():
            definition = known.get(key)
            if definition is None or setting.value is None:
                continue
            why = problem(key, setting.value, definition)
            if why:
                yield Hit.at(
                    setting,
                    f"topic '{topic.name}': {key}={setting.value!r} {why}",
                    f"Kafka's default is {definition['default']!r}" if definition.get("default") else "",
                )
