"""The cluster definition as context for the other packs, end to end through the CLI."""

import json

from helpers import CORPUS, lint_text, run_cli

from msklint.config import ClusterContext
from msklint.engine import build_context
from msklint.loaders import load_file

TF = CORPUS / "terraform" / "robertchu1205__devops__msk-dev-cluster.tf"


def test_cluster_flag_supplies_the_context(tmp_path):
    broker = tmp_path / "server.properties"
    broker.write_text("auto.create.topics.enable=false\n")
    code, out, err = run_cli("check", "-v", str(broker), "--cluster", str(TF))
    assert code == 0, out + err
    assert f"cluster context from {TF} (aws_msk_cluster.hk-algo-d-msk)" in err


def test_context_values_from_a_cluster_definition():
    documents = load_file(str(TF))
    context = build_context(documents, ClusterContext()).cluster
    assert context == ClusterContext("3.2.0", "kafka.t3.small", 3, 3, "LOCAL", "provisioned")
    flags = ClusterContext(kafka_version="3.6.0")
    assert build_context(documents, flags).cluster.kafka_version == "3.6.0"  # flags win


def test_a_cluster_found_in_the_run_supplies_the_context(tmp_path):
    (tmp_path / "server.properties").write_text("auto.create.topics.enable=false\n")
    (tmp_path / "msk.tf").write_text(TF.read_text())
    code, out, err = run_cli("check", "-v", str(tmp_path), "--select", "B")
    assert code == 0, out + err
    assert "cluster context from" in err and "msk.tf (aws_msk_cluster.hk-algo-d-msk)" in err


def test_two_clusters_are_ambiguous(tmp_path):
    (tmp_path / "server.properties").write_text("auto.create.topics.enable=false\n")
    (tmp_path / "a.tf").write_text(TF.read_text())
    (tmp_path / "b.json").write_text(
        (CORPUS / "cluster" / "vasveena__amazon-msk-ttt-workshop__clusterinfo.json").read_text()
    )
    _, _, err = run_cli("check", "-v", str(tmp_path), "--select", "B")
    assert "cluster context" not in err
    code, _out, err = run_cli(
        "check",
        str(tmp_path / "server.properties"),
        "--cluster",
        str(
            CORPUS
            / "cluster"
            / "aws-samples__serverless-patterns__msk-lambda-iam-java-sam-MSKAndKafkaClientEC2.yaml"
        ),
    )
    assert code == 2 and "more than one cluster definition" in err


def test_cluster_findings_in_json_and_sarif(tmp_path):
    path = tmp_path / "cluster.json"
    path.write_text(
        '{"ClusterName": "c", "KafkaVersion": "3.6.1", "NumberOfBrokerNodes": 3,\n'
        ' "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-0000000a", "subnet-0000000b", "subnet-0000000c"]}}\n'
    )
    code, out, _err = run_cli("check", str(path), "--format", "json", "--ignore", "C050")  # no client auth
    assert code == 1
    report = json.loads(out)
    findings = report["findings"] if isinstance(report, dict) else report
    assert [(f["rule"], f["line"], f["target"], f["guide"]) for f in findings] == [
        ("C010", 1, "/KafkaVersion", "Supported Apache Kafka versions")
    ]
    code, out, _ = run_cli("check", str(path), "--format", "sarif", "--ignore", "C050")
    assert code == 1 and json.loads(out)["runs"][0]["results"][0]["ruleId"] == "C010"


def test_bad_cluster_input_is_one_line_exit_2(tmp_path):
    for name, text in (
        ("c.json", '{"ClusterName": '),
        ("c.tf", 'resource "aws_msk_cluster" "x" {'),
        ("c.yaml", "a: ["),
    ):
        path = tmp_path / name
        path.write_text(text)
        code, _out, err = run_cli("check", str(path), "--kind", "cluster")
        assert code == 2 and "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    wrong = tmp_path / "wrong.json"
    wrong.write_text(
        '{"ClusterName": "c", "KafkaVersion": 3.6, "NumberOfBrokerNodes": [3], "BrokerNodeGroupInfo": "x"}'
    )
    # C050: no ClientAuthentication, so unauthenticated access only
    assert {f.rule for f in lint_text(wrong.read_text(), "wrong.json")} == {"C001", "C050"}


def test_rules_are_listed_and_explained():
    code, out, _ = run_cli("rules")
    assert code == 0 and all(code in out for code in ("C001", "C029", "U013", "W004"))
    code, out, _ = run_cli("rule", "C012")
    assert code == 0 and "Amazon MSK version support policy" in out and "today" in out


def test_examples_good_are_clean_and_bad_are_not():
    from helpers import ROOT

    folder = ROOT / "examples" / "cluster"
    current = str(folder / "describe-cluster.json")
    for path in sorted(p for p in folder.iterdir() if p.is_file()):  # modern/: tests/test_modern_examples.py
        code, out, err = run_cli("check", str(path), "--current", current)
        expected = 1 if path.name.startswith("bad") else 0
        assert code == expected, f"{path.name}: {out}{err}"
