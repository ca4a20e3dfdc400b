"""Would Kafka accept this value for this config? Shared by the topic and broker packs.

A definition is a catalog entry of msklint/data/kafka-configs.json (tools/gen_kafka_catalog.py): `type`
(int, short, long, double, boolean, list, string, class, password), optional `min`/`max`, `values`,
`validator` and `ignore_case`.
"""

from __future__ import annotations

import re

from msklint.topic_config import INT_RANGE, LONG_RANGE, as_int, as_list, is_double

SHORT_RANGE = (-(2**15), 2**15 - 1)
_RANGE_OR = re.compile(r"^\[(-?\d+),\.\.\.,(-?\d+)\] or (-?\d+)$")
_INTEGER_RANGES = {"int": INT_RANGE, "long": LONG_RANGE, "short": SHORT_RANGE}
_INTEGER_WORDS = {"int": "a 32-bit", "long": "a 64-bit", "short": "a 16-bit"}


def problem(key: str, value: str, definition: dict) -> str | None:
    """Why Kafka would refuse `value` for this config, or None."""
    kind = definition.get("type")
    if kind in _INTEGER_RANGES:
        number = as_int(value)
        low, high = _INTEGER_RANGES[kind]
        if number is None or not low <= number <= high:
            return f"is not {_INTEGER_WORDS[kind]} integer"
        return bounds(number, definition)
    if kind == "double":
        if not is_double(value):
            return "is not a number"
        return bounds(float(value.strip().rstrip("dDfF")), definition)
    if kind == "boolean":
        return None if value.strip().lower() in ("true", "false") else "is not true or false"
    if kind == "list":
        items = as_list(value)
        if definition.get("validator", "").startswith("[partitionId]:[brokerId]"):
            if value.strip() == "*" or all(re.fullmatch(r"\d+:\d+", item) for item in items):
                return None
            return "is not '*' or a list of partition:broker pairs"
        return next((enum(item, definition) for item in items if enum(item, definition)), None)
    return enum(value, definition)


def bounds(number: float, definition: dict) -> str | None:
    """Why `number` is outside the definition's bounds, or None."""
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


def enum(value: str, definition: dict) -> str | None:
    """Why `value` is not one of the definition's valid values, or None (also when it has none)."""
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
