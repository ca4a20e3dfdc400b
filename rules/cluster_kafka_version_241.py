"""You can no longer create an MSK cluster with Apache Kafka 2.4.1; use the MSK bug-fix version 2.4.1.1
instead, which fixes KAFKA-9752 (consumer groups stuck rebalancing) ("Apache Kafka version 2.4.1 (use
2.4.1.1 instead)")."""

from msklint.findings import Hit
from msklint.packs.cluster.model import ClusterModel, place

CODE = "C011"
NAME = "kafka-version-2-4-1"
SEVERITY = "error"
SUMMARY = "Kafka 2.4.1 cannot be used for new clusters: use 2.4.1.1"
GUIDE = "Apache Kafka version 2.4.1 (use 2.4.1.1 instead)"
BAD = '{"ClusterName": "c", "KafkaVersion": "2.4.1", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]}}\n'
GOOD = '{"ClusterName": "c", "KafkaVersion": "2.4.1.1", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]}}\n'


READS = (ClusterModel,)


def check(doc, ctx, options):
    model = doc.model
    if model.string("KafkaVersion") == "2.4.1":
        severity = None if model.creating else "warning"
        yield Hit.at(
            place(model, "KafkaVersion"),
            "Kafka 2.4.1 is no longer offered for new clusters",
            "use 2.4.1.1 (the MSK bug-fix release of 2.4.1), or better a supported 3.x version",
            severity,
        )
