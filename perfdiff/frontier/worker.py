"""One grid point, in a process of its own: make the step, capture it, write what happened.

XLA fixes the number of devices when jax starts its backends, so every point runs in a fresh process
whose ``XLA_FLAGS`` carries ``--xla_force_host_platform_device_count`` for its devices. Starting
Python and importing jax costs more than capturing a small step, so the sweep starts one server::

    python -m perfdiff.frontier.worker --serve

which imports jax and perfdiff's capture (jax's backends stay off) and then, for each job it reads
on stdin (one JSON line), forks a child: the child sets its device count, runs the point and exits;
the server answers ``{"pid": …}`` when the child starts and ``{"exit": code}`` when it is done: as soon
as the child says its code on a pipe, after writing its result and before the seconds a process with
jax's threads and buffers takes to end (the server reaps it later), or, when it dies without a word,
its exit status (a negative code: killed by that signal). A crash or an out-of-memory kill costs that
point only. The server
ignores Ctrl-C; its child does not (an interrupted capture publishes nothing), and the server exits
when its stdin closes. ``python -m perfdiff.frontier.worker --job JOB.json`` runs one point in this
process instead (jax not started yet).

A job: {"point": Point.to_dict(), "factory": "module:function", "logdir", "steps", "warmup",
"result": the file to write, "log": the file for the child's stdout and stderr, "gate": a lock file
held while the steps are timed (:class:`Gate`)}. The result: {"status": "captured", "run", "build_s",
"capture_s" (less any wait for the gate), "held_s" (that wait), "card"} or {"status": "failed", "error"}.

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
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from perfdiff.capture import devices as devices_mod
from perfdiff.errors import PerfdiffError, one_line
from perfdiff.files import atomic_write

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
    it while it analyses the previous point, so that work never overlaps a timed step. ``waited_s``:
    how long the lock took (seconds)."""

    def __init__(self, path: str | None) -> None:
        self.path, self.fd, self.waited_s = path, -1, 0.0

    def __enter__(self) -> Gate:
        if self.path:
            import fcntl

            self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            started = time.perf_counter()
            fcntl.flock(self.fd, fcntl.LOCK_EX)
            self.waited_s = time.perf_counter() - started
        return self

    def __exit__(self, *exc: object) -> None:
        if self.fd >= 0:
            os.close(self.fd)  # closing releases the lock
            self.fd = -1


def run_job(job: dict[str, Any]) -> dict[str, Any]:
    """Make and capture one point (this process's jax sees the point's devices); the result dict."""
    import perfdiff.capture

    point = job["point"]
    started = time.perf_counter()
    step, args, model, card = made_parts(load_factory(job["factory"])(dict(point)))
    build_s = time.perf_counter() - started
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
    started, gate = time.perf_counter(), Gate(job.get("gate"))
    cap = capture(step, *args, logdir=job["logdir"], steps=job["steps"], warmup=job["warmup"], run=name,
                  card=card, quiet=gate)  # fmt: skip
    capture_s = time.perf_counter() - started - gate.waited_s
    return {
        "status": "captured",
        "run": cap.run,
        "build_s": build_s,
        "capture_s": capture_s,
        "held_s": gate.waited_s,
        "card": cap.card,
    }


def _child(job: dict[str, Any]) -> int:
    """The forked (or --job) process: run the job, write its result, return the exit code."""
    try:
        result = run_job(job)
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
    """The fork server: jobs from stdin, one child each, answers to stdout (module docstring)."""
    answers = answers or sys.stdout
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _preload()

    def answer(data: dict[str, Any]) -> None:
        answers.write(json.dumps(data) + "\n")
        answers.flush()

    answer({"ready": True})
    ending: list[int] = []  # children that said their code and are still ending
    for line in sys.stdin:
        if not line.strip():
            continue
        job = json.loads(line)
        said, tell = os.pipe()
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                os.close(said)
                _enter_child(job)
                code = _child(job)
                os.write(tell, bytes([code & 0xFF]))
            finally:
                os._exit(code)
        os.close(tell)
        answer({"pid": pid})
        for old in ending:  # reaped while the new child builds, not on the sweep's time
            os.waitpid(old, 0)
        ending.clear()
        word = os.read(said, 1)
        os.close(said)
        if word:
            ending.append(pid)
            answer({"exit": word[0]})
        else:  # died before saying anything: its status says how
            _, status = os.waitpid(pid, 0)
            answer({"exit": os.waitstatus_to_exitcode(status)})
    for old in ending:
        os.waitpid(old, 0)
    return 0


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
