"""MSK Connect custom worker configurations (`*.worker.properties`, or `--kind worker`): Java properties,
checked against "Supported worker configuration properties"."""

from __future__ import annotations

from msklint.loaders import Document

KIND = "worker"


def from_properties(path: str, text: str) -> list[Document]:
    from msklint.syntax.properties import parse_properties

    return [Document(path=path, kind=KIND, model=parse_properties(text), source=text)]
