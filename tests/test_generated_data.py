"""Checked-in data generated from authoritative sources is current (regenerated and compared)."""

import subprocess
import sys

from helpers import ROOT


def test_kafka_config_catalog_is_current():
    # Needs java and mvn (both on CI); fetches the pinned Kafka jars on first use.
    result = subprocess.run([sys.executable, "tools/gen_kafka_catalog.py", "--check"], cwd=ROOT, timeout=1200)
    assert result.returncode == 0, (
        "msklint/data/kafka-configs.json is stale: run python tools/gen_kafka_catalog.py"
    )


def test_msk_facts_are_current():
    # The current guide's tables, transcribed into tools/msk_facts/*.json (each with its page and the date read).
    result = subprocess.run([sys.executable, "tools/gen_msk_facts.py", "--check"], cwd=ROOT, timeout=60)
    assert result.returncode == 0, "msklint/data/msk-facts.json is stale: run python tools/gen_msk_facts.py"


def test_hcl_parser_is_current():
    # python-hcl2's grammar (NAME widened) through lark's stand-alone generator, both pinned in the dev extra.
    result = subprocess.run(
        [sys.executable, "tools/gen_hcl_parser.py", "--check"],
        cwd=ROOT,
        timeout=300,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def test_generated_validators_are_current():
    # Needs the dev extra (fastjsonschema, pinned): the modules are compiled from schemas/*.schema.json.
    result = subprocess.run([sys.executable, "tools/gen_validators.py", "--check"], cwd=ROOT, timeout=120)
    assert result.returncode == 0, "msklint/validators/ is stale: run python tools/gen_validators.py"


def test_every_msk_fact_input_names_its_pages_with_url_and_date():
    import json

    for path in sorted((ROOT / "tools" / "msk_facts").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        pages = data["pages"]
        assert pages, path.name
        for page in pages:
            assert page["url"].startswith("https://") and page["title"], path.name
            assert page["date_read"] == "2026-12-03", path.name


def test_facts_are_read_only_by_the_rules_that_need_them():
    """Start-up: checking a properties file of a Standard cluster does not read msk-facts.json."""
    code = (
        "import sys, msklint.msk as m; from msklint.cli import main; "
        "main(['check', sys.argv[1]]); print(m.facts.cache_info().currsize)"
    )
    path = ROOT / "examples" / "broker" / "good.properties"
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip().splitlines()[-1] == "0", out.stdout + out.stderr


def test_rule_sources_are_pages_of_the_facts_read_the_same_day():
    """The PAGE_* constants the rules cite (msklint.msk) are pages the facts were transcribed from."""
    import json

    import msklint.msk as msk

    pages = {
        (page["url"], page["date_read"])
        for path in (ROOT / "tools" / "msk_facts").glob("*.json")
        for page in json.loads(path.read_text(encoding="utf-8"))["pages"]
    }
    cited = [value for name, value in vars(msk).items() if name.startswith("PAGE_")]
    assert len(cited) >= 10
    for url, date_read, _title in cited:
        assert (url, date_read) in pages, url
