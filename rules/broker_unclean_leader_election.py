"""`unclean.leader.election.enable=true` lets a replica outside the ISR become leader "as a last resort,
even though this might result in data loss" ("Custom MSK configurations"). The guide's default table gives
`true` for non-tiered clusters and `false` for tiered ones; the rule reports only an explicit `true`, the
durable choice being `false` (with RF >= 3 and minISR RF-1, "Build highly available clusters")."""

from msklint.broker_config import boolean, values
from msklint.findings import Hit

CODE = "B023"
NAME = "unclean-leader-election"
SEVERITY = "warning"
SUMMARY = "unclean leader election can lose acknowledged data"
GUIDE = "Custom MSK configurations"
BAD = "unclean.leader.election.enable=true\n"
GOOD = "unclean.leader.election.enable=false\n"


def check(doc, ctx, options):
    if boolean(values(doc), "unclean.leader.election.enable") is True:
        entry = doc.model.get("unclean.leader.election.enable")
        yield Hit.at(
            entry.value_at,
            "unclean.leader.election.enable=true lets an out-of-sync replica lead: acknowledged writes can be lost",
            "set unclean.leader.election.enable=false unless availability matters more than data",
        )
