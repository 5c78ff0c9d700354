"""Real captures of the bundled tiny LLaMA train step, made once per test session with the real CLI.

Shared by test_cli.py, test_diff.py and test_attribution.py: the captures are cached in this module,
so a session makes each one once whichever test asks first. Two runs: ``base`` (the default MLP width)
and ``wide`` (an MLP eight times wider). Tests on them assert what the machine's timing cannot change
(ops matched, work and its attribution, schemas, exit codes with a physical margin); the verdicts that
depend on time are tested on traces with known times (test_verdicts.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

WIDE_D_FF = 4096  # the example's default d_ff is 512
PERFDIFF = [sys.executable, "-m", "perfdiff.cli.main"]


@dataclass(frozen=True)
class Captures:
    base: Path  # logdirs, one run each
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
        _cache["captures"] = Captures(
            base=_capture(root, "base"), wide=_capture(root, "wide", "--d-ff", str(WIDE_D_FF))
        )
    return _cache["captures"]


def mlp_lines() -> set[str]:
    """ "file:line" of every line of the example's MLP (where its matmuls come from)."""
    import inspect

    from perfdiff.examples import llama

    lines, start = inspect.getsourcelines(llama.mlp)
    path = inspect.getsourcefile(llama.mlp)
    return {f"{path}:{start + i}" for i in range(len(lines))}
