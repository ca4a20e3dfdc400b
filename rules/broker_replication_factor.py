"""Replication factors for high availability ("Build highly available clusters": set up three AZs and keep
RF at least 3; RF 1 can lead to offline partitions during a rolling update, RF 2 may lead to data loss).
Applied to `default.replication.factor` and to the internal topics' `offsets.topic.replication.factor`
and `transaction.state.log.replication.factor`.

Reading taken: MSK's own default for a two-AZ cluster is RF 2 ("The default Amazon MSK configuration"),
and a two-AZ cluster cannot spread three replicas over distinct zones, so RF 2 is accepted there and RF 1
reported; on three-AZ clusters (and when the zone count is unknown: the guide's first recommendation is a
three-AZ cluster) anything below 3 is reported. Only values the file sets are checked: MSK picks the
defaults."""

from msklint.broker_config import integer, values
from msklint.findings import Hit

CODE = "B020"
NAME = "replication-factor-too-low"
SEVERITY = "warning"
SUMMARY = "replication factor below 3 (below 2 on two-AZ clusters)"
GUIDE = "Build highly available clusters"
BAD = "# msklint check --zones 3\ndefault.replication.factor=2\n"
GOOD = "# msklint check --zones 3\ndefault.replication.factor=3\n"
KEYS = (
    "default.replication.factor",
    "offsets.topic.replication.factor",
    "transaction.state.log.replication.factor",
)


def check(doc, ctx, options):
    settings = values(doc)
    zones = ctx.cluster.zones
    required = 2 if zones == 2 else 3
    for key in KEYS:
        factor = integer(settings, key)
        if factor is None or factor >= required:
            continue
        entry = doc.model.get(key)
        where = f"on a {zones}-AZ cluster " if zones else ""
        yield Hit.at(
            entry.value_at,
            f"{key}={factor} {where}risks offline partitions or data loss while a broker restarts",
            f"set {key} to at least {required}",
        )
