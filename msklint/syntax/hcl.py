"""Terraform HCL into `Node` trees with positions, through python-hcl2's parse tree.

Each top-level block becomes an `HclBlock` (type, labels, body). A body is a mapping Node: attributes map
to their value; nested blocks map to a list Node of bodies (several `ebs_volume {}` blocks stay apart).
Values that Terraform computes (references, interpolated strings, function calls other than
`jsonencode`) become unknown Nodes (`msklint.syntax.unknown`) holding the source text, unless a `Scope` is
given: then `var.*`, `local.*` and static expressions (templates, `concat`, `length`, `lookup`, conditionals
on known values, ...) are evaluated, see `msklint.syntax.expressions` and `msklint.forms.terraform`. `jsonencode({...})` becomes the object
itself, tagged "jsonencode".

Identifiers may hold Unicode letters (`lab-с` with a Cyrillic letter), as Terraform's own parser accepts:
python-hcl2's grammar is used with its NAME terminal widened (`_parser`). Heredocs become their text, tagged
"heredoc", with `line` set to the heredoc's first content line so embedded files keep their line numbers.
"""

from __future__ import annotations

import re
from functools import lru_cache

from msklint.findings import InputError
from msklint.record import field, record
from msklint.syntax import COMPUTED, REFERENCE, UNKNOWN, VARIABLE, is_unknown, unknown
from msklint.syntax.collector import collector_paused
from msklint.syntax.structured import Node, child_pointer

TYPE_CHECKING = False  # True for type checkers, as typing.TYPE_CHECKING (typing: ~3 ms a run to import)
if TYPE_CHECKING:
    from typing import Any

_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}
_HEREDOC = re.compile(r"<<(-?)([A-Za-z_][\w-]*)[ \t]*\r?\n(.*?)^[ \t]*\2[ \t]*\r?$", re.S | re.M)


@record
class HclBlock:
    type: str  # "resource", "data", "module", "variable", ...
    labels: tuple[str, ...]  # ("aws_msk_cluster", "this")
    body: Node
    line: int
    column: int


@record
class HclFile:
    blocks: list[HclBlock]
    attributes: dict[str, Node] = field(factory=dict)  # top-level `name = value` (tfvars files)
    tree: Any = None  # the parse tree, to convert again with a scope
    text: str = ""

    def resources(self, *types: str, block_type: str = "resource"):
        """(resource type, name, body) for every block of the given resource types."""
        for block in self.blocks:
            if block.type == block_type and len(block.labels) == 2 and block.labels[0] in types:
                yield block.labels[0], block.labels[1], block.body


@lru_cache(maxsize=1)
def _parser():
    """python-hcl2's LALR parser, its identifiers widened to Unicode letters (HCL's spec: ID_Start), built at
    development time by tools/gen_hcl_parser.py: loading it takes tens of ms, building it from the grammar
    ~400 ms, and neither lark nor python-hcl2 is needed to run."""
    from msklint.syntax._hcl_lark import parser

    return parser()


# The LALR parser reads ~250 KB of HCL per second of CPU (linearly since the collector is paused while
# parsing), and msklint's Terraform layers and rules take as long again: a 115 KB file of 1,000 resources
# takes ~2 s, so this bound keeps any .tf file well inside issue 15's 10 s. Real Terraform files are far
# smaller (the largest of the corpora: under 20 KB).
MAX_HCL_BYTES = 128 * 1024


def parse_hcl(text: str, scope: Scope | None = None) -> HclFile:
    from msklint.syntax._hcl_lark import LarkError

    size = len(text.encode("utf-8"))
    if size > MAX_HCL_BYTES:
        raise InputError(
            f"Terraform file too large for the HCL parser ({size} bytes; msklint reads at most {MAX_HCL_BYTES}"
            " per .tf file: split it, or lint `terraform show -json` output)"
        )

    try:
        with collector_paused():
            tree = _parser().parse(
                text + "\n"
            )  # python-hcl2 appends one too: its grammar needs a last newline
    except LarkError as error:
        line = getattr(error, "line", 0) or 0
        column = getattr(error, "column", 0) or 0
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise InputError(f"invalid HCL: {first}", max(line, 0), max(column, 0)) from None
    except RecursionError:
        raise InputError("invalid HCL: nested too deeply") from None
    return convert(tree, text, scope)


def convert(tree, text: str, scope: Scope | None = None) -> HclFile:
    """The parse tree as an HclFile; with a scope, static expressions are evaluated."""
    try:
        with collector_paused():
            return _Converter(text, scope).file(tree)
    except RecursionError:
        raise InputError("invalid HCL: nested too deeply") from None


class Scope:
    """What `var.NAME`, `local.NAME` (and other roots) stand for while converting: `lookup(root, name)`
    returns the value's Node (positioned where it was set), an unknown Node, or None when not known."""

    def lookup(self, root: str, name: str, at: Node) -> Node | None:
        return None


class _Converter:
    def __init__(self, text: str, scope: Scope | None = None):
        self.text = text
        self.scope = scope

    unescape = staticmethod(lambda text: _unescape(text))

    def source(self, tree) -> str:
        return self.text[tree.meta.start_pos : tree.meta.end_pos]

    def file(self, tree) -> HclFile:
        body = next(child for child in tree.children if _data(child) == "body")
        blocks = []
        attributes = {}
        for child in body.children:
            if _data(child) == "attribute":
                key = self.name(child.children[0])
                value = self.value(child.children[-1], "/" + key)
                value.key_line, value.key_column = child.meta.line, child.meta.column
                attributes[key] = value
            elif _data(child) == "block":
                block_type, labels, inner = self.block_parts(child)
                pointer = "/" + "/".join([block_type, *labels])
                blocks.append(
                    HclBlock(
                        block_type, labels, self.body(inner, pointer), child.meta.line, child.meta.column
                    )
                )
        return HclFile(blocks, attributes, tree, self.text)

    def block_parts(self, tree):
        children = [c for c in tree.children if hasattr(c, "data")]
        block_type = self.name(children[0])
        labels = tuple(self.label(c) for c in children[1:] if _data(c) in ("string", "identifier"))
        inner = next((c for c in children if _data(c) == "body"), None)
        return block_type, labels, inner

    def name(self, tree) -> str:
        return str(tree.children[0])

    def label(self, tree) -> str:
        return self.name(tree) if _data(tree) == "identifier" else self.string_value(tree)[0]

    def body(self, tree, pointer: str) -> Node:
        members: dict[str, Node] = {}
        line = tree.meta.line if tree is not None and not tree.meta.empty else 0
        column = tree.meta.column if tree is not None and not tree.meta.empty else 0
        node = Node(members, line, column, pointer)
        if tree is None:
            return node
        for child in tree.children:
            kind = _data(child)
            if kind == "attribute":
                key = self.name(child.children[0])
                value = self.value(child.children[-1], child_pointer(pointer, key))
                value.key_line, value.key_column = child.meta.line, child.meta.column
                members[key] = value
            elif kind == "block":
                block_type, labels, inner = self.block_parts(child)
                holder = members.setdefault(
                    block_type,
                    Node([], child.meta.line, child.meta.column, child_pointer(pointer, block_type)),
                )
                holder.key_line, holder.key_column = holder.line, holder.column
                inner_pointer = child_pointer(holder.pointer, len(holder.value))
                body = self.body(inner, inner_pointer)
                body.line, body.column = child.meta.line, child.meta.column
                if labels:
                    body.value["__labels__"] = Node(list(labels), child.meta.line, child.meta.column, "")
                holder.value.append(body)
        return node

    def value(self, tree, pointer: str) -> Node:
        kind = _data(tree)
        if kind == "expr_term" and len(tree.children) == 1 and hasattr(tree.children[0], "data"):
            return self.value(tree.children[0], pointer)
        line, column = tree.meta.line, tree.meta.column
        if kind == "string":
            text, computed = self.string_value(tree)
            if computed:
                return self.expression(tree, pointer)
            return Node(text, line, column, pointer)
        if kind == "int_lit":
            return Node(int(str(tree.children[0])), line, column, pointer)
        if kind == "float_lit":
            return Node(float(str(tree.children[0])), line, column, pointer)
        if kind == "literal_value":
            token = str(tree.children[0])
            return Node({"true": True, "false": False, "null": None}.get(token, token), line, column, pointer)
        if kind == "unary_op" and str(tree.children[0]) == "-":
            inner = self.value(tree.children[1], pointer)
            if (
                isinstance(inner.value, int | float)
                and not isinstance(inner.value, bool)
                and inner.tag is None
            ):
                return Node(-inner.value, line, column, pointer)
        if kind == "tuple":
            items = [c for c in tree.children if hasattr(c, "data") and _data(c) != "new_line_or_comment"]
            return Node(
                [self.value(item, child_pointer(pointer, i)) for i, item in enumerate(items)],
                line,
                column,
                pointer,
            )
        if kind == "object":
            members: dict[str, Node] = {}
            for element in (c for c in tree.children if _data(c) == "object_elem"):
                parts = [c for c in element.children if hasattr(c, "data")]
                key = self.object_key(parts[0])
                value = self.value(parts[-1], child_pointer(pointer, key))
                value.key_line, value.key_column = element.meta.line, element.meta.column
                members[key] = value
            return Node(members, line, column, pointer)
        if kind in ("heredoc_template", "heredoc_template_trim"):
            return self.heredoc(tree, pointer)
        if kind == "function_call":
            parts = [c for c in tree.children if hasattr(c, "data")]
            if self.name(parts[0]) == "jsonencode" and len(parts) > 1:
                arguments = [c for c in parts[1].children if hasattr(c, "data")]
                if len(arguments) == 1:
                    node = self.value(arguments[0], pointer)
                    if not is_unknown(node):
                        node.tag = node.tag or "jsonencode"
                    return node
        return self.expression(tree, pointer)

    def expression(self, tree, pointer: str) -> Node:
        """A computed value: evaluated when a scope is given and everything it uses is known."""
        if self.scope is not None:
            from msklint.syntax.expressions import evaluate

            node = evaluate(self, tree, pointer)
            if node is not None:
                return node
        source = self.source(tree)
        why = VARIABLE if source.lstrip('"${ ').startswith(("var.", "local.")) else COMPUTED
        if why == COMPUTED and re.match(r"^\$?\{?\s*(aws_|data\.|module\.)", source):
            why = REFERENCE
        return Node(source, tree.meta.line, tree.meta.column, pointer, UNKNOWN, why=why)

    def object_key(self, tree) -> str:
        while _data(tree) in ("object_elem_key", "expr_term") and len(tree.children) == 1:
            tree = tree.children[0]
        if _data(tree) == "identifier":
            return self.name(tree)
        if _data(tree) == "string":
            return self.string_value(tree)[0]
        return self.source(tree)

    def string_value(self, tree) -> tuple[str, bool]:
        """(text, computed): computed is True when the string interpolates something."""
        out = []
        for part in tree.children:
            if _data(part) != "string_part":
                continue
            for piece in part.children:
                if hasattr(piece, "data"):
                    return self.source(tree), True
                out.append(_unescape(str(piece)))
        return "".join(out), False

    def heredoc(self, tree, pointer: str) -> Node:
        raw = str(tree.children[0])
        match = _HEREDOC.match(raw)
        body = match.group(3) if match else raw
        if match and match.group(1):  # <<- strips the smallest common indentation
            lines = body.splitlines(keepends=True)
            indents = [len(x) - len(x.lstrip(" \t")) for x in lines if x.strip()]
            cut = min(indents, default=0)
            body = "".join(x[cut:] for x in lines)
        node = Node(body, tree.meta.line + 1, 1, pointer, "heredoc")
        return unknown(node, why=COMPUTED) if "${" in body else node


def _data(tree) -> str:
    return getattr(tree, "data", "")


def _unescape(text: str) -> str:
    if "\\" not in text:
        return text
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(0)), text)
