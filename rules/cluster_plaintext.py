"""Plaintext between clients and brokers (ClientBroker PLAINTEXT or TLS_PLAINTEXT) or between brokers
(InCluster false) sends data unencrypted. MSK allows it for unauthenticated access (and TLS_PLAINTEXT with
mutual TLS, or with SASL when unauthenticated access is on), so this is a warning ("Enable in-transit
encryption", "Encryption in transit"). With unauthenticated access on, the plaintext listener also lets any
client in the VPC read and write without credentials: the message says so. In-cluster
encryption cannot be turned on later, and without it public access and multi-VPC connectivity are
impossible for the life of the cluster. Combinations MSK refuses are rule C015's."""

from msklint.findings import Hit
from msklint.packs.cluster.model import ClusterModel, place

CODE = "C016"
NAME = "plaintext-traffic"
SEVERITY = "warning"
SUMMARY = "Data in transit is not encrypted (PLAINTEXT / TLS_PLAINTEXT / InCluster false)"
GUIDE = "Enable in-transit encryption"
BAD = '{"ClusterName": "c", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]},\n "EncryptionInfo": {"EncryptionInTransit": {"ClientBroker": "PLAINTEXT"}}}\n'
SOURCES = [
    (
        "https://docs.aws.amazon.com/msk/1.0/apireference/clusters-clusterarn-security.html#ClientAuthentication",
        "2026-12-03",
        "Amazon MSK API Reference, ClientAuthentication.Sasl: TLS_PLAINTEXT with SASL needs unauthenticated on",
    ),
]
CHANGED = (
    "SASL/IAM or SASL/SCRAM with TLS_PLAINTEXT and unauthenticated access on is accepted (API reference), so it "
    "is reported here as plaintext, unauthenticated access instead of as a refused combination (C015)."
)
GOOD = '{"ClusterName": "c", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]},\n "EncryptionInfo": {"EncryptionInTransit": {"ClientBroker": "TLS"}}}\n'


READS = (ClusterModel,)


def check(doc, ctx, options):
    model = doc.model
    if model.serverless:
        return
    iam, scram, tls = model.auth("iam"), model.auth("scram"), model.auth("tls")
    unauthenticated = model.auth("unauthenticated")
    client_broker = model.client_broker()
    sasl = iam or scram
    refused = (sasl and not (client_broker == "TLS_PLAINTEXT" and unauthenticated is True)) or (
        tls and client_broker == "PLAINTEXT"
    )
    if client_broker in ("PLAINTEXT", "TLS_PLAINTEXT") and not refused:
        what = "unencrypted"
        if unauthenticated is True:
            what = "unencrypted and without credentials (plaintext, unauthenticated access)"
        yield Hit.at(
            place(model, "EncryptionInfo/EncryptionInTransit/ClientBroker"),
            f"ClientBroker {client_broker} lets clients send and read data {what}",
            "use TLS (the default)"
            + (" and turn off unauthenticated access" if unauthenticated is True and (sasl or tls) else ""),
        )
    if model.in_cluster() is False and not (iam or scram or tls) and model.creating:
        yield Hit.at(
            place(model, "EncryptionInfo/EncryptionInTransit/InCluster"),
            "InCluster false: brokers replicate unencrypted, and it can never be turned on later",
            "leave InCluster true (the default); without it public access and multi-VPC connectivity are impossible",
        )
