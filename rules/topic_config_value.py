"""A topic config's value is not one Kafka accepts: wrong type (`retention.ms: 7d`), not one of the valid
values (`cleanup.policy: compacted`), or outside Kafka's bounds (`min.insync.replicas: 0`,
`segment.bytes: 10`). Kafka refuses the topic creation or config change with InvalidConfigurationException.

Types, valid values and bounds come from Kafka's own definitions (the catalog generated from the Kafka jars,
tools/gen_kafka_catalog.py), not from a hand-typed list; the guide's "Topic-level configuration" section
defers to them. Kafka reads numbers with Java's parsers: no `_` separators, no units, ints within 32 bits,
longs within 64 bits. This rule also covers `min.insync.replicas` ≥ 1 (Kafka's own lower bound).
"""

import re

from msklint.findings import Hit
from msklint.topic_config import INT_RANGE, LONG_RANGE, as_int, as_list, is_double, topic_configs

CODE = "T002"
NAME = "topic-config-value"
SEVERITY = "error"
SUMMARY = "a topic config value has the wrong type, an invalid value or is out of Kafka's bounds"
GUIDE = "Topic-level configuration"
URL = "https://kafka.apache.org/documentation/#topicconfigs"
BAD = "topics:\n  - name: orders\n    partitions: 6\n    replication_factor: 3\n    config:\n      cleanup.policy: compacted\n      min.insync.replicas: 0\n"
GOOD = "topics:\n  - name: orders\n    partitions: 6\n    replication_factor: 3\n    config:\n      cleanup.policy: compact\n      min.insync.replicas: 2\n"

_RANGE_OR = re.compile(r"^\[(-?\d+),\.\.\.,(-?\d+)\] or (-?\d+)$")


def problem(key: str, value: str, definition: dict) -> str | None:
    """Why Kafka would refuse `value` for this config, or None."""
    kind = definition.get("type")
    if kind in ("int", "long"):
        number = as_int(value)
        low, high = INT_RANGE if kind == "int" else LONG_RANGE
        if number is None or not low <= number <= high:
            return f"is not {'a 32-bit' if kind == 'int' else 'a 64-bit'} integer"
        return _bounds(number, definition)
    if kind == "double":
        if not is_double(value):
            return "is not a number"
        return _bounds(float(value.strip().rstrip("dDfF")), definition)
    if kind == "boolean":
        return None if value.strip().lower() in ("true", "false") else "is not true or false"
    if kind == "list":
        items = as_list(value)
        if definition.get("validator", "").startswith("[partitionId]:[brokerId]"):
            if value.strip() == "*" or all(re.fullmatch(r"\d+:\d+", item) for item in items):
                return None
            return "is not '*' or a list of partition:broker pairs"
        return next((_enum(item, definition) for item in items if _enum(item, definition)), None)
    return _enum(value, definition)


def _bounds(number: float, definition: dict) -> str | None:
    validator = definition.get("validator", "")
    match = _RANGE_OR.match(validator)
    if match:
        low, high, special = (int(g) for g in match.groups())
        return None if low <= number <= high or number == special else f"is not in {validator}"
    low, high = definition.get("min"), definition.get("max")
    if low is not None and number < low:
        return f"is below Kafka's minimum {low}"
    if high is not None and number > high:
        return f"is above Kafka's maximum {high}"
    return None


def _enum(value: str, definition: dict) -> str | None:
    values = definition.get("values")
    prefixes = False
    if values is None:
        validator = definition.get("validator", "")
        if not (validator.startswith("[") and validator.endswith("]") and "..." not in validator):
            return None
        # e.g. message.format.version: Kafka also takes the short form ("3.0" for "3.0-IV1")
        values, prefixes = [v.strip() for v in validator[1:-1].split(",")], True
    candidate = value.strip()
    folded = [v.lower() for v in values] if definition.get("ignore_case") else values
    if definition.get("ignore_case"):
        candidate = candidate.lower()
    if candidate in folded or (prefixes and any(v.startswith(candidate + "-") for v in folded)):
        return None
    shown = ", ".join(values) if len(values) <= 8 else ", ".join(values[-4:]) + " or an earlier version"
    return f"is not one of {shown}"


def check(doc, ctx, options):
    known = topic_configs()
    for topic in doc.model.topics:
        for key, setting in topic.config.items():
            definition = known.get(key)
            if definition is None or setting.value is None:
                continue
            why = problem(key, setting.value, definition)
            if why:
                yield Hit(
                    setting.line,
                    setting.column,
                    setting.target,
                    f"topic '{topic.name}': {key}={setting.value!r} {why}",
                    f"Kafka's default is {definition['default']!r}" if definition.get("default") else "",
                )
