"""The Sweep tab's routes: the sweeps (``perfdiff sweep``'s ``sweep.json``) under the logdir.

``/sweeps``          ``{"sweeps": [names]}``: the folders under the logdir (the logdir itself is ".";
                     at most ``MAX_DEPTH`` levels down) holding a ``sweep.json``.
``/sweep?name=``     ``{"name", "sweep": sweep.json}`` as ``frontier.driver.load`` reads it (422 when it
                     is not a sweep); the page draws the measured and theoretical frontiers from its
                     points' own columns (``report/sweep_tables.py``).

Like runs, a sweep is named, never given as a path: the name must be one ``/sweeps`` listed, and a
folder that resolves out of the logdir is not listed.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from perfdiff.frontier.driver import SWEEP_FILE, load
from perfdiff.tensorboard.paths import NotFound, RequestError, echo

SWEEPS_ROUTE = "/sweeps"
SWEEP_ROUTE = "/sweep"
MAX_DEPTH = 3  # a sweep's logdir sits at most this deep under TensorBoard's


def list_sweeps(logdir: str) -> dict[str, Path]:
    """Sweep name (its folder relative to the logdir, "/"-separated) -> its real folder."""
    if not logdir or "://" in logdir:
        return {}
    root = Path(logdir).expanduser()
    if not root.is_dir():
        return {}
    real_root = root.resolve()
    found: dict[str, Path] = {}
    for folder, dirs, files in os.walk(root):
        depth = len(Path(folder).relative_to(root).parts)
        if depth >= MAX_DEPTH:
            dirs[:] = []
        dirs[:] = [d for d in dirs if d != "plugins"]  # profile runs hold no sweeps
        if SWEEP_FILE in files:
            real = Path(folder).resolve()
            if real.is_relative_to(real_root) and (real / SWEEP_FILE).resolve().is_relative_to(real_root):
                found[Path(folder).relative_to(root).as_posix()] = real
    return dict(sorted(found.items()))


def sweeps_impl(logdir: str) -> tuple[int, dict[str, Any]]:
    return 200, {"sweeps": list(list_sweeps(logdir))}


def sweep_impl(logdir: str, name: str | None) -> tuple[int, dict[str, Any]]:
    if not name:
        raise RequestError("missing parameter 'name': a sweep from /sweeps")
    sweeps = list_sweeps(logdir)
    if name not in sweeps:
        raise NotFound(f"no sweep {echo(name)} under the logdir; /sweeps lists them")
    return 200, {"name": name, "sweep": load(sweeps[name]).data}
