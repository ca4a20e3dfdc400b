"""msklint's own planner on a real six-broker Kafka in three zones (two brokers per zone, as an MSK cluster
of 6): snapshot the cluster, plan, apply the plan exactly with `apply --via-kafka`, and read back from Kafka
that the brokers drained hold nothing, that the zones stay distinct and that the assignment is the plan."""

import json

import pytest
from helpers import run_cli
from kafka_topics import topics, wait_everywhere
from test_rebalance_kafka import assignment, fill

pytestmark = pytest.mark.kafka

RACKS = {1: "use1-az1", 2: "use1-az2", 3: "use1-az4", 4: "use1-az1", 5: "use1-az2", 6: "use1-az4"}


@pytest.fixture(scope="module")
def six_brokers(tmp_path_factory):
    """Six brokers (racks az1, az2, az4, az1, az2, az4), three of them controllers; for this module only."""
    from msklint.testing.kafka import running_cluster

    try:
        with running_cluster(tmp_path_factory.mktemp("kafka6"), brokers=6, controllers=3) as cluster:
            yield cluster
    except Exception as error:
        if "Kafka" in type(error).__name__:
            pytest.fail(f"the six-broker Kafka cluster could not start: {error}", pytrace=False)
        raise


def plan_and_apply(cluster, tmp_path, *options) -> dict:
    """snapshot → plan → apply --via-kafka; the plan file."""
    source, target = tmp_path / "metadata.json", tmp_path / "plan.json"
    code, _, err = run_cli("rebalance", "snapshot", "--bootstrap-server", cluster.first, "-o", str(source))
    assert code == 0, err
    code, out, err = run_cli(
        "rebalance", "plan", "--metadata", str(source), *options, "-o", str(target)
    )  # fmt: skip
    assert code == 0, err + out
    plan = json.loads(target.read_text())
    code, out, err = run_cli(
        "rebalance", "apply", str(target), "--via-kafka", "--bootstrap-server", cluster.first, "--yes",
        "--poll", "0.2",
    )  # fmt: skip
    assert code == 0, err + out
    return plan


def zones(replicas) -> int:
    return len({RACKS[b] for b in replicas})


def ends_as_planned(cluster, names, plan, before) -> dict:
    expected = dict(before)
    for p in plan["proposals"]:
        expected[(p["topic"], p["partition"])] = p["new_replicas"]
    wait_everywhere(cluster, lambda admin: assignment(admin, names) == expected)
    return expected


def test_drain_for_real_leaves_nothing_on_the_brokers_and_keeps_zones(six_brokers, tmp_path):
    spread = {p: [1 + p % 3, 4 + (p + 1) % 3, 1 + (p + 2) % 3] for p in range(6)}  # every zone, 4-6 too
    with topics(six_brokers, {"pd-orders": {"assignments": spread}}) as names:
        fill(six_brokers, "pd-orders", partitions=6)
        code, _, err = run_cli(
            "rebalance", "snapshot", "--bootstrap-server", six_brokers.first, "-o", str(tmp_path / "m.json")
        )
        assert code == 0, err
        snapshot = json.loads((tmp_path / "m.json").read_text())
        assert {b["id"]: b["rack"] for b in snapshot["brokers"]} == RACKS
        ours = [p for p in snapshot["partitions"] if p["topic"] == "pd-orders"]
        assert all(p["size_bytes"] >= 1_000_000 for p in ours)  # DescribeLogDirs: about 1 MB each

        plan = plan_and_apply(
            six_brokers, tmp_path, "--strategy", "drain", "--brokers", "4,5,6", "--topics", "pd-.*"
        )
        assert plan["request"] == {
            "endpoint": "remove_broker",
            "brokers": [4, 5, 6],
            "options": {"strategy": "drain", "topics": "pd-.*", "rf": None, "allow_uneven": False},
        }
        assert plan["summary"]["replica_moves"] == plan["summary"]["lower_bound"] == 6
        after = ends_as_planned(six_brokers, names, plan, {("pd-orders", p): r for p, r in spread.items()})
        assert all(not {4, 5, 6} & set(r) and zones(r) == 3 for r in after.values())


def test_balance_after_adding_brokers_for_real(six_brokers, tmp_path):
    # the topic was created when the cluster had brokers 1-3: 4, 5 and 6 were added since
    old = {p: [1 + (p + k) % 3 for k in range(3)] for p in range(6)}
    with topics(six_brokers, {"pb-events": {"assignments": old}}) as names:
        plan = plan_and_apply(six_brokers, tmp_path, "--strategy", "balance", "--topics", "pb-.*")
        assert plan["summary"]["replica_moves"] == plan["summary"]["lower_bound"] == 9  # 3 per zone
        after = ends_as_planned(six_brokers, names, plan, {("pb-events", p): r for p, r in old.items()})
        counts = {b: sum(b in r for r in after.values()) for b in RACKS}
        assert set(counts.values()) == {3}
        assert all(zones(r) == 3 for r in after.values())
        with six_brokers.admin() as admin:  # apply elected the planned leaders: 6 leaders on 6 brokers
            leaders = [p["leader_id"] for t in admin.describe_topics(names) for p in t["partitions"]]
        assert sorted(leaders) == [1, 2, 3, 4, 5, 6]


def test_rack_aware_repair_for_real(six_brokers, tmp_path):
    crowded = {0: [1, 4, 2], 1: [2, 5, 3], 2: [3, 1, 2]}  # 0 and 1 have two replicas in one zone
    with topics(six_brokers, {"pr-logs": {"assignments": crowded}}) as names:
        plan = plan_and_apply(six_brokers, tmp_path, "--strategy", "rack-aware", "--topics", "pr-.*")
        assert plan["summary"]["zone_violations"] == {"before": 2, "after": 0}
        assert sorted(p["partition"] for p in plan["proposals"]) == [0, 1]
        after = ends_as_planned(six_brokers, names, plan, {("pr-logs", p): r for p, r in crowded.items()})
        assert all(zones(r) == 3 for r in after.values())
        assert [after[("pr-logs", p)][0] for p in range(3)] == [1, 2, 3]  # leaders kept


def test_plan_read_live_and_kafka_json_for_the_real_tool(six_brokers, tmp_path):
    """--bootstrap-server instead of --metadata; --kafka-json is what kafka-reassign-partitions takes."""
    old = {0: [1, 2], 1: [2, 3]}
    with topics(six_brokers, {"pf-small": {"assignments": old}}) as names:
        target, kafka = tmp_path / "plan.json", tmp_path / "reassign.json"
        code, out, err = run_cli(
            "rebalance", "plan", "--strategy", "replication-factor", "--rf", "3", "--topics", "pf-.*",
            "--bootstrap-server", six_brokers.first, "-o", str(target), "--kafka-json", str(kafka),
        )  # fmt: skip
        assert code == 0, err + out
        reassignment = json.loads(kafka.read_text())
        assert [len(p["replicas"]) for p in reassignment["partitions"]] == [3, 3]
        assert all(zones(p["replicas"]) == 3 for p in reassignment["partitions"])
        code, out, err = run_cli(
            "rebalance", "apply", str(target), "--via-kafka", "--bootstrap-server", six_brokers.first, "--yes",
            "--poll", "0.2",
        )  # fmt: skip
        assert code == 0, err + out
        ends_as_planned(
            six_brokers, names, json.loads(target.read_text()), {("pf-small", p): r for p, r in old.items()}
        )
