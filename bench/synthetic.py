"""Synthetic cluster metadata for the planner benchmark: brokers in 3 zones, topics of varied partition
counts placed as Kafka places a new topic (rack-alternated broker list, a random start per topic),
RF 3, skewed sizes (log-normal per topic and per partition). Deterministic for a seed."""

from __future__ import annotations

import random

from msklint.rebalance.planner import Cluster

RACKS = ("use1-az1", "use1-az2", "use1-az4")
PARTITION_COUNTS = (1, 3, 6, 12, 24, 50, 100, 200)


def synthetic(brokers: int, partitions: int, seed: int = 1, unused: int = 0, rf: int = 3) -> Cluster:
    """`brokers` in 3 zones (ids 1..brokers, zone by id modulo 3); the last `unused` brokers (one zone
    after another) hold nothing yet, as brokers just added."""
    rng = random.Random(seed)
    racks = {b: RACKS[(b - 1) % len(RACKS)] for b in range(1, brokers + 1)}
    used = list(range(1, brokers - unused + 1))
    # Kafka's rack-alternated list: one broker of each zone in turn
    by_rack = [[b for b in used if racks[b] == rack] for rack in RACKS]
    alternated = [group[i] for i in range(max(map(len, by_rack))) for group in by_rack if i < len(group)]
    n = len(alternated)
    topics, numbers, replicas, sizes = [], [], [], []
    t = 0
    while len(replicas) < partitions:
        count = min(rng.choice(PARTITION_COUNTS), partitions - len(replicas))
        name = f"topic-{t:05d}"
        t += 1
        start, shift = rng.randrange(n), rng.randrange(1, n) if n > 1 else 0
        base = rng.lognormvariate(16, 2)  # a typical partition of this topic: e ** 16 ≈ 9 MB, skewed
        for p in range(count):
            first = alternated[(start + p) % n]
            zone = RACKS.index(racks[first])
            chosen = [first]
            for k in range(1, rf):  # the next zones in turn, a broker further along in each
                members = by_rack[(zone + k) % len(RACKS)]
                at = members.index(first) if first in members else by_rack[zone].index(first)
                b = members[(at + shift + p // n + k) % len(members)]
                while b in chosen:
                    b = members[(members.index(b) + 1) % len(members)]
                chosen.append(b)
            topics.append(name)
            numbers.append(p)
            replicas.append(chosen)
            sizes.append(int(base * rng.lognormvariate(0, 0.5)))
    return Cluster(racks, topics, numbers, replicas, sizes)
