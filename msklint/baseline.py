"""Baselines: adopt msklint on a repository that already has findings.

`msklint check --write-baseline FILE` records today's findings; `--baseline FILE` (or `baseline = "..."`
in configuration) then reports only findings that are not in it, and the baseline entries that no longer
occur (fixed: the baseline can shrink).

An entry is (rule, path, target, fingerprint, count). The fingerprint hashes the rule, the target and the
text of the finding's line (stripped), not the line number, so an entry survives lines moving; `count` is
how many findings share it (two identical lines in one file). Paths are relative to the baseline file's
folder, with `/`, so the baseline works from any working directory. The file is JSON, sorted, one entry
per object, so it diffs well in review.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter

from msklint.findings import Finding, InputError
from msklint.record import field, record

VERSION = 1
Key = tuple[str, str, str, str]  # rule, path, target, fingerprint


@record
class BaselineOutcome:
    path: str
    known: int = 0  # findings hidden because the baseline has them
    gone: list[dict] = field(factory=list)  # entries (with the count missing) that no longer occur

    def as_dict(self) -> dict:
        return {"path": self.path, "known": self.known, "gone": self.gone}


def _relative(path: str, folder: str) -> str:
    if "://" in path:
        return path
    return os.path.relpath(os.path.abspath(path), folder).replace(os.sep, "/")


def fingerprint(finding: Finding, line_text: str) -> str:
    content = "\0".join((finding.rule, finding.target, " ".join(line_text.split())))
    return hashlib.sha256(content.encode("utf-8")).hexdigest()[:16]


def _line(sources: dict[str, list[str]], finding: Finding) -> str:
    lines = sources.get(finding.path) or []
    return lines[finding.line - 1] if 0 < finding.line <= len(lines) else ""


def keys(findings: list[Finding], sources: dict[str, str], baseline_path: str) -> Counter:
    """How many findings have each baseline key. `sources`: path → the file's text."""
    folder = os.path.dirname(os.path.abspath(baseline_path))
    split = {path: text.splitlines() for path, text in sources.items()}
    return Counter(
        (f.rule, _relative(f.path, folder), f.target, fingerprint(f, _line(split, f))) for f in findings
    )


def write(path: str, counted: Counter) -> None:
    entries = [
        {"rule": rule, "path": file, "target": target, "fingerprint": print_, "count": count}
        for (rule, file, target, print_), count in sorted(counted.items(), key=lambda item: _order(item[0]))
    ]
    text = json.dumps({"version": VERSION, "findings": entries}, indent=2, ensure_ascii=False) + "\n"
    try:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as error:
        raise InputError(f"--write-baseline {path}: cannot write: {error.strerror or error}") from None


def _order(key: Key) -> tuple:
    rule, file, target, print_ = key
    return (file, rule, target, print_)


def read(path: str) -> Counter:
    """The baseline's entries as key → count; InputError (one line) for anything else."""
    from msklint.loaders import read_text

    where = f"baseline {path}"
    try:
        data = json.loads(read_text(path))
    except InputError as error:
        raise InputError(f"{where}: {error.message}") from None
    except (ValueError, RecursionError) as error:
        raise InputError(f"{where}: not JSON ({str(error).splitlines()[0][:200]})") from None
    if (
        not isinstance(data, dict)
        or data.get("version") != VERSION
        or not isinstance(data.get("findings"), list)
    ):
        raise InputError(
            f'{where}: not an msklint baseline (expected {{"version": {VERSION}, "findings": [...]}})'
        )
    found: Counter = Counter()
    fields = ("rule", "path", "target", "fingerprint")
    for number, entry in enumerate(data["findings"]):
        if (
            not isinstance(entry, dict)
            or not all(isinstance(entry.get(name), str) for name in fields)
            or not isinstance(entry.get("count", 1), int)
            or isinstance(entry.get("count", 1), bool)
            or entry.get("count", 1) < 1
        ):
            raise InputError(
                f"{where}: entry {number} needs rule, path, target, fingerprint and a count >= 1"
            )
        found[tuple(entry[name] for name in fields)] += entry.get("count", 1)
    return found


def apply(
    findings: list[Finding], sources: dict[str, str], path: str
) -> tuple[list[Finding], BaselineOutcome]:
    """The findings the baseline does not have, and what it had that no longer occurs."""
    known = read(path)
    remaining = Counter(known)
    folder = os.path.dirname(os.path.abspath(path))
    split = {file: text.splitlines() for file, text in sources.items()}
    outcome = BaselineOutcome(path)
    new = []
    for finding in findings:
        key = (
            finding.rule,
            _relative(finding.path, folder),
            finding.target,
            fingerprint(finding, _line(split, finding)),
        )
        if remaining[key] > 0:
            remaining[key] -= 1
            outcome.known += 1
        else:
            new.append(finding)
    for key in sorted((k for k, count in remaining.items() if count > 0), key=_order):
        rule, file, target, print_ = key
        outcome.gone.append(
            {"rule": rule, "path": file, "target": target, "fingerprint": print_, "count": remaining[key]}
        )
    return new, outcome
