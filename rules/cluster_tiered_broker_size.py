"""Tiered storage does not support the kafka.t3.small broker size ("Tiered storage constraints and
limitations")."""

from msklint.findings import Hit
from msklint.packs.cluster.model import ClusterModel, place

CODE = "C009"
NAME = "tiered-storage-broker-size"
SEVERITY = "error"
SUMMARY = "Tiered storage is not available on kafka.t3.small"
GUIDE = "Tiered storage constraints and limitations"
BAD = '{"ClusterName": "c", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 3, "StorageMode": "TIERED",\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.t3.small", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]}}\n'
GOOD = '{"ClusterName": "c", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 3, "StorageMode": "TIERED",\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]}}\n'


READS = (ClusterModel,)


def check(doc, ctx, options):
    model = doc.model
    if model.string("StorageMode") != "TIERED":
        return
    if model.broker_type == "kafka.t3.small":
        yield Hit.at(
            place(model, "BrokerNodeGroupInfo/InstanceType"),
            "tiered storage is not supported on kafka.t3.small",
            "use kafka.m5.large or larger, or StorageMode LOCAL",
        )
