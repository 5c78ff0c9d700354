"""No data lost: reports and captures are written under a temporary name and renamed, never replace an
earlier run's files, and an interrupted or failed write leaves the earlier files as they were.

Failed report writes: a full disk (``ulimit -f``, and a tiny tmpfs where this process may mount one)
and a read-only run folder for a process that cannot ignore file modes (see sandbox.py).
Interrupted captures: SIGINT, and SIGKILL of the capturing process mid-trace and at several moments
while jax exports the trace and perfdiff publishes the run.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fuzz_seeds import tiny_seeds
from sandbox import UNPRIVILEGED, cli, limits

import perfdiff
from perfdiff.report.store import REPORT_FILE
from perfdiff.xplane.locate import list_runs


@pytest.fixture(scope="module")
def seeds() -> dict[str, bytes]:
    return tiny_seeds()


def snapshot(folder: Path) -> dict[str, str]:
    """Relative path -> sha256 of every file under ``folder``."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def logdir_with_report(root: Path, data: bytes, run: str = "run") -> Path:
    """A logdir with one run (the tiny TPU trace) whose report was saved with the v5p's roofline, so
    that any later save of the default analysis would change the file."""
    folder = root / "plugins" / "profile" / run
    folder.mkdir(parents=True)
    (folder / "host.xplane.pb").write_bytes(data)
    done = cli(folder, "--chip", "tpu-v5p", "--top", "1")
    assert done.returncode == 0 and (folder / REPORT_FILE).is_file(), done.stderr
    return folder


def assert_failed_save_kept(
    folder: Path, before: dict[str, str], done: subprocess.CompletedProcess[str]
) -> None:
    assert done.returncode == 0, done.stderr  # the analysis is shown; only saving failed
    assert "warning: cannot save the report to" in done.stderr
    assert snapshot(folder) == before  # the earlier report intact, no temporary file left behind


def test_full_disk_keeps_the_earlier_report(seeds, tmp_path: Path) -> None:
    folder = logdir_with_report(tmp_path, seeds["tpu"])
    before = snapshot(folder)
    done = cli(folder, "--top", "1", restrict=limits(file_size=2_000))  # writes past 2 KB fail: EFBIG
    assert_failed_save_kept(folder, before, done)
    assert "File too large" in done.stderr


def test_tiny_tmpfs_keeps_the_earlier_report(seeds, tmp_path: Path) -> None:
    mount = tmp_path / "tmpfs"
    mount.mkdir()
    if (
        os.geteuid() != 0
        or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)]).returncode
    ):
        pytest.skip(
            "cannot mount a tmpfs here (not root, or no CAP_SYS_ADMIN); test_full_disk_* covers ENOSPC's kin"
        )
    try:
        folder = logdir_with_report(mount, seeds["tpu"])
        with open(mount / "filler", "wb", buffering=0) as filler:  # fill the disk to the last block
            try:
                while True:
                    filler.write(bytes(4096))
            except OSError:
                pass
        before = snapshot(folder)
        done = cli(folder, "--top", "1")
        assert_failed_save_kept(folder, before, done)
        assert "No space left on device" in done.stderr
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_read_only_run_folder_keeps_the_earlier_report(seeds, tmp_path: Path) -> None:
    folder = logdir_with_report(tmp_path, seeds["tpu"])
    before = snapshot(folder)
    folder.chmod(0o555)
    try:
        done = cli(folder, "--top", "1", restrict=UNPRIVILEGED)
    finally:
        folder.chmod(0o755)
    assert_failed_save_kept(folder, before, done)
    assert "Permission denied" in done.stderr


def test_reports_never_touch_another_run(seeds, tmp_path: Path) -> None:
    """Analysing the latest run leaves the earlier run's folder as it was; reporting one host of a
    two-host run leaves that run's saved (all-hosts) report as it was."""
    old = logdir_with_report(tmp_path, seeds["tpu"], "2026_01_01_00_00_00")
    old_files = snapshot(old)
    new = tmp_path / "plugins" / "profile" / "2026_01_02_00_00_00"
    new.mkdir()
    (new / "a.xplane.pb").write_bytes(seeds["tpu"])
    (new / "b.xplane.pb").write_bytes(seeds["tpu"])
    assert cli(tmp_path, "--top", "1").returncode == 0
    assert snapshot(old) == old_files
    saved = (new / REPORT_FILE).read_bytes()
    assert json.loads(saved)["summary"]["hosts"] == 2
    assert cli(new / "a.xplane.pb", "--top", "1").returncode == 0
    assert (new / REPORT_FILE).read_bytes() == saved


def test_a_capture_never_replaces_an_earlier_run(tmp_path: Path) -> None:
    import jax
    import jax.numpy as jnp

    step = jax.jit(lambda x: x * 2.0)
    runs = []
    for _ in range(2):
        with perfdiff.capture.trace(tmp_path, run="same") as traced, traced.step(0):
            step(jnp.ones(8)).block_until_ready()
        runs.append(traced.capture)
        if len(runs) == 1:
            first = snapshot(runs[0].run_dir)
    assert [c.run for c in runs] == ["same", "same_2"]
    assert snapshot(runs[0].run_dir) == first


CAPTURE_SCRIPT = """
import signal, sys
import jax, jax.numpy as jnp
import perfdiff

# Ctrl-C raises KeyboardInterrupt, as in a terminal, even when the tests run in a background job
# (a non-interactive shell starts those with SIGINT ignored, and Python keeps it ignored).
signal.signal(signal.SIGINT, signal.default_int_handler)

logdir, steps = sys.argv[1], int(sys.argv[2])
f = jax.jit(lambda x: jnp.tanh(x @ x).sum())
x = jnp.ones((256, 256))
f(x).block_until_ready()
with perfdiff.capture.trace(logdir, run="victim") as traced:
    for i in range(steps):
        with traced.step(i):
            f(x).block_until_ready()
        if i == 3:
            print("tracing", flush=True)
    print("stopping", flush=True)
print("published", flush=True)
"""


def _capture(logdir: Path, steps: int) -> subprocess.Popen[str]:
    env = {**os.environ, "JAX_PLATFORMS": "cpu", "TF_CPP_MIN_LOG_LEVEL": "3"}
    return subprocess.Popen(
        [sys.executable, "-c", CAPTURE_SCRIPT, str(logdir), str(steps)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    )  # fmt: skip


def _wait_for(process: subprocess.Popen[str], line: str) -> None:
    assert process.stdout is not None
    for got in process.stdout:
        if got.strip() == line:
            return
    raise AssertionError(f"the capture ended before printing {line!r} (exit {process.wait()})")


def _final_runs(logdir: Path) -> list[str]:
    profile = logdir / "plugins" / "profile"
    return sorted(p.name for p in profile.iterdir() if not p.name.startswith("."))


@pytest.fixture
def logdir_with_a_run(seeds, tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A logdir holding an earlier run, and the snapshot of its files."""
    earlier = logdir_with_report(tmp_path, seeds["tpu"], "earlier")
    return tmp_path, snapshot(earlier)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL], ids=["sigint", "sigkill"])
def test_capture_interrupted_mid_trace_leaves_no_run(sig: signal.Signals, logdir_with_a_run) -> None:
    logdir, earlier = logdir_with_a_run
    process = _capture(logdir, steps=10**9)
    try:
        _wait_for(process, "tracing")
        process.send_signal(sig)
        assert process.wait(timeout=60) != 0
    finally:
        process.kill()  # never leave an endless capture behind a failed assertion
    assert _final_runs(logdir) == ["earlier"]  # nothing under a run name: no half-written run
    assert snapshot(logdir / "plugins" / "profile" / "earlier") == earlier
    leftovers = [p.name for p in (logdir / "plugins" / "profile").iterdir() if p.name.startswith(".")]
    if sig == signal.SIGINT:
        assert leftovers == []  # Ctrl-C cleans up its temporary folder
    assert all(name.startswith(".perfdiff-tmp-") for name in leftovers)
    assert perfdiff.load(logdir).run == "earlier"  # readers skip the dot-folder


def _trace_file_appears(logdir: Path, timeout: float = 30) -> None:
    """Return as soon as jax's exporter has created the trace file in the temporary folder."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if list((logdir / "plugins" / "profile").glob(".perfdiff-tmp-*/plugins/profile/*/*.xplane.pb")):
            return
        time.sleep(0.0005)


@pytest.mark.parametrize("moment", ["at-stop", "trace-file-appears", "20ms-later", "200ms-later"])
def test_capture_killed_while_exporting_publishes_all_or_nothing(moment: str, logdir_with_a_run) -> None:
    """SIGKILL after the traced steps, while jax exports the trace and perfdiff publishes the run:
    afterwards there is no run "victim", or a complete one (its card and all 400 steps)."""
    logdir, earlier = logdir_with_a_run
    process = _capture(logdir, steps=400)
    _wait_for(process, "stopping")
    if moment == "trace-file-appears":
        _trace_file_appears(logdir)
    elif moment.endswith("ms-later"):
        time.sleep(int(moment.removesuffix("ms-later")) / 1000)
    process.kill()
    process.wait(timeout=60)
    finals = _final_runs(logdir)
    assert finals in (["earlier"], ["earlier", "victim"]), finals
    if "victim" in finals:  # published: complete, with its card and a readable trace
        run = logdir / "plugins" / "profile" / "victim"
        assert json.loads((run / "perfdiff.json").read_text())["run"] == "victim"
        assert len(perfdiff.load(run).steps) == 400
    assert snapshot(logdir / "plugins" / "profile" / "earlier") == earlier
    assert {r.name for r in list_runs(logdir)} <= {"earlier", "victim"}
