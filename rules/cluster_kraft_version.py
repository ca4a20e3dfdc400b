"""KRaft mode exists from Kafka 3.7.x on; CreateCluster/CreateClusterV2 take `3.7.x.kraft` for a KRaft
cluster and `3.7.x` for ZooKeeper mode ("KRaft mode"). A `.kraft` suffix on any other version (3.6.0.kraft,
3.7.0.kraft) names no MSK version. The metadata mode cannot be changed after creation: rule U007 checks
version updates for that."""

from msklint.loaders.cluster import ClusterModel, hit

CODE = "C013"
NAME = "kraft-version-string"
SEVERITY = "error"
SUMMARY = "KRaft mode needs the version string 3.7.x.kraft"
GUIDE = "KRaft mode"
BAD = '{"ClusterName": "c", "KafkaVersion": "3.7.0.kraft", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]}}\n'
GOOD = '{"ClusterName": "c", "KafkaVersion": "3.7.x.kraft", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]}}\n'


def check(doc, ctx, options):
    model = doc.model
    if not isinstance(model, ClusterModel):
        return
    text = model.string("KafkaVersion")
    if text and "kraft" in text.lower() and text != "3.7.x.kraft":
        yield hit(
            model,
            "KafkaVersion",
            f"'{text}' is not a KRaft version: MSK's KRaft version is 3.7.x.kraft",
            "use 3.7.x.kraft for KRaft mode, or 3.7.x for ZooKeeper mode",
        )
