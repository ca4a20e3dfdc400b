"""The test harness itself: a real KRaft cluster from the pinned Maven Central jars."""

import subprocess
import sys

import pytest
from helpers import ROOT
from kafka_topics import topics

from msklint.testing.kafka import RACKS, KafkaCluster

pytestmark = pytest.mark.kafka


def test_three_registered_brokers_in_three_zones(kafka_cluster):
    with kafka_cluster.admin() as admin:
        brokers = admin.describe_cluster()["brokers"]
    assert sorted((b["broker_id"], b["host"], b["rack"]) for b in brokers) == [
        (1, "127.0.0.1", "use1-az1"),
        (2, "127.0.0.1", "use1-az2"),
        (3, "127.0.0.1", "use1-az4"),
    ]
    assert {b["port"] for b in brokers} == {node.port for node in kafka_cluster.nodes}
    assert set(RACKS) == {"use1-az1", "use1-az2", "use1-az4"}


def test_kafka_places_replicas_across_the_racks(kafka_cluster):
    racks = {node.node_id: node.rack for node in kafka_cluster.nodes}
    with (
        topics(kafka_cluster, {"placed": {"num_partitions": 6, "replication_factor": 3}}),
        kafka_cluster.admin() as a,
    ):
        (topic,) = a.describe_topics(["placed"])
    assert len(topic["partitions"]) == 6
    for partition in topic["partitions"]:
        assert sorted(racks[r] for r in partition["replica_nodes"]) == sorted(RACKS)


def test_start_and_stop_from_the_command_line(tmp_path):
    folder = tmp_path / "demo"
    command = [sys.executable, "-m", "msklint.testing.kafka"]
    started = subprocess.run(
        [*command, "start", "--brokers", "1", "--dir", str(folder)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    cluster = KafkaCluster.attach(folder) if (folder / "cluster.json").exists() else None
    try:
        assert started.returncode == 0, started.stderr
        assert started.stdout.strip().splitlines()[-1] == f"127.0.0.1:{cluster.nodes[0].port}"
        assert cluster.registered_brokers() == {1}  # still running after `start` returned
        stopped = subprocess.run(
            [*command, "stop", "--dir", str(folder)], capture_output=True, text=True, cwd=ROOT, timeout=120
        )
        assert stopped.returncode == 0, stopped.stderr
        assert not cluster.rss_kib()  # no process left: /proc has no such pid (or only its zombie)
    finally:
        if cluster is not None:
            cluster.stop()


def test_stop_refuses_a_folder_without_a_cluster(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "msklint.testing.kafka", "stop", "--dir", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.startswith(
        f"msklint.testing.kafka: {tmp_path}: no readable Kafka cluster state here"
    )
