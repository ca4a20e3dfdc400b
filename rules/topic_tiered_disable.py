"""Turning tiered storage off on a topic takes MSK's own policy in the same change: "Disabling tiered
storage on an existing topic" sets `remote.log.msk.disable.policy=Delete` together with
`remote.storage.enable=false`; the data in tiered storage is then deleted and tiered storage can't be
turned on again for that topic ("Tiered storage constraints and limitations").

A file can't tell whether a topic had tiered storage on before, so on a tiered-storage cluster
(`--storage-mode TIERED` or a cluster definition) an explicit `remote.storage.enable=false` without the
policy is reported as information: if this turns tiered storage off, it needs the policy. Checked against
what a live cluster really has by the live rules. A policy other than Delete is reported by T002.
"""

from msklint.findings import Hit

CODE = "T026"
NAME = "tiered-storage-disable-policy"
SEVERITY = "info"
SUMMARY = "disabling tiered storage needs remote.log.msk.disable.policy=Delete"
GUIDE = "Disabling tiered storage on an existing topic"
BAD = "# msklint check --storage-mode TIERED\ntopics:\n  - name: archive\n    config:\n      remote.storage.enable: 'false'\n"
GOOD = "# msklint check --storage-mode TIERED\ntopics:\n  - name: archive\n    config:\n      remote.log.msk.disable.policy: Delete\n      remote.storage.enable: 'false'\n"


def check(doc, ctx, options):
    if not ctx.cluster.tiered:
        return
    for topic in doc.model.topics:
        enable = topic.config.get("remote.storage.enable")
        if enable is None or enable.value is None or enable.value.strip().lower() != "false":
            continue
        policy = topic.config.get("remote.log.msk.disable.policy")
        if policy is not None and (policy.value is None or policy.value.strip().lower() == "delete"):
            continue
        yield Hit.at(
            enable,
            f"topic '{topic.name}': remote.storage.enable=false without remote.log.msk.disable.policy=Delete "
            "does not turn tiered storage off",
            "if this disables tiered storage, add remote.log.msk.disable.policy=Delete (tiered data is deleted, "
            "and it can't be re-enabled)",
        )
