"""The chip table: peak FLOP/s, HBM, interconnect, host-link and DCN figures per chip.

All figures are SI: FLOP/s, bytes, bytes/s, seconds. Table rows come from public specifications (cited
per row); a trace's own figures win over the table (``source="trace"``); a CPU has no published peak,
so its roofline is measured on this machine (``source="measured"``, see ``cpu_roofline``). Looking a
chip up by name is ``lookup``; detecting it from a trace's device planes is ``detect``.
"""

from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

import numpy as np


@dataclass(frozen=True)
class Chip:
    """One accelerator (or the host CPU) as the roofline sees it.

    ``peak_flops_per_s``: dense bf16 matrix FLOP/s (CPU: f32, measured). ``peak_int8_flops_per_s``:
    dense int8/fp8 OP/s. ``hbm_bytes``: memory capacity (B). ``hbm_bytes_per_s``: memory bandwidth.
    ``ici_link_bytes_per_s``: one-way bandwidth of one interconnect link (GPU: one NVLink / Infinity
    Fabric link; CPU: the measured all-reduce rate). ``ici_links``: links per chip. ``topology``:
    "2D torus", "3D torus", "NVLink", "Infinity Fabric" or "host". ``source``: "table", "trace" or
    "measured". ``host_link_bytes_per_s``: one direction of the link between the chip and its host's
    memory (PCIe / host DMA), per chip. ``dcn_bytes_per_s``: the data-centre network's share of one
    chip (its host's NICs over the chips of the host), for collectives that cross slices.
    ``op_floor_s``: the shortest time any op takes on it (launch, dispatch: a per-op floor).
    ``memory_roof``: (working-set bytes, B/s) pairs, ascending sizes: the memory bandwidth an op
    touching that many bytes can reach (a CPU's caches, then DRAM; empty: ``hbm_bytes_per_s`` at
    every size). NaN means unknown.
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
    host_link_bytes_per_s: float = math.nan
    dcn_bytes_per_s: float = math.nan
    op_floor_s: float = math.nan
    memory_roof: tuple[tuple[float, float], ...] = ()

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

    def memory_bytes_per_s(self, working_set_bytes: Any) -> np.ndarray:
        """The memory roof (B/s) of ops touching ``working_set_bytes`` bytes each (an array).

        With a ``memory_roof`` curve, an op is held to the fastest rate measured at any working set
        as large as the largest measured size not above its own: the curve made non-increasing, read
        as a step down at each measured size (an upper bound between two measured sizes, as rates fall
        with size). Below the smallest size: its rate. Without a curve: ``hbm_bytes_per_s``.
        """
        sizes = np.asarray(working_set_bytes, dtype=float)
        if not self.memory_roof:
            return np.full(sizes.shape, self.hbm_bytes_per_s, dtype=float)
        points = np.array(sorted(self.memory_roof), dtype=float)
        rates = np.maximum.accumulate(points[::-1, 1])[::-1]  # the best at this size or above
        at = np.searchsorted(points[:, 0], np.nan_to_num(sizes, nan=0.0), side="right") - 1
        return rates[np.clip(at, 0, len(rates) - 1)]

    def to_dict(self) -> dict[str, Any]:
        """All fields plus the derived ``ridge_flops_per_byte`` and ``ici_bytes_per_s`` (JSON-ready);
        ``memory_roof`` as a list of {working_set_bytes, bytes_per_s}."""
        out = asdict(self)
        out["memory_roof"] = [
            {"working_set_bytes": float(size), "bytes_per_s": float(rate)} for size, rate in self.memory_roof
        ]
        out["ici_bytes_per_s"] = self.ici_bytes_per_s
        out["ridge_flops_per_byte"] = self.ridge_flops_per_byte
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Chip:
        """A Chip from ``to_dict()`` output (None as NaN; derived and unknown keys ignored)."""
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {k: (math.nan if v is None else v) for k, v in data.items() if k in known}
        curve = data.get("memory_roof") or []
        values["memory_roof"] = tuple(
            (float(point["working_set_bytes"]), float(point["bytes_per_s"])) for point in curve
        )
        return cls(**values)


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

# Host link (one direction, B/s per chip) and DCN (B/s per chip) per row; NaN where no public figure.
# Host link. TPUs: "How To Scale Your Model" ch. 2 ("PCIe bandwidth is typically around 1.5e10 bytes /
# second per chip"; its note: "Trillium (TPU v6e) has 32GB/s, about 2x higher than v5"). GPUs: the
# data sheets' PCIe figure, which is both directions together, halved: V100 SXM2 "PCIe 32 GB/s"
# (Gen3 x16), A100 SXM "PCIe Gen4: 64GB/s", H100 SXM and H200 SXM "PCIe Gen5: 128GB/s", AMD Instinct
# MI300X and MI355X "PCIe Gen 5 x16: 128 GB/s". B200: sources disagree (Gen5 or Gen6): unknown.
# DCN: the host's NICs shared by its chips. TPU v5e and v6e: cloud.google.com/tpu/docs/v6e (NICs per
# host: v5e 2 x 100 Gbps, v6e 4 x 200 Gbps; 8 chips per host) -> 3.125e9 and 1.25e10 B/s per chip.
# TPU v3, v4, v5p: "How To Scale Your Model" ch. 2 ("DCN bandwidth is typically around 2.5e10 bytes /
# second per host"; hosts of 8 (v3) and 4 (v4, v5p) chips). GPUs: cross-node collectives are not
# classified (no multi-node GPU trace here): NaN.
_NAN = math.nan
_LINKS: dict[str, tuple[float, float]] = {
    "tpu-v3": (1.5e10, 2.5e10 / 8), "tpu-v4": (1.5e10, 2.5e10 / 4), "tpu-v5e": (1.5e10, 2.5e10 / 8),
    "tpu-v5p": (1.5e10, 2.5e10 / 4), "tpu-v6e": (3.2e10, 1e11 / 8),
    "v100": (16e9, _NAN), "a100": (32e9, _NAN), "h100": (64e9, _NAN), "h200": (64e9, _NAN),
    "b200": (_NAN, _NAN), "mi300x": (64e9, _NAN), "mi355x": (64e9, _NAN),
}  # fmt: skip
CHIPS: dict[str, Chip] = {
    chip.name: replace(chip, host_link_bytes_per_s=_LINKS[chip.name][0], dcn_bytes_per_s=_LINKS[chip.name][1])
    for chip in _TABLE
}

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
