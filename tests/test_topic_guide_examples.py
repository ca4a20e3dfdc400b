"""The guide's tiered-storage example commands, as topic definitions, on the guide's example cluster."""

import os

import pytest
from helpers import ROOT

from msklint.config import Config, make_context
from msklint.engine import lint

GUIDE_EXAMPLES = ROOT / "tests" / "data" / "topics" / "guide"
# "Creating an Amazon MSK cluster with tiered storage with the AWS CLI": 3 brokers, 3.6.0, TIERED.
CLUSTER = {
    "kafka_version": "3.6.0",
    "storage_mode": "TIERED",
    "brokers": 3,
    "zones": 3,
    "broker_type": "kafka.m5.large",
}


def findings(*names: str, context=CLUSTER):
    paths = [str(GUIDE_EXAMPLES / name) for name in names]
    result = lint(paths, Config(select=("T",)), make_context(context, "test"))
    assert not result.errors
    return [(f.rule, os.path.basename(f.path), f.line, f.severity) for f in result.findings]


@pytest.mark.parametrize(
    "name, rf_line",
    [("create-tiered-topic.yaml", 5), ("create-tiered-topic.strimzi.yaml", 8), ("create-tiered-topic.tf", 5)],
)
def test_create_tiered_topic_meets_tiered_rules_but_not_the_ha_advice(name, rf_line):
    # Every tiered-storage setting of the guide's command is valid. Its --replication-factor 2 is not what
    # "Build highly available clusters" asks of a three-AZ cluster (T010), and with MSK's default
    # min.insync.replicas=2 for three AZs, acks=all producers stop while a broker restarts (T012, a
    # warning like B021's for the broker defaults: equal to RF stops writes, above RF forbids them).
    assert findings(name) == [("T010", name, rf_line, "warning"), ("T012", name, rf_line, "warning")]


def test_create_tiered_topic_configs_alone_are_clean():
    assert findings("create-tiered-topic.topic.properties") == []


def test_create_tiered_topic_on_a_cluster_without_tiered_storage():
    context = {**CLUSTER, "storage_mode": "LOCAL", "kafka_version": "3.5.1"}
    assert findings("create-tiered-topic.topic.properties", context=context) == [
        ("T020", "create-tiered-topic.topic.properties", 3, "error"),
        ("T021", "create-tiered-topic.topic.properties", 3, "error"),
    ]


def test_enable_tiered_storage_on_an_existing_topic_is_clean():
    assert findings("msk-ts-topic.topic.properties") == []


def test_disable_tiered_storage_with_the_policy_is_clean():
    assert findings("disable/MSKTutorialTopic.topic.properties") == []


def test_disable_without_the_policy_is_noted(tmp_path):
    path = tmp_path / "MSKTutorialTopic.topic.properties"
    path.write_text("remote.storage.enable=false\n")
    result = lint([str(path)], Config(select=("T",)), make_context(CLUSTER, "test"))
    assert [(f.rule, f.line, f.severity) for f in result.findings] == [("T026", 1, "info")]


def test_example_scenario_is_clean():
    assert findings("scenario.yaml") == []
