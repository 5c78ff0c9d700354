"""What the per-platform op extractors produce: columns of op executions, per timeline."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from perfdiff.xplane import xplane_pb2
from perfdiff.xplane.space import PlaneView, SpaceView

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


def device_planes(space: SpaceView) -> list[tuple[str, int, PlaneView]]:
    """(kind 'tpu'|'gpu', device index, plane) for every accelerator plane."""
    found = []
    for plane in space.planes:
        match = _DEVICE_PLANE.match(plane.name)
        if match:
            found.append((match.group(1).lower(), int(match.group(2)), plane))
    return found


def times_ns(
    line_timestamp_ns: int, offsets_ps: np.ndarray, durations_ps: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(start_ns, dur_ns) of events. Offsets are ps from the line start, which is in ns: the offset
    alone is floor-divided, so an absolute line timestamp (ns since epoch) cannot overflow int64 as ps.
    Durations are end_ns - start_ns, both floored, so that events that abut in ps still abut (rounding
    each duration alone would make neighbours overlap by a nanosecond)."""
    start = offsets_ps // 1000
    dur = offsets_ps + durations_ps
    dur //= 1000
    dur -= start
    start += np.int64(line_timestamp_ns)
    return start, dur
