"""Saved reports: ``perfdiff.report.json`` beside the traces of a run.

The CLI writes it after analysing a run (unless ``--no-save``) and the TensorBoard plugin shows it (or
computes and saves it on demand). Writes are atomic (``files.atomic_write``), so a reader never sees
half a report and a crash never leaves one behind.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from perfdiff.errors import PerfdiffError
from perfdiff.files import atomic_write
from perfdiff.report.report import Report
from perfdiff.xplane.locate import chrome_trace_error, is_chrome_trace

REPORT_FILE = "perfdiff.report.json"


def report_path(run_dir: str | os.PathLike[str]) -> Path:
    return Path(run_dir) / REPORT_FILE


def save_report(report: Report, run_dir: str | os.PathLike[str] | None = None) -> Path:
    """Save ``report`` as ``perfdiff.report.json`` in ``run_dir`` (default: the run it came from)."""
    path = report_path(run_dir if run_dir is not None else report.path)
    try:
        atomic_write(path, report.to_json(indent=1))
    except OSError as err:
        raise PerfdiffError(f"cannot save the report to {path}: {err.strerror or err}") from err
    return path


def read_report_file(path: str | os.PathLike[str]) -> Report:
    """The saved report in the file ``path`` (any name ending in .json). PerfdiffError when it is not
    one: a Chrome-trace export (``*.trace.json``, or JSON holding ``traceEvents``) is named as such,
    anything else is "cannot read the saved report" with the reason."""
    if os.fspath(path).endswith(".trace.json"):  # before reading: such files run to gigabytes
        raise chrome_trace_error(path)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:  # ValueError: not JSON, not UTF-8
        raise PerfdiffError(f"cannot read the saved report {path}: {err}") from err
    if is_chrome_trace(data):
        raise chrome_trace_error(path)
    try:
        return Report.from_dict(data)
    except (KeyError, TypeError, PerfdiffError) as err:
        raise PerfdiffError(f"cannot read the saved report {path}: {err}") from err


def load_report(run_dir: str | os.PathLike[str]) -> Report | None:
    """The saved report of a run, or None when there is none; PerfdiffError when it is unreadable."""
    path = report_path(run_dir)
    if not path.is_file():
        return None
    try:
        return Report.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError, PerfdiffError) as err:  # ValueError: bad JSON
        raise PerfdiffError(f"saved report {path} is unreadable ({err}); delete it to recompute") from err
