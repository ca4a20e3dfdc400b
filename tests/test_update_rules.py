"""Update requests checked against the cluster as it is (--current describe-cluster output)."""

import json
import os
import tempfile
from pathlib import Path

import pytest
from helpers import ROOT, codes_and_lines, run_cli

from msklint.config import ClusterContext, Config
from msklint.engine import build_context, run_rules
from msklint.loaders import load_file
from msklint.loaders.update import load_current

DATA = ROOT / "tests" / "data" / "cluster"
V1 = str(DATA / "describe-cluster.json")  # the guide's describe-cluster example: 2.2.1, m5.large, 3 AZs
V2 = str(DATA / "describe-cluster-v2-iam.json")  # 3.5.1, m7g.large, 6 brokers, IAM + TLS
ARN = "arn:aws:kafka:us-east-1:123456789012:cluster/demo/abcd-1"


def lint(request: dict | str, current: str | None = V2, select=(), kind=None, context=None, extra_files=()):
    text = (
        request
        if isinstance(request, str)
        else json.dumps({"ClusterArn": ARN, "CurrentVersion": "K1", **request}, indent=1)
    )
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "request.json")
        Path(path).write_text(text, encoding="utf-8")
        documents = load_file(path, kind)
        for extra in extra_files:
            documents += load_file(extra)
        if current:
            documents.append(load_current(current))
        run = build_context(documents, context or ClusterContext())
        return [f for f in run_rules(documents, run, Config(select=select)) if f.path == path]


CASES = [
    # (code, request, describe file, expected message)
    (
        "U003",
        {"TargetNumberOfBrokerNodes": 8},
        V2,
        "8 brokers cannot be spread evenly over 3 Availability Zones",
    ),
    ("U003", {"TargetNumberOfBrokerNodes": 6}, V2, "the cluster already has 6 brokers"),
    (
        "U004",
        {"TargetNumberOfBrokerNodes": 33},
        V2,
        "33 brokers: a ZooKeeper-mode cluster may have at most 30",
    ),
    (
        "U006",
        {"TargetBrokerEBSVolumeInfo": [{"KafkaBrokerNodeId": "All", "VolumeSizeGB": 500}]},
        V2,
        "target 500 GiB is not above the current 500 GiB: storage can only be increased",
    ),
    (
        "U006",
        {"TargetBrokerEBSVolumeInfo": [{"KafkaBrokerNodeId": "All", "VolumeSizeGB": 16385}]},
        V2,
        "16385 GiB per broker is above the maximum 16384",
    ),
    ("U007", {"TargetInstanceType": "kafka.m7g.xlarge"}, V1, "M7g brokers are not supported on Kafka 2.2.1"),
    (
        "U007",
        {"TargetInstanceType": "kafka.t3.small"},
        V2,
        "updating kafka.m7g.large to kafka.t3.small is not a transition the guide allows",
    ),
    (
        "U008",
        {"TargetKafkaVersion": "3.4.0"},
        V2,
        "3.4.0 is not newer than the cluster's 3.5.1: versions can only go up",
    ),
    (
        "U008",
        {"TargetKafkaVersion": "3.7.x.kraft"},
        V2,
        "3.7.x.kraft would move the cluster from ZooKeeper to KRaft mode: MSK migrates only from 3.9.x (ZooKeeper) to a .kraft version",
    ),
    ("U008", {"TargetKafkaVersion": "3.6.1"}, V2, "Kafka version '3.6.1' is not offered by Amazon MSK"),
    (
        "U009",
        {"StorageMode": "TIERED"},
        V2,
        "tiered storage needs Kafka 3.6.0 or later (or 2.8.2.tiered), not 3.5.1",
    ),
    (
        "U010",
        {"ConnectivityInfo": {"PublicAccess": {"Type": "SERVICE_PROVIDED_EIPS"}}},
        V1,
        [
            "public access needs Kafka 2.6.0 or later, not 2.2.1",
            "public access needs unauthenticated access turned off",
            "public access needs SASL/IAM, SASL/SCRAM or mTLS turned on",
        ],
    ),
    (
        "U010",
        {
            "ConnectivityInfo": {
                "VpcConnectivity": {"ClientAuthentication": {"Sasl": {"Scram": {"Enabled": True}}}}
            }
        },
        V2,
        "multi-VPC connectivity for SASL/SCRAM, which the cluster does not turn on",
    ),
    (
        "U011",
        {"EncryptionInfo": {"EncryptionInTransit": {"ClientBroker": "TLS_PLAINTEXT"}}},
        V2,
        "SASL/IAM needs client-broker encryption TLS (or TLS_PLAINTEXT with unauthenticated access on), not TLS_PLAINTEXT",
    ),
    (
        "U011",
        {"EncryptionInfo": {"EncryptionInTransit": {"InCluster": False}}},
        V2,
        "in-cluster encryption cannot be changed after creation (it is true)",
    ),
    (
        "U012",
        {
            "OpenMonitoring": {
                "Prometheus": {
                    "JmxExporter": {"EnabledInBroker": False},
                    "NodeExporter": {"EnabledInBroker": False},
                }
            }
        },
        V2,
        "open monitoring with both the JMX and the node exporter disabled",
    ),
    (
        "U013",
        {"ConfigurationInfo": {"Arn": "my-config", "Revision": 1}},
        V2,
        "'my-config' is not an MSK configuration ARN",
    ),
]


@pytest.mark.parametrize(
    ("code", "request_body", "current", "message"),
    CASES,
    ids=[c[0] + "-" + str(i) for i, c in enumerate(CASES)],
)
def test_update_rule_table(code, request_body, current, message):
    expected = message if isinstance(message, list) else [message]
    assert [f.message for f in lint(request_body, current, select=(code,))] == expected


GOOD = [
    ("U003", {"TargetNumberOfBrokerNodes": 9}, V2),
    ("U004", {"TargetNumberOfBrokerNodes": 30}, V2),
    ("U006", {"TargetBrokerEBSVolumeInfo": [{"KafkaBrokerNodeId": "All", "VolumeSizeGB": 1000}]}, V2),
    ("U007", {"TargetInstanceType": "kafka.m7g.xlarge"}, V2),
    ("U007", {"TargetInstanceType": "kafka.m5.xlarge"}, V1),
    ("U008", {"TargetKafkaVersion": "3.9.x"}, V2),
    ("U009", {"StorageMode": "LOCAL"}, V2),
    ("U010", {"ConnectivityInfo": {"PublicAccess": {"Type": "SERVICE_PROVIDED_EIPS"}}}, V2),
    ("U011", {"ClientAuthentication": {"Sasl": {"Scram": {"Enabled": True}}}}, V2),
    ("U012", {"LoggingInfo": {"BrokerLogs": {"CloudWatchLogs": {"Enabled": True, "LogGroup": "msk"}}}}, V2),
]


@pytest.mark.parametrize(
    ("code", "request_body", "current"), GOOD, ids=[g[0] + "-" + str(i) for i, g in enumerate(GOOD)]
)
def test_compliant_updates_are_clean(code, request_body, current):
    assert lint(request_body, current, select=(code,)) == []


def test_broker_removal_one_per_zone_and_drain_warning():
    found = lint({"TargetNumberOfBrokerNodes": 3}, V2, select=("U005",))
    assert [(f.severity, f.message) for f in found] == [
        ("warning", "removing 3 broker(s): they must hold no partitions first")
    ]
    assert "msklint rebalance" in found[0].hint
    two = lint(
        {"TargetNumberOfBrokerNodes": 2}, None, select=("U005",), context=ClusterContext(zones=2, brokers=6)
    )
    assert [f.message for f in two] == [
        "removing 4 brokers: remove exactly one per Availability Zone (2)",
        "removing 4 broker(s): they must hold no partitions first",
    ]
    old = ClusterContext(kafka_version="2.8.0", broker_type="kafka.t3.small", zones=3, brokers=6)
    assert [
        f.message for f in lint({"TargetNumberOfBrokerNodes": 3}, None, select=("U005",), context=old)
    ] == [
        "brokers cannot be removed from a kafka.t3.small cluster",
        "broker removal needs Kafka 2.8.1 or later, not 2.8.0",
        "removing 3 broker(s): they must hold no partitions first",
    ]


def test_cluster_not_active():
    with tempfile.TemporaryDirectory() as folder:
        updating = Path(folder) / "describe.json"
        updating.write_text(Path(V2).read_text().replace('"ACTIVE"', '"UPDATING"'))
        found = lint({"TargetNumberOfBrokerNodes": 9}, str(updating), select=("U002",))
    assert [f.message for f in found] == [
        "the cluster is UPDATING: MSK accepts updates only on ACTIVE clusters"
    ]
    assert lint({"TargetNumberOfBrokerNodes": 9}, V2, select=("U002",)) == []


def test_without_current_only_the_request_and_context_are_used():
    assert lint({"TargetNumberOfBrokerNodes": 8}, None, select=("U003",)) == []
    found = lint({"TargetNumberOfBrokerNodes": 8}, None, select=("U003",), context=ClusterContext(zones=3))
    assert [f.rule for f in found] == ["U003"]
    unbounded = lint(
        {"TargetBrokerEBSVolumeInfo": [{"KafkaBrokerNodeId": "All", "VolumeSizeGB": 50}]},
        None,
        select=("U006",),
    )
    assert [(f.severity, f.message) for f in unbounded] == [
        ("warning", "target 50 GiB: the guide says the target must be greater than 100 GiB")
    ]


def test_tiered_update_needs_delete_cleanup_policy():
    with tempfile.TemporaryDirectory() as folder:
        broker = Path(folder) / "server.properties"
        broker.write_text("log.cleanup.policy=compact\n")
        describe = Path(folder) / "describe.json"
        describe.write_text(Path(V2).read_text().replace('"3.5.1"', '"3.6.0"'))
        found = lint({"StorageMode": "TIERED"}, str(describe), select=("U009",), extra_files=[str(broker)])
        assert [f.message for f in found] == [
            "log.cleanup.policy is 'compact': tiered storage needs 'delete'"
        ]
        broker.write_text("log.cleanup.policy=delete\n")
        assert (
            lint({"StorageMode": "TIERED"}, str(describe), select=("U009",), extra_files=[str(broker)]) == []
        )


def test_structure_errors_point_at_the_member():
    text = '{\n "ClusterArn": "x",\n "CurrentVersion": "K1",\n "TargetNumberOfBrokerNodes": "six"\n}\n'
    assert codes_and_lines(lint(text, None, select=("U001",))) == [("U001", 4)]
    missing = '{\n "ClusterArn": "x",\n "TargetInstanceType": "kafka.m5.large"\n}\n'
    assert [f.message for f in lint(missing, None, select=("U001",))] == [
        "(top level): required member 'CurrentVersion' is missing"
    ]


def test_guide_rest_body_in_camel_case_is_read():
    # "Example - UpdateConnectivity API ..." with the guide's TRUE (not JSON) written as true.
    text = '{\n  "currentVersion": "K3T4TT2Z381HKD",\n  "connectivityInfo": {\n    "vpcConnectivity": {\n      "clientAuthentication": {\n        "sasl": {\n          "iam": {\n            "enabled": true\n          }\n        }\n      }\n    }\n  }\n}\n'
    documents = load_file_text(text)
    assert [(d.kind, d.model.operation) for d in documents] == [("update", "UpdateConnectivity")]
    assert codes_and_lines(lint(text, V2, select=("U010",))) == []
    # 2.2.1, unauthenticated only (no ClientAuthentication), IAM not on
    assert codes_and_lines(lint(text, V1, select=("U010",))) == [("U010", 5), ("U010", 5), ("U010", 5)]


def test_fragments_are_read_as_updates_with_kind_update():
    # "Updating a cluster's security settings using the AWS CLI": the two fragment files.
    encryption = '{"EncryptionInTransit":{"ClientBroker": "TLS"}}'
    authentication = '{"Sasl":{"Scram":{"Enabled":true}}}'
    for text in (encryption, authentication):
        found = lint(text, V2, kind="update")
        assert found == [], found
    assert [d.model.operation for d in load_file_text(authentication, kind="update")] == ["UpdateSecurity"]
    plaintext = '{"EncryptionInTransit":{"ClientBroker": "PLAINTEXT"}}'
    assert [f.rule for f in lint(plaintext, V2, kind="update")] == ["U011"]


def load_file_text(text, kind=None):
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "request.json")
        Path(path).write_text(text, encoding="utf-8")
        return load_file(path, kind)


def test_cli_current_flag_end_to_end(tmp_path):
    request = tmp_path / "update-broker-count.json"
    request.write_text(
        json.dumps({"ClusterArn": ARN, "CurrentVersion": "K1", "TargetNumberOfBrokerNodes": 8})
    )
    code, out, err = run_cli("check", str(request), "--current", V2, "--format", "json")
    assert code == 1, err
    findings = json.loads(out)["findings"] if isinstance(json.loads(out), dict) else json.loads(out)
    assert [(f["rule"], f["path"]) for f in findings] == [("U003", str(request))]
    code, out, err = run_cli("check", str(request))
    assert code == 0, out + err
    code, _, err = run_cli("check", str(request), "--current", str(request))
    assert code == 2 and "--current" in err and "no cluster" in err


def test_zookeeper_3_9_cluster_migrates_to_kraft_in_place_and_other_mode_changes_are_refused():
    from msklint.config import ClusterContext

    def messages(target, version, broker_type="kafka.m5.large"):
        context = ClusterContext(kafka_version=version, broker_type=broker_type)
        found = lint({"TargetKafkaVersion": target}, current=None, select=("U008",), context=context)
        return [(f.severity, f.message) for f in found]

    assert messages("3.9.x.kraft", "3.9.x") == []  # "Migrate from ZooKeeper to KRaft mode"
    assert messages("4.0.x.kraft", "3.9.x.kraft") == []
    assert messages("4.0.x.kraft", "3.8.x") == [
        (
            "error",
            "4.0.x.kraft would move the cluster from ZooKeeper to KRaft mode: MSK migrates only from 3.9.x "
            "(ZooKeeper) to a .kraft version",
        )
    ]
    assert messages("3.9.x", "3.8.x.kraft") == [
        ("error", "3.9.x would move the cluster from KRaft back to ZooKeeper mode, which MSK cannot do")
    ]
    assert messages("3.9.x.kraft", "3.9.x", "kafka.t3.small") == [
        ("error", "MSK does not migrate kafka.t3.small clusters from ZooKeeper to KRaft")
    ]
    assert messages("3.6.0", "3.5.1") == [("error", "Kafka 3.6.0 reached end of support on 2026-06-01")]
    assert messages("4.3.x.kraft", "3.9.x.kraft") == [
        ("info", "Kafka version '4.3.x.kraft' is not in msklint's data (as of 2026-12-03)")
    ]


def test_broker_type_updates_stay_within_standard_or_express():
    from msklint.config import ClusterContext

    def found(target, now):
        context = ClusterContext(kafka_version="3.9.x", broker_type=now)
        findings = lint({"TargetInstanceType": target}, current=None, select=("U007",), context=context)
        return [(f.severity, f.message) for f in findings]

    assert found("express.m7g.xlarge", "express.m7g.large") == []
    assert found("express.m7g.xlarge", "kafka.m7g.large") == [
        (
            "error",
            "kafka.m7g.large to express.m7g.xlarge changes the broker type from Standard to Express; "
            "UpdateBrokerType changes the size within a broker type",
        )
    ]
    assert found("express.m8g.large", "express.m7g.large") == [
        ("info", "broker size 'express.m8g.large' is not in msklint's data (as of 2026-12-03)")
    ]
    assert found("kafka.m7g.xlarge", "kafka.m5.xlarge") == []  # M7g on 3.9.x: "3.3.2 and later"
