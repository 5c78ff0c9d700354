"""The perfdiff CLI (or any Python) in a subprocess, with file privileges dropped or resources limited.

Permission tests need a process that chmod cannot be bypassed by. Tests may run as root (here, and
often in CI containers), and root reads a mode-000 file. Switching to ``nobody`` is not enough where
the interpreter itself lives under /root (it does here, with pyenv), so a root parent drops the two
capabilities that let root ignore file modes — CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH — from the
child's bounding set before it execs: the child stays uid 0, runs the same interpreter, and is refused
mode-000 files like anyone (``UNPRIVILEGED``). A non-root parent needs nothing: its child is refused
anyway.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# The child is started through this launcher: a fresh, single-threaded interpreter applies the
# restrictions and execs the real command. (A preexec_fn would run Python code in a fork of the test
# process, which jax has made multithreaded.) The capability bounding set, rlimits and an ignored
# SIGXFSZ all survive exec.
_LAUNCHER = """
import ctypes, json, os, resource, signal, sys
spec = json.loads(sys.argv[1])
if spec.get("drop_file_privileges") and os.geteuid() == 0:
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
        if libc.prctl(24, cap, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")
if "address_space" in spec:
    resource.setrlimit(resource.RLIMIT_AS, (spec["address_space"],) * 2)
if "file_size" in spec:  # a write past the limit fails with EFBIG instead of killing the process
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (spec["file_size"],) * 2)
os.execv(sys.executable, [sys.executable, *sys.argv[2:]])
"""

Restriction = dict[str, int | bool]
# A child that cannot ignore file modes (root loses CAP_DAC_OVERRIDE/CAP_DAC_READ_SEARCH).
UNPRIVILEGED: Restriction = {"drop_file_privileges": True}


def limits(*, address_space: int | None = None, file_size: int | None = None) -> Restriction:
    """RLIMIT_AS / RLIMIT_FSIZE (bytes) for the child; with a file-size limit a write past it fails
    with EFBIG, as a full disk fails a write."""
    spec: Restriction = {}
    if address_space is not None:
        spec["address_space"] = address_space
    if file_size is not None:
        spec["file_size"] = file_size
    return spec


def python(
    *args: str | os.PathLike[str], restrict: Restriction | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """``python ARGS`` in a subprocess with jax on the CPU; stdout and stderr captured as text."""
    env = {**os.environ, "JAX_PLATFORMS": "cpu", "TF_CPP_MIN_LOG_LEVEL": "3"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path(__file__).parent), env.get("PYTHONPATH")]))
    command = [sys.executable, *map(str, args)]
    if restrict:
        command = [sys.executable, "-c", _LAUNCHER, json.dumps(restrict), *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout, check=False)


def cli(
    *args: str | os.PathLike[str], restrict: Restriction | None = None
) -> subprocess.CompletedProcess[str]:
    """``perfdiff ARGS`` in a subprocess."""
    return python("-m", "perfdiff.cli.main", *args, restrict=restrict)


def assert_one_line_error(done: subprocess.CompletedProcess[str], *fragments: str) -> None:
    """The CLI refused: exit 2, nothing on stdout, one line on stderr holding every fragment."""
    assert done.returncode == 2, (done.returncode, done.stdout[-500:], done.stderr[-2000:])
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("perfdiff: error: "), done.stderr[-2000:]
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])
