"""The `msklint rebalance` commands (arguments in msklint.rebalance.cli); exit codes documented there."""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from pathlib import Path

from msklint.rebalance.cli import ENV_PASSWORD, ENV_URL

from msklint.findings import InputError

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
IDLE = "NO_TASK_IN_PROGRESS"


# client and plan --------------------------------------------------------------------------------------


def _client(args, url: str | None = None):
    from msklint.rebalance.client import CruiseControl

    url = args.cruise_control or url
    if not url:
        raise InputError(f"give --cruise-control URL (or set {ENV_URL})")
    if args.insecure:
        print(
            "msklint: warning: Cruise Control's TLS certificate is not verified (--insecure)", file=sys.stderr
        )
    return CruiseControl(
        url,
        user=args.user,
        password=_password(args, url) if args.user else None,
        ca_bundle=args.ca_bundle,
        verify=not args.insecure,
        timeout=args.http_timeout,
        max_wait=args.max_wait,
        progress=lambda line: print(f"msklint: {line}", file=sys.stderr),
    )


def _password(args, url: str) -> str | None:
    """From --password-file, the environment, or ~/.netrc for the host — never from the command line."""
    if args.password_file:
        try:
            return Path(args.password_file).read_text(encoding="utf-8").strip()
        except OSError as error:
            raise InputError(f"--password-file: cannot read: {error.strerror or error}") from None
    if os.environ.get(ENV_PASSWORD):
        return os.environ[ENV_PASSWORD]
    import netrc
    from urllib.parse import urlsplit

    try:
        entry = netrc.netrc().authenticators(urlsplit(url).hostname or "")
    except (FileNotFoundError, netrc.NetrcParseError, OSError):
        entry = None
    if entry and (entry[0] in (None, "", args.user)):
        return entry[2]
    raise InputError(f"--user {args.user}: no password (use --password-file, {ENV_PASSWORD} or ~/.netrc)")


def _request(args) -> dict:
    from msklint.rebalance.client import Options

    if args.add_brokers:
        endpoint, brokers = "add_broker", args.add_brokers
    elif args.remove_brokers:
        endpoint, brokers = "remove_broker", args.remove_brokers
    elif args.demote_brokers:
        endpoint, brokers = "demote_broker", args.demote_brokers
    else:
        endpoint, brokers = "rebalance", []
    options = Options(
        goals=tuple(g.strip() for g in (args.goals or "").split(",") if g.strip()),
        excluded_topics=args.excluded_topics,
        destination_broker_ids=tuple(args.destination_brokers or ()),
        skip_hard_goal_check=args.skip_hard_goal_check,
    )
    return {"endpoint": endpoint, "brokers": brokers, "options": options.as_dict()}


def _topic_facts(client, live) -> dict:
    """Replication factor and min.insync.replicas per topic: Kafka's metadata when read, else Cruise
    Control's kafka_cluster_state (verbose lists every partition with its min-isr)."""
    from msklint.rebalance.plan import TopicFacts

    facts: dict[str, TopicFacts] = {}
    if live is not None:
        for topic in live.topics:
            value = topic.config("min.insync.replicas")
            facts[topic.name] = TopicFacts(topic.replication_factor, int(value) if value else 1)
        return facts
    from msklint.rebalance.client import CruiseControlError

    try:
        state = client.kafka_cluster_state(verbose=True).get("KafkaPartitionState") or {}
    except CruiseControlError as error:  # the plan is still worth having; P003 then stays silent
        print(f"msklint: warning: min.insync.replicas unknown ({error.message})", file=sys.stderr)
        return facts
    for entries in state.values():
        for entry in entries if isinstance(entries, list) else []:
            known = facts.setdefault(entry["topic"], TopicFacts())
            known.replication_factor = max(known.replication_factor or 0, len(entry.get("replicas") or []))
            if entry.get("min-isr") is not None:
                known.min_insync_replicas = int(entry["min-isr"])
    return facts


def _live(args):
    from msklint.live_cli import connection_from_args

    connection = connection_from_args(args)
    if connection is None:
        return None
    from msklint.live import read_cluster

    return read_cluster(connection)


def _make_plan(client, args, request: dict):
    from msklint.rebalance.client import CruiseControlError, Options
    from msklint.rebalance.plan import from_result

    live = _live(args)
    result = client.optimize(
        request["endpoint"], request["brokers"], Options.from_dict(request["options"]), True
    )
    try:
        plan = from_result(result, request, client.base, _topic_facts(client, live))
    except (ValueError, KeyError, TypeError) as error:
        raise CruiseControlError(f"{request['endpoint']}: unexpected answer: {error}") from None
    if live is not None:
        plan.racks = {broker.node_id: broker.rack for broker in live.brokers}
    return plan


def _check(plan, args, path: str = "plan.json"):
    """msklint's findings on the plan (positions as in the written plan file) and the config used."""
    from msklint.rebalance.plan import extract

    from msklint.context import resolve_config
    from msklint.engine import build_context, run_rules
    from msklint.syntax.structured import parse_json

    config, context = resolve_config(args)
    plan.check = []
    documents = extract(path, parse_json(plan.dumps()), plan.dumps(), "plan")
    findings = run_rules(documents, build_context(documents, context), config)
    plan.check = [finding.as_dict() for finding in findings]
    return findings, config


def _failed(findings, config) -> bool:
    from msklint.findings import severity_rank

    return any(severity_rank(f.severity) >= severity_rank(config.fail_on) for f in findings)


def _print_findings(findings) -> None:
    if not findings:
        print("plan check: no findings")
        return
    print(f"plan check: {len(findings)} finding{'s' if len(findings) != 1 else ''}")
    for f in findings:
        print(f"  {f.rule} {f.severity} {f.message}" + (f" — {f.hint}" if f.hint else ""))


# commands ---------------------------------------------------------------------------------------------


def _shown_and_checked(plan, args, name: str) -> list | None:
    """Print the plan and its check: the check's errors (accepted with --force), or None when they block."""
    from msklint.rebalance.plan import render

    findings, _ = _check(plan, args, name)
    print(render(plan))
    _print_findings(findings)
    errors = [f for f in findings if f.severity == "error"]
    if errors and not args.force:
        print(
            f"msklint: not applying: the plan check found {len(errors)} error(s) (--force to apply anyway)",
            file=sys.stderr,
        )
        return None
    return errors


def run_status(args) -> int:
    client = _client(args)
    state = client.state(verbose=True)
    tasks = client.user_tasks(types=["Active", "InExecution"]).get("userTasks") or []
    tasks = [t for t in tasks if t.get("UserTaskId") != client.last_task_id]  # not this very request
    if args.format == "json":
        print(json.dumps({"state": state, "userTasks": tasks}, indent=2))
        return EXIT_OK
    monitor = state.get("MonitorState") or {}
    executor = state.get("ExecutorState") or {}
    analyzer = state.get("AnalyzerState") or {}
    anomaly = state.get("AnomalyDetectorState") or {}
    ready = [g["name"] for g in analyzer.get("goalReadiness") or [] if g.get("status") == "ready"]
    total = len(analyzer.get("goalReadiness") or [])
    print(
        f"monitor: {monitor.get('state', '?')}, {monitor.get('numMonitoredWindows', '?')} valid windows, "
        f"{monitor.get('monitoringCoveragePct', '?')}% of partitions monitored"
    )
    print(f"executor: {executor.get('state', '?')}{_executor_progress(executor)}")
    print(
        f"analyzer: proposals {'ready' if analyzer.get('isProposalReady') else 'NOT ready'}"
        + (f", {len(ready)}/{total} goals ready" if total else "")
    )
    if anomaly:
        print(
            f"anomaly detector: self-healing enabled for {', '.join(anomaly.get('selfHealingEnabled') or []) or 'nothing'}"
            f", balancedness {anomaly.get('balancednessScore', '?')}"
        )
    print(f"user tasks in progress: {len(tasks)}")
    for task in tasks:
        print(f"  {task['UserTaskId']} {task['Status']} {task['RequestURL']}")
    return EXIT_OK


def run_plan(args) -> int:
    client = _client(args)
    plan = _make_plan(client, args, _request(args))
    findings, config = _check(plan, args, args.output or "plan.json")
    if args.output:
        Path(args.output).write_text(plan.dumps(), encoding="utf-8")
    if args.format == "json":
        print(plan.dumps(), end="")
    else:
        from msklint.rebalance.plan import render

        print(render(plan))
        _print_findings(findings)
        if args.output:
            print(f"plan written to {args.output}")
    return EXIT_FINDINGS if _failed(findings, config) else EXIT_OK


def run_check(args) -> int:
    from msklint.rebalance.planning import plan_document

    from msklint.engine import Result, build_context, run_rules
    from msklint.reporters import render

    document = plan_document(args)  # a plan file, or Kafka reassignment JSON with --metadata
    from msklint.context import resolve_config

    config, context = resolve_config(args)
    result = Result(files=1)
    result.findings = run_rules([document], build_context([document], context), config)
    from msklint.registry import discover

    rules_by_code = (
        {rule.code: rule for rule in discover({"plan"})} if args.format in ("sarif", "github") else {}
    )
    print(render(result, args.format, rules_by_code))
    return EXIT_FINDINGS if _failed(result.findings, config) else EXIT_OK


def run_apply(args) -> int:
    from msklint.rebalance.client import CruiseControlError, Options
    from msklint.rebalance.plan import differences, from_result, load_plan, more_moves

    if args.via_kafka:
        return _apply_via_kafka(args)
    if args.concurrent_partition_movements:
        raise InputError("apply: --concurrent-partition-movements is for --via-kafka")
    if args.plan:
        plan, _ = load_plan(args.plan)
        client = _client(args, plan.cruise_control)
        if (
            args.goals
            or args.excluded_topics
            or args.add_brokers
            or args.remove_brokers
            or args.demote_brokers
        ):
            raise InputError("apply PLAN: the plan file fixes the request; do not give proposal options too")
    else:
        client = _client(args)
        plan = _make_plan(client, args, _request(args))
    errors = _shown_and_checked(plan, args, args.plan or "plan.json")
    if errors is None:
        return EXIT_FINDINGS

    executor = (client.state(substates=["executor"]).get("ExecutorState") or {}).get("state")
    if executor != IDLE:
        raise CruiseControlError(
            f"an execution is in progress ({executor}); wait for it (`msklint rebalance watch`) "
            "or stop it (`msklint rebalance stop`)"
        )
    moves = sum(p.moves_replicas for p in plan.proposals)
    leaders = len(plan.proposals) - moves
    if not plan.proposals:
        print("nothing to execute: the plan has no proposals")
        return EXIT_OK
    if not args.yes and not _confirm(
        f"Execute {moves} replica moves and {leaders} leader moves on {client.base}?"
    ):
        raise InputError("apply: not confirmed (answer y, or run with --yes)")

    options = Options.from_dict(
        {
            **plan.request.get("options", {}),
            "replication_throttle": args.replication_throttle,
            "concurrent_partition_movements_per_broker": args.concurrent_partition_movements_per_broker,
            "concurrent_leader_movements": args.concurrent_leader_movements,
            "reason": args.reason or "msklint rebalance apply",
        }
    )
    result = client.optimize(plan.endpoint, sorted(plan.target_brokers), options, dryrun=False)
    task_id = client.last_task_id
    executed = from_result(result, plan.request, client.base, {n: f for n, f in plan.topics.items()})
    executed.racks = plan.racks or executed.racks
    changes = differences(plan.proposals, executed.proposals)
    diverged = len(changes) > args.tolerance
    changes += [note] if (note := more_moves(plan.proposals, executed.proposals)) else []
    new_findings, _ = _check(executed, args)
    reviewed = {(f.rule, f.target) for f in errors}  # accepted with --force
    new_errors = [f for f in new_findings if f.severity == "error" and (f.rule, f.target) not in reviewed]
    changes += [f"plan check of the executed proposals: {f.rule} {f.message}" for f in new_errors]
    if (diverged or new_errors) and not args.accept_changes:
        client.stop_proposal_execution(reason="msklint: proposals differ from the reviewed plan")
        _wait_idle(client, args)
        print(
            "msklint: execution STOPPED: Cruise Control's proposals differ from the reviewed plan:",
            file=sys.stderr,
        )
        for change in changes:
            print(f"  {change}", file=sys.stderr)
        print("  (review a new plan, or apply with --accept-changes)", file=sys.stderr)
        return EXIT_FINDINGS
    started_moves = sum(p.moves_replicas for p in executed.proposals)
    print(
        f"execution started (user task {task_id}): {len(executed.proposals)} proposals, "
        f"{started_moves} with replica moves, {len(executed.proposals) - started_moves} leadership only"
    )
    for change in changes:
        print(f"warning: differs from the reviewed plan: {change}")
    if args.no_watch:
        return EXIT_OK
    return _follow(client, args, task_id)


def run_watch(args) -> int:
    client = _client(args)
    executor = client.state(substates=["executor"]).get("ExecutorState") or {}
    if executor.get("state") == IDLE:
        print("no execution in progress")
        return EXIT_OK
    return _follow(client, args, executor.get("triggeredUserTaskId"))


def run_stop(args) -> int:
    if args.via_kafka:
        return _stop_via_kafka(args)
    client = _client(args)
    before = (client.state(substates=["executor"]).get("ExecutorState") or {}).get("state")
    answer = client.stop_proposal_execution(reason="msklint rebalance stop")
    print(f"Cruise Control: {answer.get('message', 'stop requested')}")
    if before == IDLE:
        print("no execution was in progress")
        return EXIT_OK
    _wait_idle(client, args)
    print("executor idle: execution stopped")
    return EXIT_OK


# through Kafka's own reassignment API --------------------------------------------------------------------

CRUISE_CONTROL_ONLY = {  # apply flags that mean nothing without Cruise Control
    "concurrent_partition_movements_per_broker": "--concurrent-partition-movements-per-broker",
    "concurrent_leader_movements": "--concurrent-leader-movements",
    "accept_changes": "--accept-changes",
    "no_watch": "--no-watch",
    "reason": "--reason",
    "goals": "--goals",
    "excluded_topics": "--excluded-topics",
    "add_brokers": "--add-brokers",
    "remove_brokers": "--remove-brokers",
    "demote_brokers": "--demote-brokers",
    "destination_brokers": "--destination-brokers",
    "skip_hard_goal_check": "--skip-hard-goal-check",
}


@contextlib.contextmanager
def _kafka(args):
    """Kafka's reassignment operations on the --bootstrap-server connection (the options of `msklint
    check`); kafka-python's failures become one line (exit code 2), as for `check`."""
    import logging

    from msklint.rebalance.kafka_apply import Kafka

    from msklint.live import LiveError, explain, problem_recorder
    from msklint.live_cli import connection_from_args

    connection = connection_from_args(args)
    if connection is None:
        raise InputError("--via-kafka needs --bootstrap-server HOST:PORT")
    problems = problem_recorder()
    logger = logging.getLogger("kafka")
    logger.addHandler(problems)
    propagate, logger.propagate = logger.propagate, False
    kafka = None
    try:
        kafka = Kafka.connect(connection)
        yield kafka, connection
    except (InputError, KeyboardInterrupt):
        raise
    except Exception as error:
        raise LiveError(f"{connection.address}: {explain(error, connection, problems.last)}") from None
    finally:
        if kafka is not None:
            with contextlib.suppress(Exception):
                kafka.close()
        logger.removeHandler(problems)
        logger.propagate = propagate


def _apply_via_kafka(args) -> int:
    from msklint.rebalance.kafka_apply import (
        Kafka,
        Throttles,
        changed_since_plan,
        follow,
        missing_brokers,
        moves_from,
        stop,
    )
    from msklint.rebalance.plan import load_plan

    if not args.plan:
        raise InputError("apply --via-kafka replays a reviewed plan: give the PLAN file")
    given = [flag for key, flag in CRUISE_CONTROL_ONLY.items() if getattr(args, key, None)]
    if given:
        raise InputError(f"apply --via-kafka: {', '.join(given)} only apply through Cruise Control")
    plan, _ = load_plan(args.plan)
    if _shown_and_checked(plan, args, args.plan) is None:
        return EXIT_FINDINGS
    moves = moves_from(plan.proposals)
    if not moves:
        print("nothing to apply: no proposal changes a replica list")
        return EXIT_OK

    with _kafka(args) as (kafka, connection):
        busy = sorted(kafka.ongoing())
        if busy:
            shown = ", ".join(f"{t}-{p}" for t, p in busy[:5]) + (" ..." if len(busy) > 5 else "")
            raise InputError(
                f"{connection.address}: {len(busy)} partition reassignment(s) in flight ({shown}); wait for "
                "them or cancel them (`msklint rebalance stop --via-kafka`)"
            )
        missing = missing_brokers(kafka, moves)
        if missing:
            raise InputError(
                f"{connection.address}: not applying: the plan moves replicas to broker(s) "
                f"{', '.join(map(str, missing))}, which the cluster does not list"
            )
        changed = changed_since_plan(kafka, moves)
        if changed:
            print(
                f"msklint: not applying: {len(changed)} partition(s) changed since the plan was made "
                "(make and review a new plan):",
                file=sys.stderr,
            )
            for line in changed:
                print(f"  {line}", file=sys.stderr)
            return EXIT_ERROR
        replica_moves = sum(move.moves_replicas for move in moves)
        throttle = f", throttled to {args.replication_throttle} B/s" if args.replication_throttle else ""
        if not args.yes and not _confirm(
            f"Reassign {len(moves)} partitions ({replica_moves} replica moves, "
            f"{len(moves) - replica_moves} leader moves) exactly as planned on {connection.address}{throttle}?"
        ):
            raise InputError("apply: not confirmed (answer y, or run with --yes)")

        throttles = Throttles()
        try:
            if args.replication_throttle:
                throttles = kafka.set_throttles(args.replication_throttle, moves)
                print(
                    f"replication throttle {args.replication_throttle} B/s on brokers "
                    f"{', '.join(map(str, throttles.brokers))} for topics {', '.join(throttles.topics)}"
                )
            follow(
                kafka,
                moves,
                args.concurrent_partition_movements,
                args.max_wait,
                args.poll,
                lambda done, moving, total: print(
                    f"msklint: reassigning: {_bar(done, total)} {done}/{total} partitions done, {moving} in flight",
                    file=sys.stderr,
                ),
            )
        except KeyboardInterrupt:
            if args.yes or _confirm("Cancel the reassignments in flight and remove the throttles?"):
                # A fresh client: the interrupted one may still wait for answers to its requests.
                fresh = Kafka.connect(connection)
                try:
                    # Interrupted while setting the throttles: remove whatever throttle is set.
                    cancelled, _ = stop(
                        fresh, None if args.replication_throttle and not throttles else throttles
                    )
                finally:
                    fresh.close()
                print(f"stopped: {len(cancelled)} reassignment(s) in flight cancelled, throttles removed")
                return EXIT_FINDINGS
            print(
                "left running, the rest of the plan not submitted; `msklint rebalance stop --via-kafka` "
                "cancels them and removes the throttles"
            )
            return EXIT_ERROR
        except TimeoutError as error:
            raise InputError(
                f"{error}; still moving, throttles still set (`msklint rebalance stop --via-kafka` cancels)"
            ) from None
        except Exception:  # Kafka refused: cancel what is in flight, as if nothing had been submitted
            stop(kafka, throttles)
            print("msklint: cancelled the reassignments in flight and removed the throttles", file=sys.stderr)
            raise
        failed = kafka.elect_preferred([move.tp for move in moves])
        kafka.remove_throttles(throttles)
    print(f"applied: Kafka reports the planned replicas for all {len(moves)} partitions")
    for (topic, partition), reason in sorted(failed.items()):
        print(f"warning: {topic}-{partition}: preferred leader not elected ({reason})")
    if throttles:
        print("replication throttles removed")
    return EXIT_OK


def _stop_via_kafka(args) -> int:
    from msklint.rebalance.kafka_apply import stop

    with _kafka(args) as (kafka, _):
        cancelled, throttles = stop(kafka)
    shown = ", ".join(f"{t}-{p}" for t, p in cancelled[:5]) + (" ..." if len(cancelled) > 5 else "")
    print(f"cancelled {len(cancelled)} reassignment(s) in flight" + (f": {shown}" if cancelled else ""))
    if throttles:
        print(
            f"removed replication throttles from brokers {', '.join(map(str, throttles.brokers)) or '-'} "
            f"and topics {', '.join(throttles.topics) or '-'}"
        )
    else:
        print("no replication throttles were set")
    return EXIT_OK


# following an execution -------------------------------------------------------------------------------


def _executor_progress(executor: dict) -> str:
    if "numTotalPartitionMovements" in executor:
        done, total = executor.get("numFinishedPartitionMovements", 0), executor["numTotalPartitionMovements"]
        data, all_data = executor.get("finishedDataMovement", 0), executor.get("totalDataToMove", 0)
        return f" {_bar(done, total)} {done}/{total} partition movements, {data}/{all_data} MB"
    if "numTotalLeadershipMovements" in executor:
        done, total = (
            executor.get("numFinishedLeadershipMovements", 0),
            executor["numTotalLeadershipMovements"],
        )
        return f" {_bar(done, total)} {done}/{total} leadership movements"
    return ""


def _bar(done: int, total: int, width: int = 20) -> str:
    filled = width * done // total if total else width
    return "[" + "#" * filled + "." * (width - filled) + "]"


def _follow(client, args, task_id: str | None) -> int:
    """Poll the executor (never re-post) until it is idle; Ctrl-C offers to stop the execution."""
    deadline = time.monotonic() + args.max_wait
    last = None
    try:
        while True:
            executor = client.state(substates=["executor"]).get("ExecutorState") or {}
            line = f"executor: {executor.get('state', '?')}{_executor_progress(executor)}"
            if line != last:
                print(line, file=sys.stderr)
                last = line
            if executor.get("state") == IDLE:
                break
            if time.monotonic() > deadline:
                raise InputError(
                    f"the execution is still running after {args.max_wait:g} s (see `msklint rebalance status`)"
                )
            time.sleep(args.poll)
    except KeyboardInterrupt:
        if _confirm("Stop the execution?"):
            client.stop_proposal_execution(reason="msklint: interrupted")
            _wait_idle(client, args)
            print("execution stopped")
            return EXIT_FINDINGS
        print("left running; follow it with `msklint rebalance watch`")
        return EXIT_OK
    if task_id:
        tasks = client.user_tasks(user_task_ids=[task_id]).get("userTasks") or []
        status = tasks[0]["Status"] if tasks else "unknown (expired)"
        print(f"execution finished: user task {task_id} {status}")
        return EXIT_OK if status in ("Completed", "unknown (expired)") else EXIT_FINDINGS
    print("execution finished")
    return EXIT_OK


def _wait_idle(client, args) -> None:
    deadline = time.monotonic() + args.max_wait
    while (client.state(substates=["executor"]).get("ExecutorState") or {}).get("state") != IDLE:
        if time.monotonic() > deadline:
            raise InputError(f"the executor is not idle after {args.max_wait:g} s")
        time.sleep(min(args.poll, 1.0))


def _confirm(question: str) -> bool:
    print(f"{question} [y/N] ", end="", file=sys.stderr, flush=True)
    answer = sys.stdin.readline()
    return answer.strip().lower() in ("y", "yes")
