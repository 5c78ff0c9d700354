"""The drill-down routes: one op's detail and one step's timeline (``attribution.drill``), joined to the
run's report so that the page shows the report's numbers and words for each op.

``/op?run=&host=&op=<program_id>/<op>``  200 ``{"status": "ready", "run", "host", "key", "row" (the
    op's row of the report's ops table), "hlo_text", "shapes", "steps", "step_s" (its time in each
    step, seconds per device), "trace_run"}``; 202 while the report or the run's op details are
    computed (one worker job per run and host; kept like the reports).
``/timeline?run=&host=&step=``  200 ``step_timeline``'s columns plus, per op of the step, ``op_row``
    (its index in the report's ops table, -1 when the report has no such op), ``op_bound`` and
    ``op_efficiency`` (fraction; null when unknown): the bars' colour and shade; 202 while computed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from perfdiff.tensorboard import jobs
from perfdiff.tensorboard.paths import Catalog, NotFound, RequestError, echo

OP_ROUTE = "/op"
TIMELINE_ROUTE = "/timeline"


def _key(row: dict[str, Any]) -> str:
    return f"{row['program_id']}/{row['op']}"


class Drill:
    """The two routes' impls over the plugin's catalog, jobs and report lookup."""

    def __init__(self, catalog: Catalog, job_list: jobs.Jobs, report: Callable[..., Any]) -> None:
        self._catalog = catalog
        self._jobs = job_list
        self._report = report  # PerfdiffPlugin._report(entry, host, refresh) -> ReportState

    def _job(self, key: tuple[Any, ...], task: str, **args: Any) -> jobs.JobState:
        job = self._jobs.get(key)
        if job is None:
            job = self._jobs.start(key, task, **args)
        jobs.raise_failure(job)
        return job

    def _ready(self, run: str | None, host: str | None) -> tuple[Any, Any, str]:
        entry = self._catalog.run(run)
        trace = self._catalog.trace(entry, host or "")
        return entry, self._report(entry, host or "", False), str(trace or entry.path)

    def op_impl(self, run: str | None, host: str | None, op: str | None) -> tuple[int, dict[str, Any]]:
        if not op:
            raise RequestError("missing parameter 'op': '<program_id>/<op>' of a row of the report")
        entry, state, trace = self._ready(run, host)
        if state.status == "computing":
            return 202, {"status": "computing", "elapsed_s": state.elapsed_s}
        rows = [r for r in state.body["report"]["ops"] if _key(r) == op]
        if not rows:
            raise NotFound(f"no op {echo(op)} in the report of {echo(entry.name)}")
        job = self._job(("detail", entry.name, host or "", state.stamp), "detail", trace=trace)
        if job.status == "computing":
            return 202, {"status": "computing", "elapsed_s": job.elapsed_s}
        detail = job.result.get(op) or {"hlo_text": "", "shapes": None, "steps": [], "step_s": []}
        body = {"status": "ready", "run": entry.name, "host": host or None, "key": op, "row": rows[0]}
        return 200, {**body, **detail}

    def timeline_impl(
        self, run: str | None, host: str | None, step: str | None
    ) -> tuple[int, dict[str, Any]]:
        try:
            number = int(step) if step not in (None, "") else None
        except ValueError:
            raise RequestError(f"parameter 'step' must be a step number, not {echo(str(step))}") from None
        entry, state, trace = self._ready(run, host)
        if state.status == "computing":
            return 202, {"status": "computing", "elapsed_s": state.elapsed_s}
        key = ("timeline", entry.name, host or "", number, state.stamp)
        job = self._job(key, "timeline", trace=trace, step=number)
        if job.status == "computing":
            return 202, {"status": "computing", "elapsed_s": job.elapsed_s}
        ops = state.body["report"]["ops"]
        index = {_key(r): i for i, r in enumerate(ops)}
        rows = [index.get(k, -1) for k in job.result["ops"]]
        return 200, {
            "status": "ready",
            "run": entry.name,
            "host": host or None,
            **job.result,
            "op_row": rows,
            "op_bound": [ops[i]["bound"] if i >= 0 else "unpriced" for i in rows],
            "op_efficiency": [ops[i]["efficiency"] if i >= 0 else None for i in rows],
        }
