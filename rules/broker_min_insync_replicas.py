"""min.insync.replicas must stay below the replication factor ("Build highly available clusters": set
minISR to at most RF - 1; a minISR equal to RF can prevent producing during a rolling update). With minISR
above RF, producers using acks=all can never write.

Pairs checked: `min.insync.replicas` against `default.replication.factor` and against
`offsets.topic.replication.factor` (the consumer-offsets topic takes the broker-wide min.insync.replicas);
`transaction.state.log.min.isr` against `transaction.state.log.replication.factor`; the offsets pair only
when the file sets offsets.topic.replication.factor, so one setting gets one finding. A value the file does
not set is MSK's default ("The default Amazon MSK configuration": RF 3 and minISR 2 on three-AZ clusters,
RF 2 and minISR 1 on two-AZ clusters; needs the zone count, msklint.topic_config) or, for properties that
table does not list, Kafka's default. At least one of the pair must be set in the file. minISR equal to RF
is a warning, above RF an error."""

from msklint.broker_config import integer, values
from msklint.findings import Hit
from msklint.topic_config import as_int, broker_configs, broker_value

CODE = "B021"
NAME = "default-min-insync-replicas-vs-replication-factor"
SEVERITY = "warning"
SUMMARY = "min.insync.replicas must be at most the replication factor minus one"
GUIDE = "Build highly available clusters"
BAD = "default.replication.factor=3\nmin.insync.replicas=3\n"
GOOD = "default.replication.factor=3\nmin.insync.replicas=2\n"
PAIRS = (
    ("min.insync.replicas", "default.replication.factor"),
    ("min.insync.replicas", "offsets.topic.replication.factor"),
    ("transaction.state.log.min.isr", "transaction.state.log.replication.factor"),
)


def _effective(ctx, settings, key):
    """(number, note): the file's value, MSK's default, or Kafka's default."""
    if key in settings:
        return integer(settings, key), ""
    value, source = broker_value(ctx, key, settings)
    if source == "Kafka default":
        value = broker_configs()[key].get("default")
    return (as_int(value), f" ({source})") if source else (None, "")


def check(doc, ctx, options):
    settings = values(doc)
    for isr_key, rf_key in PAIRS:
        if isr_key not in settings and rf_key not in settings:
            continue
        if rf_key == "offsets.topic.replication.factor" and rf_key not in settings:
            continue  # compared with default.replication.factor already: one finding per setting
        (isr, isr_note), (factor, rf_note) = (
            _effective(ctx, settings, isr_key),
            _effective(ctx, settings, rf_key),
        )
        if isr is None or factor is None or isr < factor:
            continue
        entry = doc.model.get(isr_key) or doc.model.get(rf_key)
        consequence = (
            "acks=all writes always fail" if isr > factor else "acks=all writes stop while a broker restarts"
        )
        yield Hit.at(
            entry.value_at,
            f"{isr_key}={isr}{isr_note} is not below {rf_key}={factor}{rf_note}: {consequence}",
            f"set {isr_key} to at most {factor - 1}, or raise {rf_key}",
            severity="error" if isr > factor else None,
        )
