"""The data path: load → documents → context → rules → findings. Reporters live in msklint.reporters."""

from __future__ import annotations

import gc
import os
import sys

from msklint.config import ClusterContext, Config
from msklint.context import Context, build_context
from msklint.findings import Finding, Hit, InputError
from msklint.loaders import KNOWN_SUFFIXES, Document, load_file, read_text
from msklint.record import field, record, replace
from msklint.registry import Rule, discover
from msklint.suppress import SuppressionReport, apply_suppressions, parse_suppressions

PARALLEL_FILES = 200  # from this many files a run without --jobs uses every core (bench/run.py measures)
SKIPPED_DIRS = {".git", ".hg", ".svn", "node_modules", ".terraform", ".venv", "venv", "__pycache__", ".tox"}


@record
class Result:
    findings: list[Finding] = field(factory=list)
    errors: list[dict] = field(factory=list)  # {"path", "message"}
    files: int = 0
    clusters: list[str] = field(factory=list)  # live clusters read (HOST:PORT)
    skipped: list[str] = field(factory=list)  # files read that hold nothing msklint checks
    context: Context | None = None  # what the rules knew, for verbose output
    baseline: object = None  # msklint.baseline.BaselineOutcome when a baseline was applied


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


def load_files(files: list[str], kind: str | None, result: Result) -> list[Document]:
    """The documents of the files (expanded already). Freezes the cyclic collector after each file: the
    caller unfreezes it when the documents are done with (`lint`)."""
    from msklint.forms import Workspace

    workspace = Workspace(read_text)
    documents = []
    for path in files:
        result.files += 1
        try:
            found = load_file(path, kind, workspace)
            gc.freeze()  # loaded documents stay for the run: later collections need not scan them again
            documents.extend(found)
            if not found:
                result.skipped.append(path)
        except InputError as error:
            result.errors.append({"path": path, "message": error.located(path)})
    # a directory another one calls as a local module is read per call, with the call's inputs; its files,
    # and the variables/locals files of a Terraform directory with resources, were not read for nothing
    documents = [d for d in documents if "module" in d.extras or _directory(d.path) not in workspace.called]
    used = workspace.called | {_directory(d.path) for d in documents if d.path.endswith(".tf")}
    result.skipped = [p for p in result.skipped if not (p.endswith(".tf") and _directory(p) in used)]
    return documents


def _directory(path: str) -> str:
    return os.path.dirname(os.path.abspath(path))


def run_rules(
    documents: list[Document],
    context: Context,
    config: Config,
    rules: list[Rule] | None = None,
    jobs: int = 1,
):
    """Findings of every enabled rule on the documents, suppressions applied, sorted. With jobs > 1 the
    per-document rules run in worker processes, each on a share of the documents, while the set-level rules
    (check_all) run here; findings are put together in the serial order, so the output is identical."""
    by_kind: dict[str, list[tuple[int, Document]]] = {}
    for i, document in enumerate(documents):
        by_kind.setdefault(document.kind, []).append((i, document))
    rules = rules if rules is not None else discover(set(by_kind))
    rules = [rule for rule in rules if config.enabled(rule.code) and rule.kind in by_kind]
    set_level = [rule for rule in rules if rule.check_all is not None]
    found = _run(rules, set_level, by_kind, context, config, len(documents), jobs)
    findings: list[tuple[Finding, str]] = []
    for rule in rules:
        findings.extend(pair for _, some in sorted(found.get(rule.code, []), key=_first) for pair in some)
    return _suppress(_once(findings), documents, config)


def _run(rules, set_level, by_kind, context, config, count: int, jobs: int) -> dict[str, list]:
    """Each rule's (document index, findings) pairs, per rule code."""
    if jobs > 1 and len(set_level) < len(rules):
        shared = (by_kind, context, config, rules)
        shares, found = _in_workers(
            _check_share, shared, count, jobs, lambda: _set_level(set_level, by_kind, context, config)
        )
        for share in shares:
            for code, pairs in share.items():
                found.setdefault(code, []).extend(pairs)
        return found
    return _set_level(set_level, by_kind, context, config) | _check_share(
        (0, 1), (by_kind, context, config, rules)
    )


def _first(pair: tuple) -> int:
    return pair[0]


def _set_level(rules: list[Rule], by_kind: dict, context: Context, config: Config) -> dict[str, list]:
    """The set-level rules' findings, per rule code: their documents grouped by the cluster context each is
    checked with, as one (0, findings) entry (check_all yields them in its own order)."""
    found: dict[str, list[tuple[int, list]]] = {}
    for rule in rules:
        options = {**rule.options, **config.rule_options.get(rule.code, {})}
        groups: dict[int, tuple[Context, list[Document]]] = {}
        for _, document in by_kind[rule.kind]:
            if rule.takes(document):
                chosen = context.for_document(document)[0][0]
                groups.setdefault(id(chosen), (chosen, []))[1].append(document)
        pairs = [pair for chosen, group in groups.values() for pair in rule.check_all(group, chosen, options)]
        if pairs:
            found[rule.code] = [(0, [_finding(rule, document, hit, config) for document, hit in pairs])]
    return found


def _check_share(task: tuple[int, int], shared: tuple = ()) -> dict[str, list[tuple[int, list]]]:
    """The per-document rules' findings on every `step`-th document of each kind from the `first`, per rule
    code, with each document's index (in a worker: on the documents it inherited)."""
    (by_kind, context, config, rules), (first, step) = shared or _SHARED, task
    found: dict[str, list[tuple[int, list]]] = {}
    for rule in rules:
        if rule.check_all is not None:
            continue
        options = {**rule.options, **config.rule_options.get(rule.code, {})}
        for i, document in by_kind[rule.kind][first::step]:
            if rule.takes(document):
                hits = [
                    _finding(rule, document, hit, config) for hit in _check(rule, document, context, options)
                ]
                if hits:
                    found.setdefault(rule.code, []).append((i, hits))
    return found


_SHARED: tuple = ()  # what forked workers read: set by _in_workers just before the pool starts


def _in_workers(function, shared: tuple, items: int, jobs: int, meanwhile) -> tuple[list, object]:
    """function((first, step)) for each of `jobs` × 4 interleaved shares of `items`, in forked worker
    processes that inherit `shared` (nothing is pickled on the way in), results in task order; and
    meanwhile() here while they run. A worker that dies (killed, out of memory) is one input error line,
    never a traceback."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    global _SHARED
    step = min(items, jobs * 4) or 1
    _SHARED = shared
    try:
        with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork")) as pool:
            futures = [pool.submit(function, (first, step)) for first in range(step)]
            here = meanwhile()
            return [future.result() for future in futures], here
    except BrokenProcessPool:
        raise InputError("a worker process stopped before finishing (out of memory?); try --jobs 1") from None
    finally:
        _SHARED = ()


def parallel_jobs(jobs: int | None, files: int) -> int:
    """Processes for a run: `jobs` when given, else (auto) one per core from PARALLEL_FILES files on;
    always one where processes cannot be forked (Windows; macOS, where forking is unsafe)."""
    if jobs == 1 or not hasattr(os, "fork") or sys.platform == "darwin":
        return 1
    if jobs is not None:
        return max(jobs, 1)
    if files < PARALLEL_FILES:
        return 1
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _check(rule: Rule, document: Document, context: Context, options: dict):
    """The rule's hits on a document, once per context it belongs to; a hit that only some of the
    document's clusters produce names them."""
    choices = context.for_document(document)
    if len(choices) == 1:
        yield from rule.check(document, choices[0][0], options)
        return
    seen: dict[Hit, list[str]] = {}
    for chosen, label in choices:
        for hit in rule.check(document, chosen, options):
            seen.setdefault(hit, []).append(label)
    for hit, labels in seen.items():
        if len(labels) < len(choices):
            hit = replace(hit, message=f"{hit.message} (cluster {', '.join(labels)})")
        yield hit


def _once(findings: list[tuple[Finding, str]]) -> list[Finding]:
    """Two documents sharing one value (a template parameter, a tfvars line) report it once, naming every
    resource that used it."""
    users: dict[Finding, list[str]] = {}
    for finding, used in findings:
        names = users.setdefault(finding, [])
        if used and used not in names:
            names.append(used)
    return [
        replace(f, message=f"{f.message} (value used by {', '.join(names)})") if names else f
        for f, names in users.items()
    ]


def _finding(rule: Rule, document: Document, hit: Hit, config: Config) -> tuple[Finding, str]:
    """The finding, and the resource that used the value when resolution brought it from elsewhere."""
    severity = config.severity.get(rule.code) or hit.severity or rule.severity
    path, used = document.path, ""
    if hit.origin:  # a value set elsewhere (tfvars, variable default, parameter default): report it there
        path = hit.origin if os.path.isabs(document.path) else os.path.relpath(hit.origin)
        name = getattr(document.model, "name", "") or ""
        used = f"{name} in {document.path}" if name and path != document.path else name or document.path
    finding = Finding(
        rule=rule.code,
        severity=severity,
        path=path,
        line=hit.line,
        column=hit.column,
        target=hit.target,
        message=hit.message,
        hint=hit.hint,
        guide=rule.guide,
    )
    return finding, used


def _suppress(findings: list[Finding], documents: list[Document], config: Config) -> list[Finding]:
    sources = {}
    for document in documents:
        sources.setdefault(document.path, document.source)
    kept: list[Finding] = []
    by_path: dict[str, list[Finding]] = {}
    for finding in findings:
        if not config.ignored_for(finding.rule, finding.path):
            by_path.setdefault(finding.path, []).append(finding)
    report_rules = [rule for rule in discover({"suppress"}) if config.enabled(rule.code)]
    for path, source in sources.items():
        suppressions = parse_suppressions(source)
        kept.extend(apply_suppressions(by_path.pop(path, []), suppressions))
        if suppressions:  # X001: the suppressions that suppressed nothing
            report = Document(path, "suppress", SuppressionReport(suppressions, config.enabled), source)
            for rule in report_rules:
                if not config.ignored_for(rule.code, path):
                    options = {**rule.options, **config.rule_options.get(rule.code, {})}
                    kept.extend(
                        _finding(rule, report, hit, config)[0] for hit in rule.check(report, None, options)
                    )
    for rest in by_path.values():
        kept.extend(rest)
    return sorted(kept, key=Finding.sort_key)


def lint(
    paths: list[str],
    config: Config,
    given: ClusterContext,
    kind: str | None = None,
    extra=(),
    jobs: int | None = 1,
) -> Result:
    """`extra`: documents from elsewhere than files (a live cluster), linted with the files. `jobs`: worker
    processes (None: one per core when there are many files; 1: this process only)."""
    result = Result()
    files = expand(paths)
    jobs = parallel_jobs(jobs, len(files))
    try:  # loading freezes the collector over what it keeps: on 10,000 files, collections took a third of it
        documents = load_files(files, kind, result) + list(extra)
        result.clusters = sorted({d.path.split("/")[2] for d in extra if d.path.startswith("kafka://")})
        gc.freeze()  # and the extra documents; forked workers inherit them frozen (their collector leaves them be)
        context = build_context(documents, given)
        result.context = context
        result.findings = run_rules(documents, context, config, jobs=jobs)
    finally:
        gc.unfreeze()
    return result
