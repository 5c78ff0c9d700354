"""Where a capture's files go, and how a run folder appears without clobbering another.

The layout is TensorBoard's and xprof's::

    <logdir>/plugins/profile/<run>/<host>.xplane.pb      the trace (written by jax's profiler)
    <logdir>/plugins/profile/<run>/<host>.trace.json.gz  Chrome-JSON copy jax also writes; left as is
    <logdir>/plugins/profile/<run>/perfdiff.json         the run card (:mod:`perfdiff.capture.card`)

jax's ``stop_trace`` names the run folder after the current second, so two captures in one second
would share a folder. Instead a capture traces into a private temporary folder
``<logdir>/plugins/profile/.perfdiff-tmp-*`` (readers skip names starting with "."), writes the run card
into the exported folder (temp name, then rename), and only then renames that folder to its final name:
jax's timestamp (or the name the user asked for), with ``_2``, ``_3``… appended while the name is taken.
A run folder therefore appears complete or not at all, and an earlier run is never overwritten. An
interrupted capture removes its temporary folder; a killed one leaves only the dot-folder behind.
"""

from __future__ import annotations

import errno
import itertools
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from perfdiff.errors import CaptureError
from perfdiff.files import atomic_write

PROFILE_SUBDIR = Path("plugins") / "profile"
CARD_NAME = "perfdiff.json"
XPLANE_SUFFIX = ".xplane.pb"
TEMP_PREFIX = ".perfdiff-tmp-"
_RUN_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.+=@-]{0,127}")


def check_run_name(run: str | None) -> str | None:
    """``run`` if it is usable as one folder name (letters, digits, ``_.+=@-``, not starting with ".")."""
    if run is None:
        return None
    if not isinstance(run, str) or not _RUN_NAME.fullmatch(run):
        raise CaptureError(
            f"run name {run!r} is not a plain folder name: use letters, digits and _.-+=@ "
            f"(no '/', not starting with '.')"
        )
    return run


def make_workspace(logdir: str | os.PathLike[str]) -> tuple[Path, Path]:
    """Create ``<logdir>/plugins/profile`` and a private temporary folder in it: (profile dir, temp dir).

    Raises CaptureError (one line) when the logdir cannot be created or written.
    """
    logdir = Path(logdir)
    profile_dir = logdir / PROFILE_SUBDIR
    try:
        if logdir.exists() and not logdir.is_dir():
            raise CaptureError(f"logdir {str(logdir)!r} is a file, not a folder: pass a folder to --logdir")
        profile_dir.mkdir(parents=True, exist_ok=True)
        temp = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=profile_dir))
    except OSError as err:
        raise CaptureError(
            f"cannot write the profile under logdir {str(logdir)!r}: {err.strerror or err}; "
            f"pass a writable folder"
        ) from err
    return profile_dir, temp


def exported_folder(temp: Path) -> Path:
    """The one run folder jax's profiler exported under ``temp`` (``temp/plugins/profile/<stamp>``)."""
    root = temp / PROFILE_SUBDIR
    folders = sorted(p for p in root.iterdir() if p.is_dir()) if root.is_dir() else []
    if len(folders) != 1 or not list(folders[0].glob("*" + XPLANE_SUFFIX)):
        raise CaptureError(f"jax's profiler wrote no trace under {str(root)!r}; is another profiler active?")
    return folders[0]


def xplane_files(run_dir: Path) -> list[Path]:
    """The ``*.xplane.pb`` files of a run folder, sorted by name (one per host)."""
    return sorted(run_dir.glob("*" + XPLANE_SUFFIX))


def write_json(path: Path, data: dict[str, Any]) -> None:
    """Write ``data`` as JSON to ``path`` atomically (``files.atomic_write``)."""
    atomic_write(path, json.dumps(data, indent=2, sort_keys=False, allow_nan=False) + "\n")


def candidate_names(base: str) -> Iterator[str]:
    """``base``, then ``base_2``, ``base_3``, …"""
    yield base
    for k in itertools.count(2):
        yield f"{base}_{k}"


def publish(folder: Path, profile_dir: Path, base: str, card: dict[str, Any]) -> tuple[str, Path]:
    """Write ``card`` (with its ``run`` set) into ``folder`` and rename it to a free run name.

    Returns (run name, final run folder). ``os.rename`` refuses a non-empty target, so a run another
    process published a moment earlier is never replaced; the next name is tried instead (and the card
    rewritten with it). Raises CaptureError if the folder cannot be moved.
    """
    for name in candidate_names(base):
        target = profile_dir / name
        if target.exists() or target.is_symlink():
            continue
        write_json(folder / CARD_NAME, {**card, "run": name})
        try:
            os.rename(folder, target)
        except OSError as err:
            if err.errno in (errno.EEXIST, errno.ENOTEMPTY, errno.EISDIR, errno.ENOTDIR):
                continue
            raise CaptureError(f"cannot move the run folder into {str(profile_dir)!r}: {err}") from err
        return name, target
    raise AssertionError("unreachable")  # candidate_names is infinite


def discard(temp: Path) -> None:
    """Remove a temporary capture folder and everything in it (best effort)."""
    shutil.rmtree(temp, ignore_errors=True)
