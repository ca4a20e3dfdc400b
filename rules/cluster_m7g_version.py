"""MSK supports M7g (Graviton) Standard brokers on Kafka 2.8.2.tiered and on 3.3.2 and later ("Broker
sizes"), and Express brokers (express.m7g.*) from Kafka 3.6 on ("Amazon MSK broker types": Express "starts
at version 3.6")."""

from msklint.findings import Hit
from msklint.msk import (
    PAGE_BROKER_SIZES,
    PAGE_BROKER_TYPES,
    broker_family,
    facts,
    is_express,
    m7g_supports,
    parse_kafka_version,
    version_facts,
)
from msklint.packs.cluster.model import ClusterModel, place

CODE = "C014"
NAME = "m7g-kafka-version"
SEVERITY = "error"
SUMMARY = "M7g and Express brokers need a Kafka version that supports them"
GUIDE = "Broker sizes"
SOURCES = [PAGE_BROKER_SIZES, PAGE_BROKER_TYPES]
CHANGED = (
    "the seed lists M7g versions one by one up to 3.7.x; the current guide says 2.8.2 (tiered) and 3.3.2 "
    "and later, so 3.8.x, 3.9.x and 4.x are fine. Express brokers (new) start at Kafka 3.6."
)
BAD = '{"ClusterName": "c", "KafkaVersion": "2.8.1", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m7g.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]}}\n'
GOOD = '{"ClusterName": "c", "KafkaVersion": "3.9.x", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m7g.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]}}\n'


READS = (ClusterModel,)


def check(doc, ctx, options):
    model = doc.model
    express = is_express(model.broker_type)
    if broker_family(model.broker_type) != "m7g" and not express:
        return
    text = model.string("KafkaVersion") or (None if model.whole else ctx.cluster.kafka_version)
    if text is None or version_facts(text) is None:
        return  # unknown, or C010 reports it
    if express:
        minimum = facts()["express"]["min_kafka_version"]
        if not parse_kafka_version(text).at_least(minimum):
            yield Hit.at(
                place(model, "KafkaVersion"),
                f"Express brokers are not supported on Kafka {text}: they start at {minimum}",
                f"use Kafka {facts()['recommended_kafka_version']} (recommended) or later",
            )
    elif not m7g_supports(text):
        yield Hit.at(
            place(model, "BrokerNodeGroupInfo/InstanceType"),
            f"M7g brokers are not supported on Kafka {text}",
            "use Kafka 3.3.2 or later (2.8.2.tiered for 2.8), or M5 brokers",
        )
