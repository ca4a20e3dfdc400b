"""msklint's own reassignment planner: drain brokers, balance, repair zone spread, change the replication
factor — with the fewest replica moves, for clusters without Cruise Control.

Pure Python and deterministic (the same metadata and options give the same plan). Input: a `Cluster`
(msklint.rebalance.metadata reads it from a file or a live cluster); output: a `Result` with the new
replica list of every partition that changes (the first replica is the preferred leader).

Strategies
----------
- drain (brokers D): every replica of the partitions in scope goes off D, each one to a broker in the
  same zone when that zone keeps brokers (else to a zone the partition lacks), the least loaded first;
  then leadership is balanced. MSK's own `__amazon_msk_canary` and `__amazon_msk_canary_state` stay
  where they are: MSK moves them itself ("Prepare to remove brokers by removing all partitions"). MSK
  removes brokers only evenly from every zone ("Remove a broker"), so a drain that leaves the zones with
  unequal broker counts is refused unless `allow_uneven`.
- balance: replica counts per broker within one, then leader counts within one (leader swaps: a
  reordering of the replica list, no data moves). When every partition in scope has exactly one replica
  per zone (RF = number of zones, spread), each zone holds one replica of every partition whatever the
  plan does, so counts are balanced within each zone; otherwise across all brokers. With sizes, the
  replicas moved are picked so that bytes follow, then pairs are exchanged while a broker's bytes are
  more than BYTES_TOLERANCE above its group's mean, within a budget of 2 % of the lower bound in extra
  moves (a heavy tail of partition sizes can make the tolerance unreachable at any reasonable cost).
- rack-aware: a partition whose replicas cover fewer zones than min(RF, zones) moves the fewest
  replicas needed (duplicates in one zone, never the leader when avoidable) to the least loaded brokers
  of the zones it lacks.
- replication-factor (rf N, topics): adds replicas in the zones the partition has fewest of (least
  loaded broker first), or removes them (never the leader) from the zones it has most of.

Every strategy keeps replicas in place unless moving them is the point, never lowers a partition's
distinct zones below min(RF, zones) when it was there (nor below what it had), never puts two replicas
of a partition on one broker, changes the replication factor only in the replication-factor strategy,
and with `max_replicas` (the guide's partitions-per-broker recommendation for the broker size) never
moves a replica onto a broker that holds that many already.

Lower bound (reported as `lower_bound`, the fewest replica moves any plan reaching the target needs;
a replica move is one replica added to a broker that did not hold the partition):
- drain: the in-scope replicas on the drained brokers (each must go somewhere, one move each).
- balance: replica counts within one in a group of n brokers holding T replicas means every broker ends
  at floor(T/n) or ceil(T/n), exactly T mod n of them at the ceiling. A move lowers one broker's count
  by one, so a plan needs at least sum(max(0, count - target)) moves with the ceilings given to the
  brokers that hold most (the best choice). This is at least the surplus above the ceiling of the mean.
  Groups are the zones when RF equals the number of zones (zone totals cannot change), else the cluster.
- rack-aware: sum over partitions of min(RF, zones) minus the zones it covers (a move adds one zone).
- replication-factor: the replicas added (removing a replica moves no data).
The plan's ratio to the bound is reported; drain, rack-aware and replication-factor meet it exactly,
balance does unless a move is impossible (a zone or the partitions-per-broker limit) or bytes need
exchanges.
"""

from __future__ import annotations

import heapq
import re
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from itertools import chain
from operator import itemgetter

from msklint.rebalance import STRATEGIES

from msklint.findings import InputError
from msklint.record import field, record

CANARIES = ("__amazon_msk_canary", "__amazon_msk_canary_state")
BYTES_TOLERANCE = 0.10  # balance: bytes per broker at most 10 % above the group mean when sizes are known


class PlanError(InputError):
    """The strategy cannot be applied to this cluster: one line, exit code 2."""


@record
class Cluster:
    """Compact metadata: parallel lists per partition (1M partitions fit in a few hundred MB)."""

    brokers: dict[int, str | None]  # id -> rack (zone)
    topics: list[str]  # per partition (the same str object for all partitions of a topic)
    partitions: list[int]
    replicas: list[list[int]]  # the first replica is the preferred leader
    sizes: list[int] | None = None  # bytes per partition, None when unknown

    def __len__(self) -> int:
        return len(self.replicas)


@record
class Result:
    strategy: str
    new: dict[int, list[int]]  # partition index -> new replica list (only partitions that change)
    lower_bound: int
    drained: list[int] = field(factory=list)
    left_to_msk: list[int] = field(factory=list)  # canary partitions left on drained brokers
    unfixable: list[int] = field(factory=list)  # partitions the strategy could not repair
    notes: list[str] = field(factory=list)


def plan(
    cluster: Cluster,
    strategy: str,
    brokers: Iterable[int] = (),
    topics: str | None = None,
    rf: int | None = None,
    allow_uneven: bool = False,
    max_replicas: int | None = None,
) -> Result:
    if strategy not in STRATEGIES:
        raise PlanError(f"unknown strategy {strategy!r} (one of {', '.join(STRATEGIES)})")
    brokers = sorted(set(brokers))
    if brokers and strategy != "drain":
        raise PlanError("--brokers names the brokers to drain: it is for --strategy drain")
    if strategy == "drain" and not brokers:
        raise PlanError("drain needs --brokers IDS (the brokers to empty)")
    if (rf is None) != (strategy != "replication-factor"):
        raise PlanError("--rf N goes with --strategy replication-factor (and it needs it)")
    unknown = [b for b in brokers if b not in cluster.brokers]
    if unknown:
        raise PlanError(f"--brokers: broker {unknown[0]} is not in the cluster")
    racks = cluster.brokers.values()
    if any(racks) and not all(racks):
        missing = next(b for b, r in sorted(cluster.brokers.items()) if not r)
        raise PlanError(f"broker {missing} has no rack while others have one: zones are unknown")
    if strategy == "rack-aware" and not all(racks):
        raise PlanError("rack-aware needs every broker's rack (broker.rack, MSK's Availability Zone ID)")
    try:
        pattern = re.compile(topics) if topics else None
    except re.error as error:
        raise PlanError(f"--topics: not a regular expression: {error}") from None
    planner = _Planner(cluster, set(brokers), pattern, max_replicas)
    if strategy == "drain":
        return planner.drain(allow_uneven)
    if strategy == "balance":
        return planner.balance()
    if strategy == "rack-aware":
        return planner.rack_aware()
    return planner.replication_factor(rf)


def zone_violations(cluster: Cluster, replicas: list[list[int]] | None = None, drained=()) -> int:
    """Partitions whose replicas cover fewer zones than min(RF, zones of the brokers not drained)."""
    racks = cluster.brokers
    if not racks or not all(racks.values()):
        return 0
    zones = len({r for b, r in racks.items() if b not in drained}) or 1
    count = 0
    for replicas_ in replicas if replicas is not None else cluster.replicas:
        if len({racks[b] for b in replicas_}) < min(len(replicas_), zones):
            count += 1
    return count


def lower_bound_balance(counts: list[int], movable: list[int] | None = None) -> int:
    """Fewest moves to bring these counts within one of each other (see the module docstring); a broker
    gives at most its `movable` replicas (the others are out of scope: the target may then be out of
    reach, and the bound counts what can move)."""
    n, total = len(counts), sum(counts)
    if not n:
        return 0
    low, ceilings = divmod(total, n)
    movable = movable if movable is not None else counts
    ordered = sorted(zip(counts, movable, strict=True), reverse=True)
    return sum(min(m, max(0, c - (low + 1 if i < ceilings else low))) for i, (c, m) in enumerate(ordered))


class _Planner:
    def __init__(self, cluster: Cluster, drained: set[int], pattern, max_replicas: int | None):
        self.c = cluster
        self.drained = drained
        self.max_replicas = max_replicas
        self.replicas = cluster.replicas
        self.sizes = cluster.sizes
        self.new: dict[int, list[int]] = {}
        self.ids = sorted(cluster.brokers)
        names = sorted({r for r in cluster.brokers.values() if r})
        # without racks every broker is in one zone: then nothing is a zone violation
        self.zone = {b: (names.index(r) if r else 0) for b, r in cluster.brokers.items()}
        self.has_zones = bool(names)
        loads = broker_loads(cluster)
        self.count = {b: load["replicas"] for b, load in loads.items()}
        self.leaders = {b: load["leaders"] for b, load in loads.items()}
        self.bytes = {b: load["bytes"] for b, load in loads.items()}
        scope = {
            topic: topic not in CANARIES and (pattern is None or pattern.fullmatch(topic) is not None)
            for topic in dict.fromkeys(cluster.topics)
        }
        self.movable = bytearray(map(scope.__getitem__, cluster.topics))
        self.live = [b for b in self.ids if b not in drained]
        self.zones = len({self.zone[b] for b in self.live})

    # helpers ------------------------------------------------------------------------------------------

    def _current(self, p: int) -> list[int]:
        return self.new.get(p) or self.replicas[p]

    def _writable(self, p: int) -> list[int]:
        replicas = self.new.get(p)
        if replicas is None:
            replicas = self.new[p] = list(self.replicas[p])
        return replicas

    def _size(self, p: int) -> int:
        return self.sizes[p] if self.sizes is not None else 0

    def _move(self, p: int, src: int, dst: int) -> None:
        replicas = self._writable(p)
        i = replicas.index(src)
        replicas[i] = dst
        size = self._size(p)
        self.count[src] -= 1
        self.count[dst] += 1
        self.bytes[src] -= size
        self.bytes[dst] += size
        if i == 0:
            self.leaders[src] -= 1
            self.leaders[dst] += 1

    def _full(self, b: int) -> bool:
        return self.max_replicas is not None and self.count[b] >= self.max_replicas

    def _distinct(self, replicas) -> int:
        zone = self.zone
        return len({zone[b] for b in replicas})

    def _wanted(self, replicas) -> int:
        return min(len(replicas), self.zones)

    def _keeps_spread(self, replicas, src: int, dst: int) -> bool:
        if not self.has_zones or self.zone[src] == self.zone[dst]:
            return True
        before = self._distinct(replicas)
        after = self._distinct([dst if b == src else b for b in replicas])
        return after >= min(before, self._wanted(replicas))

    def _least_loaded(self, candidates: Iterable[int], exclude) -> int | None:
        best = None
        for b in candidates:
            if b in exclude or self._full(b):
                continue
            key = (self.count[b], self.bytes[b], b)
            if best is None or key < best:
                best = key
        return None if best is None else best[2]

    def _result(self, strategy: str, bound: int, **extra) -> Result:
        changed = {p: r for p, r in self.new.items() if r != self.replicas[p]}
        return Result(strategy, dict(sorted(changed.items())), bound, **extra)

    # drain --------------------------------------------------------------------------------------------

    def drain(self, allow_uneven: bool) -> Result:
        if not self.live:
            raise PlanError("drain: no broker would be left")
        if self.has_zones and not allow_uneven:
            names = sorted({r for r in self.c.brokers.values() if r})
            per_zone = {name: 0 for name in names}
            for b in self.live:
                per_zone[self.c.brokers[b]] += 1
            if len(set(per_zone.values())) > 1:
                shown = ", ".join(f"{n} {z}" for z, n in per_zone.items())
                raise PlanError(
                    f"drain: the zones would keep unequal broker counts ({shown}); MSK removes brokers "
                    "evenly from every zone (--allow-uneven for other clusters)"
                )
        by_zone: dict[int, list[int]] = {}
        for b in self.live:
            by_zone.setdefault(self.zone[b], []).append(b)
        heaps = {z: [(self.count[b], self.bytes[b], b) for b in members] for z, members in by_zone.items()}
        for heap in heaps.values():
            heapq.heapify(heap)
        drained, bound, canaries = self.drained, 0, []
        for p, replicas in enumerate(self.replicas):
            if not any(b in drained for b in replicas):
                continue
            if not self.movable[p]:
                if self.c.topics[p] in CANARIES:
                    canaries.append(p)
                continue
            if len(replicas) > len(self.live):
                raise PlanError(
                    f"drain: {self.c.topics[p]}-{self.c.partitions[p]} has {len(replicas)} replicas, "
                    f"only {len(self.live)} brokers would be left"
                )
            for src in [b for b in replicas if b in drained]:
                bound += 1
                current = self._current(p)
                others = [b for b in current if b != src]
                covered = {self.zone[b] for b in others}
                zones = sorted(
                    by_zone,
                    key=lambda z, src=src: (z in covered, z != self.zone[src], z),
                )
                dst = None
                for z in zones:
                    dst = self._pop_least(heaps[z], current)
                    if dst is not None:
                        break
                if dst is None:
                    raise PlanError(
                        f"drain: no broker can take {self.c.topics[p]}-{self.c.partitions[p]}"
                        + (
                            f" (all hold {self.max_replicas} replicas, the recommended limit)"
                            if self.max_replicas
                            else ""
                        )
                    )
                self._move(p, src, dst)
                heapq.heappush(heaps[self.zone[dst]], (self.count[dst], self.bytes[dst], dst))
        self._balance_leaders(self.live)
        return self._result("drain", bound, drained=sorted(drained), left_to_msk=canaries)

    def _pop_least(self, heap: list, exclude) -> int | None:
        """The least loaded broker of a zone heap not in `exclude` (popped; the caller pushes it back)."""
        aside, found = [], None
        while heap:
            count, size, b = heapq.heappop(heap)
            if count != self.count[b] or size != self.bytes[b]:
                heapq.heappush(heap, (self.count[b], self.bytes[b], b))  # stale entry
                continue
            if b in exclude or self._full(b):
                aside.append((count, size, b))
                continue
            found = b
            break
        for entry in aside:
            heapq.heappush(heap, entry)
        return found

    # balance ------------------------------------------------------------------------------------------

    def _groups(self) -> list[list[int]]:
        """Zones when every movable partition has exactly one replica in each zone, else all brokers."""
        if self.has_zones:
            zone, zones = self.zone, self.zones
            per_zone = all(
                len(r) == zones and len({zone[b] for b in r}) == zones
                for p, r in enumerate(self.replicas)
                if self.movable[p]
            )
            if per_zone:
                groups: dict[int, list[int]] = {}
                for b in self.live:
                    groups.setdefault(zone[b], []).append(b)
                return [groups[z] for z in sorted(groups)]
        return [list(self.live)]

    def balance(self) -> Result:
        on: dict[int, array] = {b: array("i") for b in self.ids}
        for p, replicas in enumerate(self.replicas):
            if self.movable[p]:
                for b in replicas:
                    on[b].append(p)
        bound, stuck = 0, []
        for group in self._groups():
            group_bound = lower_bound_balance([self.count[b] for b in group], [len(on[b]) for b in group])
            bound += group_bound
            stuck += self._balance_group(group, on)
            if self.sizes is not None:
                self._balance_bytes(group, on, group_bound // 100)
        self._balance_leaders(self.live)
        notes = (
            [f"brokers {', '.join(map(str, sorted(set(stuck))))} could not reach their target"]
            if stuck
            else []
        )
        return self._result("balance", bound, notes=notes)

    def _targets(self, group: list[int], counts: dict[int, int]) -> dict[int, int]:
        low, ceilings = divmod(sum(counts[b] for b in group), len(group))
        ordered = sorted(group, key=lambda b: (-counts[b], b))
        return {b: low + (1 if i < ceilings else 0) for i, b in enumerate(ordered)}

    def _balance_group(self, group: list[int], on: dict[int, array]) -> list[int]:
        target = self._targets(group, self.count)
        if self.max_replicas is not None:
            target = {b: min(t, self.max_replicas) if self.count[b] < t else t for b, t in target.items()}
        sources = [b for b in group if self.count[b] > target[b]]
        sinks = [(-(target[b] - self.count[b]), self.bytes[b], b) for b in group if self.count[b] < target[b]]
        heapq.heapify(sinks)
        mean_bytes = sum(self.bytes[b] for b in group) / len(group)
        stuck = []
        for src in sorted(sources, key=lambda b: (-(self.count[b] - target[b]), b)):
            candidates = [p for p in on[src] if src in self._current(p)]
            if self.sizes is not None:
                candidates.sort(key=self.sizes.__getitem__)
                keys = [self.sizes[p] for p in candidates]
            taken = bytearray(len(candidates))
            while self.count[src] > target[src] and sinks:
                aside, moved = [], False
                while sinks and not moved:
                    entry = heapq.heappop(sinks)
                    dst = entry[2]
                    if self.count[dst] >= target[dst]:
                        continue
                    if self.sizes is not None:
                        left = self.count[src] - target[src]
                        want_src = max(0.0, (self.bytes[src] - mean_bytes) / left)
                        want_dst = max(0.0, (mean_bytes - self.bytes[dst]) / (target[dst] - self.count[dst]))
                        start = bisect_left(keys, (want_src + want_dst) / 2)
                    else:
                        start = 0
                    p = self._pick(candidates, taken, start, src, dst)
                    if p is None:
                        aside.append(entry)
                        continue
                    self._move(p, src, dst)
                    on[dst].append(p)
                    moved = True
                    if self.count[dst] < target[dst]:
                        heapq.heappush(sinks, (-(target[dst] - self.count[dst]), self.bytes[dst], dst))
                for entry in aside:
                    heapq.heappush(sinks, entry)
                if not moved:
                    stuck.append(src)
                    break
        return stuck

    def _pick(self, candidates: list[int], taken: bytearray, start: int, src: int, dst: int) -> int | None:
        """The candidate nearest `start` (by size order) that can move from src to dst."""
        n = len(candidates)
        low, high = start - 1, start
        while low >= 0 or high < n:
            for i in (high, low):
                if 0 <= i < n and not taken[i]:
                    p = candidates[i]
                    current = self._current(p)
                    if src in current and dst not in current and self._keeps_spread(current, src, dst):
                        taken[i] = 1
                        return p
            low, high = low - 1, high + 1
        return None

    def _balance_bytes(self, group: list[int], on: dict[int, array], swaps: int) -> None:
        """Exchange a big partition of the heaviest broker with a smaller one of the lightest (two moves,
        the counts unchanged) while the heaviest is more than BYTES_TOLERANCE above the group's mean, at
        most `swaps` times (the budget that keeps the plan within 1.02 x the lower bound)."""
        mean = sum(self.bytes[b] for b in group) / len(group)
        if mean <= 0 or len(group) < 2:
            return
        held: dict[int, list[tuple[int, int]]] = {}  # broker -> (size, partition) sorted, built when needed

        def holding(b: int) -> list[tuple[int, int]]:
            if b not in held:
                held[b] = sorted({(self.sizes[p], p) for p in on[b] if b in self._current(p)})
            return held[b]

        for _ in range(swaps):
            heavy = max(group, key=lambda b: (self.bytes[b], -b))
            light = min(group, key=lambda b: (self.bytes[b], b))
            gap = self.bytes[heavy] - self.bytes[light]
            if self.bytes[heavy] <= mean * (1 + BYTES_TOLERANCE) or gap <= 0:
                return
            big, small = holding(heavy), holding(light)
            best = None
            for size_p, p in reversed(big[-64:]):
                current = self._current(p)
                if light in current or not self._keeps_spread(current, heavy, light):
                    continue
                # exchanging p and q closes the gap best when size(p) - size(q) is about gap / 2
                i = bisect_left(small, (size_p - gap / 2,))
                for j in (i - 1, i, i + 1):
                    if 0 <= j < len(small):
                        size_q, q = small[j]
                        delta = size_p - size_q
                        other = self._current(q)
                        if 0 < delta < gap and heavy not in other and self._keeps_spread(other, light, heavy):
                            score = abs(gap / 2 - delta)
                            if best is None or score < best[0]:
                                best = (score, p, q)
            if best is None:
                return
            _, p, q = best
            self._move(p, heavy, light)
            self._move(q, light, heavy)
            for b, gone, came in ((heavy, p, q), (light, q, p)):
                entries = held[b]
                del entries[bisect_left(entries, (self.sizes[gone], gone))]
                entries.insert(bisect_left(entries, (self.sizes[came], came)), (self.sizes[came], came))
                on[b].append(came)

    # leaders ------------------------------------------------------------------------------------------

    def _balance_leaders(self, brokers: list[int]) -> None:
        """Preferred leaders within one per broker, by reordering replica lists (no data moves): shift
        leadership along a path broker → partition it leads → follower, to a broker below its target."""
        if not brokers:
            return
        members = set(brokers)
        led: dict[int, list[int]] = {b: [] for b in brokers}
        for p in range(len(self.replicas)):
            if self.movable[p]:
                leader = self._current(p)[0]
                if leader in members:
                    led[leader].append(p)
        target = self._targets(brokers, self.leaders)
        for src in sorted(brokers, key=lambda b: (-(self.leaders[b] - target[b]), b)):
            while self.leaders[src] > target[src]:
                path = self._leader_path(src, target, led, members)
                if path is None:
                    break
                for p, follower in path:
                    replicas = self._writable(p)
                    old = replicas[0]
                    i = replicas.index(follower)
                    replicas[0], replicas[i] = follower, old
                    self.leaders[old] -= 1
                    self.leaders[follower] += 1
                    led[follower].append(p)

    def _leader_path(self, src, target, led, members) -> list[tuple[int, int]] | None:
        parent: dict[int, tuple[int, int] | None] = {src: None}
        frontier = [src]
        while frontier:
            following = []
            for b in frontier:
                for p in led[b]:
                    replicas = self._current(p)
                    if replicas[0] != b:
                        continue
                    for f in replicas[1:]:
                        if f in parent or f not in members:
                            continue
                        parent[f] = (b, p)
                        if self.leaders[f] < target[f]:
                            path, node = [], f
                            while parent[node] is not None:
                                prev, q = parent[node]
                                path.append((q, node))
                                node = prev
                            return list(reversed(path))
                        following.append(f)
            frontier = following
        return None

    # rack-aware ---------------------------------------------------------------------------------------

    def rack_aware(self) -> Result:
        bound, unfixable = 0, []
        for p, replicas in enumerate(self.replicas):
            if not self.movable[p]:
                continue
            wanted, have = self._wanted(replicas), self._distinct(replicas)
            if have >= wanted:
                continue
            bound += wanted - have
            seen: set[int] = set()
            duplicates = []
            for b in replicas:
                if self.zone[b] in seen:
                    duplicates.append(b)
                else:
                    seen.add(self.zone[b])
            # move the duplicates on the most loaded brokers first (the leader is kept: it came first)
            duplicates.sort(key=lambda b: (-self.count[b], b))
            for src in duplicates[: wanted - have]:
                current = self._current(p)
                covered = {self.zone[b] for b in current if b != src}
                dst = self._least_loaded((b for b in self.live if self.zone[b] not in covered), set(current))
                if dst is None:
                    unfixable.append(p)
                    break
                self._move(p, src, dst)
        notes = (
            [f"{len(unfixable)} partition(s) could not be spread (no room in the zones they lack)"]
            if unfixable
            else []
        )
        return self._result("rack-aware", bound, unfixable=unfixable, notes=notes)

    # replication factor -------------------------------------------------------------------------------

    def replication_factor(self, rf: int) -> Result:
        if rf < 1:
            raise PlanError(f"--rf must be at least 1, got {rf}")
        if rf > len(self.live):
            raise PlanError(f"--rf {rf}: the cluster has only {len(self.live)} brokers")
        bound = 0
        for p, replicas in enumerate(self.replicas):
            if not self.movable[p] or len(replicas) == rf:
                continue
            current = self._writable(p)
            while len(current) < rf:
                per_zone: dict[int, int] = {}
                for b in current:
                    per_zone[self.zone[b]] = per_zone.get(self.zone[b], 0) + 1
                fewest = min(per_zone.get(self.zone[b], 0) for b in self.live if b not in current)
                dst = self._least_loaded(
                    (b for b in self.live if per_zone.get(self.zone[b], 0) == fewest), set(current)
                )
                if dst is None:
                    raise PlanError(
                        f"--rf {rf}: no broker can take another replica of "
                        f"{self.c.topics[p]}-{self.c.partitions[p]}"
                    )
                current.append(dst)
                self.count[dst] += 1
                self.bytes[dst] += self._size(p)
                bound += 1
            while len(current) > rf:
                per_zone = {}
                for b in current:
                    per_zone[self.zone[b]] = per_zone.get(self.zone[b], 0) + 1
                victim = max(current[1:], key=lambda b: (per_zone[self.zone[b]], self.count[b], b))
                current.remove(victim)
                self.count[victim] -= 1
                self.bytes[victim] -= self._size(p)
        return self._result("replication-factor", bound)


# summary ----------------------------------------------------------------------------------------------


def broker_loads(cluster: Cluster, new: dict[int, list[int]] | None = None) -> dict[int, dict[str, int]]:
    """Replicas, leaders and bytes per broker, before (new=None) or after the plan."""
    replicas = Counter(chain.from_iterable(cluster.replicas))
    leaders = Counter(map(itemgetter(0), cluster.replicas))
    held = dict.fromkeys(cluster.brokers, 0)
    if cluster.sizes is not None:
        for r, size in zip(cluster.replicas, cluster.sizes, strict=True):
            for b in r:
                held[b] += size
    for p, changed in (new or {}).items():
        old, size = cluster.replicas[p], cluster.sizes[p] if cluster.sizes is not None else 0
        replicas.subtract(old)
        replicas.update(changed)
        leaders[old[0]] -= 1
        leaders[changed[0]] += 1
        for b in old:
            held[b] -= size
        for b in changed:
            held[b] += size
    return {
        b: {"replicas": replicas[b], "leaders": leaders[b], "bytes": held[b]} for b in sorted(cluster.brokers)
    }


def summary(cluster: Cluster, result: Result, before: dict | None = None) -> dict:
    """What `--format json` prints (and the plan file keeps under `summary`). `before`: broker_loads
    already computed."""
    moves = leader_changes = removed = moved_bytes = 0
    sizes = cluster.sizes
    for p, replicas in result.new.items():
        old = cluster.replicas[p]
        added = len(set(replicas) - set(old))
        moves += added
        removed += max(0, len(old) - len(replicas))
        leader_changes += replicas[0] != old[0]
        moved_bytes += added * (sizes[p] if sizes is not None else 0)
    before = before or broker_loads(cluster)
    after = {b: dict(load) for b, load in before.items()}
    for p, replicas in result.new.items():
        old, size = cluster.replicas[p], sizes[p] if sizes is not None else 0
        for b in old:
            after[b]["replicas"] -= 1
            after[b]["bytes"] -= size
        for b in replicas:
            after[b]["replicas"] += 1
            after[b]["bytes"] += size
        after[old[0]]["leaders"] -= 1
        after[replicas[0]]["leaders"] += 1
    violations = zone_violations(cluster, drained=result.drained)
    changed_before = zone_violations(cluster, [cluster.replicas[p] for p in result.new], result.drained)
    changed_after = zone_violations(cluster, list(result.new.values()), result.drained)
    kept = [b for b in sorted(cluster.brokers) if b not in set(result.drained)]
    zones = sorted({cluster.brokers[b] or "" for b in kept})
    return {
        "strategy": result.strategy,
        "replica_moves": moves,
        "leader_changes": leader_changes,
        "replicas_removed": removed,
        "bytes_to_move": moved_bytes if sizes is not None else None,
        "lower_bound": result.lower_bound,
        "ratio": round(moves / result.lower_bound, 4) if result.lower_bound else (1.0 if not moves else None),
        "partitions_changed": len(result.new),
        "drained_brokers": result.drained,
        "left_to_msk": [f"{cluster.topics[p]}-{cluster.partitions[p]}" for p in result.left_to_msk],
        "zone_violations": {"before": violations, "after": violations - changed_before + changed_after},
        "spread": {
            "replicas": _spread(after, kept, "replicas"),
            "leaders": _spread(after, kept, "leaders"),
            "replicas_within_zone": max(
                (
                    _spread(after, [b for b in kept if (cluster.brokers[b] or "") == z], "replicas")
                    for z in zones
                ),
                default=0,
            ),
        },
        "brokers": [
            {"id": b, "rack": cluster.brokers[b], "before": before[b], "after": after[b]}
            for b in sorted(cluster.brokers)
        ],
        "notes": result.notes,
    }


def _spread(loads: dict, brokers: list[int], key: str) -> int:
    values = [loads[b][key] for b in brokers]
    return max(values) - min(values) if values else 0
