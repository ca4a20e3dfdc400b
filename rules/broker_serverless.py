"""MSK Serverless sets the broker configuration itself ("Configuration for serverless clusters": "You
can't change these broker configuration property settings"); only topic-level properties can be set, per
topic. A custom broker configuration has no serverless cluster to apply to. Needs the cluster type; silent
unless it is serverless."""

from msklint.findings import Hit

CODE = "B009"
NAME = "serverless-broker-config"
SEVERITY = "error"
SUMMARY = "MSK Serverless clusters take no custom broker configuration"
GUIDE = "Configuration for serverless clusters"
BAD = "# msklint check --cluster-type serverless\nlog.retention.hours=24\n"
GOOD = "# msklint check --cluster-type provisioned\nlog.retention.hours=24\n"


def check(doc, ctx, options):
    if ctx.cluster.serverless and doc.model.entries:
        first = doc.model.entries[0]
        yield Hit.at(
            first,
            "MSK Serverless sets broker properties itself; this configuration cannot be applied",
            "set topic-level properties per topic instead (retention.ms, max.message.bytes, ...)",
        )
