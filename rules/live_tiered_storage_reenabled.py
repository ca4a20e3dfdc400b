"""The topic file turns tiered storage on for a topic whose live configuration has
`remote.storage.enable=false` set on the topic itself. Once tiered storage is disabled on a topic it
cannot be turned on again ("Tiered storage constraints and limitations"; "Disabling tiered storage on an
existing topic": "After you disable tiered storage on a topic, you can't re-enable it").

Kafka does not record whether the topic was ever tiered, so the rule takes the safe reading: an explicit
`false` on the topic (it is only ever set that way to disable tiered storage, or to document that it is
off) is treated as disabled. Topics that merely inherit the default (off) are not flagged."""

from msklint.findings import Hit
from msklint.live import pairs, setting_value

CODE = "L003"
NAME = "tiered-storage-reenabled"
SEVERITY = "error"
SUMMARY = "tiered storage turned on again for a topic on which it was disabled"
GUIDE = "Disabling tiered storage on an existing topic"
EXAMPLE_FILE = "topics.yaml"
BAD = "topics: [{name: orders, config: {remote.storage.enable: 'true'}}]\n"
GOOD = "topics: [{name: orders, config: {remote.storage.enable: 'false'}}]\n"
BAD_FILES = {
    "live.json": (
        '{"msklint_live": 1, "bootstrap": "b-1.example:9092",\n'
        ' "brokers": [{"id": 1, "rack": "use1-az1"}, {"id": 2, "rack": "use1-az2"}, {"id": 3, "rack": "use1-az4"}],\n'
        ' "topics": [\n'
        '  {"name": "orders", "configs": {"remote.storage.enable": "false"}, "partitions": [{"replicas": [1, 2, 3]}]}\n'
        " ]}\n"
    )
}
GOOD_FILES = BAD_FILES


def check_all(docs, ctx, options):
    for _, document, topic, live in pairs(docs, ctx):
        if setting_value(topic, "remote.storage.enable") != "true":
            continue
        if (live.own_config("remote.storage.enable") or "").strip().lower() != "false":
            continue
        setting = topic.config["remote.storage.enable"]
        yield (
            document,
            Hit.at(
                setting,
                f"topic '{topic.name}' has tiered storage disabled on the cluster; it cannot be re-enabled",
                "keep remote.storage.enable=false, or create a new tiered topic and migrate to it",
            ),
        )
