"""The analysis worker: ``python -m perfdiff.tensorboard.worker TASK RESULT_FILE`` with JSON on stdin.

The plugin runs each analysis in a fresh interpreter of this module, so TensorBoard's process never
runs the CPU-bound analysis (nor jax) itself and survives whatever happens here. Tasks:

``analyze``  ``{"run_dir", "trace"}`` -> ``{"report": Report.to_dict(), "saved", "note"}``: the run
             (all hosts; saved beside it as perfdiff.report.json) or one host's trace (not saved).
``diff``     ``{"base", "new"}`` (two JSON reports) -> ``Diff.to_dict()`` plus ``by_source`` (the
             Diff's by-source-line table, records).
``detail``   ``{"trace"}`` (a run folder or one host's file) -> ``attribution.drill.op_details``.
``timeline`` ``{"trace", "step"}`` -> ``attribution.drill.step_timeline`` (``step`` None: the first).

The answer is written to RESULT_FILE as ``{"ok": result}`` or ``{"error": message, "status": HTTP
status}`` (404 trace not found, 422 any other PerfdiffError); a perfdiff bug exits non-zero with its
traceback on stderr. jax runs on the CPU only unless JAX_PLATFORMS says otherwise: the HLO cost
analysis needs nothing else, and TensorBoard often runs beside a training job that owns the GPUs.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any


def analyze(run_dir: str, trace: str | None) -> dict[str, Any]:
    import perfdiff
    from perfdiff.errors import PerfdiffError
    from perfdiff.report.store import save_report

    report = perfdiff.analyze(trace or run_dir)
    saved, note = False, None
    if trace is None:
        try:
            save_report(report, run_dir)
            saved = True
        except PerfdiffError as err:
            note = str(err)
    from perfdiff.report.headline import headline

    return {"report": report.to_dict(), "saved": saved, "note": note, "headline": headline(report)}


def diff(base: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    from perfdiff.compare.diff import diff as diff_reports
    from perfdiff.report.jsonable import to_jsonable
    from perfdiff.report.report import Report

    compared = diff_reports(Report.from_dict(base), Report.from_dict(new))
    result: dict[str, Any] = compared.to_dict()
    result["by_source"] = to_jsonable(compared.by_source().to_dict(orient="records"))
    return result


def detail(trace: str) -> dict[str, Any]:
    import perfdiff
    from perfdiff.attribution.drill import op_details

    return op_details(perfdiff.load(trace))


def timeline(trace: str, step: int | None) -> dict[str, Any]:
    import perfdiff
    from perfdiff.attribution.drill import step_timeline

    return step_timeline(perfdiff.load(trace), step)


TASKS: dict[str, Callable[..., dict[str, Any]]] = {
    "analyze": analyze,
    "diff": diff,
    "detail": detail,
    "timeline": timeline,
}


def main(argv: list[str] | None = None) -> int:
    task, result_file = (argv if argv is not None else sys.argv[1:])[:2]
    os.environ.setdefault("JAX_PLATFORMS", "cpu")
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    from perfdiff.errors import PerfdiffError, TraceNotFoundError

    args = json.load(sys.stdin)
    try:
        answer: dict[str, Any] = {"ok": TASKS[task](**args)}
    except PerfdiffError as err:
        answer = {"error": str(err), "status": 404 if isinstance(err, TraceNotFoundError) else 422}
    Path(result_file).write_text(json.dumps(answer), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
