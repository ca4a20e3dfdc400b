"""Shared by C022 and update-monitoring (U): broker log destinations."""

from __future__ import annotations

DESTINATIONS = {"CloudWatchLogs": "LogGroup", "S3": "Bucket", "Firehose": "DeliveryStream"}


def problems(model, root="LoggingInfo/BrokerLogs"):
    for kind, member in DESTINATIONS.items():
        path = f"{root}/{kind}"
        if model.value(f"{path}/Enabled") is not True:
            continue
        node = model.node(f"{path}/{member}")
        if node is None or (node.tag is None and isinstance(node.value, str) and not node.value.strip()):
            yield (
                path,
                f"{kind} broker logs are enabled without a {member}",
                f"name the existing {member} to deliver to, or set Enabled to false",
            )
