"""Rule discovery: every module in `msklint.rules` is one rule, found by name, never listed by hand.

A module's name starts with the kind of document it checks (`broker_`, `topic_`, `iam_`, `cluster_`,
`worker_`, `update_`, `live_`, `plan_`), so a run imports only the rules for the kinds it has loaded.

A rule module defines:
    CODE      stable code such as "B001"
    NAME      kebab-case name
    SEVERITY  "error" | "warning" | "info"
    SUMMARY   one line: what is wrong
    GUIDE     the MSK Developer Guide section heading it enforces (codes starting with an OPT_IN_PREFIXES
              letter are off by default: see `opt_in`)
    URL       (optional) page of the guide or of the Apache Kafka documentation
    SOURCES   (optional) the CURRENT guide's pages the rule follows: a list of (url, date_read, title)
    CHANGED   (optional) one string: what the current guide changed relative to the seed edition (June
              2024) that GUIDE cites; where they disagree the current guide wins
    OPTIONS   (optional) dict of option name → msklint.options.Option(type, default, help)
    READS     (optional) the model classes the rule reads (e.g. `(ClusterModel,)`): the engine hands it only
              documents of its kind whose model is one of them (default: every document of its kind)
    BAD/GOOD  (optional) example inputs for `msklint rule` and the docs; a first line
              `# msklint check --zones 3 ...` gives the context flags the example is checked with
    EXAMPLE_FILE           (optional) the file name the examples are checked as (default: by kind)
    EXAMPLE_FLAGS          (optional) context flags for examples in JSON, which cannot hold that line
    BAD_FILES/GOOD_FILES   (optional) companion files {name: text} checked in the same run
              (`current.json` is given as `--current`, `.msklint.toml` as `--config`); GOOD_FILES without
              GOOD: BAD's text with them. Live rules' examples are live-state files (`live.json`, see
              msklint.live), plan rules' are plan files (`plan.json`).
    the module docstring: the rationale (long description)
    and one of:
    check(doc, ctx, options) -> Iterable[Hit]                     one document at a time
    check_all(docs, ctx, options) -> Iterable[tuple[Document, Hit]]   the whole run (set-level rules)
"""

from __future__ import annotations

import importlib
import os
from functools import cache
from types import ModuleType

import msklint.rules as _rules_package
from msklint.kinds import NAMES as KIND_PREFIXES
from msklint.kinds import example_file as _example_file
from msklint.record import field, record

TYPE_CHECKING = False  # True for type checkers, as typing.TYPE_CHECKING (typing: ~3 ms a run to import)
if TYPE_CHECKING:
    from typing import Any

# Rule groups that are off unless selected by name (`select`/`extend-select` naming the group, a prefix of
# it, or a code; "ALL" too): S = AWS Security Hub's MSK controls, which go beyond what the guide requires.
OPT_IN_PREFIXES = ("S",)


def opt_in(code: str) -> bool:
    return code.startswith(OPT_IN_PREFIXES)


@record(frozen=True)
class Rule:
    code: str
    name: str
    kind: str
    severity: str
    summary: str
    guide: str
    description: str
    url: str = ""
    sources: tuple[tuple[str, str, str], ...] = ()
    changed: str = ""
    options: dict[str, Any] = field(factory=dict)  # option → default, as rules receive them
    declared_options: dict[str, Any] = field(factory=dict)  # option → msklint.options.Option
    bad: str = ""
    good: str = ""
    module: ModuleType | None = None
    reads: tuple[type, ...] = ()  # READS: the models it is given (all of its kind when empty)

    @property
    def opt_in(self) -> bool:
        return opt_in(self.code)

    @property
    def check(self):
        return getattr(self.module, "check", None)

    def takes(self, document) -> bool:
        """Whether the engine hands the rule this document: of its kind, and of a model it reads."""
        return document.kind == self.kind and (not self.reads or isinstance(document.model, self.reads))

    def example(self, which: str) -> Example | None:
        """The runnable BAD or GOOD example ("bad"/"good"), or None when the rule has none."""
        text = self.bad if which == "bad" else self.good
        companions = dict(getattr(self.module, f"{which.upper()}_FILES", {}))
        if which == "good" and not text and companions:
            text = self.bad
        name = getattr(self.module, "EXAMPLE_FILE", "") or _example_file(self.kind, text)
        if not text or not name:
            return None
        return Example(name, text, companions, getattr(self.module, "EXAMPLE_FLAGS", ""))

    @property
    def check_all(self):
        return getattr(self.module, "check_all", None)


@record(frozen=True)
class Example:
    """A rule example as a run: the file checked, its text, the companion files and the context flags."""

    file: str
    text: str
    companions: dict[str, str] = field(factory=dict)
    given: str = ""  # context flags for files that cannot hold a `# msklint check` line (JSON)

    @property
    def flags(self) -> list[str]:
        import shlex  # examples only: not on the start-up path

        first = self.text.splitlines()[0] if self.text else ""
        flags = shlex.split(first[len("# msklint check") :]) if first.startswith("# msklint check") else []
        flags += shlex.split(self.given)
        for name, flag in GIVEN_BY_FLAG.items():
            if name in self.companions:
                flags += [flag, name]
        return flags

    @property
    def others(self) -> list[str]:
        """The companion files checked with the example file (the rest are given by flags)."""
        return [name for name in self.companions if name not in GIVEN_BY_FLAG]

    @property
    def command(self) -> str:
        import shlex

        return shlex.join(["msklint", "check", self.file, *self.others, *self.flags])


# Companion files of examples that a flag gives rather than the file list.
GIVEN_BY_FLAG = {"current.json": "--current", ".msklint.toml": "--config"}


@cache
def _module_names() -> tuple[str, ...]:
    """The rule modules' names: the `.py` files of the rules package (read once per process)."""
    names = set()
    for folder in _rules_package.__path__:
        with os.scandir(folder) as entries:
            names.update(e.name[:-3] for e in entries if e.name.endswith(".py") and e.name != "__init__.py")
    return tuple(sorted(names))


def _as_rule(module: ModuleType, kind: str) -> Rule:
    return Rule(
        code=module.CODE,
        name=module.NAME,
        kind=kind,
        severity=module.SEVERITY,
        summary=module.SUMMARY,
        guide=module.GUIDE,
        description=(module.__doc__ or "").strip(),
        url=getattr(module, "URL", ""),
        sources=tuple(tuple(source) for source in getattr(module, "SOURCES", ())),
        changed=getattr(module, "CHANGED", ""),
        options={name: option.default for name, option in getattr(module, "OPTIONS", {}).items()},
        declared_options=dict(getattr(module, "OPTIONS", {})),
        bad=getattr(module, "BAD", ""),
        good=getattr(module, "GOOD", ""),
        module=module,
        reads=tuple(getattr(module, "READS", ())),
    )


def discover(kinds: set[str] | None = None) -> list[Rule]:
    """The rules for the given kinds (all when None), sorted by code."""
    found = []
    for name in _module_names():
        kind = name.split("_", 1)[0]
        if kind not in KIND_PREFIXES or (kinds is not None and kind not in kinds):
            continue
        found.append(_as_rule(importlib.import_module(f"msklint.rules.{name}"), kind))
    return sorted(found, key=lambda rule: rule.code)


def find(code_or_name: str) -> Rule | None:
    wanted = code_or_name.strip()
    for rule in discover():
        if wanted.upper() == rule.code or wanted.lower() == rule.name:
            return rule
    return None
