"""update-monitoring: if OpenMonitoring is given, the JMX and node exporters can't both be disabled ("Open
monitoring with Prometheus"); each enabled broker-log destination needs its LogGroup / Bucket /
DeliveryStream ("Broker logs")."""

from msklint.findings import Hit
from msklint.loaders.update import UpdateRequest, as_cluster
from msklint.packs.cluster.logging import problems as log_problems
from msklint.packs.cluster.model import place
from msklint.packs.cluster.monitoring import problems as monitoring_problems

CODE = "U012"
NAME = "update-monitoring"
SEVERITY = "error"
SUMMARY = "update-monitoring with both exporters off or a log destination missing"
GUIDE = "Open monitoring with Prometheus"
BAD = '{"ClusterArn": "arn:aws:kafka:us-east-1:123456789012:cluster/demo/abcd-1", "CurrentVersion": "K1",\n "LoggingInfo": {"BrokerLogs": {"S3": {"Enabled": true}}}}\n'
GOOD = '{"ClusterArn": "arn:aws:kafka:us-east-1:123456789012:cluster/demo/abcd-1", "CurrentVersion": "K1",\n "LoggingInfo": {"BrokerLogs": {"S3": {"Enabled": true, "Bucket": "msk-logs"}}}}\n'


def check(doc, ctx, options):
    model = doc.model
    if not isinstance(model, UpdateRequest) or model.operation != "UpdateMonitoring":
        return
    asked = as_cluster(model)
    for path, message, hint in [*monitoring_problems(asked), *log_problems(asked)]:
        yield Hit.at(place(model, path), message, hint)
