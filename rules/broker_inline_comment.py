"""Java properties files have no trailing comments: `#` and `!` start a comment only as the first
non-blank character of a line. In `log.retention.hours=168 # one week` the value Kafka reads is
`168 # one week`, which is not a number, so MSK refuses the configuration; for a string property the text
after `#` silently becomes part of the value. (The guide's own samples put comments on lines of their own.)"""

from msklint.findings import Hit

CODE = "B007"
NAME = "inline-comment"
SEVERITY = "warning"
SUMMARY = "'#' after a value is part of the value, not a comment"
GUIDE = "Custom MSK configurations"
BAD = "log.retention.hours=168 # one week\n"
GOOD = "# one week\nlog.retention.hours=168\n"


def check(doc, ctx, options):
    for key, entry in doc.model.last.items():
        if " #" in entry.value or "\t#" in entry.value:
            yield Hit.at(
                entry.value_at,
                f"the value of '{key}' is '{entry.value.strip()}': '#' does not start a comment after a value",
                "move the comment to a line of its own",
            )
