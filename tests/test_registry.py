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
    if rule.kind == "suppress":  # about msklint's own comments (X001): no guide section to cite
        assert rule.guide == "" and rule.code.startswith("X")
        return
    assert rule.guide in guide_headings(), (
        f"{rule.code}: '{rule.guide}' is not a section heading of the guide"
    )


@pytest.mark.parametrize("rule", [r for r in RULES if r.sources or r.changed], ids=lambda rule: rule.code)
def test_current_guide_sources_are_dated_pages_and_shown(rule):
    """SOURCES: the current guide's pages as (url, date read, title); CHANGED: what they changed relative
    to the seed. `msklint rule CODE` (and docs/rules.md) shows both next to the seed section."""
    from msklint.cli import rule_markdown

    assert rule.sources, f"{rule.code}: CHANGED without the SOURCES it comes from"
    text = rule_markdown(rule)
    for url, date_read, title in rule.sources:
        assert url.startswith("https://") and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date_read) and title
        assert f'- current guide: "{title}" {url} (read {date_read})' in text
    assert f'- guide: "{rule.guide}" (Amazon MSK Developer Guide, June 2024 edition)' in text
    if rule.changed:
        assert f"- changed since June 2024: {rule.changed}" in text


def test_rules_that_follow_the_current_guide():
    following = {rule.code for rule in RULES if rule.sources}
    assert {
        "B008",
        "B012",
        "B060",
        "C002",
        "C010",
        "C012",
        "C013",
        "C014",
        "C040",
        "T040",
        "U007",
        "U008",
    } <= following
