"""The structure of MSK API requests (JSON Schema generated from botocore, `msklint/schemas/`), checked on
any form's tree in the API's shape; shared by the C001, C032 and U001 rules.

Validation runs the schema's generated validator first (`msklint.validators`, plain Python): a request it
accepts has no error and jsonschema is never imported. Only a rejected request is validated again with
jsonschema (one validator per schema per process), which gives the messages."""

from __future__ import annotations

from msklint import validators
from msklint.findings import Place
from msklint.syntax import UNKNOWN
from msklint.syntax.structured import Node


class _Unknown:
    """Stands in for deploy-time values during schema validation; errors about it are dropped."""


def _plain(node: Node, unknowns: list):
    if node.tag == UNKNOWN:
        unknowns.append(node)
        return _Unknown()
    if isinstance(node.value, dict):
        return {key: _plain(child, unknowns) for key, child in node.value.items()}
    if isinstance(node.value, list):
        return [_plain(child, unknowns) for child in node.value]
    return node.value


_LEFT_OUT, _UNSURE = object(), object()


def _known_part(node: Node, schema: dict, defs: dict, strict: bool):
    """The plain value with deploy-time values left out of their objects and lists (and unknown members,
    unless `strict`), or _UNSURE when a required member is missing or, if `strict`, an unknown member is
    present (errors in any case).

    Errors at or inside a deploy-time value are dropped (structural_errors). In a schema where every
    keyword but `required` concerns one value alone (the generated module has a LENIENT table then: the
    schema without `required`), the request has no error left iff every required member is present
    (checked here, deploy-time values included) and its known part is valid under LENIENT."""
    if node.tag == UNKNOWN:
        return _LEFT_OUT
    while "$ref" in schema:
        schema = defs[schema["$ref"].rsplit("/", 1)[1]]
    if isinstance(node.value, list):
        items = [_known_part(child, schema.get("items", {}), defs, strict) for child in node.value]
        return _UNSURE if _UNSURE in items else [item for item in items if item is not _LEFT_OUT]
    if not isinstance(node.value, dict):
        return node.value
    if any(key not in node.value for key in schema.get("required", ())):
        return _UNSURE
    properties, extra = schema.get("properties", {}), schema.get("additionalProperties", {})
    value = {}
    for key, child in node.value.items():
        if key not in properties and extra is False:
            if strict:
                return _UNSURE
            continue
        part = _known_part(child, properties.get(key, extra if isinstance(extra, dict) else {}), defs, strict)
        if part is _UNSURE:
            return _UNSURE
        if part is not _LEFT_OUT:
            value[key] = part
    return value


def _fast_valid(root: Node, plain, unknowns: list, name: str, definition: str, strict: bool) -> bool:
    """True when the generated validator shows `root` has no error (False: it may have some)."""
    from importlib import import_module

    module = import_module(f"msklint.validators.msk_{name}")
    if not unknowns and strict:
        return module.is_valid(plain, definition)
    lenient = getattr(module, "LENIENT", None)
    if lenient is None:
        return False
    schema = validators.schema(f"msk-{name}", definition)
    known = _known_part(root, schema, schema["$defs"], strict)
    return known is not _UNSURE and known is not _LEFT_OUT and module.is_valid(known, definition, lenient)


def structural_errors(root: Node, name: str, definition: str = "", report_unknown_members: bool = True):
    """(place, message) for every place `root` breaks the schema of operation `name`'s request (or of its
    `definition`): the member's key for an unknown member, else the value, in the file that set it."""
    unknowns: list = []
    plain = _plain(root, unknowns)
    if _fast_valid(root, plain, unknowns, name, definition, report_unknown_members):
        return []
    found = []
    for error in validators.jsonschema_validator(f"msk-{name}", definition).iter_errors(plain):
        node, hit_unknown = root, False
        for part in error.absolute_path:
            node = node.value[part] if isinstance(node.value, dict | list) else node
            hit_unknown = hit_unknown or node.tag == UNKNOWN
        if hit_unknown or isinstance(error.instance, _Unknown):
            continue
        name = "/".join(str(p) for p in error.absolute_path) or "(top level)"
        keyword, expected = error.validator, error.validator_value
        if keyword == "additionalProperties":
            if not report_unknown_members:
                continue
            allowed = set(error.schema.get("properties", {}))
            for key, child in node.value.items():
                if key not in allowed:
                    where = f" in {name}" if error.absolute_path else ""
                    found.append((child, True, f"unknown member '{key}'{where}"))
            continue
        if keyword == "required":
            missing = error.message.split("'")[1] if "'" in error.message else str(expected)
            found.append((node, False, f"{name}: required member '{missing}' is missing"))
        elif keyword == "type":
            found.append((node, False, f"{name} must be {_article(expected)}, got {_shown(error.instance)}"))
        elif keyword == "enum":
            choices = ", ".join(expected)
            found.append((node, False, f"{name} must be one of {choices}, got {_shown(error.instance)}"))
        elif keyword in ("minimum", "minLength", "minItems"):
            found.append(
                (node, False, f"{name} {_measure(keyword, error.instance)} is below the minimum {expected}")
            )
        elif keyword in ("maximum", "maxLength", "maxItems"):
            found.append(
                (node, False, f"{name} {_measure(keyword, error.instance)} is above the maximum {expected}")
            )
        else:
            found.append((node, False, f"{name}: {error.message}"))
    return [(_place(node, is_key, root), message) for node, is_key, message in found]


def _place(node: Node, is_key: bool, root: Node) -> Place:
    if is_key:
        return Place.key_of(node)
    if not node.line:  # a member built without a position: at the request
        return Place(root.line, root.column, node.pointer, root.origin)
    return Place(node.line, node.column, node.pointer, node.origin)


def _article(expected) -> str:
    names = {"object": "an object", "array": "a list", "string": "a string", "integer": "a whole number"}
    names |= {"boolean": "true or false", "number": "a number"}
    return names.get(expected, str(expected))


def _shown(value) -> str:
    import json

    text = json.dumps(value) if not isinstance(value, dict | list) else type(value).__name__
    return text if len(text) <= 40 else text[:37] + "..."


def _measure(keyword: str, value) -> str:
    if keyword.endswith("Length"):
        return f"length {len(value)}"
    if keyword.endswith("Items"):
        return f"has {len(value)} items, which"
    return str(value)
