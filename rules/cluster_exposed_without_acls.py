"""With public access or multi-VPC connectivity and SASL/SCRAM or mutual TLS, you must set Apache Kafka ACLs
and set `allow.everyone.if.no.acl.found=false` in the cluster's configuration ("Public access",
"Requirements and limitations for multi-VPC private connectivity"): MSK's default is true, which lets every
authenticated client reach every resource without an ACL. Checked when the configuration is known: the
default configuration (no ConfigurationInfo), or an AWS::MSK::Configuration / aws_msk_configuration in the
same file. Whether ACLs exist cannot be seen in a file."""

from msklint.findings import Hit
from msklint.packs.cluster.model import ClusterModel, place

CODE = "C020"
NAME = "exposed-without-acls"
SEVERITY = "error"
SUMMARY = "Public or multi-VPC access with SCRAM/mTLS needs allow.everyone.if.no.acl.found=false"
GUIDE = "Public access"
BAD = '{"ClusterName": "c", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 3,\n "ClientAuthentication": {"Sasl": {"Scram": {"Enabled": true}}},\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"],\n  "ConnectivityInfo": {"VpcConnectivity": {"ClientAuthentication": {"Sasl": {"Scram": {"Enabled": true}}}}}}}\n'
GOOD = '{"ClusterName": "c", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 3,\n "ClientAuthentication": {"Sasl": {"Iam": {"Enabled": true}}},\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"],\n  "ConnectivityInfo": {"VpcConnectivity": {"ClientAuthentication": {"Sasl": {"Iam": {"Enabled": true}}}}}}}\n'

KEY = "allow.everyone.if.no.acl.found"


READS = (ClusterModel,)


def check(doc, ctx, options):
    model = doc.model
    if model.serverless:
        return
    vpc = "BrokerNodeGroupInfo/ConnectivityInfo/VpcConnectivity/ClientAuthentication"
    exposures = []
    if model.public_access():
        exposures.append(
            ("public access", "BrokerNodeGroupInfo/ConnectivityInfo/PublicAccess/Type", ("scram", "tls"))
        )
    vpc_methods = tuple(m for m in ("scram", "tls") if model.auth(m, vpc) is True)
    if vpc_methods:
        exposures.append(("multi-VPC connectivity", vpc, vpc_methods))
    if not exposures:
        return
    value, known = model.broker_property(KEY)
    if not known or (value is not None and value.strip().lower() == "false"):
        return
    shown = "true (MSK's default)" if value is None else value
    for what, path, methods in exposures:
        used = [m for m in methods if model.auth(m) is True]
        if used:
            label = " and ".join({"scram": "SASL/SCRAM", "tls": "mTLS"}[m] for m in used)
            yield Hit.at(
                place(model, path),
                f"{what} with {label} while {KEY} is {shown}",
                f"set Kafka ACLs, then set {KEY}=false in the cluster's configuration",
            )
