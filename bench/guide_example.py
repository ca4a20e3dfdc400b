"""The guide's broker-removal example ("Prepare to remove brokers by removing all partitions"), on a real
Kafka: what `kafka-reassign-partitions --generate` (the real main class) proposes and what msklint's drain
moves instead.

    python bench/guide_example.py

A six-broker harness cluster, two brokers per zone (brokers 1, 4 in use1-az1; 2, 5 in use1-az2; 3, 6 in
use1-az4), with the example's four topics placed by Kafka itself when created: __amazon_msk_canary (1
partition), __consumer_offsets (created by Kafka on first use; the harness makes it 6 partitions),
the MSK Connect offsets topic (25 partitions, Connect's default) and msk-brk-rmv (2 partitions, as in the
example's --verify output), all RF 3. The example keeps brokers 1, 2, 3: Kafka's tool with topics.json
(all but the canary, as in step 3) and `--broker-list 1,2,3 --generate`, msklint with `rebalance plan
--strategy drain --brokers 4,5,6`. Both proposals are scored as bench/planner.py scores them.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from msklint.rebalance import metadata, planner  # noqa: E402
from planner import score  # noqa: E402

from msklint.testing.jars import tools_classpath  # noqa: E402
from msklint.testing.kafka import running_cluster  # noqa: E402

CONNECT = "__amazon_msk_connect_offsets_my-mskc-connector_12345678-09e7-c657f7e4ff32-2"
TOPICS = {"__amazon_msk_canary": 1, CONNECT: 25, "msk-brk-rmv": 2}


def generate(bootstrap: str, folder: Path, names: list[str]) -> dict:
    topics = folder / "topics.json"
    topics.write_text(json.dumps({"topics": [{"topic": n} for n in names], "version": 1}))
    output = subprocess.run(
        ["java", "-cp", tools_classpath(), "org.apache.kafka.tools.reassign.ReassignPartitionsCommand",
         "--bootstrap-server", bootstrap, "--topics-to-move-json-file", str(topics), "--broker-list", "1,2,3",
         "--generate"],
        capture_output=True, text=True, check=True, timeout=300,
    ).stdout  # fmt: skip
    proposed = output.split("Proposed partition reassignment configuration")[1].strip().splitlines()[0]
    return {(p["topic"], p["partition"]): p["replicas"] for p in json.loads(proposed)["partitions"]}


def main() -> int:
    from kafka.admin import NewTopic

    with tempfile.TemporaryDirectory(prefix="msklint-guide-") as tmp:
        folder = Path(tmp)
        with running_cluster(folder / "kafka", brokers=6, controllers=3) as cluster:
            with cluster.admin() as admin:
                admin.create_topics([NewTopic(name, count, 3) for name, count in TOPICS.items()])
                for _ in range(60):  # FindCoordinator makes Kafka create __consumer_offsets
                    try:
                        admin.describe_groups(["guide-example"])
                        break
                    except Exception:
                        time.sleep(1)
            source = folder / "metadata.json"
            for _ in range(100):
                subprocess.run(
                    [sys.executable, "-m", "msklint", "rebalance", "snapshot", "--bootstrap-server", cluster.first,
                     "-o", str(source)],
                    check=True, capture_output=True,
                )  # fmt: skip
                cluster_ = metadata.load(str(source))
                if "__consumer_offsets" in cluster_.topics and len(cluster_) == sum(TOPICS.values()) + 6:
                    break
            names = sorted({t for t in cluster_.topics if t != "__amazon_msk_canary"})
            kafka = generate(cluster.first, folder, names)
            target = folder / "msklint.json"
            subprocess.run(
                [sys.executable, "-m", "msklint", "rebalance", "plan", "--strategy", "drain", "--brokers", "4,5,6",
                 "--metadata", str(source), "--kafka-json", str(target)],
                check=True, capture_output=True,
            )  # fmt: skip
            ours = {
                (p["topic"], p["partition"]): p["replicas"]
                for p in json.loads(target.read_text())["partitions"]
            }
    bound = planner.plan(cluster_, "drain", brokers=[4, 5, 6]).lower_bound
    replicas = sum(len(r) for r in cluster_.replicas)
    print(
        f"{len(cluster_)} partitions, {replicas} replicas, {bound} of them on brokers 4-6 (canary excluded)"
    )
    print(
        "| tool | replica moves | ratio to the bound | partitions changed | leader changes "
        "| max−min leaders on 1-3 | zone violations | replicas left on 4-6 (the canary's) |"
    )
    print("|---|---|---|---|---|---|---|---|")
    index = {(t, p): i for i, (t, p) in enumerate(zip(cluster_.topics, cluster_.partitions, strict=True))}
    for name, proposal in (("kafka-reassign-partitions --generate", kafka), ("msklint drain", ours)):
        scored = score(cluster_, proposal, bound, [4, 5, 6])
        changed = sum(r != cluster_.replicas[index[key]] for key, r in proposal.items())
        print(
            f"| {name} | {scored['moves']} | {scored['ratio']:.2f} | {changed} | {scored['leader_changes']} "
            f"| {scored['spread_leaders']} "
            f"| {scored['zone_violations']} "
            f"| {scored['left_on_drained']} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
