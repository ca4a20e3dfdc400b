"""Rebalance plan files (a JSON object with "msklint_plan"): recognised here; their model is read by
msklint.rebalance.plan, which is imported only for such a file (start-up time of every other run)."""

from __future__ import annotations

from msklint.loaders import Document


def extract(path: str, parsed, text: str, kind: str | None) -> list[Document]:
    """The plan document of the file."""
    if kind not in (None, "plan"):
        return []
    roots = getattr(parsed, "documents", None) or []
    root = roots[0] if len(roots) == 1 else None
    if root is None or not isinstance(root.value, dict) or root.get("msklint_plan") is None:
        return []
    from msklint.rebalance.plan import plan_from_node

    return [Document(path=path, kind="plan", model=plan_from_node(root), source=text)]
