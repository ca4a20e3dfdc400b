"""Typed rule options, declared by each rule module (as yamllint's CONF and cfn-lint's config_definition):

    OPTIONS = {"min": Option(int, 10000, "lowest value MSK accepts")}

The configuration's `[rules.CODE]` tables are checked against these declarations (msklint.config), and
`msklint rule CODE` lists them with types and defaults.
"""

from __future__ import annotations

import re

from msklint.record import record

TYPE_CHECKING = False  # True for type checkers, as typing.TYPE_CHECKING (typing: ~3 ms a run to import)
if TYPE_CHECKING:
    from typing import Any

TYPE_NAMES = {int: "integer", float: "number", bool: "boolean", str: "string", list: "list of strings"}


@record(frozen=True)
class Option:
    type: type  # int, float, bool, str, or list (of strings)
    default: Any  # None: unset (the rule then uses what it knows, e.g. the broker type's limit)
    help: str = ""
    pattern: str | None = None  # for strings: the whole value must match

    @property
    def type_name(self) -> str:
        return TYPE_NAMES[self.type] + (f" matching {self.pattern}" if self.pattern else "")

    @property
    def described(self) -> str:
        return ("an " if self.type is int else "a ") + self.type_name

    def problem(self, value: Any) -> str | None:
        """Why `value` is not a valid value of this option, or None when it is."""
        if self.type is float:
            valid = isinstance(value, (int, float)) and not isinstance(value, bool)
        elif self.type is int:
            valid = isinstance(value, int) and not isinstance(value, bool)
        elif self.type is list:
            valid = isinstance(value, list) and all(isinstance(item, str) for item in value)
        else:
            valid = isinstance(value, self.type)
        if not valid:
            return f"must be {self.described}, got {value!r}"
        if self.pattern and not re.fullmatch(self.pattern, value):
            return f"must be {self.described}, got {value!r}"
        return None
