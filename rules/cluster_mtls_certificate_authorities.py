"""Mutual TLS authenticates clients by certificates that an AWS Private CA signed ("Mutual TLS
authentication": `"Tls": {"CertificateAuthorityArnList": ["Private-CA-ARN"]}`). Turned on with no CA
(`Tls: {Enabled: true}` without a list, an empty list, or Terraform's `tls {}` without
`certificate_authority_arns`), no client certificate can authenticate; a list entry that is not an ACM
Private CA ARN (`ReplaceWithCAArn`, `""`, a name) names no CA and CreateCluster fails. Both are errors.
In Terraform the AWS provider sends `Tls.Enabled` true only when `certificate_authority_arns` lists CAs
(`expandTLS` in terraform-provider-aws), so a `tls {}` block without them leaves mutual TLS off: a
warning; `tls { enabled = true }` is refused by Terraform (`enabled` is no argument of `tls`) and reported
as mutual TLS without a CA. Deploy-time values are not checked."""

import re

from msklint.findings import Hit
from msklint.packs.cluster.model import ClusterModel, place
from msklint.syntax import UNKNOWN

CODE = "C052"
NAME = "mtls-certificate-authorities"
SEVERITY = "error"
SUMMARY = "Mutual TLS on without a private CA, or a CA entry that is not an ACM Private CA ARN"
GUIDE = "Mutual TLS authentication"
BAD = '{"Tls": {"Enabled": true, "CertificateAuthorityArnList": []}}\n'
GOOD = '{"Tls": {"Enabled": true, "CertificateAuthorityArnList": ["arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/11111111-2222-3333-4444-555555555555"]}}\n'
SOURCES = [
    (
        "https://github.com/hashicorp/terraform-provider-aws/blob/main/internal/service/kafka/cluster.go",
        "2026-12-03",
        "terraform-provider-aws expandTLS: Tls.Enabled true only when certificate_authority_arns is not empty",
    ),
    (
        "https://docs.aws.amazon.com/msk/latest/developerguide/msk-authentication.html",
        "2026-12-03",
        "Mutual TLS client authentication for Amazon MSK (listed under kafka_apis_iam; procedure as in the seed)",
    ),
]

CA_ARN = re.compile(r"^arn:aws[a-z-]*:acm-pca:[a-z0-9-]+:\d{12}:certificate-authority/[\w-]+$")
LIST = "ClientAuthentication/Tls/CertificateAuthorityArnList"


READS = (ClusterModel,)


def check(doc, ctx, options):
    model = doc.model
    if model.serverless:
        return
    arns = model.node(LIST)
    if arns is not None and (arns.tag == UNKNOWN or not isinstance(arns.value, list)):
        return
    items = arns.value if arns is not None else []
    enabled = model.value("ClientAuthentication/Tls/Enabled")
    if model.format == "terraform" and enabled is False and arns is None:
        yield Hit.at(
            place(model, "ClientAuthentication/Tls"),
            "tls block without certificate_authority_arns: the AWS provider leaves mutual TLS off",
            "list the AWS Private CA ARNs in certificate_authority_arns, or remove the tls block",
            severity="warning",
        )
    if enabled is True and not items:
        yield Hit.at(
            place(model, LIST if arns is not None else "ClientAuthentication/Tls"),
            "mutual TLS is on without a certificate authority: no client certificate can authenticate",
            "list the ARN of the AWS Private CA that signs your client certificates"
            + (
                " in certificate_authority_arns (`enabled` is not an argument of tls)"
                if model.format == "terraform"
                else ""
            ),
        )
    for item in items:
        if item.tag == UNKNOWN or not isinstance(item.value, str) or CA_ARN.match(item.value.strip()):
            continue
        shown = f"'{item.value}'" if item.value.strip() else "an empty string"
        yield Hit.at(
            item,
            f"certificate authority {shown} is not an ACM Private CA ARN",
            "use arn:aws:acm-pca:REGION:ACCOUNT:certificate-authority/ID",
        )
