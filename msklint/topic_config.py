"""What a topic's settings mean, and what a topic gets for the settings it leaves out.

Kafka's own definition of every topic config (type, default, bounds, valid values) comes from the catalog
generated from the Kafka jars (msklint/data/kafka-configs.json, tools/gen_kafka_catalog.py); MSK adds one
topic config of its own. A topic that does not set a config gets, in this order: the broker configuration
given in the same run (`ctx.broker`), MSK's default configuration for the cluster ("The default Amazon MSK
configuration", needs the zone count for the replication defaults), Kafka's default.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from msklint.findings import Place
from msklint.record import record

CATALOG_PATH = Path(__file__).resolve().parent / "data" / "kafka-configs.json"

# "Disabling tiered storage on an existing topic": MSK's own topic config. The guide writes the value
# both `Delete` (commands) and `DELETE` (default table): either case is accepted.
MSK_TOPIC_CONFIGS = {
    "remote.log.msk.disable.policy": {"type": "string", "values": ["Delete"], "ignore_case": True},
}

# "The default Amazon MSK configuration": values that depend on the number of Availability Zones.
MSK_DEFAULTS_BY_ZONES = {
    "default.replication.factor": {3: "3", 2: "2"},
    "min.insync.replicas": {3: "2", 2: "1"},
}
# ... and those that differ on a tiered-storage cluster.
MSK_TIERED_DEFAULTS = {"log.segment.bytes": "134217728", "unclean.leader.election.enable": "false"}

_INTEGER = re.compile(r"^[+-]?\d+$")
_DOUBLE = re.compile(r"^[+-]?(?:NaN|Infinity|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?[dDfF]?)$")
INT_RANGE = (-(2**31), 2**31 - 1)
LONG_RANGE = (-(2**63), 2**63 - 1)


@cache
def _catalog() -> dict:
    return json.loads(CATALOG_PATH.read_text(encoding="utf-8"))


def topic_configs() -> dict[str, dict]:
    """Every topic config Kafka and MSK know, name → definition."""
    return {**_catalog()["topic"], **MSK_TOPIC_CONFIGS}


def broker_name(key: str) -> str | None:
    """The broker config that supplies this topic config's default (`retention.ms` → `log.retention.ms`)."""
    return _catalog()["topic_to_broker"].get(key)


def topic_name_for_broker_key(broker_key: str) -> str | None:
    """The topic-level name of a broker config (`log.retention.ms` → `retention.ms`), if it has one."""
    if broker_key in ("log.retention.hours", "log.retention.minutes"):
        return "retention.ms"
    if broker_key in ("log.roll.hours",):
        return "segment.ms"
    for topic_key, broker_key_of in _catalog()["topic_to_broker"].items():
        if broker_key_of == broker_key and topic_key != broker_key:
            return topic_key
    return None


@cache
def as_int(value: str | None) -> int | None:
    """The value as Kafka's Integer/Long.parseLong reads it (trimmed; no `_`, no decimals), or None."""
    if value is None or not _INTEGER.match(value.strip()):
        return None
    return int(value.strip())


def is_double(value: str) -> bool:
    return bool(_DOUBLE.match(value.strip()))


def as_list(value: str) -> list[str]:
    """A LIST config as Kafka splits it: on commas, each item trimmed."""
    stripped = value.strip()
    return [item.strip() for item in stripped.split(",")] if stripped else []


# Broker configs that Kafka also reads in other units, in precedence order: (key, factor to ms).
BROKER_SPELLINGS = {
    "log.retention.ms": (
        ("log.retention.ms", 1),
        ("log.retention.minutes", 60000),
        ("log.retention.hours", 3600000),
    ),
    "log.roll.ms": (("log.roll.ms", 1), ("log.roll.hours", 3600000)),
}


def broker_configs() -> dict[str, dict]:
    """Every broker config Kafka knows, name → definition."""
    return _catalog()["broker"]


def kafka_history() -> tuple[list[str], dict[str, dict]]:
    """(the Kafka versions the catalog's `since`/`until` refer to, oldest first; broker configs that the
    pinned Kafka no longer has, name → {"until": last version that had it})."""
    return _catalog()["history_versions"], _catalog()["broker_removed"]


def kafka_newer() -> dict[str, dict]:
    """Broker configs only Kafka versions after the pinned one have (4.x), name → {"since": version}."""
    return _catalog()["broker_newer"]


@record(frozen=True)
class Effective:
    value: str | None
    source: str  # "topic", "broker configuration", "MSK default", "Kafka default", "" (unknown)
    setting: object = None  # the topic's Setting when source is "topic"

    def describe(self, key: str) -> str:
        if self.source == "topic":
            return f"{key}={self.value}"
        return f"{key}={self.value} (from the {self.source})"


def broker_value(ctx, broker_key: str, broker: dict | None = None) -> tuple[str | None, str]:
    """(value, source) of a broker config: the broker configuration in this run (or `broker`, a
    {key: value} mapping), else MSK's default.

    Source "" with value None means unknown: MSK's default depends on something the context doesn't say.
    """
    if broker is None:
        broker = ctx.broker if ctx is not None else {}
    spellings = BROKER_SPELLINGS.get(broker_key, ((broker_key, None),))
    for key, factor in spellings:
        if key not in broker:
            continue
        if factor is None:
            return broker[key], "broker configuration"
        number = as_int(broker[key])
        if number is not None:
            return str(number * factor if number >= 0 else number), "broker configuration"
    return msk_default(ctx, broker_key)


def msk_default(ctx, broker_key: str) -> tuple[str | None, str]:
    """(value, "MSK default") where MSK's default differs from Kafka's; (None, "") when that depends on
    an unknown zone count or storage mode; (None, "Kafka default") when MSK keeps Kafka's default."""
    cluster = ctx.cluster if ctx is not None else None
    if broker_key in MSK_DEFAULTS_BY_ZONES:
        zones = cluster.zones if cluster is not None else None
        value = MSK_DEFAULTS_BY_ZONES[broker_key].get(zones)
        return (value, "MSK default") if value is not None else (None, "")
    if broker_key in MSK_TIERED_DEFAULTS:
        tiered = cluster.tiered if cluster is not None else None
        if tiered is None:
            return None, ""
        if tiered:
            return MSK_TIERED_DEFAULTS[broker_key], "MSK default"
    return None, "Kafka default"


def effective(topic, key: str, ctx) -> Effective:
    """The value this topic config really has, and where it comes from (value None: unknown)."""
    setting = topic.config.get(key)
    if setting is not None:
        return Effective(setting.value, "topic", setting)
    name = broker_name(key)
    if name is not None:
        value, source = broker_value(ctx, name)
        if source != "Kafka default":
            return Effective(value, source)
    definition = topic_configs().get(key)
    if definition is not None and definition.get("default") is not None:
        return Effective(definition["default"], "Kafka default")
    return Effective(None, "")


def effective_replication_factor(topic, ctx) -> tuple[int | None, str]:
    """(replication factor, where it comes from): the topic's own, else the broker's default."""
    if topic.replication_factor is not None:
        return topic.replicas, "topic"
    if ctx is not None and ctx.cluster.serverless:
        return None, ""  # MSK Serverless manages replication itself
    value, source = broker_value(ctx, "default.replication.factor")
    return as_int(value), source if value is not None else ""


def remote_storage_enabled(topic) -> bool:
    setting = topic.config.get("remote.storage.enable")
    return setting is not None and setting.value is not None and setting.value.strip().lower() == "true"


def anchor(topic, *keys: str):
    """Where a finding about the topic goes (`Hit.at(anchor(topic, ...), ...)`): the first of `keys` it
    sets, else its name."""
    for key in keys:
        setting = topic.config.get(key)
        if key == "replication_factor":
            setting = topic.replication_factor
        elif key == "partitions":
            setting = topic.partitions
        if setting is not None:
            return Place(setting.line, setting.column, setting.target)
    return Place(topic.line, topic.column, topic.name)
