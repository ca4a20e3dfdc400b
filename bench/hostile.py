"""Issue 15's bound on hostile inputs: "no input makes msklint run longer than 10 s or use more than 1 GiB".

    python bench/hostile.py [--cpu 12] [--editable]

Each input is written to bench/out/hostile/ and linted by one `msklint check FILE` child, killed after
--cpu CPU seconds (RLIMIT_CPU: on a loaded machine a wall-clock limit would kill runs that an idle one
finishes; a run killed here used more than 10 s of CPU, so it breaks the bound anywhere) or 10× that in
wall time, and capped at 3 GiB of address space (RLIMIT_AS) so a runaway cannot take the shared machine. Reports wall and CPU time, peak RSS, exit code and the first line of standard error. Not a test:
bench/ measures; the contract tests (helper i15) assert.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import OUT, RUN_VENV, install_msklint, load, machine
from common import run as run_child

LIMIT_S, LIMIT_MIB = 10, 1024
MB = 1_000_000


def alias_bomb(levels: int, width: int = 9) -> str:
    """`levels` anchors, each a list of `width` aliases of the previous one: width**levels leaves."""
    lines = [f"a0: &a0 [{', '.join(['lol'] * width)}]"]
    for level in range(1, levels):
        lines.append(f"a{level}: &a{level} [{', '.join([f'*a{level - 1}'] * width)}]")
    return "\n".join(lines) + "\n"


def big_properties(size: int) -> str:
    line = "log.retention.hours=168\n"
    return line * (size // len(line))


def big_distinct_properties(size: int) -> str:
    lines, total, i = [], 0, 0
    while total < size:
        line = f"custom.setting.{i}=1\n"
        lines.append(line)
        total, i = total + len(line), i + 1
    return "".join(lines)


def big_policy(size: int) -> str:
    statement = {
        "Effect": "Allow",
        "Action": ["kafka-cluster:Connect", "kafka-cluster:DescribeTopic", "kafka-cluster:ReadData"],
        "Resource": "arn:aws:kafka:us-east-1:123456789012:topic/orders/*",
    }
    count = size // len(json.dumps(statement))
    return json.dumps({"Version": "2012-10-17", "Statement": [statement] * count})


def policy_of_clusters(statements: int) -> str:
    """`statements` statements, each on its own cluster: the IAM rules' worst case (no two resources share a
    cluster, so nothing is compared once for many)."""
    arn = "arn:aws:kafka:us-east-1:123456789012"
    items = [
        {
            "Effect": "Allow",
            "Action": ["kafka-cluster:Connect", "kafka-cluster:ReadData", "kafka-cluster:DescribeTopic"],
            "Resource": [f"{arn}:cluster/c{i}/*", f"{arn}:topic/c{i}/*/t"],
        }
        for i in range(statements)
    ]
    return json.dumps({"Version": "2012-10-17", "Statement": items})


def big_topics(size: int) -> str:
    topic = "  - name: t{i}\n    partitions: 6\n    replication_factor: 3\n    config:\n      retention.ms: '604800000'\n"
    count = size // len(topic.format(i=100000))
    return "topics:\n" + "".join(topic.format(i=i) for i in range(count))


def big_terraform(size: int) -> str:
    block = (
        'resource "aws_msk_configuration" "c{i}" {{\n  name = "c{i}"\n  kafka_versions = ["3.6.0"]\n'
        "  server_properties = <<PROPERTIES\nauto.create.topics.enable = false\nPROPERTIES\n}}\n"
    )
    count = size // len(block.format(i=100000))
    return "".join(block.format(i=i) for i in range(count))


CASES = [
    # name, file name, content factory
    ("YAML alias bomb, 6 levels × 9 (531,441 leaves)", "bomb6.yaml", lambda: alias_bomb(6)),
    ("YAML alias bomb, 7 levels × 9 (4.8 M leaves)", "bomb7.yaml", lambda: alias_bomb(7)),
    ("YAML alias bomb, 9 levels × 9 (387 M leaves; issue 15)", "bomb9.yaml", lambda: alias_bomb(9)),
    ("50 MB properties", "big50.properties", lambda: big_properties(50 * MB)),
    ("50 MB IAM JSON", "big50.json", lambda: big_policy(50 * MB)),
    (
        "7.9 MB properties, one key repeated (under the 8 MiB read limit)",
        "big8.properties",
        lambda: big_properties(7_900_000),
    ),
    (
        "7.9 MB properties, 300k distinct unknown keys",
        "big8-distinct.properties",
        lambda: big_distinct_properties(7_900_000),
    ),
    ("1 MB properties, one key repeated 43k times", "big1.properties", lambda: big_properties(1_000_000)),
    ("7.9 MB IAM JSON, 44k statements", "big8.json", lambda: big_policy(7_900_000)),
    (
        "IAM policy at the 1,000-statement bound, each statement its own cluster",
        "bound-iam.json",
        lambda: policy_of_clusters(1000),
    ),
    ("7.9 MB topic YAML, 80k topics", "big8-topics.yaml", lambda: big_topics(7_900_000)),
    ("2 MB Terraform, 10k configurations", "big2.tf", lambda: big_terraform(2_000_000)),
    (
        "Terraform just under the 128 KiB HCL bound (1,100 configurations)",
        "bound.tf",
        lambda: big_terraform(128 * 1024 - 200),
    ),
    ("5 MB single-line JSON string", "line.json", lambda: json.dumps({"Version": "x" * 5 * MB})),
    ("100k-deep JSON nesting", "deep.json", lambda: "[" * 100_000 + "]" * 100_000),
    ("100k-deep YAML flow nesting", "deep.yaml", lambda: "a: " + "[" * 100_000 + "]" * 100_000 + "\n"),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cpu", type=int, default=12, help="CPU seconds before the child is killed")
    parser.add_argument("--editable", action="store_true", help="use this interpreter's msklint")
    parser.add_argument("--reuse", action="store_true", help="use bench/.venv-run as it is")
    parser.add_argument("--ref", help="the msklint of this git ref (e.g. main) instead of the tree")
    parser.add_argument("--only", help="run the cases whose file name contains this")
    args = parser.parse_args()
    if args.editable:
        msklint = str(Path(sys.executable).parent / "msklint")
    elif args.reuse and (RUN_VENV / "bin" / "msklint").exists():
        msklint = str(RUN_VENV / "bin" / "msklint")
    else:
        msklint = str(install_msklint(args.ref) / "msklint")
    folder = OUT / "hostile"
    folder.mkdir(parents=True, exist_ok=True)
    lines = [
        f"## Hostile inputs — {machine(args.ref)}",
        "",
        f"`python bench/hostile.py {' '.join(sys.argv[1:])}`: one `msklint check FILE` each, killed after "
        f"{args.cpu} CPU seconds, address space capped at 3 GiB. Bound (issue 15): {LIMIT_S} s, {LIMIT_MIB} MiB "
        "(judged on CPU seconds: the machine is shared).",
        "",
        "| input | size | wall s | CPU s | peak RSS MiB | exit | within bound | first line of stderr | load |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |",
    ]
    for name, file_name, content in CASES:
        if args.only and args.only not in file_name:
            continue
        path = folder / file_name
        path.write_text(content(), encoding="utf-8")
        before = load().split(" / ")[0]
        sample = run_child(
            [msklint, "check", str(path)], timeout=10 * args.cpu, limit_mib=3072, limit_cpu=args.cpu
        )
        if sample.code is not None and sample.code < 0:  # SIGXCPU / SIGKILL from RLIMIT_CPU
            sample.code = None
        ok = sample.code is not None and sample.cpu <= LIMIT_S and sample.rss_mib <= LIMIT_MIB
        error = (sample.stderr.strip().splitlines() or [""])[0][:110].replace("|", "\\|")
        if "Traceback" in sample.stderr:
            error = "TRACEBACK: " + sample.stderr.strip().splitlines()[-1][:100].replace("|", "\\|")
        code = "killed" if sample.code is None else str(sample.code)
        lines.append(
            f"| {name} | {path.stat().st_size / MB:.1f} MB | {sample.seconds:.1f} | {sample.cpu:.1f} | "
            f"{sample.rss_mib:.0f} | {code} | {'yes' if ok else '**no**'} | {error} | {before} |"
        )
        print(lines[-1], file=sys.stderr)
        path.unlink()
    text = "\n".join(lines)
    print(text)
    name = f"hostile-{time.strftime('%Y%m%d-%H%M%S', time.gmtime())}.md"
    (OUT / name).write_text(text + "\n", encoding="utf-8")
    print(f"\nwritten to bench/out/{name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
