"""Shared test helpers: run rules on text the way the CLI would, without subprocesses."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

from msklint.config import ClusterContext, Config, make_context
from msklint.engine import build_context, run_rules
from msklint.loaders import load_file
from msklint.registry import discover

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GUIDE = SHARED / "seed" / "000_a0f8e6963a5e3b74.txt"
CORPUS = SHARED / "corpus"


def lint_text(
    text: str,
    filename: str = "server.properties",
    context: ClusterContext | dict | None = None,
    select: tuple[str, ...] = (),
    kind: str | None = None,
):
    """Findings for `text` saved as `filename` in a temporary folder."""
    if isinstance(context, dict):
        context = make_context(context, "test")
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, filename)
        Path(path).write_text(text, encoding="utf-8")
        documents = load_file(path, kind)
        run_context = build_context(documents, context or ClusterContext())
        return run_rules(documents, run_context, Config(select=select))


def codes_and_lines(findings) -> list[tuple[str, int]]:
    return [(f.rule, f.line) for f in findings]


def rule_codes() -> list[str]:
    return [rule.code for rule in discover()]


def run_cli(
    *args: str, cwd: str | os.PathLike | None = None, env: dict | None = None, input: str | None = None
):
    """Run the installed CLI in a subprocess: exit code, stdout, stderr."""
    completed = subprocess.run(
        [sys.executable, "-m", "msklint", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        input=input,
        timeout=120,
    )
    return completed.returncode, completed.stdout, completed.stderr


def example_context(example: str) -> dict:
    """The cluster context a rule example's first line gives: `# msklint check --zones 3 --brokers 6 ...`."""
    first = example.splitlines()[0]
    if not first.startswith("# msklint check"):
        return {}
    words = shlex.split(first[len("# msklint check") :])
    return {
        flag.removeprefix("--").replace("-", "_"): int(value) if flag in ("--brokers", "--zones") else value
        for flag, value in zip(words[::2], words[1::2], strict=True)
    }
