"""CloudFormation templates with their static intrinsics resolved, before any pack reads them.

Resolved wherever the result is static, in the long (`Fn::Sub`) and short (`!Sub`) forms:
`Ref` to a parameter (its `Default`, or its only `AllowedValues` entry; list types split on commas),
`Fn::FindInMap`, `Fn::If` on a condition that `Fn::Equals`/`Fn::Not`/`Fn::And`/`Fn::Or` decide from static
values (`AWS::NoValue` removes the property), `Fn::Sub`, `Fn::Join`, `Fn::Select`. What stays (references to
resources, pseudo parameters, `Fn::ImportValue`, parameters without a default, conditions on those) is left
as written: `msklint.syntax.is_unknown` recognises it and rules treat it as unknown.

With `Transform: AWS::Serverless-2016-10-31` (SAM), the parts of the transform that touch what msklint checks
are applied: see `serverless_expanded`.

A resolved value is the node that set it (the parameter's `Default`, the mapping entry) with `origin` set to
the template, so a finding about it points there and names the resource that used it.
"""

from __future__ import annotations

import itertools
import re

from msklint.record import replace
from msklint.syntax import is_intrinsic_key, is_unknown
from msklint.syntax.structured import Node, StructuredFile

_NO_VALUE = object()
_SUB = re.compile(r"\$\{([^}]*)\}")
LIST_TYPES = ("CommaDelimitedList", "List<")


class NotStatic(Exception):
    pass


MAX_OPEN_CONDITIONS = 3  # a template whose Fn::If depend on more conditions keeps them unknown


def resolve_file(parsed: StructuredFile, path: str) -> list[StructuredFile]:
    """The file with each CloudFormation template's static intrinsics resolved (other files as read).

    When `Fn::If` depends on conditions that are not static (a parameter without a default), the template is
    read once per combination of their values, so both branches are checked; findings the variants share
    are reported once."""
    if not any(_is_template(root) for root in parsed.documents):
        return [parsed]
    if len(parsed.documents) == 1:
        template = Template(parsed.documents[0], path)
        names = template.open_conditions()
        if 0 < len(names) <= MAX_OPEN_CONDITIONS:
            variants = []
            for values in itertools.product((True, False), repeat=len(names)):
                chosen = Template(parsed.documents[0], path, dict(zip(names, values, strict=True)))
                variants.append(replace(parsed, documents=[chosen.resolved()]))
            return variants
    documents = [Template(root, path).resolved() if _is_template(root) else root for root in parsed.documents]
    return [replace(parsed, documents=documents)]


def _is_template(root: Node) -> bool:
    resources = root.get("Resources") if isinstance(root.value, dict) else None
    return resources is not None and isinstance(resources.value, dict)


def _intrinsic(node: Node) -> tuple[str, Node | str] | None:
    """("Ref" | "Fn::Sub" | ..., argument) for an intrinsic written in either form, else None."""
    if node.tag and node.tag.startswith("!"):
        name = node.tag[1:]
        argument = replace(node, tag=None)
        return ("Ref" if name == "Ref" else "Condition" if name == "Condition" else f"Fn::{name}"), argument
    if isinstance(node.value, dict) and len(node.value) == 1:
        ((key, argument),) = node.value.items()
        if is_intrinsic_key(key):
            return key, argument
    return None


class Template:
    def __init__(self, root: Node, path: str, assumed: dict[str, bool] | None = None):
        self.root = root
        self.path = path
        self.assumed = assumed or {}  # conditions taken as true or false (both branches are read)
        self.parameters = root.get("Parameters")
        self.mappings = root.get("Mappings")
        self.conditions = root.get("Conditions")
        self.deciding: set[str] = set()

    def resolved(self) -> Node:
        members = dict(self.root.value)
        for section in ("Resources", "Outputs"):
            if section in members:
                members[section] = self.walk(members[section])
        return serverless_expanded(replace(self.root, value=members))

    def walk(self, node: Node) -> Node:
        found = _intrinsic(node)
        if found is not None:
            try:
                return self.evaluate(*found, node)
            except (NotStatic, ValueError, TypeError, IndexError, RecursionError):
                return node
        if isinstance(node.value, dict):
            members = {k: self.walk(v) for k, v in node.value.items()}
            members = {k: v for k, v in members.items() if v is not _NO_VALUE}
            return replace(node, value=members)
        if isinstance(node.value, list):
            items = [item for item in (self.walk(v) for v in node.value) if item is not _NO_VALUE]
            return replace(node, value=items)
        return node

    # ------------------------------------------------------------ functions

    def static(self, node: Node) -> Node:
        """The node with its intrinsics resolved; NotStatic when something stays unknown."""
        resolved = self.walk(node)
        if resolved is _NO_VALUE or _has_unknown(resolved):
            raise NotStatic
        return resolved

    def scalar(self, node: Node):
        value = self.static(node).value
        if isinstance(value, dict | list):
            raise NotStatic
        return value

    def evaluate(self, name: str, argument, at: Node):
        if name == "Ref":
            return self.ref(argument)
        if name == "Fn::FindInMap":
            parts = _items(argument)
            keys = [str(self.scalar(part)) for part in parts[:3]]
            if self.mappings is None:
                raise NotStatic
            entry = self.mappings.at("/" + "/".join(k.replace("~", "~0").replace("/", "~1") for k in keys))
            if entry is None:
                if len(parts) > 3 and isinstance(parts[3].value, dict) and "DefaultValue" in parts[3].value:
                    return self.static(parts[3].value["DefaultValue"])
                raise NotStatic
            return self.origin(self.static(entry))
        if name == "Fn::If":
            condition, then, otherwise = _items(argument)
            chosen = then if self.condition(str(condition.value)) else otherwise
            return self.walk(chosen)
        if name == "Fn::Sub":
            return self.sub(argument, at)
        if name == "Fn::Join":
            separator, items = _items(argument)
            values = self.static(items).value
            if not isinstance(values, list):
                raise NotStatic
            texts = [_text(v.value) for v in values]
            return _made(str(self.scalar(separator)).join(texts), at)
        if name == "Fn::Select":
            index, items = _items(argument)
            values = self.static(items).value
            return values[int(self.scalar(index))]
        raise NotStatic

    def ref(self, argument: Node):
        name = argument.value
        if name == "AWS::NoValue":
            return _NO_VALUE
        parameter = (
            self.parameters.get(name) if self.parameters is not None and isinstance(name, str) else None
        )
        if parameter is None:
            raise NotStatic  # a resource, a pseudo parameter
        kind = parameter.get("Type")
        default = parameter.get("Default")
        if default is None:
            allowed = parameter.get("AllowedValues")
            if allowed is None or not isinstance(allowed.value, list) or len(allowed.value) != 1:
                raise NotStatic
            default = allowed.value[0]
        if is_unknown(default) or isinstance(default.value, dict | list | bool) or default.value is None:
            raise NotStatic
        kind = str(kind.value) if kind is not None else "String"
        if kind.startswith(LIST_TYPES):
            items = [_made(item.strip(), default) for item in str(default.value).split(",")]
            return self.origin(replace(default, value=items))
        if kind.startswith("AWS::SSM::"):
            raise NotStatic  # the default names a parameter, not its value
        value = str(default.value) if kind != "Number" else default.value
        return self.origin(replace(default, value=value))

    def sub(self, argument: Node, at: Node) -> Node:
        if isinstance(argument.value, list):
            template, variables = _items(argument)
            variables = variables.value if isinstance(variables.value, dict) else {}
        else:
            template, variables = argument, {}
        if not isinstance(template.value, str):
            raise NotStatic

        def replace(match) -> str:
            name = match.group(1)
            if name.startswith("!"):
                return "${" + name[1:] + "}"
            if name in variables:
                return _text(self.scalar(variables[name]))
            if "." in name:
                raise NotStatic  # a resource attribute
            return _text(
                self.scalar(Node({"Ref": Node(name, at.line, at.column, "")}, at.line, at.column, ""))
            )

        return _made(_SUB.sub(replace, template.value), at)

    def open_conditions(self) -> list[str]:
        """Conditions that `Fn::If` in the resources use and that are not static, in order."""
        names: list[str] = []

        def walk(node: Node) -> None:
            found = _intrinsic(node)
            if found is not None and found[0] == "Fn::If":
                items = found[1].value if isinstance(found[1].value, list) else []
                if items and isinstance(items[0].value, str) and items[0].value not in names:
                    try:
                        self.condition(items[0].value)
                    except (NotStatic, ValueError, TypeError, RecursionError):
                        names.append(items[0].value)
            for child in (
                node.value.values()
                if isinstance(node.value, dict)
                else node.value
                if isinstance(node.value, list)
                else ()
            ):
                walk(child)

        resources = self.root.get("Resources")
        if resources is not None:
            walk(resources)
        return names

    def condition(self, name: str) -> bool:
        if name in self.assumed:
            return self.assumed[name]
        node = self.conditions.get(name) if self.conditions is not None else None
        if node is None or name in self.deciding:
            raise NotStatic
        self.deciding.add(name)
        try:
            return self.decide(node)
        finally:
            self.deciding.discard(name)

    def decide(self, node: Node) -> bool:
        found = _intrinsic(node)
        if found is None:
            raise NotStatic
        name, argument = found
        if name == "Condition":
            return self.condition(str(argument.value))
        if name == "Fn::Equals":
            left, right = _items(argument)
            return _text(self.scalar(left)) == _text(self.scalar(right))
        if name == "Fn::Not":
            (inner,) = _items(argument)
            return not self.decide(inner)
        if name == "Fn::And":
            return all(self.decide(inner) for inner in _items(argument))
        if name == "Fn::Or":
            return any(self.decide(inner) for inner in _items(argument))
        raise NotStatic

    def origin(self, node: Node) -> Node:
        copy = replace(node, origin=node.origin or self.path)
        if isinstance(copy.value, list):
            copy.value = [self.origin(item) for item in copy.value]
        elif isinstance(copy.value, dict):
            copy.value = {k: self.origin(v) for k, v in copy.value.items()}
        return copy


def _items(node: Node) -> list[Node]:
    if not isinstance(node.value, list):
        raise NotStatic
    return node.value


def _has_unknown(node: Node) -> bool:
    if is_unknown(node):
        return True
    if isinstance(node.value, dict):
        return any(_has_unknown(v) for v in node.value.values())
    if isinstance(node.value, list):
        return any(_has_unknown(v) for v in node.value)
    return False


def _text(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list) or value is None:
        raise NotStatic
    return str(value)


def _made(value, at: Node) -> Node:
    return Node(value, at.line, at.column, at.pointer, None, at.key_line, at.key_column)


# AWS SAM ---------------------------------------------------------------------------------------------------

SAM_TRANSFORM = "AWS::Serverless-2016-10-31"
SAM_WITH_ROLE = ("AWS::Serverless::Function", "AWS::Serverless::StateMachine")  # `Role` or `Policies`


def serverless_expanded(root: Node) -> Node:
    """The template with what the SAM transform generates from it where msklint checks the result: for
    each `AWS::Serverless::Function` or `::StateMachine` without `Role`, the execution role `{Name}Role`
    (AWS::IAM::Role) whose inline policies `{Name}RolePolicy{i}` are the policy documents of its
    `Policies` (one document, or those in its list, `i` their place in it), as written (as samtranslator's
    role_constructor.py does), so the IAM pack reads them as any role's policies and findings point at
    the statements in the template.

    Not generated: the trust policy (SAM's own, for lambda or states.amazonaws.com), AWS managed
    policies named in `Policies`, SAM policy templates (none grants kafka or kafka-cluster actions), and
    the AWS::Lambda::EventSourceMapping of an `MSK` event (msklint has no rules for it)."""
    if not _has_sam_transform(root):
        return root
    resources = root.get("Resources")
    generated = {}
    for name, resource in resources.items():
        props = resource.get("Properties")
        kind = resource.get("Type")
        if kind is None or kind.value not in SAM_WITH_ROLE or props is None:
            continue
        if props.get("Role") is not None:
            continue  # SAM uses the given role and ignores Policies
        if f"{name}Role" in resources.value:
            continue  # the name SAM would give the role is taken: SAM refuses the template
        policies = props.get("Policies")
        documents = [] if policies is None else [policies] if _is_document(policies) else policies.elements()
        inline = [
            _made(
                {"PolicyName": _made(f"{name}RolePolicy{i}", document), "PolicyDocument": document},
                document,
            )
            for i, document in enumerate(documents)  # numbered by their place in Policies
            if _is_document(document)
        ]
        if inline:
            role = {
                "Type": _made("AWS::IAM::Role", kind),
                "Properties": _made({"Policies": _made(inline, policies)}, props),
            }
            generated[f"{name}Role"] = _made(role, resource)
    if not generated:
        return root
    members = {
        **root.value,
        "Resources": replace(resources, value={**resources.value, **generated}),
    }
    return replace(root, value=members)


def _has_sam_transform(root: Node) -> bool:
    transform = root.get("Transform")
    resources = root.get("Resources")
    if transform is None or resources is None or not isinstance(resources.value, dict):
        return False
    return any(item.value == SAM_TRANSFORM for item in transform.elements())


def _is_document(node: Node) -> bool:
    return isinstance(node.value, dict) and "Statement" in node.value
