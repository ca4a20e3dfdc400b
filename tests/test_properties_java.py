"""msklint's properties loader reads tricky files exactly as java.util.Properties.load does.

A tiny Java program (run with `java File.java`, Java 11+) loads each case with Properties.load(Reader) over
UTF-8 and prints every key and value; msklint's effective (last) values must be the same. Java is the
authority: Kafka reads server.properties with java.util.Properties. One deliberate difference: msklint
drops a UTF-8 byte-order mark before parsing (Java would make it part of the first key), so the BOM case
is compared with the BOM removed for Java and separately shown to be part of Java's key.
"""

import codecs
import subprocess

import pytest

from msklint.loaders import read_text
from msklint.syntax.properties import parse_properties

DUMP = r"""
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

public class Dump {
    static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\\') out.append("\\\\");
            else if (c < 0x20 || c > 0x7e) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.toString();
    }

    public static void main(String[] args) throws IOException {
        for (String name : args) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(Paths.get(name), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            System.out.println("== " + name);
            for (String key : new TreeSet<>(properties.stringPropertyNames())) {
                System.out.println(escape(key) + "\t" + escape(properties.getProperty(key)));
            }
        }
    }
}
"""

CASES = {
    "separators": "a=1\nb:2\nc 3\nd = 4\ne\t:\t5\nf\n g=\nh==x\ni :=y\nj  \t k\n",
    "continuations": "a=one\\\n    two\\\n\tthree\nb=x\\\\\nc=y\\\\\\\nz\nd=\\\n\ne=5\n",
    "escapes": 'a\\=b=c\nk\\ ey=v\\tw\nn=\\n\\r\\f\nq=\\q\\"x\nu=\\u00e9\\u20AC\\u0041\nc\\:d=e\n\\#h=1\n',
    "comments": "# c\n! c\n  # indented\n\t! indented\na=1 # not a comment\n#a=2\n# comment \\\nb=2\n",
    "crlf": "a=1\r\nb=2\\\r\n  3\r\nc=3\rd=4\r\n\r\ne=5",
    "unicode": "clé=valeur€\nкey=знач\n日本=語\n",
    "eof_continuation": "a=1\nb=2\\",
    "whitespace_lines": "  \n\t\n\f\na=1\n   \nb = 2  \n",
    "duplicates": "a=1\na=2\nb=x\\\n  y\nb=z\n",
    "trailing_backslash_in_key": "k\\\n  ey=v\n",
    "bom": "\ufeffa=1\nb=2\n",
}


def java_load(tmp_path, texts: dict[str, str]) -> dict[str, dict[str, str]]:
    source = tmp_path / "Dump.java"
    source.write_text(DUMP, encoding="utf-8")
    paths = []
    for name, text in texts.items():
        path = tmp_path / f"{name}.properties"
        path.write_bytes(text.encode("utf-8"))
        paths.append(str(path))
    output = subprocess.run(
        ["java", str(source), *paths], capture_output=True, text=True, check=True, timeout=120
    ).stdout
    result: dict[str, dict[str, str]] = {}
    current = None
    for line in output.splitlines():
        if line.startswith("== "):
            current = result.setdefault(line[3:].rsplit("/", 1)[-1].removesuffix(".properties"), {})
            continue
        key, _, value = line.partition("\t")
        current[codecs.decode(key, "unicode_escape")] = codecs.decode(value, "unicode_escape")
    return result


@pytest.fixture(scope="module")
def java(tmp_path_factory):
    texts = {**CASES, "bom": CASES["bom"].removeprefix("\ufeff"), "bom_raw": CASES["bom"]}
    return java_load(tmp_path_factory.mktemp("java"), texts)


@pytest.mark.parametrize("name", sorted(CASES))
def test_loader_agrees_with_java_properties(name, java, tmp_path):
    path = tmp_path / "server.properties"
    path.write_bytes(CASES[name].encode("utf-8"))
    ours = {key: entry.value for key, entry in parse_properties(read_text(str(path))).last.items()}
    assert ours == java[name]
    assert ours  # every case has properties: an empty parse on both sides would prove nothing


def test_java_keeps_the_bom_in_the_first_key_msklint_drops_it(java):
    assert "\ufeffa" in java["bom_raw"] and "a" not in java["bom_raw"]
