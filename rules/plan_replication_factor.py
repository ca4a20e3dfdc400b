"""A proposal changes a partition's replication factor. A rebalance, add_broker, remove_broker, demote or
fix_offline_replicas request only moves replicas; a proposal whose new replica set is longer or shorter
than the old one would add or drop copies of the data (a shorter one weakens durability: "Build highly
available clusters" asks for RF at least 3), typically the RF+1 left behind by an interrupted execution
(Cruise Control #1226). Only `topic_configuration` changes the replication factor on purpose; its plans
are not flagged. The replication factor of the partition is that of its old replica list."""

from msklint.findings import Hit

CODE = "P002"
NAME = "plan-replication-factor-change"
SEVERITY = "error"
SUMMARY = "a proposal changes a partition's replication factor"
GUIDE = "Build highly available clusters"
BAD = (
    '{"msklint_plan": 1,\n'
    ' "request": {"endpoint": "rebalance"},\n'
    ' "racks": {"1": "use1-az1", "2": "use1-az2", "3": "use1-az4", "4": "use1-az1"},\n'
    ' "proposals": [\n'
    '  {"topic": "orders", "partition": 0, "old_replicas": [1, 2, 3], "new_replicas": [1, 2]}\n'
    " ]}\n"
)
GOOD = (
    '{"msklint_plan": 1,\n'
    ' "request": {"endpoint": "rebalance"},\n'
    ' "racks": {"1": "use1-az1", "2": "use1-az2", "3": "use1-az4", "4": "use1-az1"},\n'
    ' "proposals": [\n'
    '  {"topic": "orders", "partition": 0, "old_replicas": [1, 2, 3], "new_replicas": [4, 2, 3]}\n'
    " ]}\n"
)


def check(doc, ctx, options):
    plan = doc.model
    if plan.endpoint == "topic_configuration":
        return
    for proposal in plan.proposals:
        if len(proposal.new) != len(proposal.old) or len(set(proposal.new)) != len(proposal.new):
            yield Hit(
                proposal.line,
                1,
                proposal.name,
                f"{proposal.name} would go from {len(proposal.old)} to {len(set(proposal.new))} replicas "
                f"({list(proposal.old)} → {list(proposal.new)})",
                "do not apply: a rebalance must keep the replication factor; plan again",
            )
