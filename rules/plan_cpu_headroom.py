"""After the plan a broker's CPU would be above the guide's 60%: "Amazon MSK strongly recommends that
you maintain the total CPU utilization for your brokers (CPU User + CPU System) under 60%", so that the
cluster can absorb a broker going offline during patching, a broker-size change or a version upgrade
("Monitor CPU usage"). The figure is Cruise Control's estimate (`CpuPct` of loadAfterOptimization, from
its load model), not a measurement. Only brokers the plan brings above the threshold, or keeps above it
while adding load, are flagged; a cluster already above it everywhere needs a larger broker size or more
brokers, which a rebalance cannot give. The threshold is the `max_cpu_percent` option (default 60)."""

from msklint.findings import Hit
from msklint.options import Option

CODE = "P007"
NAME = "plan-cpu-headroom"
SEVERITY = "warning"
SUMMARY = "a broker's estimated CPU after the plan would be above 60%"
GUIDE = "Monitor CPU usage"
OPTIONS = {"max_cpu_percent": Option(float, 60.0, "estimated CPU per broker, in percent")}
BAD = (
    '{"msklint_plan": 1,\n'
    ' "request": {"endpoint": "rebalance"},\n'
    ' "racks": {"1": "use1-az1", "2": "use1-az2", "3": "use1-az4", "4": "use1-az1"},\n'
    ' "brokers": {\n'
    '  "before": [{"Broker": 3, "CpuPct": 45.0}],\n'
    '  "after": [{"Broker": 3, "CpuPct": 72.5}]},\n'
    ' "proposals": [\n'
    '  {"topic": "orders", "partition": 0, "old_replicas": [1, 2], "new_replicas": [3, 2]}\n'
    " ]}\n"
)
GOOD = (
    '{"msklint_plan": 1,\n'
    ' "request": {"endpoint": "rebalance"},\n'
    ' "racks": {"1": "use1-az1", "2": "use1-az2", "3": "use1-az4", "4": "use1-az1"},\n'
    ' "brokers": {\n'
    '  "before": [{"Broker": 3, "CpuPct": 45.0}],\n'
    '  "after": [{"Broker": 3, "CpuPct": 55.0}]},\n'
    ' "proposals": [\n'
    '  {"topic": "orders", "partition": 0, "old_replicas": [1, 2], "new_replicas": [3, 2]}\n'
    " ]}\n"
)


def check(doc, ctx, options):
    plan = doc.model
    limit = float(options.get("max_cpu_percent") or 60.0)
    before = {int(b["Broker"]): float(b.get("CpuPct") or 0) for b in plan.brokers_before}
    for broker in plan.brokers_after:
        node, cpu = int(broker["Broker"]), float(broker.get("CpuPct") or 0)
        if cpu > limit and cpu > before.get(node, 0.0):
            yield Hit(
                1,
                1,
                f"broker {node}",
                f"broker {node} would run at an estimated {cpu:.1f}% CPU (now {before.get(node, 0.0):.1f}%); "
                f"the guide recommends under {limit:g}%",
                "exclude topics or brokers from the move, or scale the cluster before rebalancing onto it",
            )
