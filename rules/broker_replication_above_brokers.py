"""A replication factor larger than the number of brokers cannot be met: creating a topic with the default
RF fails, and for the internal topics "Internal topic creation fails until the cluster size meets this
replication factor requirement" ("Custom MSK configurations", offsets.topic.replication.factor and
transaction.state.log.replication.factor). Needs the broker count; silent without it. Only values the file
sets are checked."""

from msklint.broker_config import integer, values
from msklint.findings import Hit

CODE = "B022"
NAME = "default-replication-factor-above-brokers"
SEVERITY = "error"
SUMMARY = "replication factor larger than the number of brokers"
GUIDE = "Custom MSK configurations"
BAD = "# msklint check --brokers 2\ndefault.replication.factor=3\n"
GOOD = "# msklint check --brokers 3\ndefault.replication.factor=3\n"
KEYS = (
    "default.replication.factor",
    "offsets.topic.replication.factor",
    "transaction.state.log.replication.factor",
)


def check(doc, ctx, options):
    brokers = ctx.cluster.brokers
    if brokers is None:
        return
    settings = values(doc)
    for key in KEYS:
        factor = integer(settings, key)
        if factor is not None and factor > brokers:
            entry = doc.model.get(key)
            yield Hit.at(
                entry.value_at,
                f"{key}={factor} exceeds the cluster's {brokers} brokers: topic creation fails",
                f"set {key} to at most {brokers}, or add brokers",
            )
