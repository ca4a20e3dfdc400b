"""Benchmarks (not tests) of issue 15: cold start per input kind, throughput, peak memory, and the other
linters on the same inputs. Prints a Markdown table and writes it to bench/out/ (gitignored).

    python bench/run.py                      # everything (≈ 15 min on a loaded 2-core machine)
    python bench/run.py --only cold --runs 15
    python bench/run.py --only throughput --files 10000 --iam 2000
    python bench/run.py --only others        # cfn-lint, checkov, Parliament next to msklint

- msklint runs as a user installs it: `pip install .` into bench/.venv-run (runtime dependencies only,
  bytecode compiled by pip, re-installed from this tree at every run); `--editable` uses this interpreter's
  (editable) install instead, for quick checks: its site start-up (editable finder, dev packages) slows
  `python -c pass` too (31 ms instead of 15 here), so "added" figures read ~15 ms low. Every child runs in
  bench/out with PYTHONDONTWRITEBYTECODE unset.
- Cold start: `msklint check FILE` for one file of each kind and `python -c pass`, interleaved in rounds;
  "added" is the median over rounds of (kind − `python -c pass` of the same round).
- Throughput: one `msklint check FOLDER --format json -o …` over the generated inputs of bench/inputs.py
  (10,000 mixed files, each quarter alone, 2,000 IAM policies); the JSON summary gives files, findings and
  input errors, so a run that silently skipped files would show.
- Peak memory: ru_maxrss of each child (os.wait4).
- Others, same inputs: cfn-lint (dev extra) and checkov (bench/.venv-checkov, created on demand with
  pip from PyPI, pinned in bench/tools.py) on the CloudFormation MSK templates of the corpus; Parliament
  (dev extra) on the 2,000 IAM policies.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import inputs
from common import CHECKOV, CHECKOV_VENV, OUT, ROOT, ensure_venv, install_msklint, load, machine, median, run

TARGET_MS = {"Terraform .tf": 150}  # issue 15: ≤ 100 ms above interpreter start, Terraform ≤ 150 ms


def cold(bin_dir: Path, rounds: int, lines: list[str]) -> None:
    python, msklint = str(bin_dir / "python"), str(bin_dir / "msklint")
    commands = {"`python -c pass`": [python, "-c", "pass"]}
    commands |= {kind: [msklint, "check", str(path)] for kind, path in inputs.COLD.items()}
    for command in commands.values():  # warm the page cache and the bytecode
        run(command)
    samples: dict[str, list] = {label: [] for label in commands}
    before = load()
    for i in range(rounds):
        labels = list(commands)
        labels = labels[i % len(labels) :] + labels[: i % len(labels)]  # rotate: no kind always runs first
        for label in labels:
            samples[label].append(run(commands[label]))
    bare = samples["`python -c pass`"]
    lines += [
        f"### Cold start: one file, median of {rounds} interleaved rounds (load {before} → {load()})",
        "",
        "| input | file | wall ms | added wall ms | CPU ms | added CPU ms | target ms | exit | peak RSS MiB |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for label, runs in samples.items():
        wall = median([s.seconds for s in runs]) * 1000
        cpu = median([s.cpu for s in runs]) * 1000
        rss = median([s.rss_mib for s in runs])
        if label == "`python -c pass`":
            lines.append(f"| {label} | | {wall:.0f} | | {cpu:.0f} | | | 0 | {rss:.0f} |")
            continue
        added = median([s.seconds - b.seconds for s, b in zip(runs, bare, strict=True)]) * 1000
        added_cpu = median([s.cpu - b.cpu for s, b in zip(runs, bare, strict=True)]) * 1000
        target = TARGET_MS.get(label, 100)
        path = inputs.COLD[label].relative_to(ROOT)
        code = runs[-1].code
        if code not in (0, 1) or "Traceback" in runs[-1].stderr:
            code = f"**{code}: {_last_line(runs[-1].stderr)}**"
        lines.append(
            f"| {label} | `{path}` | {wall:.0f} | **{added:.0f}** | {cpu:.0f} | **{added_cpu:.0f}** | {target} "
            f"| {code} | {rss:.0f} |"
        )
    lines.append("")


def lint_folder(msklint: str, folder: Path, label: str, repeat: int) -> tuple[str, dict]:
    report = OUT / f"report-{'-'.join(label.replace(',', '').split())}.json"
    samples = []
    for _ in range(repeat):
        report.unlink(missing_ok=True)  # a stale report must not stand in for a run that failed
        samples.append(run([msklint, "check", str(folder), "--format", "json", "-o", str(report)]))
    summary = json.loads(report.read_text())["summary"] if report.exists() else {}
    wall = median([s.seconds for s in samples])
    cpu = median([s.cpu for s in samples])
    rss = max(s.rss_mib for s in samples)
    files = summary.get("files", 0)
    rate = files / wall if wall and files else 0
    failed = samples[-1].code not in (0, 1) or "Traceback" in samples[-1].stderr
    note = f" **failed: exit {samples[-1].code}, {_last_line(samples[-1].stderr)}**" if failed else ""
    row = (
        f"| {label}{note} | {inputs.describe(folder)} | {wall:.2f} | {cpu:.2f} | {rate:,.0f} | {rss:.0f} | "
        f"{summary.get('findings', '—')} | {summary.get('input_errors', '—')} |"
    )
    return row, summary


def _last_line(text: str) -> str:
    lines = text.strip().splitlines()
    return lines[-1][:120].replace("|", "\\|") if lines else "no output"


def throughput(bin_dir: Path, files: int, iam_files: int, repeat: int, lines: list[str]) -> None:
    msklint = str(bin_dir / "msklint")
    mixed = inputs.mixed(OUT / "inputs" / "mixed", files)
    quarters = {}
    for prefix in ("broker", "topics", "policy", "cluster"):  # each quarter alone, same files
        folder = OUT / "inputs" / f"only-{prefix}"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for path in mixed.glob(f"{prefix}-*"):
            os.link(path, folder / path.name)
        quarters[prefix] = folder
    policies = inputs.iam(OUT / "inputs" / "iam", iam_files)
    before = load()
    rows = [lint_folder(msklint, mixed, f"{files:,} mixed files", repeat)[0]]
    labels = {
        "broker": "broker properties",
        "topics": "topic YAML",
        "policy": "IAM policy JSON",
        "cluster": "create-cluster JSON",
    }
    for prefix, folder in quarters.items():
        rows.append(lint_folder(msklint, folder, f"their {labels[prefix]} alone", repeat)[0])
    rows.append(lint_folder(msklint, policies, f"{iam_files:,} IAM policies", repeat)[0])
    lines += [
        f"### Throughput: one `msklint check FOLDER` (median of {repeat}; load {before} → {load()})",
        "",
        "Target (issue 15): 10,000 mixed files in under 5 s on two cores, under 1 GiB.",
        "",
        "| input | files | wall s | CPU s | files/s (wall) | peak RSS MiB | findings | input errors |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        *rows,
        "",
    ]


def others(bin_dir: Path, iam_files: int, runs: int, lines: list[str]) -> None:
    """msklint, cfn-lint and checkov on the CloudFormation templates; msklint and Parliament on IAM."""
    dev = Path(sys.executable).parent
    checkov = str(ensure_venv(CHECKOV_VENV, CHECKOV) / "checkov")
    templates = inputs.cloudformation(OUT / "inputs" / "cloudformation")
    one_template = templates / inputs.COLD["CloudFormation YAML"].name
    policies = OUT / "inputs" / "iam"
    if len(list(policies.glob("*.json"))) != iam_files:
        inputs.iam(policies, iam_files)
    one_policy = policies / "policy-00000.json"
    each = sorted(templates.iterdir())
    checkov_args = ["--framework", "cloudformation", "-o", "json", "--quiet", "--compact", "--skip-download"]
    tools = {
        "msklint": (
            lambda paths: [str(bin_dir / "msklint"), "check", *map(str, paths)],
            "0.1.0",
        ),
        "cfn-lint": (lambda paths: [str(dev / "cfn-lint"), "--", *map(str, paths)], "1.51.0 (dev extra)"),
        "checkov": (
            lambda paths: [checkov, *[a for p in paths for a in ("-f", str(p))], *checkov_args],
            f"{CHECKOV.split('==')[1]} (bench/.venv-checkov)",
        ),
    }
    before = load()
    rows = []
    for name, (command, version) in tools.items():
        one = [run(command([one_template])) for _ in range(runs)]
        per_file = [run(command([path])).seconds for path in each]
        together = run(command(each))
        rows.append(
            f"| {name} {version} | {median([s.seconds for s in one]):.2f} / {median([s.cpu for s in one]):.2f} "
            f"| {median(per_file):.2f} ({min(per_file):.2f}–{max(per_file):.2f}) | "
            f"{together.seconds:.2f} / {together.cpu:.2f} | "
            f"{max(s.rss_mib for s in one):.0f} / {together.rss_mib:.0f} | "
            f"{together.code}{' (traceback)' if 'Traceback' in together.stderr else ''} |"
        )
    lines += [
        f"### CloudFormation MSK templates: {len(each)} files (corpus + example), load {before} → {load()}",
        "",
        f"One template = `{one_template.name}` (median of {runs}); per file = median over the {len(each)} "
        "templates of one run each (range); together = one run over all of them.",
        "",
        "| tool | one template s, wall / CPU | per file wall s (range) | all together s, wall / CPU "
        "| peak RSS MiB one / together | exit (together) |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
        *rows,
        "",
    ]
    parliament = str(dev / "parliament")
    before = load()
    rows = []
    for name, one_command, all_command in (
        (
            "msklint 0.1.0",
            [str(bin_dir / "msklint"), "check", str(one_policy)],
            [str(bin_dir / "msklint"), "check", str(policies)],
        ),
        (
            "Parliament 1.6.4",
            [parliament, "--file", str(one_policy)],
            [parliament, "--directory", str(policies), "--include_policy_extension", ".json"],
        ),
    ):
        one = [run(one_command) for _ in range(runs)]
        together = run(all_command)
        rows.append(
            f"| {name} | {median([s.seconds for s in one]):.2f} / {median([s.cpu for s in one]):.2f} | "
            f"{together.seconds:.2f} / {together.cpu:.2f} | "
            f"{iam_files / together.seconds:,.0f} | {max(s.rss_mib for s in one):.0f} / {together.rss_mib:.0f} | "
            f"{together.code}{' (traceback)' if 'Traceback' in together.stderr else ''} |"
        )
    lines += [
        f"### IAM policies: the {iam_files:,} generated policies, load {before} → {load()}",
        "",
        "| tool | one policy s, wall / CPU (median) | all in one run s, wall / CPU | policies/s (wall) "
        "| peak RSS MiB one / all | exit (all) |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
        *rows,
        "",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("cold", "throughput", "others"), action="append")
    parser.add_argument("--runs", type=int, default=7, help="cold-start rounds (median)")
    parser.add_argument("--files", type=int, default=10_000, help="mixed files (a quarter per kind)")
    parser.add_argument("--iam", type=int, default=2_000, help="IAM policies")
    parser.add_argument("--repeat", type=int, default=1, help="runs per throughput row (median)")
    parser.add_argument(
        "--editable",
        action="store_true",
        help="use this interpreter's msklint (quick checks only: the editable finder also slows `python -c "
        "pass`, so the added figures read ~15 ms low)",
    )
    parser.add_argument("--ref", help="benchmark the msklint of this git ref (e.g. main) instead of the tree")
    parser.add_argument("--label", default="", help="added to the output file name, e.g. before")
    args = parser.parse_args()
    sections = args.only or ["cold", "throughput", "others"]
    OUT.mkdir(exist_ok=True)
    bin_dir = Path(sys.executable).parent if args.editable else install_msklint(args.ref)
    install = (
        "editable install (this venv)" if args.editable else f"`pip install` of {args.ref or 'this tree'}"
    )
    lines = [
        f"## msklint benchmarks — {machine(args.ref)}",
        "",
        f"msklint: {install}. Command: `python bench/run.py {' '.join(sys.argv[1:])}`. Load average "
        "(1/5/15 min) before → after each section: the machine is shared.",
        "",
    ]
    if "cold" in sections:
        cold(bin_dir, args.runs, lines)
    if "throughput" in sections:
        throughput(bin_dir, args.files, args.iam, args.repeat, lines)
    if "others" in sections:
        others(bin_dir, args.iam, max(3, args.runs // 2), lines)
    text = "\n".join(lines)
    print(text)
    stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
    name = f"bench-{stamp}{'-' + args.label if args.label else ''}.md"
    (OUT / name).write_text(text + "\n", encoding="utf-8")
    print(f"\nwritten to bench/out/{name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
