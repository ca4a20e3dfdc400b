"""Per-rule tables: input files (several formats) → exact [(code, file, line)], each with a compliant twin."""

import pytest
from topic_helpers import lint_files, run


def msk(config: str = "", partitions: int = 6, rf: int | None = 3, name: str = "orders") -> str:
    """A one-topic file in msklint's format; config lines start on line 6 (5 without rf)."""
    text = f"topics:\n  - name: {name}\n    partitions: {partitions}\n"
    if rf is not None:
        text += f"    replication_factor: {rf}\n"
    if config:
        text += "    config:\n" + "".join(f"      {line}\n" for line in config.strip().splitlines())
    return text


def strimzi(config: str = "", partitions="6", replicas="3") -> str:
    """A Strimzi KafkaTopic; config lines start on line 10."""
    text = (
        "apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\n"
        f"  labels:\n    strimzi.io/cluster: main\nspec:\n  partitions: {partitions}\n  replicas: {replicas}\n"
    )
    if config:
        text += "  config:\n" + "".join(f"    {line}\n" for line in config.strip().splitlines())
    return text


TIERED = {"storage_mode": "TIERED", "kafka_version": "3.6.0", "zones": 3, "broker_type": "kafka.m5.large"}

CASES = [
    # T001 unknown config, with the broker-name and did-you-mean fixes
    ("T001", {"t.yaml": msk("retention.msec: '1'")}, {}, [("T001", "t.yaml", 6)]),
    ("T001", {"t.yaml": msk("retention.ms: '1'")}, {}, []),
    (
        "T001",
        {"orders.topic.properties": "# orders\nlog.retention.ms=1000\n"},
        {},
        [("T001", "orders.topic.properties", 2)],
    ),
    ("T001", {"orders.topic.properties": "# orders\nretention.ms=1000\n"}, {}, []),
    (
        "T001",
        {
            "t.tf": 'resource "kafka_topic" "o" {\n  name = "o"\n  partitions = 3\n  replication_factor = 3\n'
            '  config = {\n    "cleanup.polcy" = "delete"\n  }\n}\n'
        },
        {},
        [("T001", "t.tf", 6)],
    ),
    (
        "T001",
        {"t.yaml": msk("remote.log.msk.disable.policy: Delete\nremote.storage.enable: 'false'")},
        {},
        [],
    ),
    # T004 a config set twice
    (
        "T004",
        {"t.yaml": msk("retention.ms: 1\nsegment.ms: 600000\nretention.ms: 2")},
        {},
        [("T004", "t.yaml", 8)],
    ),
    ("T004", {"t.yaml": msk("retention.ms: 1\nsegment.ms: 600000")}, {}, []),
    (
        "T004",
        {"t.topic.properties": "retention.ms=1\nretention.ms=2\n"},
        {},
        [("T004", "t.topic.properties", 2)],
    ),
    ("T004", {"t.json": '{"topics": [{"name": "a", "config": {"x.y": "1"}}], "topics": []}'}, {}, []),
    # T002 types, valid values and Kafka's bounds
    (
        "T002",
        {
            "t.yaml": strimzi(
                "cleanup.policy: compacted\nmin.insync.replicas: 0\nsegment.bytes: 10\nretention.ms: 7d\n"
                "compression.gzip.level: 0\nmax.message.bytes: 3000000000\nmin.cleanable.dirty.ratio: 1.5\n"
                "follower.replication.throttled.replicas: 0-1\nretention.bytes: '1_000'\npreallocate: maybe\n"
                "message.format.version: '9.9'\nremote.log.msk.disable.policy: Keep"
            )
        },
        {},
        [("T002", "t.yaml", line) for line in range(11, 23)],
    ),
    (
        "T002",
        {
            "t.yaml": strimzi(
                "cleanup.policy: compact,delete\nmin.insync.replicas: 2\nsegment.bytes: 1073741824\n"
                "retention.ms: -1\ncompression.gzip.level: -1\nmax.message.bytes: 1048588\n"
                "min.cleanable.dirty.ratio: 0.5\nfollower.replication.throttled.replicas: '0:1,1:2'\n"
                "retention.bytes: ' 1000 '\npreallocate: yes\nmessage.format.version: '3.0'\n"
                "remote.log.msk.disable.policy: DELETE\nmessage.timestamp.type: LogAppendTime"
            )
        },
        {},
        [],
    ),
    (
        "T002",
        {
            "t.yaml": "meta:\n  name: orders\n  cluster: main\nspec:\n  partitions: 6\n  replicationFactor: 3\n"
            "  retentionMinutes: soon\n  settings:\n    cleanup.policy: [compact, deleted]\n"
        },
        {},
        [("T002", "t.yaml", 7), ("T002", "t.yaml", 9)],
    ),
    (
        "T002",
        {
            "t.yaml": "meta:\n  name: orders\n  cluster: main\nspec:\n  partitions: 6\n  replicationFactor: 3\n"
            "  retentionMinutes: 60\n  settings:\n    cleanup.policy: [compact, delete]\n"
        },
        {},
        [],
    ),
    # T003 partitions / replication factor values
    (
        "T003",
        {"t.yaml": strimzi(partitions="0", replicas="three")},
        {},
        [("T003", "t.yaml", 8), ("T003", "t.yaml", 9)],
    ),
    ("T003", {"t.yaml": strimzi(partitions="1", replicas="32767")}, {}, []),
    # T010 replication factor and zones
    ("T010", {"t.yaml": msk(rf=2)}, {"zones": 3}, [("T010", "t.yaml", 4)]),
    ("T010", {"t.yaml": msk(rf=2)}, {"zones": 2}, []),
    ("T010", {"t.yaml": msk(rf=2)}, {}, []),
    ("T010", {"t.yaml": msk(rf=1)}, {}, [("T010", "t.yaml", 4)]),
    ("T010", {"t.yaml": msk(rf=1)}, {"cluster_type": "serverless"}, []),
    ("T010", {"t.yaml": msk(rf=3)}, {"zones": 3}, []),
    (
        "T010",
        {"t.yaml": msk(rf=None), "server.properties": "default.replication.factor=1\n"},
        {},
        [("T010", "t.yaml", 2)],
    ),
    ("T010", {"t.yaml": msk(rf=None)}, {"zones": 3}, []),
    # T011 more replicas than brokers
    ("T011", {"t.yaml": msk(rf=4)}, {"brokers": 3}, [("T011", "t.yaml", 4)]),
    ("T011", {"t.yaml": msk(rf=3)}, {"brokers": 3}, []),
    ("T011", {"t.yaml": msk(rf=4)}, {}, []),
    # T012 min.insync.replicas <= RF - 1, the topic's own or the broker's
    ("T012", {"t.yaml": msk("min.insync.replicas: 3")}, {}, [("T012", "t.yaml", 6)]),
    ("T012", {"t.yaml": msk("min.insync.replicas: 2")}, {}, []),
    ("T012", {"t.yaml": msk(), "server.properties": "min.insync.replicas=3\n"}, {}, [("T012", "t.yaml", 4)]),
    ("T012", {"t.yaml": msk(), "server.properties": "min.insync.replicas=2\n"}, {}, []),
    ("T012", {"t.yaml": msk(rf=2)}, {"zones": 3}, [("T012", "t.yaml", 4)]),
    ("T012", {"t.yaml": msk(rf=2)}, {"zones": 2}, []),
    ("T012", {"t.yaml": msk(rf=2)}, {}, []),
    # T020 cluster without tiered storage
    (
        "T020",
        {"t.yaml": msk("remote.storage.enable: true\nretention.ms: 604800000")},
        {"storage_mode": "LOCAL"},
        [("T020", "t.yaml", 6)],
    ),
    (
        "T020",
        {"t.yaml": msk("remote.storage.enable: true")},
        {"broker_type": "kafka.t3.small"},
        [("T020", "t.yaml", 6)],
    ),
    ("T020", {"t.yaml": msk("remote.storage.enable: true\nretention.ms: 604800000")}, TIERED, []),
    ("T020", {"t.yaml": msk("remote.storage.enable: false")}, {"storage_mode": "LOCAL"}, []),
    # T021 Kafka version
    (
        "T021",
        {"t.yaml": msk("remote.storage.enable: 'true'")},
        {"kafka_version": "3.5.1"},
        [("T021", "t.yaml", 6)],
    ),
    ("T021", {"t.yaml": msk("remote.storage.enable: 'true'")}, {"kafka_version": "2.8.2.tiered"}, []),
    ("T021", {"t.yaml": msk("remote.storage.enable: 'true'")}, {"kafka_version": "3.7.x"}, []),
    # T022 compacted tiered topics, the topic's policy or the broker's
    (
        "T022",
        {"t.yaml": msk("remote.storage.enable: true\ncleanup.policy: compact,delete")},
        {},
        [("T022", "t.yaml", 7)],
    ),
    ("T022", {"t.yaml": msk("remote.storage.enable: true\ncleanup.policy: delete")}, {}, []),
    (
        "T022",
        {"t.yaml": msk("remote.storage.enable: true"), "server.properties": "log.cleanup.policy=compact\n"},
        {},
        [("T022", "t.yaml", 6)],
    ),
    ("T022", {"t.yaml": msk("cleanup.policy: compact")}, {}, []),
    # T023 retention.ms mandatory and at least 3 days
    ("T023", {"t.yaml": msk("remote.storage.enable: true")}, {}, [("T023", "t.yaml", 6)]),
    (
        "T023",
        {"t.yaml": msk("remote.storage.enable: true\nretention.ms: 86400000")},
        {},
        [("T023", "t.yaml", 7)],
    ),
    ("T023", {"t.yaml": msk("remote.storage.enable: true\nretention.ms: -1")}, {}, []),
    ("T023", {"t.yaml": msk("remote.storage.enable: true\nretention.ms: 259200000")}, {}, []),
    # T024 local retention below total retention
    (
        "T024",
        {
            "t.yaml": msk(
                "remote.storage.enable: true\nretention.ms: 604800000\nlocal.retention.ms: 604800000"
            )
        },
        {},
        [("T024", "t.yaml", 8)],
    ),
    (
        "T024",
        {"t.yaml": msk("remote.storage.enable: true\nretention.ms: 604800000\nlocal.retention.ms: -1")},
        {},
        [("T024", "t.yaml", 8)],
    ),
    (
        "T024",
        {"t.yaml": msk("remote.storage.enable: true\nretention.bytes: 50\nlocal.retention.bytes: 100")},
        {},
        [("T024", "t.yaml", 8)],
    ),
    (
        "T024",  # retention.ms not set: the broker's log.retention.hours=24 is the total
        {
            "t.yaml": msk("remote.storage.enable: true\nlocal.retention.ms: 172800000"),
            "server.properties": "log.retention.hours=24\n",
        },
        {},
        [("T024", "t.yaml", 7)],
    ),
    (
        "T024",
        {
            "t.yaml": msk(
                "remote.storage.enable: true\nretention.ms: 604800000\nlocal.retention.ms: 86400000\n"
                "local.retention.bytes: 10\nretention.bytes: -1"
            )
        },
        {},
        [],
    ),
    (
        "T024",
        {"t.yaml": msk("remote.storage.enable: true\nretention.ms: 604800000\nlocal.retention.ms: -2")},
        {},
        [],
    ),
    ("T024", {"t.yaml": msk("retention.ms: 600\nlocal.retention.ms: 6000")}, {}, []),
    # T025 segment size and roll time
    (
        "T025",
        {
            "t.yaml": msk(
                "remote.storage.enable: true\nretention.ms: -1\nsegment.bytes: 1048576\nsegment.ms: 60000"
            )
        },
        {},
        [("T025", "t.yaml", 8), ("T025", "t.yaml", 9)],
    ),
    (
        "T025",
        {
            "t.yaml": msk(
                "remote.storage.enable: true\nretention.ms: -1\nsegment.bytes: 50331648\nsegment.ms: 600000"
            )
        },
        {},
        [],
    ),
    (
        "T025",
        {
            "t.yaml": msk("remote.storage.enable: true\nretention.ms: -1"),
            "server.properties": "log.segment.bytes=1048576\n",
        },
        {},
        [("T025", "t.yaml", 6)],
    ),
    ("T025", {"t.yaml": msk("segment.bytes: 1048576")}, {}, []),
    # T026 disabling tiered storage
    ("T026", {"t.yaml": msk("remote.storage.enable: false")}, TIERED, [("T026", "t.yaml", 6)]),
    (
        "T026",
        {"t.yaml": msk("remote.log.msk.disable.policy: Delete\nremote.storage.enable: false")},
        TIERED,
        [],
    ),
    ("T026", {"t.yaml": msk("remote.storage.enable: false")}, {"storage_mode": "LOCAL"}, []),
    ("T026", {"t.yaml": msk("remote.storage.enable: false")}, {}, []),
    # T027 timestamp difference above retention
    (
        "T027",
        {"t.yaml": msk("retention.ms: 86400000\nmessage.timestamp.difference.max.ms: 604800000")},
        {},
        [("T027", "t.yaml", 7)],
    ),
    ("T027", {"t.yaml": msk("retention.ms: 86400000\nmessage.timestamp.difference.max.ms: 3600000")}, {}, []),
    ("T027", {"t.yaml": msk("retention.ms: -1\nmessage.timestamp.difference.max.ms: 604800000")}, {}, []),
    (
        "T027",
        {
            "t.yaml": msk("retention.ms: 3600000"),
            "server.properties": "log.message.timestamp.difference.max.ms=86400000\n",
        },
        {},
        [("T027", "t.yaml", 6)],
    ),
    ("T027", {"t.yaml": msk()}, {}, []),
    # T030 / T031 serverless configs and limits
    (
        "T030",
        {"t.yaml": msk("min.insync.replicas: 2\nretention.ms: 1")},
        {"cluster_type": "serverless"},
        [("T030", "t.yaml", 6)],
    ),
    ("T030", {"t.yaml": msk("min.insync.replicas: 2")}, {"cluster_type": "provisioned"}, []),
    (
        "T031",
        {"t.yaml": msk("max.message.bytes: 10485760\nretention.bytes: -1")},
        {"cluster_type": "serverless"},
        [("T031", "t.yaml", 6), ("T031", "t.yaml", 7)],
    ),
    (
        "T031",
        {"t.yaml": msk("max.message.bytes: 8388608\nretention.bytes: 268435456000")},
        {"cluster_type": "serverless"},
        [],
    ),
    # T040 Express brokers fix replication
    (
        "T040",
        {"t.yaml": msk("min.insync.replicas: 1", rf=2)},
        {"broker_type": "express.m7g.large"},
        [("T040", "t.yaml", 4), ("T040", "t.yaml", 6)],
    ),
    ("T040", {"t.yaml": msk("retention.ms: 604800000")}, {"broker_type": "express.m7g.large"}, []),
    ("T040", {"t.yaml": msk("min.insync.replicas: 1", rf=2)}, {"broker_type": "kafka.m7g.large"}, []),
    # T100 partitions per broker over the whole run
    (
        "T100",
        {"a.yaml": msk(partitions=200, name="a"), "b.yaml": msk(partitions=200, name="b")},
        {"broker_type": "kafka.t3.small", "brokers": 3},
        [("T100", "a.yaml", 3)],
    ),
    (
        "T100",
        {"a.yaml": msk(partitions=150, name="a"), "b.yaml": msk(partitions=150, name="b")},
        {"broker_type": "kafka.t3.small", "brokers": 3},
        [],
    ),
    ("T100", {"a.yaml": msk(partitions=5000)}, {"brokers": 3}, []),
    # T101 serverless partition quota
    (
        "T101",
        {
            "a.yaml": msk("cleanup.policy: compact", partitions=100, name="a"),
            "b.yaml": msk("cleanup.policy: compact", partitions=30, name="b"),
        },
        {"cluster_type": "serverless"},
        [("T101", "a.yaml", 3)],
    ),
    (
        "T101",
        {"a.yaml": msk(partitions=2000, name="a"), "b.yaml": msk(partitions=401, name="b")},
        {"cluster_type": "serverless"},
        [("T101", "a.yaml", 3)],
    ),
    (
        "T101",
        {
            "a.yaml": msk("cleanup.policy: compact", partitions=120, name="a"),
            "b.yaml": msk(partitions=2400, name="b"),
        },
        {"cluster_type": "serverless"},
        [],
    ),
    # T102 duplicate names, in one file and across files
    ("T102", {"a.yaml": msk(name="x"), "b.yaml": msk(name="x")}, {}, [("T102", "b.yaml", 2)]),
    ("T102", {"a.yaml": msk(name="x") + "  - name: x\n    partitions: 1\n"}, {}, [("T102", "a.yaml", 5)]),
    ("T102", {"a.yaml": msk(name="x"), "b.yaml": msk(name="y")}, {}, []),
    ("T102", {"dev/a.yaml": msk(name="x"), "prod/a.yaml": msk(name="x")}, {}, []),
    (
        "T102",
        {
            "a.tf": 'resource "kafka_topic" "a" {\n  for_each = var.t\n  name = each.key\n  partitions = 1\n}\n'
            'resource "kafka_topic" "b" {\n  for_each = var.t\n  name = each.key\n  partitions = 1\n}\n'
        },
        {},
        [],
    ),
]


@pytest.mark.parametrize("code, files, context, expected", CASES)
def test_rule_table(code, files, context, expected):
    assert lint_files(files, context, select=(code,)) == expected


def test_every_topic_rule_has_a_table():
    from msklint.registry import discover

    assert {rule.code for rule in discover({"topic"})} == {code for code, *_ in CASES}


def test_messages_carry_the_numbers():
    [finding] = run(
        {"a.yaml": msk(partitions=200, name="a"), "b.yaml": msk(partitions=200, name="b")},
        {"broker_type": "kafka.t3.small", "brokers": 3},
        select=("T100",),
    )
    assert finding.message == (
        "2 topics need 1200 partition replicas (partitions × replication factor) on 3 brokers: "
        "400 per broker, above the 300 recommended for kafka.t3.small"
    )
    assert finding.guide == "Right-size your cluster: Number of partitions per broker"
    [unknown] = run({"t.yaml": msk("retention.msec: '1'")}, select=("T001",))
    assert unknown.hint == "did you mean 'retention.ms'?"
    [broker_name] = run({"t.yaml": msk("log.retention.hours: '1'")}, select=("T001",))
    assert broker_name.hint == "use the topic-level name 'retention.ms'"
    [inherited] = run({"t.yaml": msk(), "server.properties": "min.insync.replicas=3\n"}, select=("T012",))
    assert (
        "min.insync.replicas=3 (from the broker configuration) with replication factor 3" in inherited.message
    )


def test_t010_severity_depends_on_the_replication_factor():
    one = run({"t.yaml": msk(rf=1)}, {"zones": 3}, select=("T010",))
    two = run({"t.yaml": msk(rf=2)}, {"zones": 3}, select=("T010",))
    assert [f.severity for f in one + two] == ["error", "warning"]
