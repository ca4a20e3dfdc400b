"""Security Hub control [MSK.5] "MSK connectors should have logging enabled" (severity Medium): it fails when
no worker log destination (CloudWatch Logs, S3, Firehose) is enabled ("Logging for MSK Connect": zero or
more destinations may be given when the connector is created; logging cannot be added later without
re-creating the connector). Opt-in (rule group S)."""

from msklint.findings import Hit
from msklint.packs.cluster.model import ConnectorModel, place
from msklint.syntax import UNKNOWN

CODE = "S005"
NAME = "securityhub-msk-5-connector-logging"
SEVERITY = "warning"
SUMMARY = "Security Hub MSK.5: MSK Connect connectors must deliver worker logs"
GUIDE = "Logging for MSK Connect"
BAD = 'resource "aws_mskconnect_connector" "c" {\n  name = "c"\n  kafka_cluster_encryption_in_transit {\n    encryption_type = "TLS"\n  }\n}\n'
GOOD = 'resource "aws_mskconnect_connector" "c" {\n  name = "c"\n  kafka_cluster_encryption_in_transit {\n    encryption_type = "TLS"\n  }\n  log_delivery {\n    worker_log_delivery {\n      cloudwatch_logs {\n        enabled   = true\n        log_group = "msk-connect"\n      }\n    }\n  }\n}\n'
SOURCES = [
    (
        "https://docs.aws.amazon.com/securityhub/latest/userguide/msk-controls.html#msk-5",
        "2026-12-03",
        "AWS Security Hub controls for Amazon MSK: [MSK.5] MSK connectors should have logging enabled (severity Medium, AWS Config rule msk-connect-connector-logging-enabled)",
    ),
]

ROOT = "LogDelivery/WorkerLogDelivery"


READS = (ConnectorModel,)


def check(doc, ctx, options):
    model = doc.model
    for kind in ("CloudWatchLogs", "Firehose", "S3"):
        node = model.node(f"{ROOT}/{kind}/Enabled")
        if node is not None and (node.tag == UNKNOWN or node.value is True):
            return  # on, or known only at deploy time
    for part in ("LogDelivery", ROOT):
        node = model.node(part)
        if node is not None and node.tag == UNKNOWN:
            return
    yield Hit.at(
        place(model, ROOT),
        "Security Hub MSK.5: the connector delivers no worker logs",
        "enable a worker log destination (CloudWatch Logs, S3 or Firehose) in LogDelivery",
    )
