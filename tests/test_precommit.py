"""The real `pre-commit try-repo` against this checkout: a bad file fails the hook, a good one passes."""

import os
import subprocess

from helpers import ROOT


def git(*args, cwd):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def try_repo(repo, *files, home):
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never"}
    return subprocess.run(
        ["pre-commit", "try-repo", str(ROOT), "msklint", "--files", *files],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )


def test_pre_commit_hook(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    git("init", "-q", cwd=repo)
    (repo / "bad.properties").write_text("replica.lag.time.max.ms=5000\n")
    (repo / "good.properties").write_text("replica.lag.time.max.ms=30000\n")
    git("add", ".", cwd=repo)
    home = tmp_path / "pre-commit-home"

    failed = try_repo(repo, "bad.properties", home=home)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "bad.properties:1:25: B010 error" in failed.stdout

    passed = try_repo(repo, "good.properties", home=home)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "msklint" in passed.stdout and "Passed" in passed.stdout


def test_repository_hook_configurations_are_valid():
    for command, name in (
        ("validate-config", ".pre-commit-config.yaml"),
        ("validate-manifest", ".pre-commit-hooks.yaml"),
    ):
        result = subprocess.run(["pre-commit", command, str(ROOT / name)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
