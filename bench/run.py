"""Benchmarks (not tests): start-up cost and throughput of `msklint check`.

    python bench/run.py [--runs 20] [--files 1000]

1. Cold start: `msklint check one.properties` against `python -c pass`, both run as fresh processes with
   this interpreter; the median difference is what msklint adds to interpreter start.
2. Throughput: one `msklint check` over a folder of N broker configuration files made from the corpus.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "properties"
SAMPLE = ROOT / "examples" / "broker" / "good.properties"
# one file of every other input kind: start-up there includes YAML/JSON Schema/HCL parsing
KINDS = {
    "topics YAML": ROOT / "examples" / "topics" / "good" / "topics.yaml",
    "IAM policy JSON": ROOT / "examples" / "iam" / "good.json",
    "create-cluster JSON": ROOT / "examples" / "cluster" / "good-create-cluster.json",
    "CloudFormation YAML": ROOT / "examples" / "cluster" / "good-cloudformation.yaml",
    "Terraform .tf": ROOT / "examples" / "cluster" / "bad-terraform.tf",
}


# As installed: Python caches bytecode (some shells set PYTHONDONTWRITEBYTECODE, which recompiles every
# module on every run and adds ~100 ms that no user sees).
ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def timed(command: list[str], runs: int) -> float:
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=ENV)
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=ENV)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--files", type=int, default=1000)
    args = parser.parse_args()
    python = sys.executable

    bare = timed([python, "-c", "pass"], args.runs)
    one = timed([python, "-m", "msklint", "check", str(SAMPLE)], args.runs)
    print(f"python -c pass:                  {bare * 1000:7.1f} ms (median of {args.runs})")
    print(f"msklint check one.properties:    {one * 1000:7.1f} ms")
    print(f"added to interpreter start:      {(one - bare) * 1000:7.1f} ms")
    for label, path in KINDS.items():
        added = timed([python, "-m", "msklint", "check", str(path)], args.runs) - bare
        print(f"  added for one {label + ':':<22}{added * 1000:7.1f} ms")

    sources = sorted(CORPUS.glob("*.properties")) or [SAMPLE]
    with tempfile.TemporaryDirectory() as folder:
        for i in range(args.files):
            shutil.copy(sources[i % len(sources)], Path(folder) / f"config-{i:04d}.properties")
        start = time.perf_counter()
        subprocess.run(
            [python, "-m", "msklint", "check", folder], stdout=subprocess.DEVNULL, check=False, env=ENV
        )
        elapsed = time.perf_counter() - start
    print(
        f"{args.files} files in one run:          {elapsed * 1000:7.1f} ms ({args.files / elapsed:,.0f} files/s)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
