"""Security Hub control [MSK.3] "MSK Connect connectors should be encrypted in transit" (severity Medium): it
fails when a connector's KafkaClusterEncryptionInTransit EncryptionType is not TLS. The setting cannot be
changed after the connector is created. In Terraform, `encryption_type` defaults to PLAINTEXT; CloudFormation
and the API require it. Opt-in (rule group S)."""

from msklint.findings import Hit
from msklint.packs.cluster.model import ConnectorModel, place
from msklint.syntax import UNKNOWN

CODE = "S003"
NAME = "securityhub-msk-3-connector-encryption"
SEVERITY = "warning"
SUMMARY = "Security Hub MSK.3: MSK Connect connectors must use TLS to the Kafka cluster"
GUIDE = "Connectors"
BAD = 'resource "aws_mskconnect_connector" "c" {\n  name = "c"\n  kafka_cluster_encryption_in_transit {\n    encryption_type = "PLAINTEXT"\n  }\n}\n'
GOOD = 'resource "aws_mskconnect_connector" "c" {\n  name = "c"\n  kafka_cluster_encryption_in_transit {\n    encryption_type = "TLS"\n  }\n  log_delivery {\n    worker_log_delivery {\n      cloudwatch_logs {\n        enabled   = true\n        log_group = "msk-connect"\n      }\n    }\n  }\n}\n'
SOURCES = [
    (
        "https://docs.aws.amazon.com/securityhub/latest/userguide/msk-controls.html#msk-3",
        "2026-12-03",
        "AWS Security Hub controls for Amazon MSK: [MSK.3] MSK Connect connectors should be encrypted in transit (severity Medium)",
    ),
]

PATH = "KafkaClusterEncryptionInTransit/EncryptionType"


READS = (ConnectorModel,)


def check(doc, ctx, options):
    model = doc.model
    block, node = model.node("KafkaClusterEncryptionInTransit"), model.node(PATH)
    if (block is not None and block.tag == UNKNOWN) or (node is not None and node.tag == UNKNOWN):
        return
    if node is None:
        value = (
            "PLAINTEXT (Terraform's default)" if model.format == "terraform" and block is not None else None
        )
    else:
        value = node.value
    if value == "TLS":
        return
    shown = f"encryption type {value}" if value else "no encryption type given"
    yield Hit.at(
        place(model, PATH),
        f"Security Hub MSK.3: the connector talks to Kafka with {shown}",
        "set the encryption in transit type to TLS (only possible when the connector is created)",
    )
