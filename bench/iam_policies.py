"""2,000 small generated IAM policies in one `msklint check` run: wall time and fnmatchcase calls.

    python bench/iam_policies.py [--count 2000]

A benchmark, not a test (issue 15: action-pattern expansion against the catalog). It runs the CLI in a
fresh process under cProfile and prints the run's wall time and how often fnmatch.fnmatchcase was called.
"""

from __future__ import annotations

import argparse
import json
import pstats
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ACTIONS = [
    "kafka-cluster:Connect",
    "kafka-cluster:Describe*",
    "kafka-cluster:*Topic*",
    "kafka-cluster:ReadData",
    "kafka-cluster:WriteData",
    "kafka-cluster:AlterGroup",
    "kafka:Describe*",
    "kafka:List*",
    "kafka:GetBootstrapBrokers",
    "kafkaconnect:*",
    "kafka-cluster:AlterCluster*",
    "kafka:Update*",
]


def policy(number: int, rng: random.Random) -> dict:
    region, account = "us-east-1", "123456789012"
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": f"S{number}x{i}",
                "Effect": "Allow",
                "Action": rng.sample(ACTIONS, 3),
                "Resource": f"arn:aws:kafka:{region}:{account}:cluster/c{number}/*",
            }
            for i in range(2)
        ],
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=2000)
    args = parser.parse_args()
    rng = random.Random(15)
    with tempfile.TemporaryDirectory() as folder:
        for number in range(args.count):
            Path(folder, f"p{number:05}.json").write_text(json.dumps(policy(number, rng)))
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "msklint", "check", folder, "-o", f"{folder}/out.txt"], check=False
        )
        wall = time.perf_counter() - started
        profile = Path(folder, "profile")
        command = [
            "-m",
            "cProfile",
            "-o",
            str(profile),
            "-m",
            "msklint",
            "check",
            folder,
            "-o",
            f"{folder}/o",
        ]
        subprocess.run([sys.executable, *command], check=False)
        stats = pstats.Stats(str(profile))
        calls = sum(v[1] for k, v in stats.stats.items() if k[2] == "fnmatchcase")
    print(
        f"{args.count} IAM policies in one run: {wall:.2f} s ({args.count / wall:.0f} files/s); fnmatchcase calls: {calls:,}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
