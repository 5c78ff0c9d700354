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
