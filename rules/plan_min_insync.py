"""After the proposal, a topic's min.insync.replicas would exceed its replication factor minus one. The
guide: "Set minimum in-sync replicas (minISR) to at most RF - 1. A minISR that is equal to the RF can
prevent producing to the cluster during a rolling update" ("Build highly available clusters"; the same
advice under "Best practices for version upgrades"). A rebalance keeps the replication factor, so this
fires when the plan lowers it (topic_configuration, or a faulty proposal) or when the topic already
breaks the rule and the plan leaves it so. min.insync.replicas comes from Cruise Control's
kafka_cluster_state (`min-isr`) or, with --bootstrap-server, from the topic's configuration; when it is
unknown the rule is silent. Cruise Control's and MSK's own topics are left to P008 (they are often made
with replication factor 1 and minimum ISR 1, which is their tools' choice, not a user topic's policy)."""

from msklint.rebalance.plan import managed_topic

from msklint.findings import Hit

CODE = "P003"
NAME = "plan-min-insync-above-rf"
SEVERITY = "error"
SUMMARY = "min.insync.replicas would be above the replication factor minus one"
GUIDE = "Build highly available clusters"
BAD = (
    '{"msklint_plan": 1,\n'
    ' "request": {"endpoint": "rebalance"},\n'
    ' "racks": {"1": "use1-az1", "2": "use1-az2", "3": "use1-az4", "4": "use1-az1"},\n'
    ' "topics": {"orders": {"replication_factor": 3, "min_insync_replicas": 2}},\n'
    ' "proposals": [\n'
    '  {"topic": "orders", "partition": 0, "old_replicas": [1, 2, 3], "new_replicas": [4, 2]}\n'
    " ]}\n"
)
GOOD = (
    '{"msklint_plan": 1,\n'
    ' "request": {"endpoint": "rebalance"},\n'
    ' "racks": {"1": "use1-az1", "2": "use1-az2", "3": "use1-az4", "4": "use1-az1"},\n'
    ' "topics": {"orders": {"replication_factor": 3, "min_insync_replicas": 2}},\n'
    ' "proposals": [\n'
    '  {"topic": "orders", "partition": 0, "old_replicas": [1, 2, 3], "new_replicas": [4, 2, 3]}\n'
    " ]}\n"
)


def check(doc, ctx, options):
    plan = doc.model
    reported = set()
    for proposal in plan.proposals:
        facts = plan.topics.get(proposal.topic)
        if facts is None or facts.min_insync_replicas is None or proposal.topic in reported:
            continue
        if managed_topic(proposal.topic):
            continue
        rf = len(set(proposal.new))
        if facts.min_insync_replicas > rf - 1:
            reported.add(proposal.topic)
            yield Hit(
                proposal.line,
                1,
                proposal.name,
                f"{proposal.topic} has min.insync.replicas={facts.min_insync_replicas} but would have "
                f"{rf} replicas (at most {max(rf - 1, 1)} keeps producers working with one replica offline)",
                "keep the replication factor at min.insync.replicas + 1 or more, or lower min.insync.replicas",
            )
