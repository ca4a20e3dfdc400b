"""The structure of MSK API requests (JSON Schema generated from botocore, `msklint/schemas/`), checked on
any form's tree in the API's shape; shared by the C001, C032 and U001 rules."""

from __future__ import annotations

from msklint.syntax import UNKNOWN
from msklint.syntax.structured import Node


class _Unknown:
    """Stands in for deploy-time values during schema validation; errors about it are dropped."""


def load_schema(name: str, definition: str = "") -> dict:
    import json
    from importlib import resources

    schema = json.loads(resources.files("msklint.schemas").joinpath(f"msk-{name}.schema.json").read_text())
    if definition:
        return {"$schema": schema["$schema"], "$ref": f"#/$defs/{definition}", "$defs": schema["$defs"]}
    return schema


def _plain(node: Node):
    if node.tag == UNKNOWN:
        return _Unknown()
    if isinstance(node.value, dict):
        return {key: _plain(child) for key, child in node.value.items()}
    if isinstance(node.value, list):
        return [_plain(child) for child in node.value]
    return node.value


def structural_errors(root: Node, schema: dict, report_unknown_members: bool = True):
    """(node, key node or None, message) for every place `root` breaks the schema."""
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(schema)
    found = []
    for error in validator.iter_errors(_plain(root)):
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
    return found


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
