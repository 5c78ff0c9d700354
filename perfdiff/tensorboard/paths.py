"""Which run folders and trace files a request may name: only those ``list_runs`` found in the logdir.

A request never carries a path. It names a run (``train/2026_11_21_10_00_00``) and optionally a host
(``vm``), and both are looked up by exact string in the list of runs found under the logdir; anything
else — ``..``, an absolute path, an encoded slash, a name that is merely similar — is not in the list
and is refused. A run folder or trace file that resolves (through a symlink) to a place outside the
logdir is left out of the list (with its whole run: the run's analysis reads every file in it), so it
is neither shown nor served.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from perfdiff.errors import PerfdiffError
from perfdiff.xplane.locate import list_runs

_MAX_ECHO = 80  # characters of a bad parameter quoted back in an error message


class RequestError(PerfdiffError):
    """A request the plugin cannot answer as asked; ``status`` is the HTTP status (4xx)."""

    status = 400

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        if status is not None:
            self.status = status


class NotFound(RequestError):
    status = 404


@dataclass(frozen=True)
class RunEntry:
    """A run the plugin serves: ``name`` as ``list_runs`` gives it, ``path`` its real folder (symlinks
    resolved), ``hosts`` host name -> real trace file path, sorted by host."""

    name: str
    path: Path
    hosts: dict[str, Path]


def echo(value: str) -> str:
    """A request parameter quoted for an error message: repr'd and cut to a readable length."""
    text = repr(value)
    return text if len(text) <= _MAX_ECHO else text[: _MAX_ECHO - 4] + "...'"


class Catalog:
    """The runs under one logdir, re-listed at most every ``ttl_s`` seconds (the list is walked on
    every poll of the page otherwise)."""

    def __init__(self, logdir: str | os.PathLike[str] | None, ttl_s: float = 2.0) -> None:
        self._logdir = str(logdir) if logdir else ""
        self._ttl_s = ttl_s
        self._lock = threading.Lock()
        self._listed_at = -float("inf")
        self._runs: list[RunEntry] = []

    @property
    def logdir(self) -> str:
        return self._logdir

    def runs(self) -> list[RunEntry]:
        """Every servable run, oldest first (``list_runs`` order)."""
        with self._lock:
            now = time.monotonic()
            if now - self._listed_at > self._ttl_s:
                self._runs = _servable_runs(self._logdir)
                self._listed_at = now
            return list(self._runs)

    def refresh(self) -> None:
        """Forget the cached listing (a run was just written)."""
        with self._lock:
            self._listed_at = -float("inf")

    def run(self, name: str | None) -> RunEntry:
        """The run named exactly ``name``; RequestError (400) when missing, NotFound (404) when unknown."""
        if not name:
            raise RequestError("missing parameter 'run': name a run from /runs")
        for entry in self.runs():
            if entry.name == name:
                return entry
        raise NotFound(f"no run {echo(name)} under the logdir; /runs lists the runs")

    def trace(self, entry: RunEntry, host: str | None) -> Path | None:
        """The trace file of ``host`` in the run, or None for all hosts (``host`` empty)."""
        if not host:
            return None
        try:
            return entry.hosts[host]
        except KeyError:
            raise NotFound(
                f"no host {echo(host)} in run {echo(entry.name)}; hosts: {', '.join(entry.hosts)}"
            ) from None


def _servable_runs(logdir: str) -> list[RunEntry]:
    """``list_runs(logdir)`` without anything that resolves outside the logdir."""
    if not logdir or "://" in logdir:  # remote logdirs (gs://...) hold no local XPlane files for us
        return []
    root = Path(logdir).expanduser()
    if not root.is_dir():
        return []
    real_root = root.resolve()
    try:
        runs = list_runs(root)
    except (PerfdiffError, OSError):
        return []
    entries = []
    for run in runs:
        real = run.path.resolve()
        if not real.is_relative_to(real_root):
            continue
        hosts = {trace.host: trace.path.resolve() for trace in run.files}
        # The whole run or nothing: its analysis reads every trace file in the folder.
        if all(f.is_relative_to(real_root) and f.is_file() for f in hosts.values()):
            entries.append(RunEntry(run.name, real, hosts))
    return entries
