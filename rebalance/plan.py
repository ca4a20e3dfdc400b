"""The rebalance plan: what Cruise Control proposed in a dry run, kept in a file to review, check and apply.

A plan file is JSON with `"msklint_plan": 1` and: `request` (the endpoint, brokers and options that
produced it, so `apply` sends the same), `cruise_control` (URL), `summary` and `goals` (Cruise Control's
summary and goal results), `brokers` (per-broker load before/after), `racks`, `topics` (replication
factor and min.insync.replicas when known), `proposals` and `check` (msklint's findings on them).

`extract` makes plan files documents of kind "plan" for the P rules (also with `msklint check PLAN`;
msklint.loaders.plan recognises a plan file and imports this module only then).
Importing this module is cheap: the standard library and msklint's core only.
"""

from __future__ import annotations

import json
import re

from msklint.config import ClusterContext
from msklint.findings import InputError
from msklint.loaders import Document
from msklint.record import field, record

FORMAT = 1


@record(frozen=True)
class Proposal:
    topic: str
    partition: int
    old_leader: int
    old: tuple[int, ...]
    new: tuple[int, ...]
    line: int = 1  # in the plan file

    @property
    def moves_replicas(self) -> bool:
        return set(self.old) != set(self.new)

    @property
    def added(self) -> set[int]:
        return set(self.new) - set(self.old)

    @property
    def name(self) -> str:
        return f"{self.topic}-{self.partition}"

    def as_dict(self) -> dict:
        return {
            "topic": self.topic,
            "partition": self.partition,
            "old_leader": self.old_leader,
            "old_replicas": list(self.old),
            "new_replicas": list(self.new),
        }


@record
class TopicFacts:
    replication_factor: int | None = None
    min_insync_replicas: int | None = None


@record
class Plan:
    request: dict  # {"endpoint", "brokers", "options"}
    proposals: list[Proposal]
    racks: dict[int, str | None] = field(factory=dict)
    topics: dict[str, TopicFacts] = field(factory=dict)
    summary: dict = field(factory=dict)
    goals: list[dict] = field(factory=list)
    brokers_before: list[dict] = field(factory=list)
    brokers_after: list[dict] = field(factory=list)
    cruise_control: str = ""
    check: list[dict] = field(factory=list)

    @property
    def endpoint(self) -> str:
        return self.request.get("endpoint", "rebalance")

    @property
    def target_brokers(self) -> set[int]:
        return set(self.request.get("brokers") or ())

    @property
    def excluded_topics(self) -> str | None:
        return (self.request.get("options") or {}).get("excluded_topics")

    def cluster_context(self) -> ClusterContext:
        racks = {rack for rack in self.racks.values() if rack}
        return ClusterContext(zones=len(racks) if racks and len(racks) <= 3 else None)

    def as_dict(self) -> dict:
        return {
            "msklint_plan": FORMAT,
            "cruise_control": self.cruise_control,
            "request": self.request,
            "summary": self.summary,
            "goals": self.goals,
            "racks": {str(b): rack for b, rack in sorted(self.racks.items())},
            "topics": {
                name: {
                    "replication_factor": f.replication_factor,
                    "min_insync_replicas": f.min_insync_replicas,
                }
                for name, f in sorted(self.topics.items())
            },
            "brokers": {"before": self.brokers_before, "after": self.brokers_after},
            "proposals": [p.as_dict() for p in self.proposals],
            "check": self.check,
        }

    def dumps(self) -> str:
        return json.dumps(self.as_dict(), indent=2) + "\n"


def proposals_from(result) -> list[Proposal]:
    """The proposals of an OptimizationResult (present only when asked with verbose=true)."""
    found = [
        Proposal(
            entry.topicPartition.topic,
            entry.topicPartition.partition,
            entry.oldLeader,
            tuple(entry.oldReplicas),
            tuple(entry.newReplicas),
        )
        for entry in result.proposals or []
    ]
    return sorted(found, key=lambda p: (p.topic, p.partition))


def from_result(
    result, request: dict, cruise_control: str, topics: dict[str, TopicFacts] | None = None
) -> Plan:
    """The plan of an OptimizationResult (msklint.rebalance.answers, validated by the client)."""
    if result.proposals is None:
        raise ValueError("Cruise Control sent no proposals (the request needs verbose=true)")
    before = [b.model_dump(exclude_unset=True) for b in (result.loadBeforeOptimization or _NO_LOAD).brokers]
    after = [b.model_dump(exclude_unset=True) for b in result.loadAfterOptimization.brokers]
    racks = {int(b["Broker"]): (b.get("Rack") or None) for b in before or after}
    return Plan(
        request=request,
        proposals=proposals_from(result),
        racks=racks,
        topics=dict(topics or {}),
        summary=result.summary.model_dump(exclude_unset=True),
        goals=[{"goal": g.goal, "status": g.status} for g in result.goalSummary],
        brokers_before=before,
        brokers_after=after,
        cruise_control=cruise_control,
    )


class _NoLoad:
    brokers: tuple = ()


_NO_LOAD = _NoLoad()


# Cruise Control's own topics (its defaults: metric.reporter.topic, partition.metric.sample.store.topic,
# broker.metric.sample.store.topic) and MSK's own (the canaries: "Prepare to remove brokers"; MSK Connect's):
# excluded from proposals unless asked for (--include-internal), and flagged by P008 when a plan moves them.
CRUISE_CONTROL_TOPICS = (
    "__CruiseControlMetrics",
    "__KafkaCruiseControlPartitionMetricSamples",
    "__KafkaCruiseControlModelTrainingSamples",
)
MANAGED_TOPICS_REGEX = "|".join([*(re.escape(t) for t in CRUISE_CONTROL_TOPICS), "__amazon_msk_.*"])


def managed_topic(topic: str) -> bool:
    """A topic Cruise Control or MSK create and manage for themselves."""
    return re.fullmatch(MANAGED_TOPICS_REGEX, topic) is not None


def with_managed_excluded(pattern: str | None) -> str:
    """The excluded_topics regex that also keeps the managed topics in place."""
    return MANAGED_TOPICS_REGEX if not pattern else f"{MANAGED_TOPICS_REGEX}|(?:{pattern})"


# reading a plan file ----------------------------------------------------------------------------------


def plan_from_node(root) -> Plan:
    """The plan file's model (msklint.rebalance.answers.PlanFile, pydantic: imported only for a plan file);
    a wrong shape is an InputError at the line and column of the offending value."""
    from msklint.rebalance.answers import PlanFile, ShapeError, parse

    data = root.plain()
    if data.get("msklint_plan") != FORMAT:
        raise InputError(f"unsupported plan format {data.get('msklint_plan')!r} (expected {FORMAT})")
    try:
        plan = parse(PlanFile, data)
    except ShapeError as error:
        node = root
        for part in error.loc:
            child = node.elements()[part] if isinstance(part, int) else node.get(str(part))
            if child is None:
                break
            node = child
        raise InputError(f"{error.path}: {error.problem}", node.line, node.column) from None
    lines = [node.line for node in root.get("proposals").elements()] if root.get("proposals") else []
    return Plan(
        request=plan.request.model_dump(),
        proposals=[
            Proposal(p.topic, p.partition, p.old_leader, tuple(p.old_replicas), tuple(p.new_replicas), line)
            for p, line in zip(plan.proposals, lines, strict=True)
        ],
        racks=dict(plan.racks),
        topics={
            name: TopicFacts(facts.replication_factor, facts.min_insync_replicas)
            for name, facts in plan.topics.items()
        },
        summary=plan.summary,
        goals=plan.goals,
        brokers_before=[b.model_dump(exclude_unset=True) for b in plan.brokers.before],
        brokers_after=[b.model_dump(exclude_unset=True) for b in plan.brokers.after],
        cruise_control=plan.cruise_control,
        check=plan.check,
    )


def load_plan(path: str) -> tuple[Plan, Document]:
    from msklint.loaders import load_file

    try:
        documents = [d for d in load_file(path, "plan") if d.kind == "plan"]
    except InputError as error:
        raise InputError(error.located(path)) from None
    if not documents:
        raise InputError(f'{path}: not an msklint plan file (no "msklint_plan" key)')
    return documents[0].model, documents[0]


# comparing --------------------------------------------------------------------------------------------


def differences(reviewed: list[Proposal], returned: list[Proposal]) -> list[str]:
    """The partitions whose proposal Cruise Control returned for an execution differs from the reviewed
    one (not in the plan, or other replicas). Reviewed proposals Cruise Control no longer returns are not
    differences: doing less than reviewed is safe."""
    planned = {(p.topic, p.partition): p for p in reviewed}
    found = []
    for proposal in returned:
        before = planned.get((proposal.topic, proposal.partition))
        if before is None:
            found.append(f"{proposal.name} was not in the plan ({_replicas(proposal)})")
        elif before.new != proposal.new:
            found.append(f"{proposal.name} goes to {list(proposal.new)}, the plan said {list(before.new)}")
    return found


def more_moves(reviewed: list[Proposal], returned: list[Proposal]) -> str | None:
    moves = sum(p.moves_replicas for p in returned)
    planned = sum(p.moves_replicas for p in reviewed)
    return f"{moves} partitions move replicas, the plan had {planned}" if moves > planned else None


def _replicas(proposal: Proposal) -> str:
    return f"{list(proposal.old)} → {list(proposal.new)}"


# showing ----------------------------------------------------------------------------------------------

COLUMNS = (  # (heading, key in Cruise Control's broker load, decimals)
    ("replicas", "Replicas", 0),
    ("leaders", "Leaders", 0),
    ("disk MB", "DiskMB", 1),
    ("CPU %", "CpuPct", 1),
    ("nw in KB/s", None, 1),  # LeaderNwInRate + FollowerNwInRate
    ("nw out KB/s", "NwOutRate", 1),
)


def _value(broker: dict, key: str | None) -> float:
    if key is None:
        return float(broker.get("LeaderNwInRate") or 0) + float(broker.get("FollowerNwInRate") or 0)
    return float(broker.get(key) or 0)


def broker_table(plan: Plan) -> str:
    before = {int(b["Broker"]): b for b in plan.brokers_before}
    after = {int(b["Broker"]): b for b in plan.brokers_after}
    rows = [["broker", "rack", *(heading for heading, _, _ in COLUMNS)]]
    for broker in sorted(set(before) | set(after)):
        old, new = before.get(broker, {}), after.get(broker, {})
        row = [str(broker), plan.racks.get(broker) or "-"]
        for _, key, decimals in COLUMNS:
            a, b = _value(old, key), _value(new, key)
            row.append(f"{a:.{decimals}f} → {b:.{decimals}f}" if a != b else f"{a:.{decimals}f}")
        rows.append(row)
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(
            cell.ljust(width) if i < 2 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in rows
    )


def render(plan: Plan) -> str:
    if "strategy" in plan.summary:  # made by msklint's own planner
        return render_plan(plan)
    summary = plan.summary
    request = plan.request
    brokers = f" brokers {','.join(map(str, request.get('brokers') or []))}" if request.get("brokers") else ""
    replicas_added = sum(len(p.added) for p in plan.proposals)
    lines = [
        f"Cruise Control {request.get('endpoint')}{brokers} (dry run) at {plan.cruise_control}",
        "",
        broker_table(plan),
        "",
        f"replica moves: {summary.get('numReplicaMovements', 0)} partitions ({replicas_added} replicas added)",
        f"leader moves: {summary.get('numLeaderMovements', 0)}",
        f"data to move: {summary.get('dataToMoveMB', 0):g} MB",
    ]
    if "onDemandBalancednessScoreBefore" in summary:
        lines.append(
            f"balancedness: {summary['onDemandBalancednessScoreBefore']} → "
            f"{summary.get('onDemandBalancednessScoreAfter')}"
        )
    for status in ("VIOLATED", "FIXED"):
        names = [g["goal"] for g in plan.goals if g.get("status") == status]
        lines.append(f"goals {status.lower()}: {', '.join(names) if names else 'none'}")
    if plan.excluded_topics:
        lines.append(f"excluded topics: {plan.excluded_topics}")
    return "\n".join(lines)


def excluded(topic: str, pattern: str | None) -> bool:
    """Cruise Control's excluded_topics is a java.util.regex.Pattern matched against the whole name."""
    if not pattern:
        return False
    try:
        return re.fullmatch(pattern, topic) is not None
    except re.error:
        return False


def render_plan(plan) -> str:
    """The text shown for a plan msklint's planner made (also by `apply --via-kafka`)."""
    s = plan.summary
    brokers = (
        f" brokers {', '.join(map(str, plan.request.get('brokers') or []))}" if plan.target_brokers else ""
    )
    after = {b["Broker"]: b for b in plan.brokers_after}
    rows = [["broker", "rack", "replicas", "leaders", "MB"]]
    for before in plan.brokers_before:
        new = after.get(before["Broker"], before)
        row = [str(before["Broker"]), before.get("Rack") or "-"]
        for key in ("Replicas", "Leaders", "DiskMB"):
            a, b = before.get(key, 0), new.get(key, 0)
            row.append(f"{a} → {b}" if a != b else str(a))
        rows.append(row)
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    table = "\n".join(
        "  ".join(
            cell.ljust(w) if i < 2 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in rows
    )
    ratio = f", ratio {s['ratio']}" if s.get("ratio") is not None else ""
    lines = [
        f"msklint planner: {s.get('strategy')}{brokers} on {s.get('source', '?')}",
        "",
        table,
        "",
        f"replica moves: {s.get('replica_moves')} (lower bound {s.get('lower_bound')}{ratio}) "
        f"in {s.get('partitions_changed')} partitions",
        f"leader changes: {s.get('leader_changes')}",
    ]
    if s.get("replicas_removed"):
        lines.append(f"replicas removed: {s['replicas_removed']}")
    if s.get("bytes_to_move") is not None:
        lines.append(f"data to move: {s['bytes_to_move'] / 1e6:.1f} MB")
    zones = s.get("zone_violations") or {}
    lines.append(f"zone violations: {zones.get('before')} → {zones.get('after')}")
    spread = s.get("spread") or {}
    lines.append(
        f"spread after (max - min per broker): replicas {spread.get('replicas')} "
        f"({spread.get('replicas_within_zone')} within a zone), leaders {spread.get('leaders')}"
    )
    if s.get("left_to_msk"):
        shown = ", ".join(s["left_to_msk"][:5]) + (" ..." if len(s["left_to_msk"]) > 5 else "")
        lines.append(f"left to MSK (it moves its canary topics itself): {shown}")
    lines += [f"note: {note}" for note in s.get("notes") or []]
    return "\n".join(lines)


# Kafka reassignment JSON for `check` -------------------------------------------------------------------


def is_kafka_json(root) -> bool:
    value = getattr(root, "value", None)
    return (
        isinstance(value, dict)
        and "msklint_plan" not in value
        and "partitions" in value
        and "version" in value
    )


def plan_from_kafka_json(path: str, root, metadata_path: str | None):
    """A Plan of Kafka's reassignment JSON, its "before" from the metadata file."""
    from msklint.rebalance import metadata

    if not metadata_path:
        raise InputError(
            f"{path}: Kafka reassignment JSON has no current assignment: give --metadata FILE "
            "(`msklint rebalance snapshot`)"
        )
    cluster = metadata.load(metadata_path)
    where = {(cluster.topics[p], cluster.partitions[p]): p for p in range(len(cluster))}
    proposals = []
    partitions = root.get("partitions")
    for node in partitions.elements() if partitions is not None else []:
        entry = node.plain()
        try:
            topic, number = str(entry["topic"]), int(entry["partition"])
            new = tuple(int(b) for b in entry["replicas"])
        except (KeyError, TypeError, ValueError):
            raise InputError(
                f"{path}:{node.line}:{node.column}: a partition needs topic, partition and replicas"
            ) from None
        p = where.get((topic, number))
        if p is None:
            raise InputError(f"{path}:{node.line}:{node.column}: {topic}-{number} is not in {metadata_path}")
        old = tuple(cluster.replicas[p])
        proposals.append(Proposal(topic, number, old[0], old, new, node.line))
    rf: dict[str, int] = {}
    for p, replicas in enumerate(cluster.replicas):
        rf[cluster.topics[p]] = max(rf.get(cluster.topics[p], 0), len(replicas))
    return Plan(
        request={"endpoint": "rebalance", "brokers": [], "options": {"kafka_json": path}},
        proposals=proposals,
        racks=dict(cluster.brokers),
        topics={name: TopicFacts(count) for name, count in rf.items()},
    )


def plan_document(args):
    """The document `rebalance check` runs the P rules on: a plan file, or Kafka reassignment JSON."""

    from msklint.loaders import Document, read_bytes
    from msklint.syntax.structured import parse_json

    try:
        text = read_bytes(args.plan).decode("utf-8")
        root = parse_json(text).documents[0]
    except (OSError, UnicodeDecodeError, InputError):
        root, text = None, None
    if root is not None and is_kafka_json(root):
        plan = plan_from_kafka_json(args.plan, root, args.metadata)
        return Document(path=args.plan, kind="plan", model=plan, source=text)
    if args.metadata:
        raise InputError(f"{args.plan}: --metadata is for Kafka reassignment JSON; a plan file has its own")
    return load_plan(args.plan)[1]
