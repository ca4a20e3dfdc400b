"""Broker log delivery needs an existing destination for each enabled type ("Broker logs"; example in
"Configuring broker logs using the AWS CLI"): CloudWatch Logs needs LogGroup, S3 needs Bucket, Firehose
needs DeliveryStream. MSK does not create them."""

from msklint.findings import Hit
from msklint.packs.cluster.logging import problems
from msklint.packs.cluster.model import ClusterModel, place

CODE = "C022"
NAME = "broker-logs-destination"
SEVERITY = "error"
SUMMARY = "Broker log delivery enabled without its destination"
GUIDE = "Broker logs"
BAD = '{"BrokerLogs": {"CloudWatchLogs": {"Enabled": true}}}\n'
GOOD = '{"BrokerLogs": {"CloudWatchLogs": {"Enabled": true, "LogGroup": "msk-broker-logs"}}}\n'


READS = (ClusterModel,)


def check(doc, ctx, options):
    model = doc.model
    if not model.serverless:
        for path, message, hint in problems(model):
            yield Hit.at(place(model, path), message, hint)
