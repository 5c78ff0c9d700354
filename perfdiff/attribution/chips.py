"""The chip table: peak FLOP/s, HBM and interconnect figures per chip, and detection from a trace.

All figures are SI: FLOP/s, bytes, bytes/s. Table rows come from public specifications (cited per
row); a trace's own figures win over the table (``source="trace"``); a CPU has no published peak, so
its roofline is measured on this machine (``source="measured"``, see ``cpu_roofline``).
"""

from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass, replace
from typing import TYPE_CHECKING, Any

from perfdiff.errors import UnknownChipError

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


@dataclass(frozen=True)
class Chip:
    """One accelerator (or the host CPU) as the roofline sees it.

    ``peak_flops_per_s``: dense bf16 matrix FLOP/s (CPU: f32, measured). ``peak_int8_flops_per_s``:
    dense int8/fp8 OP/s. ``hbm_bytes``: memory capacity (B). ``hbm_bytes_per_s``: memory bandwidth.
    ``ici_link_bytes_per_s``: one-way bandwidth of one interconnect link (GPU: one NVLink / Infinity
    Fabric link; CPU: the measured all-reduce rate). ``ici_links``: links per chip. ``topology``:
    "2D torus", "3D torus", "NVLink", "Infinity Fabric" or "host". ``source``: "table", "trace" or
    "measured". NaN means unknown.
    """

    name: str
    kind: str
    peak_flops_per_s: float
    peak_int8_flops_per_s: float
    hbm_bytes: float
    hbm_bytes_per_s: float
    ici_link_bytes_per_s: float
    ici_links: int
    topology: str
    source: str = "table"
    notes: str = ""

    @property
    def ridge_flops_per_byte(self) -> float:
        """Arithmetic intensity (FLOPs/byte) above which an op is compute-bound: peak / HBM B/s."""
        if not self.hbm_bytes_per_s:  # 0 B/s (a chip or saved report that says so): no ridge
            return math.nan
        return self.peak_flops_per_s / self.hbm_bytes_per_s

    @property
    def ici_bytes_per_s(self) -> float:
        """Bandwidth (B/s) one device drives into a collective along one ring axis.

        Assumptions: a TPU axis is a ring whose two neighbour links are used in both directions, so a
        device moves data at two links' one-way bandwidth (v5e: 2 x 4.5e10 = 9e10 B/s, "How To Scale
        Your Model"). A GPU talks to its peers through all of its NVLink / Infinity Fabric links at
        once, so its figure is the per-GPU one-way total (links x one-way per link; H100 4.5e11 B/s).
        A CPU host's figure is the measured all-reduce rate (one "link").
        """
        if self.kind == "tpu":
            return 2.0 * self.ici_link_bytes_per_s
        return self.ici_link_bytes_per_s * self.ici_links

    def to_dict(self) -> dict[str, Any]:
        """All fields plus the derived ``ridge_flops_per_byte`` and ``ici_bytes_per_s`` (JSON-ready)."""
        out = asdict(self)
        out["ici_bytes_per_s"] = self.ici_bytes_per_s
        out["ridge_flops_per_byte"] = self.ridge_flops_per_byte
        return out


def _row(name: str, kind: str, bf16: float, int8: float, hbm: float, hbm_bw: float, link: float,
         links: int, topology: str, notes: str = "") -> Chip:  # fmt: skip
    return Chip(name, kind, bf16, int8, hbm, hbm_bw, link, links, topology, "table", notes)


_FP8 = "int8 column is the fp8 peak"
# TPU rows: "How To Scale Your Model" (Austin et al., 2025), chapter 2 tables; HBM capacities from
# cloud.google.com/tpu/docs/system-architecture-tpu-vm. Links: ICI one-way B/s per link, links per chip.
# GPU rows: NVIDIA data sheets (dense, no sparsity; SXM parts) and the same book; NVLink one-way per
# link: NVLink 2/3/4 = 25e9 B/s, NVLink 5 = 50e9 B/s. AMD rows: AMD Instinct MI300X / MI355X data
# sheets and the CDNA 3 / CDNA 4 whitepapers (Infinity Fabric: 7 peer links per GPU, 128 / 153.6 GB/s
# bidirectional each).
#    name       kind   bf16 FLOP/s int8 OP/s  HBM B   HBM B/s  link B/s links topology
_TABLE: tuple[Chip, ...] = (
    _row("tpu-v3",  "tpu", 1.4e14,   1.4e14,   32e9,  9.0e11,  1.0e11, 4,  "2D torus"),
    _row("tpu-v4",  "tpu", 2.75e14,  2.75e14,  32e9,  1.2e12,  4.5e10, 6,  "3D torus"),
    _row("tpu-v5e", "tpu", 1.97e14,  3.94e14,  16e9,  8.1e11,  4.5e10, 4,  "2D torus"),
    _row("tpu-v5p", "tpu", 4.59e14,  9.18e14,  96e9,  2.8e12,  9.0e10, 6,  "3D torus"),
    _row("tpu-v6e", "tpu", 9.2e14,   1.84e15,  32e9,  1.6e12,  9.0e10, 4,  "2D torus"),
    _row("v100",    "gpu", 1.25e14,  1.25e14,  16e9,  9.0e11,  25e9,   6,  "NVLink",
         "fp16 tensor-core peak (Volta has no bf16, no int8 tensor cores)"),
    _row("a100",    "gpu", 3.1e14,   6.2e14,   80e9,  2.0e12,  25e9,   12, "NVLink"),
    _row("h100",    "gpu", 9.9e14,   2.0e15,   80e9,  3.35e12, 25e9,   18, "NVLink", _FP8),
    _row("h200",    "gpu", 9.9e14,   2.0e15,   141e9, 4.8e12,  25e9,   18, "NVLink", _FP8),
    _row("b200",    "gpu", 2.3e15,   4.5e15,   192e9, 8.0e12,  50e9,   18, "NVLink", _FP8),
    _row("mi300x",  "gpu", 1.307e15, 2.615e15, 192e9, 5.3e12,  64e9,   7,  "Infinity Fabric", _FP8),
    _row("mi355x",  "gpu", 2.5e15,   5.0e15,   288e9, 8.0e12,  76.8e9, 7,  "Infinity Fabric", _FP8),
)  # fmt: skip
CHIPS: dict[str, Chip] = {chip.name: chip for chip in _TABLE}

# Other spellings -> canonical name. Keys are normalised by _norm (lower case, letters and digits).
_ALIASES: dict[str, str] = {
    "v3": "tpu-v3", "tpuv3": "tpu-v3",
    "v4": "tpu-v4", "tpuv4": "tpu-v4",
    "v5e": "tpu-v5e", "v5lite": "tpu-v5e", "tpuv5lite": "tpu-v5e", "v5litepod": "tpu-v5e",
    "tpuv5": "tpu-v5p", "v5p": "tpu-v5p",
    "v6e": "tpu-v6e", "v6lite": "tpu-v6e", "tpuv6lite": "tpu-v6e", "trillium": "tpu-v6e",
    "teslav100": "v100", "v100sxm2": "v100", "nvidiav100": "v100",
    "a100sxm": "a100", "a10080gb": "a100", "nvidiaa100": "a100",
    "h100sxm": "h100", "h100sxm5": "h100", "h10080gb": "h100", "nvidiah100": "h100",
    "h200sxm": "h200", "nvidiah200": "h200", "b200sxm": "b200", "nvidiab200": "b200",
    "gfx942": "mi300x", "amdinstinctmi300x": "mi300x", "mi300": "mi300x",
    "gfx950": "mi355x", "amdinstinctmi355x": "mi355x", "mi355": "mi355x",
    "host": "cpu", "hostcpu": "cpu",
}  # fmt: skip


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


_LOOKUP: dict[str, str] = {_norm(n): n for n in CHIPS} | _ALIASES


def known_names() -> list[str]:
    """Canonical chip names, table order, plus "cpu" (measured)."""
    return [*CHIPS, "cpu"]


def canonical_name(name: str) -> str | None:
    """The canonical chip name for a spelling ("TPU v6 Lite" -> "tpu-v6e"), or None if unknown."""
    return _LOOKUP.get(_norm(name)) or ("cpu" if _norm(name) == "cpu" else None)


def get_chip(name: str | Chip, *, refresh_cpu: bool = False) -> Chip:
    """The chip named ``name`` (any alias); "cpu" measures this host once and caches it.

    Raises UnknownChipError listing the known names.
    """
    if isinstance(name, Chip):
        return name
    canonical = canonical_name(str(name))
    if canonical == "cpu":
        from perfdiff.attribution.cpu_roofline import cpu_chip

        return cpu_chip(refresh=refresh_cpu)
    if canonical is None:
        raise UnknownChipError(
            f"unknown chip {name!r}; known chips: {', '.join(known_names())} (see 'perfdiff chips')"
        )
    return CHIPS[canonical]


def chip_table(*, include_cpu: bool = False) -> pd.DataFrame:
    """The chip table, one row per chip.

    Columns: ``name``, ``kind``, ``peak_flops_per_s``, ``peak_int8_flops_per_s`` (FLOP/s),
    ``hbm_bytes`` (B), ``hbm_bytes_per_s``, ``ici_link_bytes_per_s``, ``ici_links``,
    ``ici_bytes_per_s`` (B/s, see ``Chip.ici_bytes_per_s``), ``ridge_flops_per_byte``, ``topology``,
    ``source``, ``notes``. ``include_cpu`` adds this host's measured row (measuring if not cached).
    """
    import pandas as pd

    chips = list(CHIPS.values()) + ([get_chip("cpu")] if include_cpu else [])
    return pd.DataFrame([chip.to_dict() for chip in chips])


def cpu_chip(refresh: bool = False) -> Chip:
    """This host's measured roofline as a Chip (see ``cpu_roofline.cpu_chip``)."""
    return get_chip("cpu", refresh_cpu=refresh)


# --- detection ------------------------------------------------------------------------------------

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
    rows = devices[devices["kind"] == kind].to_dict("records")
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
        name = "tpu-" + (_norm(type_string).removeprefix("tpu") or "unknown")
        nan = float("nan")
        note = f"{type_string!r} is not in the chip table: HBM size and interconnect unknown"
        base = _row(name, "tpu", nan, nan, nan, nan, nan, 0, "unknown", note)
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
        base = _row(f"{vendor}-gpu-cc{major}.{minor}", "gpu", nan, nan, nan, nan, nan, 0, "unknown", note)
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
