"""Checked-in data generated from authoritative sources is current (regenerated and compared)."""

import subprocess
import sys

from helpers import ROOT


def test_kafka_config_catalog_is_current():
    # Needs java and mvn (both on CI); fetches the pinned Kafka jars on first use.
    result = subprocess.run([sys.executable, "tools/gen_kafka_catalog.py", "--check"], cwd=ROOT, timeout=1200)
    assert result.returncode == 0, (
        "msklint/data/kafka-configs.json is stale: run python tools/gen_kafka_catalog.py"
    )
