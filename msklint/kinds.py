"""The kinds of document msklint checks, in one table: everything else (file detection, `--kind`, the readers
the loader asks, rule discovery, example file names, the rules reference's sections) reads it.

A kind's rules are the modules `rules/<name>_*.py`; they receive only documents of their kind. Standard
library and msklint.record only: this module is imported on every run.
"""

from __future__ import annotations

from msklint.record import record


@record(frozen=True)
class Kind:
    name: str  # the document kind, also the prefix of its rule modules' names
    code: str  # the letter its rule codes start with
    title: str  # its section in docs/rules.md
    reader: str = ""  # module whose `extract(path, parsed, text, kind)` finds it in JSON/YAML/HCL files
    properties: str = (
        ""  # a `.properties` file read as this kind: "java" (key=value) or a module's from_properties
    )
    suffixes: tuple[str, ...] = ()  # file-name endings that decide the kind (the longest match wins)
    forced: bool = False  # may be given with `--kind`
    examples: tuple[
        tuple[str, str], ...
    ] = ()  # (how an example's text starts, the file name it is checked as)


KINDS: tuple[Kind, ...] = (
    Kind(
        "broker",
        "B",
        "Broker configuration (server.properties, MSK custom configurations)",
        # also embedded in cluster definitions: the cluster reader returns those as broker documents
        properties="java",
        suffixes=(".properties",),
        forced=True,
        examples=(("", "server.properties"),),
    ),
    Kind(
        "topic",
        "T",
        "Topics",
        reader="msklint.loaders.topic",
        properties="msklint.loaders.topic",
        suffixes=(".topic.properties",),
        forced=True,
        examples=(("", "topics.yaml"),),
    ),
    Kind(
        "iam",
        "I",
        "IAM policies",
        reader="msklint.packs.iam.reader",
        forced=True,
        examples=(("Resources", "template.yaml"), ("", "policy.json")),
    ),
    Kind(
        "cluster",
        "C",
        "Cluster definitions",
        reader="msklint.packs.cluster.reader",
        forced=True,
        examples=(("resource", "main.tf"), ("module", "main.tf"), ("", "cluster.json")),
    ),
    Kind(
        "worker",
        "W",
        "MSK Connect worker configurations",
        # any properties file that sets MSK Connect's converters is one too (msklint.loaders.load_file)
        properties="java",
        suffixes=(".worker.properties",),
        forced=True,
        examples=(("", "connect.worker.properties"),),
    ),
    Kind(
        "update",
        "U",
        "Update requests",
        reader="msklint.loaders.update",
        forced=True,
        examples=(("", "request.json"),),
    ),
    Kind(
        "live",
        "L",
        "Live clusters",
        # read from a running cluster by msklint.live, or from a live-state file ("msklint_live")
        reader="msklint.loaders.live",
        examples=(("", "live.json"),),
    ),
    Kind("plan", "P", "Rebalance plans", reader="msklint.loaders.plan", examples=(("", "plan.json"),)),
    Kind("suppress", "X", "Inline suppressions"),  # the run's own suppression comments
)

BY_NAME = {kind.name: kind for kind in KINDS}
NAMES = tuple(BY_NAME)


def by_file_name(name: str) -> str | None:
    """The kind a file name alone decides (the longest matching ending), or None."""
    name = name.lower()
    found = [(len(suffix), kind.name) for kind in KINDS for suffix in kind.suffixes if name.endswith(suffix)]
    return max(found)[1] if found else None


def example_file(kind: str, text: str) -> str:
    """The file name a rule example of this kind is checked as ("" when its kind has no file examples)."""
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    for start, name in BY_NAME[kind].examples if kind in BY_NAME else ():
        if body.startswith(start):
            return name
    return ""
