"""Network threads put requests on the queue that I/O threads drain: "Do not increase num.network.threads
without first increasing num.io.threads as this can lead to congestion related to queue saturation"
("Optimize cluster throughput for m5.4xl, m7g.4xl or larger instances"); the recommended settings keep
network threads at half the I/O threads. The rule reports `num.network.threads` above `num.io.threads`.
A value the file does not set is MSK's default ("The default Amazon MSK configuration": 8 I/O and 5
network threads, or max(8, vCPUs) and max(5, vCPUs/2) on tiered clusters), which needs the storage mode,
and the broker size on tiered clusters; silent when that is unknown."""

from msklint.broker_config import integer, values
from msklint.findings import Hit
from msklint.msk import msk_default_threads

CODE = "B030"
NAME = "network-threads-above-io-threads"
SEVERITY = "warning"
SUMMARY = "num.network.threads above num.io.threads saturates the request queue"
GUIDE = "Optimize cluster throughput for m5.4xl, m7g.4xl or larger instances"
BAD = "num.io.threads=8\nnum.network.threads=16\n"
GOOD = "num.io.threads=16\nnum.network.threads=8\n"


def check(doc, ctx, options):
    settings = values(doc)
    io_set, network_set = "num.io.threads" in settings, "num.network.threads" in settings
    if not io_set and not network_set:
        return
    defaults = msk_default_threads(ctx.cluster.broker_type, ctx.cluster.tiered) or {}
    io = integer(settings, "num.io.threads") if io_set else defaults.get("num.io.threads")
    network = integer(settings, "num.network.threads") if network_set else defaults.get("num.network.threads")
    if io is None or network is None or network <= io:
        return
    entry = doc.model.get("num.network.threads") or doc.model.get("num.io.threads")
    note = "" if io_set else " (MSK's default)"
    yield Hit.at(
        entry.value_at,
        f"num.network.threads={network} is above num.io.threads={io}{note}: requests queue up",
        f"raise num.io.threads to at least {network} first, or lower num.network.threads",
    )
