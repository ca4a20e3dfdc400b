"""The topic file turns tiered storage off (`remote.storage.enable=false`) on a topic that is tiered on
the cluster, without `remote.log.msk.disable.policy=Delete`. MSK disables tiered storage only together
with that policy ("Disabling tiered storage on an existing topic": `--add-config
'remote.log.msk.disable.policy=Delete, remote.storage.enable=false'`), and doing so deletes the topic's
data in tiered storage. The guide writes the value both as `Delete` (the example) and `DELETE` (the
configuration table); the rule accepts either case."""

from msklint.findings import Hit
from msklint.live import pairs, setting_value

CODE = "L005"
NAME = "tiered-disable-without-delete-policy"
SEVERITY = "error"
SUMMARY = "tiered storage turned off without remote.log.msk.disable.policy=Delete"
GUIDE = "Disabling tiered storage on an existing topic"
EXAMPLE_FILE = "topics.yaml"
BAD = "topics: [{name: orders, config: {remote.storage.enable: 'false'}}]\n"
GOOD = "topics: [{name: orders, config: {remote.storage.enable: 'false', remote.log.msk.disable.policy: Delete}}]\n"
BAD_FILES = {
    "live.json": (
        '{"msklint_live": 1, "bootstrap": "b-1.example:9092",\n'
        ' "brokers": [{"id": 1, "rack": "use1-az1"}, {"id": 2, "rack": "use1-az2"}, {"id": 3, "rack": "use1-az4"}],\n'
        ' "topics": [\n'
        '  {"name": "orders", "configs": {"remote.storage.enable": "true"}, "partitions": [{"replicas": [1, 2, 3]}]}\n'
        " ]}\n"
    )
}
GOOD_FILES = BAD_FILES


def check_all(docs, ctx, options):
    for _, document, topic, live in pairs(docs, ctx):
        if (setting_value(topic, "remote.storage.enable") or "").lower() != "false":
            continue
        if (live.config("remote.storage.enable") or "").strip().lower() != "true":
            continue
        if (setting_value(topic, "remote.log.msk.disable.policy") or "").lower() == "delete":
            continue
        setting = topic.config["remote.storage.enable"]
        yield (
            document,
            Hit.at(
                setting,
                f"topic '{topic.name}' is tiered on the cluster; MSK disables tiered storage only with "
                "remote.log.msk.disable.policy=Delete",
                "add remote.log.msk.disable.policy=Delete (this deletes the topic's data in tiered storage; "
                "once disabled it cannot be re-enabled)",
            ),
        )
