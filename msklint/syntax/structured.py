"""JSON and YAML loading into a tree of `Node`s that keep line, column and JSON pointer.

JSON parsers keep the last of duplicate keys silently; this one records every duplicate so rules can
report it. YAML tags (CloudFormation short forms such as `!Sub`, `!Ref`) are kept on the node, never
constructed, so templates load without a custom constructor.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate
from typing import Any

from msklint.findings import InputError
from msklint.syntax.collector import collector_paused


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


@dataclass(frozen=True, slots=True)
class DuplicateKey:
    key: str
    pointer: str  # pointer of the mapping holding the key
    line: int
    column: int
    first_line: int


@dataclass
class StructuredFile:
    documents: list[Node]  # one for JSON, one per `---` document for YAML
    duplicates: list[DuplicateKey] = field(default_factory=list)


def child_pointer(pointer: str, key: str | int) -> str:
    return f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}"


# ---------------------------------------------------------------- JSON

# One regex match per step of the grammar, whitespace included: the root value, or an open container's next
# member (`, "key": value`) or item, or its closing bracket. A string with escapes and every error take the
# slow path (`_JsonSlow`), which reads the same step piece by piece and says what is wrong where.
_WS = r"[ \t\n\r]*"
_VALUE_GROUPS = (  # one group per kind of value: string without escapes, {, [, float, int, true, false, null
    r'(?:"([^"\\\x00-\x1f]*)"|(\{)|(\[)|(-?(?:0|[1-9]\d*)(?:\.\d+(?:[eE][-+]?\d+)?|[eE][-+]?\d+))'
    r"|(-?(?:0|[1-9]\d*))|(true)|(false)|(null))"
)
_STRING, _OBJECT, _ARRAY, _FLOAT, _INT, _TRUE, _FALSE, _NULL = range(1, 9)
_LITERALS = {_TRUE: True, _FALSE: False, _NULL: None}
_KEY = r'"([^"\\\x00-\x1f]*)"' + _WS + ":" + _WS


@cache
def _json_steps() -> tuple:
    """The compiled steps, on first use (2 ms: a YAML run does not need them). In order: the root value (its kind is
    the match's lastindex); an object's first and next member (group 1 `}`, group 2 the key, the value's kind is
    lastindex - 2); an array's first and next item (group 1 `]`, the value's kind is lastindex - 1); whitespace."""
    return tuple(
        re.compile(pattern).match
        for pattern in (
            _WS + _VALUE_GROUPS,
            _WS + r"(?:(\})|" + _KEY + _VALUE_GROUPS + ")",
            _WS + r"(?:(\})|," + _WS + _KEY + _VALUE_GROUPS + ")",
            _WS + r"(?:(\])|" + _VALUE_GROUPS + ")",
            _WS + r"(?:(\])|," + _WS + _VALUE_GROUPS + ")",
            _WS,
        )
    )


MAX_JSON_DEPTH = 400  # open arrays and objects; a deeper document is refused (rules walk trees recursively)


class _Step:
    """A step read by the slow path, with the interface of the fast path's match: lastindex, group, start, end."""

    __slots__ = ("groups", "lastindex", "starts", "stop")

    def __init__(self, groups: dict, starts: dict):
        self.lastindex, self.groups, self.starts, self.stop = 0, groups, starts, 0

    def group(self, index: int):
        return self.groups[index]

    def start(self, index: int) -> int:
        return self.starts[index]

    def end(self) -> int:
        return self.stop


class _JsonSlow:
    """The rare steps: strings with escapes, and errors with their message and position."""

    def __init__(self, text: str, line_starts: list[int], steps: tuple):
        self.text = text
        self.line_starts = line_starts
        self.value_at, self.space_at = steps[0], steps[5]

    def fail(self, message: str, offset: int):
        line = bisect_right(self.line_starts, offset)
        raise InputError(f"invalid JSON: {message}", line, offset - self.line_starts[line - 1] + 1)

    def skip(self, offset: int) -> int:
        return self.space_at(self.text, offset).end()

    def string(self, offset: int) -> tuple[str, int]:
        try:
            return json.decoder.scanstring(self.text, offset + 1, True)
        except json.JSONDecodeError as error:
            message = error.msg.lower().removesuffix(" at")
            if message == "invalid control character":  # often a sample whose string was wrapped (PDF copy)
                message = "a line break or control character inside a string"
            self.fail(message, error.pos)

    def value(self, offset: int, step: _Step, base: int) -> _Step:
        """The value at offset (after whitespace) into step, as group base + its kind."""
        text = self.text
        if offset >= len(text):
            self.fail("unexpected end of file", offset)
        match = self.value_at(text, offset)
        if match:
            kind = match.lastindex
            value, start, end = match.group(kind), match.start(kind), match.end()
        elif text[offset] == '"':
            kind, start = _STRING, offset + 1
            value, end = self.string(offset)
        else:
            self.fail(f"unexpected character {text[offset]!r}", offset)
        step.lastindex, step.stop = base + kind, end
        step.groups[base + kind], step.starts[base + kind] = value, start
        return step

    def root(self) -> _Step:
        offset = self.skip(0)
        if offset >= len(self.text):
            self.fail("the file is empty", offset)
        return self.value(offset, _Step({}, {}), 0)

    def member(self, offset: int, first: bool) -> _Step:
        text = self.text
        offset = self.skip(offset)
        if not first:
            if not text.startswith(",", offset):
                self.fail("expected ',' or '}'", offset)
            offset = self.skip(offset + 1)
        if not text.startswith('"', offset):
            self.fail("expected a property name in double quotes", offset)
        key, end = self.string(offset)
        end = self.skip(end)
        if not text.startswith(":", end):
            self.fail("expected ':' after the property name", end)
        return self.value(self.skip(end + 1), _Step({2: key}, {2: offset + 1}), 2)

    def item(self, offset: int, first: bool) -> _Step:
        offset = self.skip(offset)
        if not first:
            if not self.text.startswith(",", offset):
                self.fail("expected ',' or ']'", offset)
            offset = self.skip(offset + 1)
        return self.value(offset, _Step({}, {}), 1)

    def end(self, offset: int) -> None:
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


def parse_json(text: str) -> StructuredFile:
    """One loop over the steps, the open containers on a stack (no recursion, so no depth crash)."""
    line_starts = list(accumulate(map((1).__add__, map(len, text.split("\n"))), initial=0))
    steps = _json_steps()
    root_at, member_first, member_next, item_first, item_next = steps[:5]
    slow = _JsonSlow(text, line_starts, steps)
    duplicates: list[DuplicateKey] = []
    stack: list[tuple] = []  # the enclosing containers' state, as below
    holder: Node | None = None  # the open container's node, its key in its parent, its members or items
    holder_key: str | None = None
    members: Any = None  # dict, list, or None at the root
    base = 0  # group numbers of the step's value = base + its kind: 0 root, 1 array, 2 object
    match = root_at(text, 0) or slow.root()
    with collector_paused():  # as for YAML: the collector would walk the growing tree
        while True:
            index = match.lastindex
            if index == 1 and base:  # `}` or `]`: the open container is complete, a value of its parent
                node, key = holder, holder_key
                holder, holder_key, members, base = stack.pop()
            else:
                start = match.start(index)
                line = bisect_right(line_starts, start)
                line_start = line_starts[line - 1]
                column = start - line_start + 1
                if base == 2:
                    key = match.group(2)
                    start = match.start(2) - 1
                    if start >= line_start:  # the key on the value's line
                        key_line, key_column = line, start - line_start + 1
                    else:
                        key_line = bisect_right(line_starts, start)
                        key_column = start - line_starts[key_line - 1] + 1
                    pointer = f"{holder.pointer}/{key.replace('~', '~0').replace('/', '~1')}"
                else:
                    key_line = key_column = 0
                    pointer = f"{holder.pointer}/{len(members)}" if base else ""
                kind = index - base
                if kind == _STRING:
                    node = Node(match.group(index), line, column - 1, pointer, None, key_line, key_column)
                elif kind == _INT:
                    try:
                        number = int(match.group(index))
                    except ValueError:  # more digits than sys.get_int_max_str_digits() (4300)
                        slow.fail(
                            f"a number too long to read ({len(match.group(index)):,} characters)",
                            match.start(index),
                        )
                    node = Node(number, line, column, pointer, None, key_line, key_column)
                elif kind == _FLOAT:
                    node = Node(float(match.group(index)), line, column, pointer, None, key_line, key_column)
                elif kind >= _TRUE:
                    node = Node(_LITERALS[kind], line, column, pointer, None, key_line, key_column)
                else:  # `{` or `[`: its members or items follow
                    if len(stack) >= MAX_JSON_DEPTH:
                        raise InputError("invalid JSON: nested too deeply")
                    stack.append((holder, holder_key, members, base))
                    members = {} if kind == _OBJECT else []
                    holder = Node(members, line, column, pointer, None, key_line, key_column)
                    holder_key = key if base == 2 else None
                    offset = match.end()
                    if kind == _OBJECT:
                        base, match = 2, member_first(text, offset) or slow.member(offset, True)
                    else:
                        base, match = 1, item_first(text, offset) or slow.item(offset, True)
                    continue
            offset = match.end()
            if base == 2:
                first = members.get(key)
                if first is not None:
                    duplicates.append(
                        DuplicateKey(key, holder.pointer, node.key_line, node.key_column, first.key_line)
                    )
                members[key] = node
                match = member_next(text, offset) or slow.member(offset, False)
            elif base:
                members.append(node)
                match = item_next(text, offset) or slow.item(offset, False)
            else:
                slow.end(offset)
                return StructuredFile([node], duplicates)


# ---------------------------------------------------------------- YAML

_YAML_TYPED_TAGS = (
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
)
_YAML_MEMO = 20_000  # entries per memo below; only values up to 64 characters are memoised


@cache
def _yaml_loader() -> tuple:
    """The C loader (PyYAML's pure-Python one without libyaml) with YAML 1.1 implicit typing memoised per plain
    scalar (`resolve` tries up to four regexes on each), and the typed scalars' constructed values (ints, floats,
    booleans, null: immutable) memoised per text; the path resolvers, unused by SafeLoader, are skipped."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    assert not base.yaml_path_resolvers  # descend/ascend_resolver below do nothing only then
    implicit_tag = base.resolve
    resolved: dict[str, str] = {}
    defaults = {
        yaml.ScalarNode: base.DEFAULT_SCALAR_TAG,
        yaml.SequenceNode: base.DEFAULT_SEQUENCE_TAG,
        yaml.MappingNode: base.DEFAULT_MAPPING_TAG,
    }

    class Loader(base):
        def descend_resolver(self, current_node, current_index):
            pass

        def ascend_resolver(self):
            pass

        def resolve(self, kind, value, implicit):
            if kind is not yaml.ScalarNode or not implicit[0]:
                return defaults[kind]
            tag = resolved.get(value)
            if tag is None:
                tag = implicit_tag(self, kind, value, implicit)
                if len(value) <= 64 and len(resolved) < _YAML_MEMO:
                    resolved[value] = tag
            return tag

    typed: dict[str, dict] = {tag: {} for tag in _YAML_TYPED_TAGS}  # tag → text → value
    return yaml, Loader, typed


def parse_yaml(text: str) -> StructuredFile:
    yaml, loader_class, typed = _yaml_loader()
    duplicates: list[DuplicateKey] = []
    constructor = yaml.constructor.SafeConstructor()
    constructors = constructor.yaml_constructors
    sequence_node, scalar_node = yaml.SequenceNode, yaml.ScalarNode  # or else a yaml.MappingNode
    missing = object()

    def convert(node, pointer: str) -> Node:
        mark = node.start_mark
        tag = node.tag
        local = tag if tag and tag.startswith("!") else None
        if isinstance(node, scalar_node):
            value = node.value
            # a plain scalar typed by PyYAML's YAML 1.1 rules (0x1F, 1_000, yes/no, ~, .inf), or !!int etc.
            values = typed.get(tag)
            if values is not None:
                constructed = values.get(value, missing)
                if constructed is missing:
                    try:
                        constructed = constructors[tag](constructor, node)
                    except (ValueError, KeyError, IndexError):  # `!!int null`, `!!bool maybe`, 5,000 digits
                        shown = (
                            repr(value)
                            if len(value) <= 40
                            else f"{value[:40]!r}… ({len(value):,} characters)"
                        )
                        message = f"invalid YAML: {shown} is not a valid !!{tag.rpartition(':')[2]}"
                        raise InputError(message, mark.line + 1, mark.column + 1) from None
                    if len(value) <= 64 and len(values) < _YAML_MEMO:
                        values[value] = constructed
                value = constructed
            return Node(value, mark.line + 1, mark.column + 1, pointer, local)
        if isinstance(node, sequence_node):
            items = [convert(item, f"{pointer}/{i}") for i, item in enumerate(node.value)]
            return Node(items, mark.line + 1, mark.column + 1, pointer, local)
        members: dict[str, Node] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, scalar_node) else "?"  # keys stay text, as in JSON
            child = convert(value_node, f"{pointer}/{key.replace('~', '~0').replace('/', '~1')}")
            key_mark = key_node.start_mark
            child.key_line, child.key_column = key_mark.line + 1, key_mark.column + 1
            first = members.get(key)
            if first is not None:
                duplicates.append(
                    DuplicateKey(key, pointer, child.key_line, child.key_column, first.key_line)
                )
            members[key] = child
        return Node(members, mark.line + 1, mark.column + 1, pointer, local)

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
