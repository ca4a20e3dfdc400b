"""The Cruise Control REST contract, read from the OpenAPI files in ../shared/cruise-control-openapi.

Every request the stand-in receives and every body it sends is checked here: query parameters against the
endpoint's `parameters` (strictly: the names the spec lists, literal `true`/`false` booleans, integers,
comma lists, `minimum`s and enums), bodies against the response schema for the status code with
openapi-schema-validator's OAS 3.0 validator, every `$ref` resolved through a `referencing` registry that
holds all files of the folder under `file://` URIs.

PATCHES lists the changes made to the official schemas, each because the real server sends another shape
(PROTOCOL.md §2.9, SOURCE.md). Nothing else is changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import urljoin

import yaml
from openapi_schema_validator import OAS30Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

# ../shared beside the repository (tests/helpers.py SHARED)
SPEC_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "cruise-control-openapi"

# (file, pointer inside it, replacement, why)
PATCHES = [
    (
        "responses/executionProposal.yaml",
        ("ExecutionProposal", "properties", "topicPartition"),
        {
            "oneOf": [
                {"type": "string"},
                {
                    "type": "object",
                    "required": ["topic", "partition"],
                    "properties": {"topic": {"type": "string"}, "partition": {"type": "integer"}},
                },
            ]
        },
        "the server serialises Kafka's TopicPartition with Gson: {hash, partition, topic} (SOURCE.md)",
    ),
    (
        "responses/reviewResult.yaml",
        ("ReviewResult",),
        {
            "type": "object",
            "required": ["version", "RequestInfo"],
            "properties": {
                "RequestInfo": {"type": "array", "items": {"$ref": "#/RequestInfo"}},
                "version": {"type": "integer"},
            },
        },
        "the server sends a list of RequestInfo and `version`; the file says one object and `vesion`",
    ),
    *(
        (
            "responses/partitionLoadState.yaml",
            ("PartitionLoadRecord", "properties", field),
            {"type": "number", "format": "double"},
            "declared `type: integer, format: double`; the server writes doubles",
        )
        for field in ("cpu", "networkInbound", "networkOutbound", "disk", "msg_in")
    ),
]


@cache
def _files() -> dict[str, dict]:
    files = {}
    for path in sorted(SPEC_DIR.rglob("*.yaml")):
        files[path.relative_to(SPEC_DIR).as_posix()] = yaml.safe_load(path.read_text(encoding="utf-8"))
    for name, pointer, replacement, _why in PATCHES:
        node = files[name]
        for key in pointer[:-1]:
            node = node[key]
        node[pointer[-1]] = replacement
    return files


def _uri(name: str) -> str:
    return (SPEC_DIR / name).as_uri()


@cache
def _registry() -> Registry:
    resources = [(_uri(name), Resource(contents=doc, specification=DRAFT4)) for name, doc in _files().items()]
    return Registry().with_resources(resources)


@dataclass(frozen=True)
class Operation:
    path: str  # e.g. "/rebalance"
    method: str  # "GET" | "POST"
    operation_id: str
    file: str  # endpoints/rebalance.yaml
    parameters: dict  # lower-case name → parameter object
    responses: dict  # "200" | "202" | "default" → response object


@cache
def operations() -> dict[str, Operation]:
    """Endpoint name (lower case, no slash) → its operation, from base.yaml's paths."""
    found = {}
    for path, item in _files()["base.yaml"]["paths"].items():
        file_name, _, anchor = item["$ref"].partition("#/")
        document = _files()[file_name]
        for method, operation in document[anchor].items():
            found[path.strip("/").lower()] = Operation(
                path=path,
                method=method.upper(),
                operation_id=operation["operationId"],
                file=file_name,
                parameters={p["name"].lower(): p for p in operation.get("parameters", [])},
                responses=operation["responses"],
            )
    return found


def _validator(schema: dict, file_name: str) -> OAS30Validator:
    if "$ref" in schema:  # relative to the file that holds it
        schema = {"$ref": urljoin(_uri(file_name), schema["$ref"])}
    return OAS30Validator(schema, registry=_registry())


_INT = re.compile(r"^-?\d+$")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


def _parse(value: str, schema: dict):
    """A query string value as the typed value the schema describes, or raise ValueError."""
    kind = schema.get("type")
    if kind == "boolean":
        if value not in ("true", "false"):
            raise ValueError(f"boolean must be literally true or false, got {value!r}")
        return value == "true"
    if kind == "integer":
        if not _INT.match(value):
            raise ValueError(f"not an integer: {value!r}")
        return int(value)
    if kind == "number":
        if not _NUMBER.match(value):
            raise ValueError(f"not a number: {value!r}")
        return float(value)
    if kind == "array":
        items = [item for item in value.split(",") if item]
        return [_parse(item, schema.get("items", {})) for item in items]
    return value


def check_request(endpoint: str, method: str, query: dict[str, list[str]]) -> list[str]:
    """Contract violations of one request (empty when it is exactly as the spec describes)."""
    operation = operations().get(endpoint.lower())
    if operation is None:
        return [f"{method} /{endpoint}: no such endpoint in base.yaml"]
    if operation.method != method:
        return [f"{method} /{endpoint}: the spec has only {operation.method}"]
    problems = []
    for name, values in query.items():
        parameter = operation.parameters.get(name.lower())
        if parameter is None:
            problems.append(f"{method} /{endpoint}: parameter {name!r} is not in {operation.file}")
            continue
        if name != parameter["name"]:
            problems.append(f"{method} /{endpoint}: parameter {name!r} spelt differently from the spec")
        if len(values) != 1:
            problems.append(f"{method} /{endpoint}: parameter {name!r} given {len(values)} times")
        schema = {k: v for k, v in parameter.get("schema", {}).items() if k not in ("default", "example")}
        try:
            value = _parse(values[0], schema)
        except ValueError as error:
            problems.append(f"{method} /{endpoint}: {name}: {error}")
            continue
        for error in _validator(schema, operation.file).iter_errors(value):
            problems.append(f"{method} /{endpoint}: {name}={values[0]!r}: {error.message}")
    for name, parameter in operation.parameters.items():
        if parameter.get("required") and name not in {n.lower() for n in query}:
            problems.append(f"{method} /{endpoint}: required parameter {name!r} missing")
    return problems


# /load is asynchronous in the server (it may answer 202 with a ProgressResult) but load.yaml lists no 202
# (PROTOCOL.md §2.9); this is the one response added to the official files.
EXTRA_RESPONSES = {("load", 202): {"$ref": "../responses/progressResult.yaml#/ProgressResult"}}


def check_response(endpoint: str, status: int, body) -> list[str]:
    """Contract violations of one JSON answer (status picks the 200/202/default schema)."""
    operation = operations()[endpoint.lower()]
    schema = EXTRA_RESPONSES.get((endpoint.lower(), status))
    if schema is None:
        response = operation.responses.get(str(status))
        if response is None and status >= 400:
            response = operation.responses.get("default")
        if response is None:
            return [f"/{endpoint}: status {status} is not in the spec"]
        schema = response["content"]["application/json"]["schema"]
    validator = _validator(schema, operation.file)
    return [
        f"/{endpoint} {status}: {'/'.join(map(str, error.absolute_path)) or '(body)'}: {error.message}"
        for error in validator.iter_errors(body)
    ]
