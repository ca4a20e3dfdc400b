"""The generated validators (msklint/validators/, tools/gen_validators.py; currency: test_generated_data.py)
agree with jsonschema: a generated validator that accepts what jsonschema rejects would silently lose findings, so
their verdicts are compared on every document msklint validates in the examples, the corpora, the peer
fixtures and the test data, and on hypothesis mutations of those documents."""

from __future__ import annotations

import copy
import functools
import json
import subprocess
import sys
from importlib import import_module

import jsonschema
import pytest
from helpers import ROOT, SHARED
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import msklint.packs.cluster.schema as cluster_schema
from msklint import validators
from msklint.config import ClusterContext, Config
from msklint.engine import build_context, run_rules
from msklint.findings import InputError
from msklint.loaders import KNOWN_SUFFIXES, load_file

MODULES = sorted(p.stem for p in (ROOT / "msklint" / "validators").glob("*.py") if p.stem != "__init__")
FOLDERS = [
    ROOT / "examples",
    ROOT / "tests" / "data",
    SHARED / "corpus",
    SHARED / "corpus-wild",
    SHARED / "peer-fixtures",
]
FUZZ = settings(
    max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)


@functools.cache
def _jsonschema_validator(module: str, definition: str):
    name = module.replace("_", "-", 1) if module.startswith("msk_") else module.replace("_", "-")
    schema = json.loads((ROOT / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8"))
    if definition:
        schema["$ref"] = f"#/$defs/{definition}"
    return jsonschema.Draft202012Validator(schema)


@functools.cache
def _lenient_jsonschema_validator(module: str, definition: str):
    """jsonschema's validator for the schema without `required` (the generated LENIENT table)."""

    def without_required(schema):
        if isinstance(schema, list):
            return [without_required(item) for item in schema]
        if not isinstance(schema, dict):
            return schema
        return {
            k: v if k in ("enum", "const") else without_required(v)
            for k, v in schema.items()
            if k != "required"
        }

    return jsonschema.Draft202012Validator(without_required(_jsonschema_validator(module, definition).schema))


def _verdicts(module: str, definition: str, data, lenient: bool = False) -> tuple[bool, bool]:
    generated = import_module(f"msklint.validators.{module}")
    if lenient:
        reference = _lenient_jsonschema_validator(module, definition)
        return generated.is_valid(data, definition, generated.LENIENT), reference.is_valid(data)
    return generated.is_valid(data, definition), _jsonschema_validator(module, definition).is_valid(data)


@functools.cache
def _lint_folders():
    """What msklint validates when it lints the files of FOLDERS with the rules that validate (the topic
    loader validates too): (file, module, definition, document, lenient) for every call of a generated
    validator, and (file, fast verdict, request errors) for every MSK request with deploy-time values."""
    seen, requests = [], []
    originals = {m: import_module(f"msklint.validators.{m}").is_valid for m in MODULES}
    fast_valid = cluster_schema._fast_valid
    current = [""]

    def recorder(module):
        def is_valid(data, definition="", table=None):
            generated = import_module(f"msklint.validators.{module}")
            lenient = table is not None and table is getattr(generated, "LENIENT", None)
            seen.append((current[0], module, definition, copy.deepcopy(data), lenient))
            return originals[module](data, definition, *([table] if table is not None else []))

        return is_valid

    def fast_valid_recorder(root, plain, unknowns, name, definition, strict):
        verdict = fast_valid(root, plain, unknowns, name, definition, strict)
        if unknowns or not strict:
            cluster_schema._fast_valid = lambda *args: False
            try:
                errors = cluster_schema.structural_errors(root, name, definition, strict)
            finally:
                cluster_schema._fast_valid = fast_valid_recorder
            requests.append((current[0], verdict, errors))
        return verdict

    for module in MODULES:
        import_module(f"msklint.validators.{module}").is_valid = recorder(module)
    cluster_schema._fast_valid = fast_valid_recorder
    try:
        for folder in FOLDERS:
            for path in sorted(p for p in folder.rglob("*") if p.is_file()):
                if not path.name.lower().endswith(KNOWN_SUFFIXES) or path.stat().st_size > 256 * 1024:
                    continue
                current[0] = str(path.relative_to(folder.parent))
                try:
                    documents = load_file(str(path), None)
                    context = build_context(documents, ClusterContext())
                    run_rules(documents, context, Config(select=("C001", "C032", "U001", "I001")))
                except InputError:
                    continue
    finally:
        for module, original in originals.items():
            import_module(f"msklint.validators.{module}").is_valid = original
        cluster_schema._fast_valid = fast_valid
    return tuple(seen), tuple(requests)


def _validated_documents():
    return _lint_folders()[0]


def test_every_schema_is_exercised_by_real_documents():
    used = {module for _, module, *_ in _validated_documents()}
    assert {"topics", "iam_policy", "msk_CreateCluster", "msk_CreateClusterV2"} <= used, used
    verdicts = [_verdicts(m, d, data, lenient)[1] for _, m, d, data, lenient in _validated_documents()]
    assert True in verdicts and False in verdicts  # both kinds, or the comparison proves little
    assert any(lenient for *_, lenient in _validated_documents())


def test_generated_verdict_equals_jsonschema_on_every_real_document():
    differ = [
        (name, module, definition, data)
        for name, module, definition, data, lenient in _validated_documents()
        if len(set(_verdicts(module, definition, data, lenient))) != 1
    ]
    assert not differ, differ[:3]


def test_a_request_with_deploy_time_values_passes_the_fast_path_only_without_errors():
    """Its known part valid under the schema without `required`, and every required member present
    (msklint.packs.cluster.schema._known_part), means jsonschema's errors are all dropped too; so does a
    Terraform request's (unknown members are not reported there)."""
    requests = _lint_folders()[1]
    assert any(fast for _, fast, _ in requests), "no CloudFormation/Terraform request took the fast path"
    wrong = [(name, errors) for name, fast, errors in requests if fast and errors]
    assert not wrong, wrong[:3]


def _schema_words(module: str) -> list:
    """Property names and enum/const values of a schema: mutations that are likely to matter."""
    name = module.replace("_", "-", 1) if module.startswith("msk_") else module.replace("_", "-")
    words: set = set()

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "properties":
                    words.update(value)
                if key == "enum":
                    words.update(value)
                if key == "const":
                    words.add(value)
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(json.loads((ROOT / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8")))
    return sorted(words | {w.lower() for w in words if isinstance(w, str)} | {f"{w}x" for w in words})


_SCALARS = st.sampled_from(
    [None, True, False, 0, 1, -1, 1.0, 1.5, 32767, 32768, "", "x", "a\n", "${unresolved}", "*", "2012-10-17"]
)
_VALUES = st.recursive(
    _SCALARS | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


def _places(value, path=()):
    yield path, value
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _places(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _places(child, (*path, index))


def _mutate(data, document):
    """The document with a few edits: a value replaced, a member or item dropped, a member added (often a
    name or value the schema knows), a value wrapped in a list or unwrapped."""
    words = _schema_words(document[1])
    value = copy.deepcopy(document[3])
    for _ in range(data.draw(st.integers(1, 4))):
        path, target = data.draw(st.sampled_from(list(_places(value))))
        edit = data.draw(st.sampled_from(("replace", "word", "drop", "add", "wrap", "unwrap")))
        if edit in ("replace", "word", "wrap", "unwrap"):
            if edit == "replace":
                new = data.draw(_VALUES)
            elif edit == "word":
                new = data.draw(st.sampled_from(words))
            elif edit == "wrap":
                new = [target]
            else:
                new = target[0] if isinstance(target, list) and target else target
            if not path:
                value = new
                continue
            parent = value
            for part in path[:-1]:
                parent = parent[part]
            parent[path[-1]] = new
        elif edit == "drop" and isinstance(target, dict | list) and target:
            if isinstance(target, dict):
                del target[data.draw(st.sampled_from(sorted(target)))]
            else:
                del target[data.draw(st.integers(0, len(target) - 1))]
        elif edit == "add" and isinstance(target, dict):
            key = data.draw(st.sampled_from(words) | st.text(max_size=6))
            target[str(key)] = data.draw(_VALUES | st.sampled_from(words))
        elif edit == "add" and isinstance(target, list):
            target.append(data.draw(_VALUES | st.sampled_from(words)))
    return value


@FUZZ
@given(st.data())
def test_generated_verdict_equals_jsonschema_on_mutated_documents(data):
    document = data.draw(st.sampled_from(_validated_documents()))
    _, module, definition, _, lenient = document
    mutated = _mutate(data, document)
    generated, reference = _verdicts(module, definition, mutated, lenient)
    assert generated == reference, (document[0], module, definition, mutated)


@pytest.mark.parametrize(
    "path",
    [
        "examples/topics/good/topics.yaml",
        "examples/iam/good.json",
        "examples/cluster/good-create-cluster.json",
        "examples/cluster/good-update-broker-storage.json",
        "examples/cluster/good-cloudformation.yaml",  # deploy-time values: known part validated
        "examples/cluster/bad-terraform.tf",  # its structure is valid (other rules' findings), references
    ],
)
def test_linting_a_valid_file_does_not_import_jsonschema(path):
    code = (
        "import sys; from msklint.cli import main; main(['check', '--format', 'json', sys.argv[1]]); "
        "print('jsonschema' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(ROOT / path)], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert out.stdout.strip().splitlines()[-1] == "False", out.stdout + out.stderr


def _errors(validator, data) -> list:
    """What msklint reads of jsonschema's errors: message, place, keyword and the schema's own members."""

    def summary(error):
        schema = error.schema if isinstance(error.schema, dict) else {}
        context = [summary(inner) for inner in error.context or ()]
        return error.message, list(error.absolute_path), error.validator, sorted(schema), context

    return [summary(error) for error in validator.iter_errors(data)]


def _messages_agree(module: str, definition: str, data) -> bool:
    name = module.replace("_", "-", 1) if module.startswith("msk_") else module.replace("_", "-")
    written_out = validators.jsonschema_validator(name, definition)  # its $refs written out in place
    return _errors(written_out, data) == _errors(_jsonschema_validator(module, definition), data)


def test_jsonschema_errors_with_refs_written_out_equal_the_schemas_on_every_real_document():
    documents = [d for d in _validated_documents() if not d[4]]
    assert any(not _verdicts(module, definition, data)[1] for _, module, definition, data, _ in documents)
    differ = [d[:3] for d in documents if not _messages_agree(d[1], d[2], d[3])]
    assert not differ, differ[:3]


@FUZZ
@given(st.data())
def test_jsonschema_errors_with_refs_written_out_equal_the_schemas_on_mutated_documents(data):
    document = data.draw(st.sampled_from([d for d in _validated_documents() if not d[4]]))
    mutated = _mutate(data, document)
    assert _messages_agree(document[1], document[2], mutated), (document[0], mutated)
