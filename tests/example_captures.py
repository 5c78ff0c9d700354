"""Real captures of the bundled tiny LLaMA train step, made once per test session with the real CLI.

Shared by test_cli.py and test_diff.py: the captures are cached in this module, so a session makes
each one once whichever file asks first. Three runs: ``base`` (the default MLP width), ``again`` (the
same configuration, a second capture: a diff of the two must show no op above noise) and ``wide`` (an
MLP eight times wider: its matmuls must top the diff, attributed to the change of work).
"""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

WIDE_D_FF = 4096  # the example's default d_ff is 512
PERFDIFF = [sys.executable, "-m", "perfdiff.cli.main"]
LOCK = Path(tempfile.gettempdir()) / "perfdiff-test-captures.lock"


@dataclass(frozen=True)
class Captures:
    base: Path  # logdirs, one run each
    again: Path
    wide: Path


_cache: dict[str, Captures] = {}


def run_cli(*args: str | os.PathLike[str], timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """``perfdiff ARGS`` in a subprocess (stdout and stderr captured as text)."""
    env = {**os.environ, "JAX_PLATFORMS": "cpu", "TF_CPP_MIN_LOG_LEVEL": "2"}
    return subprocess.run(
        [*PERFDIFF, *map(str, args)], capture_output=True, text=True, timeout=timeout, env=env, check=False
    )


def _capture(root: Path, name: str, *extra: str) -> Path:
    logdir = root / name
    done = run_cli("capture", "--example", "train", "--logdir", logdir, "--run", name, "--steps", "5", *extra)
    if done.returncode != 0:
        raise RuntimeError(f"capture {name} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return logdir


def example_captures(factory: pytest.TempPathFactory) -> Captures:
    if "captures" not in _cache:
        root = factory.mktemp("example-captures")
        # Two test sessions capturing at once on a 2-core machine would each time the other's load:
        # take turns (the lock is released when the file closes, also if the session dies).
        with open(LOCK, "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            _cache["captures"] = Captures(
                base=_capture(root, "base"),
                again=_capture(root, "again"),
                wide=_capture(root, "wide", "--d-ff", str(WIDE_D_FF)),
            )
    return _cache["captures"]


def mlp_lines() -> set[str]:
    """ "file:line" of every line of the example's MLP (where its matmuls come from)."""
    import inspect

    from perfdiff.examples import llama

    lines, start = inspect.getsourcelines(llama.mlp)
    path = inspect.getsourcefile(llama.mlp)
    return {f"{path}:{start + i}" for i in range(len(lines))}
