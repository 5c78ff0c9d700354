"""perfdiff.memory: freed big arrays reused inside big_arrays(), the memory given back on leaving.
Checked on the page faults and the resident size the kernel counts, not on time."""

from __future__ import annotations

import resource

import numpy as np
import pytest

from perfdiff import memory

pytestmark = pytest.mark.skipif(memory._LIBC is None, reason="glibc's malloc only")
BLOCK = 8 * 2**20  # float64s: a 64 MB array, above any mmap threshold glibc picks itself


@pytest.fixture(autouse=True)
def settled():
    """Each test begins with the defaults in force: no grace time of an earlier use still running."""
    memory.settle()
    yield
    memory.settle()


def faults_of_a_fresh_array() -> int:
    """Minor page faults taken to make and fill one 64 MB array (after one was made and freed)."""
    np.ones(BLOCK)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    array = np.ones(BLOCK)
    faults = resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before
    del array
    return faults


def resident_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize()


def test_a_freed_big_array_is_reused_inside_and_not_outside() -> None:
    with memory.big_arrays():
        inside = faults_of_a_fresh_array()
        with memory.big_arrays():  # nested: the outer setting holds until the outer one leaves
            pass
        nested = faults_of_a_fresh_array()
    memory.settle()  # what the grace time after leaving ends in
    outside = faults_of_a_fresh_array()
    pages = BLOCK * 8 // (2 * 2**20)  # 2 MB pages: the fewest faults a fresh 64 MB array can take
    assert inside < pages // 2 and nested < pages // 2
    assert outside >= pages


def test_leaving_gives_the_freed_memory_back() -> None:
    with memory.big_arrays():
        arrays = [np.ones(BLOCK) for _ in range(4)]  # 256 MB, freed into the heap
        del arrays
        kept = resident_bytes()
    assert kept - resident_bytes() < 64 * 2**20  # kept for the grace time after leaving
    memory.settle()
    assert kept - resident_bytes() > 192 * 2**20


def test_release_freed_gives_memory_back_inside() -> None:
    """Inside big_arrays, freed blocks stay resident until ``release_freed`` (a run's joined hosts)."""
    with memory.big_arrays():
        keep = np.ones(BLOCK)  # above the freed ones in the heap: they are not at its top
        arrays = [np.ones(BLOCK) for _ in range(4)]
        keep2 = np.ones(BLOCK)
        del arrays
        held = resident_bytes()
        memory.release_freed()
        assert held - resident_bytes() > 192 * 2**20
        del keep, keep2


def test_joining_hosts_does_not_hold_the_events_twice() -> None:
    """``_concat_events`` hands each joined column's host pieces back: joining 4 hosts of 64 MB of
    columns each leaves the process holding the joined table once, not the hosts' pieces too."""
    import pandas as pd

    from perfdiff.parse.profile import _concat_events

    rows = BLOCK // 4  # four int64 columns of 16 MB per host
    with memory.big_arrays():
        frames = [pd.DataFrame({c: np.full(rows, h, np.int64) for c in "abcd"}, copy=False) for h in range(4)]
        before = resident_bytes()
        joined = _concat_events(frames)
        grown = resident_bytes() - before
    assert len(joined) == 4 * rows and (joined["a"].to_numpy()[rows : 2 * rows] == 1).all()
    assert grown < 128 * 2**20  # the 256 MB joined table replaces the hosts' 256 MB, give or take a column


def test_numpy_advises_no_huge_pages_inside_and_its_setting_comes_back() -> None:
    """Heap blocks advised MADV_HUGEPAGE stay advised when reused, and faulting them in may compact
    memory first: inside, numpy stops advising; on leaving the outermost use, its setting returns."""
    from numpy._core import multiarray

    before = multiarray._get_madvise_hugepage()
    with memory.big_arrays():
        assert not multiarray._get_madvise_hugepage()
        with memory.big_arrays():
            pass
        assert not multiarray._get_madvise_hugepage()  # the outer use still holds
    memory.settle()
    assert multiarray._get_madvise_hugepage() == before


def test_the_settings_come_back_by_themselves_after_the_grace_time(monkeypatch) -> None:
    """Without a call to ``settle``, the grace timer restores the defaults and trims the heap; a use
    that begins within the grace time keeps the kept heap (and cancels the timer)."""
    import time

    from numpy._core import multiarray

    monkeypatch.setattr(memory, "GRACE_S", 0.2)
    before = multiarray._get_madvise_hugepage()
    with memory.big_arrays():
        pass
    with memory.big_arrays():  # within the grace time: nothing was restored in between
        assert not multiarray._get_madvise_hugepage()
        arrays = [np.ones(BLOCK) for _ in range(4)]
        del arrays
        kept = resident_bytes()
    deadline = time.monotonic() + 30
    while memory._kept and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not memory._kept and multiarray._get_madvise_hugepage() == before
    assert kept - resident_bytes() > 192 * 2**20
