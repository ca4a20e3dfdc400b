"""MSK distributes brokers evenly over the client subnets ("Creating an Amazon MSK cluster"), so
NumberOfBrokerNodes must be a multiple of the number of subnets (at least one broker per zone)."""

from msklint.findings import Hit
from msklint.packs.cluster.model import ClusterModel, place

CODE = "C004"
NAME = "broker-count-multiple-of-zones"
SEVERITY = "error"
SUMMARY = "NumberOfBrokerNodes must be a multiple of the number of client subnets"
GUIDE = "Creating an Amazon MSK cluster"
BAD = '{"ClusterName": "c", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 4,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]}}\n'
GOOD = '{"ClusterName": "c", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 6,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]}}\n'


READS = (ClusterModel,)


def check(doc, ctx, options):
    model = doc.model
    if model.serverless:
        return
    brokers = model.integer("NumberOfBrokerNodes")
    subnets = model.subnets()
    zones = model.zones() if model.subnet_names() is not None else (len(subnets) if subnets else None)
    if brokers is None or not zones or brokers < 1:
        return
    if brokers % zones:
        low = max(zones, brokers // zones * zones)
        yield Hit.at(
            place(model, "NumberOfBrokerNodes"),
            f"{brokers} brokers cannot be spread evenly over {zones} subnets",
            f"use a multiple of {zones}, e.g. {low} or {low + zones}",
        )
