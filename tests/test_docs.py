from helpers import ROOT

from msklint.docs import render


def test_rules_md_is_current():
    current = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert current == render(), "docs/rules.md is stale: run `python -m msklint.docs`"
