"""The Cruise Control client against the stand-in: the 202 chain, errors, timeouts, auth, URL prefix."""

import socket
import threading

import pytest
from ccstandin import contract
from ccstandin.server import Fault
from msklint.rebalance.client import CruiseControl, CruiseControlError, Options
from msklint.rebalance.plan import MANAGED_TOPICS_REGEX
from rebalance_helpers import running


def client(standin, **options):
    """A client whose pauses are compressed as much as the stand-in's server time."""
    return CruiseControl(standin.url, **{"time_scale": standin.time_scale, **options})


def test_a_202_chain_is_followed_with_the_user_task_id_and_never_restarted():
    steps = []
    with running(optimize_seconds=0.4, max_block=0.05) as standin:
        result = client(standin, progress=steps.append).rebalance(Options(excluded_topics="orders"))
        posts = standin.requests_to("rebalance")
    assert len(posts) >= 3, posts  # 202, 202..., 200
    first_id = posts[0][3]
    assert first_id is None
    ids = {header for _, _, _, header in posts[1:]}
    assert len(ids) == 1 and None not in ids  # every poll carries the same User-Task-ID
    assert all(params == posts[0][2] for _, _, params, _ in posts)  # the identical request
    excluded = f"{MANAGED_TOPICS_REGEX}|(?:orders)"  # Cruise Control's and MSK's own topics stay put
    assert posts[0][2] == {"dryrun": "true", "excluded_topics": excluded, "verbose": "true", "json": "true"}
    assert len([t for t in standin.tasks.values() if t.endpoint == "rebalance"]) == 1
    assert steps and all(s.startswith("rebalance: Rebalance: ") for s in steps)
    assert "(user task " + ids.pop() + ")" in steps[-1]
    assert result.summary.numReplicaMovements == 5
    assert {p.topicPartition.topic for p in result.proposals} == {"skew"}


def test_the_total_wait_is_bounded():
    with running(optimize_seconds=2.0, max_block=0.02) as standin:
        with pytest.raises(CruiseControlError) as caught:
            client(standin, max_wait=0.2).proposals()
        assert "no final answer after 0.2 s (user task " in caught.value.message
        assert "still running in Cruise Control" in caught.value.message
        standin.tasks and next(iter(standin.tasks.values())).done.wait(5)


def test_five_active_tasks_limit_is_waited_out_and_never_reached_by_polling():
    """Five clients polling hold five tasks and no more; a sixth new request meets the server's limit (500),
    says so, waits RETRY_PAUSE and is sent again until a task is no longer active."""
    import time

    with running(optimize_seconds=1.0, max_block=0.02) as standin:
        results = []
        threads = [
            threading.Thread(target=lambda: results.append(client(standin).proposals())) for _ in range(5)
        ]
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + 10
        while sum(t.status == "Active" for t in list(standin.tasks.values())) < 5:
            assert time.monotonic() < deadline
            time.sleep(0.01)
        steps = []
        result = client(standin, progress=steps.append).rebalance()
        assert result.summary.numReplicaMovements == 7
        _first, *again = [(p, h) for _, _, p, h in standin.requests_to("rebalance") if h is None]
        assert again, "the refused request was sent again"
        assert steps[0] == (
            "rebalance: Cruise Control has reached its limit of active user tasks; retrying in 5 s"
        )
        for thread in threads:
            thread.join(10)
        assert len(results) == 5
        polls = standin.requests_to("proposals")
        assert len(polls) > 10  # many polls...
        assert len({t.id for t in standin.tasks.values() if t.endpoint == "proposals"}) == 5  # ...five tasks


@pytest.mark.parametrize(
    ("fault", "message"),
    [
        (
            Fault("status", 500, "Error processing GET request '/state' due to: 'boom'."),
            "state: HTTP 500: Error processing GET request '/state' due to: 'boom'.",
        ),
        (Fault("status", 503, "line one\nline two"), "state: HTTP 503: line one line two"),
        (
            Fault("malformed"),
            'state: the answer is not a JSON object (application/json;charset=utf-8): {"version": 1, "summary": {',
        ),
    ],
    ids=["500", "multi-line", "malformed-json"],
)
def test_errors_are_one_line(fault, message):
    with running() as standin:
        standin.inject("state", fault)
        with pytest.raises(CruiseControlError) as caught:
            client(standin).state()
    assert caught.value.message == message


def test_slow_answer_times_out_and_dropped_connection_is_reported():
    with running() as standin:
        standin.inject("state", *[Fault("slow", seconds=1.0)] * 3)
        with pytest.raises(CruiseControlError) as caught:
            client(standin, timeout=0.2).state()
        assert caught.value.message == f"{standin.url}/state: no answer within 0.2 s (3 attempts)"
        standin.inject("state", Fault("slow", seconds=1.0))  # once: the GET is sent again and answered
        assert client(standin, timeout=0.2).executor().state == "NO_TASK_IN_PROGRESS"
        standin.inject("load", *[Fault("drop")] * 3)
        with pytest.raises(CruiseControlError) as caught:
            client(standin).load()
        assert caught.value.message.startswith(f"{standin.url}/load: cannot connect: ")
        # a POST is never sent twice: it may have been received
        standin.inject("rebalance", Fault("drop"))
        with pytest.raises(CruiseControlError) as caught:
            client(standin).rebalance()
        assert caught.value.message.startswith(f"{standin.url}/rebalance: cannot connect: ")
        assert not caught.value.message.endswith("attempts)")
        assert len(standin.requests_to("rebalance")) == 1
        # a slow answer within the timeout is simply waited for
        standin.inject("state", Fault("slow", seconds=0.3))
        assert client(standin, timeout=5).executor().state == "NO_TASK_IN_PROGRESS"


def test_connection_refused():
    """A GET is idempotent: tried three times (paced), then one line."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    steps = []
    with pytest.raises(CruiseControlError) as caught:
        CruiseControl(f"http://127.0.0.1:{port}", time_scale=0.01, progress=steps.append).state()
    assert caught.value.message == (
        f"http://127.0.0.1:{port}/kafkacruisecontrol/state: cannot connect: connection refused (3 attempts)"
    )
    assert steps == [
        "state: cannot connect: connection refused; trying again in 2 s",
        "state: cannot connect: connection refused; trying again in 4 s",
    ]


def test_server_errors_and_parameters_as_the_real_server_checks_them():
    with running() as standin:
        cc = client(standin)
        with pytest.raises(CruiseControlError) as caught:
            cc.rebalance(Options(goals=("ReplicaDistributionGoal",)))
        assert "Missing hard goals [" in caught.value.message
        assert "Add skip_hard_goal_check=true parameter" in caught.value.message
        result = cc.rebalance(Options(goals=("ReplicaDistributionGoal",), skip_hard_goal_check=True))
        assert [g.goal for g in result.goalSummary] == ["ReplicaDistributionGoal"]
        with pytest.raises(CruiseControlError) as caught:
            cc.remove_broker([9])
        assert caught.value.message.endswith(
            "'java.lang.IllegalArgumentException: Broker 9 does not exist.'."
        )
        with pytest.raises(CruiseControlError) as caught:
            cc.review_board()
        assert caught.value.message == (
            "review_board: HTTP 403: Cannot process GET request '/review_board' due to: "
            "'Two-step verification is not enabled.'."
        )
        standin.monitor_ready = False
        with pytest.raises(CruiseControlError) as caught:
            cc.proposals()
        assert "NotEnoughValidWindowsException: There are only 0 valid windows" in caught.value.message


def test_every_endpoint_method_speaks_the_contract():
    with running() as standin:
        cc = client(standin)
        state = cc.state(verbose=True)
        assert None not in (
            state.MonitorState,
            state.ExecutorState,
            state.AnalyzerState,
            state.AnomalyDetectorState,
        )
        assert len(cc.kafka_cluster_state(verbose=True).KafkaPartitionState.partitions()) == 14
        assert len(cc.load().brokers) == 6
        assert cc.partition_load(entries=3).records[0]["topic"] in ("orders", "skew")
        assert cc.proposals().proposals is not None
        assert cc.add_broker([6]).summary.numReplicaMovements > 0
        assert cc.remove_broker([2]).summary.excludedBrokersForReplicaMove == [2]
        assert cc.demote_broker([1]).summary.numReplicaMovements == 0
        assert cc.fix_offline_replicas().summary.numReplicaMovements == 0
        assert cc.topic_configuration("orders", 3).summary.numReplicaMovements == 0
        assert cc.pause_sampling("test").message == "Metric sampling paused."
        assert cc.state(substates=["monitor"]).MonitorState.state == "PAUSED"
        assert cc.resume_sampling().message == "Metric sampling resumed."
        assert cc.stop_proposal_execution().message == "Proposal execution stopped."
        tasks = cc.user_tasks(fetch_completed=True).userTasks
        assert {t.Status for t in tasks} <= {"Active", "Completed", "CompletedWithError"}
        with pytest.raises(CruiseControlError):
            cc.review(approve=[0])
        with pytest.raises(CruiseControlError):
            cc.review_board()
        sent = {(m, e) for m, e, _, _ in standin.log}
        assert len(sent) == 16
        # booleans are literal, json=true everywhere
        for _, _, params, _ in standin.log:
            assert params["json"] == "true"
            assert all(
                v in ("true", "false")
                for k, v in params.items()
                if k in ("dryrun", "verbose", "fetch_completed_task")
            )


def test_the_contract_check_catches_what_the_server_would_not_accept():
    assert contract.check_request("rebalance", "POST", {"dryrun": ["yes"], "json": ["true"]}) == [
        "POST /rebalance: dryrun: boolean must be literally true or false, got 'yes'"
    ]
    assert contract.check_request("rebalance", "POST", {"foo": ["1"]}) == [
        "POST /rebalance: parameter 'foo' is not in endpoints/rebalance.yaml"
    ]
    assert contract.check_request("add_broker", "POST", {"json": ["true"]}) == [
        "POST /add_broker: required parameter 'brokerid' missing"
    ]
    assert contract.check_response("rebalance", 200, {"summary": {}, "goalSummary": []})[0].startswith(
        "/rebalance 200: (body): 'loadAfterOptimization' is a required property"
    )
    progress = {"version": 1, "progress": [{"operation": "Rebalance", "operationProgress": []}]}
    assert contract.check_response("rebalance", 202, progress) == [
        "/rebalance 202: progress/0: 'version' is a required property"  # the spec's demand (PROTOCOL.md §2.9)
    ]
    assert (
        contract.check_response("load", 202, {"version": 1, "progress": []}) == []
    )  # the one added response


def test_java_boolean_parsing_means_dryrun_yes_executes():
    """The reason the client only sends literal true/false: `dryrun=yes` is false for Java."""
    import requests

    with running() as standin:
        answer = requests.post(
            f"{standin.url}/rebalance", params={"dryrun": "yes", "json": "true"}, timeout=10
        )
        assert answer.status_code == 200
        assert standin.executor.busy() or standin.executor.finished
        standin.executor.wait_idle()
        standin.violations.remove(
            "POST /rebalance: dryrun: boolean must be literally true or false, got 'yes'"
        )


def test_basic_auth_prefix_and_unknown_paths():
    with running(credentials=("ops", "s3cret"), prefix="/cc/api") as standin:
        assert standin.url.endswith("/cc/api")
        with pytest.raises(CruiseControlError) as caught:
            client(standin).state()
        assert caught.value.message == "state: Cruise Control refused the credentials (HTTP 401)"
        with pytest.raises(CruiseControlError):
            client(standin, user="ops", password="wrong").state()
        assert client(standin, user="ops", password="s3cret").state().version == 1
        assert "s3cret" not in repr(client(standin, user="ops", password="s3cret"))
        wrong = CruiseControl(standin.url.rsplit("/cc/api", 1)[0], user="ops", password="s3cret")
        with pytest.raises(CruiseControlError) as caught:
            wrong.state()  # the default prefix /kafkacruisecontrol is not where this server listens
        assert caught.value.message.startswith("state: HTTP 404: Unrecognized endpoint in request")


def test_bad_urls_are_refused():
    with pytest.raises(CruiseControlError) as caught:
        CruiseControl("localhost:9090")
    assert (
        caught.value.message
        == "--cruise-control: expected http(s)://HOST:PORT[/PREFIX], got 'localhost:9090'"
    )


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    """A self-signed certificate for 127.0.0.1 (made with the openssl command), used as its own CA."""
    import subprocess

    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cc.pem", folder / "cc.key"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return str(cert), str(key)


def test_tls_is_verified_by_default(certificate):
    cert, _ = certificate
    with running(tls=certificate) as standin:
        assert standin.url.startswith("https://")
        with pytest.raises(CruiseControlError) as caught:
            client(standin).state()
        assert caught.value.message == f"{standin.url}/state: TLS failed: certificate verify failed"
        assert client(standin, ca_bundle=cert).executor().state == "NO_TASK_IN_PROGRESS"
        assert client(standin, verify=False).executor().state == "NO_TASK_IN_PROGRESS"


def test_the_stand_in_refuses_a_user_task_id_that_does_not_match():
    import requests

    with running(optimize_seconds=0.3) as standin:
        first = requests.post(
            f"{standin.url}/rebalance", params={"dryrun": "true", "json": "true"}, timeout=10
        )
        assert first.status_code == 202
        task = first.headers["User-Task-ID"]
        other = requests.post(
            f"{standin.url}/rebalance",
            params={"dryrun": "true", "json": "true", "verbose": "true"},  # not the same request
            headers={"User-Task-ID": task},
            timeout=10,
        )
        assert other.status_code == 500
        assert other.json()["errorMessage"] == (
            "Error processing POST request '/rebalance' due to: 'java.lang.IllegalArgumentException: "
            f"Unexpected header {task} (value: User-Task-ID) in the request.'."
        )
        standin.tasks[task].done.wait(5)


def test_an_expired_task_is_an_unexpected_header():
    """Polling after the server forgot the task (retention) gives the server's 500, in one line."""
    import time

    with running(optimize_seconds=0.3, max_block=0.02, retention=0.0) as standin:
        cc = client(standin, time_scale=0.25)  # the first poll after 0.5 s: the task finished and expired
        with pytest.raises(CruiseControlError) as caught:
            cc.proposals()
        assert "Unexpected header " in caught.value.message
        assert caught.value.message.endswith("(value: User-Task-ID) in the request.'.")
        time.sleep(0.1)
        assert standin.tasks == {} or all(t.endpoint != "proposals" for t in standin.tasks.values())


def test_a_request_parked_for_review_is_said_plainly():
    """With two-step verification Cruise Control answers a POST with the purgatory entry (PROTOCOL.md §2.7);
    the stand-in does not implement the purgatory, so the answer is injected as the server sends it."""
    parked = {
        "RequestInfo": [
            {"Id": 4, "SubmitterAddress": "127.0.0.1", "SubmissionTimeMs": 1, "Status": "PENDING_REVIEW",
             "EndpointWithParams": "REBALANCE?dryrun=true&json=true&verbose=true", "Reason": "Awaiting review."}
        ],
        "version": 1,
    }  # fmt: skip
    assert contract.check_response("review_board", 200, parked) == []  # the server's shape (patched schema)
    with running() as standin:
        standin.inject("rebalance", Fault("body", body=parked))
        with pytest.raises(CruiseControlError) as caught:
            client(standin).rebalance()
    assert caught.value.message == (
        "rebalance: Cruise Control parked the request for peer review (two-step verification): "
        "review id 4, PENDING_REVIEW; msklint does not drive reviews"
    )
