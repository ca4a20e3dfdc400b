"""Apply a reviewed plan exactly, through Kafka's own reassignment API (KIP-455), without Cruise Control.

Cruise Control re-optimises when it executes; `msklint rebalance apply PLAN --via-kafka` instead replays
the plan's proposals as they were reviewed: the new replica lists, the first replica being the leader.

1. refuse unless every partition the plan moves still has the plan's "before" replicas (as a set:
   Cruise Control lists the current leader first, Kafka the preferred one), every target broker is in the
   cluster, and no reassignment is in flight anywhere in the cluster;
2. with a throttle, set it as kafka-reassign-partitions does: `leader.replication.throttled.rate` and
   `follower.replication.throttled.rate` on every broker involved, and on every topic involved
   `leader.replication.throttled.replicas` (the old replicas) and `follower.replication.throttled.replicas`
   (the added ones), both as `partition:broker` lists;
3. submit AlterPartitionReassignments, keeping at most N partitions in flight (default: all at once);
4. follow ListPartitionReassignments (`follow`, the one polling loop) until Kafka's metadata shows the
   planned replica lists (a partition that went back to its old replicas was cancelled from elsewhere:
   an error);
5. elect the preferred leaders of the moved partitions, and remove the throttles it set.

`stop` cancels every reassignment in flight (AlterPartitionReassignments with a null target: Kafka returns
the partitions to their old replicas) and removes the throttle settings from every broker and topic that
has them. Like kafka-reassign-partitions, removing a throttle does not restore a value set before.

`Kafka` holds the operations themselves; the Cruise Control stand-in of the tests executes with them too.
kafka-python is imported inside the methods, so importing this module stays cheap.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from msklint.findings import InputError
from msklint.record import field, record

TP = tuple[str, int]
THROTTLE_RATES = ("leader.replication.throttled.rate", "follower.replication.throttled.rate")
THROTTLED_REPLICAS = ("leader.replication.throttled.replicas", "follower.replication.throttled.replicas")
ELECTION_NOT_NEEDED = 84
METADATA_GRACE = 5.0  # seconds Metadata may lag the controller before old replicas mean "cancelled"


class KafkaApplyError(InputError):
    """Kafka refused a reassignment or a setting: one line for the user, exit code 2."""


@record(frozen=True)
class Move:
    tp: TP
    old: tuple[int, ...]
    new: tuple[int, ...]  # ordered: the first replica is the preferred leader

    @property
    def name(self) -> str:
        return f"{self.tp[0]}-{self.tp[1]}"

    @property
    def moves_replicas(self) -> bool:
        return set(self.old) != set(self.new)


@record
class Throttles:
    """Where throttle settings were made (brokers get the rates, topics the throttled replicas)."""

    brokers: list[int] = field(factory=list)
    topics: list[str] = field(factory=list)

    def __bool__(self) -> bool:
        return bool(self.brokers or self.topics)


def moves_from(proposals) -> list[Move]:
    """The plan's proposals that change something (a replica set or its order)."""
    return [
        Move((p.topic, p.partition), tuple(p.old), tuple(p.new))
        for p in proposals
        if tuple(p.old) != tuple(p.new)
    ]


class Kafka:
    """The reassignment operations on one kafka-python admin client (not thread-safe: callers that share
    it between threads lock around it)."""

    def __init__(self, admin):
        self.admin = admin

    @classmethod
    def connect(cls, connection) -> Kafka:
        """With the same options as `msklint check --bootstrap-server` (msklint.live.Connection)."""
        from msklint.live import admin_client

        return cls(admin_client(connection))

    def close(self) -> None:
        self.admin.close()

    def assignment(self, topics: list[str]) -> dict[TP, list[int]]:
        """The replicas of every partition of these topics, as Metadata reports them."""
        return {
            (topic["name"], partition["partition_index"]): list(partition["replica_nodes"])
            for topic in self.admin.describe_topics(sorted(topics))
            if not topic["error_code"]
            for partition in topic["partitions"]
        }

    def reassign(self, targets: dict[TP, list[int] | None]) -> None:
        """AlterPartitionReassignments; a None target cancels. Raises naming the partitions Kafka refused."""
        from kafka import TopicPartition

        if not targets:
            return
        answer = self.admin.alter_partition_reassignments(
            {TopicPartition(*tp): None if target is None else list(target) for tp, target in targets.items()}
        )
        refused = {f"{tp.topic}-{tp.partition}": error for tp, error in answer.items() if error is not None}
        if refused:
            shown = ", ".join(f"{name} ({_error_name(error)})" for name, error in sorted(refused.items())[:5])
            more = f" and {len(refused) - 5} more" if len(refused) > 5 else ""
            raise KafkaApplyError(f"Kafka refused the reassignment of {shown}{more}")

    def ongoing(self, tps: list[TP] | None = None) -> set[TP]:
        """The partitions (of these, or all) with a reassignment in flight (ListPartitionReassignments)."""
        from kafka import TopicPartition

        asked = None if tps is None else [TopicPartition(*tp) for tp in tps]
        return {(tp.topic, tp.partition) for tp in self.admin.list_partition_reassignments(asked)}

    def cancel(self, tps) -> None:
        self.reassign(dict.fromkeys(tps))

    def elect_preferred(self, tps: list[TP]) -> dict[TP, str]:
        """Preferred leader election; the partitions whose election failed, with Kafka's reason."""
        by_topic: dict[str, list[int]] = {}
        for topic, partition in tps:
            by_topic.setdefault(topic, []).append(partition)
        if not by_topic:
            return {}
        answer = self.admin.elect_leaders(0, by_topic, raise_errors=False)
        failed = {}
        for result in answer.replica_election_results:
            for partition in result.partition_result:
                if partition.error_code not in (0, ELECTION_NOT_NEEDED):
                    failed[(result.topic, partition.partition_id)] = partition.error_message or _error_name(
                        partition.error_code
                    )
        return failed

    def set_throttles(self, rate: int, moves: list[Move]) -> Throttles:
        """As kafka-reassign-partitions: the rate on every broker of a move, and the moving replicas as the
        topics' throttled replicas (leaders: the old replicas; followers: the added ones)."""
        from kafka.admin import AlterConfigOp, ConfigResource

        moving = [move for move in moves if move.moves_replicas]
        brokers = sorted({b for move in moving for b in {*move.old, *move.new}})
        leaders: dict[str, set[str]] = {}
        followers: dict[str, set[str]] = {}
        for move in moving:
            (topic, partition) = move.tp
            leaders.setdefault(topic, set()).update(f"{partition}:{b}" for b in move.old)
            followers.setdefault(topic, set()).update(
                f"{partition}:{b}" for b in move.new if b not in move.old
            )
        rates = {key: (AlterConfigOp.SET, str(rate)) for key in THROTTLE_RATES}
        resources = [ConfigResource("BROKER", str(b), dict(rates)) for b in brokers]
        for topic in sorted(leaders):
            replicas = {
                THROTTLED_REPLICAS[0]: (AlterConfigOp.SET, ",".join(sorted(leaders[topic]))),
                THROTTLED_REPLICAS[1]: (AlterConfigOp.SET, ",".join(sorted(followers[topic]))),
            }
            resources.append(ConfigResource("TOPIC", topic, replicas))
        throttles = Throttles(brokers, sorted(leaders))
        if resources:
            self._alter_configs(resources)
        return throttles

    def remove_throttles(self, throttles: Throttles) -> None:
        from kafka.admin import AlterConfigOp, ConfigResource

        delete = (AlterConfigOp.DELETE, None)
        resources = [
            ConfigResource("BROKER", str(b), dict.fromkeys(THROTTLE_RATES, delete)) for b in throttles.brokers
        ]
        resources += [
            ConfigResource("TOPIC", t, dict.fromkeys(THROTTLED_REPLICAS, delete)) for t in throttles.topics
        ]
        if resources:
            self._alter_configs(resources)

    def find_throttles(self) -> Throttles:
        """Every broker and topic on which a replication throttle is set (for `stop`, which did not set them)."""
        from kafka.admin import ConfigResource

        brokers = [b["broker_id"] for b in self.admin.describe_cluster()["brokers"]]
        topics = self.admin.list_topics()
        resources = [ConfigResource("BROKER", str(b), list(THROTTLE_RATES)) for b in brokers]
        resources += [ConfigResource("TOPIC", t, list(THROTTLED_REPLICAS)) for t in topics]
        described = self.admin.describe_configs(resources, config_filter="all")

        def throttled(entries: dict) -> bool:
            return any(
                entry.get("value") and entry.get("config_source", "").startswith("DYNAMIC")
                for entry in entries.values()
            )

        return Throttles(
            sorted(int(b) for b, entries in described.get("broker", {}).items() if throttled(entries)),
            sorted(t for t, entries in described.get("topic", {}).items() if throttled(entries)),
        )

    def _alter_configs(self, resources) -> None:
        answer = self.admin.alter_configs(resources, incremental=True, raise_on_unknown=False)
        failed = [
            f"{kind} {name}: {result}"
            for kind, results in answer.items()
            for name, result in results.items()
            if result != "OK"
        ]
        if failed:
            raise KafkaApplyError(f"Kafka refused the throttle settings on {'; '.join(failed)}")


def _error_name(error) -> str:
    if isinstance(error, int):
        from kafka.errors import for_code

        error = for_code(error)
    return getattr(error, "__name__", str(error))


# applying ---------------------------------------------------------------------------------------------


def changed_since_plan(kafka: Kafka, moves: list[Move]) -> list[str]:
    """The moved partitions whose live replicas are no longer the plan's "before" (empty: safe to apply)."""
    live = kafka.assignment(sorted({move.tp[0] for move in moves}))
    changed = []
    for move in moves:
        replicas = live.get(move.tp)
        if replicas is None:
            changed.append(f"{move.name}: no longer exists")
        elif sorted(replicas) != sorted(move.old):
            changed.append(f"{move.name}: the plan says {list(move.old)}, Kafka has {replicas}")
    return changed


def missing_brokers(kafka: Kafka, moves: list[Move]) -> list[int]:
    """Brokers the plan moves replicas to that the cluster does not list (or lists as fenced)."""
    live = {
        b["broker_id"] for b in kafka.admin.describe_cluster()["brokers"] if not b.get("is_fenced", False)
    }
    return sorted({b for move in moves for b in move.new} - live)


def follow(
    kafka: Kafka,
    moves: list[Move],
    limit: int | None,
    max_wait: float,
    poll: float,
    progress: Callable[[int, int, int], None],
) -> None:
    """Submit the moves, at most `limit` in flight, and poll ListPartitionReassignments (backing off from
    0.2 s to `poll` s while nothing changes) until Kafka has finished all of them and its metadata shows
    the planned replica lists. `progress(done, in_flight, total)` is called whenever that changes."""
    pending = list(moves)
    in_flight: set[TP] = set()
    deadline = time.monotonic() + max_wait
    wait, last, settled = min(0.2, poll), None, 0.0
    while True:
        if in_flight:
            in_flight &= kafka.ongoing(sorted(in_flight))
        room = len(pending) if limit is None else max(limit - len(in_flight), 0)
        batch, pending = pending[:room], pending[room:]
        if batch:
            kafka.reassign({move.tp: list(move.new) for move in batch})
            in_flight |= {move.tp for move in batch}
            in_flight &= kafka.ongoing(sorted(in_flight))  # reordering alone finishes at once
        now = (len(moves) - len(pending) - len(in_flight), len(in_flight), len(moves))
        if now != last:
            progress(*now)
            last, wait = now, min(0.2, poll)
        if not pending and not in_flight:
            live = kafka.assignment(sorted({move.tp[0] for move in moves}))
            lagging = [move for move in moves if live.get(move.tp) != list(move.new)]
            if not lagging:  # (Metadata can lag the controller for a moment)
                return
            reverted = [
                m.name for m in lagging if m.moves_replicas and sorted(live.get(m.tp, ())) == sorted(m.old)
            ]
            settled = settled or time.monotonic()
            if reverted and time.monotonic() - settled > METADATA_GRACE:
                raise KafkaApplyError(
                    f"the reassignment of {', '.join(reverted[:5])} was cancelled: Kafka shows the old replicas"
                )
        if time.monotonic() > deadline:
            if not pending and not in_flight:
                raise KafkaApplyError(
                    "Kafka finished reassigning, but its metadata shows other replicas for "
                    + ", ".join(move.name for move in lagging[:5])
                )
            raise TimeoutError(
                f"{len(in_flight) + len(pending)} of {len(moves)} partitions not moved after {max_wait:g} s"
            )
        time.sleep(wait)
        wait = min(wait * 2, poll)


def stop(kafka: Kafka, throttles: Throttles | None = None) -> tuple[list[TP], Throttles]:
    """Cancel every reassignment in flight and remove the throttles: those given (apply removes its own),
    else every one found (`msklint rebalance stop`, which did not set them). Returns what it did."""
    cancelled = sorted(kafka.ongoing())
    kafka.cancel(cancelled)
    throttles = kafka.find_throttles() if throttles is None else throttles
    kafka.remove_throttles(throttles)
    return cancelled, throttles
