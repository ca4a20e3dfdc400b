"""Shared by C018 and update-connectivity (U): public access prerequisites."""

from __future__ import annotations

from msklint.msk import PUBLIC_ACCESS_MIN_VERSION

PUBLIC = "BrokerNodeGroupInfo/ConnectivityInfo/PublicAccess/Type"


def problems(version, auth: dict, client_broker, in_cluster):
    """(path, message, hint) for each unmet public-access prerequisite; shared with the update rule."""
    if version is not None and not version.at_least(PUBLIC_ACCESS_MIN_VERSION):
        yield (
            "KafkaVersion",
            f"public access needs Kafka 2.6.0 or later, not {version.text}",
            "upgrade Kafka first",
        )
    if auth.get("unauthenticated") is True:
        yield (
            "ClientAuthentication",
            "public access needs unauthenticated access turned off",
            "turn off Unauthenticated and use SASL/IAM, SASL/SCRAM or mTLS",
        )
    if all(auth.get(m) is False for m in ("iam", "scram", "tls")):
        yield (
            "ClientAuthentication",
            "public access needs SASL/IAM, SASL/SCRAM or mTLS turned on",
            "turn on IAM access control (or SCRAM / mTLS)",
        )
    if in_cluster is False:
        yield (
            "EncryptionInfo/EncryptionInTransit/InCluster",
            "public access needs in-cluster encryption, which cannot be turned on after creation",
            "create a new cluster with InCluster true",
        )
    if client_broker in ("PLAINTEXT", "TLS_PLAINTEXT"):
        yield (
            "EncryptionInfo/EncryptionInTransit/ClientBroker",
            f"public access needs plaintext between clients and brokers off, ClientBroker is {client_broker}",
            "set ClientBroker to TLS",
        )
