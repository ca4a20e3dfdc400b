"""The syntax and form layers: HCL with Unicode identifiers, Terraform and CloudFormation resolution, and
per-cluster context, on repositories shaped like real ones (tests/data/repos)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from helpers import ROOT, SHARED, run_cli

from msklint.config import ClusterContext, Config
from msklint.engine import lint
from msklint.loaders import load_file
from msklint.packs.cluster.model import ClusterModel
from msklint.syntax import UNKNOWN, VARIABLE, is_unknown
from msklint.syntax.hcl import parse_hcl

REPOS = ROOT / "tests" / "data" / "repos"
TODAY = {"C012": {"today": "2026-12-03"}}


def findings(*paths, context: ClusterContext | None = None):
    result = lint([str(p) for p in paths], Config(rule_options=TODAY), context or ClusterContext())
    assert result.errors == []
    return result


def clusters(documents) -> list[ClusterModel]:
    return [d.model for d in documents if isinstance(d.model, ClusterModel)]


def located(result) -> set[tuple[str, str, int]]:
    return {(f.rule, os.path.relpath(f.path, REPOS), f.line) for f in result.findings}


# ---------------------------------------------------------------- syntax


def test_hcl_identifiers_may_hold_unicode_letters():
    parsed = parse_hcl('x = data.aws_subnet.lab-с.id\nresource "a" "b" { имя = 1 }\n')
    assert parsed.attributes["x"].tag == UNKNOWN
    assert parsed.blocks[0].body.get("имя").value == 1


def test_terraform_is_parsed_without_lark_or_python_hcl2():
    """The HCL parser is built at development time (tools/gen_hcl_parser.py): a run neither imports lark nor
    python-hcl2 (importing them and rebuilding the parser cost ~200 ms of CPU per run) nor `regex`."""
    import subprocess
    import sys

    code = (
        "import sys; from msklint.cli import main\n"
        "try: main(['check', sys.argv[1]])\nexcept SystemExit: pass\n"
        "print(sorted(m for m in ('lark', 'hcl2', 'regex') if m in sys.modules))"
    )
    path = ROOT / "examples" / "cluster" / "bad-terraform.tf"
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=120)
    assert "C027" in out.stdout, out.stdout + out.stderr  # the file was parsed and linted
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stdout


def test_real_file_with_a_cyrillic_identifier_is_read():
    """Was refused with `invalid HCL` (a Cyrillic с in `data.aws_subnet.lab-с.id`)."""
    path = SHARED / "corpus-wild" / "cluster" / "kostakoff__aws-msk-terraform__msk.tf"
    documents = load_file(str(path))
    (cluster,) = clusters(documents)
    assert cluster.integer("NumberOfBrokerNodes") == 3
    assert len(cluster.subnets()) == 3 and all(is_unknown(s) for s in cluster.subnets())


def test_an_unresolved_variable_says_why(tmp_path):
    (tmp_path / "main.tf").write_text('resource "aws_msk_cluster" "c" {\n  kafka_version = var.v\n}\n')
    (cluster,) = clusters(load_file(str(tmp_path / "main.tf")))
    node = cluster.node("KafkaVersion")
    assert is_unknown(node) and node.why == VARIABLE and node.value == "var.v"


# ---------------------------------------------------------------- Terraform


def test_terraform_root_values_come_from_tfvars_defaults_locals_and_module_inputs():
    result = findings(REPOS / "terraform-root")
    got = located(result)
    # kafka_version from terraform.tfvars (over the variable's default): reported on the tfvars line
    assert ("C012", "terraform-root/terraform.tfvars", 2) in got
    # the subnets list from terraform.tfvars: two zones
    assert ("C029", "terraform-root/terraform.tfvars", 3) in got
    # lookup(var.broker_counts, "prod") + 1 = 7 brokers over 2 subnets
    assert ("C004", "terraform-root/main.tf", 19) in got
    # storage_mode from a conditional on a tfvars value: TIERED with Kafka 1.1.1
    assert ("C008", "terraform-root/main.tf", 4) in got
    # the local module, called with concat(var.subnets, [one more]): 3 subnets, its default of 4 brokers
    assert ("C004", "terraform-root/modules/msk/variables.tf", 15) in got


def test_a_finding_on_a_resolved_value_names_the_resource_that_used_it():
    result = findings(REPOS / "terraform-root")
    (tfvars,) = [f for f in result.findings if f.rule == "C012"]
    assert "aws_msk_cluster.orders" in tfvars.message and tfvars.target == "/kafka_version"


def test_a_called_module_is_read_per_call_not_on_its_own():
    result = findings(REPOS / "terraform-root")
    # C050 (i11b): the module writes no client_authentication, so every call is unauthenticated: reported
    # once at the module's resource, not per call (the message names no caller)
    module_findings = [f for f in result.findings if "modules" in f.path and f.rule != "C050"]
    assert module_findings and all("module.payments" in f.message for f in module_findings)


def test_the_module_alone_is_read_with_its_defaults(tmp_path):
    shutil.copytree(REPOS / "terraform-root" / "modules" / "msk", tmp_path / "msk")
    result = findings(tmp_path / "msk")
    # subnets and name unknown without a caller: nothing to check but what holds for every caller (C050:
    # the module writes no client_authentication)
    assert [f.rule for f in result.findings] == ["C050"]


def test_count_and_unknown_expressions_are_never_guessed(tmp_path):
    (tmp_path / "main.tf").write_text(
        'resource "aws_msk_cluster" "c" {\n'
        "  count = 2\n"
        "  kafka_version = data.x.version\n"
        "  number_of_broker_nodes = length(aws_subnet.x[*].id) > 2 ? 3 : 4\n"
        "}\n"
    )
    (cluster,) = clusters(load_file(str(tmp_path / "main.tf")))
    assert not cluster.known("KafkaVersion") and not cluster.known("NumberOfBrokerNodes")


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ('"${var.name}-x"', "orders-x"),
        ('concat(var.list, ["c"])', ["a", "b", "c"]),
        ("length(var.list)", 2),
        ('lookup(var.map, "k", "d")', "v"),
        ('lookup(var.map, "missing", "d")', "d"),
        ('var.name == "orders" ? "yes" : "no"', "yes"),
        ("tolist(var.list)[1]", "b"),
        ("jsonencode({a = var.name})", {"a": "orders"}),  # kept as the object, as before
        ("local.twice", 4),
        ("var.number + 1", 3),
    ],
)
def test_static_expressions(tmp_path, expression, expected):
    (tmp_path / "variables.tf").write_text(
        'variable "name" {\n  default = "orders"\n}\n'
        'variable "list" {\n  default = ["a", "b"]\n}\n'
        'variable "map" {\n  default = { k = "v" }\n}\n'
        'variable "number" {\n  default = 2\n}\n'
        "locals {\n  twice = var.number * 2\n}\n"
    )
    (tmp_path / "main.tf").write_text(
        f'resource "aws_msk_cluster" "c" {{\n  cluster_name = {expression}\n}}\n'
    )
    (cluster,) = clusters(load_file(str(tmp_path / "main.tf")))
    assert cluster.value("ClusterName") == expected


def test_auto_tfvars_win_over_terraform_tfvars(tmp_path):
    (tmp_path / "main.tf").write_text(
        'variable "v" {\n  default = "3.8.x"\n}\nresource "aws_msk_cluster" "c" {\n  kafka_version = var.v\n}\n'
    )
    (tmp_path / "terraform.tfvars").write_text('v = "3.5.1"\n')
    (tmp_path / "b.auto.tfvars.json").write_text('{"v": "3.7.x"}\n')
    (cluster,) = clusters(load_file(str(tmp_path / "main.tf")))
    assert cluster.string("KafkaVersion") == "3.7.x"


# ---------------------------------------------------------------- CloudFormation


def test_cloudformation_stack_parameters_mappings_conditions_and_getatt():
    result = findings(REPOS / "cloudformation-stack")
    got = located(result)
    stack = "cloudformation-stack/stack.yaml"
    assert ("C012", stack, 10) in got  # the KafkaVersion parameter's Default
    assert ("C029", stack, 13) in got  # CommaDelimitedList default: two subnets
    assert ("C004", stack, 17) in got  # Fn::FindInMap by !Ref Environment: 3 brokers
    assert ("C008", stack, 39) in got  # !If IsProd (decided by the parameter) -> TIERED
    # the configuration referenced by !GetAtt is checked with the cluster's (tiered) context
    assert ("B040", stack, 31) in got
    (c012,) = [f for f in result.findings if f.rule == "C012"]
    assert "OrdersConfiguration" in c012.message and "OrdersCluster" in c012.message


def test_cloudformation_values_that_stay_unknown(tmp_path):
    (tmp_path / "t.yaml").write_text(
        "Parameters:\n  V:\n    Type: String\nConditions:\n  C: !Equals [!Ref V, x]\n"
        "Resources:\n  K:\n    Type: AWS::MSK::Cluster\n    Properties:\n"
        "      KafkaVersion: !Ref V\n      ClusterName: !Sub '${AWS::StackName}-k'\n"
        "      NumberOfBrokerNodes: !If [C, 3, 6]\n"
    )
    variants = clusters(load_file(str(tmp_path / "t.yaml")))
    for cluster in variants:
        for member in ("KafkaVersion", "ClusterName"):
            assert not cluster.known(member), member
    # the If on an open condition: both branches, one variant each
    assert sorted(c.integer("NumberOfBrokerNodes") for c in variants) == [3, 6]


# ---------------------------------------------------------------- per-cluster context


def test_each_cluster_gives_its_own_documents_their_context():
    """Three clusters in one run (two Terraform, one CloudFormation): each configuration is checked with the
    context of the cluster that uses it. Before, several clusters meant no context at all."""
    result = findings(REPOS / "terraform-root", REPOS / "cloudformation-stack")
    got = located(result)
    assert ("B040", "terraform-root/main.tf", 11) in got
    assert ("B040", "cloudformation-stack/stack.yaml", 31) in got


def test_flags_still_win_over_a_linked_cluster():
    result = findings(REPOS / "cloudformation-stack", context=ClusterContext(storage_mode="LOCAL"))
    assert "B040" not in {f.rule for f in result.findings}


def test_a_configuration_shared_by_two_clusters_is_checked_against_each(tmp_path):
    (tmp_path / "main.tf").write_text(
        'resource "aws_msk_configuration" "shared" {\n'
        '  name = "shared"\n  kafka_versions = ["3.8.x"]\n'
        '  server_properties = "log.cleanup.policy=compact"\n}\n'
        + "".join(
            f'resource "aws_msk_cluster" "{name}" {{\n  kafka_version = "3.8.x"\n  storage_mode = "{mode}"\n'
            "  configuration_info {\n    arn = aws_msk_configuration.shared.arn\n    revision = 1\n  }\n}\n"
            for name, mode in (("tiered", "TIERED"), ("local", "LOCAL"))
        )
    )
    result = findings(tmp_path)
    (b040,) = [f for f in result.findings if f.rule == "B040"]
    assert "(cluster aws_msk_cluster.tiered)" in b040.message


def test_topics_and_policies_link_to_their_cluster(tmp_path):
    (tmp_path / "cluster.tf").write_text(
        'resource "aws_msk_serverless_cluster" "s" {\n  cluster_name = "events"\n}\n'
        'resource "aws_msk_cluster" "p" {\n  cluster_name = "orders"\n  kafka_version = "3.8.x"\n'
        "  number_of_broker_nodes = 3\n}\n"
    )
    (tmp_path / "topics.tf").write_text(
        'resource "aws_msk_topic" "t" {\n  name = "a"\n  cluster_arn = aws_msk_serverless_cluster.s.arn\n'
        "  partition_count = 3\n  replication_factor = 3\n}\n"
    )
    documents = {}
    result = findings(tmp_path)
    for document in result.context.documents:
        documents[(os.path.basename(document.path), document.kind)] = result.context.per_document.get(
            id(document), []
        )
    ((topic_context, label, how),) = documents[("topics.tf", "topic")]
    assert label == "aws_msk_serverless_cluster.s" and topic_context.cluster.serverless
    assert "cluster ARN" in how


def test_verbose_says_which_context_each_document_got():
    code, _, err = run_cli("check", "-v", str(REPOS / "cloudformation-stack"))
    assert code == 1
    assert "/Resources/OrdersConfiguration/Properties/ServerProperties (broker): context from" in err
    assert "(OrdersCluster) (its ConfigurationInfo)" in err


def test_relative_paths_stay_relative(tmp_path):
    shutil.copytree(REPOS / "terraform-root", tmp_path / "root")
    code, out, _ = run_cli("check", "root", cwd=tmp_path)
    assert code == 1
    assert "root/terraform.tfvars:2:17: C012" in out and str(tmp_path) not in out
    assert Path(tmp_path / "root" / "terraform.tfvars").exists()


# ---------------------------------------------------------------- detection by content


def test_a_worker_configuration_is_recognised_by_its_keys(tmp_path):
    (tmp_path / "connect.properties").write_text(
        "key.converter=org.apache.kafka.connect.storage.StringConverter\n"
        "value.converter=org.apache.kafka.connect.storage.StringConverter\n"
    )
    (document,) = load_file(str(tmp_path / "connect.properties"))
    assert document.kind == "worker"


def test_files_with_nothing_to_check_are_listed(tmp_path):
    (tmp_path / "log4j.properties").write_text("log4j.rootLogger=INFO, stdout\n")
    (tmp_path / "server.properties").write_text("num.partitions=3\n")
    code, out, err = run_cli("check", "-v", "--format", "json", ".", cwd=tmp_path)
    assert code == 0
    assert json.loads(out)["summary"]["skipped"] == ["./log4j.properties"]
    assert "./log4j.properties: skipped, nothing msklint checks" in err


def test_an_unknown_module_with_msk_inputs_is_an_info_finding(tmp_path):
    (tmp_path / "main.tf").write_text(
        'module "kafka" {\n  source = "app.terraform.io/acme/msk/aws"\n  kafka_version = "3.8.x"\n'
        '  broker_node_group_info = { instance_type = "kafka.m5.large" }\n}\n'
        'module "vpc" {\n  source = "terraform-aws-modules/vpc/aws"\n  cidr = "10.0.0.0/16"\n}\n'
    )
    result = findings(tmp_path)
    assert [(f.rule, f.severity, f.line) for f in result.findings] == [("C090", "info", 1)]
    assert "module.kafka" in result.findings[0].message


def test_resources_by_type_in_terraform_json_syntax(tmp_path):
    """`.tf.json` resources are read by the cluster pack too (it recognised only HCL and plans before)."""
    (tmp_path / "main.tf.json").write_text(
        '{"resource": {"aws_msk_cluster": {"c": {"kafka_version": "3.8.x", "number_of_broker_nodes": 4,\n'
        ' "broker_node_group_info": [{"instance_type": "kafka.m5.large",\n'
        '  "client_subnets": ["subnet-a", "subnet-b", "subnet-c"]}]}}}}\n'
    )
    result = findings(tmp_path)
    assert [(f.rule, f.line) for f in result.findings if f.rule == "C004"] == [("C004", 1)]


def test_an_if_on_an_open_condition_is_read_both_ways():
    """`Tiered` has no default: both branches of `!If [UseTiered, TIERED, LOCAL]` are checked, and the
    configuration with each cluster variant's context."""
    result = findings(REPOS / "cloudformation-open-condition.yaml")
    got = {(f.rule, f.line) for f in result.findings}
    assert {("C008", 20), ("B040", 13)} <= got
    assert len([f for f in result.findings if f.rule == "C030"]) == 3  # shared by both: reported once


def test_a_topic_value_from_tfvars_is_reported_on_the_tfvars_line(tmp_path):
    (tmp_path / "main.tf").write_text(
        'variable "partitions" {}\nresource "aws_msk_topic" "t" {\n  name = "orders"\n'
        "  partition_count = var.partitions\n  replication_factor = 3\n}\n"
    )
    (tmp_path / "terraform.tfvars").write_text("partitions = 0\n")
    result = findings(tmp_path)
    (t,) = [f for f in result.findings if f.rule.startswith("T")]
    assert (os.path.basename(t.path), t.line) == ("terraform.tfvars", 1)
    assert "value used by" in t.message and "main.tf" in t.message


def test_a_schema_error_in_a_variable_default_is_reported_in_the_file_that_sets_it(tmp_path):
    """C001 (and C032, U001: the same structural_errors) reports at the value's own file, not at its line
    number in the resource's file."""
    (tmp_path / "variables.tf").write_text('variable "volume" {\n  default = "big"\n}\n')
    (tmp_path / "main.tf").write_text(
        'resource "aws_msk_cluster" "c" {\n  cluster_name = "demo"\n  kafka_version = "3.9.x"\n'
        '  number_of_broker_nodes = 3\n  broker_node_group_info {\n    instance_type = "kafka.m5.large"\n'
        '    client_subnets = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1", "subnet-0123456789abcdef2"]\n'
        "    storage_info {\n      ebs_storage_info {\n        volume_size = var.volume\n      }\n    }\n  }\n}\n"
    )
    (c001,) = [f for f in findings(tmp_path).findings if f.rule == "C001"]
    assert (os.path.basename(c001.path), c001.line, c001.column) == ("variables.tf", 2, 13)
    assert "whole number" in c001.message and "aws_msk_cluster.c" in c001.message
