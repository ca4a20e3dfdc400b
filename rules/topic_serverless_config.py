"""MSK Serverless lets topics set only a few configs. "Configuration for serverless clusters" lists them:
cleanup.policy (only when the topic is created), compression.type, max.message.bytes,
message.timestamp.difference.max.ms, message.timestamp.type, retention.bytes and retention.ms. Any other
topic config (min.insync.replicas, segment.bytes, remote.storage.enable, ...) is refused. Only on serverless
clusters (`--cluster-type serverless` or a serverless cluster definition). Unknown keys are T001's.
"""

from msklint.findings import Hit
from msklint.msk import SERVERLESS_TOPIC_CONFIGS
from msklint.topic_config import topic_configs

CODE = "T030"
NAME = "serverless-topic-config"
SEVERITY = "error"
SUMMARY = "a serverless cluster doesn't let topics set this config"
GUIDE = "Configuration for serverless clusters"
BAD = "# msklint check --cluster-type serverless\ntopics:\n  - name: orders\n    partitions: 6\n    config:\n      min.insync.replicas: '2'\n"
GOOD = "# msklint check --cluster-type serverless\ntopics:\n  - name: orders\n    partitions: 6\n    config:\n      retention.ms: '604800000'\n"


def check(doc, ctx, options):
    if not ctx.cluster.serverless:
        return
    known = topic_configs()
    for topic in doc.model.topics:
        for key, setting in topic.config.items():
            if key in known and key not in SERVERLESS_TOPIC_CONFIGS:
                yield Hit.at(
                    setting,
                    f"topic '{topic.name}': serverless clusters don't let topics set {key}",
                    "remove it; serverless topics can set " + ", ".join(SERVERLESS_TOPIC_CONFIGS),
                )
