"""``perfdiff.sweep``: capture and analyse every point of a grid, then fit and compare with the theory.

Layout of a sweep's logdir::

    <logdir>/plugins/profile/<point name>/      each point's run (trace and run card), as any capture
    <logdir>/sweep/<point name>.json            the point's result: what resumes a sweep
    <logdir>/sweep/<point name>.capture.json    what its process said (captured, or failed and why)
    <logdir>/sweep/<point name>.log             its process's stdout and stderr
    <logdir>/sweep.json                         the whole sweep (schema: report/sweep_tables.py)

Each point runs in a process of its own (:mod:`perfdiff.frontier.worker`); this process analyses its
run (``perfdiff.analyze``, the chip detected once from the first run, or the one given) while the
next point builds and compiles, and the next point starts while a point writes its trace; a lock this
process holds at every other moment keeps all of that off the machine while a point's steps are
timed. Where the wall time went is split with :mod:`~.timeline`. ``sweep.json`` is rewritten after
every point: an interrupted sweep (Ctrl-C) leaves every finished point, and running the same sweep
again skips the points that are done (a failed point is tried again) and reuses a run that was
captured but not yet analysed. When every point is done or failed, the efficiencies are fitted
(:mod:`~.fit`) and every point, measured or only predicted (``predict=``), gets its prediction; the
Pareto frontiers are marked (:mod:`~.pareto`).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from perfdiff.capture import devices
from perfdiff.capture.layout import CARD_NAME, PROFILE_SUBDIR
from perfdiff.children import child_env, module_command
from perfdiff.chips.lookup import get_chip
from perfdiff.chips.table import Chip
from perfdiff.errors import PerfdiffError, one_line
from perfdiff.files import atomic_write
from perfdiff.frontier import fit as fit_mod
from perfdiff.frontier import pareto, results, timeline, worker
from perfdiff.frontier.grid import Grid, Point, parse_predict
from perfdiff.llm.calibration import RESOURCES, Efficiency, StepTerms
from perfdiff.report.jsonable import to_jsonable
from perfdiff.report.sweep_tables import POINTS, SCHEMA, SPLIT

log = logging.getLogger(__name__)

SWEEP_FILE = "sweep.json"
POINTS_DIR = "sweep"
# (points finished, points in all, the point's name, its status): once per point of the grid
Progress = Callable[[int, int, str, str], None]


@dataclass
class Sweep:
    """A finished (or interrupted) sweep: ``data`` is ``sweep.json``; ``points`` its rows as a table."""

    logdir: Path
    data: dict[str, Any]

    @property
    def path(self) -> Path:
        return self.logdir / SWEEP_FILE

    @property
    def points(self) -> pd.DataFrame:
        return pd.DataFrame(self.data["points"], columns=POINTS.names)


def load(logdir: str | os.PathLike[str]) -> Sweep:
    """The sweep saved in ``logdir`` (its ``sweep.json``); PerfdiffError when there is none."""
    path = Path(logdir) / SWEEP_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PerfdiffError(
            f"no {SWEEP_FILE} in {str(logdir)!r}: run 'perfdiff sweep --logdir' first"
        ) from None
    except (OSError, ValueError) as err:
        raise PerfdiffError(f"cannot read {path}: {err}") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise PerfdiffError(f"{path} is not a perfdiff sweep (schema {SCHEMA!r})")
    return Sweep(Path(logdir), data)


class _Server:
    """The fork server (worker --serve), started on the first point that needs a capture. Its answers
    come in the order things happen (a point's exit may follow the next one's start): ``_expect``
    keeps those not asked for yet."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[str] | None = None
        self.ready = False
        self.running: set[int] = set()  # children that have not said their exit
        self.events: list[dict[str, Any]] = []

    def launch(self) -> None:
        """Start the server (it imports jax meanwhile); ``send`` waits until it is ready."""
        if self.process is None or self.process.poll() is not None:
            self.process, self.ready = self._start(), False

    def _start(self) -> subprocess.Popen[str]:
        # each child sets its own device count; this perfdiff first on the path (children.py), then
        # the folder the user runs perfdiff from, where `python -m` would find their factory
        env = child_env({"XLA_FLAGS": devices.without_count(os.environ.get("XLA_FLAGS", ""))})
        env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [env.get("PYTHONPATH"), os.getcwd()]))
        return subprocess.Popen(
            module_command("perfdiff.frontier.worker", "--serve"),
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env,
        )  # fmt: skip

    def _expect(self, match: Callable[[dict[str, Any]], bool]) -> dict[str, Any] | None:
        """The first answer that ``match``es (None: the server ended)."""
        for i, event in enumerate(self.events):
            if match(event):
                return self.events.pop(i)
        stream = self.process.stdout if self.process else None
        while stream is not None and (line := stream.readline()):
            event = json.loads(line) if line.strip() else {}
            if match(event):
                return dict(event)
            self.events.append(event)
        return None

    def send(self, job: dict[str, Any]) -> int | None:
        """Start one job in a fresh child; its pid (None: the server died)."""
        self.launch()
        assert self.process is not None and self.process.stdin is not None
        if not self.ready:
            if self._expect(lambda e: "ready" in e) is None:
                raise PerfdiffError("the sweep's worker process did not start (see the messages above)")
            self.ready = True
        self.process.stdin.write(json.dumps(job) + "\n")
        self.process.stdin.flush()
        started = self._expect(lambda e: "started" in e)  # (an earlier child's exit has a "pid")
        pid = started["started"] if started else None
        if pid is not None:
            self.running.add(pid)
        return pid

    def wait_timed(self, pid: int | None) -> None:
        """Return when the child's timed steps are over, or it has ended (at once without a child)."""
        if pid is None:
            return
        event = self._expect(lambda e: e.get("timed") == pid or ("exit" in e and e.get("pid") == pid))
        if event is not None and "exit" in event:
            self.events.append(event)  # for wait()

    def wait(self, pid: int | None) -> int | None:
        """The child's exit code (None: the server died)."""
        event = self._expect(lambda e: "exit" in e and e.get("pid") == pid)
        self.running.discard(pid or 0)
        return event["exit"] if event else None

    def stop(self, interrupt: bool = False) -> None:
        """Interrupt the running children (Ctrl-C: they clean up their captures) and tell the server
        to end (it exits when its stdin is closed and its children have ended); ``join`` waits."""
        if interrupt:
            for pid in self.running:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGINT)
        if self.process is not None and self.process.stdin and not self.process.stdin.closed:
            self.process.stdin.close()

    def join(self) -> None:
        """Wait for the server to exit (after ``stop``)."""
        if self.process is not None:
            self.stop()
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.process.kill()
            if self.process.stdout:
                self.process.stdout.close()
            self.process = None


class _Run:
    """One invocation of a sweep: the grid, the point files, the chip, the timings."""

    def __init__(self, logdir: Path, grid: Grid, planned: list[Point], factory: str, source: str,
                 steps: int, warmup: int, chip: Chip | None) -> None:  # fmt: skip
        self.logdir, self.grid, self.planned = logdir, grid, planned
        self.factory, self.source, self.steps, self.warmup = factory, source, steps, warmup
        self.chip = chip
        self.folder = logdir / POINTS_DIR
        self.gate_path = self.folder / ".timing.lock"
        self.config = {"source": source, "factory": factory, "steps": steps, "warmup": warmup}
        self.saved: dict[str, dict[str, Any]] = {}  # point name -> its result, status "done"
        self.failed: dict[str, str | None] = {}  # point name -> its error, failed in this run
        self.started = timeline.clock()
        # for sweep.json's timing (report/sweep_tables.TIMING): spans of timeline.clock() per part, in
        # the order a moment is counted in (timeline.split), each point's whole span, and sums
        self.spans: dict[str, list[timeline.Span]] = {key: [] for key in SPLIT}
        self.point_spans: list[timeline.Span] = []
        self.spent = {"analysis_s": 0.0, "points_run": 0}

    def file(self, point: Point, suffix: str = ".json") -> Path:
        return self.folder / f"{point.name}{suffix}"

    def resume(self) -> None:
        """Read the point files of an earlier run of the same sweep."""
        for point in self.planned:
            try:
                saved = json.loads(self.file(point).read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if saved.get("config") == self.config and saved.get("status") == "done":
                self.saved[point.name] = saved
                if self.chip is None and saved.get("chip"):
                    self.chip = Chip.from_dict(saved["chip"])

    def captured(self, point: Point) -> dict[str, Any] | None:
        """A capture of this point an earlier run made but did not analyse."""
        run_dir = self.logdir / PROFILE_SUBDIR / point.name
        try:
            said = json.loads(self.file(point, ".capture.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if (
            said.get("status") == "captured"
            and said.get("run") == point.name
            and (run_dir / CARD_NAME).exists()
        ):
            return said
        return None

    def job(self, point: Point) -> dict[str, Any]:
        """The worker's job for ``point`` (its old result file removed)."""
        self.file(point, ".capture.json").unlink(missing_ok=True)
        return {"point": point.to_dict(), "factory": self.factory, "logdir": str(self.logdir),
                "steps": self.steps, "warmup": self.warmup, "log": str(self.file(point, ".log")),
                "result": str(self.file(point, ".capture.json")), "gate": str(self.gate_path)}  # fmt: skip

    def collect(self, point: Point, code: int | None) -> dict[str, Any]:
        """What the point's process said when it ended with ``code``."""
        if code == 130 or code == -signal.SIGINT:
            raise KeyboardInterrupt
        try:
            said = json.loads(self.file(point, ".capture.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            said = {"status": "failed", "error": _died(code, self.file(point, ".log"))}
        self.spent["points_run"] += 1
        build, capture, held = (said.get(key) for key in ("build_at", "capture_at", "held_at"))
        if build and capture:
            self.spans["build_s"].append(tuple(build))
            self.spans["capture_s"] += timeline.without([tuple(capture)], [tuple(held)] if held else [])
            self.spans["held_s"] += [tuple(held)] if held else []
            self.point_spans.append((build[0], capture[1]))
        return said

    def finish(self, point: Point, said: dict[str, Any]) -> dict[str, Any]:
        """Analyse a captured point and save its result (a failed one is saved as failed)."""
        saved: dict[str, Any] = {"config": self.config, "point": point.to_dict(), "status": "failed",
                                 "error": said.get("error")}  # fmt: skip
        if said.get("status") == "captured":
            saved |= self._analyse(point, said)
        atomic_write(self.file(point), json.dumps(to_jsonable(saved), allow_nan=False))
        if saved["status"] == "done":
            self.saved[point.name] = saved
        else:
            self.failed[point.name] = saved.get("error")
        return saved

    def _analyse(self, point: Point, said: dict[str, Any]) -> dict[str, Any]:
        from perfdiff.attribution.analyze import analyze

        started = time.perf_counter()
        try:
            report = analyze(self.logdir / PROFILE_SUBDIR / said["run"], chip=self.chip)
        except PerfdiffError as err:
            return {"error": f"the analysis failed: {one_line(err)}"}
        self.chip = self.chip or report.chip
        analysis_s = time.perf_counter() - started
        self.spent["analysis_s"] += analysis_s
        card = said["card"]
        info = {"run": said["run"], "capture_s": said.get("capture_s"), "build_s": said.get("build_s"),
                "analysis_s": analysis_s}  # fmt: skip
        return {"status": "done", "error": None, "figures": results.measured(card, report), "info": info,
                "model": card.get("model"), "compute": (card.get("dtypes") or {}).get("compute"),
                "chip": report.chip.to_dict()}  # fmt: skip


def _died(code: int | None, log_file: Path) -> str:
    """Why a point's process ended without a result, with the last line of its log."""
    try:
        tail = [line for line in log_file.read_text(encoding="utf-8", errors="replace").splitlines() if line]
    except OSError:
        tail = []
    what = f"killed by signal {-code}" if code is not None and code < 0 else f"exit code {code}"
    hint = " (out of memory?)" if code == -signal.SIGKILL else ""
    last = f"; its log ends: {tail[-1][:300]}" if tail else ""
    return f"the point's process died without a result ({what}{hint}){last}"


def _rows(
    run: _Run, everything: list[Point], measured: set[str], fitted: bool = True
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Every point's row, the fit over the measured ones, predictions and the frontiers."""
    done = [run.saved[p.name] for p in everything if p.name in run.saved]
    model = next((s.get("model") for s in done if s.get("model")), None)
    compute = next((s.get("compute") for s in done if s.get("compute")), None)
    rows, terms = [], []
    for point in everything:
        saved = run.saved.get(point.name)
        theory = results.theory_of(point, model, run.chip, compute)
        if saved is None:
            status = "pending" if point.name in measured else "predicted"
            failed = run.failed.get(point.name)
            status, info = ("failed", {"error": failed}) if failed else (status, {})
            rows.append(results.point_row(point, status, chip=run.chip, theory=theory, info=info))
        else:
            info = (saved.get("info") or {}) | {"error": saved.get("error")}
            rows.append(results.point_row(point, saved["status"], chip=run.chip, theory=theory,
                                          figures=saved.get("figures"), info=info))  # fmt: skip
        terms.append(StepTerms(**theory["terms"]) if theory else None)
    used: dict[int, StepTerms] = {
        i: term
        for i, (row, term) in enumerate(zip(rows, terms, strict=True))
        if fitted and row["status"] == "done" and row["step_s"] and term is not None
    }
    result = fit_mod.fit(list(used.values()), [rows[i]["step_s"] for i in used])
    loo = fit_mod.leave_one_out(list(used.values()), [rows[i]["step_s"] for i in used], result)
    for i, error in zip(used, loo, strict=True):
        rows[i]["loo_error"] = error
    for row, term in zip(rows, terms, strict=True):
        row["predicted_step_s"] = fit_mod.predict(term, result) if term else None
    measured_rows = [row if row["status"] == "done" else {} for row in rows]
    on = pareto.frontier([r.get("latency_per_token_s") for r in measured_rows],
                         [r.get("tokens_per_s_per_chip") for r in measured_rows])  # fmt: skip
    on_theory = pareto.frontier([r["theory_latency_per_token_s"] for r in rows],
                                [r["theory_tokens_per_s_per_chip"] for r in rows])  # fmt: skip
    for row, flag, flag_theory in zip(rows, on, on_theory, strict=True):
        row["on_frontier"], row["theory_on_frontier"] = flag, flag_theory
    return rows, fit_mod.summary(result, loo)


def _document(run: _Run, everything: list[Point], measured: set[str], fitted: bool) -> dict[str, Any]:
    from perfdiff import __version__

    fit_started = timeline.clock()
    rows, fit_summary = _rows(run, everything, measured, fitted)
    now = timeline.clock()
    if fitted:
        run.spans["fit_s"] = [(fit_started, now)]
    parts = timeline.split((run.started, now), run.spans)
    captures = parts["capture_s"]
    timing = {"total_s": now - run.started, **parts, "side_by_side_s": timeline.overlapped(run.point_spans),
              "analysis_s": run.spent["analysis_s"],
              "overhead": (now - run.started - captures) / captures if captures else None,
              "points_run": run.spent["points_run"]}  # fmt: skip
    complete = all(row["status"] in ("done", "failed", "predicted") for row in rows)
    return to_jsonable({
        "schema": SCHEMA, "perfdiff_version": __version__, "source": run.source, "kind": run.grid.kind,
        "grid": run.grid.axes(), "steps": run.steps, "warmup": run.warmup,
        "chip": run.chip.to_dict() if run.chip else None, "points": rows, "fit": fit_summary,
        "timing": timing, "complete": complete,
    })  # fmt: skip


def _save(run: _Run, everything: list[Point], measured: set[str], *, fitted: bool) -> dict[str, Any]:
    """Write ``sweep.json`` (the fit only at the end: it refits once per point for leave-one-out)."""
    data = _document(run, everything, measured, fitted)
    atomic_write(run.logdir / SWEEP_FILE, json.dumps(data, allow_nan=False, indent=1 if fitted else None))
    return data


def _warm_first_analysis() -> None:
    """Ready what an analysis and the fit need: perfdiff's analysis imported, the HLO cost helper
    process up (started with the worker server; wait until its CPU client is up), scipy. Run after the
    first point is sent, holding the timing lock: it overlaps that point's build and compile, never its
    timed steps, and leaves the two cores to the server and the helper while they import jax."""
    import perfdiff.attribution.analyze  # noqa: F401
    from perfdiff.costs import xla_process

    with contextlib.suppress(PerfdiffError):  # the analyses will say what is wrong, point by point
        xla_process.warm()
    fit_mod.warm()


def _pipeline(run: _Run, todo: list[Point], server: _Server, save: Callable[[], Any],
              progress: Progress | None) -> None:  # fmt: skip
    """Run the points in order, holding the timing lock at every moment but while a point's steps
    are timed. When point i's timed steps are over, point i+1 starts (build, compile) while point i
    writes its trace; when point i has ended, this process analyses it; then point i+1's steps are
    timed, alone on the machine."""
    import fcntl

    done = len(run.planned) - len(todo)

    def close(point: Point, said: dict[str, Any], alone: bool = False) -> None:
        """Analyse ``point`` (``alone``: no point runs beside it) and save the sweep."""
        nonlocal done
        started = timeline.clock()
        status = run.finish(point, said)["status"]
        if alone:
            run.spans["alone_s"].append((started, timeline.clock()))
        done += 1
        save()
        log.info("point %d/%d %s: %s", done, len(run.planned), point.name, status)
        if progress:
            progress(done, len(run.planned), point.name, status)

    to_capture = []
    for point in todo:
        said = run.captured(point)
        if said is None:
            to_capture.append(point)
        else:  # captured by an earlier run, never analysed: analyse it now
            close(point, said, alone=True)
    if not to_capture:
        return
    server.launch()
    from perfdiff.costs import xla_process

    xla_process.start()  # the cost helper imports jax beside the server, not after the first point
    with open(run.gate_path, "a+b") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        previous: tuple[Point, int | None] | None = None
        for point in to_capture:
            pid = server.send(run.job(point))
            if point is to_capture[0]:  # the server's start, beside this process's imports
                run.spans["start_s"].append((run.started, timeline.clock()))
                _warm_first_analysis()
            if point is to_capture[-1]:
                server.stop()  # no more jobs: the server ends with its last child
            if previous is not None:
                close(previous[0], run.collect(previous[0], server.wait(previous[1])))
            fcntl.flock(lock, fcntl.LOCK_UN)  # this point's steps are timed
            server.wait_timed(pid)
            fcntl.flock(lock, fcntl.LOCK_EX)
            previous = (point, pid)
        if previous is not None:
            close(previous[0], run.collect(previous[0], server.wait(previous[1])), alone=True)


def sweep(
    example: str | None = "decode",
    *,
    logdir: str | os.PathLike[str],
    factory: str | None = None,
    kind: str | None = None,
    batch: Any = "1",
    seq: Any = None,
    devices: Any = "1",
    weights: Any = "f32",
    kv: Any = "f32",
    steps: int = 5,
    warmup: int = 2,
    chip: str | Chip | None = None,
    predict: list[str] | None = None,
    progress: Progress | None = None,
) -> Sweep:
    """Capture and analyse every point of the grid into ``logdir``; returns the :class:`Sweep`.

    ``example``: the bundled model's step ("decode", "prefill" or "train"), or ``factory``
    ("module:function", the contract in :mod:`perfdiff.frontier.worker`) with ``kind`` (default
    decode). The axes are comma-separated lists (or lists): ``batch``, ``seq`` (default per kind),
    ``devices``, ``weights`` and ``kv`` (f32, bf16, int8). ``steps`` are timed and traced per point
    after ``warmup``. ``chip``: price on this chip instead of the one detected from the first run.
    ``predict``: ["AXIS=V1,V2", ...] grid values predicted from the fit but not run. ``progress(done,
    total, point, status)`` is called as points finish.
    """
    if factory is None and example is None:
        raise PerfdiffError("give an example (decode, prefill, train) or a factory (module:function)")
    kind = example if factory is None and example is not None else (kind or "decode")
    for name, value, least in (("steps", steps, 1), ("warmup", warmup, 0)):
        if isinstance(value, bool) or not isinstance(value, int) or value < least:
            raise PerfdiffError(f"{name} must be a whole number >= {least}, got {value!r}")
    grid = Grid.parse(kind, batch=batch, seq=seq, devices=devices, weights=weights, kv=kv)
    full = grid
    for spec in predict or []:
        full = full.extended(*parse_predict(spec))
    if factory is not None and not all(factory.partition(":")[::2]):
        raise PerfdiffError(f"factory {factory!r}: use module:function, e.g. mypkg.bench:make_step")
    planned = list(grid.points())
    everything = list(full.points())
    logdir = Path(logdir)
    try:
        (logdir / POINTS_DIR).mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise PerfdiffError(f"cannot write the sweep into {str(logdir)!r}: {err.strerror or err}") from err
    the_chip = get_chip(chip) if chip is not None else None
    source = f"example:{kind}" if factory is None else factory
    run = _Run(logdir, full, planned, factory or worker.EXAMPLE_FACTORY, source, steps, warmup, the_chip)
    run.resume()
    measured = {p.name for p in planned}
    todo = [p for p in planned if p.name not in run.saved]
    if progress:
        progress(len(planned) - len(todo), len(planned), "", "resumed")
    server = _Server()
    try:
        _pipeline(run, todo, server, lambda: _save(run, everything, measured, fitted=False), progress)
    except KeyboardInterrupt:
        server.stop(interrupt=True)
        server.join()
        _save(run, everything, measured, fitted=False)
        raise
    except BaseException:
        server.join()
        raise
    data = _save(run, everything, measured, fitted=True)
    server.join()
    return Sweep(logdir, data)


def calibration(logdir: str) -> tuple[Efficiency, list[str]]:
    """The efficiencies of the sweep saved in ``logdir`` (for ``perfdiff theory --calibrate``) and
    what to say about them: a resource the sweep could not tell stays at 1 (its roofline)."""
    fitted = load(logdir).data["fit"]
    if fitted.get("overhead_s") is None:
        raise PerfdiffError(
            f"the sweep in {logdir!r} has no fit yet: too few points measured, or interrupted"
        )
    unknown = [r for r in RESOURCES if fitted.get(r) is None]
    notes = [
        f"the sweep in {logdir} does not tell the {r} efficiency: taken as 1 (the roofline)" for r in unknown
    ]
    values = {r: fitted[r] for r in RESOURCES if fitted.get(r) is not None}
    return Efficiency(**values, overhead_s=fitted["overhead_s"]), notes
