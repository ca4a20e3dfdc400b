"""The data path: load → documents → context → rules → findings. Reporters live in msklint.reporters."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from msklint.config import ClusterContext, Config
from msklint.findings import Finding, Hit, InputError
from msklint.loaders import KNOWN_SUFFIXES, Document, load_file
from msklint.registry import Rule, discover
from msklint.suppress import apply_suppressions, parse_suppressions, unused

SKIPPED_DIRS = {".git", ".hg", ".svn", "node_modules", ".terraform", ".venv", "venv", "__pycache__", ".tox"}


@dataclass
class Context:
    """What rules know beyond the document they check."""

    cluster: ClusterContext = field(default_factory=ClusterContext)
    broker: dict[str, str] = field(default_factory=dict)  # broker properties given in the same run
    documents: list[Document] = field(default_factory=list)


@dataclass
class Result:
    findings: list[Finding] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)  # {"path", "message"}
    files: int = 0
    clusters: list[str] = field(default_factory=list)  # live clusters read (HOST:PORT)
    skipped: list[str] = field(default_factory=list)  # files read that hold nothing msklint checks
    context: Context | None = None  # what the rules knew, for verbose output


def expand(paths: list[str]) -> list[str]:
    """Files named on the command line, and the files msklint understands inside named folders."""
    files = []
    for path in paths:
        if not os.path.isdir(path):
            files.append(path)
            continue
        for folder, dirs, names in os.walk(path):
            dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS and not d.startswith("."))
            files.extend(os.path.join(folder, n) for n in sorted(names) if n.lower().endswith(KNOWN_SUFFIXES))
    return files


def load_paths(paths: list[str], kind: str | None, result: Result) -> list[Document]:
    documents = []
    for path in expand(paths):
        result.files += 1
        try:
            found = load_file(path, kind)
            documents.extend(found)
            if not found:
                result.skipped.append(path)
        except InputError as error:
            result.errors.append({"path": path, "message": error.located(path)})
    return documents


def cluster_context_of(documents: list[Document]) -> tuple[ClusterContext | None, list[str]]:
    """The cluster context the documents define, if they define exactly one; and the files that did."""
    found = {}
    for document in documents:
        context = getattr(document.model, "cluster_context", None)
        if callable(context):
            found.setdefault(context(), document.path)
    if len(found) == 1:
        ((context, path),) = found.items()
        return context, [path]
    return None, list(found.values())


def build_context(documents: list[Document], given: ClusterContext) -> Context:
    cluster = given
    discovered, _ = cluster_context_of(documents)
    if discovered is not None:
        cluster = cluster.merged(discovered)
    brokers = [d for d in documents if d.kind == "broker"]
    broker = {key: entry.value for key, entry in brokers[0].model.last.items()} if len(brokers) == 1 else {}
    return Context(cluster=cluster, broker=broker, documents=documents)


def run_rules(documents: list[Document], context: Context, config: Config, rules: list[Rule] | None = None):
    """Findings of every enabled rule on the documents, suppressions applied, sorted."""
    kinds = {document.kind for document in documents}
    rules = rules if rules is not None else discover(kinds)
    findings: list[Finding] = []
    for rule in rules:
        if not config.enabled(rule.code):
            continue
        options = {**rule.options, **config.rule_options.get(rule.code, {})}
        mine = [d for d in documents if d.kind == rule.kind]
        if not mine:
            continue
        if rule.check_all is not None:
            pairs = rule.check_all(mine, context, options)
        else:
            pairs = ((document, hit) for document in mine for hit in rule.check(document, context, options))
        findings.extend(_finding(rule, document, hit, config) for document, hit in pairs)
    # two documents sharing one value (a template parameter) report it once
    findings = list(dict.fromkeys(findings))
    return _suppress(findings, documents, config)


def _finding(rule: Rule, document: Document, hit: Hit, config: Config) -> Finding:
    severity = config.severity.get(rule.code) or hit.severity or rule.severity
    return Finding(
        rule=rule.code,
        severity=severity,
        path=document.path,
        line=hit.line,
        column=hit.column,
        target=hit.target,
        message=hit.message,
        hint=hit.hint,
        guide=rule.guide,
    )


def _suppress(findings: list[Finding], documents: list[Document], config: Config) -> list[Finding]:
    sources = {}
    for document in documents:
        sources.setdefault(document.path, document.source)
    kept: list[Finding] = []
    by_path: dict[str, list[Finding]] = {}
    for finding in findings:
        if not config.ignored_for(finding.rule, finding.path):
            by_path.setdefault(finding.path, []).append(finding)
    for path, source in sources.items():
        suppressions = parse_suppressions(source)
        kept.extend(apply_suppressions(by_path.pop(path, []), suppressions))
        if config.enabled("X001") and not config.ignored_for("X001", path):
            kept.extend(unused(suppressions, path, config.enabled))
    for rest in by_path.values():
        kept.extend(rest)
    return sorted(kept, key=Finding.sort_key)


def lint(
    paths: list[str], config: Config, given: ClusterContext, kind: str | None = None, extra=()
) -> Result:
    """`extra`: documents from elsewhere than files (a live cluster), linted with the files."""
    result = Result()
    documents = load_paths(paths, kind, result) + list(extra)
    result.clusters = sorted({d.path.split("/")[2] for d in extra if d.path.startswith("kafka://")})
    context = build_context(documents, given)
    result.context = context
    result.findings = run_rules(documents, context, config)
    return result
