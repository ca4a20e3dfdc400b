"""Every topic format loads into the same model, with the position of every field."""

import base64
import json
import os
import tempfile
from pathlib import Path

import pytest
from helpers import run_cli

from msklint.findings import InputError
from msklint.loaders import load_file
from msklint.model import Setting


def load(name: str, text: str, kind: str | None = None):
    """The topic documents of a file (other packs may find documents in the same file)."""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, name)
        Path(path).write_text(text, encoding="utf-8")
        return [document for document in load_file(path, kind) if document.kind == "topic"]


def summary(documents) -> list:
    """[(format, [(name, line, partitions, rf, {key: (value, line)})])]"""

    def value(setting):
        return None if setting is None else (setting.value, setting.line)

    return [
        (
            d.model.format,
            [
                (
                    t.name,
                    t.line,
                    value(t.partitions),
                    value(t.replication_factor),
                    {k: (s.value, s.line) for k, s in t.config.items()},
                )
                for t in d.model.topics
            ],
        )
        for d in documents
    ]


def test_msklint_list_yaml():
    text = (
        "topics:\n"
        "  - name: orders\n"
        "    partitions: 6\n"
        "    replication_factor: 3\n"
        "    config:\n"
        "      retention.ms: 604800000\n"
        "      unclean.leader.election.enable: false\n"
        "      min.cleanable.dirty.ratio: 0.05\n"
        "      cleanup.policy: [compact, delete]\n"
    )
    [document] = load("topics.yaml", text)
    assert document.kind == "topic"
    assert summary([document]) == [
        (
            "msklint",
            [
                (
                    "orders",
                    2,
                    ("6", 3),
                    ("3", 4),
                    {
                        "retention.ms": ("604800000", 6),
                        "unclean.leader.election.enable": ("false", 7),
                        "min.cleanable.dirty.ratio": ("0.05", 8),
                        "cleanup.policy": ("compact,delete", 9),
                    },
                )
            ],
        )
    ]
    setting = document.model.topics[0].config["retention.ms"]
    assert setting == Setting("604800000", 6, 21, "/topics/0/config/retention.ms")


def test_msklint_map_json():
    text = (
        '{\n  "topics": {\n    "audit": {"partitions": 3, "config": {"cleanup.policy": "compact"}}\n  }\n}\n'
    )
    assert summary(load("t.json", text)) == [
        ("msklint", [("audit", 3, ("3", 3), None, {"cleanup.policy": ("compact", 3)})])
    ]


@pytest.mark.parametrize(
    "text, line, message",
    [
        (
            "topics:\n  - name: a\n    partitions: six\n",
            3,
            "/topics/0/partitions: 'six' is not of type 'integer'",
        ),
        (
            "topics:\n  - name: a\n    replicas: 3\n",
            2,
            "/topics/0: Additional properties are not allowed ('replicas'",
        ),
        ("topics:\n  - partitions: 3\n", 2, "/topics/0: 'name' is a required property"),
        ("topics:\n  - name: a b\n", 2, "/topics/0/name: 'a b' does not match"),
        (
            "topics:\n  - name: a\n    config:\n      x: {y: 1}\n",
            4,
            "/topics/0/config/x: {'y': 1} is not valid",
        ),
        ("topics: []\nextra: 1\n", 1, "/: Additional properties are not allowed ('extra'"),
    ],
)
def test_msklint_schema_errors_name_pointer_and_line(text, line, message):
    with pytest.raises(InputError) as raised:
        load("t.yaml", text)
    assert raised.value.message.startswith("topics schema: ")
    assert message in raised.value.message
    assert raised.value.line == line


def test_schema_error_is_one_line_and_exit_2(tmp_path):
    bad = tmp_path / "t.yaml"
    bad.write_text("topics:\n  - name: a\n    partitions: -1\n")
    code, _out, err = run_cli("check", str(bad))
    assert code == 2
    assert (
        err.strip()
        == f"msklint: {bad}:3:5: topics schema: /topics/0/partitions: -1 is less than the minimum of 1"
    )


STRIMZI = """\
apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaTopic
metadata:
  name: orders
spec:
  partitions: 12
  replicas: 3
  config:
    retention.ms: 604800000
---
apiVersion: kafka.strimzi.io/v1
kind: KafkaTopic
metadata:
  name: k8s-name
spec:
  topicName: Real.Name
  config:
    cleanup.policy: compact
"""


def test_strimzi_multi_document():
    assert summary(load("topics.yaml", STRIMZI)) == [
        (
            "strimzi",
            [
                ("orders", 4, ("12", 6), ("3", 7), {"retention.ms": ("604800000", 9)}),
                ("Real.Name", 16, None, None, {"cleanup.policy": ("compact", 18)}),
            ],
        )
    ]


def test_strimzi_list_and_other_kinds_ignored():
    text = (
        "apiVersion: v1\nkind: List\nitems:\n"
        "  - apiVersion: kafka.strimzi.io/v1beta2\n    kind: KafkaTopic\n    metadata: {name: a}\n    spec: {partitions: 1}\n"
        "  - apiVersion: kafka.strimzi.io/v1beta2\n    kind: KafkaUser\n    metadata: {name: u}\n"
    )
    assert summary(load("list.yaml", text)) == [("strimzi", [("a", 6, ("1", 7), None, {})])]
    assert (
        load("user.yaml", "apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaUser\nmetadata: {name: u}\n")
        == []
    )


def test_topicctl():
    text = (
        "meta:\n  name: events\n  cluster: main\n  environment: prod\n"
        "spec:\n  partitions: 9\n  replicationFactor: 3\n  retentionMinutes: 360\n"
        "  placement:\n    strategy: in-rack\n  settings:\n    cleanup.policy: delete\n    max.message.bytes: 5542880\n"
    )
    assert summary(load("events.yaml", text)) == [
        (
            "topicctl",
            [
                (
                    "events",
                    2,
                    ("9", 6),
                    ("3", 7),
                    {
                        "cleanup.policy": ("delete", 12),
                        "max.message.bytes": ("5542880", 13),
                        "retention.ms": ("21600000", 8),
                    },
                )
            ],
        )
    ]


TF = """\
resource "kafka_topic" "orders" {
  name               = "orders"
  partitions         = 6
  replication_factor = 3
  config = {
    "cleanup.policy" = "compact"
    "segment.ms"     = 600000
  }
}

resource "aws_msk_topic" "events" {
  cluster_arn        = aws_msk_cluster.this.arn
  name               = "events"
  partition_count    = 3
  replication_factor = var.rf
  configs = base64encode(jsonencode({
    "retention.ms"   = "259200000"
    "cleanup.policy" = "delete"
  }))
}

resource "aws_msk_topic" "plain" {
  topic_name      = "plain"
  partition_count = 1
  configs         = jsonencode({ "retention.ms" = "1" })
}

resource "kafka_topic" "many" {
  for_each   = var.topics
  name       = each.key
  partitions = each.value.partitions
  config     = var.config
}

resource "aws_msk_cluster" "this" {
  cluster_name = "x"
}
"""


def test_terraform_hcl():
    [document] = load("main.tf", TF)
    assert summary([document]) == [
        (
            "terraform",
            [
                (
                    "orders",
                    2,
                    ("6", 3),
                    ("3", 4),
                    {"cleanup.policy": ("compact", 6), "segment.ms": ("600000", 7)},
                ),
                (
                    "events",
                    13,
                    ("3", 14),
                    (None, 15),
                    {"retention.ms": ("259200000", 17), "cleanup.policy": ("delete", 18)},
                ),
                ("plain", 23, ("1", 24), None, {"retention.ms": ("1", 25)}),
                ("kafka_topic.many", 30, (None, 31), None, {}),
            ],
        )
    ]
    assert [t.name_known for t in document.model.topics] == [True, True, True, False]
    assert (
        document.model.topics[1].config["retention.ms"].target
        == "/resource/aws_msk_topic/events/configs/retention.ms"
    )


def test_terraform_json_syntax():
    text = json.dumps(
        {
            "resource": {
                "kafka_topic": {"t": {"name": "t", "partitions": 2, "config": {"retention.ms": "${var.r}"}}}
            }
        },
        indent=1,
    )
    assert summary(load("main.tf.json", text)) == [
        ("terraform", [("t", 5, ("2", 6), None, {"retention.ms": (None, 8)})])
    ]


def test_terraform_show_json_plan_with_child_modules():
    configs = base64.b64encode(json.dumps({"retention.ms": "604800000"}).encode()).decode()
    plan = {
        "format_version": "1.2",
        "planned_values": {
            "root_module": {
                "resources": [
                    {
                        "address": "kafka_topic.a",
                        "mode": "managed",
                        "type": "kafka_topic",
                        "name": "a",
                        "values": {
                            "name": "a",
                            "partitions": 3,
                            "replication_factor": 2,
                            "config": {"cleanup.policy": "delete"},
                        },
                    },
                    {
                        "address": "aws_msk_cluster.c",
                        "mode": "managed",
                        "type": "aws_msk_cluster",
                        "name": "c",
                        "values": {},
                    },
                ],
                "child_modules": [
                    {
                        "resources": [
                            {
                                "address": "module.m.aws_msk_topic.b",
                                "mode": "managed",
                                "type": "aws_msk_topic",
                                "name": "b",
                                "values": {
                                    "name": "b",
                                    "partition_count": 1,
                                    "replication_factor": 3,
                                    "configs": configs,
                                },
                            },
                        ]
                    }
                ],
            }
        },
    }
    [document] = load("plan.json", json.dumps(plan, indent=2))
    assert document.model.format == "terraform-plan"
    assert [
        (t.name, t.partition_count, t.replicas, {k: s.value for k, s in t.config.items()})
        for t in document.model.topics
    ] == [
        ("a", 3, 2, {"cleanup.policy": "delete"}),
        ("b", 1, 3, {"retention.ms": "604800000"}),
    ]


def test_cloudformation_msk_topic_and_custom_resource():
    text = (
        "Resources:\n"
        "  Orders:\n"
        "    Type: AWS::MSK::Topic\n"
        "    Properties:\n"
        "      ClusterArn: !Ref Cluster\n"
        "      TopicName: orders\n"
        "      PartitionCount: 6\n"
        "      ReplicationFactor: 3\n"
        '      Configs: !Base64 \'{"retention.ms": "604800000"}\'\n'
        "  Custom:\n"
        "    Type: Custom::KafkaTopic\n"
        "    Properties:\n"
        "      Name: !Sub '${Env}-events'\n"
        "      Partitions: 3\n"
        "      Config:\n"
        "        retention.ms: !Ref Retention\n"
        "  Cluster:\n"
        "    Type: AWS::MSK::Cluster\n"
        "    Properties: {}\n"
    )
    [document] = load("stack.yaml", text)
    assert summary([document]) == [
        (
            "cloudformation",
            [
                ("orders", 6, ("6", 7), ("3", 8), {"retention.ms": ("604800000", 9)}),
                ("${Env}-events", 13, ("3", 14), None, {"retention.ms": (None, 16)}),
            ],
        )
    ]
    assert [t.name_known for t in document.model.topics] == [True, False]


def test_properties_topic_file():
    text = "# guide example\nremote.storage.enable=true\nretention.ms = 604800000\nretention.ms=259200000\n"
    [document] = load("msk-ts-topic.topic.properties", text)
    assert summary([document]) == [
        (
            "properties",
            [
                (
                    "msk-ts-topic",
                    1,
                    None,
                    None,
                    {"remote.storage.enable": ("true", 2), "retention.ms": ("259200000", 4)},
                )
            ],
        )
    ]
    [forced] = load("orders.properties", "cleanup.policy=compact\n", kind="topic")
    assert forced.model.topics[0].name == "orders"


def test_other_tools_topic_lists_are_not_claimed():
    assert load("connector.yaml", "name: sink\ntopics: [orders, refunds]\n") == []
    with pytest.raises(InputError, match="topics schema: /topics/0: 'orders' is not of type 'object'"):
        load("t.yaml", "topics: [orders]\n", kind="topic")


def test_kind_topic_without_topics_is_an_input_error():
    with pytest.raises(InputError, match="no topic definitions found"):
        load("policy.json", '{"Version": "2012-10-17", "Statement": []}', kind="topic")
    assert load("policy.json", '{"Version": "2012-10-17", "Statement": []}') == []


def test_other_kind_forced_gives_no_topics():
    from msklint.loaders.topic import extract
    from msklint.syntax.structured import parse_yaml

    assert extract("t.yaml", parse_yaml(STRIMZI), STRIMZI, "cluster") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("x: true", "true"),
        ("x: 1.0e+3", "1000.0"),
        ("x: 1e3", "1e3"),  # YAML 1.1: a string, as Kubernetes reads it
        ("x: 0.5", "0.5"),
        ("x: -1", "-1"),
        ("x: [a, b]", "a,b"),
        ("x: null", None),
        ("x: '${var.a}'", None),
        ("x: !Ref A", None),
        ("x: {Fn::Sub: a}", None),
        ("x: {a: 1}", '{"a": 1}'),
    ],
)
def test_values_become_what_kafka_sees(text, expected):
    from msklint.loaders.topic import kafka_string
    from msklint.syntax.structured import parse_yaml

    assert kafka_string(parse_yaml(text).documents[0].get("x")) == expected


def test_configs_string_as_json_or_base64():
    from msklint.loaders.topic import config_settings
    from msklint.syntax.structured import Node

    raw = '{"retention.ms": "1", "preallocate": true}'
    for value in (raw, base64.b64encode(raw.encode()).decode()):
        settings = config_settings(Node(value, 4, 7, "/configs"))
        assert {k: (s.value, s.line, s.target) for k, s in settings.items()} == {
            "retention.ms": ("1", 4, "/configs/retention.ms"),
            "preallocate": ("true", 4, "/configs/preallocate"),
        }
    assert config_settings(Node("not json", 1, 1, "/c")) == {}
