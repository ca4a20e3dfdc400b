"""The rebalance plan: what Cruise Control proposed in a dry run, kept in a file to review, check and apply.

A plan file is JSON with `"msklint_plan": 1` and: `request` (the endpoint, brokers and options that
produced it, so `apply` sends the same), `cruise_control` (URL), `summary` and `goals` (Cruise Control's
summary and goal results), `brokers` (per-broker load before/after), `racks`, `topics` (replication
factor and min.insync.replicas when known), `proposals` and `check` (msklint's findings on them).

`extract` makes plan files documents of kind "plan" for the P rules (also with `msklint check PLAN`).
Importing this module is cheap: the standard library and msklint's core only.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from msklint.config import ClusterContext
from msklint.loaders import Document

FORMAT = 1


@dataclass(frozen=True)
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


@dataclass
class TopicFacts:
    replication_factor: int | None = None
    min_insync_replicas: int | None = None


@dataclass
class Plan:
    request: dict  # {"endpoint", "brokers", "options"}
    proposals: list[Proposal]
    racks: dict[int, str | None] = field(default_factory=dict)
    topics: dict[str, TopicFacts] = field(default_factory=dict)
    summary: dict = field(default_factory=dict)
    goals: list[dict] = field(default_factory=list)
    brokers_before: list[dict] = field(default_factory=list)
    brokers_after: list[dict] = field(default_factory=list)
    cruise_control: str = ""
    check: list[dict] = field(default_factory=list)

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


def topic_partition(entry: dict) -> tuple[str, int]:
    """Cruise Control sends Kafka's TopicPartition as Gson writes it ({topic, partition, hash}); the spec
    says a "topic-partition" string. Accept both."""
    value = entry["topicPartition"]
    if isinstance(value, dict):
        return str(value["topic"]), int(value["partition"])
    topic, _, partition = str(value).rpartition("-")
    return topic, int(partition)


def proposals_from(result: dict) -> list[Proposal]:
    """The proposals of an OptimizationResult (present only when asked with verbose=true)."""
    found = []
    for entry in result.get("proposals") or []:
        topic, partition = topic_partition(entry)
        found.append(
            Proposal(
                topic,
                partition,
                int(entry.get("oldLeader", -1)),
                tuple(entry.get("oldReplicas") or ()),
                tuple(entry.get("newReplicas") or ()),
            )
        )
    return sorted(found, key=lambda p: (p.topic, p.partition))


def from_result(
    result: dict, request: dict, cruise_control: str, topics: dict[str, TopicFacts] | None = None
) -> Plan:
    if "proposals" not in result:
        raise ValueError("Cruise Control sent no proposals (the request needs verbose=true)")
    before = (result.get("loadBeforeOptimization") or {}).get("brokers") or []
    after = (result.get("loadAfterOptimization") or {}).get("brokers") or []
    racks = {int(b["Broker"]): (b.get("Rack") or None) for b in before or after}
    goals = [{"goal": g.get("goal"), "status": g.get("status")} for g in result.get("goalSummary") or []]
    return Plan(
        request=request,
        proposals=proposals_from(result),
        racks=racks,
        topics=dict(topics or {}),
        summary=dict(result.get("summary") or {}),
        goals=goals,
        brokers_before=before,
        brokers_after=after,
        cruise_control=cruise_control,
    )


# reading a plan file ----------------------------------------------------------------------------------


def extract(path: str, parsed, text: str, kind: str | None) -> list[Document]:
    """Plan documents for msklint.loaders (a JSON object with "msklint_plan")."""
    if kind not in (None, "plan"):
        return []
    roots = getattr(parsed, "documents", None) or []
    root = roots[0] if len(roots) == 1 else None
    if root is None or not isinstance(root.value, dict) or root.get("msklint_plan") is None:
        return []
    return [Document(path=path, kind="plan", model=plan_from_node(root), source=text)]


def plan_from_node(root) -> Plan:
    from msklint.findings import InputError

    data = root.plain()
    if data.get("msklint_plan") != FORMAT:
        raise InputError(f"unsupported plan format {data.get('msklint_plan')!r} (expected {FORMAT})")
    proposals = []
    for node in root.get("proposals").elements() if root.get("proposals") else []:
        entry = node.plain()
        try:
            proposals.append(
                Proposal(
                    str(entry["topic"]),
                    int(entry["partition"]),
                    int(entry.get("old_leader", -1)),
                    tuple(int(b) for b in entry["old_replicas"]),
                    tuple(int(b) for b in entry["new_replicas"]),
                    node.line,
                )
            )
        except (KeyError, TypeError, ValueError):
            raise InputError(
                "a proposal needs topic, partition, old_replicas and new_replicas (integers)",
                node.line,
                node.column,
            ) from None
    request = data.get("request")
    if not isinstance(request, dict) or not isinstance(request.get("endpoint"), str):
        raise InputError("the plan has no request (endpoint, brokers, options)", root.line, root.column)
    brokers = data.get("brokers") or {}
    return Plan(
        request=request,
        proposals=proposals,
        racks={int(b): rack for b, rack in (data.get("racks") or {}).items()},
        topics={
            name: TopicFacts(facts.get("replication_factor"), facts.get("min_insync_replicas"))
            for name, facts in (data.get("topics") or {}).items()
        },
        summary=data.get("summary") or {},
        goals=data.get("goals") or [],
        brokers_before=brokers.get("before") or [],
        brokers_after=brokers.get("after") or [],
        cruise_control=data.get("cruise_control") or "",
        check=data.get("check") or [],
    )


def load_plan(path: str) -> tuple[Plan, Document]:
    from msklint.findings import InputError
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
        from msklint.rebalance.planning import render_plan

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
        f"data to move: {summary.get('dataToMoveMB', 0)} MB",
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
