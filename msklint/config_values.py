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
    if values is None:
        values = metadata_versions(definition)
        if values is None:
            return None
        return _version_problem(value.strip(), values)
    candidate = value.strip()
    folded = [v.lower() for v in values] if definition.get("ignore_case") else values
    if definition.get("ignore_case"):
        candidate = candidate.lower()
    if candidate in folded:
        return None
    if len(values) <= 8:
        return f"is not one of {', '.join(values)}"
    return f"is not one of the {len(values)} values Kafka accepts ({values[0]}, ..., {values[-1]})"


def metadata_versions(definition: dict) -> list[str] | None:
    """The versions a version-valued config (inter.broker.protocol.version, log.message.format.version)
    takes, from its validator "[0.8.0, ..., 3.9-IV0]"; None for other configs."""
    validator = definition.get("validator", "")
    if not (validator.startswith("[") and validator.endswith("]") and "..." not in validator):
        return None
    return [v.strip() for v in validator[1:-1].split(",")]


_VERSION = re.compile(r"^(\d+)\.(\d+)(?:\.\d+)*(?:-IV\d+)?$")


def version_numbers(value: str) -> tuple[int, int] | None:
    """(major, minor) of a Kafka version string such as 3.6, 3.6.0 or 3.6-IV2; None when it is none."""
    match = _VERSION.match(value.strip())
    return (int(match.group(1)), int(match.group(2))) if match else None


def _version_problem(candidate: str, values: list[str]) -> str | None:
    """Kafka's MetadataVersion.fromVersionString: "3.6.0" and "3.6.0-IV1" mean 3.6 (the patch is dropped;
    0.x versions keep three parts), "3.6" means 3.6's latest IV, "3.6-IV1" itself. A well-formed version
    newer than every version the catalog knows is reported as that, not as malformed."""
    parts = candidate.split(".")
    keep = 3 if candidate.startswith("0.") else 2
    key = ".".join(parts[:keep]) if len(parts) > keep else candidate
    if key in values or any(v.startswith(key + "-") for v in values):
        return None
    numbers, newest = version_numbers(candidate), version_numbers(values[-1])
    if numbers is not None and newest is not None and numbers > newest:
        return f"is later than every Kafka version msklint's catalog knows (newest: {values[-1]})"
    return (
        f"is not a Kafka version Kafka accepts ({values[0]} to {values[-1]}, written x.y, x.y.z or x.y-IVn)"
    )
