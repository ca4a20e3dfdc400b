"""KRaft-mode clusters (Kafka 3.7.x created as `3.7.x.kraft`, "KRaft mode") keep their metadata in KRaft
controllers, not ZooKeeper, so `zookeeper.*` properties have no effect there; the guide marks the ZooKeeper
timeouts "ZooKeeper mode clusters" in "Custom MSK configurations". Needs the Kafka version (with its
`.kraft` suffix); silent without it."""

from msklint.findings import Hit

CODE = "B012"
NAME = "zookeeper-property-in-kraft"
SEVERITY = "warning"
SUMMARY = "zookeeper.* properties have no effect on KRaft clusters"
GUIDE = "KRaft mode"
BAD = "# msklint check --kafka-version 3.7.x.kraft\nzookeeper.session.timeout.ms=18000\n"
GOOD = "# msklint check --kafka-version 3.7.x\nzookeeper.session.timeout.ms=18000\n"


def check(doc, ctx, options):
    version = ctx.cluster.version
    if version is None or not version.is_kraft:
        return
    for key, entry in doc.model.last.items():
        if key.startswith("zookeeper."):
            yield Hit(
                entry.line,
                entry.column,
                key,
                f"'{key}' has no effect: a {version.text} cluster runs in KRaft mode, without ZooKeeper",
                f"remove '{key}'",
            )
