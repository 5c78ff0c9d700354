"""perfdiff's child processes run this perfdiff, whatever folder the user starts it from."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import TRACES


def test_a_folder_holding_another_perfdiff_does_not_leak_into_the_children(tmp_path: Path) -> None:
    """From a folder with a ``perfdiff/`` package of its own (another checkout, say), the HLO cost
    helper must still price the ops: ``python -m`` would put that folder first on sys.path."""
    decoy = tmp_path / "perfdiff"
    decoy.mkdir()
    (decoy / "__init__.py").write_text("raise ImportError('the decoy perfdiff was imported')\n")
    console_script = Path(sys.executable).parent / "perfdiff"
    env = {**os.environ, "PERFDIFF_CACHE_DIR": str(tmp_path / "cache")}  # empty: the helper must run
    trace = TRACES / "amd-mi300x" / "jax08_gemm.xplane.pb"
    done = subprocess.run(
        # the whole profile: its inferred steps (jit_dot's executions) hold only a library GEMM
        [str(console_script), str(trace), "--format", "json", "--no-save", "--step", "whole"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    ops = json.loads(done.stdout)["ops"]
    priced = [op for op in ops if op["cost_source"] == "hlo_cost_analysis"]
    assert priced, {op["op"]: op["cost_source"] for op in ops}
