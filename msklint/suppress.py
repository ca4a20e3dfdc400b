"""Inline suppressions: `# msklint: disable=B001,B002` on the finding's line or alone on the line before,
`# msklint: disable-file=B001` anywhere in the file.

In a Java properties file `#` only starts a comment at the beginning of a line (`key=v # x` is a value
with `# x` in it), so there a suppression must stand on its own line before the property.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from msklint.findings import Finding
from msklint.record import field, record

_DIRECTIVE = re.compile(r"(?:#|//)\s*msklint:\s*(disable|disable-file)\s*=\s*([A-Za-z0-9_,\s-]+)")


@record
class Suppression:
    line: int
    column: int
    codes: tuple[str, ...]
    whole_file: bool
    own_line: bool  # the comment is alone on its line, so it covers the next line too
    used: set[str] = field(factory=set)

    def covers(self, finding: Finding) -> bool:
        if finding.rule not in self.codes and "ALL" not in self.codes:
            return False
        return (
            self.whole_file or finding.line == self.line or (self.own_line and finding.line == self.line + 1)
        )


def parse_suppressions(text: str) -> list[Suppression]:
    if "msklint:" not in text:
        return []
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        match = _DIRECTIVE.search(line)
        if match:
            codes = tuple(code.strip().upper() for code in match.group(2).split(",") if code.strip())
            own_line = line[: match.start()].strip() == ""
            found.append(
                Suppression(number, match.start() + 1, codes, match.group(1) == "disable-file", own_line)
            )
    return found


def apply_suppressions(findings: list[Finding], suppressions: list[Suppression]) -> list[Finding]:
    """Drop suppressed findings; mark which suppressions were used."""
    kept = []
    for finding in findings:
        covering = [s for s in suppressions if s.covers(finding)]
        for suppression in covering:
            suppression.used.add(finding.rule)
        if not covering:
            kept.append(finding)
    return kept


@record
class SuppressionReport:
    """The model of a file's "suppress" document, checked by X001 after the other rules ran."""

    suppressions: list[Suppression]
    enabled: Callable[[str], bool]  # whether a code is enabled in this run
