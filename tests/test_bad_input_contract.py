"""The bad-input contract, driven through the CLI so it holds whatever the loaders become: for every
input kind and every hostile input, `msklint check` gives findings or one line per unreadable file on
standard error (naming the file) and exit code 2, within bounded time and memory, without a traceback,
and the other files of the run are still linted.

Each run is a child process with a wall-clock timeout, a CPU-time limit and an address-space limit
(`bounded_cli`), so a regression fails here instead of hanging CI.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT

EXAMPLES = ROOT / "examples"
MEMORY_LIMIT = 1024**3  # the bound: no input makes msklint use more than 1 GiB
CPU_SECONDS = 60
WALL_SECONDS = 120  # a hang guard on a shared machine; speed targets are in bench/, not here

# A file with a known finding (B002, a duplicate property) that every run also lints.
COMPANION = "companion.properties"
COMPANION_TEXT = "num.io.threads=8\nnum.io.threads=8\n"


def _limits():
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))


def bounded_cli(*args: str, cwd: Path, timeout: float = WALL_SECONDS):
    """`msklint ARGS` in a child process with time and memory bounds: exit code, stdout, stderr."""
    completed = subprocess.run(
        [sys.executable, "-m", "msklint", *args],
        capture_output=True,
        cwd=cwd,
        timeout=timeout,
        preexec_fn=_limits,
        stdin=subprocess.DEVNULL,
    )
    return completed.returncode, completed.stdout.decode("utf-8"), completed.stderr.decode("utf-8")


def _plan() -> str:
    return json.dumps(
        {"msklint_plan": 1, "request": {"endpoint": "rebalance", "brokers": {}}, "proposals": []}
    )


# kind → (file name, a valid sample of it, its syntax)
KINDS = {
    "properties": ("server.properties", "num.io.threads=8\nlog.retention.hours=168\n", "properties"),
    "topics": (
        "topics.yaml",
        "topics:\n  - name: orders\n    partitions: 6\n    replication_factor: 3\n",
        "yaml",
    ),
    "iam": ("policy.json", (EXAMPLES / "iam" / "good.json").read_text(), "json"),
    "cluster-json": ("cluster.json", (EXAMPLES / "cluster" / "good-create-cluster.json").read_text(), "json"),
    "cloudformation": (
        "template.yaml",
        (EXAMPLES / "cluster" / "good-cloudformation.yaml").read_text(),
        "yaml",
    ),
    "terraform": ("main.tf", (EXAMPLES / "cluster" / "bad-terraform.tf").read_text(), "hcl"),
    "worker": (
        "connect.worker.properties",
        (EXAMPLES / "cluster" / "good.worker.properties").read_text(),
        "properties",
    ),
    "plan": ("plan.json", _plan(), "json"),
    "update": ("update.json", (EXAMPLES / "cluster" / "good-update-broker-storage.json").read_text(), "json"),
}

DEEP = 100_000
LONG = 5 * 1024 * 1024
BIG = 50 * 1024 * 1024


def _deep(syntax: str) -> bytes:
    nested = "[" * DEEP + "]" * DEEP
    return {
        "properties": f"a={nested}\n",
        "json": nested,
        "yaml": f"a: {nested}\n",
        "hcl": f"a = {nested}\n",
        "toml": f"a = {nested}\n",
    }[syntax].encode()


def _long_line(syntax: str) -> bytes:
    value = "v" * LONG
    return {
        "properties": f"num.io.threads={value}\n",
        "json": f'{{"a": "{value}"}}',
        "yaml": f"a: {value}\n",
        "hcl": f'a = "{value}"\n',
        "toml": f'select = ["{value}"]\n',
    }[syntax].encode()


def _duplicates(syntax: str, sample: str) -> bytes:
    return {
        "properties": sample + sample,
        "json": '{"Version": "2012-10-17", "Version": "2012-10-17", "Statement": []}',
        "yaml": sample + sample,
        "hcl": sample + sample,
        "toml": 'fail-on = "info"\nfail-on = "error"\n',
    }[syntax].encode()


def _large(syntax: str) -> bytes:
    """A valid file of about 700 KB: many entries (throughput, not one pathological construct; for
    Terraform beyond what python-hcl2 parses in bounded time, so refused)."""
    count = 20_000
    return {
        "properties": "".join(f"log.retention.hours={i}\n" for i in range(count)),
        "json": json.dumps({f"k{i}": [i, "x", {"a": i}] for i in range(count)}),
        "yaml": "".join(f"k{i}: [{i}, x, {{a: {i}}}]\n" for i in range(count)),
        "hcl": "".join(f'locals {{\n  v{i} = [{i}, "x", {{ a = {i} }}]\n}}\n' for i in range(count)),
        "toml": "".join(f"k{i} = [{i}, 'x']\n" for i in range(count)),
    }[syntax].encode()


def bad_inputs(syntax: str, sample: str) -> dict[str, bytes]:
    """Name → content of each hostile file for a syntax (the file-system cases are made separately)."""
    inputs = {
        "empty": b"",
        "whitespace": b" \n\t\r\n  \n",
        "binary": bytes(range(256)) * 64,
        "invalid-utf8": sample.encode() + b"\n\xff\xfe\xc3\x28\n",
        "utf16-bom": sample.encode("utf-16"),
        "crlf": sample.replace("\n", "\r\n").encode(),
        "deep": _deep(syntax),
        "long-line": _long_line(syntax),
        "duplicates": _duplicates(syntax, sample),
        "large": _large(syntax),
    }
    if syntax == "yaml":
        laughs = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
        laughs += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
        inputs["alias-bomb"] = ("\n".join(laughs) + "\n").encode()
        inputs["alias-loop"] = b"a: &a [1, *a]\n"
        inputs["python-tag"] = (
            b"a: !!python/object/apply:os.system ['touch PWNED']\n"
            b"b: !!python/object/new:subprocess.Popen [['touch', 'PWNED']]\n"
        )
    return inputs


# Outcomes a case must have (beyond the general contract): "error" = one line, exit 2; None = either.
EXPECTED = {
    "empty": "error",
    "whitespace": "error",
    "binary": "error",
    "invalid-utf8": "error",
    "utf16-bom": "error",
    "big": "error",
    "alias-bomb": "error",
    "alias-loop": "error",
    "symlink-loop": "error",
    "dangling-symlink": "error",
    "fifo": "error",
    "device": "error",
}


def make_cases(folder: Path, suffix: str, syntax: str, sample: str) -> dict[str, Path]:
    """Every hostile file for one kind, written into `folder`: name → path."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, content in bad_inputs(syntax, sample).items():
        path = folder / f"{name}{suffix}"
        path.write_bytes(content)
        paths[name] = path
    big = folder / f"big{suffix}"
    with open(big, "wb") as handle:
        handle.write(sample.encode())
        handle.truncate(BIG)
    paths["big"] = big
    os.symlink(f"loop-b{suffix}", folder / f"symlink-loop{suffix}")
    os.symlink(f"symlink-loop{suffix}", folder / f"loop-b{suffix}")
    paths["symlink-loop"] = folder / f"symlink-loop{suffix}"
    os.symlink("does-not-exist", folder / f"dangling-symlink{suffix}")
    paths["dangling-symlink"] = folder / f"dangling-symlink{suffix}"
    unreadable = folder / f"unreadable{suffix}"
    unreadable.write_text(sample)
    unreadable.chmod(0)  # root still reads it: then findings are the right outcome
    paths["unreadable"] = unreadable
    os.mkfifo(folder / f"fifo{suffix}")
    paths["fifo"] = folder / f"fifo{suffix}"
    os.symlink("/dev/zero", folder / f"device{suffix}")
    paths["device"] = folder / f"device{suffix}"
    return paths


def assert_contract(code: int, out: str, err: str, cases: dict[str, Path], cwd: Path):
    """The general contract for one run, and the specific outcome of each case."""
    assert "Traceback" not in err and "Traceback" not in out, err[-3000:]
    report = json.loads(out)
    assert code in (1, 2), (code, err)
    assert (code == 2) == bool(report["errors"]), (code, report["errors"])
    companion = [f["rule"] for f in report["findings"] if f["path"].endswith(COMPANION)]
    assert "B002" in companion, "the other file of the run was not linted"
    lines = err.splitlines()
    assert len(lines) == len(report["errors"]), err
    for line in lines:
        assert line.startswith("msklint: ") and len(line) < 2000, line[:300]
    errors_by_path = {}
    for error in report["errors"]:
        errors_by_path.setdefault(Path(error["path"]).name, []).append(error["message"])
    for name, path in cases.items():
        messages = errors_by_path.get(path.name, [])
        assert len(messages) <= 1, (name, messages)
        if messages:
            assert "\n" not in messages[0] and str(path.relative_to(cwd)) in messages[0], (name, messages)
        if EXPECTED.get(name) == "error":
            assert messages, f"{name}: expected a one-line error, got none"
    assert not (cwd / "PWNED").exists(), "a YAML tag constructed an object"


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_hostile_input_of_a_kind(kind, tmp_path):
    filename, sample, syntax = KINDS[kind]
    suffix = filename[filename.index(".") :] if kind == "worker" else Path(filename).suffix
    cases = make_cases(tmp_path / "bad", suffix, syntax, sample)
    (tmp_path / COMPANION).write_text(COMPANION_TEXT)
    code, out, err = bounded_cli("check", "bad", COMPANION, "--format", "json", cwd=tmp_path)
    assert_contract(code, out, err, cases, tmp_path)
    errors = {Path(e["path"]).name: e["message"] for e in json.loads(out)["errors"]}
    if syntax == "yaml":
        assert "alias bomb" in errors[f"alias-bomb{suffix}"]
        assert errors[f"alias-bomb{suffix}"].startswith(f"bad/alias-bomb{suffix}:")


def _single_file_cases(tmp_path: Path, syntax: str, sample: str, suffix: str) -> dict[str, Path]:
    return make_cases(tmp_path / "bad", suffix, syntax, sample)


CURRENT_SAMPLE = (EXAMPLES / "cluster" / "describe-cluster.json").read_text()
CONFIG_SAMPLE = 'select = ["B"]\nfail-on = "warning"\n'


@pytest.mark.parametrize("option", ["--current", "--config", "--cluster"])
def test_hostile_files_given_to_options(option, tmp_path):
    """A hostile `--current`, `--config` or `--cluster` file: one line naming it, exit 2, no traceback."""
    syntax, sample, suffix = {
        "--current": ("json", CURRENT_SAMPLE, ".json"),
        "--config": ("toml", CONFIG_SAMPLE, ".toml"),
        "--cluster": ("json", CURRENT_SAMPLE, ".json"),
    }[option]
    cases = _single_file_cases(tmp_path, syntax, sample, suffix)
    (tmp_path / COMPANION).write_text(COMPANION_TEXT)
    update = EXAMPLES / "cluster" / "good-update-broker-storage.json"
    for name, path in cases.items():
        args = ["check", COMPANION, str(update), option, str(path.relative_to(tmp_path)), "--format", "json"]
        code, out, err = bounded_cli(*args, cwd=tmp_path)
        assert "Traceback" not in err, (name, err[-3000:])
        if code == 2:
            assert len(err.splitlines()) == 1 and path.name in err, (name, err)
        else:
            empty_config = option == "--config" and name in ("empty", "whitespace")  # TOML: no settings
            assert code in (0, 1) and (EXPECTED.get(name) != "error" or empty_config), (name, code, err)
            assert "B002" in out
        assert not (tmp_path / "PWNED").exists()


def test_a_folder_of_ten_thousand_files(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(10_000):
        (folder / f"b{number:05}.properties").write_text(f"num.io.threads={number % 7 + 1}\n")
    (folder / "server.properties").write_text(COMPANION_TEXT)
    code, out, err = bounded_cli("check", "many", "--format", "json", cwd=tmp_path)
    report = json.loads(out)
    assert (code, err) == (1, "")
    assert report["summary"]["files"] == 10_001
    assert [f["rule"] for f in report["findings"] if f["path"].endswith("server.properties")] == ["B002"]


def test_a_device_or_fifo_named_on_the_command_line(tmp_path):
    os.mkfifo(tmp_path / "pipe.yaml")
    (tmp_path / COMPANION).write_text(COMPANION_TEXT)
    code, out, err = bounded_cli(
        "check", "pipe.yaml", "/dev/zero", "/dev/null", COMPANION, cwd=tmp_path, timeout=60
    )
    assert code == 2 and "B002" in out
    assert sorted(line.split(":")[1].strip() for line in err.splitlines()) == [
        "/dev/null",
        "/dev/zero",
        "pipe.yaml",
    ]


def test_hostile_plan_files_given_to_rebalance_check(tmp_path):
    """`msklint rebalance check PLAN` reads plans through the same loader: one line naming the file, exit 2."""
    cases = make_cases(tmp_path / "bad", ".json", "json", _plan())
    for name, path in cases.items():
        if name == "crlf" or (name == "unreadable" and os.access(path, os.R_OK)):
            continue  # a valid plan (no proposals); root reads a file of mode 000
        code, _, err = bounded_cli("rebalance", "check", str(path.relative_to(tmp_path)), cwd=tmp_path)
        assert "Traceback" not in err, (name, err[-3000:])
        assert code == 2 and len(err.splitlines()) == 1 and path.name in err, (name, code, err)


def test_hostile_metadata_files_given_to_rebalance_plan(tmp_path):
    """`msklint rebalance plan --metadata FILE` reads the metadata file through the same safe reader: one line
    naming the file, exit 2, and no plan written."""
    sample = json.dumps(
        {
            "brokers": [{"id": 1, "rack": "a"}, {"id": 2, "rack": "b"}],
            "partitions": [{"topic": "t", "partition": 0, "replicas": [1, 2]}],
        }
    )
    cases = make_cases(tmp_path / "bad", ".json", "json", sample)
    for name, path in cases.items():
        if name == "crlf" or (name == "unreadable" and os.access(path, os.R_OK)):
            continue  # a valid metadata file; root reads a file of mode 000
        target = tmp_path / "plan.json"
        code, _, err = bounded_cli(
            "rebalance", "plan", "--strategy", "balance", "--metadata", str(path.relative_to(tmp_path)),
            "-o", str(target), cwd=tmp_path,
        )  # fmt: skip
        assert "Traceback" not in err, (name, err[-3000:])
        assert code == 2 and len(err.splitlines()) == 1 and path.name in err, (name, code, err)
        assert not target.exists(), name
