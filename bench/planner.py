"""Benchmark (not a test): msklint's planner against Apache Kafka's own `kafka-reassign-partitions
--generate`, on the same synthetic metadata.

    python bench/planner.py [--sizes 30:10000,100:100000,300:1000000] [--scenarios balance,drain]
                            [--no-kafka] [--heap 4g] [--json FILE]

Metadata (bench/synthetic.py): brokers in 3 zones, topics of 1-200 partitions placed as Kafka places new
topics, RF 3, log-normal (skewed) sizes. Scenarios:
- balance: the last 3 brokers (one per zone) were just added and hold nothing; msklint `--strategy
  balance`, Kafka `--generate --broker-list <all brokers>`;
- drain: the fewest highest-numbered brokers (at least one per zone) whose removal leaves the zones
  equal; msklint `--strategy drain --brokers ...`, Kafka `--generate --broker-list <the others>`.

msklint runs as `python -m msklint rebalance plan ... --metadata FILE --kafka-json OUT` (the whole
command: reading and validating the file, planning, the plan check, writing). Kafka runs as
tools/kafka/ReassignGenerate.java: `ReassignPartitionsCommand.generateAssignment`, the public static method
behind `--generate`, on an Admin answering from the same file (the main class needs a live cluster for the
current assignment; tests/test_rebalance_planner_kafka.py runs the real main class against the harness
cluster). Both proposals are scored by the same code: replica moves (replicas added to a broker), their ratio
to the lower bound (msklint.rebalance.planner), max-min replicas and leaders per broker, zone violations,
wall and CPU time, peak resident memory of the process.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from msklint.rebalance import metadata, planner  # noqa: E402
from synthetic import RACKS, synthetic  # noqa: E402


def drain_set(cluster) -> list[int]:
    ids = sorted(cluster.brokers, reverse=True)
    for k in range(3, len(ids)):
        kept = ids[k:]
        per_zone = [sum(cluster.brokers[b] == rack for b in kept) for rack in RACKS]
        if len(set(per_zone)) == 1:
            return sorted(ids[:k])
    raise ValueError("no even drain")


def measured(command: list[str]) -> dict:
    """Run a child and read its resource usage (wait4 on the pid, not communicate's waitpid)."""
    start = time.monotonic()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen(command, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        wall = time.monotonic() - start
        out.seek(0)
        err.seek(0)
        return {
            "out": out.read(),
            "err": err.read(),
            "code": process.returncode,
            "wall": wall,
            "cpu": usage.ru_utime + usage.ru_stime,
            "rss_mb": usage.ru_maxrss / 1024,
        }


def score(cluster, proposal: dict[tuple[str, int], list[int]], bound: int, drained: list[int]) -> dict:
    """The same figures for any proposal: applied to the cluster's current assignment."""
    index = {(cluster.topics[p], cluster.partitions[p]): p for p in range(len(cluster))}
    new = {}
    for key, replicas in proposal.items():
        p = index[key]
        if replicas != cluster.replicas[p]:
            new[p] = replicas
    result = planner.Result("scored", new, bound, drained=drained)
    facts = planner.summary(cluster, result)
    return {
        "moves": facts["replica_moves"],
        "leader_changes": facts["leader_changes"],
        "ratio": facts["replica_moves"] / bound if bound else None,
        "spread_replicas": facts["spread"]["replicas"],
        "spread_in_zone": facts["spread"]["replicas_within_zone"],
        "spread_leaders": facts["spread"]["leaders"],
        "zone_violations": facts["zone_violations"]["after"],
        "left_on_drained": sum(b in drained for p, r in enumerate(cluster.replicas) for b in new.get(p, r)),
    }


def kafka_json(path: Path) -> dict[tuple[str, int], list[int]]:
    return {(p["topic"], p["partition"]): p["replicas"] for p in json.loads(path.read_text())["partitions"]}


def compile_driver(folder: Path) -> str:
    from msklint.testing.jars import tools_classpath

    classpath = tools_classpath()
    subprocess.run(
        [
            "javac",
            "-nowarn",
            "-cp",
            classpath,
            "-d",
            str(folder),
            str(ROOT / "tools" / "kafka" / "ReassignGenerate.java"),
        ],
        check=True,
        capture_output=True,
    )
    return f"{folder}{os.pathsep}{classpath}"


def bench(sizes, scenarios, with_kafka: bool, heap: str) -> list[dict]:
    rows = []
    with tempfile.TemporaryDirectory(prefix="msklint-bench-") as tmp:
        folder = Path(tmp)
        classpath = compile_driver(folder / "classes") if with_kafka else None
        for brokers, partitions in sizes:
            for scenario in scenarios:
                cluster = synthetic(
                    brokers, partitions, seed=brokers, unused=3 if scenario == "balance" else 0
                )
                source = folder / f"metadata-{brokers}.json"
                source.write_text(metadata.dumps(cluster))
                drained = drain_set(cluster) if scenario == "drain" else []
                kept = [b for b in sorted(cluster.brokers) if b not in drained]
                options = ["--brokers", ",".join(map(str, drained))] if drained else []
                # the bound, from the planner itself (in this process, not timed)
                bound = planner.plan(cluster, scenario, brokers=drained).lower_bound
                label = f"{brokers} brokers / {partitions:,} partitions"
                target = folder / "msklint.json"
                run_ = measured(
                    [sys.executable, "-m", "msklint", "rebalance", "plan", "--strategy", scenario,
                     "--metadata", str(source), *options, "--kafka-json", str(target), "--format", "json"]
                )  # fmt: skip
                if run_["code"] not in (0, 1):
                    raise RuntimeError(f"msklint failed: {run_['err']}")
                rows.append(
                    {"case": label, "scenario": scenario, "tool": "msklint", "bound": bound,
                     **score(cluster, kafka_json(target), bound, drained), **_times(run_)}
                )  # fmt: skip
                print(json.dumps(rows[-1]), flush=True)
                if with_kafka:
                    target = folder / "kafka.json"
                    run_ = measured(
                        ["java", f"-Xmx{heap}", "-cp", classpath, "ReassignGenerate", str(source),
                         ",".join(map(str, kept)), str(target)]
                    )  # fmt: skip
                    if run_["code"] != 0:
                        rows.append({"case": label, "scenario": scenario, "tool": "kafka --generate",
                                     "error": run_["err"].strip().splitlines()[-1:]})  # fmt: skip
                    else:
                        generate = json.loads(run_["err"].strip().splitlines()[-1])["generate_ms"] / 1000
                        rows.append(
                            {"case": label, "scenario": scenario, "tool": "kafka --generate", "bound": bound,
                             **score(cluster, kafka_json(target), bound, drained), **_times(run_),
                             "compute_s": generate}
                        )  # fmt: skip
                    print(json.dumps(rows[-1]), flush=True)
                del cluster
    return rows


def _times(run_: dict) -> dict:
    return {"wall_s": round(run_["wall"], 2), "cpu_s": round(run_["cpu"], 2), "rss_mb": round(run_["rss_mb"])}


def table(rows: list[dict]) -> str:
    head = (
        "| case | scenario | tool | replica moves | lower bound | ratio | max−min replicas (in a zone) "
        "| max−min leaders | zone violations | wall s | CPU s | peak MB |"
    )
    lines = [head, "|" + "---|" * 12]
    for r in rows:
        if "error" in r:
            lines.append(
                f"| {r['case']} | {r['scenario']} | {r['tool']} | failed: {' '.join(r['error'])} |" + " |" * 8
            )
            continue
        ratio = f"{r['ratio']:.3f}" if r["ratio"] is not None else "-"
        compute = f" ({r['compute_s']:.1f} in generate)" if "compute_s" in r else ""
        lines.append(
            f"| {r['case']} | {r['scenario']} | {r['tool']} | {r['moves']:,} | {r['bound']:,} | {ratio} "
            f"| {r['spread_replicas']} ({r['spread_in_zone']}) | {r['spread_leaders']} | {r['zone_violations']} "
            f"| {r['wall_s']}{compute} | {r['cpu_s']} | {r['rss_mb']} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="30:10000,100:100000,300:1000000")
    parser.add_argument("--scenarios", default="balance,drain")
    parser.add_argument("--no-kafka", action="store_true", help="msklint only")
    parser.add_argument("--heap", default="4g", help="maximum heap of Kafka's tool (default 4g)")
    parser.add_argument("--json", metavar="FILE", help="also write the rows here")
    args = parser.parse_args()
    sizes = [tuple(int(x) for x in size.split(":")) for size in args.sizes.split(",")]
    rows = bench(sizes, args.scenarios.split(","), not args.no_kafka, args.heap)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1) + "\n")
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
