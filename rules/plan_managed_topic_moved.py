"""A proposal moves a topic that Cruise Control or MSK created for themselves: Cruise Control's metrics
reporter topic `__CruiseControlMetrics` and its sample stores (`__KafkaCruiseControlPartitionMetricSamples`,
`__KafkaCruiseControlModelTrainingSamples`), or MSK's `__amazon_msk_*` topics (the canaries, MSK
Connect's). The guide sets Cruise Control up beside the cluster to rebalance the cluster's load ("Using
LinkedIn's Cruise Control for Apache Kafka with Amazon MSK"); its own topics carry no client load, are
often created with replication factor 1 (moving such a partition copies its only replica), and MSK's
canaries are left where MSK put them ("Prepare to remove brokers by removing all partitions"). A real
Cruise Control proposes them like any other topic; msklint excludes them from its requests unless
`--include-internal` is given. Flagged here, once per topic, rather than by replication-factor rules
meant for user topics (P003 skips them)."""

from msklint.rebalance.plan import managed_topic

from msklint.findings import Hit

CODE = "P008"
NAME = "plan-moves-managed-topic"
SEVERITY = "warning"
SUMMARY = "a proposal moves Cruise Control's or MSK's own topic"
GUIDE = "Using LinkedIn's Cruise Control for Apache Kafka with Amazon MSK"
BAD = (
    '{"msklint_plan": 1,\n'
    ' "request": {"endpoint": "rebalance"},\n'
    ' "racks": {"1": "use1-az1", "2": "use1-az2", "3": "use1-az4", "4": "use1-az1"},\n'
    ' "proposals": [\n'
    '  {"topic": "__CruiseControlMetrics", "partition": 0, "old_replicas": [1], "new_replicas": [3]}\n'
    " ]}\n"
)
GOOD = (
    '{"msklint_plan": 1,\n'
    ' "request": {"endpoint": "rebalance"},\n'
    ' "racks": {"1": "use1-az1", "2": "use1-az2", "3": "use1-az4", "4": "use1-az1"},\n'
    ' "proposals": [\n'
    '  {"topic": "orders", "partition": 0, "old_replicas": [1, 2], "new_replicas": [3, 2]}\n'
    " ]}\n"
)


def check(doc, ctx, options):
    plan = doc.model
    seen = set()
    for proposal in plan.proposals:
        if not managed_topic(proposal.topic) or proposal.topic in seen:
            continue
        seen.add(proposal.topic)
        moved = [p.name for p in plan.proposals if p.topic == proposal.topic]
        facts = plan.topics.get(proposal.topic)
        rf = facts.replication_factor if facts and facts.replication_factor else len(proposal.old)
        yield Hit(
            proposal.line,
            1,
            proposal.name,
            f"the plan moves {len(moved)} partition(s) of {proposal.topic}, a topic Cruise Control or MSK "
            f"manage for themselves (replication factor {rf})",
            "plan without --include-internal (msklint then keeps these topics in place), or exclude them "
            "with --excluded-topics",
        )
