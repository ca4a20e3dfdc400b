"""Security Hub control [MSK.2] "MSK clusters should have enhanced monitoring configured" (severity Low): it
fails when the monitoring level is DEFAULT (MSK's default when EnhancedMonitoring is left out) or
PER_BROKER; PER_TOPIC_PER_BROKER and PER_TOPIC_PER_PARTITION pass ("Monitoring an Amazon MSK cluster"
describes the levels). Provisioned clusters only (the control's resource type is AWS::MSK::Cluster).
Opt-in (rule group S)."""

from msklint.findings import Hit
from msklint.packs.cluster.model import ClusterModel, place

CODE = "S002"
NAME = "securityhub-msk-2-enhanced-monitoring"
SEVERITY = "warning"
SUMMARY = "Security Hub MSK.2: enhanced monitoring at PER_TOPIC_PER_BROKER or finer"
GUIDE = "Monitoring an Amazon MSK cluster"
BAD = '{"ClusterName": "c", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]},\n "ClientAuthentication": {"Sasl": {"Iam": {"Enabled": true}}},\n "EnhancedMonitoring": "PER_BROKER"}\n'
GOOD = '{"ClusterName": "c", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]},\n "ClientAuthentication": {"Sasl": {"Iam": {"Enabled": true}}},\n "EnhancedMonitoring": "PER_TOPIC_PER_BROKER"}\n'
SOURCES = [
    (
        "https://docs.aws.amazon.com/securityhub/latest/userguide/msk-controls.html#msk-2",
        "2026-12-03",
        "AWS Security Hub controls for Amazon MSK: [MSK.2] MSK clusters should have enhanced monitoring configured (severity Low, AWS Config rule msk-enhanced-monitoring-enabled)",
    ),
]

PASSING = ("PER_TOPIC_PER_BROKER", "PER_TOPIC_PER_PARTITION")


READS = (ClusterModel,)


def check(doc, ctx, options):
    model = doc.model
    if model.serverless:
        return
    node = model.node("EnhancedMonitoring")
    if node is None and not model.whole:
        return
    level = "DEFAULT" if node is None else model.string("EnhancedMonitoring")
    if level is not None and level not in PASSING:
        yield Hit.at(
            place(model, "EnhancedMonitoring"),
            f"Security Hub MSK.2: monitoring level {level}" + (" (the default)" if node is None else ""),
            "set EnhancedMonitoring to PER_TOPIC_PER_BROKER (or PER_TOPIC_PER_PARTITION)",
        )
