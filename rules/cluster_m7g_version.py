"""MSK supports M7g (Graviton) brokers only on Kafka 2.8.2.tiered, 3.3.2, 3.4.0, 3.5.1, 3.6.0, 3.7.x and
3.7.x.kraft ("Broker sizes")."""

from msklint.loaders.cluster import ClusterModel, hit
from msklint.msk import M7G_KAFKA_VERSIONS, broker_family, known_kafka_version

CODE = "C014"
NAME = "m7g-kafka-version"
SEVERITY = "error"
SUMMARY = "M7g brokers need one of the Kafka versions the guide lists"
GUIDE = "Broker sizes"
BAD = '{"ClusterName": "c", "KafkaVersion": "2.8.1", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m7g.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]}}\n'
GOOD = '{"ClusterName": "c", "KafkaVersion": "3.5.1", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m7g.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]}}\n'


def check(doc, ctx, options):
    model = doc.model
    if not isinstance(model, ClusterModel) or broker_family(model.broker_type) != "m7g":
        return
    text = model.string("KafkaVersion") or (None if model.whole else ctx.cluster.kafka_version)
    if text is None or known_kafka_version(text) is None:
        return  # unknown, or C010 reports it
    if known_kafka_version(text) not in M7G_KAFKA_VERSIONS:
        yield hit(
            model,
            "BrokerNodeGroupInfo/InstanceType",
            f"M7g brokers are not supported on Kafka {text}",
            f"use Kafka {', '.join(M7G_KAFKA_VERSIONS)}, or M5 brokers",
        )
