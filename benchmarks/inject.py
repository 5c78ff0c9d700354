"""Inject a slowdown into a real CPU capture: every execution of the chosen ops takes ``factor`` times
as long, and everything after it on its thread, its completion marker and its step move later.

The result is what the capture would have recorded had those ops alone run slower — a known change
on top of a real capture's noise, for ``diff_noise.py`` to find. Within each step, an op event of a
chosen op grows by (factor − 1) × its duration and the events after it on the same line (thread)
start that much later; an ``end: <op>`` marker (``_c``) moves with the end of its op (``_p``), so an
asynchronous op's time in flight is kept; the step mark grows by the most any line of the step grew,
and later steps start that much later. Times are picoseconds, as the trace stores them.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np

from perfdiff.xplane import xplane_pb2

CPU_PLANE = "/host:CPU"


def slow_down(run_dir: Path, out_run_dir: Path, ops: set[str], factor: float) -> Path:
    """Copy the run folder ``run_dir`` to ``out_run_dir`` with ``ops`` (HLO op names) slowed by
    ``factor`` in every ``.xplane.pb`` file (other files are copied as they are)."""
    out_run_dir.mkdir(parents=True, exist_ok=True)
    for path in run_dir.iterdir():
        if path.name.endswith(".xplane.pb"):
            space = xplane_pb2.XSpace()
            space.ParseFromString(path.read_bytes())
            for plane in space.planes:
                if plane.name == CPU_PLANE:
                    _slow_plane(plane, ops, factor)
            (out_run_dir / path.name).write_bytes(space.SerializeToString())
        elif path.is_file() and path.name != "perfdiff.report.json":
            shutil.copy(path, out_run_dir / path.name)
    return out_run_dir


def _stat_value(plane: xplane_pb2.XPlane, stat: xplane_pb2.XStat) -> object:
    kind = stat.WhichOneof("value")
    if kind == "ref_value":
        return plane.stat_metadata[stat.ref_value].name
    return getattr(stat, kind) if kind else None


def _slow_plane(plane: xplane_pb2.XPlane, ops: set[str], factor: float) -> None:
    ids = {meta.name: sid for sid, meta in plane.stat_metadata.items()}
    hlo_op, step_num, flow_p, flow_c = (ids.get(n, -1) for n in ("hlo_op", "step_num", "_p", "_c"))
    steps = []  # (line, event) of every step mark
    rows = []  # per event: line, event, absolute start, duration, target, flow out, flow in
    for line in plane.lines:
        base_ps = line.timestamp_ns * 1000
        for event in line.events:
            stats = {stat.metadata_id: stat for stat in event.stats}
            if step_num in stats:
                steps.append((base_ps + event.offset_ps, line, event))
                continue
            target = hlo_op in stats and _stat_value(plane, stats[hlo_op]) in ops
            p = int(_stat_value(plane, stats[flow_p])) if flow_p in stats else -1
            c = int(_stat_value(plane, stats[flow_c])) if flow_c in stats else -1
            rows.append((line, event, base_ps + event.offset_ps, event.duration_ps, target, p, c))
    if not steps:
        return
    steps.sort(key=lambda s: s[0])
    starts = np.array([s[0] for s in steps])
    by_step: dict[tuple[int, int], list] = {}
    for row in rows:
        k = max(int(np.searchsorted(starts, row[2], side="right")) - 1, -1)
        by_step.setdefault((k, row[0].id), []).append(row)
    shift, end_shift = 0, {}  # the global shift before the current step (ps); flow id -> op end's shift
    markers = []
    for k in range(-1, len(steps)):
        grown = 0
        for (step, _), events in by_step.items():
            if step != k:
                continue
            cum = 0
            for _line, event, _start, duration, target, p, c in sorted(events, key=lambda r: r[2]):
                extra = round(duration * (factor - 1)) if target else 0
                if c >= 0:
                    markers.append((event, c, shift + cum))
                else:
                    event.offset_ps += shift + cum
                event.duration_ps += extra
                cum += extra
                if p >= 0:
                    end_shift[p] = shift + cum
            grown = max(grown, cum)
        if k >= 0:
            steps[k][2].offset_ps += shift
            steps[k][2].duration_ps += grown
        shift += grown
    for event, c, fallback in markers:  # a completion marker ends when its op does
        event.offset_ps += end_shift.get(c, fallback)
