"""A Secrets Manager secret used for SASL/SCRAM sign-in must be named with the prefix `AmazonMSK_` and be
encrypted with a customer managed KMS key ("Setting up SASL/SCRAM authentication for an Amazon MSK
cluster": "Your secret name must begin with the prefix AmazonMSK_"; "A secret created with the default
AWS KMS key cannot be used with an Amazon MSK cluster"). Checked for secrets in the same template that are
associated with a cluster (AWS::MSK::BatchScramSecret, aws_msk_scram_secret_association) or named
`AmazonMSK_…`: a missing or wrong name prefix, no KmsKeyId / kms_key_id (Secrets Manager then uses the
default `aws/secretsmanager` key), or that default key given by alias. A name the template computes is
reported at info."""

from msklint.findings import Hit
from msklint.packs.iam.model import ScramSecret, resolve_text

CODE = "I070"
NAME = "scram-secret"
SEVERITY = "error"
SUMMARY = "a SCRAM secret lacks the AmazonMSK_ name prefix or a customer managed KMS key"
GUIDE = "Setting up SASL/SCRAM authentication for an Amazon MSK cluster"
BAD = """\
Resources:
  Secret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: AmazonMSK_alice
      SecretString: '{"username": "alice", "password": "change-me"}'
"""
GOOD = BAD.replace("      SecretString", "      KmsKeyId: !Ref SecretKey\n      SecretString")


def check(doc, ctx, options):
    secret = doc.model
    if not isinstance(secret, ScramSecret):
        return
    node = secret.node
    name = resolve_text(secret.name) if secret.name is not None else None
    if secret.for_msk:
        if secret.name is None:
            yield Hit.at(
                node,
                f"{secret.label}: the secret has no Name, so "
                "CloudFormation/Terraform generates one without the AmazonMSK_ prefix",
                "set Name to AmazonMSK_<something>",
            )
        elif name is None or name.startswith("${"):
            yield Hit.at(
                secret.name,
                "cannot check: the template computes the secret name",
                "make sure it starts with AmazonMSK_",
                severity="info",
            )
        elif not name.startswith("AmazonMSK_"):
            yield Hit.at(
                secret.name,
                f"secret name '{name}' lacks the AmazonMSK_ prefix: MSK cannot associate it",
                f"rename it to AmazonMSK_{name}",
            )
    key = secret.kms_key
    if key is None:
        yield Hit.at(
            node,
            f"{secret.label}: no KMS key, so Secrets Manager uses its default key, which MSK cannot use",
            "set KmsKeyId (kms_key_id) to a customer managed KMS key",
        )
        return
    text = resolve_text(key)
    if text and "alias/aws/secretsmanager" in text:
        yield Hit.at(
            key,
            "the default aws/secretsmanager key cannot be used for MSK SCRAM secrets",
            "use a customer managed KMS key",
        )
