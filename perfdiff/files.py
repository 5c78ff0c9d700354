"""The files perfdiff writes: whole-or-nothing replacement, and the folder it caches in.

Every file perfdiff writes that something else may read meanwhile (a saved report the TensorBoard
plugin serves, a run card, a cache entry another analysis is reading) goes through ``atomic_write``;
every cache lives under ``cache_dir()``.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import platformdirs

from perfdiff.errors import PerfdiffError

CACHE_ENV = "PERFDIFF_CACHE_DIR"


def cache_dir() -> Path:
    """The folder perfdiff caches in: ``$PERFDIFF_CACHE_DIR`` if set, else the user cache folder of
    the platform (platformdirs): ``$XDG_CACHE_HOME/perfdiff``, else ``~/.cache/perfdiff`` on Linux;
    ``~/Library/Caches/perfdiff`` on macOS; ``%LOCALAPPDATA%\\perfdiff\\Cache`` on Windows.

    Only the path: nothing is created. A cache that cannot be written to must only cost speed, so
    callers create what they need and treat an OSError as a miss.
    """
    chosen = os.environ.get(CACHE_ENV)
    if chosen:
        return Path(chosen)
    return Path(platformdirs.user_cache_dir("perfdiff", appauthor=False))


def atomic_write(path: str | os.PathLike[str], data: str | bytes) -> None:
    """Replace ``path`` with ``data`` (text is written as UTF-8), all or nothing.

    The data goes to a new file in the same folder (created if missing), is flushed to disk, and the
    file is renamed over ``path``: a reader, even in another process, sees the old file or the new
    one, never half of one, and a crash leaves no half-written ``path``. On any failure the temporary
    file is removed and the error raised (OSError for the file system's).
    """
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = _new_file_beside(target)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _new_file_beside(target: Path) -> tuple[int, Path]:
    """A new, hidden file next to ``target``, open for writing. Opened with mode 0o666 (less the
    umask), as ``open()`` would: ``tempfile.mkstemp`` makes files 0o600, which would keep a report
    from a TensorBoard that runs as another user."""
    while True:
        temp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
        try:
            return os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), temp
        except FileExistsError:  # 48 random bits: all but impossible, but never overwrite
            continue


# The formats a chart is written in: matplotlib's (.png, .svg, .pdf) and plotly's (.html).
PLOT_FORMATS = (".png", ".svg", ".pdf", ".html")


def plot_path(path: str | Path) -> Path:
    """The path of a chart to write (``--plot``), or a PerfdiffError when its format is not one of
    ``PLOT_FORMATS`` — checked before any work, so a typo costs nothing."""
    target = Path(path)
    if target.suffix.lower() not in PLOT_FORMATS:
        raise PerfdiffError(
            f"--plot {path}: unknown format {target.suffix or '(none)'}; use {', '.join(PLOT_FORMATS)}"
        )
    return target
