"""Policies found in CloudFormation and Terraform, with positions in the file; intrinsics unresolved."""

import pytest
from helpers import ROOT, codes_and_lines, lint_text

from msklint.findings import InputError
from msklint.loaders import load_file

DATA = ROOT / "tests" / "data" / "iam"


def test_terraform_policies_and_secrets():
    documents = load_file(str(DATA / "connect.tf"))
    labels = sorted(d.model.label for d in documents)
    assert labels == [
        "aws_iam_role_policy.inline",
        "aws_msk_cluster_policy.this",
        "aws_secretsmanager_secret.alice",
        "data.aws_iam_policy_document.connector",
        "data.aws_iam_policy_document.trust",
    ]
    roles = {d.model.label: getattr(d.model, "role", None) for d in documents}
    assert roles["data.aws_iam_policy_document.trust"] == "trust"  # from assume_role_policy = data...json
    assert roles["aws_msk_cluster_policy.this"] == "cluster-policy"
    text = (DATA / "connect.tf").read_text()
    findings = lint_text(text, "main.tf")
    assert codes_and_lines(findings) == [
        ("I030", 7),
        ("I050", 22),
        ("I011", 33),
        ("I011", 33),
        ("I042", 46),
        ("I070", 54),
        ("I070", 55),
    ]


def test_cloudformation_policies_and_cluster_refs():
    findings = lint_text((DATA / "template.yaml").read_text(), "template.yaml", select=("I",))
    # !Ref Cluster is the cluster's ARN: ReadData on it grants nothing (I011); the role's two policies are
    # judged together, so DescribeTopic finds Connect in the inline policy
    assert codes_and_lines(findings) == [
        ("I011", 22),
        ("I043", 44),
        ("I070", 54),
        ("I070", 54),
        ("I030", 58),
        ("I031", 58),
        ("I040", 58),
    ]


def test_group_policies_option_joins_separate_files(tmp_path):
    from msklint.config import ClusterContext, Config
    from msklint.engine import build_context, run_rules

    (tmp_path / "connect.json").write_text(
        '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "kafka-cluster:Connect",'
        ' "Resource": "arn:aws:kafka:us-east-1:123456789012:cluster/c/*"}]}'
    )
    (tmp_path / "write.json").write_text(
        '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["kafka-cluster:WriteData",'
        ' "kafka-cluster:DescribeTopic"], "Resource": "arn:aws:kafka:us-east-1:123456789012:topic/c/*"}]}'
    )
    documents = load_file(str(tmp_path / "connect.json")) + load_file(str(tmp_path / "write.json"))
    context = build_context(documents, ClusterContext())
    alone = run_rules(documents, context, Config(select=("I031",)))
    assert [f.rule for f in alone] == ["I031"]
    together = run_rules(
        documents, context, Config(select=("I031",), rule_options={"I031": {"group-policies": True}})
    )
    assert together == []


def test_embedded_policy_error_points_into_the_file(tmp_path):
    path = tmp_path / "bad.tf"
    path.write_text(
        'resource "aws_iam_policy" "p" {\n  policy = <<EOT\n{\n  "Version": "2012-10-17",\n  "Statement": [,]\n}\nEOT\n}\n'
    )
    with pytest.raises(InputError) as raised:
        load_file(str(path))
    assert (raised.value.line, raised.value.column) == (5, 17)
    assert "embedded policy" in raised.value.message


def test_kind_iam_on_a_non_policy_is_a_clear_error(tmp_path):
    path = tmp_path / "x.json"
    path.write_text('{"Sid": "A", "Effect": "Allow"}')
    with pytest.raises(InputError, match="not an IAM policy"):
        load_file(str(path), "iam")
    assert load_file(str(path)) == []  # without --kind it is simply not a policy


def test_other_kinds_get_no_iam_documents():
    assert load_file(str(DATA / "template.yaml"), "cluster") == [] or all(
        d.kind != "iam" for d in load_file(str(DATA / "template.yaml"), "cluster")
    )
