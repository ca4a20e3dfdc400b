"""Generate msklint/validators/*.py: the JSON Schemas msklint validates with, as plain Python.

Each schemas/<name>.schema.json becomes msklint/validators/<name>.py (dashes as underscores), compiled by
fastjsonschema (a dev dependency: the pinned version in pyproject.toml) and rewritten so that it imports
nothing but `re`: every failure raises the module's own `Invalid` with no message, and `is_valid(data,
definition="")` answers True or False for the whole schema or for one of its `$defs`. msklint uses them as
the fast path only: a document they accept is valid; one they reject is validated again with jsonschema,
which gives the messages (tests/test_validators.py proves the verdicts agree with jsonschema's).

The schemas are draft 2020-12 but use only keywords draft 7 has the same meaning for, so they are
compiled as draft 7. `errorMessage` is msklint's own keyword (messages); fastjsonschema ignores it.

    python tools/gen_validators.py            # write the modules
    python tools/gen_validators.py --check    # exit 1 when one is stale
"""

from __future__ import annotations

import ast
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "schemas"
OUT = ROOT / "msklint" / "validators"
DATE = "2026-12-03"  # the day these were last generated on purpose (kept fixed so --check is stable)

# Keywords fastjsonschema's draft 7 gives the meaning jsonschema's draft 2020-12 gives them.
KEYWORDS = {
    "$schema", "$id", "$ref", "$defs", "$comment", "title", "description", "errorMessage",
    "type", "properties", "additionalProperties", "required", "enum", "const", "items",
    "minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems", "minProperties",
    "pattern", "oneOf", "anyOf", "allOf", "not", "if", "then", "propertyNames",
}  # fmt: skip
_ROOT_NAME = "__root__"
# Keywords through which one value's validity depends on another's (msklint.packs.cluster.schema._NOT_LOCAL).
NOT_LOCAL = {"oneOf", "anyOf", "allOf", "not", "if", "propertyNames", "minProperties", "maxProperties"}
NOT_LOCAL |= {"minItems", "maxItems", "uniqueItems", "contains"}


def _check_keywords(schema, where: str) -> None:
    """Refuse a schema with a keyword the two libraries might read differently (or an enum mixing bools
    and numbers, which Python's `in` would confuse: True == 1)."""
    if isinstance(schema, list):
        for item in schema:
            _check_keywords(item, where)
        return
    if not isinstance(schema, dict):
        return
    for key, value in schema.items():
        if key not in KEYWORDS:
            raise SystemExit(f"{where}: keyword '{key}' is not one gen_validators.py knows to be safe")
        if key in ("properties", "$defs"):
            for sub in value.values():
                _check_keywords(sub, where)
        elif key in ("enum", "const"):
            values = value if key == "enum" else [value]
            if not all(isinstance(v, str) for v in values):
                raise SystemExit(f"{where}: {key} {value!r}: only string values are supported")
        elif key not in ("errorMessage", "title", "description", "$comment", "required", "pattern"):
            _check_keywords(value, where)


def function_name(definition: str) -> str:
    """fastjsonschema's name for the function of `#/$defs/<definition>` (ref_resolver.get_scope_name)."""
    return "validate____defs_" + re.sub(r"[^a-zA-Z0-9]", "_", definition).lower().rstrip("_")


class _Rewrite(ast.NodeTransformer):
    """Raise the local Invalid without a message; drop Decimal (msklint's documents never hold one); name
    the functions `<prefix>____defs_<name>`."""

    def __init__(self, prefix: str):
        self.prefix = prefix

    def visit_Raise(self, node):
        return ast.copy_location(ast.Raise(exc=ast.Name("Invalid", ast.Load())), node)

    def visit_Name(self, node):
        if node.id in ("JsonSchemaValueException", "JsonSchemaValuesException"):
            return ast.copy_location(ast.Name("Invalid", node.ctx), node)
        if node.id.startswith("validate_"):
            node.id = self.prefix + node.id.removeprefix("validate")
        return node

    def visit_Tuple(self, node):
        self.generic_visit(node)
        node.elts = [e for e in node.elts if not (isinstance(e, ast.Name) and e.id == "Decimal")]
        return node

    def visit_FunctionDef(self, node):
        if node.name == "validate":
            return None  # the anyOf of all the definitions
        node.name = self.prefix + node.name.removeprefix("validate")
        return self.generic_visit(node)

    def visit_ImportFrom(self, node):
        return None if node.module in ("decimal", "fastjsonschema") else node

    def visit_Assign(self, node):
        self.generic_visit(node)
        is_version = any(isinstance(t, ast.Name) and t.id == "VERSION" for t in node.targets)
        return None if is_version else node


def build_module(path: Path) -> str:
    import fastjsonschema

    schema = json.loads(path.read_text(encoding="utf-8"))
    where = f"schemas/{path.name}"
    _check_keywords(schema, where)
    defs = dict(schema.get("$defs", {}))
    if _ROOT_NAME in defs:
        raise SystemExit(f"{where}: '{_ROOT_NAME}' is reserved")
    defs[_ROOT_NAME] = {k: v for k, v in schema.items() if k not in ("$schema", "$id", "$defs")}
    names = {function_name(name): name for name in defs}
    if len(names) != len(defs):
        raise SystemExit(f"{where}: two $defs give the same function name")
    code = _compiled(defs, names, where, "validate")
    tables = [("VALIDATORS", "validate")]
    if not _has_keyword(schema, NOT_LOCAL):
        # The same schema without `required`: msklint.packs.cluster.schema checks a request with deploy-time
        # values by its known part under this one, and `required` itself against the whole request.
        code += "\n" + _compiled(_without_required(defs), names, where, "lenient", shared=False)
        tables.append(("LENIENT", "lenient"))
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    version = fastjsonschema.VERSION
    header = (
        f'"""Generated {DATE} by tools/gen_validators.py (fastjsonschema {version}) from schemas/{path.name}\n'
        f"(sha256 {digest}). Do not edit: change the schema and run python tools/gen_validators.py.\n\n"
        "The fast path only: True means jsonschema finds no error either (tests/test_validators.py); on False\n"
        'validate with jsonschema for the messages."""\n\n'
    )
    footer = "\n\nclass Invalid(Exception):\n    pass\n"
    for table, prefix in tables:
        rows = "".join(
            f"    {'' if name == _ROOT_NAME else name!r}: {prefix}{function.removeprefix('validate')},\n"
            for function, name in sorted(names.items())
        )
        footer += f"\n\n{table} = {{\n{rows}}}\n"
    footer += (
        "\n\ndef is_valid(data, definition: str = '', table=VALIDATORS) -> bool:\n"
        "    try:\n"
        "        table[definition](data)\n"
        "    except Invalid:\n"
        "        return False\n"
        "    return True\n"
    )
    return header + code + footer


def _compiled(defs: dict, names: dict, where: str, prefix: str, shared: bool = True) -> str:
    """Plain Python with one function `<prefix>____defs_<name>` per definition."""
    import fastjsonschema

    # A root that reaches every definition, so each gets its own function.
    compiled = {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$defs": defs,
        "anyOf": [{"$ref": f"#/$defs/{name}"} for name in defs],
    }
    tree = ast.parse(fastjsonschema.compile_to_code(compiled))
    tree = ast.fix_missing_locations(_Rewrite(prefix).visit(tree))
    if not shared:  # the module's imports, patterns and NoneType are already there
        tree.body = [node for node in tree.body if isinstance(node, ast.FunctionDef)]
    defined = {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}
    missing = {prefix + f.removeprefix("validate") for f in names} - defined
    if missing:
        raise SystemExit(f"{where}: fastjsonschema gave no function {sorted(missing)}")
    return ast.unparse(tree)


def _has_keyword(schema, keywords) -> bool:
    if isinstance(schema, list):
        return any(_has_keyword(item, keywords) for item in schema)
    if not isinstance(schema, dict):
        return False
    return (
        any(key in keywords for key in schema)
        or any(
            _has_keyword(value, keywords)
            for key, value in schema.items()
            if key not in ("enum", "const", "required", "properties", "$defs")
        )
        or any(
            _has_keyword(sub, keywords)
            for key in ("properties", "$defs")
            for sub in schema.get(key, {}).values()
        )
    )


def _without_required(schema):
    if isinstance(schema, list):
        return [_without_required(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    return {
        key: (value if key in ("enum", "const") else _without_required(value))
        for key, value in schema.items()
        if key != "required"
    }


def module_path(schema: Path) -> Path:
    return OUT / (schema.name.removesuffix(".schema.json").replace("-", "_") + ".py")


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from generated import main as write_or_check

    OUT.mkdir(exist_ok=True)
    status = 0
    for schema in sorted(SCHEMAS.glob("*.schema.json")):
        out = module_path(schema)
        status |= write_or_check(
            lambda schema=schema: build_module(schema),
            out,
            "gen_validators.py",
            __doc__.splitlines()[0],
            argv,
        )
    expected = {module_path(s).name for s in SCHEMAS.glob("*.schema.json")} | {"__init__.py"}
    for stray in sorted(set(p.name for p in OUT.glob("*.py")) - expected):
        print(f"msklint/validators/{stray} has no schema: remove it", file=sys.stderr)
        status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
