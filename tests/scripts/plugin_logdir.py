"""A TensorBoard logdir for the plugin's tests (and for trying the plugin by hand).

usage: plugin_logdir.py LOGDIR        then: tensorboard --logdir LOGDIR

Runs (names as the plugin lists them):
    train/base    ``perfdiff capture --example train --steps 5`` (tiny LLaMA train step, 1 CPU device)
    train/wide    the same with ``--d-ff 4096``: an MLP 8x wider (the diff's new run)
    decode/tp4    ``perfdiff capture --example decode --devices 4 --steps 3 --warmup 1`` (collectives)
    xss/evil      a hand-built TPU trace whose op name, module and source line are HTML
                  (``EVIL``): the page must show them as text
    multi/hosts   a small hand-built TPU trace under two host names (the host picker)

The train runs are the captures tests/example_captures.py makes, the decode run conftest's
``tp_decode``: a test session hands its own to ``build`` (``captured``) instead of capturing twice.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))

from xspace_builder import add_plane, new_space, write  # noqa: E402

EVIL = "<img src=x onerror=alert(1)>"
EVIL_SOURCE = f"evil.py:7 {EVIL}"
EVIL_MODULE = f"jit_{EVIL}"
CAPTURES = {
    "train/base": ["--example", "train", "--steps", "5"],
    "train/wide": ["--example", "train", "--steps", "5", "--d-ff", "4096"],
    "decode/tp4": ["--example", "decode", "--devices", "4", "--steps", "3", "--warmup", "1"],
}
HOSTS = ("host-a", "host-b")
_LOCK = threading.Lock()
_BUILT: dict[Path, Path] = {}


def perfdiff_command() -> list[str]:
    script = Path(sys.executable).with_name("perfdiff")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "perfdiff.cli.main"]


def capture(logdir: Path, run: str, args: list[str]) -> subprocess.Popen[bytes]:
    experiment, name = run.split("/")
    command = [*perfdiff_command(), "capture", *args, "--logdir", str(logdir / experiment), "--run", name]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def tpu_trace(path: Path, name: str = EVIL, module: str = EVIL_MODULE, source: str = EVIL_SOURCE) -> Path:
    """A one-step TPU trace: an elementwise op (hbm-bound, 20 % of roofline) called ``name`` in
    ``module`` at ``source``, and a matmul."""
    space = new_space()
    tpu = add_plane(space, "/device:TPU:0")
    tpu.plane_stat("peak_teraflops_per_second", 197.0)
    tpu.plane_stat("peak_hbm_bw_gigabytes_per_second", 819.0)
    tpu.event(tpu.line("Steps"), "0", 0, 100_000)
    tpu.event(tpu.line("XLA Modules"), f"{module}(5)", 0, 95_000)
    ops = tpu.line("XLA Ops")
    fusion = "%fusion.1 = f32[1024,1024]{1,0} fusion(f32[1024,1024]{1,0} %p0), kind=kLoop"
    tpu.event_id(fusion, name, program_id=5, flops=2.0e6, bytes_accessed=8.0e6, source=source)
    tpu.event(ops, fusion, 1_000, 50_000)
    conv = "%convolution.2 = f32[1024,1024]{1,0} convolution(f32[1024,1024]{1,0} %a, f32[1024,1024]{1,0} %b)"
    tpu.event_id(conv, "convolution.2", program_id=5, flops=2.0e9, bytes_accessed=1.2e7, source="model.py:10")
    tpu.event(ops, conv, 52_000, 40_000)
    return write(space, path)


def copy_run(source: Path, logdir: Path, run: str) -> None:
    """A captured run folder's trace files and run card, as ``run`` of ``logdir`` (no saved report:
    the plugin computes its own)."""
    experiment, name = run.split("/")
    target = logdir / experiment / "plugins" / "profile" / name
    target.mkdir(parents=True)
    for path in source.iterdir():
        if path.name.endswith(".xplane.pb") or path.name == "perfdiff.json":
            shutil.copy2(path, target / path.name)


def build(logdir: Path, captured: dict[str, Path] | None = None) -> Path:
    """Fill ``logdir`` with the runs above (captures run two at a time); returns ``logdir``.
    ``captured``: run name -> a run folder already captured as ``CAPTURES`` says, copied instead."""
    with _LOCK:
        if logdir in _BUILT:
            return logdir
        for run, source in (captured or {}).items():
            copy_run(source, logdir, run)
        pending = [(run, args) for run, args in CAPTURES.items() if run not in (captured or {})]
        while pending:
            batch, pending = pending[:2], pending[2:]
            procs = [(run, capture(logdir, run, args)) for run, args in batch]
            for run, proc in procs:
                output, _ = proc.communicate(timeout=600)
                if proc.returncode != 0:
                    raise RuntimeError(f"capture of {run} failed:\n{output.decode(errors='replace')}")
        tpu_trace(logdir / "xss" / "plugins" / "profile" / "evil" / "host.xplane.pb")
        multi = logdir / "multi" / "plugins" / "profile" / "hosts"
        for host in HOSTS:
            tpu_trace(multi / f"{host}.xplane.pb", "fusion.1", "jit_step", "model.py:3")
        _BUILT[logdir] = logdir
        return logdir


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    print(build(Path(sys.argv[1])))
