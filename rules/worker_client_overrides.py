"""MSK Connect supports only these `producer.` and `consumer.` worker properties ("Supported worker
configuration properties"); others (for example `producer.security.protocol` or `consumer.group.id`) are
refused when the worker configuration is created."""

from msklint.findings import Hit

CODE = "W002"
NAME = "worker-client-overrides"
SEVERITY = "error"
SUMMARY = "producer.* / consumer.* property MSK Connect does not support"
GUIDE = "Supported worker configuration properties"
BAD = "key.converter=org.apache.kafka.connect.storage.StringConverter\nvalue.converter=org.apache.kafka.connect.storage.StringConverter\nproducer.security.protocol=SSL\n"
GOOD = "key.converter=org.apache.kafka.connect.storage.StringConverter\nvalue.converter=org.apache.kafka.connect.storage.StringConverter\nproducer.acks=all\n"

PRODUCER = {
    "acks", "batch.size", "buffer.memory", "compression.type", "enable.idempotence", "key.serializer",
    "max.request.size", "metadata.max.age.ms", "metadata.max.idle.ms", "partitioner.class",
    "reconnect.backoff.max.ms", "reconnect.backoff.ms", "request.timeout.ms", "retry.backoff.ms",
    "value.serializer",
}  # fmt: skip
CONSUMER = {
    "allow.auto.create.topics", "auto.offset.reset", "check.crcs", "fetch.max.bytes", "fetch.max.wait.ms",
    "fetch.min.bytes", "heartbeat.interval.ms", "key.deserializer", "max.partition.fetch.bytes",
    "max.poll.records", "metadata.max.age.ms", "partition.assignment.strategy", "reconnect.backoff.max.ms",
    "reconnect.backoff.ms", "request.timeout.ms", "retry.backoff.ms", "session.timeout.ms",
    "value.deserializer",
}  # fmt: skip
ALLOWED = {"producer.": PRODUCER, "consumer.": CONSUMER}


def check(doc, ctx, options):
    for entry in doc.model.entries:
        for prefix, allowed in ALLOWED.items():
            if entry.key.startswith(prefix) and entry.key[len(prefix) :] not in allowed:
                yield Hit.at(
                    entry,
                    f"{entry.key} is not a {prefix}* property MSK Connect supports",
                    f"supported: {', '.join(prefix + name for name in sorted(allowed)[:4])}, ... (see the guide)",
                )
