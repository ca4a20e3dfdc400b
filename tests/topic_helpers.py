"""Lint several files in one run, as `msklint check a b c` would."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from msklint.config import Config, make_context
from msklint.engine import lint


def run(files: dict[str, str], context: dict | None = None, select: tuple[str, ...] = ("T",)):
    """The findings for the files (name → text) linted together."""
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for name, text in files.items():
            path = os.path.join(folder, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            Path(path).write_text(text, encoding="utf-8")
            paths.append(path)
        result = lint(paths, Config(select=select), make_context(context or {}, "test"))
        assert not result.errors, result.errors
        return result.findings


def lint_files(files: dict[str, str], context: dict | None = None, select: tuple[str, ...] = ("T",)):
    """[(rule, file name, line)] for the files linted together."""
    return [(f.rule, os.path.basename(f.path), f.line) for f in run(files, context, select)]
