"""Issue 11: clusters that follow the current MSK Developer Guide (Kafka 3.8.x/3.9.x/4.0.x, Standard and
Express, CLI JSON, CloudFormation, Terraform) lint without a single finding; their bad twins get exactly the
findings the current guide calls for. Each file is linted alone, as `msklint check FILE` would, on the day
conftest fixes (MSKLINT_TODAY)."""

import pytest
from helpers import ROOT

from msklint.config import ClusterContext, Config
from msklint.engine import lint

FOLDER = ROOT / "examples" / "cluster" / "modern"

BAD = {
    "bad-create-cluster-3.8.json": [("C012", 3)],  # 3.6.0: end of support 2026-06-01
    "bad-create-cluster-v2-express-3.9.json": [("C010", 4), ("C013", 4), ("C002", 7), ("C040", 10)],
    "bad-cloudformation-express-4.0.yaml": [
        ("C012", 11),
        ("B060", 14),  # default.replication.factor: read-only on Express (3)
        ("B001", 15),
        ("B060", 15),  # log.message.format.version: read-only on Express
        ("C012", 20),
        ("C014", 20),  # Express starts at Kafka 3.6
        ("C008", 22),
        ("C040", 22),  # no tiered storage on Express
    ],
    "bad-terraform-express-4.0.tf": [
        ("B060", 7),  # min.insync.replicas: MSK sets 2
        ("B060", 8),  # num.network.threads: by size
        ("B008", 9),  # zookeeper.*: gone in Kafka 4.0
        ("B012", 9),
        ("B060", 9),
        ("C040", 21),  # EBS storage_info
        ("C040", 50),  # storage auto-scaling target
    ],
}


def findings(name: str):
    result = lint([str(FOLDER / name)], Config(), ClusterContext())
    assert result.errors == []
    return [(f.rule, f.line) for f in result.findings]


@pytest.mark.parametrize("name", sorted(p.name for p in FOLDER.glob("good-*")))
def test_modern_cluster_following_the_current_guide_is_clean(name):
    assert findings(name) == []


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_twin_gets_the_current_guides_findings(name):
    assert findings(name) == BAD[name]


def test_every_good_file_has_a_bad_twin_form_and_the_set_covers_versions_types_and_forms():
    goods = sorted(p.name for p in FOLDER.glob("good-*"))
    assert set(BAD) == {p.name for p in FOLDER.glob("bad-*")}
    text = "\n".join((FOLDER / name).read_text(encoding="utf-8") for name in goods)
    for needle in ("3.8.x", "3.9.x", "4.0.x.kraft", "express.m7g.", "kafka.m7g.", '"Provisioned"'):
        assert needle in text, needle
    assert {name.rsplit(".", 1)[1] for name in goods} == {"json", "yaml", "tf"}
