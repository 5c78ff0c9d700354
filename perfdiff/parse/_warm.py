"""Imported by the parse workers' forkserver: load the compiled kernels once, so that every forked
worker starts with their machine code linked (each process links it on first use otherwise).

A failure here (no writable cache, no llvmlite) must not stop the forkserver: the worker then loads
or compiles the kernels on first use, as in-process parsing does.
"""

from __future__ import annotations

import contextlib


def warm() -> None:
    """Load the wire and nesting kernels."""
    from perfdiff.compute import intervals
    from perfdiff.xplane import wire_scan

    wire_scan.kernels()
    intervals.kernels()


with contextlib.suppress(Exception):  # best effort, see the module docstring
    warm()
