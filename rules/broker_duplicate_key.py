"""A key set twice in a configuration: Kafka (like java.util.Properties) keeps the last value silently,
so the earlier line is dead and a reviewer reading it is misled. MSK's CreateConfiguration takes the file
as it is, so the duplicate survives into the cluster's configuration revision."""

from msklint.findings import Hit

CODE = "B002"
NAME = "duplicate-key"
SEVERITY = "warning"
SUMMARY = "property set more than once; only the last value takes effect"
GUIDE = "Custom MSK configurations"
BAD = "num.partitions=3\nnum.partitions=6\n"
GOOD = "num.partitions=6\n"


def check(doc, ctx, options):
    seen = {}
    for entry in doc.model.entries:
        first = seen.setdefault(entry.key, entry)
        if first is not entry:
            yield Hit.at(
                entry,
                f"'{entry.key}' is already set on line {first.line}; this later value wins",
                f"keep one '{entry.key}' line",
            )
