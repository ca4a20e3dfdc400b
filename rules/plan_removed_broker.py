"""A proposal keeps a replica on a broker the plan is removing, or keeps leadership on a broker it is
demoting. Before MSK removes brokers, "move all partitions, except ones for topics __amazon_msk_canary
and __amazon_msk_canary_state, from the brokers you plan to remove" ("Prepare to remove brokers by
removing all partitions"); a remove_broker plan that leaves a replica there (a replica Cruise Control
could not place, or one of an excluded topic — Cruise Control ignores excluded_topics for replicas on
removed brokers) would fail the removal. For demote_broker, the new preferred leader (first replica)
must not be a demoted broker. The canary topics are not flagged, as the guide says."""

from msklint.findings import Hit

CODE = "P004"
NAME = "plan-replica-on-removed-broker"
SEVERITY = "error"
SUMMARY = "a proposal leaves a replica on a removed broker or leadership on a demoted one"
GUIDE = "Prepare to remove brokers by removing all partitions"
BAD = (
    '{"msklint_plan": 1,\n'
    ' "request": {"endpoint": "remove_broker", "brokers": [3]},\n'
    ' "racks": {"1": "use1-az1", "2": "use1-az2", "3": "use1-az4", "4": "use1-az1"},\n'
    ' "proposals": [\n'
    '  {"topic": "orders", "partition": 0, "old_replicas": [1, 3], "new_replicas": [3, 2]}\n'
    " ]}\n"
)
GOOD = (
    '{"msklint_plan": 1,\n'
    ' "request": {"endpoint": "remove_broker", "brokers": [3]},\n'
    ' "racks": {"1": "use1-az1", "2": "use1-az2", "3": "use1-az4", "4": "use1-az1"},\n'
    ' "proposals": [\n'
    '  {"topic": "orders", "partition": 0, "old_replicas": [1, 3], "new_replicas": [1, 2]}\n'
    " ]}\n"
)

CANARIES = ("__amazon_msk_canary", "__amazon_msk_canary_state")


def check(doc, ctx, options):
    plan = doc.model
    targets = plan.target_brokers
    if not targets:
        return
    for proposal in plan.proposals:
        if plan.endpoint == "remove_broker" and proposal.topic not in CANARIES:
            left = sorted(set(proposal.new) & targets)
            if left:
                yield Hit(
                    proposal.line,
                    1,
                    proposal.name,
                    f"{proposal.name} keeps a replica on broker {', '.join(map(str, left))}, which is being removed",
                    "plan again; give Cruise Control destination brokers with room for these replicas",
                )
        if plan.endpoint == "demote_broker" and proposal.new and proposal.new[0] in targets:
            yield Hit(
                proposal.line,
                1,
                proposal.name,
                f"{proposal.name} keeps its preferred leader on broker {proposal.new[0]}, which is being demoted",
                "plan again; a demotion must move leadership off the demoted brokers",
            )
