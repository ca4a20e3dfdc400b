"""Where msklint's time goes: import times per input kind, and function profiles of the big runs.
Raw output goes to bench/out/profile/; bench/PROFILE.md is the reading of it.

    python bench/profile.py                       # everything below
    python bench/profile.py --only imports --runs 5
    python bench/profile.py --only functions --files 10000 --iam 2000

- imports: `python -X importtime -m msklint check FILE` for one file of each kind (bench/inputs.COLD),
  `--runs` times; per top-level package (msklint split by sub-package, msklint.rules by kind) the median
  of the summed self times, and the slowest single imports by cumulative time.
- functions: cProfile (deterministic, every call; inflates many small calls) and pyinstrument (sampling,
  dev extra) of one run each over the 10,000 mixed files and the 2,000 IAM policies of bench/inputs.py,
  and cProfile of one file of each kind (what a single-file run spends after its imports).
Everything runs in bench/.venv-run (msklint installed as a user has it; `--ref main` profiles another
git ref, `--editable` this interpreter); pyinstrument (dev extra) is added to that venv when needed.
"""

from __future__ import annotations

import argparse
import pstats
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import inputs
from common import ENV, OUT, RUN_VENV, install_msklint, load, machine, median

PROFILE = OUT / "profile"
PYINSTRUMENT = "pyinstrument==5.1.3"  # as in the dev extra
PYTHON = sys.executable  # replaced in main() by bench/.venv-run's
LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")


def group(module: str) -> str:
    parts = module.split(".")
    if parts[0] == "msklint" and len(parts) > 1:
        if parts[1] == "rules" and len(parts) > 2:
            return f"msklint.rules.{parts[2].split('_')[0]}_*"
        return ".".join(parts[:2])
    return parts[0]


def importtime(kind: str, path: Path, runs: int) -> list[str]:
    by_group_runs: list[dict[str, float]] = []
    slowest: dict[str, list[float]] = defaultdict(list)
    totals = []
    for i in range(runs):
        completed = subprocess.run(
            [PYTHON, "-X", "importtime", "-m", "msklint", "check", str(path)],
            capture_output=True,
            text=True,
            env=ENV,
            cwd=OUT,
            check=False,
        )
        if i == 0:
            (PROFILE / f"importtime-{kind.split()[0].lower()}.txt").write_text(completed.stderr)
        by_group: dict[str, float] = defaultdict(float)
        for match in LINE.finditer(completed.stderr):
            self_us, cumulative_us, indent, module = match.groups()
            by_group[group(module)] += int(self_us) / 1000
            if len(indent) <= 3:  # top-level imports and their direct children
                slowest[module].append(int(cumulative_us) / 1000)
        by_group_runs.append(by_group)
        totals.append(sum(by_group.values()))
    groups = {g: median([run.get(g, 0.0) for run in by_group_runs]) for g in set().union(*by_group_runs)}
    top_groups = sorted(groups.items(), key=lambda item: -item[1])[:12]
    top_imports = sorted(((median(v), m) for m, v in slowest.items() if len(v) == runs), reverse=True)[:10]
    return [
        f"### {kind} (`{path.relative_to(inputs.ROOT)}`): imports {median(totals):.0f} ms in total "
        f"(median of {runs}, load {load()})",
        "",
        "by package (self time summed, ms): "
        + ", ".join(f"{name} {ms:.0f}" for name, ms in top_groups if ms >= 1),
        "",
        "slowest imports (cumulative ms): " + ", ".join(f"{m} {ms:.0f}" for ms, m in top_imports),
        "",
    ]


def cprofile(label: str, target: Path, top: int) -> list[str]:
    stats_file = PROFILE / f"cprofile-{label}.prof"
    subprocess.run(
        [PYTHON, "-m", "cProfile", "-o", str(stats_file), "-m", "msklint", "check", str(target)],
        stdout=subprocess.DEVNULL,
        env=ENV,
        cwd=OUT,
        check=False,
    )
    text_file = PROFILE / f"cprofile-{label}.txt"
    with text_file.open("w") as handle:
        stats = pstats.Stats(str(stats_file), stream=handle)
        stats.sort_stats("cumulative").print_stats(top)
        stats.sort_stats("tottime").print_stats(top)
    stats = pstats.Stats(str(stats_file))
    total = stats.total_tt
    rows = []
    for (file_name, line, function), (_, calls, tottime, cumtime, _) in stats.stats.items():
        rows.append((cumtime, tottime, calls, f"{_short(file_name)}:{line}({function})"))
    lines = [
        f"cProfile `{label}`: {total:.1f} s under the profiler (load {load()}); raw: bench/out/profile/",
        "",
    ]
    lines += ["| function | calls | own s | cumulative s |", "| --- | ---: | ---: | ---: |"]
    plumbing = ("<frozen", "<string>", "~:0(<built-in method builtins.exec>)", "msklint/__main__.py")
    for cumtime, tottime, calls, name in sorted(r for r in rows if not r[3].startswith(plumbing))[::-1][:top]:
        lines.append(f"| `{name}` | {calls:,} | {tottime:.2f} | {cumtime:.2f} |")
    lines += [
        "",
        "by own time:",
        "",
        "| function | calls | own s | cumulative s |",
        "| --- | ---: | ---: | ---: |",
    ]
    for tottime, cumtime, calls, name in sorted(((r[1], r[0], r[2], r[3]) for r in rows), reverse=True)[:top]:
        lines.append(f"| `{name}` | {calls:,} | {tottime:.2f} | {cumtime:.2f} |")
    return [*lines, ""]


def _short(file_name: str) -> str:
    for marker in ("site-packages/", "lib/python3.11/", "lib/python3"):
        if marker in file_name:
            return file_name.split(marker, 1)[1]
    return file_name


def pyinstrument(label: str, target: Path) -> list[str]:
    """One sampled run saved as a session, rendered as text with msklint's own frames shown (installed in
    site-packages, pyinstrument would hide them as library code)."""
    session = PROFILE / f"pyinstrument-{label}.pyisession"
    out = PROFILE / f"pyinstrument-{label}.txt"
    if sys.executable != PYTHON:  # the profiler must run in msklint's interpreter
        subprocess.run([PYTHON, "-m", "pip", "install", "-q", PYINSTRUMENT], check=True, cwd=OUT)
    profiler = [PYTHON, "-m", "pyinstrument"]
    subprocess.run(
        [*profiler, "-r", "pyisession", "-o", str(session), "-m", "msklint", "check", str(target)],
        stdout=subprocess.DEVNULL,
        env=ENV,
        cwd=OUT,
        check=False,
    )
    subprocess.run(
        [
            *profiler, "--load", str(session), "-r", "text", "-o", str(out), "--no-color",
            "--show", "*/msklint/*", "-p", "processor_options.filter_threshold=0.005",
        ],
        env=ENV,
        cwd=OUT,
        check=False,
    )  # fmt: skip
    return [f"pyinstrument `{label}`: bench/out/profile/{out.name}", ""]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("imports", "single", "functions"), action="append")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--iam", type=int, default=2_000)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--profiler", choices=("cprofile", "pyinstrument"), action="append")
    parser.add_argument("--editable", action="store_true", help="imports and cProfile in this interpreter")
    parser.add_argument("--reuse", action="store_true", help="use bench/.venv-run as it is")
    parser.add_argument("--ref", help="profile the msklint of this git ref (e.g. main) instead of the tree")
    args = parser.parse_args()
    global PYTHON
    if not args.editable:
        reuse = args.reuse and (RUN_VENV / "bin" / "python").exists()
        PYTHON = str((RUN_VENV / "bin" if reuse else install_msklint(args.ref)) / "python")
    sections = args.only or ["imports", "single", "functions"]
    PROFILE.mkdir(parents=True, exist_ok=True)
    lines = [
        f"## Profile — {machine(args.ref)}",
        "",
        f"`python bench/profile.py {' '.join(sys.argv[1:])}`",
        "",
    ]
    if "imports" in sections:
        for kind, path in inputs.COLD.items():
            lines += importtime(kind, path, args.runs)
            print("\n".join(lines[-6:]), file=sys.stderr)
    if "single" in sections:
        for kind, path in inputs.COLD.items():
            lines += cprofile("one-" + kind.split()[0].lower(), path, 12)
    if "functions" in sections:
        # own folders: bench/run.py may be regenerating its own at the same time
        mixed = inputs.mixed(OUT / "inputs" / "profile-mixed", args.files)
        policies = inputs.iam(OUT / "inputs" / "profile-iam", args.iam)
        for label, target in ((f"mixed-{args.files}", mixed), (f"iam-{args.iam}", policies)):
            if "cprofile" in (args.profiler or ["cprofile"]):
                lines += cprofile(label, target, args.top)
                print(f"cProfile {label} done", file=sys.stderr)
            if "pyinstrument" in (args.profiler or ["pyinstrument"]):
                lines += pyinstrument(label, target)
                print(f"pyinstrument {label} done", file=sys.stderr)
    text = "\n".join(lines)
    print(text)
    (PROFILE / f"profile-{'-'.join(sections)}.md").write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
