"""Timelines' columns put in order of start in place, side by side on threads: the same as fancy
indexing by ``start_order``, nearly-in-order lines (an insertion sort, only moved rows moved) and
far-from-order ones (sorted, permuted through a scratch buffer) alike; errors raised in the caller;
and an overlap-heavy trace parsed into the same tables on one thread or several, either way."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from perfdiff.compute import intervals, reorder, side_by_side
from perfdiff.compute.intervals import start_order
from perfdiff.compute.reorder import order_timelines
from perfdiff.parse.host import parse_host

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def _timeline(rng: np.random.Generator, n: int, jitter: int) -> reorder.Timeline:
    start = np.sort(rng.integers(0, 10 * n, n)) + rng.integers(0, jitter + 1, n)
    dur = rng.integers(-3, 50, n)
    columns = [
        start,
        dur,
        np.full(n, 7, np.int32),  # one value all along
        rng.integers(0, 2**64 - 1, n, dtype=np.uint64),
        rng.random(n),
    ]
    return start, dur, columns


@pytest.mark.parametrize("cores", [1, 3])
def test_columns_come_out_as_fancy_indexing_by_start_order_puts_them(monkeypatch, cores: int) -> None:
    monkeypatch.setattr(side_by_side, "usable_cores", lambda: cores)
    rng = np.random.default_rng(11)
    # in order, jittered by a few places, far from in order; the scratch fits the longest
    shapes = ((10, 0), (5000, 3), (300, 10**6), (20000, 10**7))
    timelines = [_timeline(rng, n, jitter) for n, jitter in shapes]
    expected = []
    for start, dur, columns in timelines:
        order = start_order(start, start + np.maximum(dur, 0))
        expected.append([column[order].copy() for column in columns])
    seen: list[int] = []
    order_timelines(timelines, then=lambda i: seen.append(i) or _in_order(timelines[i]))
    assert sorted(seen) == [0, 1, 2, 3]
    for (_, _, columns), theirs in zip(timelines, expected, strict=True):
        for mine, column in zip(columns, theirs, strict=True):
            assert mine.dtype == column.dtype
            np.testing.assert_array_equal(mine, column)


def _in_order(timeline) -> None:
    """``then`` sees its timeline already in order."""
    start, dur, _ = timeline
    assert (start_order(start, start + np.maximum(dur, 0)) == np.arange(len(start))).all()


def test_an_error_on_a_thread_is_raised_in_the_caller(monkeypatch) -> None:
    monkeypatch.setattr(side_by_side, "usable_cores", lambda: 2)
    rng = np.random.default_rng(12)
    timelines = [_timeline(rng, 100, 10**6) for _ in range(2)]

    def refuse(i: int) -> None:
        raise ValueError(f"timeline {i}")

    with pytest.raises(ValueError, match="timeline 0"):
        order_timelines(timelines, then=refuse)


def test_an_overlap_heavy_trace_parses_the_same(tmp_path: Path, traces: Path, monkeypatch) -> None:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        spec = importlib.util.spec_from_file_location(
            "make_overlap_trace", BENCHMARKS / "make_overlap_trace.py"
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(BENCHMARKS))
    trace = tmp_path / "overlap.xplane.pb"
    module.write_overlap_trace(traces / "tpu-v6e/tpu_inference_2.xplane.pb", trace, op_events=8 * 6013)
    sorted_lines: list[int] = []
    sort = reorder.start_order

    def counting(start, end=None, *, dur_ns=None):
        sorted_lines.append(len(start))
        return sort(start, end, dur_ns=dur_ns)

    monkeypatch.setattr(reorder, "start_order", counting)
    monkeypatch.setattr(side_by_side, "usable_cores", lambda: 2)
    side_by_side_tables = parse_host("h", trace, decoder="wire")
    assert len(sorted_lines) == 4  # each device's op line too far from in order for the insertion sort
    monkeypatch.setattr(side_by_side, "usable_cores", lambda: 1)
    one_thread = parse_host("h", trace, decoder="wire")
    insertion_sort = intervals.nearly_start_order
    monkeypatch.setattr(reorder, "nearly_start_order", lambda start, dur: insertion_sort(start, dur, 10**6))
    sorted_lines.clear()
    inserted = parse_host("h", trace, decoder="wire")  # as many moves as it takes: only moved rows moved
    assert not sorted_lines
    pd.testing.assert_frame_equal(side_by_side_tables.events, one_thread.events, check_exact=True)
    pd.testing.assert_frame_equal(inserted.events, one_thread.events, check_exact=True)
    assert len(one_thread.events) > 40_000
