"""Every topic file in the shared corpus loads, and its findings (reviewed by hand) are pinned."""

import os

import pytest
from helpers import CORPUS

from msklint.config import Config, make_context
from msklint.engine import lint
from msklint.loaders import load_file

TOPICS = CORPUS / "topics"
FILES = sorted(TOPICS.iterdir())
UW = "utilitywarehouse__kafka-cluster-config__"

# (format, topic count) per file; every file is read as topics.
LOADED = {
    "QueriumCorp__WAS-Kubernetes__strimzi-kafka-topic.yaml": ("strimzi", 3),
    "aws-samples__amazon-msk-topic-resource__awesome-topic.yaml": ("cloudformation", 1),
    "dasmeta__terraform-aws-msk__msk-topics-basic.json": ("msklint", 3),
    "terraform-aws-modules__terraform-aws-msk-kafka-cluster__complete-aws-msk-topic.json": (
        "terraform-values",
        2,
    ),
    f"{UW}prod-customer-billing-topics.json": ("terraform-values", 20),
    f"{UW}prod-merit-otel-topics.json": ("terraform-values", 2),
    f"{UW}prod-shared-msk-bill-integration-topics.json": ("terraform-values", 5),
    f"{UW}prod-shared-msk-data-infra-orchestrator-topics.json": ("terraform-values", 5),
    f"{UW}prod-shared-msk-energy-meter-reads-topics.json": ("terraform-values", 1),
    f"{UW}prod-shared-msk-legacy-account-topics.json": ("terraform-values", 9),
}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_corpus_file_loads_as_topics(path):
    documents = load_file(str(path))
    assert [(d.kind, d.model.format, len(d.model.topics)) for d in documents] == [
        ("topic", *LOADED[path.name])
    ]


def findings(context: dict) -> list[tuple[str, str, int]]:
    result = lint([str(TOPICS)], Config(select=("T",)), make_context(context, "test"))
    assert not result.errors
    return [(f.rule, os.path.basename(f.path).removeprefix(UW), f.line) for f in result.findings]


BILLING = "prod-customer-billing-topics.json"
BILL = "prod-shared-msk-bill-integration-topics.json"
ORCHESTRATOR = "prod-shared-msk-data-infra-orchestrator-topics.json"
LEGACY = "prod-shared-msk-legacy-account-topics.json"


def test_corpus_without_context():
    # 'dummy' has replication factor 1; the bill-integration topics keep Kafka's Long.MAX timestamp
    # difference explicitly, above their 30-day retention.
    assert findings({}) == [
        ("T010", BILLING, 213),
        ("T027", BILL, 28),
        ("T027", BILL, 43),
        ("T027", BILL, 58),
        ("T027", BILL, 73),
    ]


def test_corpus_on_a_small_tiered_cluster():
    # kafka.t3.small can't have tiered storage (T020 for every remote.storage.enable=true topic); 51 topics
    # need 1819 replicas, 607 per broker on 3 brokers (T100, at the biggest topic); 'dummy' with RF 1
    # can never take acks=all writes against MSK's default min.insync.replicas=2 (T012); explicit
    # remote.storage.enable=false without the disable policy is noted (T026, info).
    assert findings(
        {
            "zones": 3,
            "brokers": 3,
            "broker_type": "kafka.t3.small",
            "storage_mode": "TIERED",
            "kafka_version": "3.6.0",
        }
    ) == [
        ("T010", BILLING, 213),
        ("T012", BILLING, 213),
        ("T020", BILL, 8),
        ("T020", BILL, 22),
        ("T027", BILL, 28),
        ("T020", BILL, 37),
        ("T027", BILL, 43),
        ("T020", BILL, 52),
        ("T027", BILL, 58),
        ("T020", BILL, 67),
        ("T027", BILL, 73),
        ("T026", ORCHESTRATOR, 8),
        ("T026", ORCHESTRATOR, 21),
        ("T026", ORCHESTRATOR, 34),
        ("T026", ORCHESTRATOR, 47),
        ("T026", ORCHESTRATOR, 60),
        ("T020", "prod-shared-msk-energy-meter-reads-topics.json", 8),
        ("T100", LEGACY, 5),
        ("T020", LEGACY, 34),
        ("T020", LEGACY, 81),
        ("T020", LEGACY, 94),
        ("T020", LEGACY, 107),
    ]


def test_corpus_on_a_serverless_cluster():
    found = findings({"cluster_type": "serverless"})
    counts = {}
    for rule, name, _ in found:
        counts[(rule, name)] = counts.get((rule, name), 0) + 1
    # Serverless allows 7 topic configs (T030), max.message.bytes <= 8 MiB and retention.bytes <= 250 GiB
    # (T031), and 120 compacted partitions: the corpus has 9 compacted topics with 189 (T101).
    assert counts == {
        ("T030", "QueriumCorp__WAS-Kubernetes__strimzi-kafka-topic.yaml"): 4,
        ("T031", "QueriumCorp__WAS-Kubernetes__strimzi-kafka-topic.yaml"): 3,
        ("T030", "aws-samples__amazon-msk-topic-resource__awesome-topic.yaml"): 3,
        ("T031", BILLING): 10,
        ("T030", "prod-merit-otel-topics.json"): 5,
        ("T031", "prod-merit-otel-topics.json"): 2,
        ("T030", BILL): 10,
        ("T027", BILL): 4,
        ("T030", ORCHESTRATOR): 5,
        ("T030", "prod-shared-msk-energy-meter-reads-topics.json"): 2,
        ("T030", LEGACY): 15,
        ("T101", LEGACY): 1,
    }
    assert ("T101", LEGACY, 5) in found
