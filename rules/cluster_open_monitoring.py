"""If you specify open monitoring, the JMX exporter and the node exporter can't both be disabled ("Open
monitoring with Prometheus").

Not reported for a call of the terraform-aws-modules/msk-kafka-cluster module: the module always sends
`open_monitoring` with `jmx_exporter_enabled` and `node_exporter_enabled`, both false by default, so writing
`false` for both is the same request as leaving them out (the module's basic example)."""

from msklint.findings import Hit
from msklint.packs.cluster.model import ClusterModel, place
from msklint.packs.cluster.monitoring import problems

CODE = "C021"
NAME = "open-monitoring-exporters"
SEVERITY = "error"
SUMMARY = "Open monitoring given with both Prometheus exporters disabled"
GUIDE = "Open monitoring with Prometheus"
BAD = '{"Prometheus": {"JmxExporter": {"EnabledInBroker": false}, "NodeExporter": {"EnabledInBroker": false}}}\n'
GOOD = (
    '{"Prometheus": {"JmxExporter": {"EnabledInBroker": true}, "NodeExporter": {"EnabledInBroker": false}}}\n'
)


READS = (ClusterModel,)


def check(doc, ctx, options):
    model = doc.model
    if not model.serverless and not model.extras.get("module"):
        for path, message, hint in problems(model):
            yield Hit.at(place(model, path), message, hint)
