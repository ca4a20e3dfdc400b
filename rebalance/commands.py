"""The `msklint rebalance` commands (arguments in msklint.rebalance.cli); exit codes documented there."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from msklint.rebalance import ENV_PASSWORD, ENV_URL
from msklint.rebalance.common import check_plan, gate_failed, kafka_connection, print_findings

from msklint.findings import InputError

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
OUTCOME_CHECKS = 4  # reads of Kafka's state (one poll interval apart) before proposals count as not in place
IDLE = "NO_TASK_IN_PROGRESS"


# client and plan --------------------------------------------------------------------------------------


class Progress:
    """One status line on stderr: rewritten in place on a terminal; elsewhere a line each time it changes."""

    def __init__(self, stream=None):
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.last: str | None = None
        self.open = False

    def __call__(self, line: str) -> None:
        if line == self.last:
            return
        self.last = line
        if self.tty:
            self.stream.write(f"\r\x1b[Kmsklint: {line}")
            self.open = True
        else:
            self.stream.write(f"msklint: {line}\n")
        self.stream.flush()

    def end(self) -> None:
        """Close the line (before anything else is printed)."""
        if self.open:
            self.stream.write("\n")
            self.stream.flush()
            self.open = False


PROGRESS = Progress()


def _say(text: str = "", error: bool = False) -> None:
    PROGRESS.end()
    print(text, file=sys.stderr if error else sys.stdout)


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
        interval=args.poll,
        time_scale=args.time_scale,
        progress=PROGRESS,
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
        include_internal=args.include_internal,
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
        partitions = client.kafka_cluster_state(verbose=True).KafkaPartitionState.partitions()
    except CruiseControlError as error:  # the plan is still worth having; P003 then stays silent
        PROGRESS.end()
        print(f"msklint: warning: min.insync.replicas unknown ({error.message})", file=sys.stderr)
        return facts
    for entry in partitions:
        known = facts.setdefault(entry.topic, TopicFacts())
        known.replication_factor = max(known.replication_factor or 0, len(entry.replicas))
        if entry.min_isr is not None:
            known.min_insync_replicas = entry.min_isr
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
        request["endpoint"],
        request["brokers"],
        Options.from_dict(request["options"]),
        True,
        wait_for_monitor=True,
    )
    try:
        plan = from_result(result, request, client.base, _topic_facts(client, live))
    except ValueError as error:
        raise CruiseControlError(f"{request['endpoint']}: unexpected answer: {error}") from None
    if live is not None:
        plan.racks = {broker.node_id: broker.rack for broker in live.brokers}
    return plan


# commands ---------------------------------------------------------------------------------------------


def _shown_and_checked(plan, args, name: str) -> list | None:
    """Print the plan and its check: the check's errors (accepted with --force), or None when they block."""
    from msklint.rebalance.plan import render

    findings, _ = check_plan(plan, args, name)
    print(render(plan))
    print_findings(findings)
    errors = [f for f in findings if f.severity == "error"]
    if errors and not args.force:
        print(
            f"msklint: not applying: the plan check found {len(errors)} error(s) (--force to apply anyway)",
            file=sys.stderr,
        )
        return None
    return errors


def run_status(args) -> int:
    """The monitor's, executor's and analyzer's state, whether a plan can be made now, and the user tasks in
    progress other than this command's own requests."""
    client = _client(args)
    state = client.state(verbose=True)
    monitor, executor, analyzer = state.MonitorState, state.ExecutorState, state.AnalyzerState
    can_plan, why = _can_plan(client, monitor, analyzer)
    tasks = client.user_tasks(types=["Active", "InExecution"]).userTasks
    tasks = [t for t in tasks if t.UserTaskId not in client.own_tasks]  # not this command's own requests
    PROGRESS.end()
    if args.format == "json":
        document = {
            "state": state.model_dump(mode="json", exclude_unset=True),
            "canPlan": can_plan,
            "canPlanReason": why,
            "userTasks": [t.model_dump(mode="json", exclude_unset=True) for t in tasks],
        }
        print(json.dumps(document, indent=2))
        return EXIT_OK
    if monitor is not None:
        print(
            f"monitor: {monitor.state}, {_shown(monitor.numMonitoredWindows)} valid windows, "
            f"{_shown(monitor.monitoringCoveragePct)}% of partitions monitored"
        )
    if executor is not None:
        print(f"executor: {executor.state}{_executor_progress(executor)}")
    if analyzer is not None:
        ready = [g.name for g in analyzer.goalReadiness if g.status == "ready"]
        total = len(analyzer.goalReadiness)
        print(
            f"analyzer: proposals {'ready' if analyzer.isProposalReady else 'NOT ready'}"
            + (f", {len(ready)}/{total} goals ready" if total else "")
        )
    print(f"plan: {'can be made now' if can_plan else 'cannot be made yet'} ({why})")
    anomaly = state.AnomalyDetectorState
    if anomaly is not None:
        print(
            f"anomaly detector: self-healing enabled for {', '.join(anomaly.selfHealingEnabled) or 'nothing'}"
            f", balancedness {_shown(anomaly.balancednessScore)}"
        )
    print(f"user tasks in progress: {len(tasks)}")
    for task in tasks:
        print(f"  {task.UserTaskId} {task.Status} {task.RequestURL}")
    return EXIT_OK


def _shown(value) -> str:
    return "?" if value is None else f"{value}"


def _can_plan(client, monitor, analyzer) -> tuple[bool, str]:
    """The readiness fields lag a minute behind what the server can do (PROTOCOL.md §3.6): when they say
    "not ready", ask for the cached proposals (a cheap dry run) and believe the answer."""
    from msklint.rebalance.client import CruiseControlError

    if monitor is not None and analyzer is not None and analyzer.isProposalReady:
        return True, "the analyzer says proposals are ready"
    try:
        result = client.proposals(verbose=False, fresh=False)
    except CruiseControlError as error:
        return False, f"a dry run failed: {error.message}"
    covered = result.summary.monitoredPartitionsPercentage
    shown = f", {covered:g}% of partitions monitored" if covered is not None else ""
    return True, f"a dry run answered{shown}, although the readiness fields say not ready"


def run_plan(args) -> int:
    client = _client(args)
    plan = _make_plan(client, args, _request(args))
    findings, config = check_plan(plan, args, args.output or "plan.json")
    if args.output:
        Path(args.output).write_text(plan.dumps(), encoding="utf-8")
    if args.format == "json":
        print(plan.dumps(), end="")
    else:
        from msklint.rebalance.plan import render

        print(render(plan))
        print_findings(findings)
        if args.output:
            print(f"plan written to {args.output}")
    return EXIT_FINDINGS if gate_failed(findings, config) else EXIT_OK


def run_check(args) -> int:
    from msklint.rebalance.plan import plan_document

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
    return EXIT_FINDINGS if gate_failed(result.findings, config) else EXIT_OK


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
            or args.include_internal
        ):
            raise InputError("apply PLAN: the plan file fixes the request; do not give proposal options too")
    else:
        client = _client(args)
        plan = _make_plan(client, args, _request(args))
    errors = _shown_and_checked(plan, args, args.plan or "plan.json")
    if errors is None:
        return EXIT_FINDINGS

    executor = client.executor().state
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
    new_findings, _ = check_plan(executed, args)
    reviewed = {(f.rule, f.target) for f in errors}  # accepted with --force
    new_errors = [f for f in new_findings if f.severity == "error" and (f.rule, f.target) not in reviewed]
    changes += [f"plan check of the executed proposals: {f.rule} {f.message}" for f in new_errors]
    if (diverged or new_errors) and not args.accept_changes:
        return _stop_diverged(client, changes)
    started_moves = sum(p.moves_replicas for p in executed.proposals)
    _say(
        f"execution started (user task {task_id}): {len(executed.proposals)} proposals, "
        f"{started_moves} with replica moves, {len(executed.proposals) - started_moves} leadership only"
    )
    for change in changes:
        print(f"warning: differs from the reviewed plan: {change}")
    if not executed.proposals:
        return EXIT_OK
    # the execution Cruise Control runs must be this one: our user task, the counters of our proposals
    problem = _not_ours(client.executor(), task_id, executed.proposals)
    if problem and problem.startswith("another execution"):
        _say(f"msklint: {problem}; not following it", error=True)
        return EXIT_ERROR
    if problem:
        return _stop_diverged(client, [problem])
    if args.no_watch:
        return EXIT_OK
    return _follow(client, args, task_id, executed.proposals)


def _stop_diverged(client, changes: list[str]) -> int:
    client.stop_proposal_execution(reason="msklint: proposals differ from the reviewed plan")
    _wait_idle(client)
    _say("msklint: execution STOPPED: Cruise Control's proposals differ from the reviewed plan:", error=True)
    for change in changes:
        print(f"  {change}", file=sys.stderr)
    print("  (review a new plan, or apply with --accept-changes)", file=sys.stderr)
    return EXIT_FINDINGS


def _not_ours(executor, task_id: str | None, proposals) -> str | None:
    """Why the running execution is not the one started with `proposals` (None: it is, or it is over).
    Cruise Control counts every proposal whose ordered replica list changes as a partition movement
    (reorders included) and every proposal whose leader changes as a leadership movement (§3.3)."""
    if executor.state == IDLE:
        return None
    running = executor.triggeredUserTaskId or executor.triggeredSelfHealingTaskId or "?"
    if running != task_id:
        return f"another execution is running (task {running}), not user task {task_id}"
    replica_tasks = sum(p.old != p.new for p in proposals)
    leader_tasks = sum(bool(p.new) and p.new[0] != p.old_leader for p in proposals)
    for total, expected, what in (
        (executor.numTotalPartitionMovements, replica_tasks, "partition movements"),
        (executor.numTotalLeadershipMovements, leader_tasks, "leadership movements"),
    ):
        if total is not None and total != expected:
            return f"Cruise Control runs {total} {what}, the proposals it returned make {expected}"
    return None


def run_watch(args) -> int:
    client = _client(args)
    executor = client.executor()
    if executor.state == IDLE:
        print("no execution in progress")
        return EXIT_OK
    return _follow(client, args, executor.triggeredUserTaskId or None)


def run_stop(args) -> int:
    if args.via_kafka:
        return _stop_via_kafka(args)
    client = _client(args)
    before = client.executor()
    answer = client.stop_proposal_execution(reason="msklint rebalance stop")
    _say(f"Cruise Control: {answer.message}")
    if before.state == IDLE:
        print("no execution was in progress")
        return EXIT_OK
    seen = _wait_idle(client)
    _say(f"executor idle: execution stopped{seen.summary()}")
    if before.triggeredUserTaskId:  # what it left: the proposals in place and not (the exit code stays 0)
        _outcome(client, before.triggeredUserTaskId, None, seen)
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
    "include_internal": "--include-internal",
}


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

    with kafka_connection(args) as (kafka, connection):
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

    with kafka_connection(args) as (kafka, _):
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


def _executor_progress(executor) -> str:
    """The counters as Cruise Control defines them (§3.3): "finished" counts COMPLETED, DEAD and ABORTED
    tasks, so the bar shows completed ones only, and dead, aborted and cancelled tasks are named."""
    if executor.numTotalPartitionMovements is not None:
        total = executor.numTotalPartitionMovements
        dead = len(executor.deadPartitionMovement or [])
        aborted = len(executor.abortedPartitionMovement or [])
        done = (executor.numFinishedPartitionMovements or 0) - dead - aborted
        extra = [
            f"{n} {what}"
            for n, what in (
                (executor.numInProgressPartitionMovements, "in progress"),
                (executor.numPendingPartitionMovements, "pending"),
                (executor.abortingPartitions, "aborting"),
                (aborted, "aborted"),
                (dead, "DEAD"),
            )
            if n
        ]
        data = f", {_mb(executor.finishedDataMovement)}/{_mb(executor.totalDataToMove)} MB"
        return (
            f" {_bar(done, total)} {done}/{total} replica movements done (reorders included)"
            + (f", {', '.join(extra)}" if extra else "")
            + (data if executor.totalDataToMove is not None else "")
        )
    if executor.numTotalLeadershipMovements is not None:
        total = executor.numTotalLeadershipMovements
        done = executor.numFinishedLeadershipMovements or 0
        return f" {_bar(done, total)} {done}/{total} leadership movements done"
    if executor.state == "STOPPING_EXECUTION":
        parts = [
            f"{n} {what}"
            for n, what in (
                (executor.numCancelledPartitionMovements, "replica movements cancelled"),
                (executor.numInProgressPartitionMovements, "in progress"),
                (executor.abortingPartitions, "aborting"),
                (executor.numCancelledLeadershipMovements, "leadership movements cancelled"),
            )
            if n is not None
        ]
        return f": {', '.join(parts)}" if parts else ""
    return ""


def _not_in_place(client, proposals, now: dict) -> list:
    """The proposals whose replica list, or leader when the proposal moves it, is not as proposed in
    Kafka's state now (`now` is filled with it: (topic, partition) → (replicas, leader))."""
    now.clear()
    for p in client.kafka_cluster_state(verbose=True).KafkaPartitionState.partitions():
        now[(p.topic, p.partition)] = (tuple(p.replicas), p.leader)
    return [
        p
        for p in proposals
        if now.get((p.topic, p.partition), ((), None))[0] != tuple(p.new)
        or (p.new[:1] != (p.old_leader,) and now[(p.topic, p.partition)][1] != p.new[0])
    ]


def _replicas_now(now: dict, proposal) -> str:
    replicas, leader = now.get((proposal.topic, proposal.partition), ((), None))
    return f"{list(replicas)} led by {leader}"


def _mb(value) -> str:
    return "?" if value is None else f"{value:g}"


def _bar(done: int, total: int, width: int = 20) -> str:
    filled = width * done // total if total else 0
    return "[" + "#" * filled + "." * (width - filled) + "]"


class Seen:
    """What following an execution observed: whether it was stopped, and the last cancelled counts."""

    def __init__(self):
        self.stopping = False
        self.cancelled = 0
        self.cancelled_leaders = 0
        self.rolled_back = 0
        self.dead = 0

    def note(self, executor) -> None:
        if executor.state == "STOPPING_EXECUTION":
            if not self.stopping:  # the movements in flight when the stop began are rolled back (DEAD)
                self.rolled_back = executor.numInProgressPartitionMovements or 0
            self.stopping = True
            self.cancelled = max(self.cancelled, executor.numCancelledPartitionMovements or 0)
            self.cancelled_leaders = max(
                self.cancelled_leaders, executor.numCancelledLeadershipMovements or 0
            )
        self.dead = max(self.dead, len(executor.deadPartitionMovement or []))

    def summary(self) -> str:
        parts = [
            f"{n} {what}"
            for n, what in (
                (self.cancelled, "replica movements cancelled"),
                (self.rolled_back, "in flight rolled back"),
                (self.cancelled_leaders, "leadership movements cancelled"),
                (self.dead, "DEAD"),
            )
            if n
        ]
        return f" ({', '.join(parts)})" if parts else ""


def _watch_executor(client, what: str) -> Seen:
    """The one executor polling loop (paced by the client): show progress until the executor is idle."""
    seen = Seen()

    def step() -> bool:
        executor = client.executor(verbose=True)
        seen.note(executor)
        PROGRESS(f"executor: {executor.state}{_executor_progress(executor)}")
        return executor.state == IDLE

    client.poll(step, what)
    PROGRESS.end()
    return seen


def _wait_idle(client) -> Seen:
    return _watch_executor(client, "the executor is not idle")


def _follow(client, args, task_id: str | None, proposals=None) -> int:
    """Follow the execution until the executor is idle (never re-post; Ctrl-C offers to stop it), then
    tell how it ended from what Kafka's replica lists are now: 0 completed, 1 stopped or failed, 2 cannot
    tell (the proposals are unknown)."""
    try:
        seen = _watch_executor(client, "the execution is still running (see `msklint rebalance status`)")
    except KeyboardInterrupt:
        PROGRESS.end()
        if _confirm("Stop the execution?"):
            client.stop_proposal_execution(reason="msklint: interrupted")
            seen = _wait_idle(client)
            print(f"execution stopped{seen.summary()}")
            return EXIT_FINDINGS
        print("left running; follow it with `msklint rebalance watch`")
        return EXIT_OK
    return _outcome(client, task_id, proposals, seen)


def _outcome(client, task_id: str | None, proposals, seen: Seen) -> int:
    from msklint.rebalance.answers import OptimizationResult, ShapeError, parse
    from msklint.rebalance.plan import proposals_from

    status = None
    if task_id:
        tasks = client.user_tasks(user_task_ids=[task_id], fetch_completed=proposals is None).userTasks
        status = tasks[0].Status if tasks else None
        if proposals is None and tasks and tasks[0].originalResponse:
            try:
                original = parse(OptimizationResult, json.loads(tasks[0].originalResponse))
                proposals = proposals_from(original) if original.proposals is not None else None
            except (ValueError, ShapeError):
                proposals = None
    label = f"user task {task_id}" if task_id else "the execution"
    shown = f" ({status})" if status else ""
    if proposals is None:
        if seen.stopping or status == "CompletedWithError":
            how = "was stopped" if seen.stopping else "finished with an error"
            print(f"execution {how}: {label}{shown}{seen.summary()}")
            return EXIT_FINDINGS
        print(
            f"execution over: {label}{shown}; msklint cannot tell whether every proposal was applied "
            "(Cruise Control no longer has the execution's proposals)"
        )
        return EXIT_ERROR

    now: dict = {}
    missing = _not_in_place(client, proposals, now)
    checks = 1

    def settled() -> bool:  # metadata reaches Cruise Control (and brokers) with a lag: read again a few times
        nonlocal missing, checks
        if not missing or seen.stopping or checks >= OUTCOME_CHECKS:
            return True
        PROGRESS(
            f"{len(missing)} of {len(proposals)} proposals not in place yet; reading Kafka's state again"
        )
        checks += 1
        missing = _not_in_place(client, proposals, now)
        return False

    client.poll(settled, "Kafka's state did not settle")
    PROGRESS.end()
    if not missing:
        print(
            f"execution completed: {label}{shown}: all {len(proposals)} proposals are in place "
            "(Kafka's replica lists and leaders as proposed)"
        )
        return EXIT_OK
    how = "stopped" if seen.stopping else "finished with failures"
    example = ", ".join(f"{p.name} {_replicas_now(now, p)}" for p in missing[:3])
    print(
        f"execution {how}: {label}{shown}: {len(missing)} of {len(proposals)} proposals not in place "
        f"({example}{' ...' if len(missing) > 3 else ''}){seen.summary()}"
    )
    return EXIT_FINDINGS


def _confirm(question: str) -> bool:
    print(f"{question} [y/N] ", end="", file=sys.stderr, flush=True)
    answer = sys.stdin.readline()
    return answer.strip().lower() in ("y", "yes")
