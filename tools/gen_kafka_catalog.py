"""Generate msklint/data/kafka-configs.json from Kafka's own configuration definitions.

    python tools/gen_kafka_catalog.py [--check]

The source of truth is the Kafka broker pinned in tools/kafka/pom.xml: tools/kafka/DumpConfigs.java runs
against its jars and prints KafkaConfig's and LogConfig's ConfigDefs (type, default, validator bounds and
valid values) and each broker property's dynamic-update mode (read-only / per-broker / cluster-wide).

Version history: tools/kafka/ConfigNames.java lists the property names of each of HISTORY_VERSIONS (older
Kafka versions MSK supports, "Supported Apache Kafka versions"; their jars are fetched the same way). A
property that the oldest of them lacks gets `since`, the first of them that has it; a property the pinned
version no longer has is listed under `broker_removed` / `topic_removed` with `until`, the last of them
that had it. Between two of these versions the history cannot tell (see rules/broker_kafka_version.py).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from msklint.testing.jars import kafka_classpath  # noqa: E402

OUTPUT = ROOT / "msklint" / "data" / "kafka-configs.json"
HISTORY_VERSIONS = ("2.8.2", "3.5.1", "3.6.0", "3.7.2", "3.8.1")  # oldest first; the pinned one comes last


def generate() -> str:
    dump = subprocess.run(
        ["java", "-cp", kafka_classpath(), str(ROOT / "tools" / "kafka" / "DumpConfigs.java")],
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    ).stdout
    data = json.loads(dump)
    add_history(data)
    data["generated_by"] = "tools/gen_kafka_catalog.py from the Kafka jars pinned in tools/kafka/pom.xml"
    return json.dumps(data, indent=1, sort_keys=True) + "\n"


def config_names(version: str | None) -> dict[str, set[str]]:
    """{"broker": names, "topic": names} of a Kafka version (None: the pinned one)."""
    output = subprocess.run(
        ["java", "-cp", kafka_classpath(version), str(ROOT / "tools" / "kafka" / "ConfigNames.java")],
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    ).stdout
    names: dict[str, set[str]] = {"broker": set(), "topic": set()}
    for line in output.splitlines():
        kind, _, name = line.partition(" ")
        names[kind].add(name)
    return names


def add_history(data: dict) -> None:
    versions = [*HISTORY_VERSIONS, data["kafka_version"]]
    history = [config_names(v) for v in HISTORY_VERSIONS] + [config_names(None)]
    data["history_versions"] = versions
    for kind in ("broker", "topic"):
        for name, definition in data[kind].items():
            present = [v for v, names in zip(versions, history, strict=True) if name in names[kind]]
            if present and present[0] != versions[0]:
                definition["since"] = present[0]
        removed = set().union(*(names[kind] for names in history)) - set(data[kind])
        data[f"{kind}_removed"] = {
            name: {
                "until": [v for v, names in zip(versions, history, strict=True) if name in names[kind]][-1]
            }
            for name in sorted(removed)
        }


def main() -> int:
    text = generate()
    if "--check" in sys.argv:
        return 0 if OUTPUT.read_text() == text else 1
    OUTPUT.write_text(text)
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
