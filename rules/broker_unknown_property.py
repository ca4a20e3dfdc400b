"""A property Kafka does not know is most often a typo (`log.retention.hour`) or a topic-level name
(`retention.ms`) written where the broker-wide default (`log.retention.ms`) was meant. Kafka only logs
"not a known config" and carries on, so the setting silently does nothing.

Known means a broker property of the Kafka catalog (tools/gen_kafka_catalog.py, Kafka 3.9.1, and the
properties Kafka 4.0.1 and 4.1.1 added), including the
listener-prefixed forms `listener.name.<listener>.<property>` the guide uses in "Amazon MSK quota". The
suggestion is the closest broker property name by difflib's similarity ratio (at least 0.8). A property
that only older MSK-supported Kafka versions have (e.g. `port`, gone after 2.8) is not a typo: B008 reports
it against the cluster's Kafka version."""

from msklint.broker_config import lookup
from msklint.findings import Hit
from msklint.topic_config import broker_configs, broker_name, kafka_history, kafka_newer, topic_configs

CODE = "B003"
NAME = "unknown-property"
SEVERITY = "warning"
SUMMARY = "Kafka has no broker property of this name"
GUIDE = "Custom MSK configurations"
BAD = "log.retention.hour=168\nretention.ms=86400000\n"
GOOD = "log.retention.hours=168\nlog.retention.ms=86400000\n"


def check(doc, ctx, options):
    removed, newer = kafka_history()[1], kafka_newer()
    for key, entry in doc.model.last.items():
        if lookup(key) is None and key not in removed and key not in newer:
            yield Hit.at(entry, f"'{key}' is not a Kafka broker property", _hint(key))


def _hint(key):
    import difflib

    if key in topic_configs():
        broker = broker_name(key)
        if broker:
            return f"'{key}' is a topic-level property; the broker-wide default is '{broker}'"
        return f"'{key}' is a topic-level property: set it per topic"
    close = difflib.get_close_matches(key, list(broker_configs()), n=1, cutoff=0.8)
    if close:
        return f"did you mean '{close[0]}'?"
    return "check the spelling against Kafka's broker configuration reference"
