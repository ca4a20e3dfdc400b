"""Issue 15's bound (no input runs longer than 10 s or uses more than 1 GiB) as behaviour: the work grows
linearly with big inputs (calls counted), and inputs beyond any real MSK file are refused in one line.
The timings are bench/hostile.py's (README, "Hostile inputs")."""

from __future__ import annotations

import importlib
import json

import pytest
from helpers import lint_text, run_cli

from msklint.packs.iam.reader import MAX_STATEMENTS

ARN = "arn:aws:kafka:us-east-1:123456789012:"


def _statement(actions: list[str], resource: str) -> dict:
    return {"Effect": "Allow", "Action": actions, "Resource": ARN + resource}


def _policy(rounds: int, clusters: int = 5) -> str:
    """Per round: Connect and WriteDataIdempotently on one of `clusters` clusters `other<i>`, DescribeTopic
    there, and ReadData and WriteData on a topic of cluster `orders`, whose own grants come last (so a rule
    that compares every pair of statements scans all the others for each)."""
    items = []
    for i in range(rounds):
        other = f"other{i % clusters}"
        items.append(
            _statement(["kafka-cluster:Connect", "kafka-cluster:WriteDataIdempotently"], f"cluster/{other}/*")
        )
        items.append(_statement(["kafka-cluster:DescribeTopic"], f"topic/{other}/*/x{i}"))
        items.append(
            _statement(["kafka-cluster:ReadData", "kafka-cluster:WriteData"], f"topic/orders/*/t{i}")
        )
    items.append(
        _statement(["kafka-cluster:Connect", "kafka-cluster:WriteDataIdempotently"], "cluster/orders/*")
    )
    items.append(_statement(["kafka-cluster:DescribeTopic"], "topic/orders/*/y"))
    return json.dumps({"Version": "2012-10-17", "Statement": items})


def _big_policy(statements: int) -> str:
    return json.dumps({"Statement": [_statement(["kafka-cluster:Connect"], "cluster/c/*")] * statements})


@pytest.mark.parametrize(
    ("module", "code"),
    [("iam_required_actions", "I030"), ("iam_connect_missing", "I031"), ("iam_idempotent_write", "I032")],
)
def test_policy_rules_compare_each_cluster_once_not_each_pair_of_statements(monkeypatch, module, code):
    """Was quadratic in statements (a 60k-statement policy ran for minutes): resources are compared once
    per cluster, so the comparisons do not grow with the statements about the same clusters."""
    rule = importlib.import_module(f"msklint.rules.{module}")
    calls = []
    original = rule.same_cluster_keys
    monkeypatch.setattr(rule, "same_cluster_keys", lambda a, b: calls.append(1) or original(a, b))
    counts = []
    for rounds in (20, 200):
        calls.clear()
        findings = lint_text(_policy(rounds), "policy.json", {"kafka_version": "3.6.0"}, select=(code,))
        counts.append(len(calls))
        if code == "I030":  # every ReadData lacks AlterGroup (on a group), reported each time
            missing = [
                f
                for f in findings
                if "'kafka-cluster:ReadData' requires 'kafka-cluster:AlterGroup'" in f.message
            ]
            assert len(missing) == rounds
        else:
            assert not findings
    assert 0 < counts[0] == counts[1], counts


def test_policy_beyond_the_statement_bound_is_refused_in_one_line(tmp_path):
    path = tmp_path / "policy.json"
    path.write_text(_big_policy(MAX_STATEMENTS + 1), encoding="utf-8")
    code, _, err = run_cli("check", str(path))
    assert code == 2
    assert err.strip().count("\n") == 0 and "Traceback" not in err
    assert f"{path}:1:" in err and f"{MAX_STATEMENTS + 1} statements" in err


def test_policy_at_the_statement_bound_is_linted(tmp_path):
    path = tmp_path / "policy.json"
    path.write_text(_big_policy(MAX_STATEMENTS), encoding="utf-8")
    code, _, err = run_cli("check", str(path))
    assert code in (0, 1), err
    assert "statements" not in err


def test_properties_last_occurrence_index_is_built_once_and_follows_the_entries():
    """`get` was O(entries) per lookup (the index rebuilt each time): a 300k-line file times the rules' tens
    of lookups. The index is kept while the entries are the same list of the same length."""
    from msklint.record import replace
    from msklint.syntax.properties import parse_properties

    parsed = parse_properties("a=1\nb=2\na=3\n")
    assert parsed.last is parsed.last
    assert parsed.get("a").value == "3"
    parsed.entries.append(replace(parsed.entries[0], value="4"))
    assert parsed.get("a").value == "4"
    parsed.entries = [e for e in parsed.entries if e.key == "b"]
    assert parsed.get("a") is None and parsed.get("b").value == "2"


@pytest.mark.parametrize(
    "line",
    [
        "key=value",
        "key = value",
        "key:value",
        "key value",
        "key\t\f= :v",
        "key",
        "k=",
        "=v",
        "a:b=c d",
        "é = ü",
    ],
)
def test_a_plain_line_reads_as_the_escape_aware_reader_reads_it(line):
    """Lines without a backslash take a fast path on the string; it must give what the per-character
    reader (Java's semantics) gives, positions included."""
    from msklint.syntax.properties import PropertiesFile, _add_entry, parse_properties

    slow = PropertiesFile()
    _add_entry(slow, [(ch, 2, 3 + k) for k, ch in enumerate(line)])
    assert parse_properties("# c\n  " + line + "\n").entries == slow.entries
