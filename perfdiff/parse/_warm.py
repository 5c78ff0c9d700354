"""Imported by the parse workers' forkserver: load numba and the compiled scanners once, so that every
forked worker starts with them ready (numba's first call in a process costs a fixed load time otherwise).

A compile error here (no writable cache, a numba without these types) must not stop the forkserver:
the worker then compiles or falls back on first use, as in-process parsing does.
"""

from __future__ import annotations

import contextlib

import numpy as np


def warm() -> None:
    """Call each compiled function once on a tiny input."""
    from perfdiff.parse import nesting
    from perfdiff.xplane import wire_scan

    buf = np.frombuffer(b"\x0a\x00", np.uint8)
    wire_scan.message_fields(buf, 0, 2)
    wire_scan.scan_line(buf, 0, 2)
    wire_scan.scan_events(buf, 0, 2, 0, np.zeros(0, np.int64), True)
    one = np.zeros(1, np.int64)
    nesting.self_time_runs(one, one, one, one)


with contextlib.suppress(Exception):  # best effort, see the module docstring
    warm()
