"""Step marks, and two timeline facts every op needs: which step it ran in, and its self time.

Steps come from ``jax.profiler.StepTraceAnnotation(name, step_num=i)`` on CPU/GPU hosts — an event
named ``name`` carrying stat ``step_num`` on a host thread line — and from the ``Steps`` line of TPU
device planes. An op belongs to the step whose interval holds the op's start on the same host.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from perfdiff.parse.chunks import device_planes
from perfdiff.xplane.columns import EventColumns
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
            for i, mid in enumerate(cols.metadata_id.tolist()):
                meta = plane.event_metadata[mid]
                if numbers[i] >= 0:
                    value = number_values[numbers[i]]
                else:
                    value = group_values[groups[i]] if groups[i] >= 0 else None
                number = _step_number(value, meta.name)
                if number is not None:
                    _merge(spans, number, meta.name, line.timestamp_ns, cols, i)
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
                        _merge(spans, number, name, line.timestamp_ns, cols, i)
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


def _merge(spans: dict[int, list], number: int, name: str, line_ns: int, cols: EventColumns, i: int) -> None:
    offset, duration = int(cols.offset_ps[i]), int(cols.duration_ps[i])
    start = line_ns + offset // 1000
    end = line_ns + (offset + duration) // 1000
    if number in spans:
        span = spans[number]
        span[1], span[2] = min(span[1], start), max(span[2], end)
    else:
        spans[number] = [name, start, end]


def assign_steps(
    start_ns: np.ndarray, step_start_ns: np.ndarray, step_end_ns: np.ndarray, step: np.ndarray
) -> np.ndarray:
    """The step number holding each start time, or -1; steps sorted by start and not overlapping."""
    if len(step_start_ns) == 0:
        return np.full(len(start_ns), -1, np.int64)
    # Position 0 stands for "before the first step": an end no start is below, step -1.
    index = np.searchsorted(step_start_ns, start_ns, side="right")
    ends = np.concatenate(([np.iinfo(np.int64).min], step_end_ns.astype(np.int64)))
    out = np.concatenate(([-1], step.astype(np.int64)))[index]
    out[start_ns >= ends[index]] = -1
    return out


# From this many events the whole walk is compiled by numba (sorting by timeline and start, then one
# pass); below, a vectorised pass finds the few events that overlap anything and plain Python walks
# those, quicker than numba's cold start (loading even a cached function in a fresh process). A
# trace this big is above reader.WIRE_MIN_BYTES, so the wire scanner has loaded numba already.
NUMBA_THRESHOLD = 200_000


def self_time(group: np.ndarray, start_ns: np.ndarray, dur_ns: np.ndarray) -> np.ndarray:
    """Duration minus the durations of op events nested inside it on the same timeline, in ns (>= 0
    for non-negative durations).

    ``group`` identifies a timeline (one line of one device); events on different timelines never nest.
    Partially overlapping events (not nested) do not reduce each other.
    """
    n = len(start_ns)
    end = start_ns + dur_ns
    if n >= max(NUMBA_THRESHOLD, 2) or not _small_span(start_ns, end, len(np.unique(group))):
        # the walk returns a new array: no copy here
        return _self_time_compiled(
            group, start_ns.astype(np.int64, copy=False), dur_ns.astype(np.int64, copy=False)
        )
    out = dur_ns.astype(np.int64, copy=True)
    if n < 2:
        return out
    order = np.lexsort((-end, start_ns, group))
    g, s, e = group[order], start_ns[order], end[order]
    clustered = order[_in_overlap_cluster(g, s, e)]
    if not len(clustered):
        return out
    g, s, e, d = group[clustered], start_ns[clustered], end[clustered], out[clustered]
    result = _self_time_sorted(g.tolist(), s.tolist(), e.tolist(), d.tolist())
    out[clustered] = np.maximum(result, 0)
    return out


def _self_time_compiled(group: np.ndarray, start: np.ndarray, dur: np.ndarray) -> np.ndarray:
    """The compiled walk over runs of one timeline each; events are put in timeline order first
    unless they already are (as the parse stage builds them: one line after another)."""
    from perfdiff.parse.nesting import self_time_runs

    run_starts = np.flatnonzero(group[1:] != group[:-1]) + 1
    run_groups = group[np.concatenate(([0], run_starts))]
    if len(np.unique(run_groups)) == len(run_groups):
        return self_time_runs(group, start, start + dur, dur)
    order = np.argsort(group, kind="stable")
    out = np.empty_like(dur)
    s = start[order]
    d = dur[order]
    out[order] = self_time_runs(group[order], s, s + d, d)
    return out


def covered_ns(group: np.ndarray, start_ns: np.ndarray, end_ns: np.ndarray, groups: int) -> np.ndarray:
    """Per group (``group`` holds ids 0..groups-1): the time covered by at least one of its events'
    [start, end) intervals, in ns (int64). Nested and overlapping events count once."""
    start = start_ns.astype(np.int64, copy=False)
    end = end_ns.astype(np.int64, copy=False)
    if len(start) >= max(NUMBA_THRESHOLD, 1) or not _small_span(start, end, groups):
        from perfdiff.parse.nesting import covered_runs

        run_starts = np.flatnonzero(group[1:] != group[:-1]) + 1
        if len(np.unique(group[np.concatenate(([0], run_starts))])) == len(run_starts) + 1:
            return covered_runs(group, start, end, groups)
        order = np.argsort(group, kind="stable")
        return covered_runs(group[order], start[order], end[order], groups)
    out = np.zeros(groups, np.int64)
    if not len(start):
        return out
    order = np.lexsort((start, group))
    group, start, end = group[order], start[order], end[order]
    # Running max of end within each group: values relative to the group's first start, each group
    # lifted above the previous one's.
    is_first = np.ones(len(group), bool)
    is_first[1:] = group[1:] != group[:-1]
    rank = np.cumsum(is_first) - 1
    base = start[np.flatnonzero(is_first)][rank]
    reach = end - base
    lift = rank * (int(reach.max()) + 1)
    reach += lift
    np.maximum.accumulate(reach, out=reach)
    reach -= lift
    reach += base
    # Each event covers what it adds beyond the reach of the events before it in its group.
    covered = np.empty_like(reach)
    covered[1:] = reach[:-1]
    covered[is_first] = np.iinfo(np.int64).min
    np.maximum(covered, start, out=covered)
    np.subtract(end, covered, out=covered)
    np.maximum(covered, 0, out=covered)
    np.add.at(out, group, covered)
    return out


def _small_span(start: np.ndarray, end: np.ndarray, timelines: int) -> bool:
    """Whether the vectorised walks, which lift each timeline's times above the previous one's, stay
    within int64: the times' span (from 0 or below) times the timelines below 2**62. Past that — times
    decades apart, only seen in damaged traces — the compiled walks, which lift nothing, take over."""
    if not len(start):
        return True
    low = min(int(start.min()), int(end.min()), 0)
    high = max(int(start.max()), int(end.max()))
    return (high - low + 1) * max(timelines, 1) < 2**62


def _in_overlap_cluster(group: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Mask of events (sorted by group, start, -end) that overlap another event of their timeline.
    Needs ``_small_span``."""
    n = len(start)
    first = np.empty(n, bool)
    first[0] = True
    first[1:] = group[1:] != group[:-1]
    # Running max of end within each timeline: lift each timeline above the previous one's values.
    timeline = np.cumsum(first) - 1
    span = int(end.max()) - int(min(start.min(), 0)) + 1
    lift = timeline.astype(np.int64) * span
    running = np.maximum.accumulate(end + lift)
    opens = first.copy()
    opens[1:] |= start[1:] + lift[1:] >= running[:-1]
    cluster = np.cumsum(opens) - 1
    return np.bincount(cluster)[cluster] > 1


def _self_time_sorted(group: list, start: list, end: list, dur: list) -> list:
    """Self times of events sorted by (group, start, -end): each event's duration is subtracted from
    its innermost enclosing event on the same timeline (the same walk as ``nesting``, uncompiled)."""
    out = list(dur)
    stack: list[int] = []
    for i in range(len(start)):
        if i and group[i] != group[i - 1]:
            stack.clear()
        while stack and end[stack[-1]] <= start[i]:
            stack.pop()
        if stack and end[i] <= end[stack[-1]]:
            out[stack[-1]] -= dur[i]
        stack.append(i)
    return out


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
    out = np.full(len(events), -1, np.int64)
    if not len(steps):
        return out
    hosts = events["host"]
    host_codes = hosts.cat.codes.to_numpy()
    host_index = {str(h): i for i, h in enumerate(hosts.cat.categories)}
    start_ns = events["start_ns"].to_numpy(np.int64)
    for host, group in steps.groupby("host", sort=False):
        group = group.sort_values("start_ns")
        if str(host) not in host_index:
            continue
        starts = group["start_ns"].to_numpy(np.int64)
        spans = (starts, starts + group["dur_ns"].to_numpy(np.int64), group["step"].to_numpy(np.int64))
        if len(host_index) == 1:  # one host: no mask, no copies
            return assign_steps(start_ns, *spans)
        mask = host_codes == host_index[str(host)]
        out[mask] = assign_steps(start_ns[mask], *spans)
    return out
