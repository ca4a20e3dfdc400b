""" "Amazon MSK quota": at most 30 brokers per ZooKeeper-mode cluster and 60 per KRaft-mode cluster
(3.7.x.kraft). botocore's model caps NumberOfBrokerNodes at 15 (an old default); the guide wins here, and
a higher count needs a quota increase only beyond these numbers."""

from msklint.findings import Hit
from msklint.msk import MAX_BROKERS_KRAFT, MAX_BROKERS_ZOOKEEPER
from msklint.packs.cluster.model import ClusterModel, place

CODE = "C005"
NAME = "broker-count-quota"
SEVERITY = "error"
SUMMARY = "More brokers than a cluster may have (30 ZooKeeper, 60 KRaft)"
GUIDE = "Amazon MSK quota"
BAD = '{"ClusterName": "c", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 33,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]}}\n'
GOOD = '{"ClusterName": "c", "KafkaVersion": "3.7.x.kraft", "NumberOfBrokerNodes": 33,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]}}\n'


READS = (ClusterModel,)


def check(doc, ctx, options):
    model = doc.model
    if model.serverless:
        return
    brokers = model.integer("NumberOfBrokerNodes")
    if brokers is None:
        return
    if brokers > MAX_BROKERS_KRAFT:
        yield Hit.at(
            place(model, "NumberOfBrokerNodes"),
            f"{brokers} brokers: a cluster may have at most {MAX_BROKERS_KRAFT} (KRaft)",
            "split the workload over several clusters, or ask AWS Support for a quota increase",
        )
        return
    version = model.kafka_version
    if brokers > MAX_BROKERS_ZOOKEEPER and version is not None and not version.is_kraft:
        yield Hit.at(
            place(model, "NumberOfBrokerNodes"),
            f"{brokers} brokers: a ZooKeeper-mode cluster may have at most {MAX_BROKERS_ZOOKEEPER}",
            "create the cluster in KRaft mode (a .kraft version such as 3.9.x.kraft) for up to 60 brokers",
        )
