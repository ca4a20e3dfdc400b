"""A proposal puts a partition's replicas in fewer Availability Zones than it could. MSK sets each
broker's `broker.rack` to its AZ ID; with replication factor 3 on a three-AZ cluster every replica
belongs in a different zone so that losing a zone leaves the partition available ("Build highly
available clusters": a three-AZ cluster, RF at least 3). A reassignment computed without RackAwareGoal
(for example with a custom `--goals` list) can break this. A proposal is flagged when its new replicas
cover fewer distinct racks than min(replication factor, racks in the cluster). The racks come from
Cruise Control's broker load (`Rack`) or, with --bootstrap-server, from Kafka's metadata. Silent when
any broker's rack is unknown: the cluster is then not rack-aware for Cruise Control either."""

from msklint.findings import Hit

CODE = "P001"
NAME = "plan-replicas-not-zone-spread"
SEVERITY = "error"
SUMMARY = "a proposed replica set is not spread across the cluster's Availability Zones"
GUIDE = "Build highly available clusters"
BAD = (
    '{"msklint_plan": 1,\n'
    ' "request": {"endpoint": "rebalance"},\n'
    ' "racks": {"1": "use1-az1", "2": "use1-az2", "3": "use1-az4", "4": "use1-az1"},\n'
    ' "proposals": [\n'
    '  {"topic": "orders", "partition": 0, "old_replicas": [1, 2, 3], "new_replicas": [1, 4, 3]}\n'
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
    racks = plan.racks
    if not racks or not all(racks.values()):
        return
    zones = len(set(racks.values()))
    for proposal in plan.proposals:
        if any(b not in racks for b in proposal.new):
            continue
        covered = {racks[b] for b in proposal.new}
        wanted = min(len(proposal.new), zones)
        if len(covered) < wanted:
            where = ", ".join(f"{b}:{racks[b]}" for b in proposal.new)
            yield Hit(
                proposal.line,
                1,
                proposal.name,
                f"{proposal.name} would have replicas in {len(covered)} of {wanted} zones ({where})",
                "plan again with RackAwareGoal among the goals, or move a replica to a broker in another zone",
            )
