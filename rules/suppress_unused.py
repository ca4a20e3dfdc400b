"""A `# msklint: disable=CODE` comment whose code suppressed nothing: the finding it was written for is
gone (fixed, or moved to another line), so the comment now only hides a future finding. Reported for
enabled codes only; `ALL` is never reported. This rule is about msklint's own comments, so it cites no
section of the guide."""

from msklint.findings import Hit

CODE = "X001"
NAME = "unused-suppression"
SEVERITY = "info"
SUMMARY = "a `# msklint: disable=` comment suppressed nothing"
GUIDE = ""
EXAMPLE_FILE = "server.properties"
BAD = "# msklint: disable=B002\nnum.io.threads=8\n"
GOOD = "num.io.threads=8\n# msklint: disable=B002\nnum.io.threads=8\n"


def check(doc, ctx, options):
    """`doc.model`: the file's suppressions (msklint.suppress.SuppressionReport), each marking what it used."""
    for suppression in doc.model.suppressions:
        for code in suppression.codes:
            if code == "ALL" or code in suppression.used or not doc.model.enabled(code):
                continue
            yield Hit(
                suppression.line,
                suppression.column,
                code,
                f"unused suppression: no {code} finding here",
                "remove the code from the msklint: disable comment",
            )
