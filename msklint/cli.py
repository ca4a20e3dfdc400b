"""Command line: `msklint check`, `msklint rules`, `msklint rule CODE`, `msklint rebalance ...`.

Exit codes (the one contract): 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage error
or input that could not be read (bad file, bad configuration, unreachable cluster).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from msklint import __version__
from msklint.context import add_context_flags, resolve_config
from msklint.findings import FORMATS, SEVERITIES, InputError, severity_rank
from msklint.kinds import KINDS

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


LINT_COMMANDS = ("check", "rules", "rule")


def _columns() -> int:
    """`shutil.get_terminal_size().columns`, without importing shutil (and bz2, lzma with it) at every start."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, as wide as argparse makes it (it asks shutil for the width)."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        width = _columns() - 2 if width is None else width
        super().__init__(prog, indent_increment, max_help_position, width)


class _Parser(argparse.ArgumentParser):
    """argparse's parser with that formatter; its sub-command parsers are `_Parser`s too."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; for a lint command (`command`) without the rebalancer's sub-commands, which a check
    never needs (a dozen parsers less to build at every start)."""
    parser = _Parser(prog="msklint", description="Lint Amazon MSK configurations and policies.")
    parser.add_argument("--version", action="version", version=f"msklint {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    check = commands.add_parser("check", help="lint files and folders")
    check.add_argument("paths", nargs="*", help="files or folders (folders are searched for known files)")
    check.add_argument("--format", choices=FORMATS, default="text")
    check.add_argument("-o", "--output", help="write the report to this file instead of standard output")
    check.add_argument(
        "--fail-on", choices=SEVERITIES, help="lowest severity that fails the run (default warning)"
    )
    check.add_argument(
        "--config", help="configuration file (default: nearest .msklint.toml or pyproject.toml)"
    )
    check.add_argument(
        "--select", help="comma-separated rule codes or prefixes to run (replaces configuration)"
    )
    check.add_argument(
        "--ignore", help="comma-separated rule codes or prefixes to skip (adds to configuration)"
    )
    check.add_argument(
        "--kind",
        choices=(*(kind.name for kind in KINDS if kind.forced), "connect-worker"),
        help="read every file as this kind instead of detecting it",
    )
    check.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="say where the cluster context came from and which files were skipped",
    )
    check.add_argument(
        "--group-policies",
        action="store_true",
        help="judge all IAM policies of the run as attached to one principal (rules I030, I031)",
    )
    check.add_argument(
        "--current",
        metavar="DESCRIBE.json",
        help="the cluster as it is now (aws kafka describe-cluster output), for update requests",
    )
    check.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        help="judge end-of-support dates as of this day (default: today, or MSKLINT_TODAY)",
    )
    check.add_argument(
        "--baseline",
        metavar="FILE",
        help="report only findings not in this baseline, and its entries that no longer occur",
    )
    check.add_argument(
        "--write-baseline",
        metavar="FILE",
        help="record today's findings in FILE (exit 0 unless input errors)",
    )
    check.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=None,
        metavar="N",
        help="worker processes (default auto: one per core from 200 files on; 1: no workers)",
    )
    add_context_flags(check)
    from msklint.live_cli import add_arguments as add_live_flags

    add_live_flags(check)

    rules = commands.add_parser("rules", help="list the rules")
    rules.add_argument("--format", choices=("text", "json"), default="text")

    rule = commands.add_parser("rule", help="explain one rule")
    rule.add_argument("code", help="rule code or name, e.g. B001")

    if command in LINT_COMMANDS:
        return parser
    try:
        from msklint.rebalance.cli import add_parser as add_rebalance
    except ImportError:
        add_rebalance = None
    if add_rebalance is not None:
        add_rebalance(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else argv
    command = next((word for word in words if not word.startswith("-")), None)
    args = build_parser(command).parse_args(argv)
    try:
        if args.command == "check":
            return check(args)
        if args.command == "rules":
            return list_rules(args)
        if args.command == "rule":
            return explain_rule(args)
        return args.run(args)
    except InputError as error:
        print(f"msklint: {error.message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("msklint: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


def _current_documents(args) -> list:
    if not getattr(args, "current", None):
        return []
    from msklint.loaders.update import load_current

    return [load_current(args.current)]


def check(args) -> int:
    from msklint.engine import lint
    from msklint.live_cli import read_documents
    from msklint.registry import discover
    from msklint.reporters import render

    if not args.paths and not args.bootstrap_server:
        raise InputError("check: give at least one file or folder, or --bootstrap-server")
    if args.today:
        _set_today(args.today)
    config, context = resolve_config(args)
    config, live_documents = read_documents(args, config)
    kind = "worker" if args.kind == "connect-worker" else args.kind  # the name for worker files
    extra = [*_current_documents(args), *live_documents]
    result = lint(args.paths, config, context, kind, extra, args.jobs)
    source = result.context.cluster.source if result.context else context.source
    if args.verbose and source:
        print(f"msklint: cluster context from {source}", file=sys.stderr)
    for path in result.skipped if args.verbose else ():
        print(f"msklint: {path}: skipped, nothing msklint checks (use --kind to insist)", file=sys.stderr)
    if args.verbose and result.context:
        for line in context_lines(result.context):
            print(f"msklint: {line}", file=sys.stderr)
    _baseline(args, config, result)
    rules_by_code = {rule.code: rule for rule in discover()} if args.format in ("sarif", "github") else {}
    report = render(result, args.format, rules_by_code)
    if args.output:
        Path(args.output).write_text(report + "\n", encoding="utf-8")
    else:
        print(report)
    for error in result.errors:
        print(f"msklint: {error['message']}", file=sys.stderr)
    if result.errors:
        return EXIT_ERROR
    if args.write_baseline:
        return EXIT_OK
    threshold = severity_rank(config.fail_on)
    failed = any(severity_rank(finding.severity) >= threshold for finding in result.findings)
    return EXIT_FINDINGS if failed else EXIT_OK


def _jobs(text: str) -> int | None:
    if text == "auto":
        return None
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of processes (1, 2, ... or auto)")
    return int(text)


def context_lines(context) -> list[str]:
    """Per document linked to a cluster, which cluster's context it was checked with, and why that cluster
    (the others get the run's context, said once above)."""
    lines = []
    for document in context.documents:
        found = context.per_document.get(id(document), [])
        where = f"{document.path} {document.pointer}".rstrip() + f" ({document.kind})"
        for chosen, _, how in found:
            lines.append(f"{where}: context from {chosen.cluster.source} ({how})")
    return lines


def _set_today(text: str) -> None:
    """--today: the rules read the day from MSKLINT_TODAY (msklint.msk.today)."""
    import datetime
    import os

    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        raise InputError(f"--today: '{text}' is not a date (YYYY-MM-DD)") from None
    os.environ["MSKLINT_TODAY"] = text


def _baseline(args, config, result) -> None:
    """--write-baseline records the findings; --baseline (or `baseline` in configuration) hides known ones."""
    path = args.write_baseline or args.baseline or config.baseline_file
    if not path:
        return
    from msklint import baseline

    sources: dict[str, str] = {}
    for document in result.context.documents if result.context else []:
        sources.setdefault(document.path, document.source)
    if args.write_baseline:
        baseline.write(path, baseline.keys(result.findings, sources, path))
        print(f"msklint: wrote {len(result.findings)} findings to the baseline {path}", file=sys.stderr)
    else:
        result.findings, result.baseline = baseline.apply(result.findings, sources, path)


def list_rules(args) -> int:
    import json

    from msklint.registry import discover

    rules = discover()
    if args.format == "json":
        print(
            json.dumps(
                [
                    {
                        "code": r.code,
                        "name": r.name,
                        "kind": r.kind,
                        "severity": r.severity,
                        "summary": r.summary,
                        "guide": r.guide,
                        "sources": [list(source) for source in r.sources],
                        "changed": r.changed,
                        "options": {
                            name: {"type": option.type_name, "default": option.default, "help": option.help}
                            for name, option in r.declared_options.items()
                        },
                        "opt_in": r.opt_in,
                    }
                    for r in rules
                ],
                indent=2,
            )
        )
        return EXIT_OK
    width = max((len(r.name) for r in rules), default=10)
    for r in rules:
        marker = " [opt-in]" if r.opt_in else ""
        print(f"{r.code:<6} {r.name:<{width}} {r.severity:<8} {r.summary}{marker}")
    if any(r.opt_in for r in rules):
        print('\n[opt-in]: off unless selected, e.g. extend-select = ["S"] (Security Hub controls)')
    return EXIT_OK


def explain_rule(args) -> int:
    from msklint.registry import find

    rule = find(args.code)
    if rule is None:
        raise InputError(f"rule: no rule '{args.code}' (see `msklint rules`)")
    print(rule_markdown(rule))
    return EXIT_OK


def rule_markdown(rule) -> str:
    import json

    parts = [
        f"## {rule.code} {rule.name}",
        "",
        f"{rule.summary}",
        "",
        f"- kind: {rule.kind}",
        f"- severity: {rule.severity}",
        f'- guide: "{rule.guide}" (Amazon MSK Developer Guide, June 2024 edition)'
        if rule.guide
        else "- guide: none (msklint's own)",
    ]
    for url, date_read, title in rule.sources:
        parts.append(f'- current guide: "{title}" {url} (read {date_read})')
    if rule.changed:
        parts.append(f"- changed since June 2024: {rule.changed}")
    if rule.opt_in:
        parts.append(f'- opt-in: off unless selected (`select = ["{rule.code[0]}"]` or `extend-select`)')
    if rule.url:
        parts.append(f"- reference: {rule.url}")
    for name, option in rule.declared_options.items():
        default = "unset" if option.default is None else json.dumps(option.default)
        parts.append(f"- option `{name}` ({option.type_name}, default {default}): {option.help}")
    if rule.description:
        parts += ["", rule.description]
    for title, which in (("Bad", "bad"), ("Good", "good")):
        example = rule.example(which)
        text = rule.bad if which == "bad" else rule.good
        if example is None:
            if text:
                parts += ["", f"{title}:", "", "```", text.rstrip("\n"), "```"]
            continue
        parts += ["", f"{title}: `{example.command}`", "", f"`{example.file}`:", "", "```"]
        parts += [example.text.rstrip("\n"), "```"]
        for name, companion in example.companions.items():
            parts += ["", f"`{name}`:", "", "```", companion.rstrip("\n"), "```"]
    return "\n".join(parts)
