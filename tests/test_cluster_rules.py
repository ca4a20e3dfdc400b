"""Per-rule tables for the cluster pack: input -> exact [(code, line)], each with a compliant twin."""

import json
import os
import tempfile
from pathlib import Path

import pytest
from helpers import codes_and_lines

from msklint.config import ClusterContext, Config
from msklint.engine import build_context, run_rules
from msklint.loaders import load_file
from msklint.registry import discover

TODAY = {"C012": {"today": "2024-07-01"}}


def lint(text, filename="cluster.json", select=(), options=None, kind=None, context=None):
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, filename)
        Path(path).write_text(text, encoding="utf-8")
        documents = load_file(path, kind)
        config = Config(select=select, rule_options=options or TODAY)
        return run_rules(documents, build_context(documents, context or ClusterContext()), config)


def cluster(**changes):
    """A compliant create-cluster request, one member per line so findings have distinct lines."""
    body = {
        "ClusterName": "demo",
        "KafkaVersion": "3.8.x",
        "NumberOfBrokerNodes": 3,
        "BrokerNodeGroupInfo": {
            "InstanceType": "kafka.m5.large",
            "ClientSubnets": ["subnet-0000000a", "subnet-0000000b", "subnet-0000000c"],
            "StorageInfo": {"EbsStorageInfo": {"VolumeSize": 100}},
        },
        "ClientAuthentication": {"Sasl": {"Iam": {"Enabled": True}}},
        "EncryptionInfo": {"EncryptionInTransit": {"ClientBroker": "TLS", "InCluster": True}},
    }
    for path, value in changes.items():
        holder = body
        parts = path.split("__")
        for part in parts[:-1]:
            holder = holder.setdefault(part, {})
        if value is None:
            holder.pop(parts[-1], None)
        else:
            holder[parts[-1]] = value
    return json.dumps(body, indent=1) + "\n"


def line_of(text, needle):
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


GOOD = cluster()


def test_good_cluster_has_no_findings():
    assert lint(GOOD) == []


CASES = [
    # (code, request, needle on the reported line)
    ("C001", cluster(NumberOfBrokerNodes="3"), '"NumberOfBrokerNodes"'),
    ("C001", cluster(Bogus=1), '"Bogus"'),
    ("C001", cluster(EnhancedMonitoring="PER_CLUSTER"), '"EnhancedMonitoring"'),
    ("C001", cluster(ClusterName="x" * 65), '"ClusterName"'),
    ("C002", cluster(BrokerNodeGroupInfo__InstanceType="kafka.m7g.24xlarge"), '"InstanceType"'),
    (
        "C003",
        cluster(BrokerNodeGroupInfo__ClientSubnets=["subnet-0000000a"], NumberOfBrokerNodes=2),
        '"ClientSubnets"',
    ),
    ("C004", cluster(NumberOfBrokerNodes=4), '"NumberOfBrokerNodes"'),
    ("C002", cluster(BrokerNodeGroupInfo__InstanceType="express.m7g.24xlarge"), '"InstanceType"'),
    ("C040", cluster(BrokerNodeGroupInfo__InstanceType="express.m7g.large"), '"StorageInfo"'),
    (
        "C040",
        cluster(
            BrokerNodeGroupInfo__InstanceType="express.m7g.large",
            BrokerNodeGroupInfo__StorageInfo=None,
            StorageMode="TIERED",
        ),
        '"StorageMode"',
    ),
    (
        "C014",
        cluster(
            BrokerNodeGroupInfo__InstanceType="express.m7g.large",
            BrokerNodeGroupInfo__StorageInfo=None,
            KafkaVersion="3.5.1",
        ),
        '"KafkaVersion"',
    ),
    ("C013", cluster(KafkaVersion="3.8.0.kraft"), '"KafkaVersion"'),
    ("C005", cluster(NumberOfBrokerNodes=33), '"NumberOfBrokerNodes"'),
    ("C005", cluster(NumberOfBrokerNodes=63, KafkaVersion="3.7.x.kraft"), '"NumberOfBrokerNodes"'),
    ("C006", cluster(BrokerNodeGroupInfo__StorageInfo__EbsStorageInfo__VolumeSize=16385), '"VolumeSize"'),
    ("C008", cluster(StorageMode="TIERED", KafkaVersion="3.5.1"), '"StorageMode"'),
    (
        "C009",
        cluster(StorageMode="TIERED", BrokerNodeGroupInfo__InstanceType="kafka.t3.small"),
        '"InstanceType"',
    ),
    ("C010", cluster(KafkaVersion="3.6.1"), '"KafkaVersion"'),
    ("C011", cluster(KafkaVersion="2.4.1"), '"KafkaVersion"'),
    ("C012", cluster(KafkaVersion="3.4.0"), '"KafkaVersion"'),
    ("C013", cluster(KafkaVersion="3.7.0.kraft"), '"KafkaVersion"'),
    (
        "C014",
        cluster(KafkaVersion="3.1.1", BrokerNodeGroupInfo__InstanceType="kafka.m7g.large"),
        '"InstanceType"',
    ),
    ("C015", cluster(EncryptionInfo__EncryptionInTransit__ClientBroker="TLS_PLAINTEXT"), '"ClientBroker"'),
    ("C015", cluster(EncryptionInfo__EncryptionInTransit__InCluster=False), '"InCluster"'),
    (
        "C016",
        cluster(ClientAuthentication=None, EncryptionInfo__EncryptionInTransit__ClientBroker="PLAINTEXT"),
        '"ClientBroker"',
    ),
    (
        "C017",
        cluster(BrokerNodeGroupInfo__ConnectivityInfo={"PublicAccess": {"Type": "SERVICE_PROVIDED_EIPS"}}),
        '"Type"',
    ),
    (
        "C021",
        cluster(OpenMonitoring={"Prometheus": {"JmxExporter": {"EnabledInBroker": False}}}),
        '"Prometheus"',
    ),
    ("C022", cluster(LoggingInfo={"BrokerLogs": {"Firehose": {"Enabled": True}}}), '"Firehose"'),
    (
        "C023",
        cluster(
            ConfigurationInfo={
                "Arn": "arn:aws:kafka:us-east-1:123456789012:configuration/c/ab-1",
                "Revision": 0,
            }
        ),
        '"Revision"',
    ),
    ("C025", cluster(Tags={"aws:team": "x"}), '"aws:team"'),
    ("C025", cluster(Tags={"team": "x" * 256}), '"team"'),
    (
        "C029",
        cluster(
            BrokerNodeGroupInfo__ClientSubnets=["subnet-0000000a", "subnet-0000000b"], NumberOfBrokerNodes=2
        ),
        '"ClientSubnets"',
    ),
    ("C031", cluster(BrokerNodeGroupInfo__ConnectivityInfo={"PublicAccess": {"Type": "ENABLED"}}), '"Type"'),
    ("C050", cluster(ClientAuthentication=None), "{"),
    ("C050", cluster(ClientAuthentication__Unauthenticated={"Enabled": True}), '"Unauthenticated"'),
    (
        "C051",
        cluster(EncryptionInfo__EncryptionAtRest={"DataVolumeKMSKeyId": "ReplaceWithKmsKeyArn"}),
        '"DataVolumeKMSKeyId"',
    ),
    (
        "C052",
        cluster(ClientAuthentication__Tls={"Enabled": True, "CertificateAuthorityArnList": []}),
        '"CertificateAuthorityArnList"',
    ),
]


@pytest.mark.parametrize(("code", "text", "needle"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_bad_input_gives_exactly_one_finding(code, text, needle):
    assert codes_and_lines(lint(text, select=(code,))) == [(code, line_of(text, needle))]


@pytest.mark.parametrize("code", sorted({c[0] for c in CASES}))
def test_good_twin_is_clean_for_each_rule(code):
    assert lint(GOOD, select=(code,)) == []


def test_end_of_support_is_info_then_a_warning_within_90_days_then_an_error():
    text = cluster(KafkaVersion="3.4.0")  # end of support 2025-08-04 in the current guide (seed: 2025-06-17)
    found = {
        day: [(f.severity, f.message) for f in lint(text, select=("C012",), options={"C012": {"today": day}})]
        for day in ("2025-05-05", "2025-05-06", "2025-08-03", "2025-08-04")
    }
    assert found == {
        "2025-05-05": [("info", "Kafka 3.4.0 reaches end of support on 2025-08-04")],
        "2025-05-06": [("warning", "Kafka 3.4.0 reaches end of support on 2025-08-04")],
        "2025-08-03": [("warning", "Kafka 3.4.0 reaches end of support on 2025-08-04")],
        "2025-08-04": [("error", "Kafka 3.4.0 reached end of support on 2025-08-04")],
    }
    assert lint(cluster(KafkaVersion="3.8.x"), select=("C012",)) == []


def test_end_of_support_day_comes_from_msklint_today(monkeypatch):
    text = cluster(KafkaVersion="3.6.0")  # end of support 2026-06-01
    monkeypatch.setenv("MSKLINT_TODAY", "2026-03-05")
    assert [f.severity for f in lint(text, select=("C012",), options={"C012": {}})] == ["warning"]
    monkeypatch.setenv("MSKLINT_TODAY", "2026-12-03")
    assert [f.severity for f in lint(text, select=("C012",), options={"C012": {}})] == ["error"]


def test_today_flag_and_a_bad_day(tmp_path, capsys):
    from msklint.cli import main

    path = tmp_path / "cluster.json"
    path.write_text(cluster(KafkaVersion="3.6.0"), encoding="utf-8")
    assert main(["check", str(path), "--select", "C012", "--today", "2026-01-01", "--format", "json"]) == 0
    assert '"severity": "info"' in capsys.readouterr().out
    assert main(["check", str(path), "--select", "C012", "--today", "2026-13-01"]) == 2
    assert "--today: '2026-13-01' is not a date" in capsys.readouterr().err


def test_express_cluster_without_storage_settings_is_clean():
    express = cluster(
        BrokerNodeGroupInfo__InstanceType="express.m7g.4xlarge", BrokerNodeGroupInfo__StorageInfo=None
    )
    assert lint(express, options={}) == []
    (finding,) = lint(cluster(BrokerNodeGroupInfo__InstanceType="kafka.m8g.large"), select=("C002",))
    assert (finding.severity, finding.message) == (
        "info",
        "broker size 'kafka.m8g.large' is not in msklint's data (as of 2026-12-03)",
    )


def test_kafka_4_table_name_gets_the_api_spelling_as_info():
    (finding,) = lint(cluster(KafkaVersion="4.0.x"), options={})
    assert (finding.rule, finding.severity) == ("C013", "info")
    assert "4.0.x.kraft" in finding.message


def test_version_newer_than_msklint_data_is_info_not_a_claim_it_does_not_exist():
    (finding,) = lint(cluster(KafkaVersion="4.2.x.kraft"), select=("C010",))
    assert (finding.severity, finding.message) == (
        "info",
        "Kafka version '4.2.x.kraft' is not in msklint's data (as of 2026-12-03)",
    )
    for version in ("3.8.x", "3.8.x.kraft", "3.9.x", "3.9.x.kraft", "4.0.x", "4.0.x.kraft", "4.1.x.kraft"):
        assert lint(cluster(KafkaVersion=version), select=("C010", "C012")) == [], version


def test_public_access_prerequisites_in_terraform():
    text = (ROOT_TF := TF_CLUSTER.replace("#CONNECTIVITY", PUBLIC)).replace("iam = true", "iam = false")
    found = lint(text, "main.tf", select=("C018",))
    assert [(f.line, f.message) for f in found] == [
        (
            line_of(text, "client_authentication {"),
            "public access needs SASL/IAM, SASL/SCRAM or mTLS turned on",
        )
    ]
    # Terraform sends public access in the create call, which MSK refuses: a warning (the same file is right
    # for a cluster that exists), no prerequisite error (C018)
    found = lint(ROOT_TF, "main.tf", select=("C017", "C018"))
    assert [(f.rule, f.severity, f.line) for f in found] == [
        ("C017", "warning", line_of(ROOT_TF, "SERVICE_PROVIDED"))
    ]


def test_public_access_with_scram_needs_acl_setting():
    text = TF_CLUSTER.replace("#CONNECTIVITY", PUBLIC).replace("iam = true", "scram = true")
    assert codes_and_lines(lint(text, "main.tf", select=("C020",))) == [
        ("C020", line_of(text, "SERVICE_PROVIDED_EIPS"))
    ]
    with_acls = text.replace("#CONFIG", CONFIG_REF) + CONFIGURATION.replace(
        "#EXTRA", "allow.everyone.if.no.acl.found=false"
    )
    assert lint(with_acls, "main.tf", select=("C020",)) == []
    unknown_configuration = text.replace(
        "#CONFIG", "configuration_info {\n    arn = var.arn\n    revision = 1\n  }"
    )
    assert lint(unknown_configuration, "main.tf", select=("C020",)) == []


def test_multi_vpc_requirements():
    vpc = "connectivity_info {\n      vpc_connectivity {\n        client_authentication {\n          tls = true\n        }\n      }\n    }"
    text = TF_CLUSTER.replace("#CONNECTIVITY", vpc).replace('"3.6.0"', '"2.6.2"')
    found = lint(text, "main.tf", select=("C019",))
    assert [f.message for f in found] == [
        "multi-VPC connectivity needs Kafka 2.7.1 or later, not 2.6.2",
        "multi-VPC connectivity for TLS, which the cluster does not turn on",
    ]
    good = TF_CLUSTER.replace(
        "#CONNECTIVITY", vpc.replace("tls = true", "sasl {\n            iam = true\n          }")
    )
    assert lint(good, "main.tf", select=("C019",)) == []


def test_provisioned_throughput_bounds():
    def request(size, volume, rate):
        return cluster(
            BrokerNodeGroupInfo__InstanceType=size,
            BrokerNodeGroupInfo__StorageInfo__EbsStorageInfo={
                "VolumeSize": volume,
                "ProvisionedThroughput": {"Enabled": True, "VolumeThroughput": rate},
            },
        )

    messages = lambda text: [f.message for f in lint(text, select=("C007",))]  # noqa: E731
    assert messages(request("kafka.m5.2xlarge", 100, 250)) == [
        "provisioned storage throughput is not available for kafka.m5.2xlarge"
    ]
    assert messages(request("kafka.m7g.2xlarge", 100, 313)) == [
        "VolumeThroughput 313 MiB/s is above the maximum 312 for kafka.m7g.2xlarge"
    ]
    assert messages(request("kafka.m5.4xlarge", 5, 200)) == [
        "provisioned throughput needs a volume of at least 10 GiB, not 5 GiB",
        "VolumeThroughput 200 MiB/s is below the minimum 250",
    ]
    assert messages(request("kafka.m5.4xlarge", 10, 593)) == []
    assert messages(request("kafka.m7g.2xlarge", 10, 312)) == []


def test_configuration_versions_and_name():
    text = CONFIGURATION.replace("#EXTRA", "") + TF_CLUSTER.replace("#CONFIG", CONFIG_REF)
    bad = text.replace('["3.6.0"]', '["2.6.1"]').replace(
        'name           = "conf"', 'name           = "my_conf"'
    )
    assert codes_and_lines(lint(bad, "main.tf", select=("C024", "C028"))) == [
        ("C028", line_of(bad, "my_conf")),
        ("C024", line_of(bad, "configuration_info {")),
    ]
    assert lint(text, "main.tf", select=("C024", "C028")) == []


def test_serverless_rules():
    bad = json.dumps(
        {"ClusterName": "s", "Serverless": {"VpcConfigs": [{"SubnetIds": ["subnet-0000000a"]}]}}, indent=1
    )
    assert sorted(codes_and_lines(lint(bad, select=("C026", "C027")))) == [("C026", 3), ("C027", 6)]
    good = json.dumps(
        {
            "ClusterName": "s",
            "Serverless": {
                "VpcConfigs": [{"SubnetIds": ["subnet-0000000a", "subnet-0000000b"]}] * 5,
                "ClientAuthentication": {"Sasl": {"Iam": {"Enabled": True}}},
            },
        }
    )
    assert lint(good, select=("C026", "C027")) == []
    six = good.replace(
        '"VpcConfigs": [', '"VpcConfigs": [{"SubnetIds": ["subnet-0000000a", "subnet-0000000b"]}, '
    )
    assert [f.rule for f in lint(six, select=("C027",))] == ["C027"]


def test_rule_examples_bad_and_good():
    """Every cluster, update and worker rule's BAD example fires it and GOOD does not (where GOOD differs)."""
    names = {"cluster": "cluster.json", "update": "request.json", "worker": "connect.worker.properties"}
    for rule in discover({"cluster", "update", "worker"}):
        if not rule.bad:
            continue
        name = "main.tf" if rule.bad.startswith(("resource", "module")) else names[rule.kind]
        kind = rule.kind if rule.kind != "worker" else None
        context = ClusterContext(kafka_version="3.5.1", broker_type="kafka.m5.large", zones=3, brokers=6)
        if rule.code in ("U002", "U009", "U010", "W004"):
            continue  # need a describe-cluster or topic file: covered in test_update_rules / test_worker_rules
        bad = lint(rule.bad, name, select=(rule.code,), kind=kind, context=context)
        assert [f.rule for f in bad][:1] == [rule.code], rule.code
        if rule.good:
            assert lint(rule.good, name, select=(rule.code,), kind=kind, context=context) == [], rule.code


TF_CLUSTER = """resource "aws_msk_cluster" "c" {
  cluster_name           = "c"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type  = "kafka.m5.large"
    client_subnets = ["subnet-0000000a", "subnet-0000000b", "subnet-0000000c"]
    #CONNECTIVITY
  }
  client_authentication {
    sasl {
      iam = true
    }
  }
  #CONFIG
}
"""
PUBLIC = 'connectivity_info {\n      public_access {\n        type = "SERVICE_PROVIDED_EIPS"\n      }\n    }'
CONFIG_REF = "configuration_info {\n    arn      = aws_msk_configuration.conf.arn\n    revision = 1\n  }"
CONFIGURATION = """
resource "aws_msk_configuration" "conf" {
  name           = "conf"
  kafka_versions = ["3.6.0"]
  server_properties = <<PROPERTIES
auto.create.topics.enable=false
#EXTRA
PROPERTIES
}
"""


CFN_CLUSTER = """Resources:
  Cluster:
    Type: AWS::MSK::Cluster
    Properties:
      ClusterName: demo
      KafkaVersion: 3.8.x
      NumberOfBrokerNodes: 3
      BrokerNodeGroupInfo:
        InstanceType: kafka.m5.large
        ClientSubnets: [subnet-0000000a, subnet-0000000b, subnet-0000000c]
        ConnectivityInfo:
          PublicAccess:
            Type: DISABLED
      ClientAuthentication:
        Sasl:
          Iam:
            Enabled: true
  Serverless:
    Type: AWS::MSK::ServerlessCluster
    Properties:
      ClusterName: demo-serverless
      VpcConfigs:
        - SubnetIds: [subnet-0000000a, subnet-0000000b]
      ClientAuthentication:
        Sasl:
          Iam:
            Enabled: true
  Configuration:
    Type: AWS::MSK::Configuration
    Properties:
      Name: demo-configuration
      KafkaVersionsList: [3.8.x]
      ServerProperties: |
        auto.create.topics.enable=false
"""

# Misses found by comparing with cfn-lint (docs/comparison.md): (change to CFN_CLUSTER, code, needle).
CFN_CASES = [
    (("Type: DISABLED", "Type: ENABLED"), "C031", "Type: ENABLED"),
    (
        ("          Iam:\n            Enabled: true\n  Serverless", "          Iam: {}\n  Serverless"),
        "C001",
        "Iam: {}",
    ),
    (("ClusterName: demo-serverless", "ClusterName: " + "s" * 65), "C001", "s" * 65),
    (("      Name: demo-configuration\n", ""), "C032", "KafkaVersionsList"),
    (
        ("      ServerProperties: |\n        auto.create.topics.enable=false\n", ""),
        "C032",
        "Name: demo-configuration",
    ),
    (("KafkaVersionsList", "KafkaVersion"), "C032", "KafkaVersion: [3.8.x]"),
]


def test_cloudformation_twin_is_clean():
    assert lint(CFN_CLUSTER, "template.yaml") == []


@pytest.mark.parametrize(("change", "code", "needle"), CFN_CASES, ids=[c[1] for c in CFN_CASES])
def test_cloudformation_misses_found_by_cfn_lint(change, code, needle):
    text = CFN_CLUSTER.replace(*change)
    assert text != CFN_CLUSTER
    found = codes_and_lines(lint(text, "template.yaml"))
    if change[1].endswith("Iam: {}\n  Serverless"):
        # reviewed: Iam {} without Enabled leaves IAM off, so the provisioned cluster has no authentication
        assert ("C050", line_of(text, "Sasl:")) in found
        found = [f for f in found if f[0] != "C050"]
    assert found == [(code, line_of(text, needle))]


TF_SERVERLESS = """resource "aws_msk_serverless_cluster" "s" {
  cluster_name = "demo"
  vpc_config {
    subnet_ids = ["subnet-0000000a", "subnet-0000000b"]
  }
  client_authentication {
    sasl {
      iam {
        enabled = true
      }
    }
  }
}
"""


def test_serverless_cluster_name_bounds_in_terraform():
    assert lint(TF_SERVERLESS, "main.tf") == []
    bad = TF_SERVERLESS.replace('"demo"', '"' + "d" * 65 + '"')
    assert codes_and_lines(lint(bad, "main.tf")) == [("C001", 2)]
