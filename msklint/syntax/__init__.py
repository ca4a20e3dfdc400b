"""The syntax layer: JSON, YAML, HCL and Java properties read into trees whose every value keeps its line,
column and JSON pointer (`Node`, from `msklint.syntax.structured`), and the one way to say that a value is
not known before deploy time.

A value that is not known statically is a `Node` tagged `UNKNOWN` whose `value` is the source text that
computes it (`var.kafka_version`, `Ref SubnetA`, `aws_msk_configuration.x.arn`) and whose `why` says why:

- `VARIABLE`: a Terraform variable or local, or a CloudFormation parameter, with no value msklint can see;
- `REFERENCE`: an attribute of another resource (`aws_msk_configuration.x.arn`, `!GetAtt Config.Arn`);
- `INTRINSIC`: a CloudFormation intrinsic function or pseudo parameter that only CloudFormation evaluates;
- `COMPUTED`: an expression (function call, `for`, splat) msklint does not evaluate.

The raw syntax trees may still hold CloudFormation intrinsics as mappings (`{"Fn::Sub": ...}`) or YAML tags
(`!Sub`): `msklint.forms` resolves them, and `is_unknown` recognises what is left.
"""

from __future__ import annotations

import re

TYPE_CHECKING = False  # True for type checkers, as typing.TYPE_CHECKING (typing: ~3 ms a run to import)
if TYPE_CHECKING:  # the properties path imports this module: it must not pull the JSON/YAML machinery
    from msklint.syntax.structured import Node

UNKNOWN = "unknown"
VARIABLE, REFERENCE, INTRINSIC, COMPUTED = "variable", "reference", "intrinsic", "computed"

# tags that mark how a known value was written, not an unknown one
KNOWN_TAGS = (None, "jsonencode", "heredoc")
_PLACEHOLDER = re.compile(r"\$\{|\{\{")


def unknown(node: Node, text: str | None = None, why: str = COMPUTED) -> Node:
    """A node at `node`'s place standing for a value only known at deploy time."""
    from msklint.syntax.structured import Node

    value = text if text is not None else node.value
    return Node(value, node.line, node.column, node.pointer, UNKNOWN, node.key_line, node.key_column, why=why)


def is_unknown(node: Node | None) -> bool:
    """A value not known statically: an unknown node, a CloudFormation intrinsic or YAML tag left
    unresolved. (An absent node is not unknown: it is absent.)"""
    if node is None:
        return False
    if node.tag not in KNOWN_TAGS:
        return True
    return isinstance(node.value, dict) and len(node.value) == 1 and is_intrinsic_key(next(iter(node.value)))


def is_intrinsic_key(key: str) -> bool:
    return key == "Ref" or key.startswith("Fn::") or key == "Condition"


def is_placeholder(text: str) -> bool:
    """Text holding a template placeholder (`${var.x}`, `{{ x }}`) that a renderer replaces later."""
    return bool(_PLACEHOLDER.search(text))


def why(node: Node) -> str:
    """Why a node is not known statically ("" when it is known)."""
    if not is_unknown(node):
        return ""
    if node.why:
        return node.why
    return INTRINSIC
