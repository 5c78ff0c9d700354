"""Sweep factories for tests/test_sweep.py, imported by the sweep's per-point processes (PYTHONPATH).

``make_step`` is the bundled example's factory, except that batch 2 raises (a factory error) and
batch 3 kills its own process (what an out-of-memory kill looks like to the sweep).
"""

from __future__ import annotations

import os
import signal
from typing import Any

from perfdiff.examples.demo import sweep_factory


def make_step(point: dict[str, Any]) -> dict[str, Any]:
    if point["batch"] == 2:
        raise ValueError(f"no model for batch {point['batch']}")
    if point["batch"] == 3:
        os.kill(os.getpid(), signal.SIGKILL)
    return sweep_factory(point)
