"""On Express brokers MSK fixes replication: "replication is always set to 3 and the minimum in-sync
replica is always set to 2" ("Best practices for Express brokers"), and it protects the topic-level
`min.insync.replicas` and `unclean.leader.election.enable` from change; "If you try to create a topic with
a replication factor value other than 3, Amazon MSK will create the topic with a replication factor of 3"
("Custom MSK Express broker configurations", topic-level configurations). A topic declaring another
replication factor (warning: the declaration and the cluster disagree) or setting one of the protected
configs (error: MSK refuses the change) is reported. Needs to know the cluster uses Express brokers
(`--broker-type express.m7g.*` or an Express cluster definition in the run); silent otherwise, and for
live topics (their values are MSK's)."""

from msklint.findings import Hit
from msklint.msk import PAGE_EXPRESS_BEST, PAGE_EXPRESS_RW, facts, is_express
from msklint.topic_config import anchor

CODE = "T040"
NAME = "express-fixed-replication"
SEVERITY = "warning"
SUMMARY = "Express brokers fix replication factor 3 and min.insync.replicas 2"
GUIDE = "Build highly available clusters"
SOURCES = [PAGE_EXPRESS_BEST, PAGE_EXPRESS_RW]
CHANGED = (
    "Express brokers are new since the seed: where the seed recommends replication factor 3 and "
    "min.insync.replicas 2, Express brokers enforce them."
)
BAD = "# msklint check --broker-type express.m7g.large\ntopics:\n  - name: orders\n    partitions: 6\n    replication_factor: 2\n    config:\n      min.insync.replicas: 1\n"
GOOD = "# msklint check --broker-type express.m7g.large\ntopics:\n  - name: orders\n    partitions: 6\n    replication_factor: 3\n"


def check(doc, ctx, options):
    if not is_express(ctx.cluster.broker_type) or doc.path.startswith("kafka://"):
        return
    express = facts()["express"]
    fixed = express["replication_factor"]
    for topic in doc.model.topics:
        replicas = topic.int_of(topic.replication_factor)
        if replicas is not None and replicas != fixed:
            where = anchor(topic, "replication_factor")
            yield Hit.at(
                where,
                f"topic '{topic.name}': replication factor {replicas} on Express brokers: MSK creates it "
                f"with {fixed}",
                f"declare replication factor {fixed}",
            )
        for key in express["topic_protected"]:
            if key in topic.config:
                where = anchor(topic, key)
                yield Hit.at(
                    where,
                    f"topic '{topic.name}': {key} is protected on Express brokers (MSK sets it)",
                    f"remove {key}",
                    severity="error",
                )
