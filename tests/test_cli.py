"""The command-line contract: formats, exit codes, configuration, suppression, bad input."""

import inspect
import json
from pathlib import Path

import pytest
from helpers import ROOT, run_cli

from msklint.findings import Finding
from msklint.registry import discover

BAD = "replica.lag.time.max.ms=5000\nnum.partitions=1\nnum.partitions=2\n"
GOOD = "replica.lag.time.max.ms=30000\n"


@pytest.fixture
def workdir(tmp_path):
    (tmp_path / "bad.properties").write_text(BAD)
    (tmp_path / "good.properties").write_text(GOOD)
    return tmp_path


def test_text_output_and_exit_code(workdir):
    code, out, err = run_cli("check", "bad.properties", cwd=workdir)
    assert code == 1
    assert out.splitlines()[0] == (
        "bad.properties:1:25: B010 error replica.lag.time.max.ms=5000 is outside MSK's range 10000..30000 "
        "[replica.lag.time.max.ms]"
    )
    assert "bad.properties:3:1: B002 warning" in out
    assert out.splitlines()[-1] == "Found 1 error, 1 warning in 1 file."
    assert err == ""


def test_clean_file_exits_zero(workdir):
    code, out, _ = run_cli("check", "good.properties", cwd=workdir)
    assert (code, out.strip()) == (0, "All checks passed (1 file).")


@pytest.mark.parametrize("fail_on, expected", [("error", 1), ("warning", 1), ("info", 1)])
def test_fail_on(workdir, fail_on, expected):
    assert run_cli("check", "bad.properties", "--fail-on", fail_on, cwd=workdir)[0] == expected


def test_fail_on_error_passes_warnings_only(workdir):
    (workdir / "dup.properties").write_text("num.partitions=1\nnum.partitions=2\n")
    assert run_cli("check", "dup.properties", "--fail-on", "error", cwd=workdir)[0] == 0
    assert run_cli("check", "dup.properties", cwd=workdir)[0] == 1


def test_json_finding_has_every_member():
    """as_dict is written out member by member (dataclasses.asdict is slow): a new member must be added."""
    names = list(inspect.signature(Finding).parameters)
    assert Finding(*names).as_dict() == {name: name for name in names}


def test_json_contract(workdir):
    code, out, _ = run_cli("check", "bad.properties", "good.properties", "--format", "json", cwd=workdir)
    report = json.loads(out)
    assert code == 1
    assert report["version"] == 1
    assert set(report) == {"version", "findings", "errors", "summary"}
    assert report["summary"] == {
        "files": 2,
        "findings": 2,
        "by_severity": {"error": 1, "warning": 1, "info": 0},
        "input_errors": 0,
        "skipped": [],
    }
    first = report["findings"][0]
    assert first == {
        "rule": "B010",
        "severity": "error",
        "path": "bad.properties",
        "line": 1,
        "column": 25,
        "target": "replica.lag.time.max.ms",
        "message": "replica.lag.time.max.ms=5000 is outside MSK's range 10000..30000",
        "hint": "set a value between 10000 and 30000 (MSK's default is 30000)",
        "guide": "Custom MSK configurations",
    }


def test_output_file(workdir):
    code, out, _ = run_cli("check", "bad.properties", "--format", "json", "-o", "report.json", cwd=workdir)
    assert code == 1 and out == ""
    assert json.loads((workdir / "report.json").read_text())["summary"]["findings"] == 2


def test_github_annotations(workdir):
    _, out, _ = run_cli("check", "bad.properties", "--format", "github", cwd=workdir)
    lines = out.splitlines()
    assert lines[0].startswith(
        "::error file=bad.properties,line=1,col=25,title=B010 replica-lag-time-bounds::"
    )
    assert lines[1].startswith("::warning file=bad.properties,line=3,col=1,title=B002 duplicate-key::")


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "bad.properties: the file is empty"),
        (b"a=1\n\x00\x01", "bad.properties:2:1: binary file (NUL byte), not a text configuration"),
        (b"a=1\nb=caf\xe9\n", "bad.properties:2:6: not UTF-8 text (byte 0xe9)"),
        (b"a=\\u12G4\n", "bad.properties:1:3: malformed \\uxxxx escape '\\u12G4'"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(workdir, content, message):
    (workdir / "bad.properties").write_bytes(content)
    code, out, err = run_cli("check", "bad.properties", "good.properties", cwd=workdir)
    assert code == 2
    assert err.strip() == f"msklint: {message}"
    assert "Traceback" not in out + err
    assert "1 file could not be read" in out


def test_huge_file(workdir):
    (workdir / "huge.properties").write_bytes(b"a=" + b"x" * (9 * 1024 * 1024))
    code, _, err = run_cli("check", "huge.properties", cwd=workdir)
    assert code == 2 and "file is too large" in err and err.count("\n") == 1


def test_missing_file_and_no_paths(workdir):
    code, _, err = run_cli("check", "nope.properties", cwd=workdir)
    assert code == 2 and err.strip() == "msklint: nope.properties: cannot read: No such file or directory"
    code, _, err = run_cli("check", cwd=workdir)
    assert code == 2 and "give at least one file" in err


def test_usage_error_exit_2(workdir):
    code, _, err = run_cli("check", "--format", "xml", "bad.properties", cwd=workdir)
    assert code == 2 and "invalid choice" in err


def test_folder_is_searched(workdir):
    (workdir / "sub").mkdir()
    (workdir / "sub" / "x.properties").write_text(BAD)
    (workdir / "sub" / "notes.txt").write_text("replica.lag.time.max.ms=1")
    _, out, _ = run_cli("check", "sub", "--format", "json", cwd=workdir)
    assert {f["path"] for f in json.loads(out)["findings"]} == {str(Path("sub/x.properties"))}


def test_properties_files_that_are_not_broker_configurations_are_skipped(workdir):
    (workdir / "log4j.properties").write_text(
        "log4j.rootLogger=INFO, stdout\nlog4j.appender.stdout.Target=x\n"
    )
    (workdir / "client.properties").write_text("security.protocol=SASL_SSL\nsasl.mechanism=AWS_MSK_IAM\n")
    (workdir / "server.properties").write_text("log.retention.hour=1\n")  # named so: always a broker file
    (workdir / "typos.properties").write_text("num.partitions=3\nlog.retention.hour=1\n")  # half known
    code, out, _ = run_cli("check", ".", "--format", "json", cwd=workdir)
    paths = {Path(f["path"]).name for f in json.loads(out)["findings"]}
    assert paths == {"bad.properties", "server.properties", "typos.properties"}
    code, out, _ = run_cli("check", "log4j.properties", "--kind", "broker", cwd=workdir)
    assert code == 1 and "B003" in out


def test_inline_suppression_and_unused(workdir):
    (workdir / "s.properties").write_text(
        "# msklint: disable=B010\nreplica.lag.time.max.ms=5000\n# msklint: disable=B002\nnum.partitions=1\n"
    )
    _, out, _ = run_cli("check", "s.properties", "--format", "json", cwd=workdir)
    findings = json.loads(out)["findings"]
    assert [(f["rule"], f["line"], f["severity"], f["target"]) for f in findings] == [
        ("X001", 3, "info", "B002")
    ]


def test_file_level_suppression(workdir):
    (workdir / "s.properties").write_text("replica.lag.time.max.ms=5000\n# msklint: disable-file=B010\n")
    assert run_cli("check", "s.properties", cwd=workdir)[0] == 0


def test_select_and_ignore_flags(workdir):
    _, out, _ = run_cli("check", "bad.properties", "--select", "B002", "--format", "json", cwd=workdir)
    assert [f["rule"] for f in json.loads(out)["findings"]] == ["B002"]
    _, out, _ = run_cli("check", "bad.properties", "--ignore", "B0", "--format", "json", cwd=workdir)
    assert json.loads(out)["findings"] == []


def test_pyproject_configuration(workdir):
    (workdir / "pyproject.toml").write_text(
        '[tool.msklint]\nignore = ["B002"]\nfail-on = "error"\n'
        '[tool.msklint.severity]\nB010 = "warning"\n'
        '[tool.msklint.per-file-ignores]\n"legacy/*.properties" = ["B010"]\n'
    )
    (workdir / "legacy").mkdir()
    (workdir / "legacy" / "old.properties").write_text(BAD)
    code, out, _ = run_cli("check", "bad.properties", "legacy", "--format", "json", cwd=workdir)
    findings = json.loads(out)["findings"]
    assert [(f["path"], f["rule"], f["severity"]) for f in findings] == [
        ("bad.properties", "B010", "warning")
    ]
    assert code == 0  # only a warning, and fail-on is error


def test_msklint_toml_and_rule_options(workdir):
    (workdir / ".msklint.toml").write_text("[rules.B010]\nmin = 1000\n")
    (workdir / "x.properties").write_text("replica.lag.time.max.ms=5000\n")
    assert run_cli("check", "x.properties", cwd=workdir)[0] == 0
    (workdir / ".msklint.toml").write_text("[rules.B010]\nmni = 1000\n")
    code, _, err = run_cli("check", "x.properties", cwd=workdir)
    assert (code, err.split(": ", 2)[2]) == (2, "[rules.B010] 'mni': unknown option (valid: max, min)\n")


def test_select_flags_are_validated_and_groups_stay_valid(workdir):
    code, _, err = run_cli("check", "bad.properties", "--select", "B,B01,X001,ALL", cwd=workdir)
    assert code == 1, err
    code, _, err = run_cli("check", "bad.properties", "--ignore", "B9", cwd=workdir)
    assert code == 2 and err.startswith("msklint: --ignore: unknown rule code or prefix 'B9' (valid: ALL,")


def test_config_rule_codes_are_the_registry_codes():
    from msklint.config import rule_modules

    assert rule_modules() == {rule.code: rule.module.__name__.rsplit(".", 1)[1] for rule in discover()}


def test_rule_lists_typed_options_and_x001_is_a_rule():
    code, out, _ = run_cli("rule", "L013")
    assert code == 0 and "- option `max_skew` (number, default 0.5): " in out
    assert "- option `min_leaders` (integer, default 10): " in out
    code, out, _ = run_cli("rule", "X001")
    assert code == 0 and out.startswith("## X001 unused-suppression")
    rules = json.loads(run_cli("rules", "--format", "json")[1])
    by_code = {rule["code"]: rule for rule in rules}
    assert by_code["X001"]["kind"] == "suppress"
    assert by_code["B010"]["options"]["min"] == {
        "type": "integer",
        "default": 10000,
        "help": "lowest value MSK accepts",
    }


def test_x001_takes_severity_and_per_file_ignores_like_any_rule(workdir):
    (workdir / "s.properties").write_text("# msklint: disable=B002\nnum.io.threads=8\n")
    (workdir / ".msklint.toml").write_text('[severity]\nX001 = "error"\n')
    code, out, _ = run_cli("check", "s.properties", "--format", "json", cwd=workdir)
    assert code == 1 and [(f["rule"], f["severity"]) for f in json.loads(out)["findings"]] == [
        ("X001", "error")
    ]
    (workdir / ".msklint.toml").write_text('[per-file-ignores]\n"s.*" = ["X"]\n')
    assert run_cli("check", "s.properties", "--fail-on", "info", cwd=workdir)[0] == 0


@pytest.mark.parametrize(
    "toml, message",
    [
        ("[tool.msklint]\nselekt = []\n", "[tool.msklint] 'selekt': unknown key (valid: select, ignore,"),
        (
            "[tool.msklint.rules.B999]\nbogus = 1\n",
            "[tool.msklint.rules.B999]: unknown rule code 'B999' (valid: a rule code, see `msklint rules`",
        ),
        (
            "[tool.msklint.rules.B010]\nmni = 5\n",
            "[tool.msklint.rules.B010] 'mni': unknown option (valid: max, min)",
        ),
        (
            "[tool.msklint.rules.B010]\nmin = '5'\n",
            "[tool.msklint.rules.B010] 'min' must be an integer, got '5'",
        ),
        ("[tool.msklint.rules.B002]\nmax = 5\n", "'max': unknown option (valid: none, B002 has no options)"),
        ("[tool.msklint.rules.L013]\nmax_skew = true\n", "'max_skew' must be a number, got True"),
        ("[tool.msklint.rules.C002]\nallow = 'kafka.x'\n", "'allow' must be a list of strings"),
        ("[tool.msklint.rules.C012]\ntoday = '3 May'\n", "'today' must be a string matching"),
        ("[tool.msklint]\nselect = ['B', 'Q']\n", "[tool.msklint] 'select': unknown rule code or prefix 'Q'"),
        ("[tool.msklint]\nignore = ['B0100']\n", "'ignore': unknown rule code or prefix 'B0100'"),
        ("[tool.msklint.per-file-ignores]\n'a/*' = ['B01O']\n", "[tool.msklint.per-file-ignores] 'a/*'"),
        ("[tool.msklint.severity]\nB999 = 'error'\n", "[tool.msklint.severity] 'B999': unknown rule code"),
        ("[tool.msklint.severity]\nB010 = 'fatal'\n", "'B010' must be one of info, warning, error"),
        ("[tool.msklint]\nbaseline = 3\n", "[tool.msklint] 'baseline' must be a file path, got 3"),
        (
            "[tool.msklint]\nfail-on = 'fatal'\n",
            "[tool.msklint] 'fail-on' must be one of info, warning, error",
        ),
        ("[tool.msklint.cluster]\nzones = 'three'\n", "'zones' must be an integer"),
        (
            "[tool.msklint.cluster]\nkafka_version = 'latest'\n",
            "'kafka_version' 'latest' is not a Kafka version",
        ),
        ("[tool.msklint.cluster]\nstorage = 'TIERED'\n", "unknown key 'storage'"),
        ("[tool.msklint\n", "cannot read configuration"),
    ],
)
def test_bad_configuration_is_precise(workdir, toml, message):
    (workdir / "pyproject.toml").write_text(toml)
    code, _, err = run_cli("check", "good.properties", cwd=workdir)
    assert code == 2
    assert "pyproject.toml" in err and message in err and err.count("\n") == 1


def test_rules_and_rule_commands():
    code, out, _ = run_cli("rules")
    assert code == 0 and "B010" in out and "replica-lag-time-bounds" in out
    rules = json.loads(run_cli("rules", "--format", "json")[1])
    assert {"code", "name", "kind", "severity", "summary", "guide", "options"} <= set(rules[0])
    code, out, _ = run_cli("rule", "replica-lag-time-bounds")
    assert code == 0 and out.startswith("## B010 replica-lag-time-bounds") and "Bad:" in out
    code, _, err = run_cli("rule", "Z999")
    assert code == 2 and "no rule 'Z999'" in err


def test_readme_first_command_runs_on_examples():
    code, out, err = run_cli("check", "examples/", cwd=ROOT)
    assert code == 1, err  # the bad examples have findings by design
    assert "Traceback" not in err
    assert "examples/broker/good.properties" not in out
