"""A broker holds more partition replicas (leaders and followers) than the guide recommends for its
size ("Right-size your cluster: Number of partitions per broker": 300 for kafka.t3.small, 1000 for
large/xlarge, 2000 for 2xlarge, 4000 for 4xlarge and larger). Above it MSK may refuse configuration
updates, broker-size changes and SASL/SCRAM secret association, and CloudWatch metrics go missing. The
broker size is not visible through Kafka: give it with --broker-type (or [cluster] broker_type, or a
cluster definition); without it, and without the `max` option, the rule is silent."""

from msklint.findings import Hit
from msklint.live import document_at
from msklint.msk import recommended_partitions_per_broker
from msklint.options import Option

CODE = "L014"
NAME = "partitions-per-broker"
SEVERITY = "warning"
SUMMARY = "a broker holds more partition replicas than recommended for its size"
GUIDE = "Right-size your cluster: Number of partitions per broker"
OPTIONS = {"max": Option(int, None, "partitions per broker (default: the guide's for the broker type)")}
BAD = (
    '{"msklint_live": 1, "bootstrap": "b-1.example:9092",\n'
    ' "brokers": [{"id": 1, "rack": "use1-az1"}, {"id": 2, "rack": "use1-az2"}, {"id": 3, "rack": "use1-az4"}],\n'
    ' "topics": [\n'
    '  {"name": "orders", "partitions": [{"replicas": [1, 2]}, {"replicas": [2, 3]}, {"replicas": [3, 1]}, {"replicas": [1, 2]}]}\n'
    " ]}\n"
)
GOOD = (
    '{"msklint_live": 1, "bootstrap": "b-1.example:9092",\n'
    ' "brokers": [{"id": 1, "rack": "use1-az1"}, {"id": 2, "rack": "use1-az2"}, {"id": 3, "rack": "use1-az4"}],\n'
    ' "topics": [\n'
    '  {"name": "orders", "partitions": [{"replicas": [1, 2]}, {"replicas": [2, 3]}, {"replicas": [3, 1]}]}\n'
    " ]}\n"
)
BAD_FILES = {
    ".msklint.toml": "[rules.L014]\nmax = 2  # or the guide's for the broker type: --broker-type kafka.m5.large gives 1000\n"
}
GOOD_FILES = BAD_FILES


def check_all(docs, ctx, options):
    broker_type = ctx.cluster.broker_type
    limit = options.get("max") or (recommended_partitions_per_broker(broker_type) if broker_type else None)
    if not limit:
        return
    where = f"for {broker_type}" if not options.get("max") else "(option max)"
    for live_document in docs:
        cluster = live_document.model
        replicas = {broker.node_id: 0 for broker in cluster.brokers}
        for live in cluster.topics:
            for partition in live.partitions.values():
                for replica in partition.replicas:
                    if replica in replicas:
                        replicas[replica] += 1
        for node_id, count in replicas.items():
            if count > limit:
                document = document_at(ctx, cluster.broker_path(node_id)) or live_document
                yield (
                    document,
                    Hit(
                        1,
                        1,
                        "partitions",
                        f"broker {node_id} holds {count} partition replicas; at most {limit} are recommended {where}",
                        "add brokers and reassign partitions, move to a larger broker size, or delete unused topics",
                    ),
                )
