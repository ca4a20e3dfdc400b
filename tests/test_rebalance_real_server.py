"""What the real Cruise Control 2.5.146 did (PROTOCOL.md §3), one test pair per point: the stand-in does
it (checked with plain HTTP), and msklint copes with it (the client or the command). The stand-in's
server time is compressed (rebalance_helpers.TIME_SCALE) and the client's pauses by the same factor."""

import json
import threading
import time

import pytest
import requests
from ccstandin.cluster import SyntheticCluster
from ccstandin.optimizer import HARD_GOALS
from ccstandin.server import ACTIVE_TASKS, Fault
from helpers import run_cli
from msklint.rebalance.client import CruiseControl, CruiseControlError, Options
from rebalance_helpers import RACKS, cc, running


def client(standin, **options):
    return CruiseControl(standin.url, **{"time_scale": standin.time_scale, **options})


def executor_state(session, standin) -> str:
    answer = session.get(f"{standin.url}/state", params={"substates": "executor", "json": "true"}, timeout=10)
    return answer.json()["ExecutorState"]["state"]


# §3.1 session cookies freeze polling ------------------------------------------------------------------------


def test_standin_answers_a_cookie_session_from_its_first_request():
    with running(tick=0.2) as standin:
        keeping = requests.Session()  # keeps cookies, as the old client did
        assert executor_state(keeping, standin) == "NO_TASK_IN_PROGRESS"
        assert "JSESSIONID" in keeping.cookies
        client(standin).rebalance(dryrun=False)
        assert standin.executor.busy()
        assert executor_state(keeping, standin) == "NO_TASK_IN_PROGRESS"  # stale: the first body again
        assert executor_state(requests.Session(), standin) != "NO_TASK_IN_PROGRESS"  # a new session: true
        standin.executor.wait_idle()


def test_client_refuses_cookies_and_sees_the_executor_move():
    with running(tick=0.2) as standin:
        cc_client = client(standin)
        assert cc_client.executor().state == "NO_TASK_IN_PROGRESS"
        cc_client.rebalance(dryrun=False)
        assert cc_client.executor().state != "NO_TASK_IN_PROGRESS"
        assert len(cc_client.session.cookies) == 0
        standin.executor.wait_idle()


# §3.2 finished requests stay active; the five-task limit ----------------------------------------------------


def test_standin_keeps_finished_tasks_active_until_its_scanner_runs():
    with running(time_scale=0.2) as standin:  # the scanner every second
        plain = requests.get(f"{standin.url}/state", params={"json": "true"}, timeout=10)
        task = plain.headers["User-Task-ID"]
        listed = requests.get(f"{standin.url}/user_tasks", params={"json": "true"}, timeout=10).json()
        assert {t["UserTaskId"]: t["Status"] for t in listed["userTasks"]}[task] == "Active"
        answers = [
            requests.get(f"{standin.url}/state", params={"json": "true"}, timeout=10)
            for _ in range(ACTIVE_TASKS)
        ]
        assert [a.status_code for a in answers][-1] == 500
        assert "There are already 5 active user tasks" in answers[-1].json()["errorMessage"]
        time.sleep(1.1)
        listed = requests.get(f"{standin.url}/user_tasks", params={"json": "true"}, timeout=10).json()
        assert {t["UserTaskId"]: t["Status"] for t in listed["userTasks"]}[task] == "Completed"


def test_plan_waits_out_the_task_limit_and_keeps_its_topic_facts():
    """Five tasks of other clients are active when `plan` starts: its requests meet the 500 and are sent
    again after 5 s (server time) instead of failing, or losing min.insync.replicas to the 500."""
    with running(time_scale=0.05, optimize_seconds=4.0) as standin:
        for _ in range(ACTIVE_TASKS):  # each answers 202 at once and stays active for four seconds
            requests.get(f"{standin.url}/proposals", params={"json": "true"}, timeout=10)
        code, out, err = cc(standin, "plan", "--format", "json")
        refused = [h for m, e, p, h in standin.log if e == "rebalance" and h is None]
    assert code == 0, err
    assert len(refused) >= 2  # refused, then sent again
    assert "Cruise Control has reached its limit of active user tasks; retrying in 5 s" in err
    assert "warning: min.insync.replicas unknown" not in err
    assert json.loads(out)["topics"]["orders"] == {"replication_factor": 3, "min_insync_replicas": 2}


def test_status_does_not_list_its_own_requests():
    with running(time_scale=1.0) as standin:  # the scanner every 5 s: this command's tasks stay Active
        other = requests.get(f"{standin.url}/load", params={"json": "true"}, timeout=10)
        code, out, _ = cc(standin, "status")
        assert code == 0
        assert out.endswith(
            f"user tasks in progress: 1\n  {other.headers['User-Task-ID']} Active "
            "GET /kafkacruisecontrol/load?json=true\n"
        )
        assert sum(t.status == "Active" for t in standin.tasks.values()) >= 3  # its own state, proposals...


# §3.3 executor counters ------------------------------------------------------------------------------------


def reorder_cluster() -> SyntheticCluster:
    """Brokers 1 and 2 lead everything: the plan moves replicas and reorders replicas; a replica movement
    takes ten executor ticks."""
    return SyntheticCluster(
        RACKS, {}, assignment={("lead", p): [1 + p % 2, 3 + p % 3] for p in range(12)}, ticks_per_move=10
    )


def test_standin_counts_reorders_as_partition_movements_and_dead_as_finished():
    with running(reorder_cluster(), tick=0.1, time_scale=0.2) as standin:  # the stop lasts 0.4 s
        result = client(standin).rebalance(dryrun=False)
        proposals = result.proposals
        ordered = sum(p.oldReplicas != p.newReplicas for p in proposals)
        moving = sum(set(p.oldReplicas) != set(p.newReplicas) for p in proposals)
        leaders = sum(p.newReplicas[0] != p.oldLeader for p in proposals)
        assert ordered > moving  # the plan has reorder-only proposals
        while standin.executor.name == "STARTING_EXECUTION":
            time.sleep(0.01)
        state = client(standin).executor(verbose=True)
        assert state.numTotalPartitionMovements == ordered
        while not standin.executor.in_progress:
            time.sleep(0.01)
        client(standin).stop_proposal_execution()
        stopping = client(standin).executor()
        assert stopping.state == "STOPPING_EXECUTION"
        assert (
            stopping.numTotalPartitionMovements is None
            and stopping.numCancelledPartitionMovements is not None
        )
        assert stopping.numCancelledLeadershipMovements == leaders
        standin.executor.wait_idle()
        dead = [t for t in standin.executor.replica_tasks if t["state"] == "DEAD"]
        assert dead and len(standin.executor.finished) < ordered


def test_watch_of_a_stopped_execution_is_never_done():
    """The old client read numFinished/numTotal (DEAD counted as finished) and the user task "Completed":
    a stopped execution looked complete. Now: exit 1, "stopped", the partitions not in place counted."""
    with running(reorder_cluster(), tick=0.2) as standin:
        # a throttle makes the stop last 60 s of server time: the watcher sees STOPPING_EXECUTION
        result = client(standin).rebalance(Options(replication_throttle=1000), dryrun=False)
        watcher = {}
        thread = threading.Thread(target=lambda: watcher.update(result=cc(standin, "watch")))
        polls = len(standin.requests_to("state"))
        thread.start()
        while len(standin.requests_to("state")) < polls + 2 or not standin.executor.finished:
            time.sleep(0.01)  # the watcher follows the execution, and a movement has completed
        client(standin).stop_proposal_execution()
        thread.join(60)
        code, out, err = watcher["result"]
    assert code == 1, out + err
    assert out.startswith("execution stopped: user task ")
    assert "proposals not in place" in out and f"of {len(result.proposals)} proposals" in out
    assert "[####################]" not in err  # never a full bar
    assert "replica movements done (reorders included)" in err


def test_apply_follows_to_completion_and_checks_kafka():
    with running(reorder_cluster(), tick=0.05) as standin:
        code, out, err = cc(standin, "apply", "--yes")
        assert code == 0, err
        last = out.rstrip().splitlines()[-1]
        assert last.startswith("execution completed: user task ") and "proposals are in place" in last
        assert "INTER_BROKER_REPLICA_MOVEMENT_TASK_IN_PROGRESS [" in err


def test_apply_refuses_to_follow_an_execution_that_is_not_its_own():
    from msklint.rebalance.answers import Executor
    from msklint.rebalance.commands import _not_ours
    from msklint.rebalance.plan import Proposal

    proposals = [Proposal("a", 0, 1, (1, 2), (3, 2)), Proposal("a", 1, 1, (1, 2), (2, 1))]
    running_state = "INTER_BROKER_REPLICA_MOVEMENT_TASK_IN_PROGRESS"
    ours = Executor(state=running_state, triggeredUserTaskId="t1", numTotalPartitionMovements=2)
    assert _not_ours(ours, "t1", proposals) is None
    assert _not_ours(Executor(state=running_state, triggeredUserTaskId="t2"), "t1", proposals) == (
        "another execution is running (task t2), not user task t1"
    )
    fewer = Executor(state=running_state, triggeredUserTaskId="t1", numTotalPartitionMovements=1)
    assert _not_ours(fewer, "t1", proposals) == (
        "Cruise Control runs 1 partition movements, the proposals it returned make 2"
    )
    leading = "LEADER_MOVEMENT_TASK_IN_PROGRESS"  # both proposals change the leader
    both = Executor(state=leading, triggeredUserTaskId="t1", numTotalLeadershipMovements=2)
    assert _not_ours(both, "t1", proposals) is None
    one = Executor(state=leading, triggeredUserTaskId="t1", numTotalLeadershipMovements=1)
    assert _not_ours(one, "t1", proposals) == (
        "Cruise Control runs 1 leadership movements, the proposals it returned make 2"
    )


# §3.4 slow stop with a throttle ------------------------------------------------------------------------------


def test_stop_with_a_throttle_waits_for_the_slow_idle():
    with running(reorder_cluster(), tick=0.2) as standin:
        client(standin).rebalance(Options(replication_throttle=1000), dryrun=False)
        while not standin.executor.in_progress:
            time.sleep(0.01)
        assert standin.backend.throttle == 1000
        started = time.monotonic()
        code, out, err = cc(standin, "stop")
        took = time.monotonic() - started
        assert code == 0, err
        assert out.startswith("Cruise Control: Proposal execution stopped.\nexecutor idle: execution stopped")
        assert not standin.executor.busy() and standin.backend.throttle is None
        assert took >= standin.seconds(60)  # the server's 60 s, compressed
        assert "executor: STOPPING_EXECUTION" in err


# §3.5 ignore_proposal_cache with goals ----------------------------------------------------------------------


def test_ignore_proposal_cache_with_goals_is_a_400_and_never_sent():
    with running() as standin:
        answer = requests.get(
            f"{standin.url}/proposals",
            params={"goals": "RackAwareGoal", "ignore_proposal_cache": "true", "json": "true"},
            timeout=10,
        )
        assert answer.status_code == 400
        assert (
            "Cannot set ignore_proposal_cache parameter to true when explicitly specifying goals"
            in (answer.json()["errorMessage"])
        )
        goals = Options(goals=(*HARD_GOALS, "ReplicaDistributionGoal"))
        assert client(standin).proposals(goals).proposals is not None
        sent = standin.requests_to("proposals")[-1][2]
        assert "ignore_proposal_cache" not in sent
        client(standin).proposals()
        assert standin.requests_to("proposals")[-1][2]["ignore_proposal_cache"] == "true"


# §3.6 readiness lags behind ability; NotEnoughValidWindows before the first window ----------------------


def test_standin_fails_before_the_first_window_and_lags_in_readiness():
    with running(uptime=0, time_scale=0.02) as standin:
        early = requests.get(f"{standin.url}/proposals", params={"json": "true"}, timeout=10)
        assert early.status_code == 500 and "NotEnoughValidWindowsException" in early.text
        time.sleep(standin.seconds(25))
        works = requests.get(f"{standin.url}/proposals", params={"json": "true"}, timeout=10)
        assert works.status_code == 200 and works.json()["summary"]["monitoredPartitionsPercentage"] == 100.0
        state = requests.get(f"{standin.url}/state", params={"json": "true"}, timeout=10).json()
        assert state["AnalyzerState"]["isProposalReady"] is False
        assert state["MonitorState"]["monitoringCoveragePct"] == 0.0
        time.sleep(standin.seconds(40))
        state = requests.get(f"{standin.url}/state", params={"json": "true"}, timeout=10).json()
        assert state["AnalyzerState"]["isProposalReady"] is True


def test_plan_waits_for_the_first_window_and_says_so():
    with running(uptime=0, time_scale=0.2) as standin:  # the first window after 4 s
        code, out, err = cc(standin, "plan")
    assert code == 0, err
    assert err.splitlines()[0] == (
        "msklint: rebalance: waiting for Cruise Control's load monitor to complete its first metrics window "
        "(NotEnoughValidWindowsException); retrying in 5 s, for up to 600 s"
    )
    assert "replica moves: 7 partitions" in out


def test_status_tries_a_dry_run_when_the_fields_say_not_ready():
    with running(uptime=30, time_scale=0.2) as standin:  # after the first window, before the fields catch up
        code, out, _ = cc(standin, "status")
        assert code == 0
        assert "analyzer: proposals NOT ready, 0/17 goals ready\n" in out
        assert (
            "plan: can be made now (a dry run answered, 100% of partitions monitored, although the readiness "
            "fields say not ready)\n"
        ) in out
        assert "ignore_proposal_cache" not in standin.requests_to("proposals")[0][2]  # the cheap, cached one
    with running(uptime=0, time_scale=0.2) as standin:
        code, out, _ = cc(standin, "status")
        assert code == 0
        assert "plan: cannot be made yet (a dry run failed: proposals: HTTP 500: " in out
        assert "NotEnoughValidWindowsException" in out


# §3.7 Cruise Control's own topics --------------------------------------------------------------------------


def metrics_cluster() -> SyntheticCluster:
    """Broker 1 holds all of __CruiseControlMetrics (replication factor 1)."""
    return SyntheticCluster(
        RACKS,
        {"orders": (6, 3)},
        assignment={("__CruiseControlMetrics", p): [1] for p in range(6)},
        min_isr={"__CruiseControlMetrics": 1, "orders": 2},
    )


def test_own_topics_stay_in_place_unless_included(tmp_path):
    with running(metrics_cluster()) as standin:
        code, out, err = cc(standin, "plan", "--format", "json")
        assert code == 0, err
        assert all(p["topic"] != "__CruiseControlMetrics" for p in json.loads(out)["proposals"])
        code, out, err = cc(standin, "plan", "--include-internal", "-o", str(tmp_path / "plan.json"))
        assert code == 1, err  # P008: a warning, and --fail-on is warning by default
        assert "P008 warning the plan moves " in out and "of __CruiseControlMetrics" in out
        assert (
            "P003" not in out
        )  # replication factor 1 with min.insync.replicas 1 is not a user topic's fault
        plan = json.loads((tmp_path / "plan.json").read_text())
        assert plan["request"]["options"]["include_internal"] is True
        assert "excluded_topics" not in standin.requests_to("rebalance")[-1][2]


# §3.8 small things -------------------------------------------------------------------------------------------


def test_small_things_the_real_server_does():
    with running(optimize_seconds=0.5, max_block=0.05) as standin:
        first = requests.post(f"{standin.url}/rebalance", params={"json": "true"}, timeout=10)
        assert first.status_code == 202
        (operation,) = first.json()["progress"]
        assert operation["operationProgress"] == [
            {"step": "PENDING", "description": "Operation enqueued, waiting to be executed.",
             "time-in-ms": operation["operationProgress"][0]["time-in-ms"], "completionPercentage": 100.0}
        ]  # fmt: skip
        assert first.headers["Expires"] and first.headers["Cruise-Control-Commit_Id"]
        listed = requests.get(f"{standin.url}/user_tasks", params={"json": "true"}, timeout=10)
        assert "\\u003d" in listed.text
        assert client(standin).user_tasks().userTasks[-1].RequestURL.endswith("?json=true")
        removed = client(standin).remove_broker([2])
        (gone,) = [b for b in removed.loadAfterOptimization.brokers if b.Broker == 2]
        assert gone.BrokerState == "DEAD" and gone.DiskPct == -1.0
        standin.tasks[first.headers["User-Task-ID"]].done.wait(5)


# typed answers -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("endpoint", "body", "message"),
    [
        ("state", {"ExecutorState": {"state": "SOMETHING_NEW"}},
         "state: unexpected answer from Cruise Control at $.ExecutorState.state: input should be "),
        ("state", {"ExecutorState": {"state": "STOPPING_EXECUTION", "numCancelledPartitionMovements": "many"}},
         "state: unexpected answer from Cruise Control at $.ExecutorState.numCancelledPartitionMovements: "
         "input should be a valid integer, unable to parse string as an integer, got 'many'"),
        ("user_tasks", {"tasks": []},
         "user_tasks: unexpected answer from Cruise Control at $.userTasks: field required"),
    ],
    ids=["new-state", "bad-counter", "renamed-key"],
)  # fmt: skip
def test_answers_of_another_shape_are_one_line_errors(endpoint, body, message):
    with running() as standin:
        standin.inject(endpoint, Fault("body", body=body))
        with pytest.raises(CruiseControlError) as caught:
            client(standin).executor() if endpoint == "state" else client(standin).user_tasks()
        assert caught.value.message.startswith(message)
        assert "\n" not in caught.value.message
        standin.inject("state", Fault("body", body={"ExecutorState": {"state": 3}}))
        code, out, err = cc(standin, "watch")
        assert (code, out) == (2, "")
        assert err == (
            "msklint: state: unexpected answer from Cruise Control at $.ExecutorState.state: input should be "
            "'NO_TASK_IN_PROGRESS', 'STARTING_EXECUTION', 'INTER_BROKER_REPLICA_MOVEMENT_TASK_IN_PROGRESS', "
            "'INTRA_BROKER_REPLICA_MOVEMENT_TASK_IN_PROGRESS', 'LEADER_MOVEMENT_TASK_IN_PROGRESS', "
            "'STOPPING_EXECUTION', 'INITIALIZING_PROPOSAL_EXECUTION' or 'GENERATING_PROPOSALS_FOR_EXECUTION', got 3\n"
        )


def test_pydantic_is_imported_only_on_rebalancer_paths(tmp_path):
    """`msklint check` on other files never imports pydantic (start-up time); a plan file does."""
    import subprocess
    import sys

    from helpers import ROOT
    from rebalance_helpers import plan_text

    plan = tmp_path / "plan.json"
    plan.write_text(plan_text([("orders", 0, [1, 2, 3], [4, 2, 3])]))
    code = (
        "import sys; from msklint.cli import main\n"
        "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
        "print('pydantic' in sys.modules, file=sys.stderr)"
    )
    for target, expected in ((ROOT / "examples" / "broker" / "good.properties", "False"), (plan, "True")):
        done = subprocess.run(
            [sys.executable, "-c", code, "check", str(target)], capture_output=True, text=True, timeout=60
        )
        assert done.stderr.strip().splitlines()[-1] == expected, done.stderr


# secrets ------------------------------------------------------------------------------------------------------


SECRET = "pa55-W0rd-7f3a"


@pytest.mark.parametrize("route", ["environment", "file", "netrc"])
def test_the_password_never_appears_in_output_logs_or_errors(route, tmp_path):
    env = {"HOME": str(tmp_path), "MSKLINT_CRUISE_CONTROL_PASSWORD": ""}
    extra = []
    if route == "environment":
        env["MSKLINT_CRUISE_CONTROL_PASSWORD"] = SECRET
    elif route == "file":
        (tmp_path / "password").write_text(SECRET + "\n")
        extra = ["--password-file", str(tmp_path / "password")]
    else:
        (tmp_path / ".netrc").write_text(f"machine 127.0.0.1 login ops password {SECRET}\n")
        (tmp_path / ".netrc").chmod(0o600)
    seen = []
    with running(credentials=("ops", SECRET)) as standin:
        for args in (["status"], ["plan"], ["watch"], ["stop"]):
            code, out, err = cc(standin, *args, "--user", "ops", *extra, env=env)
            assert code == 0, err
            seen.append(out + err)
        standin.inject("state", Fault("status", 500, "boom"))
        seen.append("".join(cc(standin, "status", "--user", "ops", *extra, env=env)[1:]))
    with running(credentials=("ops", "another")) as standin:  # refused: 401
        code, out, err = cc(standin, "status", "--user", "ops", *extra, env=env)
        assert (code, err) == (2, "msklint: state: Cruise Control refused the credentials (HTTP 401)\n")
        seen.append(out + err)
    code, out, err = run_cli(
        "rebalance", "status", "--cruise-control", "http://127.0.0.1:9", "--user", "ops", "--time-scale", "0.01",
        *extra, env=env,
    )  # fmt: skip
    assert code == 2
    seen.append(out + err)
    assert all(SECRET not in text for text in seen)


def test_a_password_in_the_url_is_refused_and_not_echoed():
    code, out, err = run_cli("rebalance", "status", "--cruise-control", f"http://ops:{SECRET}@127.0.0.1:9")
    assert code == 2 and SECRET not in out + err
    assert err == (
        "msklint: --cruise-control: the URL carries a password; give it with --password-file, the environment "
        "or ~/.netrc, never on the command line\n"
    )
    code, _, err = run_cli("rebalance", "status", "--cruise-control", f"ops:{SECRET}@127.0.0.1:9")
    assert code == 2 and SECRET not in err
