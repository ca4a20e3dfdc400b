"""Every rule is complete, uniquely coded, and cites a section heading that exists in the guide."""

import re

import pytest
from helpers import GUIDE

from msklint.registry import KIND_PREFIXES, discover

RULES = discover()


def guide_headings() -> set[str]:
    text = GUIDE.read_text(encoding="utf-8")
    return {
        re.sub(r"[*`]", "", line.lstrip("#").strip()) for line in text.splitlines() if line.startswith("#")
    }


def test_codes_and_names_are_unique():
    codes = [rule.code for rule in RULES]
    names = [rule.name for rule in RULES]
    assert len(codes) == len(set(codes))
    assert len(names) == len(set(names))


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_rule_metadata(rule):
    assert re.fullmatch(r"[BTICWULPXS]\d{3}", rule.code)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule.name)
    assert rule.kind in KIND_PREFIXES
    assert rule.severity in ("error", "warning", "info")
    assert rule.summary and rule.description, "a rule needs a summary and a docstring rationale"
    assert (rule.check is None) != (rule.check_all is None), "define exactly one of check / check_all"


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_rule_cites_a_guide_heading(rule):
    assert rule.guide in guide_headings(), (
        f"{rule.code}: '{rule.guide}' is not a section heading of the guide"
    )
