"""A topic sets a config that neither Kafka nor MSK knows. Kafka refuses to create or alter the topic
("Unknown topic config name"), so the apply fails; a typo caught here saves a failed deployment.

Known configs are the topic configs of the Kafka release msklint's catalog is generated from (Kafka's own
LogConfig definitions, see tools/gen_kafka_catalog.py), plus MSK's `remote.log.msk.disable.policy`
("Disabling tiered storage on an existing topic"). A broker-level name used on a topic (`log.retention.ms`)
gets the topic-level name as the fix; anything else the closest known name. The guide's "Topic-level
configuration" section defers to Apache Kafka's list of topic-level configs, which is what the catalog holds.
"""

from msklint.findings import Hit
from msklint.suggest import closest
from msklint.topic_config import topic_configs, topic_name_for_broker_key

CODE = "T001"
NAME = "unknown-topic-config"
SEVERITY = "error"
SUMMARY = "a topic sets a config Kafka does not know"
GUIDE = "Topic-level configuration"
URL = "https://kafka.apache.org/documentation/#topicconfigs"
BAD = "topics:\n  - name: orders\n    partitions: 6\n    replication_factor: 3\n    config:\n      retention.msec: '604800000'\n"
GOOD = "topics:\n  - name: orders\n    partitions: 6\n    replication_factor: 3\n    config:\n      retention.ms: '604800000'\n"


def check(doc, ctx, options):
    known = topic_configs()
    for topic in doc.model.topics:
        for key, setting in topic.config.items():
            if key in known:
                continue
            topic_key = topic_name_for_broker_key(key)
            if topic_key is not None:
                message = f"topic '{topic.name}': '{key}' is a broker setting, not a topic config"
                hint = f"use the topic-level name '{topic_key}'"
            else:
                close = closest(key, known, cutoff=0.7)
                message = f"topic '{topic.name}': unknown topic config '{key}'"
                hint = f"did you mean '{close}'?" if close else "see Kafka's topic-level configs"
            yield Hit.at(setting, message, hint)
