"""Live-state files (a JSON object with "msklint_live"): recognised here, read by msklint.live, which is
imported only for such a file (start-up time of every other run)."""

from __future__ import annotations

from msklint.loaders import Document


def extract(path: str, parsed, text: str, kind: str | None) -> list[Document]:
    """The live document of the file, then one document per broker and per topic, as a running cluster
    gives them (`msklint.live.documents`)."""
    if kind not in (None, "live"):
        return []
    roots = getattr(parsed, "documents", None) or []
    root = roots[0] if len(roots) == 1 else None
    if root is None or not isinstance(root.value, dict) or root.get("msklint_live") is None:
        return []
    from msklint.live import cluster_from_node, documents

    return documents(cluster_from_node(root))
