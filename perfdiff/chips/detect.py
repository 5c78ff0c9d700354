"""Which chip a profile ran on, from its ``devices`` table (the device planes' capability stats)."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from perfdiff.chips.lookup import get_chip
from perfdiff.chips.table import CHIPS, Chip, canonical_name, known_names, norm, table_row
from perfdiff.errors import UnknownChipError

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


# Dense matrix-unit FLOPs per clock cycle per SM (NVIDIA) or CU (AMD): (bf16 or fp16, int8 or fp8).
# NVIDIA: V100/Turing/A100/H100/B200 whitepapers (Volta has fp16 tensor cores only). AMD: CDNA 3 and
# CDNA 4 whitepapers, table 1 (MI300X 1307.4 TFLOP/s bf16 = 304 CU x 2.1 GHz x 2048; MI355X
# 2516.6 TFLOP/s = 256 CU x 2.4 GHz x 4096). Keyed by (vendor, compute capability major, minor).
_PER_CORE_PER_CYCLE: dict[tuple[str, int, int], tuple[float, float]] = {
    ("nvidia", 7, 0): (1024, 1024),
    ("nvidia", 7, 5): (1024, 2048),
    ("nvidia", 8, 0): (2048, 4096),
    ("nvidia", 8, 6): (512, 2048),
    ("nvidia", 8, 9): (1024, 2048),
    ("nvidia", 9, 0): (4096, 8192),
    ("nvidia", 10, 0): (8192, 16384),
    ("amd", 9, 4): (2048, 4096),
    ("amd", 9, 5): (4096, 8192),
}
# (vendor, cc major, minor) -> table rows with that architecture; several rows are told apart by memory.
_GPU_ROWS: dict[tuple[str, int, int], tuple[str, ...]] = {
    ("nvidia", 7, 0): ("v100",),
    ("nvidia", 8, 0): ("a100",),
    ("nvidia", 9, 0): ("h100", "h200"),
    ("nvidia", 10, 0): ("b200",),
    ("amd", 9, 4): ("mi300x",),
    ("amd", 9, 5): ("mi355x",),
}


def _value(row: dict[str, Any], key: str) -> Any:
    """A stat from a devices row, or None when absent, empty, NaN or infinite (no device has an
    infinite clock or core count: a damaged trace)."""
    value = row.get(key)
    if value is None or value == "" or (isinstance(value, float) and not math.isfinite(value)):
        return None
    return value


def _best_row(devices: pd.DataFrame, kind: str) -> dict[str, Any] | None:
    """The device row of ``kind`` carrying the most stats (the MI355X trace has stats on GPU:0 only)."""
    rows: list[dict[str, Any]] = devices[devices["kind"] == kind].to_dict("records")  # type: ignore[assignment]
    if not rows:
        return None
    return max(rows, key=lambda r: sum(_value(r, k) is not None for k in r))


def _detect_tpu(row: dict[str, Any]) -> Chip:
    type_string = _value(row, "device_type_string") or ""
    peak = _value(row, "peak_teraflops_per_second")
    hbm_bw = _value(row, "peak_hbm_bw_gigabytes_per_second")
    canonical = canonical_name(type_string) if type_string else None
    if canonical in CHIPS:
        base = CHIPS[canonical]
    elif peak and hbm_bw:
        name = "tpu-" + (norm(type_string).removeprefix("tpu") or "unknown")
        nan = float("nan")
        note = f"{type_string!r} is not in the chip table: HBM size and interconnect unknown"
        base = table_row(name, "tpu", nan, nan, nan, nan, nan, 0, "unknown", note)
    else:
        raise UnknownChipError(
            f"TPU type {type_string!r} is not in the chip table and the trace has no peak stats; "
            f"pass chip=NAME / --chip NAME (known: {', '.join(known_names())})"
        )
    if not (peak and hbm_bw):
        return base
    flops = float(peak) * 1e12
    ratio = base.peak_int8_flops_per_s / base.peak_flops_per_s
    int8 = flops * ratio if math.isfinite(ratio) else flops
    note = "peak FLOP/s and HBM B/s from the trace; int8 peak scaled by the table's int8/bf16 ratio"
    return replace(base, peak_flops_per_s=flops, peak_int8_flops_per_s=int8,
                   hbm_bytes_per_s=float(hbm_bw) * 1e9, source="trace",
                   notes="; ".join(filter(None, [base.notes, note])))  # fmt: skip


def _gpu_rates(cc: tuple[str, int, int] | None) -> tuple[float, float] | None:
    """Per-core per-cycle (bf16, int8) FLOPs; an unknown NVIDIA part backs off to the nearest older one."""
    if cc is None:
        return None
    if cc in _PER_CORE_PER_CYCLE or cc[0] != "nvidia":
        return _PER_CORE_PER_CYCLE.get(cc)
    older = [key for key in _PER_CORE_PER_CYCLE if key[0] == "nvidia" and key < cc]
    return _PER_CORE_PER_CYCLE[max(older)] if older else None


def _detect_gpu(row: dict[str, Any]) -> Chip:
    vendor = str(_value(row, "device_vendor") or "nvidia").lower()  # old CUDA traces omit the vendor
    vendor = "amd" if "amd" in vendor else "nvidia" if "nvidia" in vendor else vendor
    major, minor = _value(row, "compute_cap_major"), _value(row, "compute_cap_minor")
    cc = (vendor, int(major), int(minor or 0)) if major is not None else None
    memory, bandwidth = _value(row, "memory_size"), _value(row, "memory_bandwidth")
    clock_khz, cores = _value(row, "clock_rate"), _value(row, "core_count")
    rows = [CHIPS[name] for name in _GPU_ROWS.get(cc, ())] if cc else []
    rates = _gpu_rates(cc)
    if not rows and not (rates and clock_khz and cores):
        raise UnknownChipError(
            f"GPU (vendor {vendor!r}, compute capability {major}.{minor}) is not in the chip table "
            f"and its peaks cannot be derived; pass chip=NAME / --chip NAME "
            f"(known: {', '.join(known_names())})"
        )
    if rows:  # H100 and H200 share an architecture: tell them apart by memory size
        base = min(rows, key=lambda chip: abs(chip.hbm_bytes - float(memory or 0)))
    else:
        nan = float("nan")
        note = "not in the chip table: interconnect unknown"
        base = table_row(
            f"{vendor}-gpu-cc{major}.{minor}", "gpu", nan, nan, nan, nan, nan, 0, "unknown", note
        )
    changes: dict[str, Any] = {}
    notes = [base.notes]
    if rates and clock_khz and cores:
        hz = float(clock_khz) * 1e3
        changes["peak_flops_per_s"] = float(cores) * hz * rates[0]
        changes["peak_int8_flops_per_s"] = float(cores) * hz * rates[1]
        notes.append(f"peak = {int(cores)} cores x {hz / 1e9:.4g} GHz x {rates[0]:.0f} FLOPs/cycle")
    if bandwidth:
        # ROCm reports half the HBM bandwidth (MI300X 2.66e12 B/s, MI355X 4.10e12; published 5.3e12 and
        # 8.0e12): ops in the MI300X/MI355X test traces reach 4.2e12 and 7.1e12 B/s, which no chip
        # beats its own peak by. A stat far below the published figure is a unit slip, not the
        # chip; xprof takes the stat as is (its 2480 GiB/s for gfx942). NVIDIA's stat matches its
        # data sheet (V100: 8.98e11 B/s).
        if float(bandwidth) < 0.75 * base.hbm_bytes_per_s:
            notes.append(
                f"the trace's memory_bandwidth {float(bandwidth):.4g} B/s is below the published "
                f"{base.hbm_bytes_per_s:.4g} B/s and below what its ops achieve; the published figure is used"
            )
        else:
            changes["hbm_bytes_per_s"] = float(bandwidth)
    if memory:
        changes["hbm_bytes"] = float(memory)
    if not changes:
        return base
    notes.insert(1, "peaks from the trace's device capability stats")
    return replace(base, source="trace", notes="; ".join(filter(None, notes)), **changes)


def detect_chip(devices: pd.DataFrame | None, chip: str | Chip | None = None) -> Chip:
    """The chip a profile ran on, from its ``devices`` table; ``chip`` (a name or Chip) overrides.

    Rules: TPU and GPU planes first. A TPU's own peak stats (``peak_teraflops_per_second``,
    ``peak_hbm_bw_gigabytes_per_second``) win over its table row (matched by ``device_type_string``);
    a GPU's peaks come from its capability stats (cores x clock x per-core throughput of its
    architecture, ``memory_bandwidth``, ``memory_size``), the rest from the table row matched by
    vendor and compute capability. A profile with only CPU planes gets the measured CPU roofline.
    """
    if chip is not None:
        return get_chip(chip)
    if devices is None or len(devices) == 0 or "kind" not in devices:
        raise UnknownChipError(
            "the profile has no device planes to detect the chip from; pass chip=NAME / --chip NAME"
        )
    for kind, detect in (("tpu", _detect_tpu), ("gpu", _detect_gpu)):
        row = _best_row(devices, kind)
        if row is not None:
            return detect(row)
    if _best_row(devices, "cpu") is not None:
        return get_chip("cpu")
    raise UnknownChipError(
        f"no TPU, GPU or CPU device in the profile (kinds: {sorted(set(devices['kind']))}); "
        "pass chip=NAME / --chip NAME"
    )
