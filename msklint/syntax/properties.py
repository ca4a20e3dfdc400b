"""Java `.properties` parser with the semantics of `java.util.Properties.load`, keeping positions.

Differences from Java, on purpose: input is decoded as UTF-8 (MSK configuration files are UTF-8 text,
Java's `load(InputStream)` would read ISO-8859-1), and every occurrence of a key is kept so that rules
can report duplicates; `PropertiesFile.get` returns the last one, as Java does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from msklint.findings import InputError, Place

_WHITESPACE = " \t\f"
_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "f": "\f"}


@dataclass(frozen=True, slots=True)
class Property:
    key: str
    value: str
    line: int  # 1-based line of the key
    column: int  # 1-based column of the key's first character
    value_line: int
    value_column: int
    raw_value: str  # the value as written, escapes and continuations included

    @property
    def target(self) -> str:
        """What a finding about the property names (`Hit.at(entry, ...)` reports at its key)."""
        return self.key

    @property
    def value_at(self) -> Place:
        """Where a finding about the property's value goes (`Hit.at(entry.value_at, ...)`)."""
        return Place(self.value_line, self.value_column, self.key)


@dataclass
class PropertiesFile:
    entries: list[Property] = field(default_factory=list)
    comments: list[tuple[int, str]] = field(default_factory=list)  # (line, text after # or !)
    line_offset: int = 0  # for properties embedded in another file (e.g. a CloudFormation template)
    _last: tuple = field(default=(None, 0, {}), init=False, repr=False, compare=False)

    def get(self, key: str) -> Property | None:
        return self.last.get(key)

    @property
    def last(self) -> dict[str, Property]:
        """Key → its effective (last) occurrence (built once per list of entries, not once per lookup: rules
        look up tens of keys, and a hostile file holds 300k entries)."""
        entries, count, last = self._last
        if entries is not self.entries or count != len(self.entries):
            last = {entry.key: entry for entry in self.entries}
            self._last = (self.entries, len(self.entries), last)
        return last

    def value(self, key: str) -> str | None:
        entry = self.get(key)
        return None if entry is None else entry.value


_LINE_BREAK = re.compile(r"\r\n?|\n")


def _natural_lines(text: str) -> list[str]:
    """The lines of text split on \\n, \\r and \\r\\n like Java's LineReader (a last empty line is no line)."""
    lines = _LINE_BREAK.split(text) if "\r" in text else text.split("\n")
    if lines[-1] == "":
        lines.pop()
    return lines


def _ends_with_continuation(line: str) -> bool:
    count = len(line) - len(line.rstrip("\\"))
    return count % 2 == 1


def _unescape(chars: list[tuple[str, int, int]], begin: int, end: int) -> str:
    """Java's loadConvert over chars[begin:end]; each char carries its (line, column) for errors."""
    out = []
    i = begin
    while i < end:
        ch, line, column = chars[i]
        i += 1
        if ch != "\\":
            out.append(ch)
            continue
        if i >= end:  # a lone trailing backslash is dropped, as in Java
            break
        ch = chars[i][0]
        i += 1
        if ch == "u":
            digits = "".join(c for c, _, _ in chars[i : i + 4])
            if len(digits) < 4 or any(d not in "0123456789abcdefABCDEF" for d in digits):
                raise InputError(f"malformed \\uxxxx escape '\\u{digits}'", line, column)
            out.append(chr(int(digits, 16)))
            i += 4
        else:
            out.append(_ESCAPES.get(ch, ch))
    return "".join(out)


def parse_properties(text: str, line_offset: int = 0) -> PropertiesFile:
    result = PropertiesFile(line_offset=line_offset)
    logical: list[tuple[str, int, int]] = []  # characters of the current logical line with positions
    continuing = False
    for number, line in enumerate(_natural_lines(text), 1 + line_offset):
        column = 0
        if continuing:
            while column < len(line) and line[column] in _WHITESPACE:
                column += 1
        else:
            stripped = line.lstrip(_WHITESPACE)
            if not stripped:
                continue
            if stripped[0] in "#!":
                result.comments.append((number, stripped[1:]))
                continue
            column = len(line) - len(stripped)
        if not logical and "\\" not in line:  # the common line: no escape, no continuation
            _add_plain(result, line[column:], number, column + 1)
            continuing = False
            continue
        continuing = _ends_with_continuation(line)
        body = line[column:-1] if continuing else line[column:]
        logical.extend((ch, number, column + 1 + k) for k, ch in enumerate(body))
        if not continuing:
            _add_entry(result, logical)
            logical = []
    if logical:  # file ended inside a continuation
        _add_entry(result, logical)
    return result


_KEY_AND_SEPARATOR = re.compile(r"[^=: \t\f]*([ \t\f]*(?:[=:][ \t\f]*)?)")  # group 1: the separator


def _add_plain(result: PropertiesFile, body: str, line: int, column: int) -> None:
    """`_add_entry` for a line without backslashes, on the string itself (10× faster than per character)."""
    match = _KEY_AND_SEPARATOR.match(body)
    value_start = match.end()
    value = body[value_start:]
    result.entries.append(
        Property(body[: match.start(1)], value, line, column, line, column + value_start, value)
    )


def _add_entry(result: PropertiesFile, chars: list[tuple[str, int, int]]) -> None:
    if not chars:
        return
    length = len(chars)
    key_end = 0
    while key_end < length:
        ch = chars[key_end][0]
        if ch == "\\":
            key_end += 2
            continue
        if ch in "=:" or ch in _WHITESPACE:
            break
        key_end += 1
    key_end = min(key_end, length)
    value_start = key_end
    while value_start < length and chars[value_start][0] in _WHITESPACE:
        value_start += 1
    if value_start < length and chars[value_start][0] in "=:":
        value_start += 1
        while value_start < length and chars[value_start][0] in _WHITESPACE:
            value_start += 1
    key = _unescape(chars, 0, key_end)
    value = _unescape(chars, value_start, length)
    first = chars[0]
    at = chars[value_start] if value_start < length else chars[-1]
    value_column = at[2] if value_start < length else at[2] + 1
    result.entries.append(
        Property(
            key=key,
            value=value,
            line=first[1],
            column=first[2],
            value_line=at[1],
            value_column=value_column,
            raw_value="".join(c for c, _, _ in chars[value_start:]),
        )
    )
