"""The topics in the run need more partition replicas per broker than the guide recommends for the broker
size. "Right-size your cluster: Number of partitions per broker" counts leader and follower replicas:
300 for kafka.t3.small, 1000 for large/xlarge, 2000 for 2xlarge, 4000 for 4xlarge and larger. Above it MSK
may refuse configuration updates and broker-size changes, and CloudWatch metrics go missing.

The count is Σ partitions × replication factor over every topic in the run, divided by the number of
brokers (rounded up: some broker holds at least that many). Topics whose partitions or replication factor
are unknown (Terraform references) are left out, so the figure is a lower bound; Kafka's internal topics
(`__consumer_offsets`: 50 partitions) and topics not in the run add to it. Needs `--broker-type` and
`--brokers` (or a cluster definition); the `max` option overrides the recommendation. Live clusters are
checked per broker by L014.
"""

from msklint.findings import Hit
from msklint.msk import recommended_partitions_per_broker
from msklint.options import Option
from msklint.topic_config import anchor, effective_replication_factor

CODE = "T100"
NAME = "topic-partitions-per-broker"
SEVERITY = "warning"
SUMMARY = "the topics need more partition replicas per broker than recommended for the broker size"
GUIDE = "Right-size your cluster: Number of partitions per broker"
OPTIONS = {"max": Option(int, None, "partitions per broker (default: the guide's for the broker type)")}
BAD = "# msklint check --broker-type kafka.t3.small --brokers 3\ntopics:\n  - name: clicks\n    partitions: 400\n    replication_factor: 3\n"
GOOD = "# msklint check --broker-type kafka.t3.small --brokers 3\ntopics:\n  - name: clicks\n    partitions: 300\n    replication_factor: 3\n"


def check_all(docs, ctx, options):
    cluster = ctx.cluster
    if cluster.serverless or not cluster.brokers:
        return
    limit = options.get("max") or (
        recommended_partitions_per_broker(cluster.broker_type) if cluster.broker_type else None
    )
    if not limit:
        return
    total, counted, skipped, biggest = 0, 0, 0, None
    for doc in docs:
        if doc.extras.get("live"):
            continue
        for topic in doc.model.topics:
            partitions = topic.partition_count
            replicas, _ = effective_replication_factor(topic, ctx)
            if partitions is None or replicas is None or partitions < 1 or replicas < 1:
                skipped += 1
                continue
            total += partitions * replicas
            counted += 1
            if biggest is None or partitions * replicas > biggest[0]:
                biggest = (partitions * replicas, doc, topic)
    per_broker = -(-total // cluster.brokers)
    if biggest is None or per_broker <= limit:
        return
    _, doc, topic = biggest
    where = anchor(topic, "partitions")
    against = (
        f"the {limit} recommended for {cluster.broker_type}"
        if not options.get("max")
        else f"the maximum {limit} (option max)"
    )
    unknown = (
        f"; {skipped} topics with unknown partitions or replication factor not counted" if skipped else ""
    )
    yield (
        doc,
        Hit.at(
            where,
            f"{counted} topics need {total} partition replicas (partitions × replication factor) on "
            f"{cluster.brokers} brokers: {per_broker} per broker, above {against}{unknown}",
            f"use fewer partitions (the largest is '{topic.name}': {biggest[0]} replicas), more brokers, "
            "or a larger broker size",
        ),
    )
