"""KRaft-mode clusters (the `.kraft` versions, 3.7.x.kraft to 4.1.x.kraft, and every Kafka 4, which has
no ZooKeeper mode; "KRaft mode") keep their metadata in KRaft controllers, not ZooKeeper, so `zookeeper.*`
properties have no effect there; the guide marks the ZooKeeper timeouts "ZooKeeper mode clusters" in
"Custom MSK configurations". Needs the Kafka version (with its `.kraft` suffix); silent without it."""

from msklint.findings import Hit
from msklint.msk import PAGE_CDK_VERSIONS, PAGE_KRAFT

CODE = "B012"
NAME = "zookeeper-property-in-kraft"
SEVERITY = "warning"
SUMMARY = "zookeeper.* properties have no effect on KRaft clusters"
GUIDE = "KRaft mode"
SOURCES = [PAGE_KRAFT, PAGE_CDK_VERSIONS]
CHANGED = "the seed has one KRaft version (3.7.x.kraft); the current guide adds 3.8.x.kraft to 4.1.x.kraft, and Kafka 4 runs only in KRaft mode."
BAD = "# msklint check --kafka-version 3.7.x.kraft\nzookeeper.session.timeout.ms=18000\n"
GOOD = "# msklint check --kafka-version 3.7.x\nzookeeper.session.timeout.ms=18000\n"


def check(doc, ctx, options):
    version = ctx.cluster.version
    if version is None or not version.is_kraft:
        return
    for key, entry in doc.model.last.items():
        if key.startswith("zookeeper."):
            yield Hit.at(
                entry,
                f"'{key}' has no effect: a {version.text} cluster runs in KRaft mode, without ZooKeeper",
                f"remove '{key}'",
            )
