"""One cluster model from every input form; embedded server properties keep their line numbers."""

import json

import pytest
from helpers import codes_and_lines, lint_text

from msklint.config import ClusterContext
from msklint.findings import InputError
from msklint.loaders import load_file
from msklint.packs.cluster.model import ClusterModel, ConfigurationModel

CLI = """{
  "ClusterName": "orders",
  "KafkaVersion": "3.6.1",
  "NumberOfBrokerNodes": 4,
  "BrokerNodeGroupInfo": {
    "InstanceType": "kafka.m5.large",
    "ClientSubnets": ["subnet-0000000a", "subnet-0000000b", "subnet-0000000c"]
  },
  "ClientAuthentication": {"Sasl": {"Iam": {"Enabled": true}}},
  "EncryptionInfo": {"EncryptionInTransit": {"ClientBroker": "TLS_PLAINTEXT", "InCluster": true}}
}
"""
CFN = """AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Orders:
    Type: AWS::MSK::Cluster
    Properties:
      ClusterName: orders
      KafkaVersion: 3.6.1
      NumberOfBrokerNodes: "4"
      BrokerNodeGroupInfo:
        InstanceType: kafka.m5.large
        ClientSubnets: [subnet-0000000a, subnet-0000000b, subnet-0000000c]
      ClientAuthentication:
        Sasl:
          Iam:
            Enabled: "true"
      EncryptionInfo:
        EncryptionInTransit:
          ClientBroker: TLS_PLAINTEXT
          InCluster: true
"""
TF = """resource "aws_msk_cluster" "orders" {
  cluster_name           = "orders"
  kafka_version          = "3.6.1"
  number_of_broker_nodes = 4
  broker_node_group_info {
    instance_type  = "kafka.m5.large"
    client_subnets = ["subnet-0000000a", "subnet-0000000b", "subnet-0000000c"]
  }
  client_authentication {
    sasl {
      iam = true
    }
  }
  encryption_info {
    encryption_in_transit {
      client_broker = "TLS_PLAINTEXT"
      in_cluster    = true
    }
  }
}
"""
PLAN = {
    "format_version": "1.2",
    "planned_values": {
        "root_module": {
            "child_modules": [
                {
                    "resources": [
                        {
                            "address": "module.msk.aws_msk_cluster.orders",
                            "type": "aws_msk_cluster",
                            "name": "orders",
                            "values": {
                                "cluster_name": "orders",
                                "kafka_version": "3.6.1",
                                "number_of_broker_nodes": 4,
                                "broker_node_group_info": [
                                    {
                                        "instance_type": "kafka.m5.large",
                                        "client_subnets": [
                                            "subnet-0000000a",
                                            "subnet-0000000b",
                                            "subnet-0000000c",
                                        ],
                                    }
                                ],
                                "client_authentication": [
                                    {"sasl": [{"iam": True, "scram": False}], "unauthenticated": False}
                                ],
                                "encryption_info": [
                                    {
                                        "encryption_in_transit": [
                                            {"client_broker": "TLS_PLAINTEXT", "in_cluster": True}
                                        ]
                                    }
                                ],
                            },
                        }
                    ]
                }
            ]
        }
    },
}
FORMS = {
    "create-cluster.json": CLI,
    "template.yaml": CFN,
    "main.tf": TF,
    "plan.json": json.dumps(PLAN, indent=2),
    "create-cluster-v2.json": json.dumps(
        {
            "ClusterName": "orders",
            "Provisioned": {k: v for k, v in json.loads(CLI).items() if k != "ClusterName"},
        },
        indent=2,
    ),
}
EXPECTED_CONTEXT = ClusterContext("3.6.1", "kafka.m5.large", 3, 4, "LOCAL", "provisioned")


@pytest.mark.parametrize("name", FORMS)
def test_every_form_gives_the_same_cluster(tmp_path, name):
    path = tmp_path / name
    path.write_text(FORMS[name])
    (document,) = load_file(str(path))
    assert isinstance(document.model, ClusterModel)
    assert document.model.cluster_context() == EXPECTED_CONTEXT
    codes = sorted({f.rule for f in lint_text(FORMS[name], name)})
    assert codes == ["C004", "C010", "C015"]


def test_findings_point_into_each_form():
    assert codes_and_lines(lint_text(TF, "main.tf", select=("C004", "C010", "C015"))) == [
        ("C010", 3),
        ("C004", 4),
        ("C015", 16),
    ]
    assert codes_and_lines(lint_text(CFN, "template.yaml", select=("C004", "C010", "C015"))) == [
        ("C010", 7),
        ("C004", 8),
        ("C015", 18),
    ]
    (finding,) = lint_text(TF, "main.tf", select=("C015",))
    assert (
        finding.target
        == "/resource/aws_msk_cluster/orders/encryption_info/0/encryption_in_transit/0/client_broker"
    )


def test_deploy_time_values_keep_rules_silent():
    template = CFN.replace("KafkaVersion: 3.6.1", "KafkaVersion: !Ref KafkaVersion").replace(
        "ClientSubnets: [subnet-0000000a, subnet-0000000b, subnet-0000000c]",
        "ClientSubnets: !Split [',', !Ref Subnets]",
    )
    assert sorted({f.rule for f in lint_text(template, "template.yaml")}) == ["C015"]
    terraform = TF.replace('"3.6.1"', "var.kafka_version").replace(
        'client_broker = "TLS_PLAINTEXT"', "client_broker = var.cb"
    )
    assert sorted({f.rule for f in lint_text(terraform, "main.tf")}) == ["C004"]


SERVER_PROPERTIES_FORMS = {
    "template.yaml": (
        "Resources:\n  Config:\n    Type: AWS::MSK::Configuration\n    Properties:\n      Name: conf\n"
        "      KafkaVersionsList: [3.6.0]\n      ServerProperties: |\n        auto.create.topics.enable=true\n"
        "        replica.lag.time.max.ms=5000\n",
        9,
    ),
    "template.json": (
        '{"Resources": {"Config": {"Type": "AWS::MSK::Configuration", "Properties": {\n'
        '  "Name": "conf",\n  "ServerProperties": "auto.create.topics.enable=true\\nreplica.lag.time.max.ms=5000\\n"}}}}\n',
        3,
    ),
    "main.tf": (
        'resource "aws_msk_configuration" "conf" {\n  name = "conf"\n  kafka_versions = ["3.6.0"]\n'
        "  server_properties = <<-PROPERTIES\n    auto.create.topics.enable=true\n    replica.lag.time.max.ms=5000\n"
        "  PROPERTIES\n}\n",
        6,
    ),
}


@pytest.mark.parametrize("name", SERVER_PROPERTIES_FORMS)
def test_configuration_server_properties_go_to_the_broker_pack(tmp_path, name):
    text, line = SERVER_PROPERTIES_FORMS[name]
    path = tmp_path / name
    path.write_text(text)
    kinds = [(d.kind, type(d.model).__name__) for d in load_file(str(path))]
    assert kinds == [("cluster", "ConfigurationModel"), ("broker", "PropertiesFile")]
    assert codes_and_lines(lint_text(text, name, select=("B010",))) == [("B010", line)]


def test_configuration_resolved_from_the_same_template():
    template = (
        SERVER_PROPERTIES_FORMS["template.yaml"][0].replace(
            "replica.lag.time.max.ms=5000", "allow.everyone.if.no.acl.found=false"
        )
        + CFN.split("Resources:\n")[1]
        + "      ConfigurationInfo:\n        Arn: !GetAtt Config.Arn\n        Revision: 1\n"
    )
    documents = load_file_text(template, "template.yaml")
    (cluster,) = [d.model for d in documents if isinstance(d.model, ClusterModel)]
    assert isinstance(cluster.configuration, ConfigurationModel)
    assert cluster.broker_property("allow.everyone.if.no.acl.found") == ("false", True)
    assert "C024" in {f.rule for f in lint_text(template, "template.yaml")}  # 3.6.1 not in [3.6.0]


def load_file_text(text, name, kind=None):
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_text(text)
        return load_file(str(path), kind)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            '{"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-00000001", "subnet-00000002", "subnet-00000003"]}',
            "BrokerNodeGroupInfo",
        ),
        (
            '{"Arn": "arn:aws:kafka:us-east-1:123456789012:configuration/c/ab-1", "Revision": 1}',
            "ConfigurationInfo",
        ),
        ('{"EncryptionInTransit": {"InCluster": true, "ClientBroker": "TLS"}}', "EncryptionInfo"),
        (
            '{"Tls": {"CertificateAuthorityArnList": '
            '["arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/ab-1"]}}',
            "ClientAuthentication",
        ),
        ('{"BrokerLogs": {"S3": {"Enabled": false}}}', "LoggingInfo"),
        ('{"Prometheus": {"JmxExporter": {"EnabledInBroker": true}}}', "OpenMonitoringInfo"),
    ],
)
def test_create_cluster_fragments(text, fragment):
    (document,) = load_file_text(text, "fragment.json")
    assert document.model.fragment == fragment
    assert lint_text(text, "fragment.json") == []


def test_fragment_structure_errors():
    text = '{\n  "InstanceType": "kafka.m5.large",\n  "ClientSubnet": ["s-1", "s-2"]\n}\n'
    assert [
        (f.rule, f.line, f.message) for f in lint_text(text, "brokernodegroupinfo.json", select=("C001",))
    ] == [
        ("C001", 1, "(top level): required member 'ClientSubnets' is missing"),
        ("C001", 3, "unknown member 'ClientSubnet'"),
    ]


def test_kind_cluster_on_something_else_is_an_input_error(tmp_path):
    path = tmp_path / "x.json"
    path.write_text('{"Version": "2012-10-17", "Statement": []}')
    with pytest.raises(InputError, match="no cluster definition found"):
        load_file(str(path), "cluster")


def test_describe_cluster_output_is_a_cluster(tmp_path):
    from helpers import ROOT

    (document,) = load_file(str(ROOT / "tests/data/cluster/describe-cluster-v2-iam.json"))
    assert document.model.format == "describe-cluster"
    assert document.model.cluster_context() == ClusterContext(
        "3.5.1", "kafka.m7g.large", 3, 6, "LOCAL", "provisioned"
    )
