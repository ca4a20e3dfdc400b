"""Examples are the contract: every rule's BAD and GOOD example, run as `msklint rule CODE` shows it (file
name, text, companion files, context flags), fires the rule (BAD) or does not (GOOD)."""

from __future__ import annotations

import os
import re

import pytest

from msklint.cli import _current_documents, build_parser
from msklint.context import resolve_config
from msklint.engine import lint
from msklint.registry import discover

RULES = discover()
RUNNABLE = [(rule, which) for rule in RULES for which in ("bad", "good") if rule.example(which) is not None]


def run_example(example, code: str, folder) -> list[str]:
    for name, text in {example.file: example.text, **example.companions}.items():
        (folder / name).write_text(text, encoding="utf-8")
    # an example about suppression comments (X001) needs the codes they name enabled too
    named = re.findall(r"msklint: disable=([A-Z0-9]+)", example.text)
    select = ",".join([code, *named])
    args = build_parser().parse_args(
        ["check", example.file, *example.others, *example.flags, "--select", select]
    )
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        config, context = resolve_config(args)
        result = lint(args.paths, config, context, None, _current_documents(args))
    finally:
        os.chdir(cwd)
    assert result.errors == [], result.errors
    return [finding.rule for finding in result.findings]


@pytest.mark.parametrize(("rule", "which"), RUNNABLE, ids=[f"{r.code}-{w}" for r, w in RUNNABLE])
def test_rule_example(rule, which, tmp_path):
    codes = run_example(rule.example(which), rule.code, tmp_path)
    if which == "bad":
        assert rule.code in codes
    else:
        assert rule.code not in codes


def test_every_rule_has_runnable_bad_and_good_examples():
    missing = [(r.code, which) for r in RULES for which in ("bad", "good") if r.example(which) is None]
    assert missing == []


def test_rule_command_shows_the_example_as_a_run(capsys):
    from msklint.cli import main

    assert main(["rule", "W004"]) == 0
    shown = capsys.readouterr().out
    assert "Bad: `msklint check connect.worker.properties topics.yaml`" in shown
    assert "`topics.yaml`:" in shown


def test_live_and_plan_rules_show_their_examples_as_runs(capsys):
    from msklint.cli import main

    assert main(["rule", "L006"]) == 0
    shown = capsys.readouterr().out
    assert "Bad: `msklint check topics.yaml live.json`" in shown
    assert '"msklint_live": 1' in shown
    assert main(["rule", "P005"]) == 0
    shown = capsys.readouterr().out
    assert "Bad: `msklint check plan.json --broker-type kafka.t3.small`" in shown
    assert main(["rule", "L014"]) == 0
    assert "Bad: `msklint check live.json --config .msklint.toml`" in capsys.readouterr().out
