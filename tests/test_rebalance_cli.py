"""`msklint rebalance` commands (subprocesses) against the Cruise Control stand-in (in this process)."""

import json
import threading
import time

from helpers import run_cli
from msklint.rebalance.plan import MANAGED_TOPICS_REGEX
from rebalance_helpers import cc, plan_text, running, skewed_cluster


def executions(standin):
    return [p for m, e, p, h in standin.log if p.get("dryrun") == "false" and h is None]


def test_status_text_and_json():
    with running() as standin:
        code, out, err = cc(standin, "status")
        assert (code, err) == (0, "")
        assert out == (
            "monitor: RUNNING, 5 valid windows, 100.0% of partitions monitored\n"
            "executor: NO_TASK_IN_PROGRESS\n"
            "analyzer: proposals ready, 17/17 goals ready\n"
            "plan: can be made now (the analyzer says proposals are ready)\n"
            "anomaly detector: self-healing enabled for nothing, balancedness 76.0\n"
            "user tasks in progress: 0\n"
        )
        code, out, _ = cc(standin, "status", "--format", "json")
        assert code == 0
        assert json.loads(out)["state"]["ExecutorState"] == {"state": "NO_TASK_IN_PROGRESS"}


def test_plan_prints_the_table_totals_goals_and_writes_the_plan(tmp_path):
    target = tmp_path / "plan.json"
    with running() as standin:
        code, out, err = cc(standin, "plan", "-o", str(target))
        assert standin.requests_to("rebalance")[0][2] == {
            "dryrun": "true", "verbose": "true", "json": "true", "excluded_topics": MANAGED_TOPICS_REGEX
        }  # fmt: skip
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[2:9] == [
        "broker  rack      replicas  leaders          disk MB       CPU %     nw in KB/s    nw out KB/s",
        "1       use1-az1    11 → 6    5 → 2  2300.0 → 1200.0  14.2 → 7.8  875.0 → 475.0  900.0 → 400.0",
        "2       use1-az2    11 → 6    5 → 2  2300.0 → 1400.0  13.8 → 8.0  900.0 → 550.0  750.0 → 300.0",
        "3       use1-az4     3 → 6    1 → 2   600.0 → 1200.0   4.2 → 6.8  225.0 → 425.0  200.0 → 300.0",
        "4       use1-az1     3 → 6    1 → 3   600.0 → 1200.0   5.2 → 9.0  300.0 → 525.0  250.0 → 550.0",
        "5       use1-az2     3 → 5    1 → 2    600.0 → 900.0   4.2 → 6.2  275.0 → 400.0  100.0 → 250.0",
        "6       use1-az4     3 → 5    1 → 3   600.0 → 1100.0   4.2 → 8.2  250.0 → 450.0  150.0 → 550.0",
    ]
    assert lines[10:] == [
        "replica moves: 7 partitions (10 replicas added)",
        "leader moves: 0",
        "data to move: 2000 MB",
        "balancedness: 76.0 → 96.0",
        "goals violated: none",
        "goals fixed: ReplicaDistributionGoal, LeaderReplicaDistributionGoal",
        "plan check: no findings",
        f"plan written to {target}",
    ]
    plan = json.loads(target.read_text())
    assert plan["request"]["endpoint"] == "rebalance"
    assert len(plan["proposals"]) == 7 and plan["check"] == []
    assert plan["topics"]["orders"] == {"replication_factor": 3, "min_insync_replicas": 2}
    assert plan["racks"]["4"] == "use1-az1"
    code, _, _ = run_cli("rebalance", "check", str(target))
    assert code == 0
    code, out, _ = run_cli("check", str(target), "--format", "json")  # plan files are msklint documents
    assert code == 0 and json.loads(out)["findings"] == []


def test_plan_check_blocks_a_plan_that_breaks_zone_spread(tmp_path):
    target = tmp_path / "plan.json"
    with running() as standin:
        code, out, _ = cc(
            standin, "plan", "--goals", "ReplicaDistributionGoal", "--skip-hard-goal-check", "-o", str(target)
        )
    assert code == 1
    assert "plan check: 3 findings\n  P001 error orders-1 would have replicas in 2 of 3 zones" in out
    assert [f["rule"] for f in json.loads(target.read_text())["check"]] == ["P001"] * 3
    code, out, _ = run_cli("rebalance", "check", str(target), "--format", "json")
    assert code == 1
    assert [(f["rule"], f["target"]) for f in json.loads(out)["findings"]] == [
        ("P001", "orders-1"),
        ("P001", "orders-4"),
        ("P001", "orders-5"),
    ]
    with running() as standin:
        code, _, err = run_cli("rebalance", "apply", str(target), "--cruise-control", standin.url, "--yes")
        assert code == 1
        assert err == "msklint: not applying: the plan check found 3 error(s) (--force to apply anyway)\n"
        assert executions(standin) == []


def test_apply_executes_the_reviewed_plan(tmp_path):
    target = tmp_path / "plan.json"
    with running(tick=0.2) as standin:  # moves last long enough to be seen
        assert cc(standin, "plan", "-o", str(target))[0] == 0
        code, out, err = cc(
            standin, "apply", str(target), "--yes", "--replication-throttle", "10000000",
            "--concurrent-partition-movements-per-broker", "2",
        )  # fmt: skip
        assert code == 0, err
        (executed,) = executions(standin)
        assert executed == {
            "dryrun": "false", "verbose": "true", "json": "true", "replication_throttle": "10000000",
            "concurrent_partition_movements_per_broker": "2", "reason": "msklint rebalance apply",
            "excluded_topics": MANAGED_TOPICS_REGEX,
        }  # fmt: skip
        after = standin.backend.snapshot().assignment
    plan = json.loads(target.read_text())
    for p in plan["proposals"]:
        assert after[(p["topic"], p["partition"])] == p["new_replicas"]
    assert "execution started (user task " in out
    assert (
        out.rstrip()
        .splitlines()[-1]
        .endswith(
            " (Completed): all 7 proposals are in place (Kafka's replica lists and leaders as proposed)"
        )
    )
    assert "executor: INTER_BROKER_REPLICA_MOVEMENT_TASK_IN_PROGRESS [" in err
    assert "executor: NO_TASK_IN_PROGRESS" in err


def test_apply_asks_first_and_refuses_without_a_yes(tmp_path):
    target = tmp_path / "plan.json"
    with running() as standin:
        cc(standin, "plan", "-o", str(target))
        code, _, err = run_cli(
            "rebalance", "apply", str(target), "--cruise-control", standin.url, input="n\n"
        )
        assert code == 2
        assert err.endswith(
            "on " + standin.url + "? [y/N] msklint: apply: not confirmed (answer y, or run with --yes)\n"
        )
        assert executions(standin) == []
        code, _, _ = run_cli("rebalance", "apply", str(target), "--cruise-control", standin.url, input="y\n")
        assert code == 0 and len(executions(standin)) == 1


def test_apply_refuses_while_an_execution_runs(tmp_path):
    target = tmp_path / "plan.json"
    with running(tick=1.0) as standin:
        cc(standin, "plan", "-o", str(target))
        assert cc(standin, "apply", str(target), "--yes", "--no-watch")[0] == 0
        code, _, err = cc(standin, "apply", str(target), "--yes")
        assert code == 2
        assert err.startswith("msklint: an execution is in progress (")
        assert err.endswith("wait for it (`msklint rebalance watch`) or stop it (`msklint rebalance stop`)\n")
        assert len(executions(standin)) == 1
        standin.executor.stop()


def test_apply_stops_an_execution_that_differs_from_the_plan(tmp_path):
    target = tmp_path / "plan.json"
    with running(tick=0.5) as standin:
        cc(standin, "plan", "-o", str(target))
        standin.drift = 2  # Cruise Control re-optimises and now wants two more moves
        code, out, err = cc(standin, "apply", str(target), "--yes")
        assert code == 1
        assert "msklint: execution STOPPED: Cruise Control's proposals differ from the reviewed plan:" in err
        assert "9 partitions move replicas, the plan had 7" in err
        assert err.count(" was not in the plan (") == 2
        stops = standin.requests_to("stop_proposal_execution")
        assert len(stops) == 1 and stops[0][2]["reason"] == "msklint: proposals differ from the reviewed plan"
        assert not standin.executor.busy()
        assert len(standin.executor.finished) < 9  # stopped before all were done

        code, out, err = cc(standin, "apply", str(target), "--yes", "--tolerance", "2")
        assert code == 0, err  # two partitions more are within the tolerance: warned, not stopped
        assert out.count("warning: differs from the reviewed plan: ") == 3
        assert "warning: differs from the reviewed plan: 9 partitions move replicas, the plan had 7" in out

    with running(tick=0.3) as standin:
        cc(standin, "plan", "-o", str(target))
        standin.drift, standin.drift_same_rack = 1, False  # one more move, and it breaks zone spread
        code, out, err = cc(standin, "apply", str(target), "--yes", "--tolerance", "5")
        assert code == 1, out + err  # a check error stops the execution whatever the tolerance
        assert "plan check of the executed proposals: P001 " in err
        assert len(standin.requests_to("stop_proposal_execution")) == 1

    with running() as standin:
        cc(standin, "plan", "-o", str(target))
        standin.drift, standin.drift_same_rack = 1, False
        code, out, err = cc(standin, "apply", str(target), "--yes", "--accept-changes")
        assert code == 0, err
        assert "warning: differs from the reviewed plan: plan check of the executed proposals: P001 " in out
        assert standin.requests_to("stop_proposal_execution") == []


def test_watch_and_stop_during_execution(tmp_path):
    target = tmp_path / "plan.json"
    with running(skewed_cluster(ticks_per_move=50), tick=0.2) as standin:  # a move lasts 10 s
        cc(standin, "plan", "-o", str(target))
        assert cc(standin, "apply", str(target), "--yes", "--no-watch")[0] == 0
        watcher = {}
        thread = threading.Thread(target=lambda: watcher.update(result=cc(standin, "watch")))
        polls = len(standin.requests_to("state"))
        thread.start()
        while len(standin.requests_to("state")) < polls + 2 or not standin.executor.in_progress:
            time.sleep(0.02)  # the watcher follows the execution
        code, out, _ = cc(standin, "stop")
        assert code == 0
        assert out.startswith("Cruise Control: Proposal execution stopped.\nexecutor idle: execution stopped")
        thread.join(30)
        assert standin.backend.moving == {}  # the reassignments in flight were cancelled
        assert len(standin.executor.finished) < standin.executor.total_moves
        code, out, err = watcher["result"]
        assert code == 1  # a stopped execution is not a completed one
        assert "executor: STOPPING_EXECUTION" in err and "executor: NO_TASK_IN_PROGRESS" in err
        assert out.startswith("execution stopped: user task ")
        assert " proposals not in place (" in out
        code, out, _ = cc(standin, "stop")
        assert (code, out) == (
            0,
            "Cruise Control: Proposal execution stopped.\nno execution was in progress\n",
        )
        code, out, _ = cc(standin, "watch")
        assert (code, out) == (0, "no execution in progress\n")


def test_cruise_control_errors_exit_2_in_one_line(tmp_path):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code, out, err = run_cli(
        "rebalance", "status", "--cruise-control", f"http://127.0.0.1:{port}", "--time-scale", "0.01"
    )
    assert (code, out) == (2, "")
    assert err.endswith(
        f"msklint: http://127.0.0.1:{port}/kafkacruisecontrol/state: cannot connect: connection refused "
        "(3 attempts)\n"
    )
    with running() as standin:
        standin.monitor_ready = False
        code, _, err = cc(standin, "plan", "--max-wait", "1")  # it waits for the monitor, up to --max-wait
        last = err.splitlines()[-1]
        assert code == 2 and last.startswith(
            "msklint: rebalance: Cruise Control's load monitor has no valid metrics window after 1 s: "
        )
        assert "NotEnoughValidWindowsException" in last
        assert err.splitlines()[0] == (
            "msklint: rebalance: waiting for Cruise Control's load monitor to complete its first metrics window "
            "(NotEnoughValidWindowsException); retrying in 5 s, for up to 1 s"
        )
        standin.monitor_ready = True
        code, _, err = cc(standin, "plan", "--remove-brokers", "9")
        assert code == 2 and err.endswith("Broker 9 does not exist.'.\n")
    code, _, err = run_cli("rebalance", "plan")
    assert (code, err) == (2, "msklint: give --cruise-control URL (or set MSKLINT_CRUISE_CONTROL)\n")


def test_remove_broker_plan_and_crafted_check(tmp_path):
    with running() as standin:
        code, out, _ = cc(standin, "plan", "--remove-brokers", "2", "--format", "json")
    assert code == 0
    plan = json.loads(out)
    assert plan["request"] == {
        "endpoint": "remove_broker",
        "brokers": [2],
        "options": plan["request"]["options"],
    }
    assert all(2 not in p["new_replicas"] for p in plan["proposals"])
    crafted = tmp_path / "crafted.json"
    crafted.write_text(plan_text([("a", 0, [1, 2], [2, 3])], endpoint="remove_broker", brokers=[2]))
    code, out, _ = run_cli("rebalance", "check", str(crafted))
    assert code == 1
    assert out.startswith(
        f"{crafted}:7:1: P004 error a-0 keeps a replica on broker 2, which is being removed [a-0]"
    )


def test_basic_auth_password_from_the_environment_never_printed():
    with running(credentials=("ops", "pa55word")) as standin:
        code, out, err = run_cli(
            "rebalance", "status", "--cruise-control", standin.url, "--user", "ops",
            env={"MSKLINT_CRUISE_CONTROL_PASSWORD": "pa55word", "HOME": "/nonexistent"},
        )  # fmt: skip
        assert code == 0 and "pa55word" not in out + err
        code, out, err = run_cli(
            "rebalance", "status", "--cruise-control", standin.url, "--user", "ops",
            env={"MSKLINT_CRUISE_CONTROL_PASSWORD": "wrong"},
        )  # fmt: skip
        assert (code, err) == (2, "msklint: state: Cruise Control refused the credentials (HTTP 401)\n")
        code, _, err = run_cli(
            "rebalance", "status", "--cruise-control", standin.url, "--user", "ops",
            env={"MSKLINT_CRUISE_CONTROL_PASSWORD": "", "HOME": "/nonexistent"},
        )  # fmt: skip
        assert code == 2 and "no password" in err


def test_msklint_check_start_up_does_not_load_the_rebalancer():
    code = (
        "import sys, msklint.cli as c; c.build_parser(); "
        "print(sorted(m for m in ('requests', 'msklint.rebalance.commands', 'msklint.rebalance.client', 'kafka') "
        "if m in sys.modules))"
    )
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out == "[]\n"


def test_apply_without_a_plan_file_plans_and_executes_in_one_go():
    with running() as standin:
        code, out, err = cc(standin, "apply", "--remove-brokers", "6", "--yes")
        assert code == 0, err
        (executed,) = executions(standin)
        assert executed["brokerid"] == "6" and executed["reason"] == "msklint rebalance apply"
        assert all(6 not in replicas for replicas in standin.backend.snapshot().assignment.values())
        assert out.startswith("Cruise Control remove_broker brokers 6 (dry run) at ")


def test_ctrl_c_while_watching_offers_to_stop(tmp_path):
    import os
    import signal
    import subprocess
    import sys

    target = tmp_path / "plan.json"
    with running(tick=0.5) as standin:
        cc(standin, "plan", "-o", str(target))
        assert cc(standin, "apply", str(target), "--yes", "--no-watch")[0] == 0
        watch = subprocess.Popen(
            [sys.executable, "-m", "msklint", "rebalance", "watch", "--cruise-control", standin.url],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        while len(standin.requests_to("state")) < 4:  # the watcher is polling
            time.sleep(0.05)
        os.kill(watch.pid, signal.SIGINT)
        out, err = watch.communicate("y\n", timeout=60)
        assert watch.returncode == 1
        assert "Stop the execution? [y/N] " in err
        assert out.startswith("execution stopped (")
        assert standin.requests_to("stop_proposal_execution")[0][2]["reason"] == "msklint: interrupted"
        assert not standin.executor.busy()


def test_insecure_is_said_once():
    with running() as standin:
        code, _, err = cc(standin, "status", "--insecure")
    assert code == 0
    assert err == "msklint: warning: Cruise Control's TLS certificate is not verified (--insecure)\n"


def test_check_reports_sarif(tmp_path):
    crafted = tmp_path / "crafted.json"
    crafted.write_text(plan_text([("orders", 0, [1, 2, 3], [1, 4, 3])]))
    code, out, _ = run_cli("rebalance", "check", str(crafted), "--format", "sarif")
    assert code == 1
    (result,) = json.loads(out)["runs"][0]["results"]
    assert result["ruleId"] == "P001"
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 7


def test_force_applies_a_plan_with_reviewed_errors_only(tmp_path):
    target = tmp_path / "plan.json"
    with running() as standin:
        goals = ("--goals", "ReplicaDistributionGoal", "--skip-hard-goal-check")
        assert cc(standin, "plan", *goals, "-o", str(target))[0] == 1
        code, out, err = cc(standin, "apply", str(target), "--yes", "--force")
        assert code == 0, err  # the three P001 errors were reviewed and forced; nothing new
        assert (
            "execution started (user task " in out
            and ": 6 proposals, 6 with replica moves, 0 leadership only" in out
        )
        assert executions(standin)[0]["goals"] == "ReplicaDistributionGoal"
        assert executions(standin)[0]["skip_hard_goal_check"] == "true"


def test_status_says_when_cruise_control_cannot_plan_yet():
    with running() as standin:
        standin.monitor_ready = False
        code, out, _ = cc(standin, "status")
    assert code == 0
    assert out.splitlines()[0] == "monitor: RUNNING, 0 valid windows, 0.0% of partitions monitored"
    assert out.splitlines()[2] == "analyzer: proposals NOT ready, 0/17 goals ready"


def test_plan_without_topic_facts_still_plans():
    from ccstandin.server import Fault

    with running() as standin:
        standin.inject("kafka_cluster_state", Fault("status", 500, "boom"))
        code, out, err = cc(standin, "plan", "--format", "json")
    assert code == 0
    assert err.endswith(
        "msklint: warning: min.insync.replicas unknown (kafka_cluster_state: HTTP 500: boom)\n"
    )
    assert json.loads(out)["topics"] == {}
