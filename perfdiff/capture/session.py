"""One capture's life: a private folder, the profiler switched on and off, the run published.

:class:`Workspace` is used as a context manager by the step drivers (:mod:`perfdiff.capture.runner`)::

    with Workspace(logdir, run) as ws:      # checks the logdir and makes a temporary folder
        ...compile, warm up, time untraced steps...
        with ws.tracing():                  # jax.profiler.start_trace / stop_trace
            ...traced steps...
        capture = ws.publish(card)          # card written, folder renamed to its run name

Leaving the ``with`` block by an exception (or Ctrl-C) stops the profiler if it is still on and removes
the temporary folder, so nothing appears under a run name. See :mod:`perfdiff.capture.layout`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import logging
import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from perfdiff.capture import layout
from perfdiff.errors import CaptureError

log = logging.getLogger(__name__)


@dataclasses.dataclass(frozen=True)
class Capture:
    """Where a finished capture went.

    Attributes:
        logdir: the TensorBoard log directory given to the capture.
        run: the run folder's name (``<logdir>/plugins/profile/<run>``).
        run_dir: that folder.
        xplane_paths: its ``<host>.xplane.pb`` trace files (one per host; one here).
        card_path: its run card, ``perfdiff.json``.
        card: the run card's contents (see :mod:`perfdiff.capture.card` for the keys and units).
    """

    logdir: Path
    run: str
    run_dir: Path
    xplane_paths: list[Path]
    card_path: Path
    card: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        """The capture as JSON-ready data: paths as strings, the card included."""
        return {
            "logdir": str(self.logdir),
            "run": self.run,
            "run_dir": str(self.run_dir),
            "xplane_paths": [str(p) for p in self.xplane_paths],
            "card_path": str(self.card_path),
            "card": self.card,
        }


def utc_now_iso() -> str:
    """The current time as ISO 8601 UTC with seconds, e.g. ``2025-01-31T12:00:00Z``."""
    now = datetime.datetime.now(datetime.UTC)
    return now.strftime("%Y-%m-%dT%H:%M:%SZ")


class Workspace:
    """A capture in progress: the temporary folder, the profiler state, the final publication."""

    def __init__(self, logdir: str | os.PathLike[str], run: str | None = None) -> None:
        if logdir is None or str(logdir) == "":
            raise CaptureError("no logdir given: pass logdir= (a folder for the profile)")
        self.logdir = Path(logdir)
        self.run = layout.check_run_name(run)
        self.profile_dir: Path | None = None
        self.temp: Path | None = None
        self._tracing = False
        self._exported: Path | None = None

    def __enter__(self) -> Workspace:
        self.profile_dir, self.temp = layout.make_workspace(self.logdir)
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop()
        if self.temp is not None:
            layout.discard(self.temp)

    def _stop(self) -> None:
        if self._tracing:
            import jax

            self._tracing = False
            jax.profiler.stop_trace()

    @contextlib.contextmanager
    def tracing(self) -> Iterator[None]:
        """Run the block under jax's profiler, exporting into the temporary folder."""
        import jax

        if self.temp is None:
            raise RuntimeError("Workspace.tracing() used outside 'with Workspace(...)'")
        try:
            jax.profiler.start_trace(str(self.temp))
        except RuntimeError as err:
            raise CaptureError(f"cannot start jax's profiler ({err}); stop the other trace first") from err
        self._tracing = True
        try:
            yield
        finally:
            self._stop()
        self._exported = layout.exported_folder(self.temp)

    @property
    def host(self) -> str:
        """The host name in the exported trace's file name (``<host>.xplane.pb``)."""
        if self._exported is not None:
            files = layout.xplane_files(self._exported)
            if files:
                return files[0].name[: -len(layout.XPLANE_SUFFIX)]
        return socket.gethostname()

    def publish(self, card: dict[str, Any]) -> Capture:
        """Write the run card and move the traced folder to its final, unused run name."""
        if self._exported is None or self.profile_dir is None:
            raise RuntimeError("Workspace.publish() before a trace was exported")
        base = self.run or self._exported.name  # jax's YYYY_MM_DD_HH_MM_SS
        run, run_dir = layout.publish(self._exported, self.profile_dir, base, card)
        if run != base:
            log.info("run folder %s exists; this capture is %s", base, run)
        self._exported = None
        card_path = run_dir / layout.CARD_NAME
        return Capture(
            logdir=self.logdir,
            run=run,
            run_dir=run_dir,
            xplane_paths=layout.xplane_files(run_dir),
            card_path=card_path,
            card={**card, "run": run},
        )
