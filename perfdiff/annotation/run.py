"""``perfdiff.annotate``: an annotated copy of a run, written as a new run beside it.

``<profile folder>/<run>/<host>.xplane.pb`` is copied to ``<profile folder>/<run>_perfdiff/<host>.xplane.pb``:
the host's XSpace bytes unchanged, followed by one more plane, the ``perfdiff`` plane of
``annotation.plane`` (a serialized XSpace holding only that plane: protobuf appends a repeated field's
elements when two messages' bytes are concatenated, so the copy reads as the original XSpace with the
plane added). A gzip host file is copied decompressed (XProf reads ``.xplane.pb``). The run card is
copied too. The original files are only read.

The copy is written into a hidden folder first (readers skip run folders whose name starts with ".")
and renamed into place when complete, so a TensorBoard never lists half of it.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from google.protobuf.message import DecodeError

from perfdiff.annotation.plane import PLANE_NAME, Op, OpKey, build_plane, op_table
from perfdiff.attribution.analyze import analyze
from perfdiff.errors import BadTraceError, PerfdiffError
from perfdiff.files import atomic_write
from perfdiff.parse.profile import RUN_CARD, Profile, load
from perfdiff.report.report import Report
from perfdiff.xplane import reader, xplane_pb2
from perfdiff.xplane.locate import ANNOTATED_SUFFIX, locate

log = logging.getLogger(__name__)

Progress = Callable[[str], None]  # a line saying what is being done


def annotated_folder(run_dir: Path) -> Path:
    """Where the annotated copy of the run folder ``run_dir`` goes: a sibling run."""
    return run_dir.with_name(run_dir.name + ANNOTATED_SUFFIX)


def annotate(
    path: str | os.PathLike[str],
    run: str | None = None,
    *,
    report: Report | None = None,
    force: bool = False,
    progress: Progress | None = None,
) -> Path:
    """Write the annotated copy of a run (``path``: a trace file, a run folder, or a logdir with
    ``run`` or its latest run) and return its folder. ``report``: the run's analysis, made with
    ``perfdiff.analyze`` when not given. An existing copy is replaced only with ``force``.
    Raises PerfdiffError (nothing written) for a missing run, an existing copy, an annotated run."""
    say = progress or (lambda line: log.info("%s", line))
    target = locate(path, run)
    if target.path.name.endswith(ANNOTATED_SUFFIX):
        raise PerfdiffError(f"{target.path} is already an annotated copy; annotate its original run")
    out = annotated_folder(target.path)
    if out.exists() and not force:
        raise PerfdiffError(f"{out} exists (an earlier annotation); --force replaces it")
    say(f"reading {target.path}")
    profile = load(path, run)
    if report is None:
        say("analysing")
        report = analyze(profile)
    ops = op_table(report.ops, getattr(report, "advice", None) or ())
    staging = out.with_name(f".{out.name}.writing")
    shutil.rmtree(staging, ignore_errors=True)  # an earlier annotation that stopped half way
    try:
        for trace in target.files:
            say(f"annotating {trace.path.name}")
            data = reader.read_bytes(trace.path)
            plane = _plane(data, trace.path, _op_lines(profile, trace.host), ops, report.chip.kind)
            extra = xplane_pb2.XSpace(planes=[plane]).SerializeToString()
            atomic_write(staging / f"{trace.host}.xplane.pb", data + extra)
        card = target.path / RUN_CARD
        if card.is_file():
            atomic_write(staging / RUN_CARD, card.read_bytes())
        _replace(staging, out)
    except OSError as err:
        shutil.rmtree(staging, ignore_errors=True)
        raise PerfdiffError(f"cannot write {out}: {err.strerror or err}") from err
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    say(f"wrote {out}")
    return out


def _op_lines(profile: Profile, host: str) -> set[tuple[str, str]]:
    events = profile.events
    mine = events[events["host"].astype(str) == host]
    pairs = mine[["device", "line"]].astype(str).drop_duplicates()
    return set(pairs.itertuples(index=False, name=None))


def _plane(
    data: bytes, path: Path, op_lines: set[tuple[str, str]], ops: dict[OpKey, Op], chip_kind: str
) -> xplane_pb2.XPlane:
    space = xplane_pb2.XSpace()
    try:
        space.ParseFromString(data)
    except DecodeError as err:  # perfdiff.load read it a moment ago: the file changed since
        raise BadTraceError(f"{path} is not an XPlane file: {err}") from err
    if any(plane.name == PLANE_NAME for plane in space.planes):
        raise PerfdiffError(f"{path} already has a {PLANE_NAME} plane: it is an annotated copy")
    return build_plane(space, op_lines, ops, chip_kind)


def _replace(staging: Path, out: Path) -> None:
    """Move the finished copy into place; an earlier copy (``force``) is moved aside first and removed
    after, so a reader sees the old copy or the new one."""
    old = out.with_name(f".{out.name}.old")
    if out.exists():
        shutil.rmtree(old, ignore_errors=True)
        out.rename(old)
    staging.rename(out)
    shutil.rmtree(old, ignore_errors=True)
