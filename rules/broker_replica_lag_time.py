"""MSK accepts `replica.lag.time.max.ms` only between 10000 and 30000 ("Custom MSK configurations":
MinValue 10000, MaxValue 30000). Outside that range CreateConfiguration/UpdateConfiguration is refused."""

from msklint.findings import Hit
from msklint.options import Option

CODE = "B010"
NAME = "replica-lag-time-bounds"
SEVERITY = "error"
SUMMARY = "replica.lag.time.max.ms must be between 10000 and 30000"
GUIDE = "Custom MSK configurations"
OPTIONS = {
    "min": Option(int, 10000, "lowest value MSK accepts"),
    "max": Option(int, 30000, "highest value MSK accepts"),
}
BAD = "replica.lag.time.max.ms=5000\n"
GOOD = "replica.lag.time.max.ms=30000\n"


def check(doc, ctx, options):
    entry = doc.model.get("replica.lag.time.max.ms")
    if entry is None:
        return
    try:
        value = int(entry.value)
    except ValueError:
        return  # the type rule reports it
    if not options["min"] <= value <= options["max"]:
        yield Hit.at(
            entry.value_at,
            f"replica.lag.time.max.ms={value} is outside MSK's range {options['min']}..{options['max']}",
            f"set a value between {options['min']} and {options['max']} (MSK's default is 30000)",
        )
