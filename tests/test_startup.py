"""What a `msklint check` of files sets up before it lints (issue 15's start-up budget; the times themselves
are measured by bench/run.py, not here): which classes it defines as dataclasses, which modules it imports.
And `msklint.record`, the cheap stand-in for dataclasses, behaves as they do."""

from __future__ import annotations

import copy
import dataclasses
import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from msklint.record import FrozenInstanceError, field, fields, record, replace

ROOT = Path(__file__).resolve().parent.parent

# One file of every kind a check reads from disk (bench/inputs.py COLD), and a plan file.
FILES = [
    "examples/broker/good.properties",
    "examples/cluster/good.worker.properties",
    "examples/topics/good/topics.yaml",
    "examples/iam/good.json",
    "examples/cluster/good-create-cluster.json",
    "examples/cluster/good-cloudformation.yaml",
    "examples/cluster/bad-terraform.tf",
]

# The dataclasses a check may define: none, every data class of the product is a record (msklint.record).
DATACLASSES: set[str] = set()

# Modules a check of files has no use for: the rebalancer, the live reader, jsonschema/pydantic/lark, and
# the standard library modules that only came with conveniences (pkgutil for rule discovery,
# importlib.resources for package data: tempfile, zipfile).
NOT_IMPORTED = [
    "msklint.rebalance.cli",
    "msklint.rebalance.plan",  # msklint.loaders.plan recognises a plan file first
    "msklint.live",
    "jsonschema",
    "pydantic",
    "lark",
    "hcl2",
    "pkgutil",
    "importlib.resources",
    "tempfile",
    "zipfile",
    "shutil",  # argparse imports it for the terminal's width: msklint.cli works that out itself
    "dataclasses",  # msklint.record instead
    "inspect",
    "logging",  # lark's generated runtime logs nothing at its level: tools/gen_hcl_parser.py drops it
]


def check_run(files: list[str], spy: bool) -> dict:
    """A check of `files` in a fresh interpreter: the modules it imported, or (`spy`) the dataclasses it
    defined (the spy imports dataclasses itself) and a class of its own to show that it sees them."""
    code = "import json, sys\n"
    if spy:
        code += (
            "import dataclasses\n"
            "made = []\n"
            "process = dataclasses._process_class\n"
            "def spy(cls, *args):\n"
            "    made.append(f'{cls.__module__}.{cls.__qualname__}')\n"
            "    return process(cls, *args)\n"
            "dataclasses._process_class = spy\n"
            "@dataclasses.dataclass\n"
            "class Witness:\n"
            "    pass\n"
        )
    code += (
        "from msklint.cli import main\n"
        f"code = main(['check', '--format', 'json', *{files!r}])\n"
        "print(json.dumps({'code': code, 'dataclasses': made if %r else [], 'modules': sorted(sys.modules)}))\n"
        % spy
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def every_kind() -> dict:
    return check_run(FILES, spy=False)


def test_a_check_of_every_kind_defines_no_other_dataclass():
    spied = check_run(FILES, spy=True)
    assert spied["code"] in (0, 1) and spied["dataclasses"][0] == "__main__.Witness"
    assert set(spied["dataclasses"][1:]) <= DATACLASSES


def test_a_check_of_files_other_than_terraform_does_not_import_typing():
    loaded = check_run([name for name in FILES if not name.endswith(".tf")], spy=False)["modules"]
    assert "msklint.syntax.structured" in loaded and "typing" not in loaded  # lark's runtime needs it


def test_a_check_of_every_kind_imports_none_of_what_it_does_not_use(every_kind):
    loaded = set(every_kind["modules"])
    assert {"msklint.record", "msklint.syntax._hcl_lark"} <= loaded  # the run did read the Terraform file
    assert [name for name in NOT_IMPORTED if name in loaded] == []


# ---------------------------------------------------------------- msklint.record against dataclasses


def declare(decorate, frozen: bool, make_field, name: str):
    """The same class as a record or as a dataclass (module-level name `name`, so that it pickles)."""

    @decorate(frozen=frozen)
    class Point:
        line: int
        column: int
        target: str = ""
        notes: tuple = make_field(tuple)
        source: str | None = make_field(None)

        @property
        def where(self) -> str:
            return f"{self.line}:{self.column}"

    Point.__qualname__ = Point.__name__ = name
    return Point


def as_dataclass(frozen):
    return dataclasses.dataclass(frozen=frozen, slots=True)


def dataclass_field(what):
    if callable(what):
        return dataclasses.field(default_factory=what)
    return dataclasses.field(default=what, compare=False)


def record_field(what):
    return field(factory=what) if callable(what) else field(default=what, compare=False)


FrozenRecord = declare(record, True, record_field, "FrozenRecord")
FrozenData = declare(as_dataclass, True, dataclass_field, "FrozenData")
MutableRecord = declare(record, False, record_field, "MutableRecord")
MutableData = declare(as_dataclass, False, dataclass_field, "MutableData")


@pytest.mark.parametrize(("Record", "Data"), [(FrozenRecord, FrozenData), (MutableRecord, MutableData)])
def test_a_record_behaves_as_the_same_dataclass(Record, Data):
    r1, r2 = Record(3, 4, "x", (1,), "here"), Record(3, 4)
    d1, d2 = Data(3, 4, "x", (1,), "here"), Data(3, 4)

    def same(record_text, data_text):
        return record_text.replace("Record", "") == data_text.replace("Data", "")

    assert same(repr(r1), repr(d1)) and same(repr(r2), repr(d2))
    assert repr(r2) == f"{Record.__qualname__}(line=3, column=4, target='', notes=(), source=None)"
    assert r1 == Record(3, 4, "x", (1,), "elsewhere") and d1 == Data(
        3, 4, "x", (1,), "elsewhere"
    )  # not compared
    assert r1 != r2 and d1 != d2
    assert r1 != Data(3, 4, "x", (1,), "here")  # another class is never equal, as with dataclasses
    assert r2.notes == () == d2.notes and r1.where == "3:4"
    if Record is FrozenRecord:
        assert hash(r1) == hash(d1) and hash(r2) == hash(d2)
        with pytest.raises(FrozenInstanceError):
            r1.line = 5
        assert issubclass(FrozenInstanceError, AttributeError)
    else:
        assert Record.__hash__ is None is Data.__hash__  # mutable: unhashable, as a dataclass
        r2.line = 5
        assert r2.line == 5
    with pytest.raises(AttributeError):
        r1.other = 1  # slots
    assert same(repr(replace(r1, target="y")), repr(dataclasses.replace(d1, target="y")))
    with pytest.raises(TypeError):
        replace(r1, nothing=1)
    assert fields(Record) == tuple(f.name for f in dataclasses.fields(Data))
    for copied in (pickle.loads(pickle.dumps(r1)), copy.copy(r1), copy.deepcopy(r1)):
        assert copied == r1 and copied.source == r1.source and type(copied) is Record


@record
class Counted:
    name: str
    cache: tuple = field(default=(None,), init=False, repr=False, compare=False)

    def __post_init__(self):
        RUNS.append(self.name)


RUNS: list[str] = []


def test_a_record_runs_post_init_once_and_keeps_fields_out_of_init():
    RUNS.clear()
    item = Counted("a")
    assert (item.cache, repr(item), RUNS) == ((None,), "Counted(name='a')", ["a"])
    item.cache = (1,)
    assert item == Counted("a")  # not compared
    assert pickle.loads(pickle.dumps(item)).cache == (1,) and RUNS == ["a", "a"]  # restored, not re-made
    with pytest.raises(TypeError):
        Counted("a", (1,))


@pytest.mark.parametrize("columns", ["60", "200", ""])
def test_help_is_wrapped_as_argparse_wraps_it(columns, monkeypatch):
    import argparse

    from msklint.cli import _Parser

    monkeypatch.setenv("COLUMNS", columns)
    texts = []
    for parser_class in (_Parser, argparse.ArgumentParser):
        parser = parser_class(prog="msklint", description="Lint Amazon MSK configurations. " * 8)
        parser.add_argument("--kind", help="read every file as this kind instead of detecting it " * 3)
        texts.append(parser.format_help())
    assert texts[0] == texts[1]
    assert max(len(line) for line in texts[0].splitlines()) <= int(columns or 80) - 2
