"""Run `msklint rebalance` for real against the stand-in and show what a user sees: an apply followed to
completion, a watch, a stop. `cd tests && python -m ccstandin.demo` (a synthetic six-broker cluster) or
`python -m ccstandin.demo --kafka` (a real three-broker Kafka started with msklint.testing.kafka; the
stand-in executes through Kafka's reassignment API). Server time is compressed by --time-scale (the
client's pauses too), so a 60 s throttled stop lasts 60 × scale seconds."""

from __future__ import annotations

import argparse
import contextlib
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .cluster import KafkaCluster, SyntheticCluster
from .server import StandIn

RACKS = {1: "use1-az1", 2: "use1-az2", 3: "use1-az4", 4: "use1-az1", 5: "use1-az2", 6: "use1-az4"}


def msklint(standin: StandIn, *args: str, scale: float) -> subprocess.Popen:
    command = ["msklint", "rebalance", *args, "--cruise-control", standin.url, "--time-scale", str(scale)]
    print(f"$ {' '.join(command[:-4])}", flush=True)  # the URL and the test-only scale are not news
    return subprocess.Popen(
        [sys.executable, "-m", "msklint", *command[1:]],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def show(process: subprocess.Popen) -> int:
    out, _ = process.communicate(timeout=300)
    print(out, end="")
    print(f"[exit {process.returncode}]\n", flush=True)
    return process.returncode


def run(standin: StandIn, skew, scale: float, folder: Path, throttle: str) -> None:
    """skew(n): make the cluster unbalanced again (a new topic piled on brokers 1 and 2)."""
    plan = str(folder / "plan.json")
    skew(1)
    show(msklint(standin, "status", scale=scale))
    show(msklint(standin, "plan", "-o", plan, scale=scale))
    show(msklint(standin, "apply", plan, "--yes", scale=scale))

    skew(2)
    show(msklint(standin, "apply", "--yes", "--no-watch", "--replication-throttle", throttle, scale=scale))
    show(msklint(standin, "watch", scale=scale))

    skew(3)
    show(msklint(standin, "apply", "--yes", "--no-watch", "--replication-throttle", throttle, scale=scale))
    while not standin.executor.in_progress:
        time.sleep(0.05)
    started = time.monotonic()
    show(msklint(standin, "stop", scale=scale))
    print(f"(the stop took {time.monotonic() - started:.1f} s: the server's throttled stop, compressed)\n")
    show(msklint(standin, "watch", scale=scale))


def main() -> None:
    parser = argparse.ArgumentParser(prog="ccstandin.demo")
    parser.add_argument("--kafka", action="store_true", help="a real Kafka (msklint.testing.kafka)")
    parser.add_argument("--time-scale", type=float, default=0.05)
    args = parser.parse_args()
    scale = args.time_scale
    with tempfile.TemporaryDirectory() as folder, contextlib.ExitStack() as stack:
        folder = Path(folder)
        if args.kafka:
            from msklint.testing.kafka import running_cluster

            cluster = stack.enter_context(running_cluster(folder / "kafka", brokers=3))
            backend = KafkaCluster(cluster.bootstrap)
            stack.callback(backend.close)

            def skew(n: int) -> None:
                from kafka import KafkaProducer

                name = f"demo-{n}"
                with cluster.admin() as admin:
                    admin.create_topics(
                        {name: {"assignments": {p: [1, 2] if p % 2 else [2, 1] for p in range(6)}}}
                    )
                time.sleep(1)
                producer = KafkaProducer(bootstrap_servers=cluster.bootstrap, acks="all", linger_ms=20)
                for partition in range(6):
                    for _ in range(200):  # 2 MB per partition
                        producer.send(name, b"x" * 10_000, partition=partition)
                producer.flush()
                producer.close()

            throttle = "400000"  # B/s: a 2 MB replica takes about five seconds
            tick = 0.1
        else:
            backend = SyntheticCluster(RACKS, {"orders": (6, 3)}, min_isr={"orders": 2}, ticks_per_move=80)

            def skew(n: int) -> None:
                with backend.lock:
                    for p in range(8):
                        tp = (f"skew-{n}", p)
                        backend.assignment[tp] = [1, 2] if p % 2 else [2, 1]
                        backend.leaders[tp] = backend.assignment[tp][0]
                        backend.size_mb[tp] = 100.0
                        backend.rate_kb[tp] = 50.0

            throttle = "10000000"
            tick = 0.1
        standin = StandIn(backend, tick=tick, max_block=0.5, time_scale=scale)
        standin.start()
        stack.callback(standin.stop)
        print(f"# Cruise Control stand-in at {standin.url} ({'real Kafka' if args.kafka else 'synthetic'} "
              f"cluster), server time × {scale}\n", flush=True)  # fmt: skip
        run(standin, skew, scale, folder, throttle)


main()
