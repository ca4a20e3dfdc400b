"""msklint against the real three-broker cluster: what it reads, and exact findings of the L rules."""

import json

import pytest
from helpers import run_cli
from kafka_topics import topics, wait_everywhere

from msklint.config import ClusterContext, Config
from msklint.engine import lint
from msklint.live import Connection, documents, read_cluster
from msklint.loaders import Document
from msklint.model import Setting, Topic, TopicSet

pytestmark = pytest.mark.kafka


def live_findings(cluster, *args):
    code, out, err = run_cli("check", "--bootstrap-server", cluster.first, "--format", "json", *args)
    assert code in (0, 1), err
    return code, [(f["rule"], f["path"], f["line"], f["target"]) for f in json.loads(out)["findings"]]


def test_reads_brokers_racks_configs_and_topics(kafka_cluster):
    specs = {
        "orders": {"num_partitions": 3, "replication_factor": 3, "configs": {"retention.ms": "86400000"}},
        "__amazon_msk_canary": {"num_partitions": 1, "replication_factor": 3},
    }
    with kafka_cluster.admin() as admin:
        from kafka.admin import AlterConfigOp, ConfigResource

        admin.alter_configs([ConfigResource("BROKER", "2", {"message.max.bytes": "2097152"})])
    try:
        with topics(kafka_cluster, specs):
            wait_everywhere(
                kafka_cluster,
                lambda a: (
                    a.describe_configs([ConfigResource("BROKER", "2", ["message.max.bytes"])])["broker"]["2"]
                    .get("message.max.bytes", {})
                    .get("value")
                    == "2097152"
                ),
            )
            cluster = read_cluster(Connection(kafka_cluster.first))
    finally:
        with kafka_cluster.admin() as admin:
            admin.alter_configs(
                [ConfigResource("BROKER", "2", {"message.max.bytes": (AlterConfigOp.DELETE, None)})],
                incremental=True,
            )

    assert [(b.node_id, b.rack) for b in cluster.brokers] == [
        (1, "use1-az1"),
        (2, "use1-az2"),
        (3, "use1-az4"),
    ]
    assert cluster.cluster_context() == ClusterContext(
        kafka_version="3.9.x", zones=3, brokers=3, storage_mode="LOCAL"
    )
    assert cluster.brokers[1].configs["message.max.bytes"].source == "DYNAMIC_BROKER_CONFIG"
    assert cluster.brokers[0].configs["num.io.threads"].source == "STATIC_BROKER_CONFIG"
    assert "message.max.bytes" not in cluster.brokers[0].configs  # only values that differ from the default
    assert "log.retention.hours" not in cluster.brokers[0].configs

    docs = {d.path: d for d in documents(cluster)}
    base = f"kafka://{kafka_cluster.first}"
    broker = docs[f"{base}/brokers/2"]
    assert broker.kind == "broker"
    assert broker.model.value("message.max.bytes") == "2097152"
    assert broker.model.value("num.io.threads") == "2"
    assert broker.model.get("listeners") is None  # MSK's, not a configuration setting
    assert broker.extras["managed"]["broker.rack"].value == "use1-az2"
    assert broker.extras["sources"]["message.max.bytes"] == "DYNAMIC_BROKER_CONFIG"

    orders = docs[f"{base}/topics/orders"]
    assert orders.kind == "topic" and orders.model.format == "live"
    (topic,) = orders.model.topics
    assert (topic.name, topic.partition_count, topic.replicas, topic.internal) == ("orders", 3, 3, False)
    assert {k: (s.value, s.line, s.target) for k, s in topic.config.items()} == {
        "retention.ms": ("86400000", 4, "retention.ms")
    }
    assert sorted(topic.assignment) == [0, 1, 2]
    assert all(sorted(replicas) == [1, 2, 3] for replicas in topic.assignment.values())
    assert all(sorted(isr) == [1, 2, 3] for isr in topic.isr.values())
    assert docs[f"{base}/topics/__amazon_msk_canary"].model.topics[0].internal is True
    assert docs[base].kind == "live"


def test_a_clean_cluster_has_no_live_findings(kafka_cluster):
    with topics(kafka_cluster, {"clean": {"num_partitions": 3, "replication_factor": 3}}):
        code, found = live_findings(kafka_cluster)
        text = run_cli("check", "--bootstrap-server", kafka_cluster.first)[1]
    assert (code, found) == (0, [])
    assert text.strip() == f"All checks passed (0 files and the cluster at {kafka_cluster.first})."


def test_leader_skew_and_partitions_per_broker(kafka_cluster):
    base = f"kafka://{kafka_cluster.first}"
    specs = {
        # broker 3 is the preferred (first) replica, hence the leader, of all 12 partitions
        "hot": {"assignments": {p: [3, 1, 2] for p in range(12)}},
        # 301 single-replica partitions on broker 3: over kafka.t3.small's 300 per broker
        "crowd": {"assignments": {p: [3] for p in range(301)}},
    }
    with topics(kafka_cluster, specs):
        code, found = live_findings(kafka_cluster, "--broker-type", "kafka.t3.small", "--select", "L")
        code_large, found_large = live_findings(
            kafka_cluster, "--broker-type", "kafka.m5.large", "--select", "L"
        )
    assert code == 1
    assert found == [
        ("L013", f"{base}/brokers/3", 1, "leaders"),
        ("L014", f"{base}/brokers/3", 1, "partitions"),
    ]
    assert (code_large, found_large) == (1, [("L013", f"{base}/brokers/3", 1, "leaders")])


def test_leaders_spread_evenly_are_not_skewed(kafka_cluster):
    specs = {"even": {"assignments": {p: [p % 3 + 1, (p + 1) % 3 + 1] for p in range(12)}}}
    with topics(kafka_cluster, specs):
        assert live_findings(kafka_cluster, "--select", "L") == (0, [])


def desired(path: str, *declared: Topic) -> Document:
    return Document(path=path, kind="topic", model=TopicSet(list(declared), format="msklint"))


def declared(name: str, line: int, partitions=None, rf=None, **config) -> Topic:
    topic = Topic(name, line, 3)
    if partitions is not None:
        topic.partitions = Setting(str(partitions), line + 1, 17, f"/topics/{name}/partitions")
    if rf is not None:
        topic.replication_factor = Setting(str(rf), line + 2, 25, f"/topics/{name}/replication_factor")
    for offset, (key, value) in enumerate(config.items()):
        key = key.replace("_", ".")
        topic.config[key] = Setting(value, line + 4 + offset, 9, key)
    return topic


def test_desired_against_live_transitions(kafka_cluster):
    # The topics.yaml loader is the topic pack's; here the declared side is built directly.
    specs = {
        "orders": {"num_partitions": 6, "replication_factor": 3},
        "pairs": {"num_partitions": 2, "replication_factor": 2},
        "legacy": {
            "num_partitions": 1,
            "replication_factor": 3,
            "configs": {"remote.storage.enable": "false"},
        },
        "stray": {"num_partitions": 1, "replication_factor": 3},
        "__amazon_msk_canary_state": {"num_partitions": 1, "replication_factor": 3},
        "twin": {"num_partitions": 4, "replication_factor": 3, "configs": {"min.insync.replicas": "2"}},
    }
    file = desired(
        "topics.yaml",
        declared("orders", 2, partitions=3, rf=2),
        declared("pairs", 10, partitions=2, rf=2, min_insync_replicas="3"),
        declared("legacy", 20, remote_storage_enable="true"),
        declared("twin", 30, partitions=8, rf=3, min_insync_replicas="2", cleanup_policy="compact"),
        declared("new-topic", 40, partitions=3, rf=3),
    )
    with topics(kafka_cluster, specs):
        live = documents(read_cluster(Connection(kafka_cluster.first)))
        result = lint([], Config(select=("L",)), ClusterContext(), extra=[*live, file])
        strict = lint(
            [],
            Config(select=("L007",), rule_options={"L007": {"strict": True}}),
            ClusterContext(),
            extra=[*live, file],
        )
    base = f"kafka://{kafka_cluster.first}"
    assert [(f.rule, f.path, f.line, f.target, f.severity) for f in result.findings] == [
        ("L007", f"{base}/topics/stray", 1, "stray", "info"),
        ("L001", "topics.yaml", 3, "/topics/orders/partitions", "error"),
        ("L002", "topics.yaml", 4, "/topics/orders/replication_factor", "error"),
        ("L006", "topics.yaml", 14, "min.insync.replicas", "error"),
        ("L003", "topics.yaml", 24, "remote.storage.enable", "error"),
    ]
    assert [(f.rule, f.severity) for f in strict.findings] == [("L007", "warning")]


def test_live_findings_point_at_kafka_paths_in_every_format(kafka_cluster):
    with topics(kafka_cluster, {"hot": {"assignments": {p: [2, 3, 1] for p in range(12)}}}):
        code, out, _ = run_cli("check", "--bootstrap-server", kafka_cluster.first, "--select", "L013")
        sarif_code, sarif, _ = run_cli(
            "check", "--bootstrap-server", kafka_cluster.first, "--select", "L013", "--format", "sarif"
        )
    assert code == 1 and sarif_code == 1
    assert f"kafka://{kafka_cluster.first}/brokers/2:1:1" in out and "L013" in out
    location = json.loads(sarif)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == f"kafka://{kafka_cluster.first}/brokers/2"


def test_scram_with_password_from_environment_or_file(kafka_cluster, tmp_path):
    kafka_cluster.add_scram_user("msklint-reader", "pw-from-test-7f3a")
    sasl = kafka_cluster.sasl_bootstrap.split(",")[0]
    common = ["check", "--bootstrap-server", sasl, "--security-protocol", "SASL_PLAINTEXT"]
    common += ["--sasl-mechanism", "SCRAM-SHA-512", "--sasl-username", "msklint-reader", "--select", "L"]
    secret = tmp_path / "password"
    secret.write_text("pw-from-test-7f3a\n")

    assert run_cli(*common, "--sasl-password-env", "MSK_PW", env={"MSK_PW": "pw-from-test-7f3a"})[0] == 0
    assert run_cli(*common, "--sasl-password-file", str(secret))[0] == 0
    code, out, err = run_cli(
        *common, "--sasl-password-env", "MSK_PW", "--timeout", "3", env={"MSK_PW": "wrong-pw-1b2c"}
    )
    assert (code, out) == (2, "")
    assert err.startswith(f"msklint: kafka://{sasl}: ") and len(err.strip().splitlines()) == 1
    assert "wrong-pw-1b2c" not in err
