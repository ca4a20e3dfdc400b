"""`min.insync.replicas` must leave room for one replica to be offline: at most RF − 1 ("Build highly
available clusters": "A minISR that is equal to the RF can prevent producing to the cluster during a
rolling update"; "Best practices for version upgrades" says the same). Above RF, producers with acks=all
can never write (NotEnoughReplicas). Equal to RF is a warning (writes stop while a broker restarts, as
B021 reports it for the broker defaults), above RF an error.

The value is the topic's own `min.insync.replicas`, or, when the topic doesn't set it, the broker's (a
broker configuration in the same run, else MSK's default: 2 on three-AZ and 1 on two-AZ clusters). The
replication factor is the topic's, or `default.replication.factor` likewise. Unknown either way: silent.
`min.insync.replicas` ≥ 1 is Kafka's own bound, reported by T002.
"""

from msklint.findings import Hit
from msklint.topic_config import anchor, as_int, effective, effective_replication_factor

CODE = "T012"
NAME = "min-insync-replicas-vs-replication-factor"
SEVERITY = "error"
SUMMARY = "min.insync.replicas must be at most replication factor - 1"
GUIDE = "Build highly available clusters"
BAD = "topics:\n  - name: orders\n    partitions: 6\n    replication_factor: 3\n    config:\n      min.insync.replicas: 3\n"
GOOD = "topics:\n  - name: orders\n    partitions: 6\n    replication_factor: 3\n    config:\n      min.insync.replicas: 2\n"


def check(doc, ctx, options):
    if ctx.cluster.serverless:
        return
    for topic in doc.model.topics:
        replicas, rf_source = effective_replication_factor(topic, ctx)
        current = effective(topic, "min.insync.replicas", ctx)
        isr = as_int(current.value)
        if replicas is None or replicas < 1 or isr is None or isr < 1 or isr <= replicas - 1:
            continue
        if isr == replicas == 1:
            continue  # RF 1 is T010's finding; no min.insync.replicas fixes it
        rf_text = f"replication factor {replicas}"
        if rf_source != "topic":
            rf_text += f" (default.replication.factor from the {rf_source})"
        where = anchor(topic, "min.insync.replicas", "replication_factor")
        consequence = (
            "producers with acks=all can never write"
            if isr > replicas
            else "producers with acks=all stop while one broker restarts"
        )
        yield Hit.at(
            where,
            f"topic '{topic.name}': {current.describe('min.insync.replicas')} with {rf_text}: {consequence}",
            f"set min.insync.replicas to at most {max(replicas - 1, 1)}"
            + (" and use a replication factor of 3" if replicas < 3 else ""),
            severity="warning" if isr == replicas else None,
        )
