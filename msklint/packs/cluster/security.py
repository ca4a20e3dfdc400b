"""Shared by C015 and update-security (U): client authentication and the encryption it needs."""

from __future__ import annotations

ALLOWED = {"iam": ("TLS",), "scram": ("TLS",), "tls": ("TLS", "TLS_PLAINTEXT")}

LABELS = {"iam": "SASL/IAM", "scram": "SASL/SCRAM", "tls": "mutual TLS"}

CLIENT_BROKER = "EncryptionInfo/EncryptionInTransit/ClientBroker"

IN_CLUSTER = "EncryptionInfo/EncryptionInTransit/InCluster"


def problems(auth: dict, client_broker, in_cluster):
    """(path, message, hint) for each authentication method whose encryption needs are not met."""
    for method, allowed in ALLOWED.items():
        if auth.get(method) is not True:
            continue
        label = LABELS[method]
        # SASL with TLS_PLAINTEXT is accepted when unauthenticated access is on (MSK API reference,
        # ClientAuthentication.Sasl): the plaintext listener serves the unauthenticated clients
        sasl_with_plaintext_listener = (
            method != "tls" and client_broker == "TLS_PLAINTEXT" and auth.get("unauthenticated") is True
        )
        if client_broker is not None and client_broker not in allowed and not sasl_with_plaintext_listener:
            also = " (or TLS_PLAINTEXT with unauthenticated access on)" if method != "tls" else ""
            yield (
                CLIENT_BROKER,
                f"{label} needs client-broker encryption {' or '.join(allowed)}{also}, not {client_broker}",
                f"set ClientBroker to {allowed[0]}",
            )
        if in_cluster is False:
            yield (
                IN_CLUSTER,
                f"{label} needs in-cluster (broker-to-broker) encryption on",
                "set InCluster to true (it cannot be turned on after the cluster is created)",
            )
