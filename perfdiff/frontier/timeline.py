"""Where a sweep's wall time went, from spans of one clock that every process of the sweep reads.

Parts of a sweep overlap: a point writes its trace while the next one builds and compiles, and the
sweep's process analyses a point meanwhile. Adding the parts' own seconds would count those moments
twice, and a sweep whose points overlapped more would look cheaper than one whose points ran one
after another. So each part is a set of spans ``(start, end)`` of :func:`clock` and :func:`split`
counts every moment of the sweep once, in the first part (in the order given) that covers it; the
moments no part covers are ``other_s``.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping

# (start, end) in seconds of clock()
Span = tuple[float, float]


def clock() -> float:
    """Seconds of the system's monotonic clock: one clock for the sweep's process and its points'
    processes (time.perf_counter's origin is not promised to be shared between processes)."""
    return time.clock_gettime(time.CLOCK_MONOTONIC)


def merged(spans: Iterable[Span]) -> list[Span]:
    """The union of ``spans`` as sorted, disjoint spans (empty and reversed spans dropped)."""
    out: list[Span] = []
    for start, end in sorted((s, e) for s, e in spans if e > s):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def without(spans: Iterable[Span], taken: Iterable[Span]) -> list[Span]:
    """The parts of ``spans`` that no span of ``taken`` covers (sorted, disjoint)."""
    out: list[Span] = []
    cuts = merged(taken)
    for start, end in merged(spans):
        for cut_start, cut_end in cuts:
            if cut_end <= start or cut_start >= end:
                continue
            if cut_start > start:
                out.append((start, cut_start))
            start = max(start, cut_end)
            if start >= end:
                break
        if start < end:
            out.append((start, end))
    return out


def seconds(spans: Iterable[Span]) -> float:
    """The length of the union of ``spans`` (s)."""
    return sum(end - start for start, end in merged(spans))


def split(whole: Span, parts: Mapping[str, Iterable[Span]]) -> dict[str, float]:
    """Seconds of ``whole`` per part, each moment in the first part (in ``parts``' order) holding it,
    and ``"other_s"``: the moments of ``whole`` in no part. The values add up to the length of
    ``whole``."""
    out: dict[str, float] = {}
    taken: list[Span] = []
    for name, spans in parts.items():
        inside = [(max(s, whole[0]), min(e, whole[1])) for s, e in spans]
        mine = without(inside, taken)
        out[name] = seconds(mine)
        taken = merged([*taken, *mine])
    out["other_s"] = max(0.0, (whole[1] - whole[0]) - seconds(taken))
    return out


def overlapped(spans: Iterable[Span]) -> float:
    """Seconds during which two or more of ``spans`` ran at once."""
    edges = sorted([(s, 1) for s, e in spans if e > s] + [(e, -1) for s, e in spans if e > s])
    running, since, out = 0, 0.0, 0.0
    for at, step in edges:
        if running >= 2:
            out += at - since
        running, since = running + step, at
    return out
