"""`msklint rebalance plan --strategy ...` (msklint's own planner, no Cruise Control), `rebalance snapshot`,
and Kafka reassignment JSON for `rebalance check`.

The arguments are added here (stdlib only: the parser is built on every msklint run); the work is done
in the functions below, which import the planner, pydantic and kafka-python when they run.

The plan file is the `msklint_plan` file the Cruise Control path writes (request endpoint `remove_broker`
for a drain, so P004 checks that nothing is left on the drained brokers; `topic_configuration` for a
replication-factor change; `rebalance` otherwise), with the planner's summary under `summary`; `check`
and `apply --via-kafka` take it unchanged. `--kafka-json FILE` also writes Kafka's reassignment JSON for
`kafka-reassign-partitions --execute`.

`rebalance check FILE` also reads Kafka's reassignment JSON written by other tools
(`{"version": 1, "partitions": [{"topic", "partition", "replicas"}]}`). That file has no "before", so
check needs the current assignment from `--metadata FILE` (take it with `msklint rebalance snapshot`
just before): a check against a live cluster would silently change with the cluster, a snapshot is
what the review was made on.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from msklint.rebalance import STRATEGIES

from msklint.findings import InputError

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
ENDPOINTS = {"drain": "remove_broker", "replication-factor": "topic_configuration"}
CRUISE_CONTROL_FLAGS = {  # plan flags that mean nothing to the planner
    "goals": "--goals",
    "excluded_topics": "--excluded-topics",
    "skip_hard_goal_check": "--skip-hard-goal-check",
    "destination_brokers": "--destination-brokers",
    "add_brokers": "--add-brokers",
    "remove_brokers": "--remove-brokers",
    "demote_brokers": "--demote-brokers",
}


# arguments ----------------------------------------------------------------------------------------------


def add_plan_arguments(plan) -> None:
    """The planner's flags on `rebalance plan` (its parser resolves the --brokers conflict: here it is
    the brokers to drain; on the Cruise Control path it stays the context's broker count)."""
    group = plan.add_argument_group("msklint's own planner (no Cruise Control)")
    group.add_argument(
        "--strategy", choices=STRATEGIES, help="plan with msklint instead of asking Cruise Control"
    )
    group.add_argument("--metadata", metavar="FILE", help="cluster metadata (`msklint rebalance snapshot`)")
    group.add_argument(
        "--brokers",
        metavar="IDS",
        help="drain: the brokers to empty, comma-separated (Cruise Control path: the context's broker count)",
    )
    group.add_argument("--topics", metavar="REGEX", help="only partitions of topics matching (whole name)")
    group.add_argument("--rf", type=int, metavar="N", help="replication-factor: the new replication factor")
    group.add_argument(
        "--allow-uneven",
        action="store_true",
        help="drain: allow zones with unequal broker counts afterwards (not MSK)",
    )
    group.add_argument("--kafka-json", metavar="FILE", help="also write Kafka's reassignment JSON here")


def add_snapshot_parser(sub) -> None:
    from msklint.live_cli import add_arguments

    snapshot = sub.add_parser("snapshot", help="write the cluster metadata the planner reads")
    add_arguments(snapshot)
    snapshot.add_argument("-o", "--output", metavar="FILE", help="write here (default: standard output)")
    snapshot.set_defaults(run=run_snapshot)


def add_check_arguments(check) -> None:
    check.add_argument(
        "--metadata",
        metavar="FILE",
        help="for Kafka reassignment JSON: the current assignment (`msklint rebalance snapshot`)",
    )


def run_plan(args) -> int:
    """`rebalance plan`: the planner with --strategy, Cruise Control without."""
    if args.strategy:
        return _run_planner(args)
    if args.brokers is not None:  # the context's broker count, as before
        try:
            args.brokers = int(args.brokers)
        except ValueError:
            raise InputError(f"--brokers {args.brokers}: broker ids are for --strategy drain") from None
    for flag in ("metadata", "topics", "rf", "kafka_json"):
        if getattr(args, flag):
            raise InputError(f"--{flag.replace('_', '-')} goes with --strategy (msklint's own planner)")
    if args.allow_uneven:
        raise InputError("--allow-uneven goes with --strategy drain")
    from msklint.rebalance import commands

    return commands.run_plan(args)


# planning -----------------------------------------------------------------------------------------------


def _broker_ids(text: str | None) -> list[int]:
    if not text:
        return []
    try:
        return [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise InputError(f"--brokers: broker ids are integers separated by commas, got {text!r}") from None


def _cluster(args):
    from msklint.rebalance import metadata

    if bool(args.metadata) == bool(args.bootstrap_server):
        raise InputError("plan --strategy: give --metadata FILE or --bootstrap-server (one of them)")
    if args.metadata:
        return metadata.load(args.metadata), args.metadata
    from msklint.rebalance.common import kafka_connection

    with kafka_connection(args) as (kafka, connection):
        return metadata.snapshot(kafka.admin), connection.address


def _run_planner(args) -> int:
    import argparse

    from msklint.rebalance import planner
    from msklint.rebalance.common import check_plan, gate_failed, print_findings
    from msklint.rebalance.plan import render_plan

    from msklint.context import resolve_config
    from msklint.msk import recommended_partitions_per_broker

    given = [flag for key, flag in CRUISE_CONTROL_FLAGS.items() if getattr(args, key, None)]
    if given:
        raise InputError(f"plan --strategy: {', '.join(given)} are Cruise Control options")
    drained = _broker_ids(args.brokers)
    config_args = argparse.Namespace(**{**vars(args), "brokers": None})
    _, context = resolve_config(config_args)
    limit = recommended_partitions_per_broker(context.broker_type) if context.broker_type else None
    cluster, source = _cluster(args)
    result = planner.plan(
        cluster,
        args.strategy,
        brokers=drained,
        topics=args.topics,
        rf=args.rf,
        allow_uneven=args.allow_uneven,
        max_replicas=limit,
    )
    facts = planner.summary(cluster, result)
    plan = to_plan(cluster, result, facts, args, source)
    findings, config = check_plan(plan, config_args, args.output or "plan.json")
    if args.output:
        Path(args.output).write_text(plan.dumps(), encoding="utf-8")
    if args.kafka_json:
        Path(args.kafka_json).write_text(kafka_json(cluster, result), encoding="utf-8")
    if args.format == "json":
        print(json.dumps({**facts, "check": plan.check}, indent=2))
    else:
        print(render_plan(plan))
        print_findings(findings)
        for path, what in ((args.output, "plan"), (args.kafka_json, "Kafka reassignment JSON")):
            if path:
                print(f"{what} written to {path}")
    return EXIT_FINDINGS if gate_failed(findings, config) else EXIT_OK


def to_plan(cluster, result, facts: dict, args, source: str):
    from msklint.rebalance.plan import Plan, Proposal, TopicFacts

    proposals = [
        Proposal(
            cluster.topics[p],
            cluster.partitions[p],
            cluster.replicas[p][0],
            tuple(cluster.replicas[p]),
            tuple(replicas),
        )
        for p, replicas in result.new.items()
    ]
    proposals.sort(key=lambda proposal: (proposal.topic, proposal.partition))
    rf: dict[str, int] = {}
    for p, replicas in enumerate(cluster.replicas):
        rf[cluster.topics[p]] = max(rf.get(cluster.topics[p], 0), len(result.new.get(p, replicas)))

    def loads(key: str) -> list[dict]:
        return [
            {
                "Broker": b["id"],
                "Rack": b["rack"],
                "Replicas": b[key]["replicas"],
                "Leaders": b[key]["leaders"],
                "DiskMB": round(b[key]["bytes"] / 1e6, 1),
            }
            for b in facts["brokers"]
        ]

    summary = {key: value for key, value in facts.items() if key != "brokers"}
    summary["source"] = source
    return Plan(
        request={
            "endpoint": ENDPOINTS.get(result.strategy, "rebalance"),
            "brokers": result.drained,
            "options": {
                "strategy": result.strategy,
                "topics": args.topics,
                "rf": args.rf,
                "allow_uneven": args.allow_uneven,
            },
        },
        proposals=proposals,
        racks=dict(sorted(cluster.brokers.items())),
        topics={name: TopicFacts(count) for name, count in sorted(rf.items())},
        summary=summary,
        brokers_before=loads("before"),
        brokers_after=loads("after"),
    )


def kafka_json(cluster, result) -> str:
    """Kafka's reassignment JSON (kafka-reassign-partitions --execute): the partitions that change."""
    rows = [
        {"topic": cluster.topics[p], "partition": cluster.partitions[p], "replicas": replicas}
        for p, replicas in result.new.items()
    ]
    rows.sort(key=lambda row: (row["topic"], row["partition"]))
    return json.dumps({"version": 1, "partitions": rows}, indent=1) + "\n"


# snapshot -----------------------------------------------------------------------------------------------


def run_snapshot(args) -> int:
    from msklint.rebalance import metadata
    from msklint.rebalance.common import kafka_connection

    if not args.bootstrap_server:
        raise InputError("snapshot: give --bootstrap-server HOST:PORT")
    with kafka_connection(args) as (kafka, connection):
        cluster = metadata.snapshot(kafka.admin)
    text = metadata.dumps(cluster)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
        print(
            f"{connection.address}: {len(cluster.brokers)} brokers, {len(cluster)} partitions written to {args.output}",
            file=sys.stderr,
        )
    else:
        print(text, end="")
    return EXIT_OK
