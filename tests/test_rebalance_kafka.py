"""`msklint rebalance` on the real three-broker Kafka: the stand-in reads the cluster's metadata and
executes the proposals with Kafka's reassignment API; the assignment Kafka reports afterwards is the plan."""

import json

import pytest
from ccstandin.cluster import KafkaCluster
from helpers import run_cli
from kafka_topics import topics, wait_everywhere
from rebalance_helpers import running

pytestmark = pytest.mark.kafka

# The client's pauses against a real Kafka: Cruise Control's time is compressed in the stand-in, Kafka's is not
# (a broker's metadata follows the controller's a moment later), so the client reads Kafka's state after an
# execution over about 1.5 s, not the 0.1 s of the stand-in's compressed time.
CLIENT_TIME_SCALE = "0.25"
SKEWED = {p: [1, 2] if p % 2 else [2, 1] for p in range(6)}  # broker 3 holds nothing


def assignment(admin, names):
    return {
        (t["name"], p["partition_index"]): p["replica_nodes"]
        for t in admin.describe_topics(names)
        for p in t["partitions"]
    }


def fill(cluster, topic: str, partitions: int, megabytes: int = 1) -> None:
    """Write about `megabytes` MB into every partition, so that moves carry data."""
    from kafka import KafkaProducer

    producer = KafkaProducer(bootstrap_servers=cluster.bootstrap, acks="all", linger_ms=20)
    value = b"x" * 10_000
    for partition in range(partitions):
        for _ in range(megabytes * 100):
            producer.send(topic, value, partition=partition)
    producer.flush()
    producer.close()


def test_plan_and_apply_move_partitions_on_real_kafka(kafka_cluster, tmp_path):
    specs = {
        "rb-skewed": {"assignments": SKEWED, "configs": {"min.insync.replicas": "1"}},
        "rb-pinned": {"assignments": {0: [1, 2], 1: [2, 1]}},
    }
    target = tmp_path / "plan.json"
    with topics(kafka_cluster, specs) as names:
        fill(kafka_cluster, "rb-skewed", partitions=6)
        backend = KafkaCluster(kafka_cluster.bootstrap)
        try:
            with running(backend, tick=0.05) as standin:
                code, out, err = run_cli(
                    "rebalance", "plan", "--cruise-control", standin.url, "--excluded-topics", "rb-pin.*",
                    "--bootstrap-server", kafka_cluster.first, "-o", str(target),
                )  # fmt: skip
                assert code == 0, out + err
                plan = json.loads(target.read_text())
                assert plan["racks"] == {"1": "use1-az1", "2": "use1-az2", "3": "use1-az4"}
                assert plan["topics"]["rb-skewed"] == {"replication_factor": 2, "min_insync_replicas": 1}
                moves = [p for p in plan["proposals"] if set(p["new_replicas"]) != set(p["old_replicas"])]
                assert moves and all(3 in p["new_replicas"] for p in moves)
                assert {p["topic"] for p in plan["proposals"]} == {"rb-skewed"}  # rb-pinned is excluded
                assert "3       use1-az4     0 → 5    0 → 2" in out
                assert plan["summary"]["dataToMoveMB"] == 5  # five partitions of 1 MB gain a replica

                code, out, err = run_cli(
                    "rebalance",
                    "apply",
                    str(target),
                    "--cruise-control",
                    standin.url,
                    "--yes",
                    "--time-scale",
                    CLIENT_TIME_SCALE,
                )
                assert code == 0, out + err
                last = out.rstrip().splitlines()[-1]
                assert last.startswith("execution completed: user task ") and "proposals are in place" in last
        finally:
            backend.close()

        expected = {(p["topic"], p["partition"]): p["new_replicas"] for p in plan["proposals"]}
        wait_everywhere(
            kafka_cluster,
            lambda admin: all(assignment(admin, names)[tp] == replicas for tp, replicas in expected.items()),
        )
        with kafka_cluster.admin() as admin:
            now = assignment(admin, names)
        assert now[("rb-pinned", 0)] == [1, 2] and now[("rb-pinned", 1)] == [2, 1]
        per_broker = {b: sum(b in r for r in now.values()) for b in (1, 2, 3)}
        assert (
            per_broker == {b["Broker"]: b["Replicas"] for b in plan["brokers"]["after"]} == {1: 5, 2: 6, 3: 5}
        )


def test_remove_broker_empties_it_on_real_kafka(kafka_cluster, tmp_path):
    target = tmp_path / "plan.json"
    with topics(
        kafka_cluster, {"rb-spread": {"assignments": {p: [p % 3 + 1, (p + 1) % 3 + 1] for p in range(6)}}}
    ) as names:
        backend = KafkaCluster(kafka_cluster.bootstrap)
        try:
            with running(backend, tick=0.05) as standin:
                code, out, err = run_cli(
                    "rebalance",
                    "plan",
                    "--cruise-control",
                    standin.url,
                    "--remove-brokers",
                    "3",
                    "-o",
                    str(target),
                )
                assert code == 0, out + err
                code, out, err = run_cli(
                    "rebalance",
                    "apply",
                    str(target),
                    "--cruise-control",
                    standin.url,
                    "--yes",
                    "--time-scale",
                    CLIENT_TIME_SCALE,
                )
                assert code == 0, out + err
        finally:
            backend.close()
        wait_everywhere(
            kafka_cluster, lambda admin: all(3 not in r for r in assignment(admin, names).values())
        )
        with kafka_cluster.admin() as admin:
            assert all(sorted(r) == [1, 2] for r in assignment(admin, names).values())


def broker_config(admin, broker: int, key: str):
    from kafka.admin import ConfigResource

    described = admin.describe_configs([ConfigResource("BROKER", str(broker), [key])], config_filter="all")
    entry = described["broker"][str(broker)].get(key) or {}
    return entry.get("value")


def test_throttled_execution_stopped_rolls_back_on_real_kafka(kafka_cluster, tmp_path):
    """A throttle of 10 kB/s keeps 2 MB moves running; `stop` cancels them: Kafka reports no reassignment
    in flight, the old replica sets, and the throttle removed."""
    import time

    original = {p: [1, 2] if p % 2 else [2, 1] for p in range(4)}
    target = tmp_path / "plan.json"
    with topics(kafka_cluster, {"rb-slow": {"assignments": original}}) as names:
        fill(kafka_cluster, "rb-slow", partitions=4, megabytes=2)
        backend = KafkaCluster(kafka_cluster.bootstrap)
        try:
            with running(backend, tick=0.1) as standin:
                url = ("--cruise-control", standin.url)
                assert run_cli("rebalance", "plan", *url, "-o", str(target))[0] == 0
                code, out, err = run_cli(
                    "rebalance",
                    "apply",
                    str(target),
                    *url,
                    "--yes",
                    "--no-watch",
                    "--replication-throttle",
                    "10000",
                )
                assert code == 0, out + err
                deadline = time.monotonic() + 30
                while not standin.executor.in_progress:
                    assert standin.executor.error is None and time.monotonic() < deadline, (
                        standin.executor.error
                    )
                    time.sleep(0.05)
                with kafka_cluster.admin() as admin:
                    assert admin.list_partition_reassignments()  # Kafka is moving replicas
                    assert broker_config(admin, 3, "follower.replication.throttled.rate") == "10000"
                code, out, err = run_cli("rebalance", "stop", *url, "--time-scale", CLIENT_TIME_SCALE)
                assert code == 0, out + err
                assert out.startswith(
                    "Cruise Control: Proposal execution stopped.\nexecutor idle: execution stopped"
                )
                assert "execution stopped: user task " in out and "proposals not in place" in out
                assert standin.executor.finished == []
        finally:
            backend.close()
        with kafka_cluster.admin() as admin:
            assert admin.list_partition_reassignments() == {}
            assert broker_config(admin, 3, "follower.replication.throttled.rate") in (None, "")
        wait_everywhere(
            kafka_cluster, lambda admin: {tp[1]: r for tp, r in assignment(admin, names).items()} == original
        )


def test_divergent_execution_is_stopped_and_rolled_back_on_real_kafka(kafka_cluster, tmp_path):
    """Cruise Control re-optimises at execution and proposes two partitions the plan did not have: apply
    stops the execution at once, and Kafka ends with no reassignment in flight and the old replica sets."""
    original = {p: [1, 2] if p % 2 else [2, 1] for p in range(6)}
    target = tmp_path / "plan.json"
    with topics(kafka_cluster, {"rb-drift": {"assignments": original}}) as names:
        fill(kafka_cluster, "rb-drift", partitions=6, megabytes=2)
        backend = KafkaCluster(kafka_cluster.bootstrap)
        try:
            with running(backend, tick=0.1) as standin:
                url = ("--cruise-control", standin.url)
                assert run_cli("rebalance", "plan", *url, "-o", str(target))[0] == 0
                standin.drift, standin.drift_same_rack = 2, False
                code, out, err = run_cli(
                    "rebalance",
                    "apply",
                    str(target),
                    *url,
                    "--yes",
                    "--replication-throttle",
                    "10000",
                    "--time-scale",
                    CLIENT_TIME_SCALE,
                )
                assert code == 1, out + err
                assert (
                    "msklint: execution STOPPED: Cruise Control's proposals differ from the reviewed plan:"
                    in err
                )
                assert err.count(" was not in the plan (") == 2
                assert standin.executor.finished == []
        finally:
            backend.close()
        with kafka_cluster.admin() as admin:
            assert admin.list_partition_reassignments() == {}
        wait_everywhere(
            kafka_cluster, lambda admin: {tp[1]: r for tp, r in assignment(admin, names).items()} == original
        )
