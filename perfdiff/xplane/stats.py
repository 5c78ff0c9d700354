"""Decoding XStat values, and the declarative map from trace stats to table columns.

(In the xplane stage since the parse stage reached its size budget: what a stat's value is, and which
stats XPlane planes carry, are facts of the format, used by every extractor.)

An XStat names its kind through ``stat_metadata[metadata_id].name``; its value is one of double,
uint64, int64, str, bytes, or ``ref_value`` — a string stored once as ``stat_metadata[ref_value].name``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from google.protobuf.message import DecodeError
from xprof.protobuf import op_metrics_pb2

from perfdiff.xplane import xplane_pb2

# The memory space xprof counts as HBM in a MemoryAccessBreakdown (MemoryAccessed.memory_space is a
# plain number there): xprof's own roofline compares it with MemorySpace.MEMORY_SPACE_HBM
# (openxla/xprof, xprof/convert/op_metrics_to_record.h, BytesAccessedPerCore).
_HBM = op_metrics_pb2.MemorySpace.MEMORY_SPACE_HBM

U64_MASK = (1 << 64) - 1


def stat_int(value: Any) -> int | None:
    """An integer-valued stat (ids, counts, flow ids) as an int: ints as they are, finite doubles
    truncated; anything else — a string, bytes, a stat without a value, NaN, inf — is None, because a
    trace that says "program_id: 'abc'" does not name a program."""
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float) and math.isfinite(value):
        return int(value)
    return None


def as_uint64(value: Any, default: int = 0) -> int:
    """``stat_int`` as the uint64 it stands for (an int64 stat holding a uint64 id is its bit
    pattern: -1 is 2**64-1), or ``default`` when the stat is not an integer."""
    number = stat_int(value)
    return default if number is None else number & U64_MASK


class PlaneStats:
    """Stat-name lookups for one plane (an XPlane or a ``space.PlaneView``): ids by name, and values
    with refs resolved."""

    def __init__(self, plane: Any) -> None:
        self._names = {key: meta.name for key, meta in plane.stat_metadata.items()}
        self._ids: dict[str, int] = {}
        for key, name in self._names.items():
            self._ids.setdefault(name, key)

    @property
    def names(self) -> dict[int, str]:
        """Stat metadata id -> name."""
        return self._names

    def id_of(self, name: str) -> int | None:
        """The metadata id of stat ``name`` in this plane, or None when the plane never uses it."""
        return self._ids.get(name)

    def value(self, stat: xplane_pb2.XStat) -> Any:
        """The stat's value; refs become the string they point to."""
        kind = stat.WhichOneof("value")
        if kind is None:
            return None
        if kind == "ref_value":
            return self._names.get(stat.ref_value, "")
        return getattr(stat, kind)

    def as_dict(self, stats: Iterable[xplane_pb2.XStat]) -> dict[str, Any]:
        """{stat name: value} for a repeated XStat field (the first occurrence of a name wins)."""
        out: dict[str, Any] = {}
        for stat in stats:
            name = self._names.get(stat.metadata_id)
            if name and name not in out:
                out[name] = self.value(stat)
        return out


@dataclass(frozen=True)
class StatColumn:
    """How one trace stat becomes one table column: ``stat`` is the trace's name, ``dtype`` pandas'."""

    column: str
    stat: str
    dtype: str
    default: Any
    doc: str


def _num(column: str, doc: str, stat: str | None = None) -> StatColumn:
    return StatColumn(column, stat or column, "float64", float("nan"), doc)


def _str(column: str, doc: str, stat: str | None = None) -> StatColumn:
    return StatColumn(column, stat or column, "string", "", doc)


# Per-op static stats that TPU traces attach to each op's event metadata (the `op_stats` table).
# All counts are for one execution of the op.
TPU_OP_STATS: tuple[StatColumn, ...] = (
    _num("flops", "FLOPs as the compiler counted them"),
    _num("model_flops", "FLOPs the model asked for (without rematerialisation)"),
    _num("bytes_accessed", "bytes read + written in all memories"),
    _num("raw_bytes_accessed", "bytes accessed before layout padding"),
    _str("category", "XLA's op category, e.g. 'convolution', 'all-reduce'", "hlo_category"),
    _str("shape", "result shape with layout", "shape_with_layout"),
    _str("source", "Python file:line of the op", "source"),
    _str("tf_op", "framework op path, e.g. 'jit(f)/jit(main)/dot_general'"),
)

# Chip-capability stats that device planes carry (the `devices` table). Names are the trace's own.
_GBPS = "GB/s (1e9 B/s)"
DEVICE_STATS: tuple[StatColumn, ...] = (
    _str("device_type_string", "TPU: chip name, e.g. 'TPU v6 Lite'"),
    _num("peak_teraflops_per_second", "TPU: peak TFLOP/s (1e12 FLOP/s)"),
    _num("peak_hbm_bw_gigabytes_per_second", f"TPU: HBM {_GBPS}"),
    _num("peak_cmem_rd_bw_gigabytes_per_second", f"TPU: CMEM read {_GBPS}"),
    _num("peak_cmem_wr_bw_gigabytes_per_second", f"TPU: CMEM write {_GBPS}"),
    _num("peak_vmem_rd_bw_gigabytes_per_second", f"TPU: VMEM read {_GBPS}"),
    _num("peak_vmem_wr_bw_gigabytes_per_second", f"TPU: VMEM write {_GBPS}"),
    _num("has_megacore", "TPU: 1 when two cores act as one device"),
    _str("device_vendor", "GPU: vendor, e.g. 'Nvidia', 'AMD'"),
    _num("clock_rate", "GPU: core clock in kHz"),
    _num("core_count", "GPU: streaming multiprocessors (NVIDIA) or compute units (AMD)"),
    _num("memory_bandwidth", "GPU: memory bandwidth in B/s"),
    _num("memory_size", "GPU: memory in bytes"),
    _num("compute_cap_major", "GPU: compute capability major (NVIDIA) / gfx major (AMD)"),
    _num("compute_cap_minor", "GPU: compute capability minor"),
)


def pick(values: dict[str, Any], spec: tuple[StatColumn, ...]) -> dict[str, Any]:
    """The spec's columns from a {stat name: value} dict, defaults where the trace is silent."""
    row = {}
    for col in spec:
        value = values.get(col.stat, col.default)
        if col.dtype == "float64":
            try:
                value = float(value)
            except (TypeError, ValueError):
                value = col.default
        elif col.dtype == "string":
            value = "" if value is None else str(value)
        row[col.column] = value
    return row


def hbm_bytes(breakdown: bytes) -> float:
    """Bytes read and written in HBM per execution, from a TPU op's ``memory_access_breakdown`` stat
    (a serialized xprof ``MemoryAccessBreakdown``); NaN when it does not decode."""
    try:
        accesses = op_metrics_pb2.MemoryAccessBreakdown.FromString(breakdown).memory_accessed
    except DecodeError:
        return float("nan")
    return float(sum(a.bytes_accessed for a in accesses if a.memory_space == _HBM))
