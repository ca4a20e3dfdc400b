"""Thread counts for the broker size ("Optimize cluster throughput for m5.4xl, m7g.4xl or larger
instances"): more I/O threads help "up to the number of CPU cores supported for the instance size", and
network threads at "half the number of CPU cores" allow full use of the instance. The recommended settings
table gives, for m5/m7g 4xlarge and larger, num.io.threads = vCPUs and num.network.threads = vCPUs / 2
(msklint.msk.recommended_threads).

Reported for those sizes only, where the guide gives numbers: a value above the recommendation (more
threads than cores to run them) as a warning, a value set below it as info (throughput left unused). Needs
the broker size; silent without it or below 4xlarge."""

from msklint.broker_config import integer, values
from msklint.findings import Hit
from msklint.msk import recommended_threads

CODE = "B031"
NAME = "threads-for-broker-size"
SEVERITY = "warning"
SUMMARY = "thread counts differ from the guide's recommendation for the broker size"
GUIDE = "Optimize cluster throughput for m5.4xl, m7g.4xl or larger instances"
BAD = "# msklint check --broker-type kafka.m5.4xlarge\nnum.io.threads=32\nnum.network.threads=16\n"
GOOD = "# msklint check --broker-type kafka.m5.4xlarge\nnum.io.threads=16\nnum.network.threads=8\n"


def check(doc, ctx, options):
    size = ctx.cluster.broker_type
    recommended = recommended_threads(size or "")
    if recommended is None:
        return
    settings = values(doc)
    for key, wanted in zip(("num.io.threads", "num.network.threads"), recommended, strict=True):
        value = integer(settings, key)
        if value is None or value == wanted:
            continue
        entry = doc.model.get(key)
        if value > wanted:
            message = f"{key}={value} is above the {wanted} the guide recommends for {size}: more threads than cores"
        else:
            message = f"{key}={value} is below the {wanted} the guide recommends for {size}"
        yield Hit.at(
            entry.value_at,
            message,
            f"set {key}={wanted}",
            severity=None if value > wanted else "info",
        )
