import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

TODAY = "2026-12-03"  # the day msklint's current-guide facts were read: end-of-support findings are stable


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch):
    """Every test judges end-of-support dates as of TODAY unless it says otherwise (--today, setenv)."""
    monkeypatch.setenv("MSKLINT_TODAY", TODAY)


@pytest.fixture(scope="session")
def kafka_cluster(tmp_path_factory):
    """A real three-broker Apache Kafka (KRaft) cluster on 127.0.0.1 for the whole run (racks use1-az1,
    use1-az2, use1-az4), stopped at the end, also when tests fail. If Kafka cannot start, every test that
    uses it FAILS with the reason; nothing is skipped. MSKLINT_KAFKA_DIR=DIR reuses a cluster started with
    `python -m msklint.testing.kafka start --dir DIR` (faster while developing). Tests that create topics
    delete them again, so that tests sharing the cluster see only their own topics."""
    from msklint.testing.kafka import KafkaCluster

    reused = os.environ.get("MSKLINT_KAFKA_DIR")
    if reused:
        yield KafkaCluster.attach(reused)
        return
    cluster = None
    try:
        cluster = KafkaCluster.create(tmp_path_factory.mktemp("kafka"), brokers=3)
        cluster.start(die_with_parent=True)
    except Exception as error:
        if cluster is not None:
            cluster.stop()
        pytest.fail(
            f"the real Kafka cluster could not start (needs Java 17 and Maven): {error}", pytrace=False
        )
    try:
        yield cluster
    finally:
        cluster.stop()
