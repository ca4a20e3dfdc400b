"""examples/topics: the good folders give no finding; the bad folders show every topic rule."""

from helpers import ROOT

from msklint.config import Config, make_context
from msklint.engine import lint
from msklint.registry import discover

EXAMPLES = ROOT / "examples" / "topics"
PROVISIONED = {
    "kafka_version": "3.6.0",
    "storage_mode": "TIERED",
    "zones": 3,
    "brokers": 3,
    "broker_type": "kafka.m5.large",
}
RUNS = {  # folder → context, as examples/topics/README.md runs them
    "good": PROVISIONED,
    "bad": PROVISIONED,
    "bad-local-cluster": {"kafka_version": "3.5.1", "storage_mode": "LOCAL"},
    "serverless/good": {"cluster_type": "serverless"},
    "serverless/bad": {"cluster_type": "serverless"},
    "express/good": {
        "kafka_version": "3.9.x.kraft",
        "zones": 3,
        "brokers": 3,
        "broker_type": "express.m7g.large",
    },
    "express/bad": {
        "kafka_version": "3.9.x.kraft",
        "zones": 3,
        "brokers": 3,
        "broker_type": "express.m7g.large",
    },
}


def codes(folder: str) -> list[str]:
    result = lint([str(EXAMPLES / folder)], Config(), make_context(RUNS[folder], "test"))
    assert not result.errors
    return sorted({f.rule for f in result.findings})


def test_good_examples_are_clean():
    assert codes("good") == []
    assert codes("serverless/good") == []
    assert codes("express/good") == []


def test_bad_examples_show_every_topic_rule():
    shown = set(codes("bad")) | set(codes("bad-local-cluster")) | set(codes("serverless/bad"))
    shown |= set(codes("express/bad"))
    assert shown == {rule.code for rule in discover({"topic"})}


def test_bad_examples_match_the_readme():
    readme = (EXAMPLES / "README.md").read_text()
    assert "# " + " ".join(codes("bad")) in readme
    assert "# " + " ".join(codes("bad-local-cluster")) in readme
    assert "# " + " ".join(codes("serverless/bad")) in readme
    assert "# " + " ".join(codes("express/bad")) in readme


def test_examples_cover_every_format():
    from msklint.loaders import load_file

    formats = set()
    for path in EXAMPLES.rglob("*"):
        if path.is_file() and path.suffix != ".md":
            formats.update(d.model.format for d in load_file(str(path)))
    assert formats == {"msklint", "strimzi", "topicctl", "terraform", "properties"}
