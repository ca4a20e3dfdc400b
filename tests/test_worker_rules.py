"""MSK Connect worker configurations ("Supported worker configuration properties")."""

import pytest
from helpers import codes_and_lines, lint_text

from msklint.config import ClusterContext, Config
from msklint.engine import build_context, run_rules
from msklint.loaders import Document, load_file
from msklint.model import Setting, Topic, TopicSet

CONVERTERS = (
    "key.converter=org.apache.kafka.connect.storage.StringConverter\n"
    "value.converter=org.apache.kafka.connect.storage.StringConverter\n"
)
NAME = "connect.worker.properties"

CASES = [
    ("W001", "key.converter=org.apache.kafka.connect.storage.StringConverter\n", [("W001", 1)]),
    ("W001", CONVERTERS.replace("StringConverter\nvalue", "StringConverter\n#value"), [("W001", 1)]),
    ("W001", "value.converter=\nkey.converter=x\n", [("W001", 1)]),
    (
        "W002",
        CONVERTERS + "producer.security.protocol=SSL\nconsumer.group.id=g\n",
        [("W002", 3), ("W002", 4)],
    ),
    (
        "W003",
        CONVERTERS + "bootstrap.servers=b:9092\nssl.truststore.location=/x\nplugin.path=/p\n",
        [("W003", 3), ("W003", 4), ("W003", 5)],
    ),
    ("W005", CONVERTERS + "offset.storage.topic=__consumer_offsets\n", [("W005", 3)]),
    ("W005", CONVERTERS + "offset.storage.topic=__transaction_state\n", [("W005", 3)]),
]
GOOD = CONVERTERS + (
    "producer.acks=all\nconsumer.max.poll.records=500\noffset.flush.interval.ms=10000\n"
    "config.providers=secretsmanager\n"
    "config.providers.secretsmanager.class=com.amazonaws.kafka.config.providers.SecretsManagerConfigProvider\n"
    "offset.storage.topic=my-offsets\n"
)


@pytest.mark.parametrize(
    ("code", "text", "expected"), CASES, ids=[c[0] + str(i) for i, c in enumerate(CASES)]
)
def test_worker_rule_table(code, text, expected):
    assert codes_and_lines(lint_text(text, NAME, select=(code,))) == expected


def test_compliant_worker_configuration_is_clean():
    assert lint_text(GOOD, NAME) == []


def test_guide_default_worker_configuration_is_clean():
    # "Default worker configuration"
    assert lint_text(CONVERTERS, NAME) == []


def test_kind_worker_reads_any_properties_file():
    found = lint_text("plugin.path=/x\n", "worker.cfg.properties", kind="worker")
    assert sorted({f.rule for f in found}) == ["W001", "W003"]


def test_offset_storage_topic_must_be_compacted(tmp_path):
    """W004 reads topic documents of the same run (built here from the shared topic model)."""
    worker = tmp_path / "source.worker.properties"
    worker.write_text(CONVERTERS + "offset.storage.topic=cdc-offsets\n")

    def findings(policy):
        topic = Topic("cdc-offsets", 1, 1, config={"cleanup.policy": Setting(policy, 1, 1, "cleanup.policy")})
        documents = [*load_file(str(worker)), Document("topics.json", "topic", TopicSet([topic]))]
        return run_rules(documents, build_context(documents, ClusterContext()), Config(select=("W004",)))

    assert codes_and_lines(findings("delete")) == [("W004", 3)]
    assert findings("compact") == []
    assert findings("compact,delete") == []


def test_kind_connect_worker_alias(tmp_path):
    from helpers import run_cli

    path = tmp_path / "connector.properties"
    path.write_text("plugin.path=/x\n")
    code, out, _ = run_cli("check", str(path), "--kind", "connect-worker")
    assert code == 1 and "W001" in out and "W003" in out
