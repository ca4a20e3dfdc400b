"""Baselines: record today's findings, then fail only on new ones; entries survive lines moving."""

import json

from helpers import run_cli

BROKER = "replica.lag.time.max.ms=5000\nnum.io.threads=8\nnum.io.threads=8\n"  # B010, B002


def report(cwd, *args):
    code, out, err = run_cli("check", *args, "--format", "json", cwd=cwd)
    return code, json.loads(out) if out else None, err


def test_write_then_check_moved_fixed_and_new(tmp_path):
    (tmp_path / "server.properties").write_text(BROKER)
    code, out, err = run_cli(
        "check", "server.properties", "--write-baseline", "msklint-baseline.json", cwd=tmp_path
    )
    assert code == 0 and "wrote 2 findings to the baseline msklint-baseline.json" in err
    data = json.loads((tmp_path / "msklint-baseline.json").read_text())
    assert data["version"] == 1
    assert [(e["rule"], e["path"], e["target"], e["count"]) for e in data["findings"]] == [
        ("B002", "server.properties", "num.io.threads", 1),
        ("B010", "server.properties", "replica.lag.time.max.ms", 1),
    ]

    # the same findings: nothing new, exit 0
    code, result, _ = report(tmp_path, "server.properties", "--baseline", "msklint-baseline.json")
    assert (code, result["findings"], result["baseline"]["known"], result["baseline"]["gone"]) == (
        0,
        [],
        2,
        [],
    )

    # lines moved: still known
    (tmp_path / "server.properties").write_text("# a comment\n\nlog.retention.hours=168\n" + BROKER)
    code, result, _ = report(tmp_path, "server.properties", "--baseline", "msklint-baseline.json")
    assert (code, result["findings"], result["baseline"]["known"]) == (0, [], 2)

    # one fixed, one new: the new one fails the run, the fixed one is reported as gone
    (tmp_path / "server.properties").write_text(
        "replica.lag.time.max.ms=30000\nnum.io.threads=8\nnum.io.threads=8\nzookeeper.session.timeout.ms=1000\n"
    )
    code, result, _ = report(tmp_path, "server.properties", "--baseline", "msklint-baseline.json")
    assert code == 1
    assert [(f["rule"], f["line"]) for f in result["findings"]] == [("B011", 4)]
    assert [(e["rule"], e["target"]) for e in result["baseline"]["gone"]] == [
        ("B010", "replica.lag.time.max.ms")
    ]
    code, out, _ = run_cli("check", "server.properties", "--baseline", "msklint-baseline.json", cwd=tmp_path)
    assert "1 known finding not shown." in out and "server.properties: B010 [replica.lag.time.max.ms]" in out


def test_a_changed_value_is_a_new_finding(tmp_path):
    (tmp_path / "server.properties").write_text("replica.lag.time.max.ms=5000\n")
    run_cli("check", "server.properties", "--write-baseline", "b.json", cwd=tmp_path)
    (tmp_path / "server.properties").write_text("replica.lag.time.max.ms=1000\n")
    code, result, _ = report(tmp_path, "server.properties", "--baseline", "b.json")
    assert code == 1 and [f["rule"] for f in result["findings"]] == ["B010"]
    assert len(result["baseline"]["gone"]) == 1


def test_duplicate_findings_are_counted_and_the_file_is_stable(tmp_path):
    (tmp_path / "server.properties").write_text("num.io.threads=8\n" * 3 + "replica.lag.time.max.ms=5000\n")
    run_cli("check", "server.properties", "--write-baseline", "b.json", cwd=tmp_path)
    first = (tmp_path / "b.json").read_text()
    run_cli("check", "server.properties", "--write-baseline", "b.json", cwd=tmp_path)
    assert (tmp_path / "b.json").read_text() == first  # rewriting gives the same bytes
    entries = json.loads(first)["findings"]
    assert entries == sorted(entries, key=lambda e: (e["path"], e["rule"], e["target"], e["fingerprint"]))
    assert [(e["rule"], e["count"]) for e in entries] == [("B002", 2), ("B010", 1)]
    assert report(tmp_path, "server.properties", "--baseline", "b.json")[0] == 0
    (tmp_path / "server.properties").write_text("num.io.threads=8\n" * 4 + "replica.lag.time.max.ms=5000\n")
    code, result, _ = report(tmp_path, "server.properties", "--baseline", "b.json")
    assert (code, [f["rule"] for f in result["findings"]]) == (1, ["B002"])  # a third duplicate is new


def test_baseline_from_configuration_and_other_working_directory(tmp_path):
    (tmp_path / "conf").mkdir()
    (tmp_path / "conf" / "server.properties").write_text(BROKER)
    run_cli("check", "conf", "--write-baseline", "conf/baseline.json", cwd=tmp_path)
    assert {e["path"] for e in json.loads((tmp_path / "conf" / "baseline.json").read_text())["findings"]} == {
        "server.properties"
    }
    (tmp_path / ".msklint.toml").write_text('baseline = "conf/baseline.json"\n')
    assert report(tmp_path, "conf")[0] == 0
    code, result, _ = report(tmp_path / "conf", "server.properties", "--baseline", "baseline.json")
    assert (code, result["baseline"]["known"]) == (0, 2)


def test_a_bad_baseline_is_one_line_and_exit_2(tmp_path):
    (tmp_path / "server.properties").write_text(BROKER)
    for content in ("", "[]", '{"version": 1, "findings": [{"rule": 1}]}', "{"):
        (tmp_path / "b.json").write_text(content)
        code, _, err = run_cli("check", "server.properties", "--baseline", "b.json", cwd=tmp_path)
        assert code == 2 and err.startswith("msklint: baseline b.json: ") and len(err.splitlines()) == 1, err
    code, _, err = run_cli("check", "server.properties", "--baseline", "missing.json", cwd=tmp_path)
    assert code == 2 and "baseline missing.json: cannot read" in err
