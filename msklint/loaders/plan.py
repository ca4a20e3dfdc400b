"""Rebalance plan files (a JSON object with "msklint_plan"): recognised here, read by msklint.rebalance.plan,
which is imported only for such a file (start-up time of every other run)."""

from __future__ import annotations


def extract(path: str, parsed, text: str, kind: str | None) -> list:
    """The plan document of the file (`msklint.rebalance.plan.extract`)."""
    if kind not in (None, "plan"):
        return []
    roots = getattr(parsed, "documents", None) or []
    root = roots[0] if len(roots) == 1 else None
    if root is None or not isinstance(root.value, dict) or root.get("msklint_plan") is None:
        return []
    from msklint.rebalance.plan import extract as read_plan

    return read_plan(path, parsed, text, kind)
