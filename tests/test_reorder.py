"""Columns reordered in place on a helper thread: the same as numpy's fancy indexing, errors raised in
the caller, and an overlap-heavy trace (lines written by host time, read by device time) parsed into
the same tables as when each timeline is reordered on the spot, or by the insertion sort that moves
only its moved rows."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from perfdiff.compute import intervals, reorder
from perfdiff.compute.reorder import Reorderer
from perfdiff.parse.host import parse_host

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def test_columns_come_out_as_fancy_indexing_puts_them() -> None:
    rng = np.random.default_rng(11)
    reorderer = Reorderer()
    expected, columns = [], []
    for n in (10, 5000, 300, 20000):  # the scratch grows, and is reused when big enough
        order = rng.permutation(n)
        these = [
            rng.integers(0, 9, n).astype(np.int32),
            rng.integers(0, 2**64 - 1, n, dtype=np.uint64),
            rng.integers(-(2**40), 2**40, n),
            rng.random(n),
        ]
        expected += [column[order] for column in these]
        columns += these
        reorderer.submit(these, order)
    reorderer.wait()
    for mine, theirs in zip(columns, expected, strict=True):
        assert mine.dtype == theirs.dtype
        np.testing.assert_array_equal(mine, theirs)


def test_an_error_on_the_helper_is_raised_by_wait() -> None:
    reorderer = Reorderer()
    reorderer.submit([np.zeros(3, np.int64)], np.arange(4))  # a column shorter than the order
    with pytest.raises(ValueError):
        reorderer.wait()
    reorderer.wait()  # raised once


class _OnTheSpot(Reorderer):
    """The reordering as it was before the helper thread: each column at once, in the caller."""

    def submit(self, columns: list[np.ndarray], order: np.ndarray) -> None:
        for column in columns:
            column[:] = column[order]


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
    submitted: list[int] = []
    submit = Reorderer.submit

    def counting(self, columns, order):
        submitted.append(len(order))
        submit(self, columns, order)

    monkeypatch.setattr(Reorderer, "submit", counting)
    threaded = parse_host("h", trace, decoder="wire")
    assert submitted  # the lines did need reordering, too far from in order for the insertion sort
    submitted.clear()
    insertion_sort = intervals.nearly_start_order
    monkeypatch.setattr(intervals, "nearly_start_order", lambda start, dur: insertion_sort(start, dur, 10**6))
    nearly = parse_host("h", trace, decoder="wire")  # as many moves as it takes: only moved rows moved
    assert not submitted
    monkeypatch.setattr(reorder, "Reorderer", _OnTheSpot)
    on_the_spot = parse_host("h", trace, decoder="wire")
    pd.testing.assert_frame_equal(threaded.events, on_the_spot.events, check_exact=True)
    pd.testing.assert_frame_equal(nearly.events, on_the_spot.events, check_exact=True)
    assert len(threaded.events) > 40_000
