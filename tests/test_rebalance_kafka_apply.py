"""`msklint rebalance apply PLAN --via-kafka` and `stop --via-kafka`: the reviewed plan replayed exactly
with Kafka's own reassignment API. Plans are made by the stand-in against the real Kafka, then applied
without Cruise Control; every outcome is read back from Kafka (metadata, reassignments, configs)."""

import json
import re
import signal
import subprocess
import sys
import time

import pytest
from ccstandin.cluster import KafkaCluster
from helpers import run_cli
from kafka_topics import topics, wait_everywhere
from rebalance_helpers import plan_text, running
from test_rebalance_kafka import assignment, fill

THROTTLES = (
    "leader.replication.throttled.rate",
    "follower.replication.throttled.rate",
    "leader.replication.throttled.replicas",
    "follower.replication.throttled.replicas",
)
RACKS = {1: "use1-az1", 2: "use1-az2", 3: "use1-az4"}


def throttle_settings(admin, names) -> dict:
    """Every replication throttle set on the three brokers and the given topics."""
    from kafka.admin import ConfigResource

    resources = [ConfigResource("BROKER", str(b), list(THROTTLES[:2])) for b in (1, 2, 3)]
    resources += [ConfigResource("TOPIC", t, list(THROTTLES[2:])) for t in names]
    described = admin.describe_configs(resources, config_filter="all")
    return {
        (kind, name, key): entry["value"]
        for kind, by_name in described.items()
        for name, entries in by_name.items()
        for key, entry in entries.items()
        if entry.get("value")
    }


def no_throttle_anywhere(cluster, names) -> None:
    """Kafka accepted the removal; every broker sees it within a moment (KRaft metadata propagation)."""
    wait_everywhere(cluster, lambda admin: throttle_settings(admin, names) == {})


def leaders(admin, names):
    return {
        (t["name"], p["partition_index"]): p["leader_id"]
        for t in admin.describe_topics(names)
        for p in t["partitions"]
    }


def make_plan(cluster, target) -> dict:
    """A plan from the stand-in reading the real Kafka (Cruise Control is not involved afterwards)."""
    backend = KafkaCluster(cluster.bootstrap)
    try:
        with running(backend, tick=0.05) as standin:
            code, _, err = run_cli(
                "rebalance", "plan", "--cruise-control", standin.url, "--bootstrap-server", cluster.first,
                "-o", str(target),
            )  # fmt: skip
            assert code == 0, err
    finally:
        backend.close()
    return json.loads(target.read_text())


def start_apply(cluster, plan_path, *options):
    """`apply --via-kafka` in its own process (to stop it from outside, or interrupt it)."""
    return subprocess.Popen(
        [sys.executable, "-m", "msklint", "rebalance", "apply", str(plan_path), "--via-kafka",
         "--bootstrap-server", cluster.first, "--yes", "--poll", "0.2", *options],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def wait_moving(cluster, names, process) -> None:
    """Until Kafka reports reassignments in flight and the follower throttle on the topic."""
    deadline = time.monotonic() + 60
    with cluster.admin() as admin:
        while not (
            admin.list_partition_reassignments()
            and ("topic", names[0], THROTTLES[3]) in throttle_settings(admin, names)
        ):
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "apply --via-kafka did not start moving"
            time.sleep(0.1)


@pytest.mark.kafka
def test_apply_via_kafka_moves_exactly_the_planned_replicas(kafka_cluster, tmp_path):
    skewed = {p: [1, 2] if p % 2 else [2, 1] for p in range(6)}
    target = tmp_path / "plan.json"
    with topics(kafka_cluster, {"kx-skewed": {"assignments": skewed}}) as names:
        fill(kafka_cluster, "kx-skewed", partitions=6)
        plan = make_plan(kafka_cluster, target)
        planned = {(p["topic"], p["partition"]): p["new_replicas"] for p in plan["proposals"]}
        moves = [p for p in plan["proposals"] if set(p["new_replicas"]) != set(p["old_replicas"])]
        assert len(moves) >= 3 and all(3 in p["new_replicas"] for p in moves)  # broker 3 was empty
        code, out, err = run_cli(
            "rebalance", "apply", str(target), "--via-kafka", "--bootstrap-server", kafka_cluster.first,
            "--yes", "--concurrent-partition-movements", "2", "--replication-throttle", "50000000",
            "--poll", "0.2",
        )  # fmt: skip
        assert code == 0, err
        assert f"applied: Kafka reports the planned replicas for all {len(planned)} partitions" in out
        assert "replication throttle 50000000 B/s on brokers 1, 2, 3 for topics kx-skewed" in out
        assert out.rstrip().endswith("replication throttles removed")
        in_flight = [int(n) for n in re.findall(r"partitions done, (\d+) in flight", err)]
        assert in_flight and max(in_flight) <= 2  # --concurrent-partition-movements 2

        expected = {("kx-skewed", p): planned.get(("kx-skewed", p), r) for p, r in skewed.items()}
        elected = {tp: replicas[0] for tp, replicas in planned.items()}
        # exactly the plan, order included, and the first replica of each list leads (on every broker)
        wait_everywhere(
            kafka_cluster,
            lambda admin: (
                assignment(admin, names) == expected
                and {tp: leader for tp, leader in leaders(admin, names).items() if tp in planned} == elected
            ),
        )
        with kafka_cluster.admin() as admin:
            assert admin.list_partition_reassignments() == {}
        no_throttle_anywhere(kafka_cluster, names)


@pytest.mark.kafka
def test_plan_whose_before_changed_is_refused_and_nothing_moves(kafka_cluster, tmp_path):
    skewed = {p: [1, 2] if p % 2 else [2, 1] for p in range(6)}
    target = tmp_path / "plan.json"
    with topics(kafka_cluster, {"kx-drift": {"assignments": skewed}}) as names:
        plan = make_plan(kafka_cluster, target)
        moved = next(p for p in plan["proposals"] if set(p["new_replicas"]) != set(p["old_replicas"]))
        tp = ("kx-drift", moved["partition"])
        elsewhere = [1, 3] if 3 not in moved["old_replicas"] and moved["old_replicas"] != [1, 3] else [2, 3]
        from kafka import TopicPartition

        with kafka_cluster.admin() as admin:  # someone moves that partition after the review
            admin.alter_partition_reassignments({TopicPartition(*tp): elsewhere})
        before = {("kx-drift", p): r for p, r in skewed.items()} | {tp: elsewhere}
        wait_everywhere(
            kafka_cluster,
            lambda admin: assignment(admin, names) == before and not admin.list_partition_reassignments(),
        )

        code, out, err = run_cli(
            "rebalance", "apply", str(target), "--via-kafka", "--bootstrap-server", kafka_cluster.first,
            "--yes", "--replication-throttle", "1000000",
        )  # fmt: skip
        assert code == 2
        assert "msklint: not applying: 1 partition(s) changed since the plan was made" in err
        assert f"  kx-drift-{tp[1]}: the plan says {moved['old_replicas']}, Kafka has {elsewhere}\n" in err
        assert "applied" not in out
        with kafka_cluster.admin() as admin:
            assert admin.list_partition_reassignments() == {}
        wait_everywhere(kafka_cluster, lambda admin: assignment(admin, names) == before)
        no_throttle_anywhere(kafka_cluster, names)


@pytest.mark.kafka
def test_plan_moving_to_an_unknown_broker_is_refused_before_anything_moves(kafka_cluster, tmp_path):
    original = {0: [1, 2], 1: [2, 1]}
    target = tmp_path / "plan.json"
    target.write_text(
        plan_text([("kx-nine", 0, [1, 2], [3, 2]), ("kx-nine", 1, [2, 1], [9, 1])], racks=RACKS)
    )
    with topics(kafka_cluster, {"kx-nine": {"assignments": original}}) as names:
        code, _, err = run_cli(
            "rebalance", "apply", str(target), "--via-kafka", "--bootstrap-server", kafka_cluster.first,
            "--yes", "--force",
        )  # fmt: skip
        assert (code, err) == (
            2,
            f"msklint: kafka://{kafka_cluster.first}: not applying: the plan moves replicas to broker(s) 9, "
            "which the cluster does not list\n",
        )
        with kafka_cluster.admin() as admin:
            assert assignment(admin, names) == {("kx-nine", p): r for p, r in original.items()}
            assert admin.list_partition_reassignments() == {}


@pytest.mark.kafka
def test_throttled_apply_then_stop_leaves_nothing_in_flight_and_no_throttle(kafka_cluster, tmp_path):
    """10 kB/s keeps 2 MB moves running; `stop --via-kafka` from another shell cancels them, removes the
    throttles, and the running apply notices the cancellation and exits 2."""
    original = {p: [1, 2] if p % 2 else [2, 1] for p in range(4)}
    target = tmp_path / "plan.json"
    with topics(kafka_cluster, {"kx-slow": {"assignments": original}}) as names:
        fill(kafka_cluster, "kx-slow", partitions=4, megabytes=2)
        make_plan(kafka_cluster, target)
        apply = start_apply(kafka_cluster, target, "--replication-throttle", "10000")
        try:
            wait_moving(kafka_cluster, names, apply)
            code, out, err = run_cli(
                "rebalance", "stop", "--via-kafka", "--bootstrap-server", kafka_cluster.first
            )
            assert code == 0, err
            assert out.startswith("cancelled ") and " reassignment(s) in flight: kx-slow-" in out
            assert "removed replication throttles from brokers 1, 2, 3 and topics kx-slow\n" in out
            _, apply_err = apply.communicate(timeout=60)
        finally:
            apply.kill()
        assert apply.returncode == 2, apply_err
        assert "was cancelled: Kafka shows the old replicas" in apply_err
        with kafka_cluster.admin() as admin:
            assert admin.list_partition_reassignments() == {}
        no_throttle_anywhere(kafka_cluster, names)
        wait_everywhere(
            kafka_cluster,
            lambda admin: assignment(admin, names) == {("kx-slow", p): r for p, r in original.items()},
        )


@pytest.mark.kafka
def test_ctrl_c_during_apply_cancels_and_removes_throttles(kafka_cluster, tmp_path):
    original = {p: [1, 2] if p % 2 else [2, 1] for p in range(4)}
    target = tmp_path / "plan.json"
    with topics(kafka_cluster, {"kx-interrupted": {"assignments": original}}) as names:
        fill(kafka_cluster, "kx-interrupted", partitions=4, megabytes=2)
        make_plan(kafka_cluster, target)
        apply = start_apply(kafka_cluster, target, "--replication-throttle", "10000")
        try:
            wait_moving(kafka_cluster, names, apply)
            apply.send_signal(signal.SIGINT)
            out, err = apply.communicate(timeout=60)
        finally:
            apply.kill()
        assert apply.returncode == 1, err
        assert "stopped: " in out and " reassignment(s) in flight cancelled, throttles removed" in out
        with kafka_cluster.admin() as admin:
            assert admin.list_partition_reassignments() == {}
        no_throttle_anywhere(kafka_cluster, names)
        wait_everywhere(
            kafka_cluster,
            lambda admin: assignment(admin, names) == {("kx-interrupted", p): r for p, r in original.items()},
        )


# without Kafka: what is refused before connecting ---------------------------------------------------


def test_via_kafka_refuses_cruise_control_options_and_missing_inputs(tmp_path):
    target = tmp_path / "plan.json"
    target.write_text(plan_text([("orders", 0, [1, 2, 3], [4, 2, 3])]))
    closed = ("--bootstrap-server", "127.0.0.1:9")
    assert run_cli("rebalance", "apply", "--via-kafka", *closed, "--yes")[::2] == (
        2,
        "msklint: apply --via-kafka replays a reviewed plan: give the PLAN file\n",
    )
    assert run_cli("rebalance", "apply", str(target), "--via-kafka", "--yes")[::2] == (
        2,
        "msklint: --via-kafka needs --bootstrap-server HOST:PORT\n",
    )
    code, _, err = run_cli(
        "rebalance", "apply", str(target), "--via-kafka", *closed, "--accept-changes", "--no-watch"
    )
    assert (code, err) == (
        2,
        "msklint: apply --via-kafka: --accept-changes, --no-watch only apply through Cruise Control\n",
    )
    code, _, err = run_cli(
        "rebalance",
        "apply",
        str(target),
        "--cruise-control",
        "http://127.0.0.1:9",
        "--concurrent-partition-movements",
        "2",
    )
    assert (code, err) == (2, "msklint: apply: --concurrent-partition-movements is for --via-kafka\n")


def test_plan_check_errors_block_before_kafka_is_asked(tmp_path):
    """A replication factor change is a check error: exit 1, and the (closed) bootstrap port is never
    tried; with --force it is, and the unreachable cluster is one line, exit 2."""
    target = tmp_path / "plan.json"
    target.write_text(plan_text([("orders", 0, [1, 2, 3], [1, 2])]))
    args = ("rebalance", "apply", str(target), "--via-kafka", "--bootstrap-server", "127.0.0.1:9", "--yes")
    code, out, err = run_cli(*args, "--timeout", "1")
    assert code == 1
    assert "P002" in out
    assert err == "msklint: not applying: the plan check found 1 error(s) (--force to apply anyway)\n"
    code, _, err = run_cli(*args, "--timeout", "1", "--force")
    assert code == 2
    assert err.startswith("msklint: kafka://127.0.0.1:9: no answer within 1 s") and err.count("\n") == 1


def test_stop_via_kafka_unreachable_is_one_line():
    code, out, err = run_cli(
        "rebalance", "stop", "--via-kafka", "--bootstrap-server", "127.0.0.1:9", "--timeout", "1"
    )
    assert (code, out) == (2, "")
    assert err.startswith("msklint: kafka://127.0.0.1:9: no answer within 1 s") and err.count("\n") == 1
