"""The CPU roofline, measured through JAX on this machine and cached per CPU model.

A CPU has no published peak that XLA's ops can be held to, so perfdiff measures one, with the same
clock the per-op roofline is checked against: the durations of XLA op events in a profiler trace.
``python -m perfdiff.chips.cpu_measure`` runs, in a fresh process with
``--xla_force_host_platform_device_count=4`` (so it neither depends on nor disturbs the caller's jax):

- FLOP/s: f32 matmuls (256, 512, 768, 1024) and a bf16 one (512) -> ``flops_per_s``; an int8 matmul with
  int32 accumulation (1024; it may run on AMX / VNNI units, far faster than float) ->
  ``int8_flops_per_s``;
- memory B/s: on [rows, 256] f32 arrays of 4 KiB .. 4 MiB, an add (reads 2, writes 1), a*b + c*d
  (reads 4, writes 1), a residual add scaled per row and column as in norm fusions, and row sums;
  a 16 MiB add -> ``bytes_per_s`` (the best of them); a 64 MiB add -> ``dram_bytes_per_s``; every
  one of these samples, as (working-set bytes, B/s) -> ``memory_roof``, the curve ops are priced on;
- the per-op floor: an add of one row (no work to speak of) -> ``op_floor_s``, its shortest time;
- interconnect B/s: a psum across the 4 fake devices of 16 KiB .. 1 MiB per device, counted as
  all-reduce traffic 2·V·(N−1)/N per device (V: bytes per device) -> ``interconnect_bytes_per_s``.

Each rate is ``work / min(op duration)`` over repeats (6 interleaved passes) and sizes, the work
counted as XLA's HloCostAnalysis counts it (``compiled.cost_analysis()``: operand + output bytes,
2·M·N·K FLOPs), the duration being the op's own in a profiler trace, from the start of its event to
its completion (``op_times``: ops the runtime runs asynchronously end after their event does). It
takes a few seconds, compiling the 29 small programs included (benchmarks/README.md).

What "memory bandwidth" means here: the bandwidth an op can reach depends on how many bytes it
touches. The ops of a small model touch a few KB to a few MB, which live in L1/L2/L3 caches, and
reach several times DRAM bandwidth; an op streaming hundreds of MB reaches DRAM's. So the memory
roof is a curve, ``memory_roof``: each op is priced at the rate measured for working sets of its
size (``Chip.memory_bytes_per_s``: the best rate at that size or above, so a roof never sits below
what a measured op of the size reached). ``bytes_per_s``, the curve's top, is the chip's headline
memory figure and sets the ridge.

Peaks are upper bounds, and a shared or virtual machine runs slower at times, for seconds on end
(benchmarks/README.md has a matmul that ran at almost twice the rate of the next seconds). So a
re-measurement (``refresh=True``, ``perfdiff chips --measure-cpu``) keeps, per figure, the best of it
and the cached value: the cache holds the best ever observed on this machine. A measurement during
which other processes kept the CPUs busy (``contention`` above ``CONTENDED``) is re-taken, and
merged, on the next calls, up to three measurements.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import os
import platform
import re
import subprocess
import time
from pathlib import Path
from typing import Any

from perfdiff.children import child_env, module_command
from perfdiff.chips.cpu_measure import FAKE_DEVICES
from perfdiff.chips.table import Chip
from perfdiff.errors import PerfdiffError
from perfdiff.files import atomic_write, cache_dir

CACHE_VERSION = 2  # 2: memory_roof curve and op_floor_s
_TIMEOUT_S = 300.0


def cpu_model() -> str:
    """/proc/cpuinfo's "model name" (or platform.processor()), e.g. "Intel(R) Xeon(R) Processor"."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown cpu"


def memory_bytes() -> float:
    """Physical memory (MemTotal) in bytes; NaN when unknown."""
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemTotal:"):
                    return float(line.split()[1]) * 1024
    except OSError:
        pass
    return float("nan")


def _jax_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("jax")
    except PackageNotFoundError:
        return "none"


def cache_key() -> str:
    """What the measurement depends on: CPU model, core count and jax version."""
    return f"{cpu_model()} | {os.cpu_count()} cores | jax {_jax_version()}"


def cache_path() -> Path:
    """The JSON file holding this machine's measurement."""
    key = cache_key()
    slug = re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-")[:60]
    digest = hashlib.sha1(key.encode()).hexdigest()[:10]
    return cache_dir() / f"cpu-roofline-v{CACHE_VERSION}-{slug}-{digest}.json"


_FIGURES = ("flops_per_s", "int8_flops_per_s", "bytes_per_s", "dram_bytes_per_s", "interconnect_bytes_per_s")


_CURVE_KEY = "memory_roof"  # [[working-set bytes, B/s], ...]
_FLOOR_KEY = "op_floor_s"  # a floor is best when lowest

# Fields of a cached measurement that ``measure`` and ``cpu_chip`` read, and the types they must have:
# a cache file edited by hand or damaged is measured again rather than trusted.
_NUMBER, _OPTIONAL_NUMBER = (int, float), (int, float, type(None))
_CACHED_TYPES: dict[str, tuple[type, ...]] = {
    "memory_bytes": _NUMBER, "measure_s": _NUMBER, "contention": _OPTIONAL_NUMBER, "runs": (int,),
    "cpu_model": (str,), "cores": (int,), "jax_version": (str,),
}  # fmt: skip


def _read_cache(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    ok = isinstance(data, dict) and data.get("version") == CACHE_VERSION and data.get("key") == cache_key()
    if not ok or not all(isinstance(data.get(k), (int, float)) and data[k] > 0 for k in _FIGURES):
        return None
    if not isinstance(data.get(_FLOOR_KEY), (int, float)) or not data[_FLOOR_KEY] >= 0 or not _curve_ok(data):
        return None
    if not all(
        isinstance(data.get(k), kinds) and not isinstance(data.get(k), bool)
        for k, kinds in _CACHED_TYPES.items()
    ):
        return None
    return data


def _curve_ok(data: dict[str, Any]) -> bool:
    curve = data.get(_CURVE_KEY)
    return (
        isinstance(curve, list)
        and len(curve) > 0
        and all(
            isinstance(p, list) and len(p) == 2 and all(isinstance(v, (int, float)) and v > 0 for v in p)
            for p in curve
        )
    )


def _merge_curves(old: list[list[float]], new: list[list[float]]) -> list[list[float]]:
    """Per working-set size, the best rate either curve holds (sizes in ascending order)."""
    best: dict[float, float] = {}
    for size, rate in [*old, *new]:
        best[float(size)] = max(best.get(float(size), 0.0), float(rate))
    return [[size, best[size]] for size in sorted(best)]


def cached() -> dict[str, Any] | None:
    """This machine's cached measurement (see ``measure``), or None; never measures."""
    data = _read_cache(cache_path())
    return None if data is None else data | {"cached": True}


def _write_cache(path: Path, data: dict[str, Any]) -> None:
    with contextlib.suppress(OSError):  # an unwritable cache only costs a re-measurement next time
        atomic_write(path, json.dumps(data, indent=1))


def _busy_cpu_s() -> float:
    """CPU seconds all processes (and other VMs: steal) have used since boot, from /proc/stat."""
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            fields = [int(v) for v in stat.readline().split()[1:]]
    except (OSError, ValueError):
        return float("nan")
    user, nice, system, _idle, _iowait, irq, softirq, steal = (fields + [0] * 8)[:8]
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def _run_measurement() -> dict[str, Any]:
    """Run the measurement in a fresh interpreter; its JSON result plus ``contention``: the share of
    the machine's CPU time that other processes (or other VMs) used meanwhile, 0 to 1."""
    env = child_env(
        {"XLA_FLAGS": f"--xla_force_host_platform_device_count={FAKE_DEVICES}", "JAX_PLATFORMS": "cpu"}
    )
    cmd = module_command("perfdiff.chips.cpu_measure")
    busy0, child0, wall0 = _busy_cpu_s(), os.times(), time.perf_counter()
    try:
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=_TIMEOUT_S)
    except subprocess.TimeoutExpired as err:
        raise PerfdiffError(
            f"measuring the CPU roofline took over {_TIMEOUT_S:.0f} s; is the machine busy?"
        ) from err
    if done.returncode != 0:
        tail = " ".join(done.stderr.strip().splitlines()[-3:])
        raise PerfdiffError(
            f"measuring the CPU roofline failed ({tail}); check that jax imports on this machine"
        )
    wall, child1 = time.perf_counter() - wall0, os.times()
    ours = (child1.children_user - child0.children_user) + (child1.children_system - child0.children_system)
    others = max(0.0, _busy_cpu_s() - busy0 - ours)
    data = json.loads(done.stdout.strip().splitlines()[-1])
    contention = others / (wall * (os.cpu_count() or 1))
    return data | {"contention": round(contention, 3) if math.isfinite(contention) else None}


# A measurement during which others used more than this share of the CPUs is re-taken (and merged)
# on the next calls, up to _MAX_RUNS measurements in all.
CONTENDED = 0.15
_MAX_RUNS = 3


def measure(refresh: bool = False) -> dict[str, Any]:
    """This machine's CPU roofline (rates in FLOP/s and B/s), from the cache or freshly measured.

    Keys: ``flops_per_s``, ``int8_flops_per_s``, ``bytes_per_s``, ``dram_bytes_per_s``,
    ``interconnect_bytes_per_s`` (best ever seen here), ``op_floor_s`` (the shortest op ever seen
    here, s), ``memory_roof`` ([[working-set bytes, B/s], ...]: per size, the best ever seen here),
    ``last_run`` (the five rates from the latest measurement alone), ``contention`` (share of the
    CPUs other processes used during it; above ``CONTENDED`` the next call measures again),
    ``memory_bytes``, ``measure_s`` (wall seconds of the latest measurement), ``samples`` (its
    jobs: ``job``, ``size``, ``seconds`` (best op time), ``rate``, ``work``), ``runs``, ``key``,
    ``cpu_model``, ``cores``, ``jax_version``, ``measured_at`` (Unix time), ``cached``.
    """
    path = cache_path()
    cached = _read_cache(path)
    if cached is not None and not refresh:
        busy = (cached.get("contention") or 0.0) > CONTENDED and int(cached.get("runs", 1)) < _MAX_RUNS
        if not busy:
            return cached | {"cached": True}
    data = _run_measurement()
    data[_CURVE_KEY] = _merge_curves([], data[_CURVE_KEY])
    data["last_run"] = {key: data[key] for key in _FIGURES}
    data |= {"version": CACHE_VERSION, "key": cache_key(), "cpu_model": cpu_model(),
             "cores": os.cpu_count(), "jax_version": _jax_version(), "memory_bytes": memory_bytes(),
             "measured_at": time.time(), "runs": 1}  # fmt: skip
    if cached is not None:  # a peak is the best ever seen here: keep the better of old and new
        for key in _FIGURES:
            data[key] = max(float(data[key]), float(cached.get(key, 0.0)))
        data[_FLOOR_KEY] = min(float(data[_FLOOR_KEY]), float(cached[_FLOOR_KEY]))
        data[_CURVE_KEY] = _merge_curves(cached[_CURVE_KEY], data[_CURVE_KEY])
        data["runs"] = int(cached.get("runs", 1)) + 1
    _write_cache(path, data)
    return data | {"cached": False}


def cpu_chip(refresh: bool = False) -> Chip:
    """This host as a Chip, ``source="measured"`` (``refresh`` re-measures instead of using the cache)."""
    m = measure(refresh=refresh)
    notes = (
        f"measured on {m['cpu_model']} ({m['cores']} cores, jax {m['jax_version']}) in "
        f"{m['measure_s']:.1f} s; ops are priced on a memory roof per working-set size (cache-resident "
        f"up to {m['bytes_per_s'] / 1e9:.1f} GB/s, DRAM streaming {m['dram_bytes_per_s'] / 1e9:.1f} GB/s); "
        f"the per-op floor is the shortest op of no work ({m['op_floor_s'] * 1e9:.0f} ns); interconnect "
        f"is an all-reduce across {FAKE_DEVICES} fake CPU devices"
    )
    if (m.get("contention") or 0.0) > CONTENDED:
        notes += (
            f"; other processes used {m['contention']:.0%} of the CPUs during the latest measurement, "
            "so the peaks may be low: run 'perfdiff chips --measure-cpu' on a quiet machine"
        )
    return Chip(
        name="cpu",
        kind="cpu",
        peak_flops_per_s=float(m["flops_per_s"]),
        peak_int8_flops_per_s=max(float(m["int8_flops_per_s"]), float(m["flops_per_s"])),
        hbm_bytes=float(m["memory_bytes"]),
        hbm_bytes_per_s=float(m["bytes_per_s"]),
        ici_link_bytes_per_s=float(m["interconnect_bytes_per_s"]),
        ici_links=1,
        topology="host",
        source="measured",
        notes=notes,
        op_floor_s=float(m[_FLOOR_KEY]),
        memory_roof=tuple((float(size), float(rate)) for size, rate in m[_CURVE_KEY]),
    )
