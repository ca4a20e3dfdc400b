"""Clusters the stand-in can be pointed at: a synthetic model in memory, or a real Kafka (kafka-python).

A backend gives a Snapshot of brokers, racks, replica assignments, partition sizes and topic
min.insync.replicas, and carries out the executor's work: start a replica reassignment, tell whether it has
finished, cancel it, and move leadership (reorder the replicas and run a preferred leader election).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

TP = tuple[str, int]


@dataclass(frozen=True)
class Broker:
    id: int
    rack: str | None
    host: str
    alive: bool = True


@dataclass
class Snapshot:
    brokers: dict[int, Broker]
    assignment: dict[TP, list[int]]  # ordered replicas, first = preferred leader
    leaders: dict[TP, int]  # the current leader (may differ from the preferred one)
    size_mb: dict[TP, float] = field(default_factory=dict)
    rate_kb: dict[TP, float] = field(default_factory=dict)  # bytes-in rate of the partition, KB/s
    min_isr: dict[str, int] = field(default_factory=dict)

    @property
    def topics(self) -> list[str]:
        return sorted({topic for topic, _ in self.assignment})


class SyntheticCluster:
    """An in-memory cluster. A reassignment finishes after `ticks_per_move` calls of move_done()."""

    def __init__(
        self,
        brokers: dict[int, str | None],
        topics: dict[str, tuple[int, int]],
        size_mb: float = 100.0,
        min_isr: dict[str, int] | None = None,
        ticks_per_move: int = 2,
        dead: set[int] = frozenset(),
        assignment: dict[TP, list[int]] | None = None,
    ):
        """brokers: id → rack; topics: name → (partitions, replication factor), placed round-robin
        in broker order, which is rack-aware when brokers alternate racks; `assignment` adds or replaces
        partitions with the replica lists given."""
        self.lock = threading.Lock()
        self.brokers = {
            b: Broker(b, rack, f"b-{b}.standin.local", alive=b not in dead) for b, rack in brokers.items()
        }
        ids = sorted(b for b in brokers if b not in dead) or sorted(brokers)
        self.assignment: dict[TP, list[int]] = {}
        for start, (topic, (partitions, rf)) in enumerate(sorted(topics.items())):
            for p in range(partitions):
                self.assignment[(topic, p)] = [ids[(start + p + i) % len(ids)] for i in range(rf)]
        self.assignment.update({tp: list(r) for tp, r in (assignment or {}).items()})
        self.leaders = {tp: replicas[0] for tp, replicas in self.assignment.items()}
        self.size_mb = {(t, p): size_mb * (1 + (p + len(t)) % 3) for t, p in self.assignment}
        self.rate_kb = {(t, p): 50.0 + 25 * (p % 4) for t, p in self.assignment}
        self.min_isr = dict(min_isr or {})
        self.ticks_per_move = ticks_per_move
        self.moving: dict[TP, tuple[list[int], int]] = {}  # tp → (target, ticks so far)
        self.throttle: int | None = None

    def snapshot(self) -> Snapshot:
        with self.lock:
            return Snapshot(
                brokers=dict(self.brokers),
                assignment={tp: list(r) for tp, r in self.assignment.items()},
                leaders=dict(self.leaders),
                size_mb=dict(self.size_mb),
                rate_kb=dict(self.rate_kb),
                min_isr={t: self.min_isr.get(t, 1) for t in {t for t, _ in self.assignment}},
            )

    def add_broker(self, broker_id: int, rack: str | None) -> None:
        with self.lock:
            self.brokers[broker_id] = Broker(broker_id, rack, f"b-{broker_id}.standin.local")

    def start_move(self, tp: TP, target: list[int]) -> None:
        with self.lock:
            self.moving[tp] = (list(target), 0)

    def move_done(self, tp: TP) -> bool:
        with self.lock:
            target, ticks = self.moving[tp]
            if ticks + 1 < self.ticks_per_move:
                self.moving[tp] = (target, ticks + 1)
                return False
            del self.moving[tp]
            self.assignment[tp] = target
            if self.leaders[tp] not in target:
                self.leaders[tp] = target[0]
            return True

    def cancel_move(self, tp: TP) -> None:
        with self.lock:
            self.moving.pop(tp, None)

    def set_throttle(self, rate: int, moves: list[tuple[TP, list[int], list[int]]]) -> None:
        self.throttle = rate

    def clear_throttle(self) -> None:
        self.throttle = None

    def move_leader(self, tp: TP, ordered: list[int]) -> None:
        with self.lock:
            self.assignment[tp] = list(ordered)
            self.leaders[tp] = ordered[0]


class KafkaCluster:
    """A real Kafka cluster through kafka-python's admin client: metadata from DescribeCluster,
    Metadata, DescribeConfigs and DescribeLogDirs; the executor's work through msklint's own Kafka
    operations (msklint.rebalance.kafka_apply: AlterPartitionReassignments, ListPartitionReassignments,
    preferred ElectLeaders, replication throttles) — the calls Cruise Control's executor makes."""

    def __init__(self, bootstrap_servers: str):
        from msklint.rebalance.kafka_apply import Kafka

        from msklint.live import Connection

        self.lock = threading.Lock()
        self.kafka = Kafka.connect(Connection(bootstrap_servers))
        self.admin = self.kafka.admin
        self.throttled = None

    def close(self) -> None:
        self.kafka.close()

    def snapshot(self) -> Snapshot:
        from kafka.admin import ConfigResource, ConfigResourceType
        from msklint.rebalance.plan import CRUISE_CONTROL_TOPICS

        from msklint.msk import is_internal_topic

        with self.lock:
            brokers = {
                b["broker_id"]: Broker(b["broker_id"], b.get("rack"), f"{b['host']}:{b['port']}")
                for b in self.admin.describe_cluster()["brokers"]
            }
            assignment, leaders = {}, {}
            for topic in self.admin.describe_topics():
                name = topic["name"]
                if topic["error_code"] or topic["is_internal"]:
                    continue
                if is_internal_topic(name) and name not in CRUISE_CONTROL_TOPICS:
                    continue  # Cruise Control's own topics are proposed like any other (PROTOCOL.md §3.7)
                for partition in topic["partitions"]:
                    tp = (topic["name"], partition["partition_index"])
                    assignment[tp] = list(partition["replica_nodes"])
                    leaders[tp] = partition["leader_id"]
            names = sorted({t for t, _ in assignment})
            min_isr = {}
            if names:
                resources = [
                    ConfigResource(ConfigResourceType.TOPIC, t, ["min.insync.replicas"]) for t in names
                ]
                described = self.admin.describe_configs(resources, config_filter="all").get("topic", {})
                for name, entries in described.items():
                    if "min.insync.replicas" in entries:
                        min_isr[name] = int(entries["min.insync.replicas"]["value"])
            sizes: dict[TP, float] = {}
            for broker in self.admin.describe_log_dirs():
                for log_dir in broker["log_dirs"]:
                    for topic in log_dir["topics"]:
                        for partition in topic["partitions"]:
                            tp = (topic["name"], partition["partition_index"])
                            sizes[tp] = max(sizes.get(tp, 0.0), partition["partition_size"] / 1e6)
        return Snapshot(
            brokers=brokers,
            assignment=assignment,
            leaders=leaders,
            size_mb={tp: sizes.get(tp, 0.0) for tp in assignment},
            rate_kb=dict.fromkeys(assignment, 0.0),
            min_isr=min_isr,
        )

    def start_move(self, tp: TP, target: list[int]) -> None:
        with self.lock:
            self.kafka.reassign({tp: list(target)})

    def move_done(self, tp: TP) -> bool:
        with self.lock:
            return tp not in self.kafka.ongoing([tp])

    def cancel_move(self, tp: TP) -> None:
        with self.lock:
            self.kafka.cancel([tp])

    def move_leader(self, tp: TP, ordered: list[int]) -> None:
        """Reorder the replicas (a reassignment to the same set finishes at once), then elect the
        preferred leader."""
        self.start_move(tp, ordered)
        while not self.move_done(tp):
            threading.Event().wait(0.05)
        with self.lock:
            self.kafka.elect_preferred([tp])

    def set_throttle(self, rate: int, moves: list[tuple[TP, list[int], list[int]]]) -> None:
        from msklint.rebalance.kafka_apply import Move

        with self.lock:
            self.throttled = self.kafka.set_throttles(
                rate, [Move(tp, tuple(old), tuple(new)) for tp, old, new in moves]
            )

    def clear_throttle(self) -> None:
        """Remove what set_throttle set (the stand-in does not keep values that were there before)."""
        with self.lock:
            if self.throttled:
                self.kafka.remove_throttles(self.throttled)
            self.throttled = None
