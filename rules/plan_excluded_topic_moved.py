"""A proposal moves a partition of a topic the plan excluded (`--excluded-topics`, Cruise Control's
`excluded_topics` regex, matched against the whole topic name). Operators exclude topics whose
placement they manage themselves; the guide's advice for moving partitions is to reassign them
deliberately ("Reassign partitions"). Cruise Control documents one exception, which is not flagged:
replicas on brokers being removed (and offline replicas) are moved even for excluded topics, so a
proposal that only replaces replicas on removed brokers passes. Anything else — another broker added,
a new leader order — is an error."""

from msklint.rebalance.plan import excluded

from msklint.findings import Hit

CODE = "P006"
NAME = "plan-excluded-topic-moved"
SEVERITY = "error"
SUMMARY = "a proposal moves a partition of an excluded topic"
GUIDE = "Reassign partitions"
BAD = (
    '{"msklint_plan": 1,\n'
    ' "request": {"endpoint": "rebalance", "options": {"excluded_topics": "audit.*"}},\n'
    ' "racks": {"1": "use1-az1", "2": "use1-az2", "3": "use1-az4", "4": "use1-az1"},\n'
    ' "proposals": [\n'
    '  {"topic": "audit", "partition": 0, "old_replicas": [1, 2], "new_replicas": [3, 2]}\n'
    " ]}\n"
)
GOOD = (
    '{"msklint_plan": 1,\n'
    ' "request": {"endpoint": "rebalance", "options": {"excluded_topics": "audit.*"}},\n'
    ' "racks": {"1": "use1-az1", "2": "use1-az2", "3": "use1-az4", "4": "use1-az1"},\n'
    ' "proposals": [\n'
    '  {"topic": "orders", "partition": 0, "old_replicas": [1, 2], "new_replicas": [3, 2]}\n'
    " ]}\n"
)


def check(doc, ctx, options):
    plan = doc.model
    pattern = plan.excluded_topics
    if not pattern:
        return
    leaving = plan.target_brokers if plan.endpoint == "remove_broker" else set()
    for proposal in plan.proposals:
        if not excluded(proposal.topic, pattern):
            continue
        replaced_only = len(proposal.new) == len(proposal.old) and all(
            old in leaving or old == new for old, new in zip(proposal.old, proposal.new, strict=True)
        )
        if leaving & set(proposal.old) and replaced_only:
            continue  # only the replicas on removed brokers were replaced, in place
        yield Hit(
            proposal.line,
            1,
            proposal.name,
            f"{proposal.name} belongs to excluded topics '{pattern}' but would change "
            f"{list(proposal.old)} → {list(proposal.new)}",
            "do not apply; check the excluded_topics regex and plan again",
        )
