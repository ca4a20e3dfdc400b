"""Minimums and ranges that "Custom MSK configurations" states where Kafka's own definition has none:
`socket.receive.buffer.bytes` and `socket.send.buffer.bytes` >= -1 (-1: the OS default), `log.roll.ms` >= 1,
`transactional.id.expiration.ms` >= 1, `log.cleaner.delete.retention.ms` >= 0, `log.flush.interval.ms` >= 0,
`log.cleaner.min.cleanable.ratio` between 0 and 1. Where Kafka's definition already refuses the value, B004
reports it and this rule stays silent. `replica.lag.time.max.ms` (B010) and the ZooKeeper timeouts (B011)
have rules of their own."""

from msklint.broker_config import lookup
from msklint.config_values import problem
from msklint.findings import Hit
from msklint.syntax import is_placeholder
from msklint.topic_config import is_double

CODE = "B005"
NAME = "guide-value-bounds"
SEVERITY = "error"
SUMMARY = "value is outside the range the guide gives for this property"
GUIDE = "Custom MSK configurations"
BAD = "socket.send.buffer.bytes=-2\nlog.roll.ms=0\n"
GOOD = "socket.send.buffer.bytes=-1\nlog.roll.ms=604800000\n"

# (min, max) stated in "Custom MSK configurations"; None for an open end.
GUIDE_BOUNDS = {
    "socket.receive.buffer.bytes": (-1, None),
    "socket.send.buffer.bytes": (-1, None),
    "log.roll.ms": (1, None),
    "transactional.id.expiration.ms": (1, None),
    "log.cleaner.delete.retention.ms": (0, None),
    "log.flush.interval.ms": (0, None),
    "log.cleaner.min.cleanable.ratio": (0, 1),
}


def check(doc, ctx, options):
    for key, (low, high) in GUIDE_BOUNDS.items():
        entry = doc.model.get(key)
        if entry is None or is_placeholder(entry.value) or not is_double(entry.value):
            continue
        if problem(key, entry.value, lookup(key)[1]):
            continue  # B004's
        number = float(entry.value.strip().rstrip("dDfF"))
        if number < low or (high is not None and number > high):
            allowed = f"at least {low}" if high is None else f"between {low} and {high}"
            yield Hit.at(
                entry.value_at,
                f"{key}={entry.value.strip()} is out of range: the guide requires {allowed}",
                f"set '{key}' {allowed}",
            )
