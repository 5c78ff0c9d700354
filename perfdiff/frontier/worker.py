"""One grid point, in a process of its own: make the step, capture it, write what happened.

XLA fixes the number of devices when jax starts its backends, so every point runs in a fresh process
whose ``XLA_FLAGS`` carries ``--xla_force_host_platform_device_count`` for its devices. Starting
Python and importing jax costs more than capturing a small step, so the sweep starts one server::

    python -m perfdiff.frontier.worker --serve

which imports jax and perfdiff's capture (jax's backends stay off) and then, for each job it reads
on stdin (one JSON line), forks a child: the child sets its device count, runs the point and exits;
the server answers ``{"started": pid}`` when the child starts, ``{"timed": pid}`` when its timed steps are
over (it still writes its trace: the sweep may send the next job meanwhile, so two children can run
side by side, never while one is timed — :class:`Gate`) and ``{"exit": code, "pid": pid}`` when it is
done: as soon as the child says its code on its pipe, after writing its result and before the
10-20 ms a process with jax's threads and buffers takes to end (the server reaps it later), or, when
it dies without a word, its exit status (a negative code: killed by that signal). A crash or an
out-of-memory kill costs that point only. The server ignores Ctrl-C; its children do not (an
interrupted capture publishes nothing), and the server exits when its stdin closes and its children
have ended. ``python -m perfdiff.frontier.worker --job JOB.json`` runs one point in this
process instead (jax not started yet).

A job: {"point": Point.to_dict(), "factory": "module:function", "logdir", "steps", "warmup",
"result": the file to write, "log": the file for the child's stdout and stderr, "gate": a lock file
held while the steps are timed (:class:`Gate`)}. The result: {"status": "captured", "run", "build_s",
"capture_s" (less any wait for the gate), "held_s" (that wait), "build_at", "capture_at", "held_at"
(when, as [start, end] of ``timeline.clock()``; held_at null without a gate), "card"} or
{"status": "failed", "error"}.

The factory contract (``perfdiff sweep --factory mypkg.bench:make_step``): ``make_step(point)`` gets
the point as a dict (kind, batch, seq, devices, weights, kv) and returns a dict with ``step`` (the
step function, jitted or not), ``args`` (its arguments, in the order ``perfdiff.capture.<kind>``
takes them: train ``(params, opt_state, batch)``, decode ``(params, kv_cache, tokens, pos)``,
prefill ``(params, tokens)``), ``model`` (the run card's model description: a dict or dataclass with
layers, d_model, d_ff, heads, kv_heads, head_dim, vocab, and params, mlp, tied_embeddings when known)
and optionally ``card`` (more run card fields: dtypes, mesh, extra). A tuple (step, args, model) will
do too. The step's warm-up runs outside the trace.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from perfdiff.capture import devices as devices_mod
from perfdiff.errors import PerfdiffError, one_line
from perfdiff.files import atomic_write
from perfdiff.frontier import timeline

EXAMPLE_FACTORY = "perfdiff.examples.demo:sweep_factory"
_STORED = {"f32": "float32", "bf16": "bfloat16", "int8": "int8"}


def load_factory(spec: str) -> Any:
    """``"module:function"`` -> the function; PerfdiffError when it cannot be found."""
    module, sep, name = spec.partition(":")
    if not sep or not module or not name:
        raise PerfdiffError(f"factory {spec!r}: use module:function, e.g. mypkg.bench:make_step")
    try:
        found = getattr(importlib.import_module(module), name)
    except ImportError as err:
        raise PerfdiffError(f"factory {spec!r}: cannot import {module} ({err})") from err
    except AttributeError:
        raise PerfdiffError(f"factory {spec!r}: {module} has no {name}") from None
    if not callable(found):
        raise PerfdiffError(f"factory {spec!r} is not a function")
    return found


def made_parts(made: Any) -> tuple[Any, tuple[Any, ...], Any, dict[str, Any]]:
    """(step, args, model, card) from what a factory returned (a dict, or a 3-tuple)."""
    if isinstance(made, tuple) and len(made) == 3:
        made = dict(zip(("step", "args", "model"), made, strict=True))
    if not isinstance(made, dict) or not {"step", "args", "model"} <= set(made):
        raise PerfdiffError(
            "the factory must return {'step', 'args', 'model'[, 'card']} or (step, args, model)"
        )
    return made["step"], tuple(made["args"]), made["model"], dict(made.get("card") or {})


class Gate:
    """An exclusive ``flock`` on the file ``path`` while the steps are timed: the sweep's process holds
    it at every other moment, so that no analysis, build, compile or trace export overlaps a timed
    step. ``waited_s``: how long the lock took (seconds). On leaving, it says ``timed`` on the file
    descriptor ``tell`` (the server's pipe): the sweep may start the next point while this one writes
    its trace."""

    def __init__(self, path: str | None, tell: int | None = None) -> None:
        self.path, self.tell, self.fd = path, tell, -1
        self.waited: timeline.Span | None = None  # when it waited for the lock (timeline.clock())

    @property
    def waited_s(self) -> float:
        return self.waited[1] - self.waited[0] if self.waited else 0.0

    def __enter__(self) -> Gate:
        if self.path:
            import fcntl

            self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            started = timeline.clock()
            fcntl.flock(self.fd, fcntl.LOCK_EX)
            self.waited = (started, timeline.clock())
        return self

    def __exit__(self, *exc: object) -> None:
        if self.fd >= 0:
            os.close(self.fd)  # closing releases the lock
            self.fd = -1
        if self.tell is not None:
            os.write(self.tell, b"timed\n")


def run_job(job: dict[str, Any], tell: int | None = None) -> dict[str, Any]:
    """Make and capture one point (this process's jax sees the point's devices); the result dict.
    ``tell``: where to say when the timed steps are over (:class:`Gate`)."""
    import perfdiff.capture

    point = job["point"]
    built = timeline.clock()
    step, args, model, card = made_parts(load_factory(job["factory"])(dict(point)))
    build_at = (built, timeline.clock())
    dtypes = {"weights": _STORED[point["weights"]], "kv": _STORED[point["kv"]]}
    card = card | {"model": model, "batch": point["batch"], "seq": point["seq"]}
    card["dtypes"] = dtypes | dict(card.get("dtypes") or {})
    runners: dict[str, Callable[..., Any]] = {
        "train": perfdiff.capture.train,
        "decode": perfdiff.capture.decode,
    }
    capture = runners.get(point["kind"], perfdiff.capture.prefill)
    name = "-".join([point["kind"], f"b{point['batch']}", f"s{point['seq']}", f"d{point['devices']}",
                     point["weights"], point["kv"]])  # fmt: skip
    started, gate = timeline.clock(), Gate(job.get("gate"), tell)
    cap = capture(step, *args, logdir=job["logdir"], steps=job["steps"], warmup=job["warmup"], run=name,
                  card=card, quiet=gate)  # fmt: skip
    capture_at = (started, timeline.clock())
    return {
        "status": "captured",
        "run": cap.run,
        "build_s": build_at[1] - build_at[0],
        "capture_s": capture_at[1] - capture_at[0] - gate.waited_s,
        "held_s": gate.waited_s,
        "build_at": build_at,
        "capture_at": capture_at,
        "held_at": gate.waited,
        "card": cap.card,
    }


def _child(job: dict[str, Any], tell: int | None = None) -> int:
    """The forked (or --job) process: run the job, write its result, return the exit code."""
    try:
        result = run_job(job, tell)
        code = 0
    except KeyboardInterrupt:
        return 130  # no result: the point stays pending
    except Exception as err:  # a raising factory, a compile error: recorded, the sweep goes on
        result, code = {"status": "failed", "error": f"{type(err).__name__}: {one_line(err)}"}, 1
    atomic_write(job["result"], json.dumps(result, allow_nan=False, default=str))
    return code


def _enter_child(job: dict[str, Any]) -> None:
    """In a fresh child: Ctrl-C interrupts, output goes to the point's log, jax gets its devices."""
    signal.signal(signal.SIGINT, signal.default_int_handler)
    log = os.open(job["log"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.dup2(log, 1)  # stdout is the server's answer pipe: nothing of the child's may reach it
    os.dup2(log, 2)
    os.close(log)
    os.close(null)
    os.environ["XLA_FLAGS"] = devices_mod.xla_flags(int(job["point"]["devices"]))


def serve(answers: Any = None) -> int:
    """The fork server: jobs from stdin, one child each, answers to stdout (module docstring). A job
    may arrive while the last child still writes its trace: the two run side by side."""
    import selectors

    answers = answers or sys.stdout
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _preload()

    def answer(data: dict[str, Any]) -> None:
        answers.write(json.dumps(data) + "\n")
        answers.flush()

    answer({"ready": True})
    events = selectors.DefaultSelector()
    stdin = sys.stdin.fileno()
    events.register(stdin, selectors.EVENT_READ, None)
    pending = b""  # a job line not read to its end yet
    children: dict[int, _Said] = {}  # the read end of each running child's pipe -> what it said
    while stdin in events.get_map() or children:
        for key, _ in events.select():
            if key.data is None:
                chunk = os.read(stdin, 1 << 16)
                if not chunk:  # the sweep sends no more jobs: end when the children have
                    events.unregister(stdin)
                lines = (pending + chunk).split(b"\n")
                pending = lines.pop()
                for line in filter(bytes.strip, lines):
                    said = _fork(json.loads(line), list(children))
                    children[said.fd] = said
                    events.register(said.fd, selectors.EVENT_READ, said)
                    answer({"started": said.pid})
                continue
            said = key.data
            for word in said.read():
                answer(
                    {"timed": said.pid}
                    if word == "timed"
                    else {"exit": int(word.split()[1]), "pid": said.pid}
                )
            if said.closed:  # the child has ended
                events.unregister(said.fd)
                del children[said.fd]
                code = said.reap()
                if code is not None:  # it died without saying its code: its status says how
                    answer({"exit": code, "pid": said.pid})
    return 0


class _Said:
    """What one child says on its pipe: ``timed`` when its timed steps are over, ``exit N`` when its
    result is written (before the process has ended: that takes a process with jax's threads and
    buffers 10-20 ms, spent beside the next point rather than on the sweep's time)."""

    def __init__(self, pid: int, fd: int) -> None:
        self.pid, self.fd, self.closed, self.exited = pid, fd, False, False
        self.buffer = b""

    def read(self) -> list[str]:
        chunk = os.read(self.fd, 256)
        if not chunk:
            self.closed = True
            os.close(self.fd)
        *words, self.buffer = (self.buffer + chunk).split(b"\n")
        self.exited |= any(w.startswith(b"exit") for w in words)
        return [w.decode() for w in words]

    def reap(self) -> int | None:
        """Wait for the ended child; its exit code when it never said one, else None."""
        _, status = os.waitpid(self.pid, 0)
        return None if self.exited else os.waitstatus_to_exitcode(status)


def _fork(job: dict[str, Any], inherited: list[int]) -> _Said:
    """Start a child for ``job``; ``inherited``: the other children's pipes, which it closes (its
    stdin is replaced in ``_enter_child``)."""
    said, tell = os.pipe()
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            for fd in (said, *inherited):
                os.close(fd)
            _enter_child(job)
            code = _child(job, tell)
            os.write(tell, f"exit {code}\n".encode())
        finally:
            os._exit(code)
    os.close(tell)
    return _Said(pid, said)


def _preload() -> None:
    """Import, once in the server, what every child's build and capture would import (jax itself, but
    not its backends: every child starts its own with its device count)."""
    import jax  # noqa: F401
    import jax.experimental.multihost_utils  # noqa: F401 (placing arrays on a mesh)

    import perfdiff.capture  # noqa: F401
    import perfdiff.examples.demo  # noqa: F401
    import perfdiff.examples.parallel  # noqa: F401

    with contextlib.suppress(ImportError):  # jaxlib's MLIR dialects, loaded on the first lowering
        import jaxlib.mlir.dialects.mhlo  # noqa: F401


def main(argv: list[str]) -> int:
    if argv == ["--serve"]:
        return serve()
    if len(argv) == 2 and argv[0] == "--job":
        job = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
        os.environ["XLA_FLAGS"] = devices_mod.xla_flags(int(job["point"]["devices"]))
        return _child(job)
    print("usage: python -m perfdiff.frontier.worker --serve | --job JOB.json", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
