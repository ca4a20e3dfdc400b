"""`msklint check --jobs N`: worker processes change nothing in the output (same findings, same order, same
text/JSON/SARIF), and a failure in a worker keeps the one-line error / exit 2 contract."""

import os
import shutil
from pathlib import Path

import msklint.rules.broker_duplicate_key as duplicate_key
import pytest

from msklint.cli import main
from msklint.engine import parallel_jobs

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

pytestmark = pytest.mark.skipif(parallel_jobs(2, 0) == 1, reason="needs fork (Linux)")


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> Path:
    """Every example (all kinds, good and bad, Terraform included) three times over, in folders."""
    folder = tmp_path_factory.mktemp("mixed")
    for copy in range(3):
        shutil.copytree(EXAMPLES, folder / f"copy{copy}")
    return folder


def _run(capsys, folder: Path, tmp_path: Path, output_format: str, jobs: str) -> tuple[int, str, str]:
    out = tmp_path / f"{output_format}-{jobs}.out"
    code = main(["check", str(folder), "--format", output_format, "-o", str(out), "--jobs", jobs])
    return code, out.read_text(encoding="utf-8") if out.exists() else "", capsys.readouterr().err


@pytest.mark.parametrize("output_format", ["text", "json", "sarif"])
def test_parallel_output_is_identical_to_serial(capsys, mixed, tmp_path, output_format):
    serial = _run(capsys, mixed, tmp_path, output_format, "1")
    assert serial[0] == 1 and serial[1].count("B0") > 3  # findings of several kinds to compare
    for jobs in ("2", "3"):
        assert _run(capsys, mixed, tmp_path, output_format, jobs) == serial


def test_auto_is_serial_for_a_few_files_and_parallel_for_many():
    assert parallel_jobs(None, 10) == 1
    assert parallel_jobs(None, 5000) == len(os.sched_getaffinity(0))
    assert parallel_jobs(1, 5000) == 1
    assert parallel_jobs(3, 10) == 3


def test_an_input_error_in_a_worker_is_one_line_exit_2(capsys, mixed, tmp_path, monkeypatch):
    from msklint.findings import InputError

    def check(document, context, options):
        raise InputError("cannot read this broker file", 3, 4)

    monkeypatch.setattr(duplicate_key, "check", check)  # the forked workers inherit the patch
    code, _, err = _run(capsys, mixed, tmp_path, "json", "2")
    assert code == 2
    assert err == "msklint: cannot read this broker file\n"


def test_a_worker_that_dies_is_one_line_exit_2(capsys, mixed, tmp_path, monkeypatch):
    monkeypatch.setattr(duplicate_key, "check", lambda document, context, options: os._exit(9))
    code, _, err = _run(capsys, mixed, tmp_path, "json", "2")
    assert code == 2
    assert (
        err.count("\n") == 1
        and err.startswith("msklint: a worker process stopped")
        and "Traceback" not in err
    )


def test_jobs_must_be_a_positive_number_or_auto(capsys):
    with pytest.raises(SystemExit) as raised:
        main(["check", str(EXAMPLES), "--jobs", "0"])
    assert raised.value.code == 2
    assert "not a number of processes" in capsys.readouterr().err
