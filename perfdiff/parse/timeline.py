"""Step marks, and two timeline facts every op needs: which step it ran in, and its self time.

Steps come from ``jax.profiler.StepTraceAnnotation(name, step_num=i)`` on CPU/GPU hosts — an event
named ``name`` carrying stat ``step_num`` on a host thread line — and from the ``Steps`` line of TPU
device planes. An op belongs to the step whose interval holds the op's start on the same host.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from perfdiff.compute.grouping import category_codes
from perfdiff.compute.intervals import holding, self_time
from perfdiff.parse.chunks import device_planes
from perfdiff.xplane.space import SpaceView
from perfdiff.xplane.stats import PlaneStats

STEPS_LINE = "Steps"
STEP_NUM_STAT = "step_num"


def read_steps(space: SpaceView) -> list[tuple[int, str, int, int]]:
    """(step, name, start_ns, dur_ns) per step of one host, sorted by start.

    TPU: per step number, the union over devices of that step's interval (devices start a step within
    microseconds of each other). CPU/GPU: the outermost annotation per step number.
    """
    spans: dict[int, list] = {}
    for _, _, plane in device_planes(space):
        stats = PlaneStats(plane)
        for line in plane.lines:
            if line.name != STEPS_LINE:
                continue
            # The first step_num (else group_id) stat of each event names its step; else its name.
            cols = line.columns([stats.id_of(STEP_NUM_STAT), stats.id_of("group_id")], first_wins=True)
            numbers, number_values = cols.factorize(0, stats.names)
            groups, group_values = cols.factorize(1, stats.names)
            # A step number per distinct (step_num, group_id, metadata) of the line's events, a few
            # per step: then each number's events at once.
            triples = pd.DataFrame({"n": numbers, "g": groups, "m": cols.metadata_id})
            kinds, inverse = np.unique(triples.to_numpy(), axis=0, return_inverse=True)
            named = []
            for n, g, mid in kinds.tolist():
                name = plane.event_metadata[mid].name
                value = number_values[n] if n >= 0 else group_values[g] if g >= 0 else None
                named.append((_step_number(value, name), name))
            kind = inverse.reshape(-1)
            has_number = np.array([n is not None for n, _ in named], bool)[kind]
            events = pd.DataFrame(
                {
                    "number": np.array([n or 0 for n, _ in named], np.int64)[kind][has_number],
                    "kind": kind[has_number],
                    "start": (line.timestamp_ns + cols.offset_ps // 1000)[has_number],
                    "end": (line.timestamp_ns + (cols.offset_ps + cols.duration_ps) // 1000)[has_number],
                }
            )
            per_step = events.groupby("number", sort=False).agg(
                kind=("kind", "first"), start=("start", "min"), end=("end", "max")
            )
            for number, first, start, end in per_step.itertuples():
                _merge(spans, int(number), named[first][1], int(start), int(end))
    if not spans:
        for plane in space.planes:
            if plane.name.startswith("/device:"):
                continue
            stats = PlaneStats(plane)
            step_stat = stats.id_of(STEP_NUM_STAT)
            if step_stat is None:
                continue
            for line in plane.lines:
                cols = line.columns([step_stat], first_wins=True)
                codes, values = cols.factorize(0, stats.names)
                for i in np.flatnonzero(codes >= 0).tolist():
                    number = _step_number(values[codes[i]], "")
                    if number is not None:
                        name = plane.event_metadata[int(cols.metadata_id[i])].name
                        offset, duration = int(cols.offset_ps[i]), int(cols.duration_ps[i])
                        start = line.timestamp_ns + offset // 1000
                        _merge(spans, number, name, start, line.timestamp_ns + (offset + duration) // 1000)
    rows = [(n, name, start, end - start) for n, (name, start, end) in spans.items()]
    rows.sort(key=lambda row: (row[2], row[0]))
    return rows


def _step_number(value: object, name: str) -> int | None:
    """The step number a step_num/group_id stat or an event name gives, if it is an int64."""
    for candidate in (value, name):
        try:
            number = int(candidate)  # type: ignore[call-overload]
        except (TypeError, ValueError, OverflowError):  # None, "train", b"..", NaN, inf
            continue
        if -(2**63) <= number < 2**63:
            return number
    return None


def _merge(spans: dict[int, list], number: int, name: str, start: int, end: int) -> None:
    """Step ``number``'s span widened to hold [start, end) (ns), or begun with it and its name."""
    if number in spans:
        span = spans[number]
        span[1], span[2] = min(span[1], start), max(span[2], end)
    else:
        spans[number] = [name, start, end]


def timeline_codes(events: pd.DataFrame) -> np.ndarray:
    """An int64 per (host, device, device_id, line): equal exactly when the four are equal."""
    code = np.zeros(len(events), np.int64)
    scale = 1
    for column in ("host", "device", "device_id", "line"):
        values = events[column]
        if isinstance(values.dtype, pd.CategoricalDtype):
            size = len(values.cat.categories)
            if size <= 1:
                continue
            part = np.array(values.cat.codes, np.int64)
        else:
            part = np.array(values, np.int64)
            low = int(part.min()) if len(part) else 0
            size = int(part.max()) - low + 1 if len(part) else 1
            if size <= 1:
                continue
            part -= low
        if scale * size >= 2**62:  # pragma: no cover - astronomically many timelines
            keys = events[["host", "device", "device_id", "line"]]
            return keys.groupby(list(keys.columns), observed=True, sort=False).ngroup().to_numpy(np.int64)
        if scale > 1:
            part *= scale
        code += part
        scale *= size
    return code


def event_self_times(events: pd.DataFrame) -> np.ndarray:
    """``self_time`` of every row of an events table (timelines from ``timeline_codes``)."""
    return self_time(
        timeline_codes(events),
        events["start_ns"].to_numpy(np.int64),
        events["dur_ns"].to_numpy(np.int64),
    )


def event_steps(events: pd.DataFrame, steps: pd.DataFrame) -> np.ndarray:
    """The step of every row of an events table: the step of its host whose interval holds its start."""
    if not len(steps):
        return np.full(len(events), -1, np.int64)
    hosts = events["host"]
    host_codes = category_codes(hosts)
    host_index = {str(h): i for i, h in enumerate(hosts.cat.categories)}
    start_ns = events["start_ns"].to_numpy(np.int64)
    out: np.ndarray | None = None  # made only when hosts are filled in one by one
    for host, group in steps.groupby("host", sort=False):
        group = group.sort_values("start_ns")
        if str(host) not in host_index:
            continue
        starts = group["start_ns"].to_numpy(np.int64)
        spans = (starts, starts + group["dur_ns"].to_numpy(np.int64), group["step"].to_numpy(np.int64))
        if len(host_index) == 1:  # one host: no mask, no copies
            return holding(start_ns, *spans)
        mask = host_codes == host_index[str(host)]
        out = np.full(len(events), -1, np.int64) if out is None else out
        out[mask] = holding(start_ns[mask], *spans)
    return np.full(len(events), -1, np.int64) if out is None else out
