"""Generate msklint/data/kafka-configs.json from Kafka's own configuration definitions.

    python tools/gen_kafka_catalog.py [--check]

The source of truth is the Kafka broker pinned in tools/kafka/pom.xml: tools/kafka/DumpConfigs.java runs
against its jars and prints KafkaConfig's and LogConfig's ConfigDefs (type, default, validator bounds and
valid values) and each broker property's dynamic-update mode (read-only / per-broker / cluster-wide).

Version history: tools/kafka/ConfigNames.java lists the property names of each of HISTORY_VERSIONS (older
Kafka versions MSK supports, "Supported Apache Kafka versions"; their jars are fetched the same way) and of
NEWER_VERSIONS (Kafka 4.x, which MSK offers as 4.0.x.kraft and 4.1.x.kraft). A property that the oldest of
them lacks gets `since`, the first of them that has it; a pinned property a newer version no longer has
(Kafka 4.0 removed the message-format family and the ZooKeeper settings) gets `until`, the last version
that had it; a property the pinned version no longer has is listed under `broker_removed` /
`topic_removed` with `until`; one only the newer versions have under `broker_newer` / `topic_newer` with
`since`. Between two of these versions the history cannot tell (see rules/broker_kafka_version.py).
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
HISTORY_VERSIONS = ("2.8.2", "3.5.1", "3.6.0", "3.7.2", "3.8.1")  # oldest first; the pinned one comes next
NEWER_VERSIONS = ("4.0.1", "4.1.1")  # after the pinned one (the test harness's broker stays on 3.9)


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
    pinned = data["kafka_version"]
    versions = [*HISTORY_VERSIONS, pinned, *NEWER_VERSIONS]
    history = [config_names(v) for v in HISTORY_VERSIONS] + [config_names(None)]
    history += [config_names(v) for v in NEWER_VERSIONS]
    data["history_versions"] = versions
    older = versions.index(pinned)
    for kind in ("broker", "topic"):

        def present(name: str) -> list[str]:
            return [v for v, names in zip(versions, history, strict=True) if name in names[kind]]  # noqa: B023

        for name, definition in data[kind].items():
            seen = present(name)
            if seen and seen[0] != versions[0]:
                definition["since"] = seen[0]
            if seen and seen[-1] != versions[-1]:
                definition["until"] = seen[-1]
        before = set().union(*(names[kind] for names in history[:older]))
        after = set().union(*(names[kind] for names in history[older + 1 :]))
        data[f"{kind}_removed"] = {
            name: {"until": present(name)[-1]} for name in sorted(before - set(data[kind]) - after)
        }
        data[f"{kind}_newer"] = {
            name: {"since": present(name)[0]} for name in sorted(after - set(data[kind]))
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
