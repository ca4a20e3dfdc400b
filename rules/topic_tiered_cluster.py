"""A topic turns on tiered storage (`remote.storage.enable=true`) on a cluster that cannot have it.
"Tiered storage constraints and limitations": tiered storage doesn't support broker size kafka.t3.small,
and applies only to provisioned clusters (on serverless clusters T030 reports remote.storage.enable like
every config a serverless topic can't set). The cluster must also be in the TIERED storage mode ("Creating
an Amazon MSK cluster with tiered storage with the AWS CLI", `--storage-mode TIERED`); Kafka refuses the
topic config when the brokers have no remote log storage. Each check needs its context value
(`--broker-type`, `--storage-mode`, or a cluster definition) and is silent without it. The Kafka version
requirement is T021.
"""

from msklint.findings import Hit
from msklint.topic_config import remote_storage_enabled

CODE = "T020"
NAME = "tiered-storage-cluster"
SEVERITY = "error"
SUMMARY = "remote.storage.enable=true on a cluster without tiered storage"
GUIDE = "Tiered storage constraints and limitations"
BAD = "# msklint check --storage-mode LOCAL\ntopics:\n  - name: archive\n    config:\n      remote.storage.enable: 'true'\n      retention.ms: '604800000'\n"
GOOD = "# msklint check --storage-mode TIERED\ntopics:\n  - name: archive\n    config:\n      remote.storage.enable: 'true'\n      retention.ms: '604800000'\n"


def reasons(cluster) -> list[tuple[str, str]]:
    found = []
    if cluster.broker_type == "kafka.t3.small":
        found.append(
            ("tiered storage doesn't support broker size kafka.t3.small", "use kafka.m5.large or larger")
        )
    if cluster.storage_mode is not None and not cluster.tiered:
        found.append(
            (
                f"the cluster's storage mode is {cluster.storage_mode}, not TIERED",
                "switch the cluster to --storage-mode TIERED first (aws kafka update-storage)",
            )
        )
    return found


def check(doc, ctx, options):
    problems = reasons(ctx.cluster)
    if not problems:
        return
    for topic in doc.model.topics:
        if not remote_storage_enabled(topic):
            continue
        setting = topic.config["remote.storage.enable"]
        for message, hint in problems:
            yield Hit.at(setting, f"topic '{topic.name}': {message}", hint)
