"""After the plan a broker would hold more partition replicas (leaders and followers) than the guide
recommends for its size ("Right-size your cluster: Number of partitions per broker": 300 for
kafka.t3.small, 1000 for large/xlarge, 2000 for 2xlarge, 4000 for 4xlarge and larger); above it MSK may
refuse configuration and broker-size updates and CloudWatch metrics go missing. The counts are the
`Replicas` of Cruise Control's loadAfterOptimization. Only brokers the plan brings over the limit, or
keeps over it while adding replicas, are flagged. The broker size is not in Cruise Control's answers:
give --broker-type (or [cluster] broker_type, or --cluster FILE); without it, and without the `max`
option, the rule is silent."""

from msklint.findings import Hit
from msklint.msk import recommended_partitions_per_broker
from msklint.options import Option

CODE = "P005"
NAME = "plan-partitions-per-broker"
SEVERITY = "warning"
SUMMARY = "a broker would hold more partition replicas than recommended for its size"
GUIDE = "Right-size your cluster: Number of partitions per broker"
OPTIONS = {"max": Option(int, None, "partitions per broker (default: the guide's for the broker type)")}
BAD = (
    '{"msklint_plan": 1,\n'
    ' "request": {"endpoint": "rebalance"},\n'
    ' "racks": {"1": "use1-az1", "2": "use1-az2", "3": "use1-az4", "4": "use1-az1"},\n'
    ' "brokers": {\n'
    '  "before": [{"Broker": 4, "Replicas": 250}],\n'
    '  "after": [{"Broker": 4, "Replicas": 310}]},\n'
    ' "proposals": [\n'
    '  {"topic": "orders", "partition": 0, "old_replicas": [1, 2], "new_replicas": [4, 2]}\n'
    " ]}\n"
)
GOOD = (
    '{"msklint_plan": 1,\n'
    ' "request": {"endpoint": "rebalance"},\n'
    ' "racks": {"1": "use1-az1", "2": "use1-az2", "3": "use1-az4", "4": "use1-az1"},\n'
    ' "brokers": {\n'
    '  "before": [{"Broker": 4, "Replicas": 250}],\n'
    '  "after": [{"Broker": 4, "Replicas": 290}]},\n'
    ' "proposals": [\n'
    '  {"topic": "orders", "partition": 0, "old_replicas": [1, 2], "new_replicas": [4, 2]}\n'
    " ]}\n"
)
EXAMPLE_FLAGS = "--broker-type kafka.t3.small"


def check(doc, ctx, options):
    plan = doc.model
    broker_type = ctx.cluster.broker_type
    limit = options.get("max") or (recommended_partitions_per_broker(broker_type) if broker_type else None)
    if not limit:
        return
    where = f"for {broker_type}" if not options.get("max") else "(option max)"
    before = {int(b["Broker"]): int(b.get("Replicas") or 0) for b in plan.brokers_before}
    for broker in plan.brokers_after:
        node, count = int(broker["Broker"]), int(broker.get("Replicas") or 0)
        if count > limit and count > before.get(node, 0):
            yield Hit(
                1,
                1,
                f"broker {node}",
                f"broker {node} would hold {count} partition replicas (now {before.get(node, 0)}); "
                f"at most {limit} are recommended {where}",
                "add brokers or move to a larger broker size before moving more partitions here",
            )
