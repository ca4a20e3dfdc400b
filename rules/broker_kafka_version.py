"""A property the cluster's Kafka version does not have does nothing (Kafka logs "not a known config"):
e.g. `log.local.retention.ms` before tiered storage arrived (3.6), or `port` after Kafka 3.0 removed it.
An MSK cluster runs the version chosen for it ("Supported Apache Kafka versions"), so a configuration
written for a newer version is silently ineffective on an older cluster.

The catalog (tools/gen_kafka_catalog.py) records, over the jars of Kafka 2.8.2, 3.5.1, 3.6.0, 3.7.2, 3.8.1,
3.9.1, 4.0.1 and 4.1.1, the first of those versions that has each property (`since`) and the last one that
had a removed property (`until`): Kafka 4.0 removed, among others, the message-format family
(`log.message.format.version`, `log.message.downconversion.enable`), `inter.broker.protocol.version`,
`log.message.timestamp.difference.max.ms` and every `zookeeper.*` setting. Between two of those versions it cannot tell, so the rule compares
major.minor and stays silent in the gap: a property first seen in 3.5.1 is reported on 2.8.x and older,
not on 3.1.1. Kafka adds and removes configurations in minor releases, not patch releases. MSK's
`2.8.2.tiered` is MSK's own build with tiered storage, which Apache Kafka 2.8.2's jars do not show, so
tiered-storage properties (`remote.*`, `log.local.retention.*`) are not reported on it. Needs the
cluster's Kafka version; silent without it."""

from msklint.broker_config import lookup
from msklint.findings import Hit
from msklint.msk import PAGE_VERSIONS
from msklint.topic_config import kafka_history, kafka_newer

CODE = "B008"
NAME = "property-not-in-kafka-version"
SEVERITY = "warning"
SUMMARY = "the cluster's Kafka version does not have this property"
GUIDE = "Supported Apache Kafka versions"
SOURCES = [PAGE_VERSIONS]
CHANGED = (
    "the current guide adds Kafka 3.8.x, 3.9.x and 4.x; the catalog now follows properties through Kafka 4.1."
)
BAD = "# msklint check --kafka-version 3.5.1\nlog.local.retention.ms=600000\n"
GOOD = "# msklint check --kafka-version 3.6.0\nlog.local.retention.ms=600000\n"


def _minor(version: str) -> tuple[int, int]:
    major, minor = version.split(".")[:2]
    return int(major), int(minor)


def check(doc, ctx, options):
    version = ctx.cluster.version
    if version is None:
        return
    cluster = version.numbers[:2]
    versions, removed = kafka_history()
    history = [_minor(v) for v in versions]
    for key, entry in doc.model.last.items():
        if version.is_tiered and (key.startswith("remote.") or key.startswith("log.local.retention.")):
            continue
        found = lookup(key)
        since = found[1].get("since") if found else kafka_newer().get(key, {}).get("since")
        until = removed[key]["until"] if key in removed else (found[1].get("until") if found else None)
        if since is not None:
            before = history[versions.index(since) - 1]  # the newest version known not to have it
            if cluster <= before:
                yield Hit.at(
                    entry,
                    f"'{key}' does not exist in Kafka {version.text} (it is in Kafka {since})",
                    f"remove '{key}', or use it on a cluster running Kafka {since} or later",
                )
        elif until is not None and versions.index(until) + 1 < len(versions):
            gone = versions[versions.index(until) + 1]  # the oldest version known not to have it
            if cluster >= _minor(gone):
                yield Hit.at(
                    entry,
                    f"'{key}' no longer exists in Kafka {version.text} (last seen in Kafka {until})",
                    f"remove '{key}'",
                )
