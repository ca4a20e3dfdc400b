"""The kinds table (msklint.kinds) is the one list of document kinds: its readers exist, its kinds are the
rule modules' prefixes and code letters, and file detection and example file names follow it."""

from __future__ import annotations

import importlib

import pytest

from msklint.kinds import BY_NAME, KINDS, by_file_name, example_file
from msklint.loaders import guess_kind
from msklint.registry import OPT_IN_PREFIXES, discover
from msklint.syntax.structured import Node


def test_every_reader_named_in_the_table_reads():
    for kind in KINDS:
        if kind.reader:
            assert callable(importlib.import_module(kind.reader).extract), kind.name
        if kind.properties and kind.properties != "java":
            assert callable(importlib.import_module(kind.properties).from_properties), kind.name


def test_every_rule_belongs_to_a_kind_and_uses_its_letter():
    rules = discover()
    assert {rule.kind for rule in rules} == set(BY_NAME)
    for rule in rules:
        assert rule.code[0] == BY_NAME[rule.kind].code or rule.code.startswith(OPT_IN_PREFIXES), rule.code


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("server.properties", "broker"),
        ("orders.TOPIC.properties", "topic"),
        ("connect.worker.properties", "worker"),
        ("topics.yaml", None),
        ("main.tf", None),
    ],
)
def test_file_names_that_decide_the_kind(name, kind):
    assert by_file_name(name) == kind
    assert guess_kind(f"some/dir/{name}") == kind


def test_example_file_names():
    assert example_file("cluster", 'resource "aws_msk_cluster" "x" {}') == "main.tf"
    assert example_file("cluster", "# msklint check --zones 3\n{}") == "cluster.json"
    assert example_file("iam", "Resources:\n  X: {}") == "template.yaml"
    assert example_file("iam", "{}") == "policy.json"
    assert example_file("live", "{}") == "live.json"  # a live-state file
    assert example_file("plan", "{}") == "plan.json"
    assert example_file("suppress", "anything") == ""  # a kind without file examples


def test_rules_are_handed_only_the_models_they_read():
    from msklint.loaders import Document
    from msklint.packs.cluster.model import ClusterModel, ConfigurationModel
    from msklint.registry import find

    rule = find("subnet-and-security-group-ids")
    assert rule.reads == (ClusterModel,)
    root = Node({}, 1, 1, "")
    cluster = Document("c.json", "cluster", ClusterModel("create-cluster", False, "", root, 1, 1))
    configuration = Document("c.json", "cluster", ConfigurationModel("create-configuration", "", root, 1, 1))
    assert rule.takes(cluster) and not rule.takes(configuration)
    assert not rule.takes(Document("c.json", "update", cluster.model))
