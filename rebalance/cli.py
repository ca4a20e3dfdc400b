"""`msklint rebalance status|plan|check|apply|watch|stop`: Cruise Control, safely.

This module only builds the arguments (msklint's parser is built on every run, also for `msklint check`);
the commands live in msklint.rebalance.commands, imported when one runs.

Exit codes as for `msklint check`: 0 done (no check finding at or above --fail-on); 1 the plan check
found problems, or apply stopped an execution that diverged from the reviewed plan; 2 usage error,
unreadable plan, Cruise Control unreachable or answering with an error, an execution already running,
or no confirmation. With --via-kafka the same, for Kafka: 2 also when a partition the plan moves no
longer has the plan's "before" replicas, or Kafka refuses a reassignment.
"""

from __future__ import annotations

import argparse
import os

from msklint.rebalance import ENV_PASSWORD, ENV_URL, ENV_USER, planning

from msklint.findings import FORMATS

# arguments ----------------------------------------------------------------------------------------------


def add_parser(commands) -> None:
    rebalance = commands.add_parser(
        "rebalance", help="plan, check, apply, watch and stop Cruise Control rebalances"
    )
    sub = rebalance.add_subparsers(dest="rebalance_command", required=True)

    status = sub.add_parser("status", help="Cruise Control's monitor, executor, analyzer and user tasks")
    _connection_flags(status)
    status.add_argument("--format", choices=("text", "json"), default="text")
    status.set_defaults(run=_command("run_status"))

    plan = sub.add_parser(
        "plan",
        help="ask Cruise Control for a proposal (dry run), or plan with --strategy; show and check it",
        conflict_handler="resolve",  # planning's --brokers IDS replaces the context's --brokers N
    )
    _connection_flags(plan)
    _optimization_flags(plan)
    _check_flags(plan)
    plan.add_argument("--format", choices=("text", "json"), default="text")
    plan.add_argument("-o", "--output", metavar="PLAN", help="write the plan file here")
    planning.add_plan_arguments(plan)
    plan.set_defaults(run=_planning("run_plan"))

    check = sub.add_parser("check", help="check a plan file against msklint's rules")
    check.add_argument("plan", metavar="PLAN")
    _check_flags(check, live=False)
    planning.add_check_arguments(check)
    check.add_argument("--format", choices=FORMATS, default="text")
    check.set_defaults(run=_command("run_check"))

    apply = sub.add_parser("apply", help="execute a reviewed plan (or a fresh one) through Cruise Control")
    apply.add_argument("plan", metavar="PLAN", nargs="?", help="plan file from `msklint rebalance plan -o`")
    _connection_flags(apply)
    _optimization_flags(apply)
    _check_flags(apply)
    execution = apply.add_argument_group("execution")
    execution.add_argument("--replication-throttle", type=_positive, metavar="BYTES/S")
    execution.add_argument("--concurrent-partition-movements-per-broker", type=_positive, metavar="N")
    execution.add_argument("--concurrent-leader-movements", type=_positive, metavar="N")
    execution.add_argument("--reason", help="recorded by Cruise Control with the execution")
    execution.add_argument("--yes", action="store_true", help="do not ask for confirmation (CI)")
    execution.add_argument("--force", action="store_true", help="apply although the plan check found errors")
    execution.add_argument(
        "--accept-changes",
        action="store_true",
        help="keep executing when Cruise Control's proposals differ from the reviewed plan",
    )
    execution.add_argument(
        "--tolerance",
        type=int,
        default=0,
        metavar="N",
        help="partitions Cruise Control may propose differently from the plan before apply stops (default 0)",
    )
    execution.add_argument("--no-watch", action="store_true", help="return once the execution has started")
    execution.add_argument(
        "--via-kafka",
        action="store_true",
        help="replay the plan's proposals exactly with Kafka's reassignment API (--bootstrap-server), "
        "not through Cruise Control",
    )
    execution.add_argument(
        "--concurrent-partition-movements",
        type=_positive,
        metavar="N",
        help="with --via-kafka: partitions reassigned at a time (default: all at once)",
    )
    apply.set_defaults(run=_command("run_apply"))

    watch = sub.add_parser("watch", help="follow the ongoing execution until it is done")
    _connection_flags(watch)
    watch.set_defaults(run=_command("run_watch"))

    stop = sub.add_parser("stop", help="stop the ongoing execution and wait until the executor is idle")
    _connection_flags(stop)
    stop.add_argument(
        "--via-kafka",
        action="store_true",
        help="cancel Kafka's reassignments in flight and remove replication throttles (--bootstrap-server)",
    )
    from msklint.live_cli import add_arguments

    add_arguments(stop)
    stop.set_defaults(run=_command("run_stop"))

    planning.add_snapshot_parser(sub)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _broker_ids(text: str) -> list[int]:
    try:
        ids = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"broker ids are integers separated by commas, got {text!r}"
        ) from None
    if not ids:
        raise argparse.ArgumentTypeError("give at least one broker id")
    return ids


def _connection_flags(parser) -> None:
    group = parser.add_argument_group("Cruise Control")
    group.add_argument(
        "--cruise-control",
        metavar="URL",
        default=os.environ.get(ENV_URL),
        help=f"http(s)://HOST:PORT[/PREFIX] (default prefix /kafkacruisecontrol; env {ENV_URL})",
    )
    group.add_argument("--user", default=os.environ.get(ENV_USER), help=f"HTTP basic user (env {ENV_USER})")
    group.add_argument(
        "--password-file",
        metavar="FILE",
        help=f"read the password from FILE (else env {ENV_PASSWORD}, else ~/.netrc)",
    )
    group.add_argument(
        "--ca-bundle", metavar="FILE", help="CA certificates (PEM) to verify Cruise Control's TLS"
    )
    group.add_argument("--insecure", action="store_true", help="do not verify the TLS certificate")
    group.add_argument(
        "--http-timeout", type=float, default=30.0, help="seconds per HTTP request (default 30)"
    )
    group.add_argument(
        "--max-wait",
        type=float,
        default=600.0,
        help="seconds to follow a long task or an execution (default 600)",
    )
    group.add_argument(
        "--poll",
        type=float,
        default=2.0,
        help="seconds between polls (default 2; Cruise Control is never polled faster than every 2 s)",
    )
    # tests only: every pause of the Cruise Control client times this factor, to match a stand-in that
    # compresses the server's time by the same factor (tests/ccstandin); 1 for a real server
    group.add_argument("--time-scale", type=float, default=1.0, help=argparse.SUPPRESS)


def _optimization_flags(parser) -> None:
    group = parser.add_argument_group("proposal")
    group.add_argument("--goals", help="comma-separated goal names (default: Cruise Control's default.goals)")
    group.add_argument("--excluded-topics", metavar="REGEX", help="topics whose replicas must not move")
    group.add_argument(
        "--skip-hard-goal-check", action="store_true", help="allow --goals without the hard goals"
    )
    group.add_argument(
        "--destination-brokers", type=_broker_ids, metavar="IDS", help="only move replicas here"
    )
    group.add_argument(
        "--include-internal",
        action="store_true",
        help="also move Cruise Control's own topics (__CruiseControlMetrics, its sample stores) and MSK's "
        "__amazon_msk_* topics (default: they stay where they are)",
    )
    which = group.add_mutually_exclusive_group()
    which.add_argument(
        "--add-brokers", type=_broker_ids, metavar="IDS", help="move replicas onto new brokers"
    )
    which.add_argument("--remove-brokers", type=_broker_ids, metavar="IDS", help="move all replicas off")
    which.add_argument("--demote-brokers", type=_broker_ids, metavar="IDS", help="move leadership off")


def _check_flags(parser, live: bool = True) -> None:
    from msklint.context import add_context_flags

    parser.add_argument(
        "--config", help="configuration file (default: nearest .msklint.toml or pyproject.toml)"
    )
    parser.add_argument("--fail-on", choices=("info", "warning", "error"), help="lowest severity that fails")
    parser.set_defaults(select=None, ignore=None)
    add_context_flags(parser)
    if live:
        from msklint.live_cli import add_arguments

        add_arguments(parser)


def _planning(name: str):
    def run(args) -> int:
        return getattr(planning, name)(args)

    return run


def _command(name: str):
    def run(args) -> int:
        from msklint.rebalance import commands

        return getattr(commands, name)(args)

    return run
