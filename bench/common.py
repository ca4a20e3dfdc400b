"""What the benchmark scripts share: timed child processes with their peak memory, the virtualenvs they run
in, and a note of the machine's state (it is shared: load average goes with every figure)."""

from __future__ import annotations

import os
import platform
import re
import resource
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
OUT = BENCH / "out"  # gitignored

# As installed: Python caches bytecode (some shells set PYTHONDONTWRITEBYTECODE, which recompiles every
# module on every run and adds ~100 ms that no user sees).
ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
ENV["BC_SKIP_MAPPING"] = "TRUE"  # checkov: no network look-up of guideline ids

# checkov is heavy (hundreds of dependencies): its own virtualenv, created on demand, never a project
# dependency. Same version as docs/comparison.md.
CHECKOV = "checkov==3.3.30"
CHECKOV_VENV = BENCH / ".venv-checkov"
# msklint as a user gets it: `pip install .` (not editable) with only the runtime dependencies.
RUN_VENV = BENCH / ".venv-run"


@dataclass
class Sample:
    seconds: float
    rss_mib: float  # ru_maxrss of the child (Linux: KiB)
    code: int | None  # exit code; None when killed at the timeout
    stderr: str = ""
    cpu: float = 0.0  # user + system seconds of the child: less disturbed by other load than wall time


# GNU time reports the peak RSS of its own child. ru_maxrss from os.wait4 would not do: Linux carries the
# parent's peak across fork and exec, so every child of a 45 MiB benchmark process would "use" 45 MiB.
TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


def run(
    command: list[str],
    timeout: float | None = None,
    cwd: Path | None = None,
    limit_mib: int = 0,
    limit_cpu: int = 0,
) -> Sample:
    """Run one child to completion (or kill it, and its process group, at `timeout`) and return its wall
    and CPU time and peak RSS. `limit_mib` caps its address space (RLIMIT_AS), so a runaway input cannot
    take the shared machine; `limit_cpu` kills it (SIGXCPU/SIGKILL) after that many CPU seconds, a bound
    that other load on the machine does not move."""

    def cap():
        if limit_mib:
            resource.setrlimit(resource.RLIMIT_AS, (limit_mib << 20, limit_mib << 20))
        if limit_cpu:
            resource.setrlimit(resource.RLIMIT_CPU, (limit_cpu, limit_cpu + 1))

    OUT.mkdir(exist_ok=True)
    rss_file = OUT / f".rss-{os.getpid()}"
    start = time.perf_counter()
    child = subprocess.Popen(
        [TIME, "-f", "%M", "-o", str(rss_file), *command] if TIME else command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=ENV,
        cwd=cwd or OUT,
        preexec_fn=cap if limit_mib or limit_cpu else None,
        start_new_session=True,
    )
    killed: list[tuple[float, float]] = []  # (peak RSS KiB, CPU s) of the process tree when killed

    def kill():
        killed.append(_tree_usage(child.pid))
        os.killpg(child.pid, signal.SIGKILL)

    timer = None
    if timeout:
        timer = threading.Timer(timeout, kill)
        timer.start()
    err = child.stderr.read() if child.stderr else b""  # drains the pipe until the child exits
    _, status, usage = os.wait4(child.pid, 0)  # CPU time includes the children `time` waited for
    elapsed = time.perf_counter() - start
    if timer:
        timer.cancel()
    child.returncode = os.waitstatus_to_exitcode(status)
    child.stderr.close()
    rss_kib, cpu = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
    if killed:  # neither `time` nor wait4 saw the killed child finish: what /proc said just before
        rss_kib, cpu = killed[0]
    elif TIME and rss_file.exists():
        report = rss_file.read_text()
        last = (report.strip().splitlines() or [""])[-1]
        rss_kib = int(last) if last.isdigit() else rss_kib
        signalled = re.search(r"terminated by signal (\d+)", report)
        if signalled:  # `time` exits 128 + signal (or 0); report it the way Popen does
            child.returncode = -int(signalled.group(1))
    rss_file.unlink(missing_ok=True)
    return Sample(
        elapsed, rss_kib / 1024, None if killed else child.returncode, err.decode(errors="replace"), cpu
    )


def _tree_usage(pid: int) -> tuple[float, float]:
    """Largest peak RSS (KiB, VmHWM) and summed CPU seconds of `pid` and its descendants, from /proc."""
    peak, cpu, todo = 0.0, 0.0, [pid]
    tick = os.sysconf("SC_CLK_TCK")
    while todo:
        current = todo.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmHWM:"):
                peak = max(peak, float(line.split()[1]))
        cpu += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
        todo.extend(int(c) for c in children)
    return peak, cpu


def median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def ensure_venv(path: Path, *requirements: str, quiet: bool = True) -> Path:
    """A virtualenv at `path` with `requirements` installed by pip from PyPI (created once; pip is the
    only client that talks to the registry). Returns its bin folder."""
    bin_dir = path / "bin"
    marker = path / ".bench-requirements"
    wanted = "\n".join(requirements)
    if marker.exists() and marker.read_text() == wanted:
        return bin_dir
    if not (bin_dir / "python").exists():
        subprocess.run([sys.executable, "-m", "venv", str(path)], check=True)
    print(f"installing {' '.join(requirements)} into {path.relative_to(ROOT)} …", file=sys.stderr)
    subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", *(["-q"] if quiet else []), *requirements],
        check=True,
        cwd=ROOT,
    )
    marker.write_text(wanted)
    return bin_dir


def install_msklint(ref: str | None = None) -> Path:
    """A virtualenv with msklint installed as a wheel (`pip install`, not editable) with its runtime
    dependencies: this tree in bench/.venv-run, or the tree of git `ref` (exported with `git archive` to
    bench/out/trees/) in bench/.venv-run-REF, so a "before" and an "after" run side by side. Re-installed
    at every run: the tree changes."""
    tree, venv = ROOT, RUN_VENV
    if ref:
        safe = re.sub(r"[^A-Za-z0-9_.-]", "-", ref)
        tree, venv = OUT / "trees" / safe, BENCH / f".venv-run-{safe}"
        shutil.rmtree(tree, ignore_errors=True)
        tree.mkdir(parents=True)
        archive = subprocess.run(["git", "archive", ref], cwd=ROOT, check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    bin_dir = ensure_venv(venv, "pip>=23")
    print(f"installing {ref or 'this tree'} into {venv.relative_to(ROOT)} …", file=sys.stderr)
    pip = [str(bin_dir / "python"), "-m", "pip", "install", "-q"]
    subprocess.run([*pip, "--force-reinstall", "--no-deps", str(tree)], check=True, cwd=OUT)
    subprocess.run([*pip, str(tree)], check=True, cwd=OUT)  # dependencies the tree added, if any
    return bin_dir


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f}"


def machine(ref: str | None = None) -> str:
    commit = subprocess.run(
        ["git", "rev-parse", "--short", ref or "HEAD"], capture_output=True, text=True, cwd=ROOT, check=False
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--", "msklint", "rules", "schemas", "rebalance"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    ).stdout.strip()
    if ref:
        commit, dirty = f"{ref} = {commit}", ""
    return (
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, commit {commit}{' (modified)' if dirty else ''}, "
        f"Python {platform.python_version()}, {os.cpu_count()} cores, {platform.machine()}"
    )
