"""The KMS key for encryption at rest is named by its ARN: the API reference documents
EncryptionAtRest.DataVolumeKMSKeyId as "The ARN of the AWS KMS key for encrypting data at rest", and the
guide ("Encryption at rest") allows a customer managed key or the AWS managed key for MSK (`alias/aws/kafka`).
A placeholder left in place (`ReplaceWithKmsKeyArn`, `your-CMK`, `KMS-Key-ARN`) or any other value that is
not a key ARN or alias names no key: CreateCluster fails, an error. A bare key ID (a UUID or `mrk-...`) is
not the ARN the API documents, and an empty string names nothing (AWS's own workshop files carry both,
apparently accepted): warnings, write the ARN or leave EncryptionAtRest out. Leaving
EncryptionAtRest out is fine: MSK then encrypts under the AWS managed key. Deploy-time values are not
checked."""

import re

from msklint.findings import Hit
from msklint.packs.cluster.model import ClusterModel
from msklint.syntax import UNKNOWN

CODE = "C051"
NAME = "kms-key-reference"
SEVERITY = "error"
SUMMARY = "DataVolumeKMSKeyId is not a KMS key ARN (empty, a placeholder, or a bare key ID)"
GUIDE = "Encryption at rest"
BAD = '{"EncryptionAtRest": {"DataVolumeKMSKeyId": "ReplaceWithKmsKeyArn"}}\n'
GOOD = '{"EncryptionAtRest": {"DataVolumeKMSKeyId": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"}}\n'
SOURCES = [
    (
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-msk-cluster-encryptionatrest.html",
        "2026-12-03",
        "AWS::MSK::Cluster EncryptionAtRest: DataVolumeKMSKeyId, the ARN of the KMS key (API reference text)",
    ),
    (
        "https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html",
        "2026-12-03",
        "Amazon MSK encryption: encryption at rest",
    ),
]

PATH = "EncryptionInfo/EncryptionAtRest/DataVolumeKMSKeyId"
ARN = re.compile(r"^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key/[\w-]+|alias/[\w/.-]+)$")
ALIAS = re.compile(r"^alias/[\w/.-]+$")
KEY_ID = re.compile(r"^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$")


READS = (ClusterModel,)


def check(doc, ctx, options):
    model = doc.model
    if model.serverless:
        return
    node = model.node(PATH)
    if node is None or node.tag == UNKNOWN or not isinstance(node.value, str):
        return
    value = node.value.strip()
    if ARN.match(value) or ALIAS.match(value):
        return
    if KEY_ID.match(value):
        yield Hit.at(
            node,
            f"DataVolumeKMSKeyId '{value}' is a key ID; the API takes the key's ARN",
            "write arn:aws:kms:REGION:ACCOUNT:key/" + value,
            severity="warning",
        )
        return
    if not value:
        yield Hit.at(
            node,
            "DataVolumeKMSKeyId is empty",
            "name the key's ARN, or leave EncryptionAtRest out to use the AWS managed key",
            severity="warning",
        )
        return
    yield Hit.at(
        node,
        f"DataVolumeKMSKeyId '{value}' is not a KMS key ARN: MSK cannot find the key",
        "name the key's ARN (arn:aws:kms:REGION:ACCOUNT:key/ID), or leave EncryptionAtRest out to use the "
        "AWS managed key",
    )
