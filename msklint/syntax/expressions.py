"""Static evaluation of HCL (Terraform) expressions: what `terraform plan` would compute without any provider.

Evaluated: literals, string templates, `var.*` / `local.*` (through the converter's scope), indexing and
attribute access on known values, `a ? b : c` on a known condition, arithmetic, comparison and logic,
and the functions in FUNCTIONS. Everything else (resource attributes, `for`, splats, `file()`, `count`,
`each`) is not static: `evaluate` returns None and the converter keeps the value unknown.

A reference returns the referenced node itself (a copy), so a finding about it points where the value was
set: the tfvars line, the variable's default, the local.
"""

from __future__ import annotations

import json

from msklint.record import replace
from msklint.syntax import is_unknown
from msklint.syntax.structured import Node


class NotStatic(Exception):
    pass


def evaluate(converter, tree, pointer: str) -> Node | None:
    try:
        return _Evaluator(converter, pointer).node(tree)
    except (NotStatic, RecursionError, ValueError, TypeError, IndexError, KeyError, ZeroDivisionError):
        return None


def _trees(tree) -> list:
    return [c for c in tree.children if hasattr(c, "data") and c.data != "new_line_or_comment"]


def _plain(node: Node):
    if is_unknown(node):
        raise NotStatic
    if isinstance(node.value, dict):
        return {k: _plain(v) for k, v in node.value.items() if k != "__labels__"}
    if isinstance(node.value, list):
        return [_plain(v) for v in node.value]
    return node.value


def _text(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int | float | str):
        return str(value)
    raise NotStatic


class _Evaluator:
    def __init__(self, converter, pointer: str):
        self.converter = converter
        self.pointer = pointer

    def made(self, value, tree) -> Node:
        """A node for a value this expression computed, at the expression's place."""
        line, column = tree.meta.line, tree.meta.column
        if isinstance(value, dict):
            members = {k: self.made(v, tree) for k, v in value.items()}
            return Node(members, line, column, self.pointer)
        if isinstance(value, list):
            return Node([self.made(v, tree) for v in value], line, column, self.pointer)
        return Node(value, line, column, self.pointer)

    def node(self, tree) -> Node:
        kind = getattr(tree, "data", "")
        children = _trees(tree)
        if kind == "expr_term":
            if len(children) != 1:
                raise NotStatic
            return self.node(children[0])
        if kind in ("int_lit", "float_lit", "literal_value", "tuple", "object", "heredoc_template"):
            return self.converter.value(tree, self.pointer)  # items may be unknown: _plain says so
        if kind == "string":
            return self.made(self.template(tree), tree)
        if kind in ("get_attr_expr_term", "index_expr_term", "identifier"):
            return self.reference(tree)
        if kind == "function_call":
            return self.call(tree)
        if kind == "conditional":
            condition, then, otherwise = children
            decided = self.value(condition)
            if not isinstance(decided, bool):
                raise NotStatic
            return self.node(then if decided else otherwise)
        if kind == "binary_op":
            return self.made(self.binary(tree), tree)
        if kind == "unary_op":
            operator, operand = str(tree.children[0]), self.value(children[0])
            if operator == "!" and isinstance(operand, bool):
                return self.made(not operand, tree)
            if operator == "-" and isinstance(operand, int | float) and not isinstance(operand, bool):
                return self.made(-operand, tree)
        raise NotStatic

    def value(self, tree):
        return _plain(self.node(tree))

    def template(self, tree) -> str:
        out = []
        for part in tree.children:
            if getattr(part, "data", "") != "string_part":
                continue
            for piece in part.children:
                if getattr(piece, "data", "") == "interpolation":
                    out.append(_text(self.value(_trees(piece)[0])))
                elif hasattr(piece, "data"):
                    raise NotStatic  # %{ if } / %{ for } directives
                else:
                    out.append(self.converter.unescape(str(piece)).replace("$${", "${").replace("%%{", "%{"))
        return "".join(out)

    def reference(self, tree) -> Node:
        steps = []
        while getattr(tree, "data", "") in ("get_attr_expr_term", "index_expr_term", "expr_term"):
            children = _trees(tree)
            if tree.data == "expr_term":
                if len(children) != 1:
                    raise NotStatic
                tree = children[0]
                continue
            base, step = children
            if step.data == "get_attr":
                steps.append(("attr", self.converter.name(_trees(step)[0])))
            elif step.data == "braces_index":
                steps.append(("index", self.value(_trees(step)[0])))
            elif step.data == "short_index":
                steps.append(("index", int(str(step.children[-1]))))
            else:
                raise NotStatic
            tree = base
        steps.reverse()
        if getattr(tree, "data", "") != "identifier":
            node = self.node(tree)  # tolist(var.x)[0]
        elif steps and steps[0][0] == "attr":
            node = self.converter.scope.lookup(self.converter.name(tree), steps.pop(0)[1], self.pointer)
        else:
            raise NotStatic
        if node is None or is_unknown(node):
            raise NotStatic
        for how, key in steps:
            if how == "attr" or isinstance(node.value, dict):
                if not isinstance(node.value, dict) or str(key) not in node.value:
                    raise NotStatic
                node = node.value[str(key)]
            elif isinstance(node.value, list) and isinstance(key, int) and 0 <= key < len(node.value):
                node = node.value[key]
            else:
                raise NotStatic
            if is_unknown(node):
                raise NotStatic
        return replace(node)

    def binary(self, tree):
        left_tree, term = _trees(tree)
        operator_tree, right_tree = _trees(term)
        operator = str(operator_tree.children[0])
        left = self.value(left_tree)
        if (operator == "&&" and left is False) or (operator == "||" and left is True):
            return left
        right = self.value(right_tree)
        if operator in ("&&", "||"):
            if not isinstance(left, bool) or not isinstance(right, bool):
                raise NotStatic
            return left and right if operator == "&&" else left or right
        if operator in ("==", "!="):
            return (left == right) == (operator == "==")
        left, right = float(left), float(right)
        result = {
            "+": lambda: left + right,
            "-": lambda: left - right,
            "*": lambda: left * right,
            "/": lambda: left / right,
            "%": lambda: left % right,
            "<": lambda: left < right,
            ">": lambda: left > right,
            "<=": lambda: left <= right,
            ">=": lambda: left >= right,
        }[operator]()
        return int(result) if isinstance(result, float) and result.is_integer() else result

    def call(self, tree) -> Node:
        parts = _trees(tree)
        name = self.converter.name(parts[0])
        arguments = _trees(parts[1]) if len(parts) > 1 else []
        function = FUNCTIONS.get(name)
        if function is None:
            raise NotStatic
        return function(self, tree, arguments)


def _concat(ev: _Evaluator, tree, arguments) -> Node:
    items = []
    for argument in arguments:
        node = ev.node(argument)
        if not isinstance(node.value, list) or is_unknown(node):
            raise NotStatic
        items.extend(node.value)
    return Node(items, tree.meta.line, tree.meta.column, ev.pointer)


def _identity(ev: _Evaluator, tree, arguments) -> Node:
    (argument,) = arguments
    return ev.node(argument)


def _length(ev: _Evaluator, tree, arguments) -> Node:
    (argument,) = arguments
    node = ev.node(argument)
    if is_unknown(node) or not isinstance(node.value, list | dict | str):
        raise NotStatic
    return ev.made(len(node.value), tree)


def _lookup(ev: _Evaluator, tree, arguments) -> Node:
    mapping, key = ev.node(arguments[0]), ev.value(arguments[1])
    if is_unknown(mapping) or not isinstance(mapping.value, dict):
        raise NotStatic
    if str(key) in mapping.value:
        return replace(mapping.value[str(key)])
    if len(arguments) > 2:
        return ev.node(arguments[2])
    raise NotStatic


def _merge(ev: _Evaluator, tree, arguments) -> Node:
    members: dict = {}
    for argument in arguments:
        node = ev.node(argument)
        if is_unknown(node) or not isinstance(node.value, dict):
            raise NotStatic
        members.update(node.value)
    return Node(members, tree.meta.line, tree.meta.column, ev.pointer)


def _jsonencode(ev: _Evaluator, tree, arguments) -> Node:
    (argument,) = arguments
    return ev.made(json.dumps(ev.value(argument), separators=(",", ":")), tree)


def _scalar(function):
    def call(ev: _Evaluator, tree, arguments) -> Node:
        return ev.made(function(*[ev.value(a) for a in arguments]), tree)

    return call


def _element(items, index):
    return items[index % len(items)]


def _coalesce(*values):
    found = next((v for v in values if v not in (None, "")), None)
    if found is None:
        raise NotStatic
    return found


FUNCTIONS = {
    "concat": _concat,
    "tolist": _identity,
    "toset": _identity,
    "tomap": _identity,
    "length": _length,
    "lookup": _lookup,
    "merge": _merge,
    "jsonencode": _jsonencode,
    "tostring": _scalar(_text),
    "tonumber": _scalar(lambda v: v if isinstance(v, int | float) and not isinstance(v, bool) else int(v)),
    "lower": _scalar(lambda v: v.lower()),
    "upper": _scalar(lambda v: v.upper()),
    "join": _scalar(lambda sep, items: sep.join(_text(i) for i in items)),
    "element": _scalar(_element),
    "coalesce": _scalar(_coalesce),
    "min": _scalar(min),
    "max": _scalar(max),
}
