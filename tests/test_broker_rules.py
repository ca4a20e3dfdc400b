"""Broker pack: per-rule tables (input -> exact [(code, line)], compliant twin -> none), every rule's BAD/GOOD
example, every properties snippet in the guide, and every file of the corpus's properties folder."""

import re

import pytest
from helpers import CORPUS, GUIDE, ROOT, codes_and_lines, example_context, lint_text

from msklint.config import ClusterContext, Config, make_context
from msklint.engine import lint
from msklint.registry import discover

RULES = discover({"broker"})
ZONES3 = {"zones": 3}
TIERED = {"storage_mode": "TIERED"}

# (code, properties text, cluster context, expected [(code, line)]); each violating row has a compliant twin.
CASES = [
    # B001 property-not-settable
    ("B001", "listeners=PLAINTEXT://:9092\n", {}, [("B001", 1)]),
    ("B001", "advertised.listeners=PLAINTEXT://b-1:9092\n", {}, []),
    ("B001", "num.partitions=3\nbroker.id=1\nlog.dirs=/data\n", {}, [("B001", 2), ("B001", 3)]),
    ("B001", "num.partitions=3\nmessage.max.bytes=2097152\n", {}, []),  # guide table; dynamic
    ("B001", "auto.leader.rebalance.enable=true\nallow.everyone.if.no.acl.found=true\n", {}, []),
    ("B001", "log.cleaner.enable=true\n", {}, [("B001", 1)]),  # read-only, not in the guide's lists
    ("B001", "log.cleaner.threads=2\n", {}, []),  # dynamic (cluster-wide)
    # B002 duplicate-key
    ("B002", "num.partitions=3\nlog.retention.hours=24\nnum.partitions=6\n", {}, [("B002", 3)]),
    ("B002", "num.partitions=6\nlog.retention.hours=24\n", {}, []),
    # B003 unknown-property
    ("B003", "log.retention.hour=168\n", {}, [("B003", 1)]),
    ("B003", "log.retention.hours=168\n", {}, []),
    ("B003", "num.partitions=1\nretention.ms=86400000\n", {}, [("B003", 2)]),
    ("B003", "listener.name.client_iam.max.connections=3000\n", {}, []),
    ("B003", "listener.name.client_iam.plain.sasl.jaas.config=x\n", {}, []),
    ("B003", "port=9092\n", {}, []),  # an older Kafka's property: B008's
    # B004 invalid-value
    ("B004", "num.partitions=three\n", {}, [("B004", 1)]),
    ("B004", "num.partitions= 3 \n", {}, []),
    ("B004", "delete.topic.enable=yes\n", {}, [("B004", 1)]),
    ("B004", "delete.topic.enable=TRUE\n", {}, []),
    ("B004", "message.max.bytes=1MB\nlog.retention.bytes=99999999999\n", {}, [("B004", 1)]),  # long is fine
    ("B004", "message.max.bytes=3000000000\n", {}, [("B004", 1)]),  # beyond a 32-bit int
    ("B004", "compression.type=brotli\n", {}, [("B004", 1)]),
    ("B004", "compression.type=zstd\n", {}, []),
    ("B004", "log.message.timestamp.type=logappendtime\n", {}, [("B004", 1)]),
    ("B004", "log.message.timestamp.type=LogAppendTime\n", {}, []),
    ("B004", "log.cleanup.policy=delete,archive\n", {}, [("B004", 1)]),
    ("B004", "log.cleanup.policy=compact, delete\n", {}, []),
    ("B004", "num.io.threads=0\nlog.cleaner.min.cleanable.ratio=1.5\n", {}, [("B004", 1), ("B004", 2)]),
    ("B004", "num.io.threads=1\nlog.cleaner.min.cleanable.ratio=0.9\n", {}, []),
    ("B004", "log.retention.ms=${var.retention_ms}\n", {}, []),  # a template placeholder
    # B005 guide-value-bounds
    ("B005", "socket.receive.buffer.bytes=-2\nsocket.send.buffer.bytes=-5\n", {}, [("B005", 1), ("B005", 2)]),
    ("B005", "socket.receive.buffer.bytes=-1\nsocket.send.buffer.bytes=102400\n", {}, []),
    ("B005", "log.roll.ms=0\n", {}, [("B005", 1)]),
    ("B005", "transactional.id.expiration.ms=0\n", {}, []),  # Kafka's own minimum 1 too: B004's
    ("B005", "log.roll.ms=1\ntransactional.id.expiration.ms=1\n", {}, []),
    ("B005", "log.flush.interval.ms=-1\n", {}, [("B005", 1)]),
    ("B005", "log.cleaner.delete.retention.ms=-1\n", {}, []),  # Kafka's own minimum 0 too: B004's
    ("B005", "log.cleaner.delete.retention.ms=0\nlog.flush.interval.ms=0\n", {}, []),
    ("B005", "log.cleaner.min.cleanable.ratio=1.5\n", {}, []),  # Kafka's own bound: B004's
    # B007 inline-comment
    ("B007", "num.partitions=3\nlog.retention.hours=168 # one week\n", {}, [("B007", 2)]),
    ("B007", "num.partitions=3\n# one week\nlog.retention.hours=168\n", {}, []),
    ("B007", "ssl.cipher.suites=a#b\n", {}, []),
    # B008 property-not-in-kafka-version
    ("B008", "num.partitions=1\nlog.local.retention.ms=1\n", {"kafka_version": "3.5.1"}, [("B008", 2)]),
    ("B008", "num.partitions=1\nlog.local.retention.ms=1\n", {"kafka_version": "3.6.0"}, []),
    ("B008", "log.local.retention.ms=1\n", {"kafka_version": "2.8.2.tiered"}, []),  # MSK's tiered build
    ("B008", "log.message.timestamp.after.max.ms=1\n", {"kafka_version": "2.8.2.tiered"}, [("B008", 1)]),
    ("B008", "compression.zstd.level=3\n", {"kafka_version": "3.7.x"}, [("B008", 1)]),
    ("B008", "compression.zstd.level=3\n", {"kafka_version": "3.8.1"}, []),
    ("B008", "compression.zstd.level=3\n", {}, []),
    ("B008", "port=9092\n", {"kafka_version": "3.6.0"}, [("B008", 1)]),
    ("B008", "port=9092\n", {"kafka_version": "2.8.1"}, []),
    (
        "B008",
        "port=9092\n",
        {"kafka_version": "3.1.1"},
        [],
    ),  # between 2.8.2 and 3.5.1: the history cannot tell
    # B009 serverless-broker-config
    ("B009", "\nlog.retention.hours=24\n", {"cluster_type": "serverless"}, [("B009", 2)]),
    ("B009", "log.retention.hours=24\n", {"cluster_type": "provisioned"}, []),
    ("B009", "log.retention.hours=24\n", {}, []),
    # B010 replica-lag-time-bounds
    ("B010", "replica.lag.time.max.ms=5000\n", {}, [("B010", 1)]),
    ("B010", "replica.lag.time.max.ms=30001\n", {}, [("B010", 1)]),
    ("B010", "replica.lag.time.max.ms=10000\n", {}, []),
    # B011 zookeeper-timeout-bounds
    (
        "B011",
        "zookeeper.session.timeout.ms=5999\nzookeeper.connection.timeout.ms=18001\n",
        {},
        [("B011", 1), ("B011", 2)],
    ),
    ("B011", "zookeeper.session.timeout.ms=6000\nzookeeper.connection.timeout.ms=18000\n", {}, []),
    ("B011", "zookeeper.session.timeout.ms=30000\n", {"kafka_version": "3.7.x.kraft"}, [("B011", 1)]),
    # B012 zookeeper-property-in-kraft
    (
        "B012",
        "num.partitions=1\nzookeeper.session.timeout.ms=18000\n",
        {"kafka_version": "3.7.x.kraft"},
        [("B012", 2)],
    ),
    ("B012", "num.partitions=1\nzookeeper.session.timeout.ms=18000\n", {"kafka_version": "3.7.x"}, []),
    ("B012", "zookeeper.session.timeout.ms=18000\n", {}, []),
    # B020 replication-factor-too-low
    ("B020", "default.replication.factor=2\n", ZONES3, [("B020", 1)]),
    ("B020", "default.replication.factor=3\n", ZONES3, []),
    (
        "B020",
        "offsets.topic.replication.factor=1\ntransaction.state.log.replication.factor=2\n",
        ZONES3,
        [("B020", 1), ("B020", 2)],
    ),
    ("B020", "offsets.topic.replication.factor=3\ntransaction.state.log.replication.factor=3\n", ZONES3, []),
    ("B020", "default.replication.factor=2\n", {}, [("B020", 1)]),  # the guide's first advice: three AZs
    ("B020", "default.replication.factor=1\n", {"zones": 2}, [("B020", 1)]),
    ("B020", "default.replication.factor=2\n", {"zones": 2}, []),
    # B021 default-min-insync-replicas-vs-replication-factor
    ("B021", "default.replication.factor=3\nmin.insync.replicas=3\n", {}, [("B021", 2)]),
    ("B021", "default.replication.factor=3\nmin.insync.replicas=2\n", {}, []),
    ("B021", "min.insync.replicas=2\n", {"zones": 2}, [("B021", 1)]),  # MSK's default RF 2 on two AZs
    ("B021", "min.insync.replicas=2\n", ZONES3, []),
    ("B021", "min.insync.replicas=2\n", {}, []),  # default RF unknown without the zone count
    ("B021", "default.replication.factor=2\n", ZONES3, [("B021", 1)]),  # MSK's default minISR 2
    (
        "B021",
        "transaction.state.log.min.isr=3\ntransaction.state.log.replication.factor=3\n",
        {},
        [("B021", 1)],
    ),
    ("B021", "transaction.state.log.min.isr=2\ntransaction.state.log.replication.factor=3\n", {}, []),
    (
        "B021",
        "offsets.topic.replication.factor=2\nmin.insync.replicas=2\ndefault.replication.factor=3\n",
        {},
        [("B021", 2)],
    ),
    # B022 default-replication-factor-above-brokers
    (
        "B022",
        "default.replication.factor=3\noffsets.topic.replication.factor=4\n",
        {"brokers": 3},
        [("B022", 2)],
    ),
    ("B022", "default.replication.factor=3\noffsets.topic.replication.factor=3\n", {"brokers": 3}, []),
    ("B022", "default.replication.factor=9\n", {}, []),
    # B023 unclean-leader-election
    ("B023", "unclean.leader.election.enable = true\n", {}, [("B023", 1)]),
    ("B023", "unclean.leader.election.enable = false\n", {}, []),
    # B024 acl-lockout
    ("B024", "allow.everyone.if.no.acl.found=false\n", {}, [("B024", 1)]),
    ("B024", "allow.everyone.if.no.acl.found=true\n", {}, []),
    # B030 network-threads-above-io-threads
    ("B030", "num.io.threads=8\nnum.network.threads=16\n", {}, [("B030", 2)]),
    ("B030", "num.io.threads=16\nnum.network.threads=16\n", {}, []),
    ("B030", "num.network.threads=9\n", {"storage_mode": "LOCAL"}, [("B030", 1)]),  # MSK's default io: 8
    ("B030", "num.network.threads=8\n", {"storage_mode": "LOCAL"}, []),
    ("B030", "num.network.threads=9\n", {}, []),  # MSK's default depends on the storage mode
    ("B030", "num.io.threads=4\n", {"storage_mode": "LOCAL"}, [("B030", 1)]),  # MSK's default network: 5
    # B031 threads-for-broker-size
    (
        "B031",
        "num.io.threads=32\nnum.network.threads=4\n",
        {"broker_type": "kafka.m5.4xlarge"},
        [("B031", 1), ("B031", 2)],
    ),
    ("B031", "num.io.threads=16\nnum.network.threads=8\n", {"broker_type": "kafka.m5.4xlarge"}, []),
    (
        "B031",
        "num.io.threads=32\n",
        {"broker_type": "kafka.m5.2xlarge"},
        [],
    ),  # no recommendation below 4xlarge
    # B040 tiered-cleanup-policy
    ("B040", "log.cleanup.policy=delete,compact\n", TIERED, [("B040", 1)]),
    ("B040", "log.cleanup.policy=delete\n", TIERED, []),
    ("B040", "log.cleanup.policy=compact\n", {"storage_mode": "LOCAL"}, []),
    # B041 tiered-retention-minimum
    ("B041", "log.retention.hours=71\n", TIERED, [("B041", 1)]),
    ("B041", "log.retention.hours=72\n", TIERED, []),
    ("B041", "log.retention.hours=720\nlog.retention.ms=86400000\n", TIERED, [("B041", 2)]),  # ms wins
    ("B041", "log.retention.hours=1\nlog.retention.ms=-1\n", TIERED, []),
    ("B041", "log.retention.hours=24\n", {}, []),
    # B042 tiered-segment-minimum
    ("B042", "log.segment.bytes=1048576\nlog.roll.hours=0\n", TIERED, [("B042", 1), ("B042", 2)]),
    ("B042", "log.segment.bytes=50331648\nlog.roll.ms=600000\n", TIERED, []),
    # B043 local-retention-exceeds-retention
    ("B043", "log.retention.ms=259200000\nlog.local.retention.ms=604800000\n", {}, [("B043", 2)]),
    ("B043", "log.retention.ms=604800000\nlog.local.retention.ms=86400000\n", {}, []),
    (
        "B043",
        "log.retention.bytes=1000\nlog.local.retention.bytes=1000\n",
        {},
        [("B043", 2)],
    ),  # equal: warning
    ("B043", "log.retention.bytes=1000\nlog.local.retention.bytes=-2\n", {}, []),
    # B050 default-timestamp-difference-above-retention
    (
        "B050",
        "log.retention.hours=24\nlog.message.timestamp.difference.max.ms=172800000\n",
        {},
        [("B050", 2)],
    ),
    ("B050", "log.retention.hours=24\nlog.message.timestamp.difference.max.ms=86400000\n", {}, []),
    ("B050", "log.retention.ms=-1\nlog.message.timestamp.difference.max.ms=172800000000\n", {}, []),
    # B051 iam-max-connections
    ("B051", "listener.name.client_iam_public.max.connections=3001\n", {}, [("B051", 1)]),
    ("B051", "listener.name.client_iam_public.max.connections=3000\n", {}, []),
]


@pytest.mark.parametrize(("code", "text", "context", "expected"), CASES)
def test_rule_table(code, text, context, expected):
    assert codes_and_lines(lint_text(text, context=context, select=(code,))) == expected


def test_every_broker_rule_has_a_violating_and_a_compliant_row():
    bad = {code for code, _, _, expected in CASES if expected}
    good = {code for code, _, _, expected in CASES if not expected}
    assert {rule.code for rule in RULES} == bad == good


def test_severity_follows_how_far_off_the_value_is():
    def severities(text, code, context=None):
        return [f.severity for f in lint_text(text, context=context, select=(code,))]

    assert severities("default.replication.factor=2\nmin.insync.replicas=3\n", "B021") == ["error"]
    assert severities("default.replication.factor=2\nmin.insync.replicas=2\n", "B021") == ["warning"]
    assert severities("log.retention.bytes=9\nlog.local.retention.bytes=10\n", "B043") == ["error"]
    big = {"broker_type": "kafka.m7g.8xlarge"}
    assert severities("num.io.threads=64\nnum.network.threads=8\n", "B031", big) == ["warning", "info"]


def test_unknown_property_suggests_a_fix():
    hints = [f.hint for f in lint_text("log.retention.hour=1\nretention.ms=1\nzzz.qqq=1\n", select=("B003",))]
    assert hints == [
        "did you mean 'log.retention.hours'?",
        "'retention.ms' is a topic-level property; the broker-wide default is 'log.retention.ms'",
        "check the spelling against Kafka's broker configuration reference",
    ]


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_rule_examples(rule):
    assert rule.bad and rule.good and rule.guide and rule.description
    bad = lint_text(rule.bad, context=example_context(rule.bad), select=(rule.code,))
    assert bad and {f.rule for f in bad} == {rule.code}
    assert all(f.hint for f in bad)
    assert lint_text(rule.good, context=example_context(rule.good), select=(rule.code,)) == []


# Guide snippets --------------------------------------------------------------------------------------

_PROPERTY_LINE = re.compile(r"^\s*[a-z][a-z0-9_-]*(\.[a-z0-9_-]+)+\s*[=:]\s*\S")


def guide_snippets() -> dict[int, str]:
    """Every fenced block of the guide whose lines are all `dotted.key = value` or comments, by first line."""
    text = GUIDE.read_text(encoding="utf-8")
    found = {}
    for match in re.finditer(r"^```[^\n]*\n(.*?)^```", text, re.S | re.M):
        lines = [
            line for line in match.group(1).splitlines() if line.strip() and not line.lstrip().startswith("#")
        ]
        if lines and all(_PROPERTY_LINE.match(line) for line in lines):
            found[text.count("\n", 0, match.start(1)) + 1] = match.group(1)
    return found


# Reviewed by hand. Only the three blocks of "Amazon MSK configuration operations" (guide lines 2416, 2457,
# 2568) are MSK custom configurations, and they are clean. The others are client, MSK Connect worker,
# connector, ZooKeeper-TLS client or Cruise Control properties: linted as a broker configuration they give
# B003 (not a broker property) and B001 (sasl.client.callback.handler.class and zookeeper.ssl.* are
# read-only broker properties), which is right for a file handed in as server.properties. Guide line 9026
# (Cruise Control) is garbled by the PDF extraction: the bootstrap.servers value wraps onto lines that read
# as `east-1.amazonaws.com:9094,...` keys (B002, B003), and `prometheus.server.endpoint=1.2.3.4:9090 #
# Replace ...` carries a trailing comment that Java reads as part of the value (B007).
GUIDE_PINNED = {
    612: [("B003", 1), ("B003", 2)],
    618: [("B001", 1)],
    2416: [],
    2457: [],
    2568: [],
    2832: [("B003", 1), ("B003", 2), ("B001", 4)],
    3278: [("B003", 1)],
    3409: [("B003", 1), ("B003", 2)],
    3735: [("B003", 2), ("B003", 4)],
    3885: [("B003", 1), ("B003", 2)],
    5990: [("B003", 1)],
    6870: [("B003", 2), ("B003", 3), ("B001", 5)],
    7373: [("B003", 1), ("B003", 2)],
    7536: [("B001", 1), ("B001", 2), ("B001", 3), ("B001", 4)],
    9026: [
        ("B003", 2),
        ("B002", 4),
        ("B002", 5),
        ("B003", 5),
        ("B003", 8),
        ("B003", 12),
        ("B003", 15),
        ("B007", 15),
        ("B003", 18),
    ],
}


def test_guide_snippets_are_all_found():
    assert sorted(guide_snippets()) == sorted(GUIDE_PINNED)


@pytest.mark.parametrize("line", sorted(GUIDE_PINNED))
def test_guide_snippet_findings(line):
    findings = lint_text(guide_snippets()[line], context={"kafka_version": "3.6.0", "zones": 3, "brokers": 3})
    assert codes_and_lines(findings) == GUIDE_PINNED[line]


# Corpus ----------------------------------------------------------------------------------------------

# Reviewed by hand (no cluster context: what `msklint check FILE` reports):
# - B023 on the ten files that copy MSK's old default `unclean.leader.election.enable=true`: real, the
#   guide itself says it "might result in data loss".
# - mirrormaker2: allow.everyone.if.no.acl.found=false (B024): right for its SASL/SCRAM-with-ACLs setup, a
#   reminder to create the ACLs first.
# - aws-cli example: zookeeper.connection.timeout.ms = 2000, below MSK's 6000 (B011): MSK refuses it.
# - sitadconsulting proj2/proj3: zookeeper.connection.timeout.ms=60000, above MSK's 18000 (B011).
# - lbrealdev: default.replication.factor=2 (B020) with min.insync.replicas=2 (B021: acks=all stops while a
#   broker restarts).
# - mordp1: log.cleaner.enable is a read-only Kafka property outside MSK's list (B001).
# - RcZo-2 is written for an Express (express.m7g.large) cluster, which this guide does not describe; read
#   as a Standard-broker configuration it only has B023.
# - jaehyeon msk-connect-schema-registry: `${local.msk.log_retention_ms}` left unrendered: skipped, no B004.
# - hyprnz, leonlaf66, mordp1, geekcell: indentation, ` = ` separators, no trailing newline: read as Java does.
CORPUS_PINNED = {
    "RcZo-2__aws-msk-terraform__express-cluster-server-properties.properties": [("B023", 12)],
    "aws-samples__mirrormaker2-msk-migration__msk-config.properties": [("B023", 13), ("B024", 15)],
    "aws-samples__serverless-patterns__msk-cfn-sasl-lambda-MSKConfiguration.properties": [("B023", 12)],
    "aws__aws-cli__create-configuration-example.properties": [("B011", 2)],
    "geekcell__terraform-aws-msk-cluster__server-properties-default.properties": [],
    "hyprnz__terraform-aws-msk-module__server-properties-default.properties": [("B023", 10)],
    "ilijadimitrov-mk__KafkaIko__msk-config.properties": [("B023", 13)],
    "infrablocks__terraform-aws-msk__default-server-properties.properties": [("B023", 12)],
    "jaehyeon-kim__kafka-pocs__kafka-connect-part03-msk-config.properties": [],
    "jaehyeon-kim__msk-connect-schema-registry__msk-config.properties": [],
    "lbrealdev__terraform-aws-msk__server-properties-default.properties": [
        ("B020", 2),
        ("B021", 3),
        ("B023", 9),
    ],
    "leonlaf66__kraken-demo-module__msk-server-properties-default.properties": [],
    "mordp1__terraform-aws-msk__server-properties-default.properties": [("B001", 4), ("B023", 11)],
    "sitadconsulting__aws_infra__proj2-server.properties": [("B023", 9), ("B011", 12)],
    "sitadconsulting__aws_infra__proj3-server.properties": [("B023", 9), ("B011", 12)],
    "terraform-aws-modules__terraform-aws-msk-kafka-cluster__complete-example.properties": [],
    "valentine-dev__aws-cloudformation__custom-config-info-matching.properties": [("B023", 9)],
    "vasveena__amazon-msk-ttt-workshop__cluster-config.properties": [],
}


def test_corpus_is_fully_pinned():
    assert sorted(p.name for p in (CORPUS / "properties").iterdir()) == sorted(CORPUS_PINNED)


@pytest.mark.parametrize("name", sorted(CORPUS_PINNED))
def test_corpus_file_findings(name):
    result = lint([str(CORPUS / "properties" / name)], Config(), ClusterContext())
    assert result.errors == []
    assert sorted(codes_and_lines(result.findings), key=lambda x: x[1]) == sorted(
        CORPUS_PINNED[name], key=lambda x: x[1]
    )


# Examples --------------------------------------------------------------------------------------------

EXAMPLES = ROOT / "examples" / "broker"
EXAMPLE_CLUSTER = {
    "kafka_version": "3.7.x.kraft",
    "storage_mode": "TIERED",
    "zones": 3,
    "brokers": 3,
    "broker_type": "kafka.m5.4xlarge",
}


def example_codes(name: str, context: dict) -> list[str]:
    result = lint([str(EXAMPLES / name)], Config(), make_context(context, "test"))
    assert not result.errors
    return sorted({f.rule for f in result.findings})


def test_good_example_is_clean_with_and_without_the_cluster_context():
    assert example_codes("good.properties", EXAMPLE_CLUSTER) == []
    assert example_codes("good.properties", {}) == []


def test_bad_examples_show_every_broker_rule_as_the_readme_says():
    bad = example_codes("bad.properties", EXAMPLE_CLUSTER)
    serverless = example_codes("serverless/bad.properties", {"cluster_type": "serverless"})
    assert set(bad) | set(serverless) == {rule.code for rule in RULES}
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    assert "# " + " ".join(bad) in readme and "# " + " ".join(serverless) in readme


def test_live_brokers_are_not_checked_for_settable_properties():
    """A live broker reports the read-only settings MSK itself made; only files are checked by B001."""
    from msklint.engine import build_context, run_rules
    from msklint.loaders import Document
    from msklint.syntax.properties import parse_properties

    text = "num.partitions=3\nlog.cleaner.enable=true\n"
    documents = [
        Document(
            path="kafka://b:9092/brokers/1",
            kind="broker",
            model=parse_properties(text),
            source=text,
            extras={"live": True},
        ),
        Document(path="server.properties", kind="broker", model=parse_properties(text), source=text),
    ]
    findings = run_rules(documents, build_context(documents, ClusterContext()), Config(select=("B001",)))
    assert [(f.path, f.line) for f in findings] == [("server.properties", 2)]
