"""The JSON parser msklint had before the regex-driven one (commit aa0a133), kept only as the reference that
tests/test_structured_equivalence.py compares the product's parser with: same trees, positions, pointers,
duplicates and errors."""

from __future__ import annotations

import json
import re
from bisect import bisect_right

from msklint.findings import InputError
from msklint.syntax.structured import DuplicateKey, Node, StructuredFile, child_pointer

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
