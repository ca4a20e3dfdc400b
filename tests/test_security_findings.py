"""Wrong or missing findings that real repositories exposed (issue 11, item 3), each in the shape it was found
in, and the opt-in Security Hub group S (item 4)."""

import json

import pytest
from helpers import CORPUS, SHARED, run_cli

from msklint.config import ClusterContext, Config
from msklint.engine import lint

WILD = SHARED / "corpus-wild"
TODAY = {"C012": {"today": "2024-07-01"}}


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def findings(path, select=None, context=None, **config):
    config = Config(select=tuple(select or ()), rule_options=TODAY, **config)
    result = lint([str(path)], config, context or ClusterContext())
    assert result.errors == []
    return result.findings


def brief(found):
    return [(f.rule, f.severity, f.line, f.message) for f in found]


# ---------------------------------------------------------------- C015 / C016: SASL with TLS_PLAINTEXT

ARUN = CORPUS / "terraform/arun1289__aws-kafka-msk-dr-setup__primary-msk-cluster.tf"


def test_sasl_with_tls_plaintext_and_unauthenticated_access_is_accepted_and_its_risk_named():
    # arun1289: unauthenticated = true, SASL/IAM and SASL/SCRAM, client_broker TLS_PLAINTEXT (line 24)
    assert brief(findings(ARUN, select=("C015", "C016"))) == [
        (
            "C016",
            "warning",
            24,
            "ClientBroker TLS_PLAINTEXT lets clients send and read data unencrypted and without credentials "
            "(plaintext, unauthenticated access)",
        )
    ]


def test_sasl_with_tls_plaintext_without_unauthenticated_access_is_refused(tmp_path):
    text = ARUN.read_text(encoding="utf-8").replace("unauthenticated = true", "unauthenticated = false")
    found = findings(write(tmp_path / "main.tf", text), select=("C015", "C016"))
    assert [(f.rule, f.line) for f in found] == [("C015", 24), ("C015", 24)]
    assert found[0].message == (
        "SASL/IAM needs client-broker encryption TLS (or TLS_PLAINTEXT with unauthenticated access on), "
        "not TLS_PLAINTEXT"
    )


def test_update_security_keeps_refusing_scram_with_tls_plaintext(tmp_path):
    request = {
        "ClusterArn": "arn:aws:kafka:us-east-1:123456789012:cluster/demo/abcd-1",
        "CurrentVersion": "K1",
        "ClientAuthentication": {"Sasl": {"Scram": {"Enabled": True}}},
        "EncryptionInfo": {"EncryptionInTransit": {"ClientBroker": "TLS_PLAINTEXT"}},
    }
    path = write(tmp_path / "request.json", json.dumps(request))
    assert [f.rule for f in findings(path, select=("U011",))] == ["U011"]
    request["ClientAuthentication"]["Unauthenticated"] = {"Enabled": True}
    assert findings(write(tmp_path / "request.json", json.dumps(request)), select=("U011",)) == []


# ---------------------------------------------------------------- B004: version-valued properties

SUSHMA = WILD / "properties/sushmakl95__aws-msk-emr-streaming-platform__msk-config.properties"


def test_inter_broker_protocol_version_with_a_patch_number_is_a_version_kafka_accepts():
    # log.message.format.version=3.6.0 and inter.broker.protocol.version=3.6.0, as found
    assert findings(SUSHMA, select=("B004",)) == []
    assert findings(SUSHMA, select=("B004",), context=ClusterContext(kafka_version="3.6.0")) == []


def test_a_version_later_than_the_cluster_is_reported():
    found = findings(SUSHMA, select=("B004",), context=ClusterContext(kafka_version="3.5.1"))
    assert brief(found) == [
        (
            "B004",
            "error",
            8,
            "log.message.format.version='3.6.0' names Kafka 3.6, later than the cluster's Kafka 3.5.1",
        ),
        (
            "B004",
            "error",
            9,
            "inter.broker.protocol.version='3.6.0' names Kafka 3.6, later than the cluster's Kafka 3.5.1",
        ),
    ]


# Kafka's MetadataVersion.fromVersionString keeps major.minor (three parts for 0.x) and drops the rest
VERSION_FORMS = [("3.6", True), ("3.6.0", True), ("3.6.2", True), ("3.6-IV2", True), ("0.10.2", True)]
VERSION_FORMS += [("0.10.2.1", True), ("3.6-IV9", False), ("2.9", False), ("three", False), ("3", False)]


@pytest.mark.parametrize(("value", "accepted"), VERSION_FORMS)
def test_version_forms_kafka_reads(tmp_path, value, accepted):
    path = write(tmp_path / "server.properties", f"inter.broker.protocol.version={value}\n")
    found = findings(path, select=("B004",))
    assert (found == []) is accepted
    if not accepted:
        assert found[0].message.endswith("(0.8.0 to " + found[0].message.split(" to ")[1])
        assert "written x.y, x.y.z or x.y-IVn" in found[0].message


# ---------------------------------------------------------------- C017: public access at creation, Terraform

ROCKY = WILD / "cluster/rockybhanu__msk-connect__msk.tf"


def test_terraform_cluster_created_public_is_flagged():
    found = findings(ROCKY, select=("C017",))
    assert [(f.rule, f.severity, f.line) for f in found] == [("C017", "warning", 20)]
    assert "the first terraform apply of this resource fails" in found[0].message


# ---------------------------------------------------------------- C001: repeated Terraform blocks


def test_a_second_encryption_info_block_is_reported_with_both_positions(tmp_path):
    text = ARUN.read_text(encoding="utf-8").replace(
        "  client_authentication {",
        '  encryption_info {\n    encryption_in_transit {\n      client_broker = "TLS"\n    }\n  }\n\n'
        "  client_authentication {",
        1,
    )
    found = findings(write(tmp_path / "main.tf", text), select=("C001",))
    assert brief(found) == [
        (
            "C001",
            "error",
            28,
            "'encryption_info' block given again (first at line 21, column 3); it may appear once",
        )
    ]
    # the first block is the one read: its TLS_PLAINTEXT still counts
    assert [f.rule for f in findings(write(tmp_path / "main.tf", text), select=("C016",))] == ["C016"]


# ---------------------------------------------------------------- C051 / C052: KMS key and private CA


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (WILD / "cluster/jagasia__t3__clusterinfo.json", ("error", "DataVolumeKMSKeyId 'your-CMK'")),
        (CORPUS / "cluster/vasveena__amazon-msk-ttt-workshop__clusterinfo.json", ("warning", "is empty")),
        (CORPUS / "cluster/MekkaSiekka__kafka_demo__clusterinfo.json", ("warning", "is a key ID")),
        (
            CORPUS / "cluster/Checkmarx__kics__cfn-msk-encryption-disabled-positive6.json",
            ("error", "'ReplaceWithKmsKeyArn' is not a KMS key ARN"),
        ),
    ],
)
def test_kms_key_that_is_not_an_arn(path, expected):
    (found,) = findings(path, select=("C051",))
    assert found.severity == expected[0] and expected[1] in found.message


def test_kms_key_arn_and_alias_are_accepted(tmp_path):
    for key in (
        "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
        "alias/aws/kafka",
    ):
        path = write(tmp_path / "e.json", json.dumps({"EncryptionAtRest": {"DataVolumeKMSKeyId": key}}))
        assert findings(path, select=("C051",)) == []


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        # tls { enabled = true }: not an argument of tls, and no CA
        (
            WILD / "cluster/fevindiaa__MSK-rds__prod-tls-msk.tf",
            [
                (
                    "C052",
                    "error",
                    20,
                    "mutual TLS is on without a certificate authority: no client certificate can authenticate",
                )
            ],
        ),
        # tls { certificate_authority_arns = null } beside IAM: the provider leaves mTLS off
        (
            CORPUS / "terraform/ilijadimitrov-mk__KafkaIko__msk-provisioned.tf",
            [
                (
                    "C052",
                    "warning",
                    32,
                    "tls block without certificate_authority_arns: the AWS provider leaves mutual TLS off",
                )
            ],
        ),
        # certificate_authority_arns = []: written off on purpose, nothing to say
        (WILD / "cluster/sakanof__poc-msk__msk-cluster-module.tf", []),
        (
            CORPUS / "cluster/Checkmarx__kics__cfn-msk-encryption-disabled-positive6.json",
            [("C052", "error", 36, "certificate authority 'ReplaceWithCAArn' is not an ACM Private CA ARN")],
        ),
    ],
)
def test_mutual_tls_certificate_authorities(path, expected):
    assert brief(findings(path, select=("C052",))) == expected


def test_terraform_tls_block_turns_mutual_tls_on_only_with_cas(tmp_path):
    path = CORPUS / "terraform/ilijadimitrov-mk__KafkaIko__msk-provisioned.tf"
    documents = lint([str(path)], Config(), ClusterContext()).context.documents
    (document,) = [d for d in documents if d.kind == "cluster" and hasattr(d.model, "auth")]
    assert document.model.auth("tls") is False and document.model.auth("iam") is True


# ---------------------------------------------------------------- C050: client authentication


def test_unauthenticated_access_beside_iam_is_a_warning():
    # robertchu1205: SASL/IAM and unauthenticated = "true"
    found = findings(CORPUS / "terraform/robertchu1205__devops__msk-dev-cluster.tf", select=("C050",))
    assert brief(found) == [
        (
            "C050",
            "warning",
            32,
            "unauthenticated access is on beside SASL/IAM: clients can skip authentication",
        )
    ]


def test_no_client_authentication_is_a_warning():
    found = findings(WILD / "cluster/LBHackney-IT__Data-Platform__50-cluster.tf", select=("C050",))
    assert [(f.rule, f.severity) for f in found] == [("C050", "warning")]
    assert found[0].message.startswith("no client authentication")


def test_unauthenticated_access_with_multi_vpc_connectivity_is_an_error(tmp_path):
    text = ARUN.read_text(encoding="utf-8").replace(
        "    security_groups = [aws_security_group.sg.id]\n",
        "    security_groups = [aws_security_group.sg.id]\n    connectivity_info {\n      vpc_connectivity {\n"
        "        client_authentication {\n          sasl {\n            iam = true\n          }\n        }\n"
        "      }\n    }\n",
    )
    found = findings(write(tmp_path / "main.tf", text), select=("C019", "C050"))
    assert [(f.rule, f.severity, f.message) for f in found] == [
        ("C019", "error", "multi-VPC connectivity needs unauthenticated access turned off")
    ]
    off = findings(
        write(tmp_path / "main.tf", text.replace("unauthenticated = true", "unauthenticated = false"))
    )
    assert not [f for f in off if f.rule in ("C019", "C050")]


def test_update_connectivity_to_multi_vpc_on_an_unauthenticated_cluster(tmp_path):
    current = write(
        tmp_path / "current.json",
        json.dumps(
            {
                "ClusterInfo": {
                    "ClusterName": "c",
                    "CurrentBrokerSoftwareInfo": {"KafkaVersion": "3.6.0"},
                    "BrokerNodeGroupInfo": {
                        "InstanceType": "kafka.m5.large",
                        "ClientSubnets": ["subnet-0000000a", "subnet-0000000b"],
                    },
                    "ClientAuthentication": {
                        "Sasl": {"Iam": {"Enabled": True}},
                        "Unauthenticated": {"Enabled": True},
                    },
                }
            }
        ),
    )
    request = {
        "ClusterArn": "arn:aws:kafka:us-east-1:123456789012:cluster/demo/abcd-1",
        "CurrentVersion": "K1",
        "ConnectivityInfo": {
            "VpcConnectivity": {"ClientAuthentication": {"Sasl": {"Iam": {"Enabled": True}}}}
        },
    }
    path = write(tmp_path / "request.json", json.dumps(request))
    _, out, _ = run_cli("check", "--select", "U010", "--current", str(current), "--format", "json", str(path))
    messages = [f["message"] for f in json.loads(out)["findings"]]
    assert messages == ["multi-VPC connectivity needs unauthenticated access turned off"]


def test_public_clusters_are_left_to_c018():
    found = findings(
        CORPUS / "terraform/Checkmarx__kics__tf-msk-broker-public-positive1.tf", select=("C050", "C018")
    )
    assert {f.rule for f in found} == {"C018"}


# ---------------------------------------------------------------- S: Security Hub controls, opt-in

S_CODES = ["S001", "S002", "S003", "S004", "S005", "S006"]
POSITIVE3 = SHARED / "peer-fixtures/kics/cloudFormation.msk_cluster_encryption_disabled/positive3.yaml"
CONNECTOR = """resource "aws_mskconnect_connector" "s3_sink" {
  name                 = "s3-sink"
  kafkaconnect_version = "2.7.1"
  kafka_cluster {
    apache_kafka_cluster {
      bootstrap_servers = aws_msk_cluster.stream.bootstrap_brokers_sasl_iam
    }
  }
  kafka_cluster_client_authentication {
    authentication_type = "IAM"
  }
  kafka_cluster_encryption_in_transit {
    #ENCRYPTION
  }
  #LOGS
}
"""
LOGS = (
    "log_delivery {\n    worker_log_delivery {\n      cloudwatch_logs {\n        enabled   = true\n"
    "        log_group = aws_cloudwatch_log_group.connect.name\n      }\n    }\n  }"
)


def test_security_hub_group_is_off_by_default_and_on_when_selected():
    assert not [f for f in findings(POSITIVE3) if f.rule.startswith("S")]
    for select in (("S",), ("S001",), ("ALL",)):
        assert "S001" in {f.rule for f in findings(POSITIVE3, select=select)}
    assert "S001" in {f.rule for f in findings(POSITIVE3, extend_select=("S",))}
    assert "S001" not in {f.rule for f in findings(POSITIVE3, select=("S",), ignore=("S001",))}


def test_security_hub_group_from_the_command_line_and_in_the_rule_list(tmp_path):
    _, out, _ = run_cli("check", "--select", "S", "--format", "json", str(POSITIVE3))
    codes = {f["rule"] for f in json.loads(out)["findings"]}
    assert codes == {"S001", "S002"}
    listing = run_cli("rules")[1].splitlines()
    marked = sorted(line.split()[0] for line in listing if line.endswith("[opt-in]"))
    assert marked == S_CODES
    rules = json.loads(run_cli("rules", "--format", "json")[1])
    assert sorted(r["code"] for r in rules if r["opt_in"]) == S_CODES


@pytest.mark.parametrize(
    ("encryption", "logs", "expected"),
    [
        ('encryption_type = "TLS"', LOGS, []),
        ('encryption_type = "PLAINTEXT"', LOGS, ["S003"]),
        ("", LOGS, ["S003"]),  # Terraform's default is PLAINTEXT
        ('encryption_type = "TLS"', "", ["S005"]),
        ('encryption_type = "TLS"', LOGS.replace("enabled   = true", "enabled   = false"), ["S005"]),
    ],
)
def test_msk_connect_connector_controls(tmp_path, encryption, logs, expected):
    text = CONNECTOR.replace("#ENCRYPTION", encryption).replace("#LOGS", logs)
    assert [f.rule for f in findings(write(tmp_path / "connect.tf", text), select=("S",))] == expected


def test_msk_connect_connector_in_cloudformation_and_create_connector_input(tmp_path):
    template = {
        "Resources": {
            "Connector": {
                "Type": "AWS::KafkaConnect::Connector",
                "Properties": {
                    "ConnectorName": "c",
                    "KafkaClusterEncryptionInTransit": {"EncryptionType": "PLAINTEXT"},
                    "LogDelivery": {"WorkerLogDelivery": {"S3": {"Enabled": True, "Bucket": "b"}}},
                },
            }
        }
    }
    path = write(tmp_path / "connect.json", json.dumps(template, indent=1))
    assert [(f.rule, f.line) for f in findings(path, select=("S",))] == [("S003", 8)]
    request = {
        "connectorName": "c",
        "kafkaCluster": {"apacheKafkaCluster": {"bootstrapServers": "b-1:9098"}},
        "connectorConfiguration": {"connector.class": "x"},
        "kafkaClusterEncryptionInTransit": {"encryptionType": "TLS"},
    }
    path = write(tmp_path / "connector.json", json.dumps(request))
    assert [f.rule for f in findings(path, select=("S",))] == ["S005"]


def test_a_version_later_than_the_catalog_says_so(tmp_path):
    path = write(tmp_path / "server.properties", "inter.broker.protocol.version=9.9\n")
    (found,) = findings(path, select=("B004",))
    assert "is later than every Kafka version msklint's catalog knows (newest: " in found.message
