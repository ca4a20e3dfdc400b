"""msklint vs Parliament on the IAM corpus: which findings each reports, file by file.

Usage: python tools/compare_parliament.py   (needs the dev extra: parliament is a dev dependency)
Prints a Markdown table; tests/test_iam_parliament.py pins the same comparison.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "iam"


def parliament_findings(path: Path) -> list[str] | str:
    """Parliament's issue codes for one policy file, or the reason it could not analyse it."""
    import json

    from parliament import analyze_policy_string

    text = path.read_text(encoding="utf-8")
    try:
        json.loads(text)
    except ValueError as error:
        return f"cannot parse ({error.msg})"
    try:
        policy = analyze_policy_string(text, include_community_auditors=False)
    except Exception as error:  # Parliament crashes on some CloudFormation intrinsics
        return f"crashed ({type(error).__name__})"
    return sorted({finding.issue for finding in policy.findings})


def msklint_findings(path: Path) -> list[str] | str:
    sys.path.insert(0, str(ROOT / "tests"))
    from msklint.config import ClusterContext, Config
    from msklint.engine import build_context, run_rules
    from msklint.findings import InputError
    from msklint.loaders import load_file

    try:
        documents = load_file(str(path))
    except InputError as error:
        return f"cannot parse ({error.message})"
    findings = run_rules(documents, build_context(documents, ClusterContext()), Config())
    return sorted({f"{f.rule}" for f in findings if f.severity != "info"})


def table() -> list[tuple[str, object, object]]:
    return [(p.name, msklint_findings(p), parliament_findings(p)) for p in sorted(CORPUS.glob("*.json"))]


def main() -> int:
    print("| file | msklint | Parliament |")
    print("|---|---|---|")
    for name, ours, theirs in table():
        show = lambda v: v if isinstance(v, str) else (", ".join(v) or "—")  # noqa: E731
        print(f"| `{name}` | {show(ours)} | {show(theirs)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
