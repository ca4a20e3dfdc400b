"""Outside `producer.` and `consumer.`, MSK Connect supports every worker property except the prefixes
access.control., admin., admin.listeners.https., client., connect., inter.worker., internal.,
listeners.https., metrics., metrics.context., rest., sasl., security., socket., ssl., topic.tracking.,
worker. and the keys bootstrap.servers, config.storage.topic, connections.max.idle.ms,
connector.client.config.override.policy, group.id, listeners, metric.reporters, plugin.path,
receive.buffer.bytes, response.http.headers.config, scheduled.rebalance.max.delay.ms, send.buffer.bytes,
status.storage.topic ("Supported worker configuration properties"). MSK Connect manages those itself.
`config.providers.*` (configuration providers) are allowed: "Externalizing sensitive information using
config providers" uses them."""

from msklint.findings import Hit

CODE = "W003"
NAME = "worker-denied-properties"
SEVERITY = "error"
SUMMARY = "Worker property that MSK Connect manages and does not let you set"
GUIDE = "Supported worker configuration properties"
BAD = "key.converter=org.apache.kafka.connect.storage.StringConverter\nvalue.converter=org.apache.kafka.connect.storage.StringConverter\nbootstrap.servers=b-1:9092\n"
GOOD = "key.converter=org.apache.kafka.connect.storage.StringConverter\nvalue.converter=org.apache.kafka.connect.storage.StringConverter\noffset.flush.interval.ms=10000\n"

DENIED_PREFIXES = (
    "access.control.", "admin.", "admin.listeners.https.", "client.", "connect.", "inter.worker.", "internal.",
    "listeners.https.", "metrics.", "metrics.context.", "rest.", "sasl.", "security.", "socket.", "ssl.",
    "topic.tracking.", "worker.",
)  # fmt: skip
DENIED_KEYS = {
    "bootstrap.servers", "config.storage.topic", "connections.max.idle.ms",
    "connector.client.config.override.policy", "group.id", "listeners", "metric.reporters", "plugin.path",
    "receive.buffer.bytes", "response.http.headers.config", "scheduled.rebalance.max.delay.ms",
    "send.buffer.bytes", "status.storage.topic",
}  # fmt: skip


def check(doc, ctx, options):
    for entry in doc.model.entries:
        key = entry.key
        if key.startswith(("producer.", "consumer.")):
            continue
        prefix = next((p for p in DENIED_PREFIXES if key.startswith(p)), None)
        if key in DENIED_KEYS or prefix:
            what = f"properties starting with {prefix}" if prefix and key not in DENIED_KEYS else key
            yield Hit.at(
                entry,
                f"{key}: MSK Connect does not support {what} in a worker configuration",
                "remove it; MSK Connect sets it",
            )
