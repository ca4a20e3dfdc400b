"""Tiered storage does not support compacted topics ("Tiered storage constraints and limitations"), and
"You can enable tiered storage only if your cluster's log.cleanup.policy is set to delete" ("Enabling
tiered storage on an existing cluster using AWS CLI"); the custom-configuration table agrees: "For Tiered
Storage enabled clusters, valid policy is delete only". Individual topics without tiered storage may still
be compacted. Needs the storage mode; silent unless it is TIERED."""

from msklint.findings import Hit
from msklint.syntax import is_placeholder
from msklint.topic_config import as_list

CODE = "B040"
NAME = "tiered-cleanup-policy"
SEVERITY = "error"
SUMMARY = "tiered-storage clusters need log.cleanup.policy=delete"
GUIDE = "Tiered storage constraints and limitations"
BAD = "# msklint check --storage-mode TIERED\nlog.cleanup.policy=compact\n"
GOOD = "# msklint check --storage-mode TIERED\nlog.cleanup.policy=delete\n"


def check(doc, ctx, options):
    entry = doc.model.get("log.cleanup.policy")
    if not ctx.cluster.tiered or entry is None or is_placeholder(entry.value):
        return
    if "compact" in as_list(entry.value):
        yield Hit.at(
            entry.value_at,
            f"log.cleanup.policy={entry.value.strip()} on a tiered-storage cluster: only 'delete' is supported",
            "set log.cleanup.policy=delete; compact individual topics that do not use tiered storage",
        )
