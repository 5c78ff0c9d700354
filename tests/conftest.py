"""Shared fixtures: the real traces shipped with the tests, and traces captured here with real JAX.

Captures with fake CPU devices run in a subprocess: ``--xla_force_host_platform_device_count`` only
takes effect before jax initialises, and the test process may already have initialised it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
TRACES = TESTS / "data" / "traces"
SCRIPTS = TESTS / "scripts"


@pytest.fixture(scope="session", autouse=True)
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Keep the suite's caches (HLO costs, the measured CPU roofline) out of the user's cache folder."""
    if "PERFDIFF_CACHE_DIR" not in os.environ:
        os.environ["PERFDIFF_CACHE_DIR"] = str(tmp_path_factory.mktemp("perfdiff-cache"))


@pytest.fixture(scope="session", autouse=True)
def _one_cpu_roofline(_isolated_cache: None) -> None:
    """Measure this host's CPU roofline before any test, until perfdiff would not measure it again.

    perfdiff re-takes a measurement made while other processes kept the CPUs busy on its next calls
    (up to three in all, keeping the best figures), so on a busy machine the first analyses of a
    session would each be priced on different peaks, and two analyses of one trace — a JSON report
    and the table of the same capture — could rank its ops differently. Settled here, every analysis
    in the session, in this process or a subprocess (they share PERFDIFF_CACHE_DIR), uses one chip.
    """
    from perfdiff.chips import cpu_roofline

    while not cpu_roofline.measure()["cached"]:  # at most three measurements, then the cache holds
        pass


@pytest.fixture(scope="session")
def traces() -> Path:
    """Folder of the real TPU/GPU traces (see tests/data/traces/README.md)."""
    return TRACES


def run_jax_script(script: str, *args: str, devices: int = 1, timeout: float = 300) -> str:
    """Run ``tests/scripts/<script>`` in a fresh interpreter with ``devices`` fake CPU devices."""
    env = dict(os.environ)
    env["XLA_FLAGS"] = f"--xla_force_host_platform_device_count={devices}"
    env["JAX_PLATFORMS"] = "cpu"
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    done = subprocess.run(
        [sys.executable, str(SCRIPTS / script), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{script} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return done.stdout


def _traced(factory: pytest.TempPathFactory, name: str, script: str, *args: str, devices: int) -> Path:
    logdir = factory.mktemp(name)
    output = run_jax_script(script, str(logdir), *args, devices=devices)
    # What the script knew (XLA's own cost analysis, module names) sits beside the runs, for oracles.
    (logdir / "script.json").write_text(output.strip().splitlines()[-1])
    return logdir


def script_output(logdir: Path) -> dict:
    """The JSON line the capturing script printed (see tests/scripts)."""
    return json.loads((logdir / "script.json").read_text())


@pytest.fixture(scope="session")
def cpu_logdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A logdir with one run: a small jitted MLP-ish step, 3 annotated steps, on 1 CPU device."""
    return _traced(tmp_path_factory, "cpu1", "trace_small.py", "--steps", "3", devices=1)


@pytest.fixture(scope="session")
def cpu4_logdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A logdir with one run on 4 fake CPU devices: the same step plus a psum across devices."""
    return _traced(tmp_path_factory, "cpu4", "trace_small.py", "--steps", "3", "--psum", devices=4)


@pytest.fixture(scope="session")
def bounds_logdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A big f32 matmul, a big elementwise add and a big psum on 4 fake CPU devices, 2 steps."""
    return _traced(tmp_path_factory, "bounds", "trace_bounds.py", "--steps", "2", devices=4)


@pytest.fixture(scope="session")
def captures(tmp_path_factory: pytest.TempPathFactory):
    """The bundled train step captured with the real CLI: ``base`` and ``wide`` (see
    example_captures.py), made once per session whichever test asks first."""
    from example_captures import example_captures

    return example_captures(tmp_path_factory)


@pytest.fixture(scope="session")
def plugin_logdir(tmp_path_factory: pytest.TempPathFactory, captures, tp_decode: dict) -> Path:
    """The TensorBoard logdir of tests/scripts/plugin_logdir.py, made of this session's captures."""
    from scripts.plugin_logdir import build

    def run_folder(logdir: Path) -> Path:
        (run,) = (logdir / "plugins" / "profile").iterdir()
        return run

    captured = {
        "train/base": run_folder(captures.base),
        "train/wide": run_folder(captures.wide),
        "decode/tp4": Path(tp_decode["xplane_paths"][0]).parent,
    }
    return build(tmp_path_factory.getbasetemp() / "plugin-logdir", captured)


@pytest.fixture(scope="session")
def tp_decode(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """4-device tensor-parallel decode capture (3 steps after 1 warmup) through ``python -m
    perfdiff.cli.main`` with jax not yet imported: its ``--json`` output (``card``, ``xplane_paths``)."""
    logdir = tmp_path_factory.mktemp("tp_decode")
    cmd = [sys.executable, "-m", "perfdiff.cli.main", "capture", "--example", "decode", "--devices", "4"]
    cmd += ["--logdir", str(logdir), "--steps", "3", "--warmup", "1", "--json"]
    env = {k: v for k, v in os.environ.items() if k not in ("XLA_FLAGS", "JAX_PLATFORMS")}
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture(scope="session")
def roofline_logdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 256 MB streaming op, a chain of tiny ops, and one matmul on 1 and on 4 fake CPU devices."""
    return _traced(tmp_path_factory, "roofline", "trace_roofline.py", "--steps", "3", devices=4)
