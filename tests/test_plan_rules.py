"""Plan rules P001-P006 on crafted plan files: each table row is (plan → exact [(code, line)])."""

import pytest
from helpers import codes_and_lines, lint_text
from rebalance_helpers import plan_text

FIRST = 7  # line of the first proposal in plan_text()


def run(text, context=None, select=()):
    return codes_and_lines(lint_text(text, "plan.json", context=context, select=select))


CASES = [
    # P001 zone spread: brokers 1 and 4 share use1-az1
    ("zone-broken", plan_text([("orders", 0, [1, 2, 3], [1, 4, 3])]), {}, [("P001", FIRST)]),
    ("zone-kept", plan_text([("orders", 0, [1, 2, 3], [4, 2, 3])]), {}, []),
    (
        "rf2-same-zone",
        plan_text([("a", 0, [1, 2], [2, 3]), ("a", 1, [1, 2], [1, 4])]),
        {},
        [("P001", FIRST + 1)],
    ),
    (
        "no-racks-silent",
        plan_text([("orders", 0, [1, 2, 3], [1, 4, 3])], racks={1: None, 2: None, 3: None, 4: None}),
        {},
        [],
    ),
    # P002 replication factor
    ("rf-dropped", plan_text([("orders", 0, [1, 2, 3], [4, 2])]), {}, [("P002", FIRST)]),
    (
        "rf-duplicated-broker",
        plan_text([("orders", 0, [1, 2, 3], [2, 2, 3])]),
        {},
        [("P001", FIRST), ("P002", FIRST)],
    ),
    (
        "rf-change-asked",
        plan_text([("orders", 0, [1, 2], [1, 2, 3])], endpoint="topic_configuration"),
        {},
        [],
    ),
    # P003 min.insync.replicas ≤ RF - 1
    (
        "min-isr-equal-rf",
        plan_text([("orders", 0, [1, 2, 3], [1, 2])], topics={"orders": {"min_insync_replicas": 2}}),
        {"select": ("P003",)},
        [("P003", FIRST)],
    ),
    (
        "min-isr-fine",
        plan_text([("orders", 0, [1, 2, 3], [4, 2, 3])], topics={"orders": {"min_insync_replicas": 2}}),
        {},
        [],
    ),
    ("min-isr-unknown", plan_text([("orders", 0, [1, 2, 3], [4, 2])]), {"select": ("P003",)}, []),
    # P004 removed / demoted brokers
    (
        "removed-kept",
        plan_text([("a", 0, [1, 3], [3, 2])], endpoint="remove_broker", brokers=[3]),
        {},
        [("P004", FIRST)],
    ),
    ("removed-gone", plan_text([("a", 0, [1, 3], [1, 2])], endpoint="remove_broker", brokers=[3]), {}, []),
    (
        "canary-stays",
        plan_text([("__amazon_msk_canary", 0, [1, 3], [3, 2])], endpoint="remove_broker", brokers=[3]),
        {"select": ("P004",)},
        [],
    ),
    # P008 Cruise Control's and MSK's own topics; P003 leaves them alone
    (
        "managed-moved",
        plan_text(
            [("__CruiseControlMetrics", 0, [1], [3]), ("__CruiseControlMetrics", 1, [2], [3])],
            topics={"__CruiseControlMetrics": {"replication_factor": 1, "min_insync_replicas": 1}},
        ),
        {},
        [("P008", FIRST)],
    ),
    ("canary-moved", plan_text([("__amazon_msk_canary", 0, [1, 3], [3, 2])]), {}, [("P008", FIRST)]),
    (
        "user-topic-moved",
        plan_text([("__CruiseControlMetricsX", 0, [1, 2], [3, 2])]),
        {"select": ("P008",)},
        [],
    ),
    (
        "demoted-leads",
        plan_text([("a", 0, [1, 2], [1, 2])], endpoint="demote_broker", brokers=[1]),
        {},
        [("P004", FIRST)],
    ),
    ("demoted-follows", plan_text([("a", 0, [1, 2], [2, 1])], endpoint="demote_broker", brokers=[1]), {}, []),
    # P006 excluded topics
    (
        "excluded-moved",
        plan_text([("audit-log", 0, [1, 2], [3, 2])], excluded="audit.*"),
        {},
        [("P006", FIRST)],
    ),
    ("not-excluded", plan_text([("orders", 0, [1, 2], [3, 2])], excluded="audit.*"), {}, []),
    (
        "excluded-off-removed-broker",
        plan_text(
            [("audit-log", 0, [1, 3], [1, 2])], endpoint="remove_broker", brokers=[3], excluded="audit.*"
        ),
        {},
        [],
    ),
    (
        "excluded-reordered-while-removing",
        plan_text(
            [("audit-log", 0, [1, 3], [2, 1])], endpoint="remove_broker", brokers=[3], excluded="audit.*"
        ),
        {},
        [("P006", FIRST)],
    ),
]


@pytest.mark.parametrize(("text", "extra", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_plan_rules(text, extra, expected):
    assert run(text, select=extra.get("select", ())) == expected


def test_partitions_per_broker_needs_the_broker_size():
    over = plan_text([("a", 0, [1, 2, 3], [4, 2, 3])], after={4: 310, 1: 250})
    under = plan_text([("a", 0, [1, 2, 3], [4, 2, 3])], after={4: 290, 1: 250})
    small = {"broker_type": "kafka.t3.small"}
    assert run(over, context=small) == [("P005", 1)]
    assert run(under, context=small) == []
    assert run(over) == []  # broker size unknown: silent
    assert run(over, context={"broker_type": "kafka.m5.large"}) == []  # 1000 recommended


def test_findings_name_the_partition_and_why():
    (finding,) = lint_text(plan_text([("orders", 0, [1, 2, 3], [1, 4, 3])]), "plan.json", select=("P001",))
    assert finding.target == "orders-0"
    assert (
        finding.message == "orders-0 would have replicas in 2 of 3 zones (1:use1-az1, 4:use1-az1, 3:use1-az4)"
    )
    assert finding.guide == "Build highly available clusters"


def test_bad_plan_files_are_one_line_errors(tmp_path):
    from helpers import run_cli

    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"msklint_plan": 1, "request": {"endpoint": "rebalance"},\n "proposals": [{"topic": "a"}]}\n'
    )
    code, out, err = run_cli("rebalance", "check", str(bad))
    assert (code, out) == (2, "")
    assert err == f"msklint: {bad}:2:16: $.proposals[0].partition: field required\n"
    bad.write_text('{"msklint_plan": 1, "request": {"endpoint": "rebalance"},\n "racks": {"1": 7}}\n')
    code, _, err = run_cli("rebalance", "check", str(bad))
    assert (code, err) == (2, f"msklint: {bad}:2:17: $.racks.1: input should be a valid string, got 7\n")
    other = tmp_path / "other.json"
    other.write_text('{"version": 1}\n')
    code, _, err = run_cli("rebalance", "check", str(other))
    assert code == 2 and "not an msklint plan file" in err


def test_proposals_accept_both_topic_partition_shapes():
    from msklint.rebalance.answers import OptimizationResult, parse
    from msklint.rebalance.plan import proposals_from

    result = {
        "summary": {"numReplicaMovements": 1, "numLeaderMovements": 1, "dataToMoveMB": 0},
        "loadAfterOptimization": {"brokers": []},
        "proposals": [
            {"topicPartition": {"hash": 1, "partition": 3, "topic": "orders"}, "oldLeader": 1,
             "oldReplicas": [1, 2], "newReplicas": [3, 2]},
            {"topicPartition": "my-topic-12", "oldLeader": 2, "oldReplicas": [2, 1], "newReplicas": [1, 2]},
        ]
    }  # fmt: skip
    found = [
        (p.topic, p.partition, p.old, p.new, p.moves_replicas)
        for p in proposals_from(parse(OptimizationResult, result))
    ]
    assert found == [("my-topic", 12, (2, 1), (1, 2), False), ("orders", 3, (1, 2), (3, 2), True)]


def test_cpu_headroom():
    moved = [("a", 0, [1, 2, 3], [4, 2, 3])]
    assert run(plan_text(moved, cpu={4: (45.0, 72.5), 1: (70.0, 50.0)})) == [("P007", 1)]
    assert run(plan_text(moved, cpu={4: (45.0, 55.0)})) == []
    assert run(plan_text(moved, cpu={4: (80.0, 75.0)})) == []  # above already, and the plan lowers it
    (finding,) = lint_text(plan_text(moved, cpu={4: (45.0, 72.5)}), "plan.json")
    assert finding.message == (
        "broker 4 would run at an estimated 72.5% CPU (now 45.0%); the guide recommends under 60%"
    )
