"""JSON and YAML loading into a tree of `Node`s that keep line, column and JSON pointer.

JSON parsers keep the last of duplicate keys silently; this one records every duplicate so rules can
report it. YAML tags (CloudFormation short forms such as `!Sub`, `!Ref`) are kept on the node, never
constructed, so templates load without a custom constructor.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass

from msklint.findings import InputError
from msklint.record import field, record
from msklint.syntax.collector import collector_paused

TYPE_CHECKING = False  # True for type checkers, as typing.TYPE_CHECKING (typing: ~3 ms a run to import)
if TYPE_CHECKING:
    from typing import Any


# Still a dataclass: readers copy nodes with dataclasses.replace (see msklint.record).
@dataclass(slots=True)
class Node:
    value: Any  # dict[str, Node] | list[Node] | str | int | float | bool | None
    line: int
    column: int
    pointer: str
    tag: str | None = None  # YAML local tag such as "!Sub"; None for JSON and plain YAML
    key_line: int = 0  # position of the mapping key that holds this node (0 for the root / list items)
    key_column: int = 0
    origin: str = ""  # the file that set this value when it is not the document's own (a tfvars file)
    why: str = ""  # for a value not known statically (tag "unknown"): variable, intrinsic, computed, ...

    def get(self, key: str, default: Node | None = None) -> Node | None:
        return self.value.get(key, default) if isinstance(self.value, dict) else default

    def items(self):
        return self.value.items() if isinstance(self.value, dict) else ()

    def elements(self) -> list[Node]:
        """The node as a list: a list's items, a scalar or mapping as a one-element list."""
        return self.value if isinstance(self.value, list) else [self]

    def plain(self) -> Any:
        """The value as ordinary Python data, positions dropped."""
        if isinstance(self.value, dict):
            return {key: child.plain() for key, child in self.value.items()}
        if isinstance(self.value, list):
            return [child.plain() for child in self.value]
        return self.value

    def at(self, pointer: str) -> Node | None:
        """The node at a JSON pointer relative to this one."""
        node: Node | None = self
        for part in [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]:
            if node is None:
                return None
            if isinstance(node.value, dict):
                node = node.value.get(part)
            elif isinstance(node.value, list) and part.isdigit() and int(part) < len(node.value):
                node = node.value[int(part)]
            else:
                return None
        return node


@record(frozen=True)
class DuplicateKey:
    key: str
    pointer: str  # pointer of the mapping holding the key
    line: int
    column: int
    first_line: int


@record
class StructuredFile:
    documents: list[Node]  # one for JSON, one per `---` document for YAML
    duplicates: list[DuplicateKey] = field(factory=list)


def child_pointer(pointer: str, key: str | int) -> str:
    return f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}"


# ---------------------------------------------------------------- JSON


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


# ---------------------------------------------------------------- YAML

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


MAX_ALIAS_NODES = 100_000  # nodes that aliases may add to a YAML document when expanded


def check_alias_expansion(root, yaml) -> None:
    """Refuse a YAML document whose aliases would add more than MAX_ALIAS_NODES nodes ("billion laughs")
    or refer to a node that contains them, without expanding it: the composed graph is walked once, each
    shared node's expanded size memoised. The error names the line of the alias that crosses the bound."""
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        children = []
        if isinstance(node, yaml.SequenceNode):
            children = node.value
        elif isinstance(node, yaml.MappingNode):
            children = [part for pair in node.value for part in pair]
        if done:
            open_nodes.discard(key)
            total = 1
            for child in children:
                total += sizes[id(child)]
                if total > len(sizes) + MAX_ALIAS_NODES:
                    mark = child.start_mark
                    raise InputError(
                        f"YAML aliases expand to more than {MAX_ALIAS_NODES:,} extra nodes (an alias bomb?); "
                        "msklint does not expand them",
                        mark.line + 1,
                        mark.column + 1,
                    )
            sizes[key] = total
        elif key not in sizes:
            if key in open_nodes:
                mark = node.start_mark
                raise InputError(
                    "YAML alias refers to the node that contains it", mark.line + 1, mark.column + 1
                )
            open_nodes.add(key)
            stack.append((node, True))
            stack.extend((child, False) for child in children if id(child) not in sizes)
