"""A small, deterministic stand-in for Cruise Control's goal optimizer.

It honours what a client can observe: rack awareness when RackAwareGoal is among the goals, replica and
leader distribution, excluded topics (ignored for replicas on removed/dead brokers, as in Cruise Control),
destination brokers, add_broker (moves only onto the new brokers), remove_broker (moves everything off),
demote_broker (leadership only), fix_offline_replicas and topic_configuration (replication factor).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .cluster import TP, Snapshot

DEFAULT_GOALS = [
    "RackAwareGoal",
    "MinTopicLeadersPerBrokerGoal",
    "ReplicaCapacityGoal",
    "DiskCapacityGoal",
    "NetworkInboundCapacityGoal",
    "NetworkOutboundCapacityGoal",
    "CpuCapacityGoal",
    "ReplicaDistributionGoal",
    "PotentialNwOutGoal",
    "DiskUsageDistributionGoal",
    "NetworkInboundUsageDistributionGoal",
    "NetworkOutboundUsageDistributionGoal",
    "CpuUsageDistributionGoal",
    "TopicReplicaDistributionGoal",
    "LeaderReplicaDistributionGoal",
    "LeaderBytesInDistributionGoal",
    "PreferredLeaderElectionGoal",
]
HARD_GOALS = DEFAULT_GOALS[:7]
KNOWN_GOALS = {
    *DEFAULT_GOALS,
    "RackAwareDistributionGoal",
    "IntraBrokerDiskCapacityGoal",
    "BrokerSetAwareGoal",
}


@dataclass
class Request:
    mode: str  # rebalance | add_broker | remove_broker | demote_broker | fix_offline_replicas | topic_configuration
    goals: list[str] = field(default_factory=lambda: list(DEFAULT_GOALS))
    brokers: set[int] = field(default_factory=set)  # added / removed / demoted
    excluded_topics: str | None = None
    destinations: set[int] = field(default_factory=set)
    topic: str | None = None  # topic_configuration
    replication_factor: int | None = None
    drift: int = 0  # extra moves a "re-optimisation" adds (for apply tests)
    drift_same_rack: bool = True  # the extra moves keep zone spread (False: they may break it)


def excluded(topic: str, request: Request) -> bool:
    return bool(request.excluded_topics) and re.fullmatch(request.excluded_topics, topic) is not None


def optimize(snapshot: Snapshot, request: Request) -> dict[TP, list[int]]:
    """The new assignment of every partition that changes."""
    assignment = {tp: list(replicas) for tp, replicas in snapshot.assignment.items()}
    racks = {b: broker.rack for b, broker in snapshot.brokers.items()}
    rack_aware = bool({"RackAwareGoal", "RackAwareDistributionGoal"} & set(request.goals))
    alive = {b for b, broker in snapshot.brokers.items() if broker.alive}
    if request.mode == "remove_broker":
        alive -= request.brokers
    destinations = alive & request.destinations if request.destinations else set(alive)
    if request.mode == "add_broker":
        destinations = alive & request.brokers

    def count() -> dict[int, int]:
        counts = dict.fromkeys(alive, 0)
        for replicas in assignment.values():
            for b in replicas:
                if b in counts:
                    counts[b] += 1
        return counts

    def spread(replicas: list[int]) -> int:
        return len({racks.get(b) for b in replicas})

    def pick(replicas: list[int], keep: list[int]) -> int | None:
        counts = count()
        choices = [d for d in sorted(destinations) if d not in replicas]
        if not choices:
            return None
        used = {racks.get(b) for b in keep}
        return min(choices, key=lambda d: ((rack_aware and racks.get(d) in used), counts[d], d))

    # replicas that must leave (removed or dead brokers): excluded topics are not spared
    for _tp, replicas in sorted(assignment.items()):
        for i, b in enumerate(list(replicas)):
            if b not in alive:
                new = pick(replicas, [r for r in replicas if r != b])
                if new is not None:
                    replicas[i] = new

    if request.mode == "topic_configuration" and request.replication_factor:
        for tp, replicas in sorted(assignment.items()):
            if not re.fullmatch(request.topic or "", tp[0]):
                continue
            while len(replicas) < request.replication_factor:
                new = pick(replicas, replicas)
                if new is None:
                    break
                replicas.append(new)
            del replicas[request.replication_factor :]

    if request.mode in ("rebalance", "add_broker") and (
        "ReplicaDistributionGoal" in request.goals or request.mode == "add_broker"
    ):
        sources = alive - request.brokers if request.mode == "add_broker" else alive
        for _ in range(10 * len(assignment)):
            counts = count()
            moved = False
            for src in sorted(sources, key=lambda b: (-counts[b], b)):
                for dst in sorted(destinations, key=lambda b: (counts[b], b)):
                    if counts[src] - counts[dst] <= 1:
                        continue
                    for tp, replicas in sorted(assignment.items()):
                        if src not in replicas or dst in replicas or excluded(tp[0], request):
                            continue
                        candidate = [dst if b == src else b for b in replicas]
                        if rack_aware and spread(candidate) < spread(replicas):
                            continue
                        replicas[:] = candidate
                        moved = True
                        break
                    if moved:
                        break
                if moved:
                    break
            if not moved:
                break

    if request.mode in ("rebalance", "add_broker") and "LeaderReplicaDistributionGoal" in request.goals:
        for _ in range(len(assignment)):
            leaders = dict.fromkeys(alive, 0)
            for replicas in assignment.values():
                if replicas[0] in leaders:
                    leaders[replicas[0]] += 1
            most = max(sorted(leaders), key=lambda b: leaders[b])
            least = min(sorted(leaders), key=lambda b: leaders[b])
            if leaders[most] - leaders[least] <= 1:
                break
            for tp, replicas in sorted(assignment.items()):
                if replicas[0] == most and least in replicas and not excluded(tp[0], request):
                    replicas.remove(least)
                    replicas.insert(0, least)
                    break
            else:
                break

    if request.mode == "demote_broker":
        for replicas in assignment.values():
            if replicas[0] in request.brokers:
                replicas[:] = [b for b in replicas if b not in request.brokers] + [
                    b for b in replicas if b in request.brokers
                ]

    changed = {tp: r for tp, r in assignment.items() if r != snapshot.assignment[tp]}
    drift = request.drift
    for tp, replicas in sorted(assignment.items()):
        if drift <= 0:
            break
        if tp in changed or excluded(tp[0], request):
            continue
        others = [d for d in sorted(alive) if d not in replicas]
        if request.drift_same_rack:
            others = [d for d in others if racks.get(d) == racks.get(replicas[-1])]
        if others:
            changed[tp] = [*replicas[:-1], others[0]]
            drift -= 1
    return changed
