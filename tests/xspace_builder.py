"""Tiny XSpaces built in code, for unit cases: a small trace in, an expected table out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from perfdiff.xplane import xplane_pb2


class PlaneBuilder:
    def __init__(self, plane: xplane_pb2.XPlane) -> None:
        self.plane = plane
        self._events: dict[str, int] = {}
        self._stats: dict[str, int] = {}

    def stat_id(self, name: str) -> int:
        if name not in self._stats:
            sid = len(self.plane.stat_metadata) + 1
            self.plane.stat_metadata[sid].id = sid
            self.plane.stat_metadata[sid].name = name
            self._stats[name] = sid
        return self._stats[name]

    def event_id(self, name: str, display_name: str = "", **stats: Any) -> int:
        if name not in self._events:
            eid = len(self.plane.event_metadata) + 1
            meta = self.plane.event_metadata[eid]
            meta.id, meta.name, meta.display_name = eid, name, display_name
            for key, value in stats.items():
                self._set(meta.stats.add(), key, value)
            self._events[name] = eid
        return self._events[name]

    def _set(self, stat: xplane_pb2.XStat, name: str, value: Any) -> None:
        stat.metadata_id = self.stat_id(name)
        if isinstance(value, bytes):
            stat.bytes_value = value
        elif isinstance(value, str):
            stat.ref_value = self.stat_id(value)  # strings as refs, like real traces
        elif isinstance(value, float):
            stat.double_value = value
        elif value >= 2**63:
            stat.uint64_value = value
        else:
            stat.int64_value = value

    def line(self, name: str, timestamp_ns: int = 0) -> xplane_pb2.XLine:
        line = self.plane.lines.add()
        line.id, line.name, line.timestamp_ns = len(self.plane.lines), name, timestamp_ns
        return line

    def event(self, line: xplane_pb2.XLine, name: str, start_ns: float, dur_ns: float, **stats: Any) -> None:
        event = line.events.add()
        event.metadata_id = self.event_id(name)
        event.offset_ps = round(start_ns * 1000)
        event.duration_ps = round(dur_ns * 1000)
        for key, value in stats.items():
            self._set(event.stats.add(), key, value)

    def plane_stat(self, name: str, value: Any) -> None:
        self._set(self.plane.stats.add(), name, value)


def new_space() -> xplane_pb2.XSpace:
    return xplane_pb2.XSpace()


def add_plane(space: xplane_pb2.XSpace, name: str) -> PlaneBuilder:
    plane = space.planes.add()
    plane.id, plane.name = len(space.planes), name
    return PlaneBuilder(plane)


def write(space: xplane_pb2.XSpace, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(space.SerializeToString())
    return path


def tpu_device(space: xplane_pb2.XSpace, index: int = 0, chip: str = "TPU v6 Lite") -> PlaneBuilder:
    """A ``/device:TPU:<index>`` plane with the chip stats a real TPU trace carries (v6e figures)."""
    plane = add_plane(space, f"/device:TPU:{index}")
    plane.plane_stat("device_type_string", chip)
    plane.plane_stat("peak_teraflops_per_second", 918.0)
    plane.plane_stat("peak_hbm_bw_gigabytes_per_second", 1638.0)
    return plane


def tpu_module_run(plane: PlaneBuilder, line: xplane_pb2.XLine, module: str, program_id: int,
                   start_ns: float, dur_ns: float) -> None:  # fmt: skip
    """One execution of a module on the ``XLA Modules`` line: an event named ``<module>(<id>)``."""
    plane.event(line, f"{module}({program_id})", start_ns, dur_ns)


def tpu_op(plane: PlaneBuilder, line: xplane_pb2.XLine, op: str, hlo_text: str, program_id: int,
           start_ns: float, dur_ns: float, **stats: Any) -> None:  # fmt: skip
    """One op execution on the ``XLA Ops`` line; its metadata is named by the HLO text and carries the
    op's static stats (program_id, and flops/bytes_accessed when given), as a real TPU trace has."""
    event = line.events.add()
    event.metadata_id = plane.event_id(hlo_text, op, program_id=program_id, **stats)
    event.offset_ps = round(start_ns * 1000)
    event.duration_ps = round(dur_ns * 1000)
