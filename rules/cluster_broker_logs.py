"""Broker log delivery needs an existing destination for each enabled type ("Broker logs"; example in
"Configuring broker logs using the AWS CLI"): CloudWatch Logs needs LogGroup, S3 needs Bucket, Firehose
needs DeliveryStream. MSK does not create them."""

from msklint.loaders.cluster import ClusterModel, hit

CODE = "C022"
NAME = "broker-logs-destination"
SEVERITY = "error"
SUMMARY = "Broker log delivery enabled without its destination"
GUIDE = "Broker logs"
BAD = '{"BrokerLogs": {"CloudWatchLogs": {"Enabled": true}}}\n'
GOOD = '{"BrokerLogs": {"CloudWatchLogs": {"Enabled": true, "LogGroup": "msk-broker-logs"}}}\n'

DESTINATIONS = {"CloudWatchLogs": "LogGroup", "S3": "Bucket", "Firehose": "DeliveryStream"}


def problems(model, root="LoggingInfo/BrokerLogs"):
    for kind, member in DESTINATIONS.items():
        path = f"{root}/{kind}"
        if model.value(f"{path}/Enabled") is not True:
            continue
        node = model.node(f"{path}/{member}")
        if node is None or (node.tag is None and isinstance(node.value, str) and not node.value.strip()):
            yield (
                path,
                f"{kind} broker logs are enabled without a {member}",
                f"name the existing {member} to deliver to, or set Enabled to false",
            )


def check(doc, ctx, options):
    model = doc.model
    if isinstance(model, ClusterModel) and not model.serverless:
        for path, message, hint in problems(model):
            yield hit(model, path, message, hint)
