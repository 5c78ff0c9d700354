"""Starting perfdiff's own child processes (the HLO cost helper, the CPU roofline measurement, a capture
with fake devices, the plugin's analysis worker) so that they run this perfdiff, whatever the folder.

``python -m perfdiff.x`` puts the current folder first on ``sys.path``: started from a folder that
holds another perfdiff checkout, the child would import that one (its modules may not even exist
there: every op then came out unpriced). ``-P`` (Python 3.11+) leaves the current folder out, and the
folder holding this package goes first on ``PYTHONPATH``, so the child imports the same code as the
parent.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

_PACKAGE_PARENT = str(Path(__file__).resolve().parents[1])


def module_command(module: str, *args: str) -> list[str]:
    """The command line running ``python -m module args`` with this interpreter, without the cwd."""
    return [sys.executable, "-P", "-m", module, *args]


def child_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """This process's environment plus ``extra``, with this package's folder first on PYTHONPATH."""
    env = {**os.environ, **(extra or {})}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [_PACKAGE_PARENT, env.get("PYTHONPATH")]))
    return env
