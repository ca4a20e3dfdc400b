import pytest

from msklint.findings import InputError
from msklint.syntax.structured import parse_json, parse_yaml

JSON = """{
  "a": 1,
  "b": [true, null, -2.5e3, "x\\u00e9"],
  "c": {"d": "e", "d": "f"}
}"""


def test_json_positions_pointers_and_duplicates():
    parsed = parse_json(JSON)
    root = parsed.documents[0]
    assert root.plain() == {"a": 1, "b": [True, None, -2500.0, "xé"], "c": {"d": "f"}}
    b2 = root.at("/b/2")
    assert (b2.line, b2.column, b2.pointer) == (3, 21, "/b/2")
    d = root.at("/c/d")
    assert (d.line, d.column, d.key_line, d.key_column) == (4, 24, 4, 19)
    assert [(x.key, x.pointer, x.line, x.first_line) for x in parsed.duplicates] == [("d", "/c", 4, 4)]


@pytest.mark.parametrize(
    "text, line, column, message",
    [
        ("", 1, 1, "the file is empty"),
        ('{"a": 1,}', 1, 9, "expected a property name"),
        ('{"a" 1}', 1, 6, "expected ':'"),
        ('{"a": 1}\n{"b": 2}', 2, 1, "extra data"),
        ("[1, 2", 1, 6, "expected ',' or ']'"),
        ('{"a": tru}', 1, 7, "unexpected character 't'"),
        ('{"a": "x\ny"}', 1, 9, "a line break or control character inside a string"),
    ],
)
def test_json_errors_have_positions(text, line, column, message):
    with pytest.raises(InputError) as raised:
        parse_json(text)
    assert (raised.value.line, raised.value.column) == (line, column)
    assert message in raised.value.message


def test_json_deep_nesting_is_an_input_error():
    with pytest.raises(InputError, match="nested too deeply"):
        parse_json("[" * 100000 + "]" * 100000)


def test_yaml_tags_positions_and_duplicates():
    parsed = parse_yaml(
        "Resources:\n  P:\n    Type: AWS::IAM::Policy\n    Name: !Sub '${AWS::StackName}-x'\n"
        "    Count: 3\n    On: yes\n    Type: again\n---\nsecond: 2\n"
    )
    first, second = parsed.documents
    name = first.at("/Resources/P/Name")
    assert (name.value, name.tag, name.line, name.column) == ("${AWS::StackName}-x", "!Sub", 4, 11)
    assert first.at("/Resources/P/Count").value == 3
    assert first.at("/Resources/P/On").value is True
    assert [(d.key, d.line, d.first_line) for d in parsed.duplicates] == [("Type", 7, 3)]
    assert second.plain() == {"second": 2}


def test_yaml_error_has_position():
    with pytest.raises(InputError) as raised:
        parse_yaml("a: [1, 2\nb: 3\n")
    assert raised.value.line == 2 and raised.value.message.startswith("invalid YAML")


@pytest.mark.parametrize(
    "text, message",
    [
        ("a: 1\nb: !!int null\n", "'null' is not a valid !!int"),
        ("b: !!float x\n", "'x' is not a valid !!float"),
        ("b: !!bool maybe\n", "'maybe' is not a valid !!bool"),
        ("b: !!int ''\n", "'' is not a valid !!int"),
        ("b: " + "1" * 5000 + "\n", "'" + "1" * 40 + "'… (5,000 characters) is not a valid !!int"),
    ],
)
def test_yaml_explicit_type_that_does_not_fit_is_an_input_error(text, message):
    with pytest.raises(InputError) as raised:
        parse_yaml(text)
    assert raised.value.message == f"invalid YAML: {message}"
    assert (raised.value.line, raised.value.column) == (text.count("\n"), 4)


def test_json_number_longer_than_python_reads_is_an_input_error():
    with pytest.raises(InputError) as raised:
        parse_json('{\n  "a": -' + "1" * 5000 + "}")
    assert (raised.value.message, raised.value.line, raised.value.column) == (
        "invalid JSON: a number too long to read (5,001 characters)",
        2,
        8,
    )
