"""A cluster with tiered storage (StorageMode TIERED) must run Kafka 3.6.0 or later, or 2.8.2.tiered
("Tiered storage requirements"); tiered storage applies only to provisioned clusters ("Tiered storage
constraints and limitations")."""

from msklint.findings import Hit
from msklint.packs.cluster.model import ClusterModel, place

CODE = "C008"
NAME = "tiered-storage-version"
SEVERITY = "error"
SUMMARY = "StorageMode TIERED needs Kafka 3.6.0 or later, or 2.8.2.tiered"
GUIDE = "Tiered storage requirements"
BAD = '{"ClusterName": "c", "KafkaVersion": "3.5.1", "NumberOfBrokerNodes": 3, "StorageMode": "TIERED",\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]}}\n'
GOOD = '{"ClusterName": "c", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 3, "StorageMode": "TIERED",\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]}}\n'


READS = (ClusterModel,)


def check(doc, ctx, options):
    model = doc.model
    if model.string("StorageMode") != "TIERED":
        return
    version = model.kafka_version
    if version is not None and not version.supports_tiered_storage():
        yield Hit.at(
            place(model, "StorageMode"),
            f"tiered storage needs Kafka 3.6.0 or later (or 2.8.2.tiered), not {version.text}",
            "set KafkaVersion to 3.6.0 or later",
        )
