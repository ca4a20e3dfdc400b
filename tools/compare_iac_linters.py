"""msklint vs cfn-lint and checkov on the corpus cluster definitions: which MSK problems each finds, file by file.

Usage: python tools/compare_iac_linters.py [--checkov PATH] [--time N]
  cfn-lint is a dev dependency; checkov is not (install it in a separate virtualenv and pass its `checkov`).
  --time N also runs each tool's command line N times per file and reports the fastest wall time (what a
  user waits, start-up included; the fastest run is the one least disturbed by other load).
Prints a Markdown table; tests/test_iac_comparison.py pins the msklint and cfn-lint columns.

Columns list the distinct rule ids each tool reports on MSK resources (`AWS::MSK::*`, `aws_msk_*`):
cfn-lint runs on CloudFormation templates only; checkov runs all its CloudFormation and Terraform checks
(`--framework cloudformation terraform`) and only its failures on MSK resources are shown. msklint's column
leaves out info findings and includes the IAM and broker-configuration findings inside a template.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
TODAY = "2024-07-01"  # C012 (end of support) fixed, as tests/test_cluster_corpus.py does


def is_cloudformation(path: Path) -> bool:
    text = path.read_text(encoding="utf-8")
    return "AWSTemplateFormatVersion" in text or '"Resources"' in text or "\nResources:" in text


def corpus_files() -> list[Path]:
    templates = [p for p in sorted((CORPUS / "cluster").iterdir()) if is_cloudformation(p)]
    return templates + sorted((CORPUS / "terraform").glob("*.tf"))


def msklint_codes(path: Path) -> list[str]:
    from msklint.config import ClusterContext, Config
    from msklint.engine import lint

    result = lint([str(path)], Config(rule_options={"C012": {"today": TODAY}}), ClusterContext())
    if result.errors:
        return [f"cannot load ({result.errors[0]})"]
    return sorted({f.rule for f in result.findings if f.severity != "info"})


def msk_resource_names(path: Path) -> set[str]:
    from cfnlint.decode import decode

    template, _ = decode(str(path))
    resources = (template or {}).get("Resources", {})
    return {name for name, body in resources.items() if str(body.get("Type", "")).startswith("AWS::MSK::")}


def cfn_lint_ids(path: Path) -> list[str] | None:
    """cfn-lint's rule ids on MSK resources of a CloudFormation template; None for other files."""
    if path.suffix == ".tf":
        return None
    from cfnlint.api import lint_file

    msk = msk_resource_names(path)
    matches = lint_file(path)
    return sorted({m.rule.id for m in matches if m.path[:1] == ["Resources"] and m.path[1] in msk})


def checkov_ids(checkov: str, path: Path) -> list[str]:
    """checkov's failed check ids on MSK resources (all checks run, results filtered to MSK)."""
    completed = subprocess.run(
        checkov_command(checkov, path),
        capture_output=True,
        text=True,
        env={**os.environ, "BC_SKIP_MAPPING": "TRUE"},  # no network look-up of guideline ids
        timeout=300,
    )
    reports = json.loads(completed.stdout)
    failed = set()
    for report in reports if isinstance(reports, list) else [reports]:
        for check in report.get("results", {}).get("failed_checks", []):
            if check["resource"].startswith(("AWS::MSK::", "aws_msk_")):
                failed.add(check["check_id"])
    return sorted(failed)


def checkov_command(checkov: str, path: Path) -> list[str]:
    frameworks = ["--framework", "cloudformation", "terraform"]
    return [checkov, "-f", str(path), *frameworks, "-o", "json", "--quiet", "--compact", "--skip-download"]


def wall_time(command: list[str], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        env = {**os.environ, "BC_SKIP_MAPPING": "TRUE"}
        subprocess.run(command, capture_output=True, env=env, timeout=300, check=False)
        best = min(best, time.perf_counter() - start)
    return best


def timings(path: Path, checkov: str | None, runs: int) -> tuple[float, float | None, float | None]:
    """Fastest of `runs` wall times of each tool's command line on one file, start-up included."""
    bin_dir = Path(sys.executable).parent
    ours = wall_time([str(bin_dir / "msklint"), "check", str(path)], runs)
    cfn = None if path.suffix == ".tf" else wall_time([str(bin_dir / "cfn-lint"), "--", str(path)], runs)
    theirs = wall_time(checkov_command(checkov, path), runs) if checkov else None
    return ours, cfn, theirs


def table(checkov: str | None = None) -> list[tuple[str, list[str], list[str] | None, list[str] | None]]:
    return [
        (
            f"{p.parent.name}/{p.name}",
            msklint_codes(p),
            cfn_lint_ids(p),
            checkov_ids(checkov, p) if checkov else None,
        )
        for p in corpus_files()
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checkov", metavar="PATH", help="the checkov executable (not a project dependency)")
    parser.add_argument(
        "--time", type=int, metavar="N", help="also time each tool's command line (best of N)"
    )
    args = parser.parse_args()
    show = lambda v: "n/a" if v is None else (", ".join(v) or "—")  # noqa: E731
    seconds = lambda v: "n/a" if v is None else f"{v:.2f}"  # noqa: E731
    header = "| file | msklint | cfn-lint | checkov |"
    print(header + (" msklint s | cfn-lint s | checkov s |" if args.time else ""))
    print("|---" * (7 if args.time else 4) + "|")
    for name, ours, cfn, theirs in table(args.checkov):
        row = f"| `{name}` | {show(ours)} | {show(cfn)} | {show(theirs)} |"
        if args.time:
            row += (
                " " + " | ".join(seconds(t) for t in timings(CORPUS / name, args.checkov, args.time)) + " |"
            )
        print(row, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
