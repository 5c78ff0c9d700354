"""perfdiff.memory: freed big arrays reused inside big_arrays(), the memory given back on leaving.
Checked on the page faults and the resident size the kernel counts, not on time."""

from __future__ import annotations

import resource

import numpy as np
import pytest

from perfdiff import memory

pytestmark = pytest.mark.skipif(memory._LIBC is None, reason="glibc's malloc only")
BLOCK = 8 * 2**20  # float64s: a 64 MB array, above any mmap threshold glibc picks itself


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
    outside = faults_of_a_fresh_array()
    pages = BLOCK * 8 // (2 * 2**20)  # 2 MB pages: the fewest faults a fresh 64 MB array can take
    assert inside < pages // 2 and nested < pages // 2
    assert outside >= pages


def test_leaving_gives_the_freed_memory_back() -> None:
    with memory.big_arrays():
        arrays = [np.ones(BLOCK) for _ in range(4)]  # 256 MB, freed into the heap
        del arrays
        kept = resident_bytes()
    assert kept - resident_bytes() > 192 * 2**20
