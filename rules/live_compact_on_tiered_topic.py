"""The topic file asks for log compaction on a topic that has tiered storage enabled on the cluster.
"Tiered storage does not support compacted topics. Ensure that all topics that have tiered storage
turned on have their cleanup.policy configured to 'DELETE' only." ("Tiered storage constraints and
limitations"). Only the live state shows that the topic is tiered when the file does not say so; a file
that sets both remote.storage.enable=true and compact is the topic pack's to report."""

from msklint.findings import Hit
from msklint.live import pairs, setting_value

CODE = "L004"
NAME = "compact-on-tiered-topic"
SEVERITY = "error"
SUMMARY = "cleanup.policy with compact on a topic that has tiered storage enabled on the cluster"
GUIDE = "Tiered storage constraints and limitations"
EXAMPLE_FILE = "topics.yaml"
BAD = "topics: [{name: orders, config: {cleanup.policy: compact}}]\n"
GOOD = "topics: [{name: orders, config: {cleanup.policy: delete}}]\n"
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
        policy = setting_value(topic, "cleanup.policy")
        if policy is None or "compact" not in [p.strip().lower() for p in policy.split(",")]:
            continue
        if "remote.storage.enable" in topic.config:
            continue  # the file itself says whether the topic is tiered
        if (live.config("remote.storage.enable") or "").strip().lower() != "true":
            continue
        setting = topic.config["cleanup.policy"]
        yield (
            document,
            Hit.at(
                setting,
                f"topic '{topic.name}' has tiered storage enabled on the cluster, which does not support compaction",
                "keep cleanup.policy=delete on tiered topics; use a separate non-tiered topic for compacted data",
            ),
        )
