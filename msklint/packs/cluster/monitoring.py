"""Shared by C021 and update-monitoring (U): open monitoring with Prometheus."""

from __future__ import annotations

PATH = "OpenMonitoring/Prometheus"


def problems(model, root=PATH):
    prometheus = model.node(root)
    if prometheus is None or prometheus.tag is not None:
        return
    off = [
        model.node(f"{root}/{e}") is None or model.value(f"{root}/{e}/EnabledInBroker") is False
        for e in ("JmxExporter", "NodeExporter")
    ]
    if all(off):
        yield (
            root,
            "open monitoring with both the JMX and the node exporter disabled",
            "enable JmxExporter, NodeExporter or both, or leave OpenMonitoring out",
        )
