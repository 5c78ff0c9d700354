"""Where the trace files are: a file, a run folder, or a TensorBoard logdir.

TensorBoard and xprof write ``<logdir>/plugins/profile/<run>/<host>.xplane.pb``, one file per host.
Run folders whose name starts with "." are in-progress captures and are never read.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from perfdiff.errors import TraceNotFoundError

XPLANE_SUFFIXES = (".xplane.pb", ".xplane.pb.gz")
# What jax's profiler writes beside the XPlane file (and what Perfetto and chrome://tracing read).
CHROME_TRACE_SUFFIXES = (".trace.json.gz", ".trace.json")
PROFILE_SUBDIR = Path("plugins") / "profile"
# jax names run folders by the second; perfdiff's capture appends _2, _3... when a name is taken.
# `perfdiff annotate` writes a run's annotated copy beside it as <run>_perfdiff: it sorts just before
# its original, so that a logdir's latest run stays the run the profiler wrote.
ANNOTATED_SUFFIX = "_perfdiff"
_RUN_TIME = re.compile(r"^(\d{4}_\d{2}_\d{2}_\d{2}_\d{2}_\d{2})(?:_(\d+))?(_perfdiff)?$")


@dataclass(frozen=True)
class TraceFile:
    """One host's trace: ``host`` is the file name without its suffix, as TensorBoard names it."""

    host: str
    path: Path


@dataclass(frozen=True)
class Run:
    """A run folder: ``name`` is its path relative to the logdir's profile folder (or to the logdir)."""

    name: str
    path: Path
    files: tuple[TraceFile, ...]


def is_trace_file(path: Path) -> bool:
    return path.name.endswith(XPLANE_SUFFIXES)


def chrome_trace_error(path: str | os.PathLike[str]) -> TraceNotFoundError:
    """The error for a Chrome-trace JSON export given where an XPlane file (or a saved report) belongs."""
    return TraceNotFoundError(
        f"{path} is a Chrome-trace JSON export; perfdiff reads XPlane files (*.xplane.pb) "
        "— point it at the .xplane.pb the profiler wrote beside it"
    )


def is_chrome_trace(data: object) -> bool:
    """Whether parsed JSON ``data`` is a Chrome trace: the object form (a ``traceEvents`` list) or the
    array form (a list of events, each with a phase ``ph``)."""
    if isinstance(data, dict):
        return isinstance(data.get("traceEvents"), list)
    return isinstance(data, list) and bool(data) and isinstance(data[0], dict) and "ph" in data[0]


def host_of(path: Path) -> str:
    name = path.name
    for suffix in XPLANE_SUFFIXES:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def _listing(folder: Path) -> list[Path]:
    """The entries of ``folder``; TraceNotFoundError when it cannot be listed (permissions, gone)."""
    try:
        return sorted(folder.iterdir())
    except PermissionError as err:
        raise TraceNotFoundError(f"cannot read folder {folder}: permission denied") from err
    except OSError as err:
        raise TraceNotFoundError(f"cannot read folder {folder}: {err.strerror or err}") from err


def _kind(path: Path) -> str:
    """ "file", "folder", "missing" or "other" (a FIFO, a socket, a device); TraceNotFoundError when
    ``path`` cannot even be looked at (a parent folder without search permission)."""
    try:
        mode = path.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        return "missing"
    except OSError as err:  # EACCES on a parent folder, ELOOP, ...
        raise TraceNotFoundError(f"cannot reach {path}: {err.strerror or err}") from err
    return "file" if stat.S_ISREG(mode) else "folder" if stat.S_ISDIR(mode) else "other"


def trace_files_in(folder: Path) -> tuple[TraceFile, ...]:
    """The host trace files directly inside ``folder``, sorted by host."""
    entries = [p for p in _listing(folder) if is_trace_file(p) and _kind(p) == "file"]
    hosts: dict[str, TraceFile] = {}
    for path in entries:
        host = host_of(path)
        # A host with both forms: the uncompressed file wins (it is what the profiler wrote last).
        if host not in hosts or path.name.endswith(".xplane.pb"):
            hosts[host] = TraceFile(host, path)
    return tuple(hosts[h] for h in sorted(hosts))


def list_runs(logdir: str | os.PathLike[str]) -> list[Run]:
    """Every run folder under ``logdir`` that holds XPlane files, oldest first.

    A run is a folder ``.../plugins/profile/<run>/`` anywhere under the logdir (TensorBoard logdirs
    often hold one sub-folder per experiment); its name is the path from the logdir with the
    ``plugins/profile`` part dropped, e.g. ``2026_11_21_10_00_00`` or ``train/2026_11_21_10_00_00``.
    """
    return _find_runs(Path(logdir), [])


def _find_runs(root: Path, unreadable: list[str]) -> list[Run]:
    """``list_runs``; folders the walk could not read are added to ``unreadable``."""
    runs: list[Run] = []
    for profile_dir in sorted(_profile_dirs(root, unreadable)):
        prefix = profile_dir.parent.parent.relative_to(root)
        for run_dir in (p for p in _listing(profile_dir) if _kind(p) == "folder"):
            if run_dir.name.startswith("."):
                continue
            files = trace_files_in(run_dir)
            if files:
                name = run_dir.name if prefix == Path(".") else f"{prefix.as_posix()}/{run_dir.name}"
                runs.append(Run(name, run_dir, files))
    runs.sort(key=_run_order)
    return runs


def _profile_dirs(root: Path, unreadable: list[str]) -> list[Path]:
    def note(err: OSError) -> None:
        unreadable.append(f"cannot read folder {err.filename}: {err.strerror or err}")

    found = []
    for dirpath, dirnames, _ in os.walk(root, onerror=note, followlinks=False):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        path = Path(dirpath)
        if path.name == "profile" and path.parent.name == "plugins":
            found.append(path)
            dirnames[:] = []  # runs are listed by list_runs itself
    return found


def _run_order(run: Run) -> tuple[float, float, str]:
    """Chronological: by the timestamp in the run's name when it has one, else by file time (an
    annotated copy: its original's, just before it)."""
    match = _RUN_TIME.match(run.path.name)
    if match:
        when = datetime.strptime(match.group(1), "%Y_%m_%d_%H_%M_%S").timestamp()
        return when, int(match.group(2) or 1) - (0.5 if match.group(3) else 0), run.name
    original = run.path.with_name(run.path.name.removesuffix(ANNOTATED_SUFFIX))
    files = trace_files_in(original) if original != run.path and original.is_dir() else ()
    if files:
        return max(f.path.stat().st_mtime for f in files), -1, run.name
    newest = max(f.path.stat().st_mtime for f in run.files)
    return newest, 0, run.name


def locate(path: str | os.PathLike[str], run: str | None = None) -> Run:
    """Resolve what the user pointed at into the run to read.

    ``path`` is a trace file, a run folder or a logdir; in a logdir the latest run is taken unless
    ``run`` names one. Raises TraceNotFoundError with what to do when nothing matches.
    """
    target = Path(path).expanduser()
    kind = _kind(target)
    if kind == "missing":
        raise TraceNotFoundError(f"{target}: no such file or folder")
    if kind == "other":
        raise TraceNotFoundError(f"{target} is not a regular file or a folder (a pipe or a device?)")
    if kind == "file":
        if run is not None:
            raise TraceNotFoundError(f"run={run!r} applies to a logdir, but {target} is a file")
        if not is_trace_file(target) and target.name.endswith(CHROME_TRACE_SUFFIXES):
            raise chrome_trace_error(target)
        return Run(target.parent.name, target.parent, (TraceFile(host_of(target), target),))
    files = trace_files_in(target)
    if files:
        if run is not None:
            raise TraceNotFoundError(f"run={run!r} applies to a logdir, but {target} is a run folder")
        return Run(target.name, target, files)
    unreadable: list[str] = []
    runs = _find_runs(target, unreadable)
    if not runs:
        why = f" ({unreadable[0]})" if unreadable else ""
        raise TraceNotFoundError(
            f"no *.xplane.pb files under {target}{why}; point perfdiff at a trace file, a run folder "
            "(.../plugins/profile/<run>/) or a TensorBoard logdir"
        )
    if run is None:
        return runs[-1]
    for candidate in runs:
        if candidate.name == run or candidate.path.name == run:
            return candidate
    names = ", ".join(r.name for r in runs[-10:])
    raise TraceNotFoundError(f"no run {run!r} in {target}; runs there: {names}")
