"""The sweep's wall-time split (frontier/timeline.py) on spans whose overlaps are known by construction."""

from __future__ import annotations

import pytest

from perfdiff.frontier import timeline


def test_union_and_difference_of_spans() -> None:
    assert timeline.merged([(3, 4), (0, 1), (0.5, 2), (5, 5), (7, 6)]) == [(0, 2), (3, 4)]
    assert timeline.seconds([(0, 2), (1, 3), (10, 11)]) == 4
    assert timeline.without([(0, 10)], [(2, 3), (5, 6), (9, 12)]) == [(0, 2), (3, 5), (6, 9)]
    assert timeline.without([(0, 1), (4, 5)], [(1, 4)]) == [(0, 1), (4, 5)]
    assert timeline.without([(2, 3)], [(0, 10)]) == []


def test_each_moment_is_counted_once_in_the_first_part_that_holds_it() -> None:
    # two points side by side for 1 s (the first writes its trace while the second builds and compiles),
    # an analysis beside the second's compile, the second's timed steps held 0.5 s after the analysis
    parts = {
        "capture_s": [(1, 4), (4.5, 5), (5.5, 8)],  # point 1: 1-4; point 2: 4.5-8 less its hold 5-5.5
        "build_s": [(0.8, 1), (3, 3.5)],  # point 2's build lies inside point 1's capture
        "held_s": [(5, 5.5)],
        "alone_s": [(8.2, 8.6)],
        "start_s": [(0, 0.8)],
        "fit_s": [(8.6, 9)],
    }
    split = timeline.split((0, 10), parts)
    assert split["capture_s"] == pytest.approx(3 + 0.5 + 2.5)
    assert split["build_s"] == pytest.approx(0.2)  # the rest of the builds is hidden behind a capture
    assert split["held_s"] == pytest.approx(0.5)
    assert split["start_s"] == pytest.approx(0.8)
    assert split["other_s"] == pytest.approx(10 - 6 - 0.2 - 0.5 - 0.4 - 0.8 - 0.4)  # 4-4.5, 8-8.2, 9-10
    assert sum(split.values()) == pytest.approx(10)
    assert timeline.overlapped([(0.8, 4), (3, 8)]) == pytest.approx(1)  # points' whole spans
    assert timeline.overlapped([(0, 1), (2, 3)]) == 0


def test_clock_is_shared_with_a_child_process() -> None:
    """The points' processes note their spans on this clock: it must read the same in another
    process (CLOCK_MONOTONIC is system-wide; perf_counter's origin is not promised to be)."""
    import subprocess
    import sys

    before = timeline.clock()
    code = "from perfdiff.frontier import timeline; print(timeline.clock())"
    theirs = float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                  check=True).stdout)  # fmt: skip
    after = timeline.clock()
    assert before <= theirs <= after
