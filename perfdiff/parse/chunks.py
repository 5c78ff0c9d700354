"""What the per-platform op extractors produce: columns of op executions, per timeline."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from perfdiff.xplane import xplane_pb2
from perfdiff.xplane.space import PlaneView, SpaceView

# An extractor's device planes: (device id, plane) in the order the XSpace holds them.
DevicePlanes = list[tuple[int, PlaneView]]

_DEVICE_PLANE = re.compile(r"^/device:(TPU|GPU):(\d+)")


class Interner:
    """Strings to dense int32 codes, so that per-event names cost 4 bytes until the table is built."""

    def __init__(self) -> None:
        self.codes: dict[str, int] = {}
        self.values: list[str] = []

    def code(self, value: str) -> int:
        found = self.codes.get(value)
        if found is None:
            found = self.codes[value] = len(self.values)
            self.values.append(value)
        return found


@dataclass
class OpChunk:
    """Op executions of one timeline as parallel arrays; times in ns relative to the profile start."""

    device: str
    line: str
    device_id: np.ndarray  # int32
    program_id: np.ndarray  # uint64
    op: np.ndarray  # int32 codes into the host's op Interner
    start_ns: np.ndarray  # int64
    dur_ns: np.ndarray  # int64
    kernels: np.ndarray | None = None  # int32 device events merged into each execution; None = all 1
    # int64 ns an asynchronous op stays in flight after its own event ends (CPU); None = all 0
    in_flight_ns: np.ndarray | None = None
    # int64 id of the program execution each op ran in, unique per device (CPU: the run_id; GPU: the
    # host execution span of its launch; TPU: the XLA Modules event holding it); -1 or None: unknown
    execution: np.ndarray | None = None
    # int64 self time (see ``intervals.self_time``), set by ``parse_host``
    self_ns: np.ndarray | None = None

    def arrays(self) -> list[str]:
        """Names of the per-execution arrays that are set."""
        names = [
            "device_id", "program_id", "op", "start_ns", "dur_ns", "kernels", "in_flight_ns", "execution",
            "self_ns",
        ]  # fmt: skip
        return [name for name in names if getattr(self, name) is not None]


@dataclass
class PlaneOps:
    """What the op extractors found on one host."""

    chunks: list[OpChunk] = field(default_factory=list)
    # program id -> module name, from whatever the planes say (event stats, XLA Modules line).
    module_names: dict[int, str] = field(default_factory=dict)
    # (program id, op name) -> (device plane, event metadata), for TPU static per-op stats.
    tpu_metadata: dict[tuple[int, str], tuple[PlaneView, xplane_pb2.XEventMetadata]] = field(
        default_factory=dict
    )
    # Events on device planes that are not XLA ops (kernels without hlo_op, memcpys...).
    non_op_events: int = 0
    # TPU: each device's module executions from its XLA Modules line (``executions.ModuleRuns``).
    runs: list = field(default_factory=list)
    # TPU: whether each op's execution is looked up (steps are inferred from them; a trace with step
    # marks needs none, its executions table coming from the runs alone).
    op_executions: bool = True


def device_planes(space: SpaceView) -> list[tuple[str, int, PlaneView]]:
    """(kind 'tpu'|'gpu', device index, plane) for every accelerator plane."""
    found = []
    for plane in space.planes:
        match = _DEVICE_PLANE.match(plane.name)
        if match:
            found.append((match.group(1).lower(), int(match.group(2)), plane))
    return found


def times_ns(
    line_timestamp_ns: int,
    offsets_ps: np.ndarray,
    durations_ps: np.ndarray,
    out: tuple[np.ndarray, np.ndarray] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """(start_ns, dur_ns) of events (written into ``out`` when given). Offsets are ps from the line
    start, which is in ns: the offset alone is floor-divided, so an absolute line timestamp (ns since
    epoch) cannot overflow int64 as ps. Durations are end_ns - start_ns, both floored, so that events
    that abut in ps still abut (rounding each duration alone would make neighbours overlap by a
    nanosecond)."""
    start, dur = out if out is not None else (None, None)
    start = np.floor_divide(offsets_ps, 1000, out=start)
    dur = np.add(offsets_ps, durations_ps, out=dur)
    dur //= 1000
    dur -= start
    start += np.int64(line_timestamp_ns)
    return start, dur


def consecutive_views(parts: list[np.ndarray]) -> np.ndarray | None:
    """The array ``parts`` are consecutive slices of, in order and covering it all, or None. An
    extractor that knows its event count up front fills one array per column, a chunk per slice, and
    the events table then takes those arrays as they are."""
    base = parts[0].base if parts else None
    if not isinstance(base, np.ndarray) or base.ndim != 1 or not base.flags.c_contiguous:
        return None
    at = base.__array_interface__["data"][0]
    for part in parts:
        if part.base is not base or part.__array_interface__["data"][0] != at or part.strides != base.strides:
            return None
        at += part.nbytes
    return base if at == base.__array_interface__["data"][0] + base.nbytes else None
