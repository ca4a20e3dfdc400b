import pytest
from hypothesis import given
from hypothesis import strategies as st

from msklint.findings import InputError
from msklint.syntax.properties import parse_properties


def entries(text):
    return [
        (e.key, e.value, e.line, e.column, e.value_line, e.value_column)
        for e in parse_properties(text).entries
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a=b", [("a", "b", 1, 1, 1, 3)]),
        ("a: b", [("a", "b", 1, 1, 1, 4)]),
        ("a b", [("a", "b", 1, 1, 1, 3)]),
        ("  a = b  ", [("a", "b  ", 1, 3, 1, 7)]),  # trailing whitespace belongs to the value, as in Java
        ("a", [("a", "", 1, 1, 1, 2)]),
        ("a=", [("a", "", 1, 1, 1, 3)]),
        ("a==b", [("a", "=b", 1, 1, 1, 3)]),
        ("a:=b", [("a", "=b", 1, 1, 1, 3)]),
        ("a = = b", [("a", "= b", 1, 1, 1, 5)]),
        ("# c\n! c\na=1", [("a", "1", 3, 1, 3, 3)]),
        ("a=b # not a comment", [("a", "b # not a comment", 1, 1, 1, 3)]),
        ("a=x\\\n   y", [("a", "xy", 1, 1, 1, 3)]),
        ("a=x\\\\\nb=y", [("a", "x\\", 1, 1, 1, 3), ("b", "y", 2, 1, 2, 3)]),  # escaped backslash
        ("a=\\\n  y", [("a", "y", 1, 1, 2, 3)]),
        ("# comment \\\na=1", [("a", "1", 2, 1, 2, 3)]),  # comments never continue
        ("k\\=ey=v", [("k=ey", "v", 1, 1, 1, 7)]),
        ("k\\ ey=v", [("k ey", "v", 1, 1, 1, 7)]),
        ("a=\\t\\n\\u0041\\q", [("a", "\t\nAq", 1, 1, 1, 3)]),
        ("a=1\r\nb=2\rc=3\n", [("a", "1", 1, 1, 1, 3), ("b", "2", 2, 1, 2, 3), ("c", "3", 3, 1, 3, 3)]),
        ("\ta\f=\t1", [("a", "1", 1, 2, 1, 6)]),
        ("a=1\na=2", [("a", "1", 1, 1, 1, 3), ("a", "2", 2, 1, 2, 3)]),
        ("a=x\\", [("a", "x", 1, 1, 1, 3)]),  # continuation at end of file
        ("\n\n   \n", []),
    ],
)
def test_java_semantics(text, expected):
    assert entries(text) == expected


def test_last_duplicate_wins():
    parsed = parse_properties("a=1\na=2\n")
    assert parsed.value("a") == "2"
    assert len(parsed.entries) == 2


def test_malformed_unicode_escape_has_position():
    with pytest.raises(InputError) as raised:
        parse_properties("ok=1\nbad=\\u00zz\n")
    assert (raised.value.line, raised.value.column) == (2, 5)


def test_comments_are_kept_with_lines():
    assert parse_properties("# one\n  ! two\na=1").comments == [(1, " one"), (2, " two")]


@given(
    st.dictionaries(
        st.from_regex(r"[a-z][a-z0-9._-]{0,20}", fullmatch=True),
        st.text(
            alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\\\r\n"), max_size=30
        ),
        max_size=10,
    )
)
def test_round_trip_of_simple_files(mapping):
    text = "".join(f"{key}={value}\n" for key, value in mapping.items())
    parsed = parse_properties(text)
    assert {k: v.value for k, v in parsed.last.items()} == {k: v.lstrip(" \t\f") for k, v in mapping.items()}
