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
    ):
        """brokers: id → rack; topics: name → (partitions, replication factor), placed round-robin
        in broker order, which is rack-aware when brokers alternate racks."""
        self.lock = threading.Lock()
        self.brokers = {
            b: Broker(b, rack, f"b-{b}.standin.local", alive=b not in dead) for b, rack in brokers.items()
        }
        ids = sorted(b for b in brokers if b not in dead) or sorted(brokers)
        self.assignment: dict[TP, list[int]] = {}
        start = 0
        for topic, (partitions, rf) in sorted(topics.items()):
            for p in range(partitions):
                self.assignment[(topic, p)] = [ids[(start + p + i) % len(ids)] for i in range(rf)]
            start += 1
        self.leaders = {tp: replicas[0] for tp, replicas in self.assignment.items()}
        self.size_mb = {(t, p): size_mb * (1 + (p + len(t)) % 3) for t, p in self.assignment}
        self.rate_kb = {(t, p): 50.0 + 25 * (p % 4) for t, p in self.assignment}
        self.min_isr = dict(min_isr or {})
        self.ticks_per_move = ticks_per_move
        self.moving: dict[TP, tuple[list[int], int]] = {}  # tp → (target, ticks so far)

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

    def move_leader(self, tp: TP, ordered: list[int]) -> None:
        with self.lock:
            self.assignment[tp] = list(ordered)
            self.leaders[tp] = ordered[0]


class KafkaCluster:
    """A real Kafka cluster through kafka-python's admin client (AlterPartitionReassignments,
    ListPartitionReassignments, ElectLeaders, DescribeLogDirs, DescribeConfigs)."""

    def __init__(self, bootstrap_servers: str, excluded_internal: bool = True):
        from kafka.admin import KafkaAdminClient

        self.lock = threading.Lock()
        self.admin = KafkaAdminClient(bootstrap_servers=bootstrap_servers, client_id="ccstandin")
        self.excluded_internal = excluded_internal

    def close(self) -> None:
        self.admin.close()

    def snapshot(self) -> Snapshot:
        from kafka.admin import ConfigResource, ConfigResourceType

        with self.lock:
            cluster = self.admin.describe_cluster()
            brokers = {
                b["node_id"]: Broker(b["node_id"], b.get("rack"), f"{b['host']}:{b['port']}")
                for b in cluster["brokers"]
            }
            topics = [t for t in self.admin.list_topics() if not (self.excluded_internal and t.startswith("__"))]
            assignment, leaders = {}, {}
            for described in self.admin.describe_topics(topics):
                for partition in described["partitions"]:
                    tp = (described["topic"], partition["partition"])
                    assignment[tp] = list(partition["replicas"])
                    leaders[tp] = partition["leader"]
            resources = [ConfigResource(ConfigResourceType.TOPIC, t) for t in topics]
            min_isr = {}
            if resources:
                for response in self.admin.describe_configs(resources):
                    for resource in response.resources:
                        name, entries = resource[3], resource[4]
                        for entry in entries:
                            if entry[0] == "min.insync.replicas":
                                min_isr[name] = int(entry[1])
            size_mb = self._sizes(brokers)
        return Snapshot(
            brokers=brokers,
            assignment=assignment,
            leaders=leaders,
            size_mb={tp: size_mb.get(tp, 0.0) for tp in assignment},
            rate_kb={tp: 0.0 for tp in assignment},
            min_isr=min_isr,
        )

    def _sizes(self, brokers) -> dict[TP, float]:
        """Largest replica size of each partition in MB, from DescribeLogDirs."""
        sizes: dict[TP, float] = {}
        for broker_id in brokers:
            try:
                response = self.admin.describe_log_dirs(broker_ids=[broker_id])
            except TypeError:
                return {}
            for result in getattr(response, "results", None) or getattr(response, "log_dirs", []):
                for topic in result[2] if isinstance(result, tuple) else result.topics:
                    name, partitions = (topic[0], topic[1]) if isinstance(topic, tuple) else (topic.name, topic.partitions)
                    for partition in partitions:
                        index, size = (
                            (partition[0], partition[1])
                            if isinstance(partition, tuple)
                            else (partition.partition_index, partition.partition_size)
                        )
                        tp = (name, index)
                        sizes[tp] = max(sizes.get(tp, 0.0), size / 1e6)
        return sizes

    def start_move(self, tp: TP, target: list[int]) -> None:
        from kafka import TopicPartition

        with self.lock:
            errors = self.admin.alter_partition_reassignments({TopicPartition(*tp): list(target)})
        failed = {k: v for k, v in errors.items() if v is not None}
        if failed:
            raise RuntimeError(f"reassignment of {tp} refused: {failed}")

    def move_done(self, tp: TP) -> bool:
        from kafka import TopicPartition

        with self.lock:
            ongoing = self.admin.list_partition_reassignments([TopicPartition(*tp)])
        return TopicPartition(*tp) not in ongoing

    def cancel_move(self, tp: TP) -> None:
        from kafka import TopicPartition

        with self.lock:
            self.admin.alter_partition_reassignments({TopicPartition(*tp): None})

    def move_leader(self, tp: TP, ordered: list[int]) -> None:
        from kafka import TopicPartition

        with self.lock:
            self.admin.alter_partition_reassignments({TopicPartition(*tp): list(ordered)})
        while not self.move_done(tp):
            threading.Event().wait(0.05)
        with self.lock:
            self.admin.elect_leaders(0, {tp[0]: [tp[1]]}, raise_errors=False)
