"""On Express brokers an MSK configuration may set only the static properties the guide lists ("Custom
MSK Express broker configurations": allow.everyone.if.no.acl.found, auto.create.topics.enable,
compression.type, ... transactional.id.expiration.ms); "Amazon MSK sets and manages all other
properties". A few of the others are read-only with values MSK fixes ("Express brokers read-only
configurations": default.replication.factor 3, min.insync.replicas 2, unclean.leader.election.enable
false, num.io.threads and num.network.threads by size, ...): setting them is reported with the value MSK
uses. Dynamic properties (advertised.listeners, max.connections, ...) are changed with Kafka's
AlterConfigs, not in a configuration. Needs to know the cluster uses Express brokers (`--broker-type
express.m7g.large`, or an Express cluster definition in the same run); silent otherwise. Live broker
documents are not checked: their values are MSK's."""

from msklint.findings import Hit
from msklint.msk import PAGE_EXPRESS_RO, PAGE_EXPRESS_RW, facts, is_express

CODE = "B060"
NAME = "express-configuration-property"
SEVERITY = "error"
SUMMARY = "property an MSK configuration cannot set on Express brokers"
GUIDE = "Custom MSK configurations"
SOURCES = [PAGE_EXPRESS_RW, PAGE_EXPRESS_RO]
CHANGED = (
    "Express brokers are new since the seed: of the seed's custom-configuration properties they accept "
    "only a short static list, and MSK fixes replication (3), min.insync.replicas (2) and the thread counts."
)
BAD = "# msklint check --broker-type express.m7g.large\nmin.insync.replicas=1\nnum.io.threads=16\n"
GOOD = "# msklint check --broker-type express.m7g.large\nauto.create.topics.enable=false\nlog.retention.ms=604800000\n"


def check(doc, ctx, options):
    if not is_express(ctx.cluster.broker_type) or doc.path.startswith("kafka://"):
        return
    express = facts()["express"]
    static, read_only, dynamic = set(express["static"]), express["read_only"], set(express["dynamic"])
    for key, entry in doc.model.last.items():
        if key in static:
            continue
        if key in read_only:
            message = f"'{key}' is read-only on Express brokers: MSK sets it ({read_only[key]})"
            hint = f"remove '{key}'"
        elif key in dynamic:
            message = f"'{key}' is not a static property on Express brokers: it is changed dynamically"
            hint = f"remove '{key}' and set it with kafka-configs.sh / AlterConfigs"
        else:
            message = f"'{key}' is not among the properties an MSK configuration can set on Express brokers"
            hint = "Express brokers accept: " + ", ".join(sorted(static))
        yield Hit.at(entry, message, hint)
