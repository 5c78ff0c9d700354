"""Keeping freed big arrays in the process while a trace is parsed and analysed (glibc's malloc).

A pod trace's columns are arrays of tens to hundreds of MB, and parsing and analysing it makes and
drops many such temporaries. glibc gives every block above its mmap threshold (at most 32 MB when it
adjusts it itself) fresh pages from the kernel and returns them on free: each new temporary faults in
and zeroes its pages again (huge pages, where numpy asks for them). That system time grows faster
than the trace (benchmarks/README.md, issue 16). Inside :func:`big_arrays` freed blocks stay in the
heap and the next temporary reuses them; a moment after leaving (``GRACE_S``: long enough for an
analysis begun right after a load to reuse the load's freed blocks), the allocator's defaults come
back and the free memory is given back to the system (``malloc_trim``), so a notebook does not keep
the peak after the analysis. Tables made inside and kept (a Profile) live in the heap: freed later,
their memory is reused by the process and returned at the next trim.

Inside, numpy also stops advising the kernel to back its big arrays with huge pages
(``MADV_HUGEPAGE``, numpy's default on Linux). Where the kernel's ``transparent_hugepage/defrag`` is
``madvise`` (the common default), a fault in an advised range with no free huge page compacts memory
before it returns, and the advice outlives the array: the heap blocks it was on stay advised when
they are reused (numpy/numpy#31590). On a VM that stall doubled the system time of a pod trace's
load (benchmarks/README.md, issue 16).

Elsewhere (musl, macOS, Windows) it does nothing.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import functools
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

# mallopt parameters (glibc's malloc.h) and glibc's defaults for them (bytes)
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
_DEFAULT_BYTES = 128 * 1024
_KEEP_BYTES = 2**31 - 1  # mallopt takes an int: blocks up to 2 GB come from the heap
_lock = threading.Lock()
_depth = 0


def _libc() -> Any:
    """glibc, or None where it is not the C library."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.gnu_get_libc_version  # noqa: B018 - glibc only: musl has mallopt's name but not this
        return libc if hasattr(libc, "mallopt") and hasattr(libc, "malloc_trim") else None
    except (OSError, AttributeError):
        return None


_LIBC = _libc()


def _hugepage_advice() -> Callable[[bool], bool] | None:
    """numpy's switch for advising huge pages on its big arrays (returns the previous setting), or
    None when this numpy has none."""
    try:
        from numpy._core import multiarray
    except ImportError:
        return None
    return getattr(multiarray, "_set_madvise_hugepage", None)


# After the last use leaves, the heap is kept this long before the defaults come back and it is
# trimmed (s): ``perfdiff.load`` then ``perfdiff.analyze`` is the usual sequence, and the analysis's
# temporaries then reuse the load's freed blocks instead of faulting in fresh memory.
GRACE_S = 2.0
_hugepages_were = True
_kept = False  # the settings of big_arrays in force (inside, or in the grace time after)
_settling: threading.Timer | None = None


@contextlib.contextmanager
def big_arrays() -> Iterator[None]:
    """Within: freed blocks of any size stay in the heap for reuse, and numpy advises no huge pages.
    Nested uses and threads share one setting; ``GRACE_S`` after the last leaves (unless another use
    begins), glibc's defaults and numpy's advice come back and the heap is trimmed (:func:`settle`)."""
    global _depth, _hugepages_were, _kept, _settling
    if _LIBC is None:
        yield
        return
    with _lock:
        if _settling is not None:
            _settling.cancel()
            _settling = None
        if not _kept:
            _LIBC.mallopt(_M_MMAP_THRESHOLD, _KEEP_BYTES)
            _LIBC.mallopt(_M_TRIM_THRESHOLD, _KEEP_BYTES)
            advise = _hugepage_advice()
            if advise is not None:
                _hugepages_were = bool(advise(False))
            _kept = True
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                _settling = threading.Timer(GRACE_S, settle)
                _settling.daemon = True
                _settling.name = "perfdiff-settle"
                _settling.start()


def settle() -> None:
    """Unless a :func:`big_arrays` use is in progress: glibc's defaults and numpy's advice back, and
    the heap trimmed, now (what happens ``GRACE_S`` after the last use leaves)."""
    global _kept, _settling
    if _LIBC is None:
        return
    with _lock:
        if _depth > 0 or not _kept:
            return
        if _settling is not None and _settling is not threading.current_thread():
            _settling.cancel()
        _settling = None
        _LIBC.mallopt(_M_MMAP_THRESHOLD, _DEFAULT_BYTES)
        _LIBC.mallopt(_M_TRIM_THRESHOLD, _DEFAULT_BYTES)
        advise = _hugepage_advice()
        if advise is not None:
            advise(_hugepages_were)
        _kept = False
        _LIBC.malloc_trim(0)


def release_freed() -> None:
    """Hand the memory of freed blocks back to the system now (``malloc_trim``), inside
    :func:`big_arrays` too: for blocks freed that nothing will reuse (a run's per-host columns once
    joined: too small for the joined ones), so they stop counting in the process's memory."""
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


def keeping_big_arrays(function: Callable[P, R]) -> Callable[P, R]:
    """``function`` run inside :func:`big_arrays` (perfdiff.load, perfdiff.analyze)."""

    @functools.wraps(function)
    def inside(*args: P.args, **kwargs: P.kwargs) -> R:
        with big_arrays():
            return function(*args, **kwargs)

    return inside
