"""``python -m perfdiff.compute.native_cache``: the background build ``machine_code.build_in_background``
starts. It makes this CPU's code for every kernel module from its committed IR, keeps it in the cache
and marks the build done; exit status 1 when some module's IR could not be used (the command then
makes that code itself, or falls back to numba, and says why)."""

from __future__ import annotations

import contextlib
import os
import sys

from perfdiff.compute import machine_code

if __name__ == "__main__":
    # Below the command in priority: it runs its own threads meanwhile, and waits for a module only
    # when it needs it (the cores are then the build's).
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(10)
    sys.exit(0 if machine_code.build_all() else 1)
