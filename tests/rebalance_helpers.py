"""Helpers for the rebalance tests: crafted plan files and a Cruise Control stand-in per test."""

from __future__ import annotations

import contextlib
import json

from ccstandin.cluster import SyntheticCluster
from ccstandin.server import StandIn
from helpers import run_cli

TIME_SCALE = 0.02  # stand-in and client alike: the server's 5 s are 0.1 s
RACKS = {1: "use1-az1", 2: "use1-az2", 3: "use1-az4", 4: "use1-az1", 5: "use1-az2", 6: "use1-az4"}


def plan_text(
    proposals, endpoint="rebalance", brokers=(), racks=None, topics=None, excluded=None, after=None, cpu=None
):
    """A plan file with one proposal per line: the first proposal is on line 7.

    proposals: (topic, partition, old replicas, new replicas); after: {broker: replicas} after the plan;
    cpu: {broker: (CpuPct before, CpuPct after)}."""
    racks = RACKS if racks is None else racks
    request = {"endpoint": endpoint, "brokers": list(brokers), "options": {"excluded_topics": excluded}}
    cpu = cpu or {}
    before_load = [{"Broker": b, "Replicas": 0, "CpuPct": cpu.get(b, (0, 0))[0]} for b in sorted(racks)]
    after_load = [{"Broker": b, "Replicas": n} for b, n in sorted((after or {}).items())]
    after_load += [
        {"Broker": b, "Replicas": 0, "CpuPct": c[1]} for b, c in sorted(cpu.items()) if b not in (after or {})
    ]
    lines = [
        '{"msklint_plan": 1,',
        f' "request": {json.dumps(request)},',
        f' "racks": {json.dumps({str(b): r for b, r in racks.items()})},',
        f' "topics": {json.dumps(topics or {})},',
        f' "brokers": {json.dumps({"before": before_load, "after": after_load})},',
        ' "proposals": [',
    ]
    entries = [
        json.dumps(
            {"topic": t, "partition": p, "old_leader": old[0], "old_replicas": old, "new_replicas": new}
        )
        for t, p, old, new in proposals
    ]
    lines += [f"  {entry}{',' if i < len(entries) - 1 else ''}" for i, entry in enumerate(entries)]
    lines += [" ]}"]
    return "\n".join(lines) + "\n"


def skewed_cluster(**options) -> SyntheticCluster:
    """Six brokers in three zones; `orders` spread evenly, `skew` piled on brokers 1 and 2."""
    skew = {("skew", p): [1, 2] if p % 2 else [2, 1] for p in range(8)}
    return SyntheticCluster(RACKS, {"orders": (6, 3)}, assignment=skew, min_isr={"orders": 2}, **options)


@contextlib.contextmanager
def running(backend=None, **options):
    """A stand-in on a free port, its server time compressed 50 times (TIME_SCALE); asserts at the end that
    everything said conformed to the OpenAPI files."""
    options = {"tick": 0.02, "max_block": 0.05, "time_scale": TIME_SCALE, **options}
    standin = StandIn(backend if backend is not None else skewed_cluster(), **options)
    standin.start()
    try:
        yield standin
        standin.executor.wait_idle(30)
        assert standin.violations == [], standin.violations
    finally:
        standin.stop()


def cc(standin, *args, **options):
    """The command against the stand-in, the client's pauses compressed as the stand-in's time."""
    return run_cli(
        "rebalance",
        *args,
        "--cruise-control",
        standin.url,
        "--time-scale",
        str(standin.time_scale),
        **options,
    )
