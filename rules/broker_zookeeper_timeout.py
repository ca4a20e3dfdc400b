"""`zookeeper.session.timeout.ms` and `zookeeper.connection.timeout.ms` take values from 6000 to 18000
inclusive on MSK ("Custom MSK configurations": "MinValue = 6000  MaxValue (inclusive) = 18000"), for
ZooKeeper-mode clusters. The range is checked whatever the cluster's mode: a configuration is created
independently of any cluster (CreateConfiguration knows only its Kafka versions), so MSK validates the
value even when the configuration is meant for a KRaft cluster, where B012 adds that it has no effect."""

from msklint.findings import Hit
from msklint.options import Option
from msklint.topic_config import as_int

CODE = "B011"
NAME = "zookeeper-timeout-bounds"
SEVERITY = "error"
SUMMARY = "ZooKeeper timeouts must be between 6000 and 18000 ms"
GUIDE = "Custom MSK configurations"
OPTIONS = {
    "min": Option(int, 6000, "lowest value MSK accepts"),
    "max": Option(int, 18000, "highest value MSK accepts"),
}
BAD = "zookeeper.session.timeout.ms=30000\n"
GOOD = "zookeeper.session.timeout.ms=18000\n"
KEYS = ("zookeeper.session.timeout.ms", "zookeeper.connection.timeout.ms")


def check(doc, ctx, options):
    for key in KEYS:
        entry = doc.model.get(key)
        value = None if entry is None else as_int(entry.value)
        if value is not None and not options["min"] <= value <= options["max"]:
            yield Hit.at(
                entry.value_at,
                f"{key}={value} is outside MSK's range {options['min']}..{options['max']}",
                f"set a value between {options['min']} and {options['max']} (MSK's default is 18000)",
            )
