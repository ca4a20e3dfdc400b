"""A broker property's value is not one Kafka accepts: it does not parse as the property's type
(`num.partitions=three`, `delete.topic.enable=yes`, `message.max.bytes=1MB`, an int beyond 32 bits), is not
one of its valid values (`compression.type=brotli`, `log.message.timestamp.type=logappendtime`,
`log.cleanup.policy=delete,archive`), or is outside Kafka's own bounds (`num.io.threads=0`,
`log.cleaner.min.cleanable.ratio=1.5`). Kafka refuses to start with it, and MSK refuses the configuration.

Types, valid values and bounds come from Kafka's ConfigDefs (the catalog generated from the Kafka jars,
tools/gen_kafka_catalog.py) and are checked by the same code as topic configs (msklint.config_values); the
enumerations the guide lists for compression.type, log.message.timestamp.type and log.cleanup.policy are
the same sets. Version-valued properties (`inter.broker.protocol.version`, `log.message.format.version`)
are read as Kafka reads them: `3.6`, `3.6.0` and `3.6-IV2` all name 3.6, and any version up to the newest
Kafka knows is accepted; with the cluster's Kafka version known, a version later than it is reported
(brokers of that version do not know it and refuse to start). Values holding a template placeholder (`${var.retention}`) are skipped: the real value
comes later. Bounds that only the guide states are B005's."""

from msklint.broker_config import lookup
from msklint.config_values import metadata_versions, problem, version_numbers
from msklint.findings import Hit
from msklint.syntax import is_placeholder

CODE = "B004"
NAME = "invalid-value"
SEVERITY = "error"
SUMMARY = "value has the wrong type, is not an allowed value, or is out of Kafka's bounds"
GUIDE = "Custom MSK configurations"
BAD = "num.partitions=three\ncompression.type=brotli\n"
GOOD = "num.partitions=3\ncompression.type=zstd\n"
SOURCES = [
    (
        "https://github.com/apache/kafka/blob/3.9/server-common/src/main/java/org/apache/kafka/server/common/MetadataVersion.java",
        "2026-12-03",
        "Apache Kafka MetadataVersion.fromVersionString: parts after major.minor are ignored (1.0.1 is 1.0)",
    ),
]


def check(doc, ctx, options):
    for key, entry in doc.model.last.items():
        found = lookup(key)
        if found is None or is_placeholder(entry.value):
            continue
        why = problem(found[0], entry.value, found[1])
        default = found[1].get("default")
        hint = f"Kafka's default is {default!r}" if default not in (None, "") else f"fix the value of '{key}'"
        if why is None:
            why = _later_than_cluster(entry.value, found[1], ctx)
            hint = (
                f"leave '{key}' out (brokers use their own version) or name the cluster's version or earlier"
            )
        if why:
            yield Hit.at(entry.value_at, f"{key}={entry.value.strip()!r} {why}", hint)


def _later_than_cluster(value: str, definition: dict, ctx) -> str | None:
    version, cluster = version_numbers(value), ctx.cluster.version
    if metadata_versions(definition) is None or version is None or cluster is None:
        return None
    if version > tuple(cluster.numbers[:2]):
        return f"names Kafka {version[0]}.{version[1]}, later than the cluster's Kafka {cluster.text}"
    return None
