"""What the command imports: only what it needs. A TPU trace's report needs no JAX (its costs are in the
trace), no numba (the kernels come from their committed IR) and no LLVM (their machine code is made
in a child process and linked by hand); ``perfdiff --help`` needs nothing heavy at all. Checked on the
modules a fresh interpreter holds after running ``main``, not on time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import real_traces

HEAVY = {"jax", "jaxlib", "numba", "numpy", "pandas", "llvmlite", "rich", "matplotlib", "tensorboard"}
TPU = "tpu-v6e/tpu_inference_2.xplane.pb"


def modules_after(tmp_path: Path, *argv: str, env: dict[str, str] | None = None) -> set[str]:
    """Top-level and dotted names of every module loaded once ``perfdiff argv`` has run (``env``:
    added to the environment)."""
    listing = tmp_path / "modules.json"
    code = (
        "import json, sys\n"
        "from perfdiff.cli.main import main\n"
        f"code = main({list(argv)!r})\n"
        f"open({str(listing)!r}, 'w').write(json.dumps(sorted(sys.modules)))\n"
        "sys.exit(code)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                          env={**os.environ, **(env or {})})  # fmt: skip
    assert done.returncode == 0, done.stderr
    return set(json.loads(listing.read_text()))


def test_help_imports_nothing_heavy(tmp_path: Path) -> None:
    loaded = modules_after(tmp_path, "--help")
    assert not {name.split(".")[0] for name in loaded} & HEAVY
    assert "google.protobuf" not in loaded


@pytest.mark.parametrize("output", ["json", "table"])
def test_tpu_report_imports_neither_jax_nor_numba(tmp_path: Path, traces: Path, output: str) -> None:
    loaded = modules_after(tmp_path, str(traces / TPU), "--format", output, "--no-save")
    roots = {name.split(".")[0] for name in loaded}
    assert "pandas" in roots  # the report did run
    assert not roots & {"jax", "jaxlib", "numba", "llvmlite"}  # LLVM, if needed, runs in the build's child


def test_pricing_a_gpu_trace_leaves_jax_to_the_helper(tmp_path: Path, traces: Path) -> None:
    """A JAX GPU trace's ops are priced from its HLO by XLA's cost analysis, in the helper process
    (costs/xla_process.py), which also says when jax lacks the API: with an empty cost cache every
    module goes there, and this process still never imports jax."""
    cache = tmp_path / "cache"
    loaded = modules_after(tmp_path, str(traces / real_traces.JAX_GPU[0]), "--format", "json", "--no-save",
                           env={"PERFDIFF_CACHE_DIR": str(cache)})  # fmt: skip
    assert any(cache.rglob("*.json")), "no module was priced: the test did not test anything"
    roots = {name.split(".")[0] for name in loaded}
    assert "pandas" in roots and "jax" not in roots
    # the cost cache's key holds jaxlib's version: its version module, not its native library
    assert {name for name in loaded if name.startswith("jaxlib")} <= {"jaxlib", "jaxlib.version"}
