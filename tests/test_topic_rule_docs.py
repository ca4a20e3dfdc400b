"""Each topic rule's BAD example (shown by `msklint rule`) triggers it, and its GOOD example doesn't."""

import pytest
from helpers import example_context, lint_text, run_cli

from msklint.registry import discover

RULES = discover({"topic"})


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_bad_triggers_and_good_does_not(rule):
    assert rule.bad and rule.good
    bad = lint_text(rule.bad, "topics.yaml", example_context(rule.bad), select=(rule.code,))
    good = lint_text(rule.good, "topics.yaml", example_context(rule.good), select=(rule.code,))
    assert [f.rule for f in bad] and all(f.rule == rule.code for f in bad)
    assert good == []


def test_rule_command_explains_a_topic_rule():
    code, out, _ = run_cli("rule", "T024")
    assert code == 0
    assert '- guide: "Guidelines for tiered storage topic-level configuration"' in out
    assert "can't\nequal or exceed" in out or "can't equal or exceed" in out.replace("\n", " ")
