"""The perfdiff TensorBoard plugin: JSON routes over ``perfdiff.analyze`` / ``perfdiff.diff``.

Routes (under ``/data/plugin/perfdiff``), each a ``*_route(request)`` that parses arguments and calls
a ``*_impl`` that knows nothing of HTTP but the status it answers with:

``/runs``                  every run under the logdir holding XPlane files: ``{"logdir", "runs": [{"run",
                           "hosts", "saved" (a perfdiff.report.json exists), "status", "chip"}]}``;
                           ``status`` is "saved", "ready" (computed, not saved), "computing", "failed"
                           or "none"; ``chip`` the name of the chip its report is priced on (null
                           until it has one).
``/report?run=&host=&refresh=``  the report of a run (all hosts unless ``host``): 200 ``{"status":
                           "ready", "run", "host", "saved", "note", "headline" (the verdict's
                           sentences, ``report.headline``), "report": Report.to_dict()}``; or 202
                           ``{"status": "computing", "elapsed_s"}`` while the worker computes it (it is
                           saved beside the run when done); ``refresh=1`` recomputes.
``/diff?base=&new=``       ``perfdiff.diff`` of two runs' reports: 200 ``{"status": "ready", "base",
                           "new", "diff": Diff.to_dict()}``, 202 while either report or the diff is being
                           computed.
``/op?run=&host=&op=``      one op's detail (``drill_routes``): its report row, HLO text, shapes, time
                           per step; 202 while computed.
``/timeline?run=&host=&step=``  one step's op executions, columnar, with each op's bound and efficiency
                           (``drill_routes``); 202 while computed.
``/sweeps``, ``/sweep?name=``  the sweeps (sweep.json) under the logdir (``sweep_routes``).
``/vocabulary``             the words, colours, number formats and column labels every view uses
                           (``report.display.vocabulary()``); the frontend reads it at start.
``/static/*``, ``/vendor/plotly.min.js``  the frontend (see ``assets``).

Errors are ``{"error": "<one line>"}``: 400 bad or missing parameter, 404 unknown run/host/file,
422 a PerfdiffError from the analysis (its message), 500 a perfdiff bug.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, cast

from tensorboard.backend import http_util
from tensorboard.plugins import base_plugin
from werkzeug import wrappers

from perfdiff.errors import PerfdiffError, one_line
from perfdiff.report.display import vocabulary
from perfdiff.report.headline import headline
from perfdiff.report.store import load_report, report_path
from perfdiff.tensorboard import assets, drill_routes, jobs, sweep_routes
from perfdiff.tensorboard.paths import Catalog, RequestError, RunEntry

logger = logging.getLogger(__name__)

PLUGIN_NAME = "perfdiff"
RUNS_ROUTE = "/runs"
REPORT_ROUTE = "/report"
DIFF_ROUTE = "/diff"
VOCABULARY_ROUTE = "/vocabulary"
STATIC_ROUTE = "/static/*"
PLOTLY_ROUTE = "/vendor/plotly.min.js"
_STATIC_PREFIX = f"/data/plugin/{PLUGIN_NAME}/static/"

# werkzeug's Request.application, typed for the methods it decorates here: its annotation takes a
# function of the request alone, though it wraps a method as well (the request is the last argument).
# What it makes is a WSGI application method: (self, environ, start_response) -> the body.
_Route = Callable[[Any, wrappers.Request], wrappers.Response]
_route = cast(Callable[[_Route], Callable[..., Iterable[bytes]]], wrappers.Request.application)
_JSON = "application/json"
_KEEP_SAVED = 16  # saved reports kept parsed in memory
_FLAGS = {"": False, "0": False, "false": False, "1": True, "true": True}


@dataclass(frozen=True)
class ReportState:
    """A run's report as the plugin has it: ``status`` "ready" (``body`` set; ``stamp`` identifies
    this version of it) or "computing" (``elapsed_s``)."""

    status: str
    body: dict[str, Any] | None = None
    stamp: tuple[Any, ...] = ()
    elapsed_s: float = 0.0


class PerfdiffPlugin(base_plugin.TBPlugin):
    """Lists the runs under the logdir and serves their reports, computed on demand."""

    plugin_name = PLUGIN_NAME

    def __init__(self, context: base_plugin.TBContext) -> None:
        self._catalog = Catalog(context.logdir)
        self._jobs = jobs.Jobs()
        self._saved_lock = threading.Lock()
        # Saved reports as loaded, by file: (mtime_ns, size) -> JSON; the newest _KEEP_SAVED.
        self._saved: OrderedDict[str, tuple[tuple[int, int], dict[str, Any]]] = OrderedDict()
        self._drill = drill_routes.Drill(self._catalog, self._jobs, self._report)

    def get_plugin_apps(self) -> dict[str, Any]:
        return {
            RUNS_ROUTE: self.runs_route,
            REPORT_ROUTE: self.report_route,
            DIFF_ROUTE: self.diff_route,
            VOCABULARY_ROUTE: self.vocabulary_route,
            drill_routes.OP_ROUTE: self.op_route,
            drill_routes.TIMELINE_ROUTE: self.timeline_route,
            sweep_routes.SWEEPS_ROUTE: self.sweeps_route,
            sweep_routes.SWEEP_ROUTE: self.sweep_route,
            STATIC_ROUTE: self.static_route,
            PLOTLY_ROUTE: self.plotly_route,
        }

    def is_active(self) -> bool:
        return bool(self._catalog.runs())

    def frontend_metadata(self) -> base_plugin.FrontendMetadata:
        return base_plugin.FrontendMetadata(es_module_path="/static/index.js", tab_name="perfdiff")

    def shutdown(self) -> None:
        """Stop the analysis worker (tests; TensorBoard itself just exits)."""
        self._jobs.shutdown()

    # --- routes: parse the request, call the impl ---------------------------------------------------

    @_route
    def runs_route(self, request: wrappers.Request) -> wrappers.Response:
        return _respond(request, self.runs_impl)

    @_route
    def report_route(self, request: wrappers.Request) -> wrappers.Response:
        args = request.args
        return _respond(
            request,
            lambda: self.report_impl(args.get("run"), args.get("host"), _flag(args, "refresh")),
        )

    @_route
    def diff_route(self, request: wrappers.Request) -> wrappers.Response:
        args = request.args
        return _respond(request, lambda: self.diff_impl(args.get("base"), args.get("new")))

    @_route
    def op_route(self, request: wrappers.Request) -> wrappers.Response:
        args = request.args
        return _respond(
            request, lambda: self._drill.op_impl(args.get("run"), args.get("host"), args.get("op"))
        )

    @_route
    def timeline_route(self, request: wrappers.Request) -> wrappers.Response:
        args = request.args
        return _respond(
            request, lambda: self._drill.timeline_impl(args.get("run"), args.get("host"), args.get("step"))
        )

    @_route
    def sweeps_route(self, request: wrappers.Request) -> wrappers.Response:
        return _respond(request, lambda: sweep_routes.sweeps_impl(self._catalog.logdir))

    @_route
    def sweep_route(self, request: wrappers.Request) -> wrappers.Response:
        name = request.args.get("name")
        return _respond(request, lambda: sweep_routes.sweep_impl(self._catalog.logdir, name))

    @_route
    def vocabulary_route(self, request: wrappers.Request) -> wrappers.Response:
        return _respond(request, lambda: (200, vocabulary()))

    @_route
    def static_route(self, request: wrappers.Request) -> wrappers.Response:
        relative = request.path[len(_STATIC_PREFIX) :] if request.path.startswith(_STATIC_PREFIX) else ""
        try:
            content, content_type = assets.static_file(relative)
        except assets.AssetNotFound as err:
            return http_util.Respond(request, {"error": str(err)}, _JSON, code=404)
        return http_util.Respond(request, content, content_type)

    @_route
    def plotly_route(self, request: wrappers.Request) -> wrappers.Response:
        try:
            content = assets.plotly_gzipped()
        except assets.AssetNotFound as err:
            return http_util.Respond(request, {"error": str(err)}, _JSON, code=404)
        return http_util.Respond(
            request, content, "application/javascript", content_encoding="gzip", expires=3600
        )

    # --- impls: plain arguments in, (HTTP status, JSON body) out -----------------------------------

    def runs_impl(self) -> tuple[int, dict[str, Any]]:
        runs = []
        for entry in self._catalog.runs():
            saved = report_path(entry.path).is_file()
            job = self._jobs.get(("report", entry.name, ""))
            if job is None or (job.status == "done" and job.result["saved"]):
                status = "saved" if saved else "none"
            else:
                status = "ready" if job.status == "done" else job.status
            chip = self._chip_of(entry, job) if status in ("saved", "ready") else None
            hosts = list(entry.hosts)
            runs.append({"run": entry.name, "hosts": hosts, "saved": saved, "status": status, "chip": chip})
        return 200, {"logdir": self._catalog.logdir, "runs": runs}

    def report_impl(self, run: str | None, host: str | None, refresh: bool) -> tuple[int, dict[str, Any]]:
        entry = self._catalog.run(run)
        state = self._report(entry, host or "", refresh)
        if state.status == "computing":
            return 202, {"status": "computing", "run": entry.name, "elapsed_s": state.elapsed_s}
        return 200, state.body or {}

    def diff_impl(self, base: str | None, new: str | None) -> tuple[int, dict[str, Any]]:
        if not base or not new:
            raise RequestError("parameters 'base' and 'new' name the two runs to compare (see /runs)")
        entries = [self._catalog.run(base), self._catalog.run(new)]
        states = [self._report(entry, "", refresh=False) for entry in entries]
        waiting = [e.name for e, s in zip(entries, states, strict=True) if s.status == "computing"]
        if waiting:
            return 202, {"status": "computing", "waiting_for": waiting}
        key = ("diff", entries[0].name, entries[1].name, states[0].stamp, states[1].stamp)
        job = self._jobs.get(key)
        if job is None:
            reports = [s.body["report"] for s in states if s.body]
            job = self._jobs.start(key, "diff", base=reports[0], new=reports[1])
        if job.status == "computing":
            return 202, {"status": "computing", "elapsed_s": job.elapsed_s}
        jobs.raise_failure(job)
        body = {"status": "ready", "base": entries[0].name, "new": entries[1].name, "diff": job.result}
        return 200, body

    def _chip_of(self, entry: RunEntry, job: jobs.JobState | None) -> str | None:
        """The chip a run's report is priced on (its name), for the diff's default pair; None when
        its report is neither saved nor computed."""
        if job is not None and job.status == "done":
            return str(job.result["report"]["chip"]["name"])
        try:
            state = self._saved_report(entry) if report_path(entry.path).is_file() else None
        except PerfdiffError:  # an unreadable saved report: /report says why; the listing goes on
            return None
        return str(state.body["report"]["chip"]["name"]) if state and state.body else None

    # --- reports: saved file, finished job, or a new job --------------------------------------------

    def _report(self, entry: RunEntry, host: str, refresh: bool) -> ReportState:
        trace = self._catalog.trace(entry, host)
        key = ("report", entry.name, host)
        args = {"run_dir": str(entry.path), "trace": str(trace) if trace else None}
        if refresh:
            return ReportState("computing", elapsed_s=self._jobs.start(key, "analyze", **args).elapsed_s)
        job = self._jobs.get(key)
        if job is None and trace is None:
            saved = self._saved_report(entry)
            if saved is not None:
                return saved
        if job is None:
            job = self._jobs.start(key, "analyze", **args)
        if job.status == "computing":
            return ReportState("computing", elapsed_s=job.elapsed_s)
        jobs.raise_failure(job)
        result = job.result
        if result["saved"]:
            self._jobs.forget(key)  # the file is the report from now on
        body = {"status": "ready", "run": entry.name, "host": host or None, **result}
        return ReportState("ready", body, ("computed", job.finished_at))

    def _saved_report(self, entry: RunEntry) -> ReportState | None:
        """The run's perfdiff.report.json, or None when it has none (or one that is a link out of the
        run folder, which is ignored and overwritten by the next save)."""
        path = report_path(entry.path)
        try:
            if not path.resolve().is_relative_to(entry.path):
                return None
            stat = path.stat()
        except OSError:
            return None
        stamp = (stat.st_mtime_ns, stat.st_size)
        with self._saved_lock:
            cached = self._saved.get(str(path))
        if cached is None or cached[0] != stamp:
            report = load_report(entry.path)  # PerfdiffError (422) when unreadable
            if report is None:
                return None
            cached = (stamp, {"report": report.to_dict(), "headline": headline(report)})
            with self._saved_lock:
                self._saved[str(path)] = cached
                self._saved.move_to_end(str(path))
                while len(self._saved) > _KEEP_SAVED:
                    self._saved.popitem(last=False)
        body = {"status": "ready", "run": entry.name, "host": None, "saved": True, "note": None}
        return ReportState("ready", {**body, **cached[1]}, ("saved", *stamp))


def _flag(args: Any, name: str) -> bool:
    value = args.get(name, "").lower()
    if value not in _FLAGS:
        raise RequestError(f"parameter {name!r} must be 1/true or 0/false")
    return _FLAGS[value]


def _respond(request: wrappers.Request, impl: Any) -> wrappers.Response:
    """Call ``impl() -> (status, body)``; errors become ``{"error": message}`` with their status."""
    try:
        status, body = impl()
    except PerfdiffError as err:
        status, body = jobs.status_of(err), {"error": one_line(err)}
    return http_util.Respond(request, body, _JSON, code=status)
