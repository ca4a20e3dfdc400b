"""Shared by C019 and update-connectivity (U): multi-VPC private connectivity requirements."""

from __future__ import annotations

from msklint.msk import MULTI_VPC_MIN_VERSION

VPC_AUTH = "BrokerNodeGroupInfo/ConnectivityInfo/VpcConnectivity/ClientAuthentication"

SCHEMES = {"iam": "SASL/IAM", "scram": "SASL/SCRAM", "tls": "TLS"}


def vpc_schemes(model) -> list[str]:
    return [m for m in SCHEMES if model.auth(m, VPC_AUTH) is True]


def problems(model, version, broker_type, schemes, auth: dict):
    if version is not None and not version.at_least(MULTI_VPC_MIN_VERSION):
        yield (
            VPC_AUTH,
            f"multi-VPC connectivity needs Kafka 2.7.1 or later, not {version.text}",
            "upgrade Kafka first",
        )
    if broker_type == "kafka.t3.small":
        yield (
            VPC_AUTH,
            "multi-VPC connectivity is not supported on kafka.t3.small",
            "use kafka.m5.large or larger",
        )
    if auth.get("unauthenticated") is True:
        yield (
            VPC_AUTH,
            "multi-VPC connectivity needs unauthenticated access turned off",
            "turn off unauthenticated access (clients use the SASL/IAM, SASL/SCRAM or TLS listeners)",
        )
    for scheme in schemes:
        if auth.get(scheme) is False:
            yield (
                VPC_AUTH,
                f"multi-VPC connectivity for {SCHEMES[scheme]}, which the cluster does not turn on",
                f"turn on {SCHEMES[scheme]} in the cluster's ClientAuthentication, or remove it here",
            )
