"""`allow.everyone.if.no.acl.found=false` denies every resource that has no ACL: "If you set this property
to false and you don't first define Apache Kafka ACLs, you lose access to the cluster" ("Custom MSK
configurations"). The guide also requires `false` for public access and multi-VPC connectivity with
SASL/SCRAM or mTLS, so the setting is often right; the finding is a reminder to create the ACLs (brokers
included) before applying the configuration. Suppress it once they exist."""

from msklint.broker_config import boolean, values
from msklint.findings import Hit

CODE = "B024"
NAME = "acl-lockout"
SEVERITY = "warning"
SUMMARY = "allow.everyone.if.no.acl.found=false locks out clients that have no ACLs"
GUIDE = "Custom MSK configurations"
BAD = "allow.everyone.if.no.acl.found=false\n"
GOOD = "allow.everyone.if.no.acl.found=true\n"


def check(doc, ctx, options):
    if boolean(values(doc), "allow.everyone.if.no.acl.found") is False:
        entry = doc.model.get("allow.everyone.if.no.acl.found")
        yield Hit.at(
            entry.value_at,
            "allow.everyone.if.no.acl.found=false denies every client and broker without an ACL",
            "create ACLs for clients and brokers first (kafka-acls.sh), then apply this configuration",
        )
