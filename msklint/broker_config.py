"""What the broker pack asks about a broker property: is it known to Kafka, may MSK's custom configuration
set it, and what number does a file give it.

Kafka's definitions come from the one catalog generated from the Kafka jars (msklint/data/kafka-configs.json,
tools/gen_kafka_catalog.py, read through msklint.topic_config); MSK's allow-list is generated from the
guide's own tables (msklint/data/msk-custom-configs.json, tools/gen_msk_allowlist.py).
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from msklint.syntax import is_placeholder
from msklint.topic_config import BROKER_SPELLINGS, as_int, broker_configs

ALLOWLIST_PATH = Path(__file__).resolve().parent / "data" / "msk-custom-configs.json"
_LISTENER_PREFIX = re.compile(r"^listener\.name\.([^.]+)\.(.+)$")


@cache
def allowlist() -> dict:
    return json.loads(ALLOWLIST_PATH.read_text(encoding="utf-8"))


@cache
def lookup(key: str) -> tuple[str, dict] | None:
    """(catalog name, definition) of a broker property, listener-prefixed forms included
    (`listener.name.<listener>.<property>`, `listener.name.<listener>.<mechanism>.sasl.*`)."""
    configs = broker_configs()
    if key in configs:
        return key, configs[key]
    match = _LISTENER_PREFIX.match(key)
    if match:
        rest = match.group(2)
        if rest in configs:
            return rest, configs[rest]
        mechanism, _, sasl = rest.partition(".")
        if mechanism and sasl.startswith("sasl.") and sasl in configs:
            return sasl, configs[sasl]
    if _in_guide_lists(key):
        # e.g. allow.everyone.if.no.acl.found: the authorizer's, not KafkaConfig's, so the catalog has
        # no definition; the guide lists it, so it is known (its value is checked by the rules that use it)
        return key, {}
    return None


def _in_guide_lists(key: str) -> bool:
    allow = allowlist()
    return key in allow["custom"] or key in allow["default_table"] or key in allow["settable_dynamic"]


def settable_on_msk(key: str) -> bool:
    """In the guide's lists ("Custom MSK configurations", the default-configuration table, the "Dynamic
    configuration" note) or a property Kafka can change without a restart (not read-only)."""
    if key in allowlist()["not_settable"]:
        return False
    if _in_guide_lists(key):
        return True
    found = lookup(key)
    return found is not None and found[1].get("dynamic", "read-only") != "read-only"


def values(doc) -> dict[str, str]:
    """{key: effective (last) value} of a broker document."""
    return {key: entry.value for key, entry in doc.model.last.items()}


def integer(settings: dict[str, str], key: str) -> int | None:
    """The whole number a file gives `key`; None when it is absent, a placeholder or not a number."""
    raw = settings.get(key)
    return None if raw is None or is_placeholder(raw) else as_int(raw)


def boolean(settings: dict[str, str], key: str) -> bool | None:
    raw = (settings.get(key) or "").strip().lower()
    return {"true": True, "false": False}.get(raw)


def in_ms(settings: dict[str, str], broker_key: str) -> tuple[int | None, str | None]:
    """(milliseconds, deciding key) of log.retention.ms or log.roll.ms as Kafka reads them: the ms form
    wins over minutes, minutes over hours. (None, None) when the file sets none of them; (None, key) when
    the deciding value is not a number. Negative values (unlimited) are returned as they are."""
    for key, factor in BROKER_SPELLINGS[broker_key]:
        if key in settings:
            number = integer(settings, key)
            return (None if number is None else number * factor if number >= 0 else number), key
    return None, None
