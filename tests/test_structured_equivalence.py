"""The regex-driven JSON parser, the memoised YAML typing (msklint.syntax.structured) and the properties parser
(msklint.syntax.properties) against the code they replaced (tests/structured_reference.py): on every file of examples/, tests/data and the shared corpora, and on
generated and mutated JSON, YAML and properties, both give the same outcome — the same trees (every node's type,
value, line, column, pointer, key line and column, tag, in member order) and duplicate keys, the same properties
entries and comments, or the same error message at the same place."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import structured_reference
from helpers import ROOT, SHARED
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from msklint.findings import InputError
from msklint.syntax.properties import parse_properties
from msklint.syntax.structured import MAX_JSON_DEPTH, Node, parse_json, parse_yaml

FOLDERS = [
    ROOT / "examples",
    ROOT / "tests" / "data",
    SHARED / "corpus",
    SHARED / "corpus-wild",
    SHARED / "peer-fixtures",
]


def _flatten(node: Node, out: list) -> list:
    value = node.value
    shape = type(value).__name__
    scalar = (
        None if isinstance(value, dict | list) else repr(value)
    )  # repr: nan equals itself, -0.0 is not 0.0
    out.append(
        (
            node.pointer,
            shape,
            scalar,
            node.line,
            node.column,
            node.key_line,
            node.key_column,
            node.tag,
            node.origin,
        )
    )
    if isinstance(value, dict):
        out.append(("keys", list(value)))
        for child in value.values():
            _flatten(child, out)
    elif isinstance(value, list):
        for child in value:
            _flatten(child, out)
    return out


def _outcome(parse, text: str):
    try:
        parsed = parse(text)
    except InputError as error:
        return ("error", error.message, error.line, error.column)
    return ("ok", [_flatten(root, []) for root in parsed.documents], parsed.duplicates)


def _same(text: str) -> None:
    assert _outcome(parse_json, text) == _outcome(structured_reference.parse_json, text)


def _same_yaml(text: str) -> None:
    try:
        expected = _outcome(structured_reference.parse_yaml, text)
    except (
        ValueError,
        KeyError,
        IndexError,
    ):  # the reference crashed on an explicit `!!int null`: now an error
        assert _outcome(parse_yaml, text)[1].startswith("invalid YAML: ")
        return
    assert _outcome(parse_yaml, text) == expected
    assert _outcome(parse_yaml, text) == expected  # again, from the memoised typing


def _properties_outcome(parse, text: str, line_offset: int):
    try:
        parsed = parse(text, line_offset)
    except InputError as error:
        return ("error", error.message, error.line, error.column)
    return ("ok", parsed.entries, parsed.comments, parsed.line_offset)


def _same_properties(text: str, line_offset: int = 0) -> None:
    expected = _properties_outcome(structured_reference.parse_properties, text, line_offset)
    assert _properties_outcome(parse_properties, text, line_offset) == expected


def _files() -> list[Path]:
    found = []
    for folder in FOLDERS:
        found.extend(p for p in sorted(folder.rglob("*")) if p.is_file() and p.stat().st_size <= 512 * 1024)
    return found


FILES = _files()


def test_the_corpora_hold_json():
    assert sum(p.suffix == ".json" for p in FILES) >= 100


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT.parent)))
def test_every_file_parses_as_before(path: Path):
    """Every file, JSON or not: a file that is not JSON must fail with the same message at the same place."""
    text = path.read_bytes().decode("utf-8", errors="replace")
    _same(text)
    _same_yaml(text)
    _same_properties(text)


SETTINGS = settings(
    max_examples=400, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
KEYS = st.text(alphabet=st.sampled_from('ab~/"\\\n\té\x00 :{'), max_size=6)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(10**20), 10**20)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8)
)
VALUES = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=4)
)


@st.composite
def _json_texts(draw) -> str:
    value = draw(VALUES)
    indent = draw(st.sampled_from([None, 0, 2, "\t", "\r\n "]))
    separators = draw(st.sampled_from([None, (",", ":"), (" , ", " : "), (",\n", ":\n")]))
    text = json.dumps(value, indent=indent, separators=separators, ensure_ascii=draw(st.booleans()))
    if draw(st.booleans()):  # duplicate keys, some values on the line after their key
        text = text.replace("{", '{"a":\n 1, "a": [2],\n"a" :{"a":0,"a":1}, ', draw(st.integers(0, 3)))
    return (
        draw(st.sampled_from(["", " ", "\n", "\r\n"])) + text + draw(st.sampled_from(["", "\n", " \n", ","]))
    )


PIECES = st.sampled_from(
    ["{", "}", "[", "]", '"', ":", ",", " ", "\n", "\r", "\\", "\\u00", "-", "0", "1", ".", "e", "E", "+",
     "true", "tru", "null", "x", "\x00", "\t", "é", "١", "01", "1.", '"\\"', "}{", "//"]
)  # fmt: skip


@given(_json_texts())
@SETTINGS
def test_generated_json_parses_as_before(text: str):
    _same(text)


@given(
    _json_texts(),
    st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 3), PIECES), min_size=1, max_size=4),
)
@SETTINGS
def test_mutated_json_parses_as_before(text: str, edits: list):
    """Insertions, deletions and replacements of JSON's own characters: mostly invalid JSON."""
    for where, cut, piece in edits:
        where %= len(text) + 1
        text = text[:where] + piece + text[where + cut :]
    _same(text)


JSON_SEEDS = [p for p in FILES if p.suffix == ".json" and p.stat().st_size <= 16 * 1024]


@given(st.sampled_from(JSON_SEEDS), st.integers(0, 10**6), st.integers(0, 2), PIECES)
@SETTINGS
def test_mutated_corpus_files_parse_as_before(path: Path, where: int, cut: int, piece: str):
    text = path.read_text(encoding="utf-8", errors="replace")
    where %= len(text) + 1
    _same(text[:where] + piece + text[where + cut :])


@pytest.mark.parametrize(
    "opening, closing, levels, pointer",
    [("[", "]", 1, "/0"), ('{"a":', "}", 1, "/a"), ('[{"b": ', "}]", 2, "/0/b")],
)
def test_nesting_is_bounded_not_a_crash(opening: str, closing: str, levels: int, pointer: str):
    depth = MAX_JSON_DEPTH // levels
    root = parse_json(opening * depth + "1" + closing * depth).documents[0]
    assert root.at(pointer * depth).value == 1
    for text in (opening * (depth + 1) + closing * (depth + 1), opening * 100_000):
        with pytest.raises(InputError) as raised:
            parse_json(text)
        assert (raised.value.message, raised.value.line) == ("invalid JSON: nested too deeply", 0)


YAML_PIECES = st.sampled_from(
    ["-", "- ", ": ", ":", "\n", "\n  ", "  ", "#", "&a ", "*a", "!Sub ", "!!int ", "!!str ", "? ", "'", '"', "|",
     ">", "{", "}", "[", "]", ",", "~", "yes", "0x1F", "1_000", "1:30", ".inf", "-.5", "0o17", "2001-12-14", "\t",
     "---\n", "...\n", "%YAML 1.1\n", "<<: ", "null", "é"]
)  # fmt: skip


@st.composite
def _yaml_texts(draw) -> str:
    import yaml

    value = draw(VALUES)
    style = draw(st.sampled_from([None, False, True]))
    text = yaml.safe_dump(value, default_flow_style=style, allow_unicode=draw(st.booleans()), sort_keys=False)
    if isinstance(value, dict) and value and style is not True and draw(st.booleans()):  # duplicate keys
        text = "a:\n  b: 1\na:\n  - 2\n" + text
    if draw(st.booleans()):  # a second document
        text += "---\n" + yaml.safe_dump(draw(VALUES), sort_keys=False)
    return text


@given(_yaml_texts(), st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 3), YAML_PIECES), max_size=4))
@SETTINGS
def test_generated_and_mutated_yaml_parses_as_before(text: str, edits: list):
    for where, cut, piece in edits:
        where %= len(text) + 1
        text = text[:where] + piece + text[where + cut :]
    _same_yaml(text)


YAML_SEEDS = [
    p for p in FILES if p.suffix in (".yaml", ".yml", ".template") and p.stat().st_size <= 16 * 1024
]


@given(st.sampled_from(YAML_SEEDS), st.integers(0, 10**6), st.integers(0, 2), YAML_PIECES)
@SETTINGS
def test_mutated_corpus_yaml_parses_as_before(path: Path, where: int, cut: int, piece: str):
    text = path.read_text(encoding="utf-8", errors="replace")
    where %= len(text) + 1
    _same_yaml(text[:where] + piece + text[where + cut :])


PROPERTIES_PIECES = st.sampled_from(
    ["a", "b.c", "=", ":", " ", "\t", "\f", "\\", "\\\\", "\n", "\r", "\r\n", "#", "!", "\\u00e9", "\\u12",
     "\\t", "\\n", "\\ ", "\\=", "é", "key = value\n", "x:y", "  ", "\\\n  "]
)  # fmt: skip


@given(st.lists(PROPERTIES_PIECES, max_size=30), st.integers(0, 3))
@SETTINGS
def test_generated_properties_parse_as_before(pieces: list, line_offset: int):
    _same_properties("".join(pieces), line_offset)


PROPERTIES_SEEDS = [p for p in FILES if p.suffix == ".properties" and p.stat().st_size <= 16 * 1024]


@given(st.sampled_from(PROPERTIES_SEEDS), st.integers(0, 10**6), st.integers(0, 2), PROPERTIES_PIECES)
@SETTINGS
def test_mutated_corpus_properties_parse_as_before(path: Path, where: int, cut: int, piece: str):
    text = path.read_text(encoding="utf-8", errors="replace")
    where %= len(text) + 1
    _same_properties(text[:where] + piece + text[where + cut :])
