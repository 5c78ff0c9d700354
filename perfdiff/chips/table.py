"""The chip table: peak FLOP/s, HBM and interconnect figures per chip, and detection from a trace.

All figures are SI: FLOP/s, bytes, bytes/s. Table rows come from public specifications (cited per
row); a trace's own figures win over the table (``source="trace"``); a CPU has no published peak, so
its roofline is measured on this machine (``source="measured"``, see ``cpu_roofline``). Looking a
chip up by name is ``lookup``; detecting it from a trace's device planes is ``detect``.
"""

from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass
from typing import Any


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


def table_row(name: str, kind: str, bf16: float, int8: float, hbm: float, hbm_bw: float, link: float,
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
    table_row("tpu-v3",  "tpu", 1.4e14,   1.4e14,   32e9,  9.0e11,  1.0e11, 4,  "2D torus"),
    table_row("tpu-v4",  "tpu", 2.75e14,  2.75e14,  32e9,  1.2e12,  4.5e10, 6,  "3D torus"),
    table_row("tpu-v5e", "tpu", 1.97e14,  3.94e14,  16e9,  8.1e11,  4.5e10, 4,  "2D torus"),
    table_row("tpu-v5p", "tpu", 4.59e14,  9.18e14,  96e9,  2.8e12,  9.0e10, 6,  "3D torus"),
    table_row("tpu-v6e", "tpu", 9.2e14,   1.84e15,  32e9,  1.6e12,  9.0e10, 4,  "2D torus"),
    table_row("v100",    "gpu", 1.25e14,  1.25e14,  16e9,  9.0e11,  25e9,   6,  "NVLink",
         "fp16 tensor-core peak (Volta has no bf16, no int8 tensor cores)"),
    table_row("a100",    "gpu", 3.1e14,   6.2e14,   80e9,  2.0e12,  25e9,   12, "NVLink"),
    table_row("h100",    "gpu", 9.9e14,   2.0e15,   80e9,  3.35e12, 25e9,   18, "NVLink", _FP8),
    table_row("h200",    "gpu", 9.9e14,   2.0e15,   141e9, 4.8e12,  25e9,   18, "NVLink", _FP8),
    table_row("b200",    "gpu", 2.3e15,   4.5e15,   192e9, 8.0e12,  50e9,   18, "NVLink", _FP8),
    table_row("mi300x",  "gpu", 1.307e15, 2.615e15, 192e9, 5.3e12,  64e9,   7,  "Infinity Fabric", _FP8),
    table_row("mi355x",  "gpu", 2.5e15,   5.0e15,   288e9, 8.0e12,  76.8e9, 7,  "Infinity Fabric", _FP8),
)  # fmt: skip
CHIPS: dict[str, Chip] = {chip.name: chip for chip in _TABLE}

# Other spellings -> canonical name. Keys are normalised by norm (lower case, letters and digits).
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


def norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


_LOOKUP: dict[str, str] = {norm(n): n for n in CHIPS} | _ALIASES


def known_names() -> list[str]:
    """Canonical chip names, table order, plus "cpu" (measured)."""
    return [*CHIPS, "cpu"]


def canonical_name(name: str) -> str | None:
    """The canonical chip name for a spelling ("TPU v6 Lite" -> "tpu-v6e"), or None if unknown."""
    return _LOOKUP.get(norm(name)) or ("cpu" if norm(name) == "cpu" else None)
