"""L rules on live states a real Apache Kafka here cannot produce: tiered storage needs a
RemoteStorageManager plugin that Apache Kafka does not ship (MSK provides its own), so Kafka refuses
remote.storage.enable=true; and brokers without broker.rack. Everything else is tested against the real
cluster (test_live_cluster.py, test_live_failures.py)."""

import pytest

from msklint.config import ClusterContext, Config
from msklint.engine import lint
from msklint.live import LiveBroker, LiveCluster, LiveConfig, LivePartition, LiveTopic, documents
from msklint.loaders import Document
from msklint.model import Setting, Topic, TopicSet


def cluster(configs: dict, racks=("use1-az1", "use1-az2", "use1-az4"), replicas=(1, 2, 3)) -> LiveCluster:
    brokers = [LiveBroker(i + 1, "b", 9092, rack) for i, rack in enumerate(racks)]
    partition = LivePartition(0, replicas[0], list(replicas), list(replicas))
    topic = LiveTopic(
        "orders",
        False,
        {0: partition},
        {k: LiveConfig(v, "DYNAMIC_TOPIC_CONFIG") for k, v in configs.items()},
    )
    return LiveCluster("kafka://b:9092", "id", 1, brokers, [topic])


def declared(**config) -> Document:
    topic = Topic("orders", 2, 3)
    for line, (key, value) in enumerate(config.items(), start=4):
        topic.config[key.replace("_", ".")] = Setting(value, line, 7, key.replace("_", "."))
    return Document("topics.yaml", "topic", TopicSet([topic], format="msklint"))


def codes(live: LiveCluster, desired: Document | None = None, select=("L",), context=None):
    extra = documents(live) + ([desired] if desired else [])
    found = lint([], Config(select=select), context or ClusterContext(), extra=extra).findings
    return [(f.rule, f.line) for f in found]


TIERED = {"remote.storage.enable": "true"}


@pytest.mark.parametrize(
    ("live", "desired", "expected"),
    [
        (TIERED, declared(cleanup_policy="compact"), [("L004", 4)]),
        (TIERED, declared(cleanup_policy="delete,compact"), [("L004", 4)]),
        (TIERED, declared(cleanup_policy="delete"), []),
        ({}, declared(cleanup_policy="compact"), []),
        (TIERED, declared(remote_storage_enable="false"), [("L005", 4)]),
        (TIERED, declared(remote_storage_enable="false", remote_log_msk_disable_policy="Delete"), []),
        (TIERED, declared(remote_storage_enable="false", remote_log_msk_disable_policy="DELETE"), []),
        ({}, declared(remote_storage_enable="false"), []),
        ({"remote.storage.enable": "false"}, declared(remote_storage_enable="true"), [("L003", 4)]),
        ({}, declared(remote_storage_enable="true"), []),
    ],
)
def test_tiered_storage_transitions(live, desired, expected):
    assert codes(cluster(live), desired) == expected


def test_zone_spread_is_silent_when_racks_are_unknown():
    assert codes(cluster({}, racks=("a", "a", "b"), replicas=(1, 2))) == [("L010", 1)]
    assert codes(cluster({}, racks=("a", None, "b"), replicas=(1, 2))) == []


def test_partitions_per_broker_needs_the_broker_size_or_a_maximum():
    live = cluster({})
    assert codes(live, select=("L014",)) == []
    small = ClusterContext(broker_type="kafka.t3.small")
    assert codes(live, select=("L014",), context=small) == []
    many = LiveCluster(
        "kafka://b:9092",
        "id",
        1,
        live.brokers,
        [LiveTopic("t", False, {p: LivePartition(p, 1, [1], [1]) for p in range(301)})],
    )
    assert codes(many, select=("L014",), context=small) == [("L014", 1)]


def test_internal_topics_are_flagged_on_the_model():
    assert Topic("__consumer_offsets", 1, 1).internal is True
    assert Topic("__amazon_msk_connect_offsets_my-connector_1a2b", 1, 1).internal is True
    assert Topic("__CruiseControlMetrics", 1, 1).internal is True
    assert Topic("orders", 1, 1).internal is False
    assert Topic("orders", 1, 1, internal=True).internal is True


# A live-state file: what a cluster showed, checked as the cluster itself would be -------------------------

STATE = """{"msklint_live": 1, "bootstrap": "b-1.example:9092", "version": "3.6.x",
 "brokers": [{"id": 1, "rack": "use1-az1", "configs": {"unclean.leader.election.enable": "true"}},
             {"id": 2, "rack": "use1-az2"}, {"id": 3, "rack": "use1-az4"}],
 "topics": [{"name": "orders", "configs": {"min.insync.replicas": "3"},
             "partitions": [{"replicas": [1, 2, 3], "isr": [1, 2]}, {"partition": 5, "replicas": [2, 3, 1]}]}]}
"""


def test_a_state_file_gives_the_documents_a_running_cluster_gives(tmp_path):
    from msklint.loaders import load_file

    path = tmp_path / "live.json"
    path.write_text(STATE, encoding="utf-8")
    found = {(d.kind, d.path) for d in load_file(str(path))}
    address = "kafka://b-1.example:9092"
    assert found == {
        ("live", address),
        *(("broker", f"{address}/brokers/{n}") for n in (1, 2, 3)),
        ("topic", f"{address}/topics/orders"),
    }
    live = next(d.model for d in load_file(str(path)) if d.kind == "live")
    orders = live.topics[0]
    assert sorted(orders.partitions) == [0, 5]
    assert (orders.partitions[5].leader, orders.partitions[5].isr) == (2, [2, 3, 1])  # defaults
    assert orders.own_config("min.insync.replicas") == "3"
    assert live.cluster_context().zones == 3 and live.cluster_context().kafka_version == "3.6.x"


def test_a_state_file_is_checked_by_the_live_broker_and_topic_rules(tmp_path):
    from helpers import run_cli

    (tmp_path / "live.json").write_text(STATE, encoding="utf-8")
    code, out, err = run_cli("check", "live.json", "--format", "json", cwd=tmp_path)
    assert code == 1, err
    import json

    found = {(f["rule"], f["path"]) for f in json.loads(out)["findings"]}
    assert ("L011", "kafka://b-1.example:9092/topics/orders") in found  # under-replicated
    assert any(path == "kafka://b-1.example:9092/brokers/1" and rule.startswith("B") for rule, path in found)
    assert any(
        path == "kafka://b-1.example:9092/topics/orders" and rule.startswith("T") for rule, path in found
    )


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        (
            '{"msklint_live": 2, "bootstrap": "b:9092", "brokers": []}',
            "1:18",
            "unsupported live-state format 2",
        ),
        ('{"msklint_live": 1, "brokers": []}', "1:1", "'bootstrap' is required"),
        (
            '{"msklint_live": 1, "bootstrap": "b:9092", "brokers": [{"id": 1}],\n'
            ' "topics": [{"name": "t", "partitions": [{"replicas": "1"}]}]}',
            "2:55",
            "/topics/0/partitions/0/replicas: 'replicas' must be a list",
        ),
        (
            '{"msklint_live": 1, "bootstrap": "b:9092", "brokers": [{"id": "1"}]}',
            "1:63",
            "/brokers/0/id: 'id' must be an integer",
        ),
        (
            '{"msklint_live": 1, "bootstrap": "b:9092", "brokers": [{"id": 1, "configs": {"a": 1}}]}',
            "1:83",
            "configs: 'a' must be a string",
        ),
    ],
)
def test_a_wrong_state_file_is_one_line_naming_the_place(tmp_path, text, where, message):
    from helpers import run_cli

    (tmp_path / "live.json").write_text(text, encoding="utf-8")
    code, _, err = run_cli("check", "live.json", cwd=tmp_path)
    assert code == 2
    line = err.strip().splitlines()[-1]
    assert line.startswith(f"msklint: live.json:{where}: ") and message in line, err
    assert "Traceback" not in err
