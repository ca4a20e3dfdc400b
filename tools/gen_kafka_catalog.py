"""Generate msklint/data/kafka-configs.json from Kafka's own configuration definitions.

    python tools/gen_kafka_catalog.py [--check]

The source of truth is the Kafka broker pinned in tools/kafka/pom.xml: tools/kafka/DumpConfigs.java runs
against its jars and prints KafkaConfig's and LogConfig's ConfigDefs (type, default, validator bounds and
valid values) and each broker property's dynamic-update mode (read-only / per-broker / cluster-wide).
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


def generate() -> str:
    dump = subprocess.run(
        ["java", "-cp", kafka_classpath(), str(ROOT / "tools" / "kafka" / "DumpConfigs.java")],
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    ).stdout
    data = json.loads(dump)
    data["generated_by"] = "tools/gen_kafka_catalog.py from the Kafka jars pinned in tools/kafka/pom.xml"
    return json.dumps(data, indent=1, sort_keys=True) + "\n"


def main() -> int:
    text = generate()
    if "--check" in sys.argv:
        return 0 if OUTPUT.read_text() == text else 1
    OUTPUT.write_text(text)
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
