"""A progress bar on stderr while traces parse, ops are costed and a sweep's points run — only when
stderr is a terminal."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class Bar:
    """Callbacks for ``perfdiff.load`` (hosts parsed), ``perfdiff.analyze`` (modules costed) and
    ``perfdiff.sweep`` (points run)."""

    def __init__(self, progress: Any | None, label: str) -> None:
        self._progress = progress
        self._label = label
        self._tasks: dict[str, Any] = {}

    def _update(self, phase: str, done: int, total: int, detail: str = "") -> None:
        if self._progress is None:
            return
        task = self._tasks.get(phase)
        if task is None:
            task = self._tasks[phase] = self._progress.add_task(f"{phase} {self._label}", total=total)
        self._progress.update(
            task, completed=done, total=total, description=f"{phase} {self._label} {detail}"
        )

    def parsing(self, done: int, total: int, host: str) -> None:
        self._update("parsing", done, total, host)

    def costing(self, done: int, total: int) -> None:
        self._update("costing", done, total, "modules")

    def sweeping(self, done: int, total: int, point: str, status: str) -> None:
        self._update("sweep", done, total, f"{point} {status}")


@contextmanager
def progress_bar(label: str, enabled: bool | None = None) -> Iterator[Bar]:
    """Yields a ``Bar``; draws it on stderr (transient) when ``enabled`` (default: stderr is a terminal)."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        yield Bar(None, label)
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=Console(file=sys.stderr), transient=True) as progress:
        yield Bar(progress, label)
