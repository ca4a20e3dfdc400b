"""The JSON parser, YAML conversion and properties parser msklint had before the regex-driven JSON parser, the
memoised YAML typing and the split-based properties lines (commit aa0a133), kept only as the reference that
tests/test_structured_equivalence.py compares the product's parsers with: same trees, positions, pointers, tags,
duplicates, entries and errors."""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from typing import Any

from msklint.findings import InputError
from msklint.syntax.collector import collector_paused
from msklint.syntax.properties import _ESCAPES, _WHITESPACE, PropertiesFile, Property
from msklint.syntax.structured import DuplicateKey, Node, StructuredFile, check_alias_expansion, child_pointer

_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?")
_SPACE = re.compile(r"[ \t\n\r]*")


class _JsonParser:
    def __init__(self, text: str):
        self.text = text
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.duplicates: list[DuplicateKey] = []

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1

    def fail(self, message: str, offset: int):
        line, column = self.position(offset)
        raise InputError(f"invalid JSON: {message}", line, column)

    def skip(self, offset: int) -> int:
        return _SPACE.match(self.text, offset).end()

    def parse(self) -> Node:
        offset = self.skip(0)
        if offset >= len(self.text):
            self.fail("the file is empty", offset)
        node, offset = self.value(offset, "")
        offset = self.skip(offset)
        if offset != len(self.text):
            self.fail(
                "extra data after the JSON value"
                + (
                    " (a comma: several values where a JSON file holds one; wrap them in [ ])"
                    if self.text[offset] == ","
                    else ""
                ),
                offset,
            )
        return node

    def value(self, offset: int, pointer: str) -> tuple[Node, int]:
        text = self.text
        if offset >= len(text):
            self.fail("unexpected end of file", offset)
        line, column = self.position(offset)
        ch = text[offset]
        if ch == "{":
            return self.obj(offset, pointer, line, column)
        if ch == "[":
            items: list[Node] = []
            offset = self.skip(offset + 1)
            if text.startswith("]", offset):
                return Node(items, line, column, pointer), offset + 1
            while True:
                item, offset = self.value(self.skip(offset), child_pointer(pointer, len(items)))
                items.append(item)
                offset = self.skip(offset)
                if text.startswith(",", offset):
                    offset = self.skip(offset + 1)
                    continue
                if text.startswith("]", offset):
                    return Node(items, line, column, pointer), offset + 1
                self.fail("expected ',' or ']'", offset)
        if ch == '"':
            string, end = self.string(offset)
            return Node(string, line, column, pointer), end
        for literal, result in (("true", True), ("false", False), ("null", None)):
            if text.startswith(literal, offset):
                return Node(result, line, column, pointer), offset + len(literal)
        match = _NUMBER.match(text, offset)
        if match and match.end() > offset:
            number = match.group()
            is_float = match.group(1) or match.group(2)
            return Node(float(number) if is_float else int(number), line, column, pointer), match.end()
        self.fail(f"unexpected character {ch!r}", offset)

    def string(self, offset: int) -> tuple[str, int]:
        try:
            return json.decoder.scanstring(self.text, offset + 1, True)
        except json.JSONDecodeError as error:
            message = error.msg.lower().removesuffix(" at")
            if message == "invalid control character":  # often a sample whose string was wrapped (PDF copy)
                message = "a line break or control character inside a string"
            self.fail(message, error.pos)

    def obj(self, offset: int, pointer: str, line: int, column: int) -> tuple[Node, int]:
        text = self.text
        members: dict[str, Node] = {}
        offset = self.skip(offset + 1)
        if text.startswith("}", offset):
            return Node(members, line, column, pointer), offset + 1
        while True:
            if not text.startswith('"', offset):
                self.fail("expected a property name in double quotes", offset)
            key_line, key_column = self.position(offset)
            key, offset = self.string(offset)
            offset = self.skip(offset)
            if not text.startswith(":", offset):
                self.fail("expected ':' after the property name", offset)
            child, offset = self.value(self.skip(offset + 1), child_pointer(pointer, key))
            child.key_line, child.key_column = key_line, key_column
            if key in members:
                first = members[key]
                self.duplicates.append(DuplicateKey(key, pointer, key_line, key_column, first.key_line))
            members[key] = child
            offset = self.skip(offset)
            if text.startswith(",", offset):
                offset = self.skip(offset + 1)
                continue
            if text.startswith("}", offset):
                return Node(members, line, column, pointer), offset + 1
            self.fail("expected ',' or '}'", offset)


def parse_json(text: str) -> StructuredFile:
    parser = _JsonParser(text)
    try:
        root = parser.parse()
    except RecursionError:
        raise InputError("invalid JSON: nested too deeply") from None
    return StructuredFile([root], parser.duplicates)


_YAML_TYPED_TAGS = (
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
)


def _yaml_scalar(node, constructor) -> Any:
    """A plain scalar typed by PyYAML's own YAML 1.1 rules (0x1F, 1_000, yes/no, ~, .inf)."""
    if node.tag not in _YAML_TYPED_TAGS:
        return node.value
    return constructor.yaml_constructors[node.tag](constructor, node)


def parse_yaml(text: str) -> StructuredFile:
    import yaml

    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    duplicates: list[DuplicateKey] = []
    constructor = yaml.constructor.SafeConstructor()

    def convert(node, pointer: str) -> Node:
        line, column = node.start_mark.line + 1, node.start_mark.column + 1
        tag = node.tag if node.tag and node.tag.startswith("!") else None
        if isinstance(node, yaml.MappingNode):
            members: dict[str, Node] = {}
            for key_node, value_node in node.value:
                key = (
                    key_node.value
                    if isinstance(key_node, yaml.ScalarNode)
                    else "?"  # keys stay text, as in JSON
                )
                child = convert(value_node, child_pointer(pointer, key))
                child.key_line, child.key_column = (
                    key_node.start_mark.line + 1,
                    key_node.start_mark.column + 1,
                )
                if key in members:
                    duplicates.append(
                        DuplicateKey(key, pointer, child.key_line, child.key_column, members[key].key_line)
                    )
                members[key] = child
            return Node(members, line, column, pointer, tag)
        if isinstance(node, yaml.SequenceNode):
            items = [convert(item, child_pointer(pointer, i)) for i, item in enumerate(node.value)]
            return Node(items, line, column, pointer, tag)
        value = node.value if tag else _yaml_scalar(node, constructor)
        return Node(value, line, column, pointer, tag)

    try:
        with collector_paused():
            composed = [doc for doc in yaml.compose_all(text, Loader=loader_class) if doc is not None]
            if "&" in text:  # without an anchor there is no alias
                for doc in composed:
                    check_alias_expansion(doc, yaml)
            documents = [convert(doc, "") for doc in composed]
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = error.problem or error.context or "cannot parse"
        raise InputError(
            f"invalid YAML: {problem}", mark.line + 1 if mark else 0, mark.column + 1 if mark else 0
        ) from None
    except yaml.YAMLError as error:
        raise InputError(f"invalid YAML: {str(error).splitlines()[0]}") from None
    except RecursionError:
        raise InputError("invalid YAML: nested too deeply") from None
    return StructuredFile(documents, duplicates)


# ---------------------------------------------------------------- properties


def _natural_lines(text: str):
    """Yield (line_number, line_text) splitting on \\n, \\r and \\r\\n like Java's LineReader."""
    number, start, length = 1, 0, len(text)
    i = 0
    while i < length:
        ch = text[i]
        if ch == "\n" or ch == "\r":
            yield number, text[start:i]
            if ch == "\r" and i + 1 < length and text[i + 1] == "\n":
                i += 1
            number += 1
            start = i + 1
        i += 1
    if start < length:
        yield number, text[start:]


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
    for number, line in _natural_lines(text):
        number += line_offset
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


_KEY_END = re.compile(r"[=: \t\f]")
_SEPARATOR = re.compile(r"[ \t\f]*(?:[=:][ \t\f]*)?")


def _add_plain(result: PropertiesFile, body: str, line: int, column: int) -> None:
    """`_add_entry` for a line without backslashes, on the string itself (10× faster than per character)."""
    end = _KEY_END.search(body)
    key_end = end.start() if end else len(body)
    value_start = _SEPARATOR.match(body, key_end).end()
    value = body[value_start:]
    result.entries.append(Property(body[:key_end], value, line, column, line, column + value_start, value))


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
