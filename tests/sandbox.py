"""The perfdiff CLI (or any Python) in a subprocess, with file privileges dropped or resources limited.

Permission tests need a process that chmod cannot be bypassed by. Tests may run as root (here, and
often in CI containers), and root reads a mode-000 file. Switching to ``nobody`` is not enough where
the interpreter itself lives under /root (it does here, with pyenv), so a root parent drops the two
capabilities that let root ignore file modes — CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH — from the
child's bounding set before it execs: the child stays uid 0, runs the same interpreter, and is refused
mode-000 files like anyone. A non-root parent needs nothing: its child is refused anyway.
"""

from __future__ import annotations

import ctypes
import os
import resource
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

PR_CAPBSET_DROP = 24
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 1, 2


def drop_file_privileges() -> None:
    """In a child before exec: lose root's power to ignore file permissions (no-op for other users)."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
        if libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def limits(*, address_space: int | None = None, file_size: int | None = None) -> Callable[[], None]:
    """A preexec function setting RLIMIT_AS / RLIMIT_FSIZE (bytes); with a file-size limit, a write past
    it fails with EFBIG instead of killing the process with SIGXFSZ — as a full disk fails a write."""

    def apply() -> None:
        if address_space is not None:
            resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
        if file_size is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size, file_size))

    return apply


def python(
    *args: str | os.PathLike[str], preexec: Callable[[], None] | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """``python ARGS`` in a subprocess with jax on the CPU; stdout and stderr captured as text."""
    env = {**os.environ, "JAX_PLATFORMS": "cpu", "TF_CPP_MIN_LOG_LEVEL": "3"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path(__file__).parent), env.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        preexec_fn=preexec,
        check=False,
    )


def cli(
    *args: str | os.PathLike[str], preexec: Callable[[], None] | None = None
) -> subprocess.CompletedProcess[str]:
    """``perfdiff ARGS`` in a subprocess."""
    return python("-m", "perfdiff.cli.main", *args, preexec=preexec)


def assert_one_line_error(done: subprocess.CompletedProcess[str], *fragments: str) -> None:
    """The CLI refused: exit 2, nothing on stdout, one line on stderr holding every fragment."""
    assert done.returncode == 2, (done.returncode, done.stdout[-500:], done.stderr[-2000:])
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("perfdiff: error: "), done.stderr[-2000:]
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])
