"""``perfdiff capture``: profile the bundled tiny LLaMA on this machine.

Fake CPU devices (``--devices N``) come from ``XLA_FLAGS=--xla_force_host_platform_device_count=N``,
which XLA reads once, when jax starts its backends. So this command sets the flag before jax is first
imported; if jax is already running in this process with another device count (e.g. ``main()`` called
from a Python session), the capture runs in a fresh ``python -m perfdiff.cli.main`` subprocess instead
and its output is passed through.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import statistics
import subprocess
import sys
from typing import Any

from perfdiff.capture import devices
from perfdiff.children import child_env, module_command
from perfdiff.cli import units
from perfdiff.errors import CaptureError

DESCRIPTION = """\
Capture a profile of perfdiff's bundled tiny LLaMA-shaped model (a training step, a KV-cache decode
step or a prefill) on this machine: compile and warm up outside the trace, time the steps without the
profiler, then trace them into LOGDIR/plugins/profile/<run>/ (<host>.xplane.pb and the run card
perfdiff.json).
With --devices N the tensor-parallel variant runs on N fake CPU devices, so collectives appear."""

EXAMPLES = """\
examples:
  perfdiff capture --example train --logdir logs
  perfdiff capture --example decode --devices 4 --logdir logs     # tensor parallel, with collectives
  perfdiff capture --example train --d-ff 2048 --logdir logs      # a wider MLP, to diff against
  perfdiff capture --example prefill --seq 256 --weights int8 --logdir logs
  perfdiff logs                                                   # then: report the latest run"""

MAX_DEVICES = 256
_CHILD_ENV = "PERFDIFF_CAPTURE_CHILD"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``perfdiff capture``."""
    parser.add_argument("--example", choices=("train", "decode", "prefill"), default="train",
                        help="which step (default: train)")  # fmt: skip
    parser.add_argument("--logdir", required=True, help="TensorBoard log directory to write the run into")
    parser.add_argument("--devices", type=int, metavar="N", help="run tensor-parallel on N fake CPU devices")
    parser.add_argument("--steps", type=int, default=5, metavar="N", help="steps to trace (default: 5)")
    parser.add_argument(
        "--warmup", type=int, default=2, metavar="N", help="untraced warmup steps (default: 2)"
    )
    parser.add_argument("--d-ff", type=int, metavar="N", help="MLP width of the model (default: 512)")
    parser.add_argument("--batch", type=int, metavar="N", help="sequences per step (default: 4)")
    parser.add_argument("--seq", type=int, metavar="N", help="tokens per sequence; decode: KV-cache length")
    parser.add_argument(
        "--weights", choices=("f32", "bf16", "int8"), help="stored weight dtype (default: f32)"
    )
    parser.add_argument("--kv", choices=("f32", "bf16", "int8"), help="stored KV-cache dtype (default: f32)")
    parser.add_argument("--run", metavar="NAME", help="run folder name (default: a timestamp)")
    parser.add_argument("--json", action="store_true", help="print the capture (paths and run card) as JSON")


def _check(args: argparse.Namespace) -> None:
    if args.devices is not None and not 1 <= args.devices <= MAX_DEVICES:
        raise CaptureError(f"--devices must be between 1 and {MAX_DEVICES}, got {args.devices}")
    if args.steps < 1:
        raise CaptureError(f"--steps must be at least 1, got {args.steps}")
    if args.warmup < 0:
        raise CaptureError(f"--warmup must be 0 or more, got {args.warmup}")
    if args.d_ff is not None and args.d_ff < 1:
        raise CaptureError(f"--d-ff must be a positive integer, got {args.d_ff}")


def _child_argv(args: argparse.Namespace) -> list[str]:
    argv = ["capture", "--example", args.example, "--logdir", str(args.logdir)]
    argv += ["--devices", str(args.devices), "--steps", str(args.steps), "--warmup", str(args.warmup)]
    for flag in ("d_ff", "batch", "seq", "weights", "kv"):
        value = getattr(args, flag, None)
        argv += [f"--{flag.replace('_', '-')}", str(value)] if value is not None else []
    argv += ["--run", args.run] if args.run else []
    argv += ["--json"] if args.json else []
    argv += ["--verbose"] if getattr(args, "verbose", False) else []
    return argv


def _run_in_child(args: argparse.Namespace) -> int:
    if os.environ.get(_CHILD_ENV):
        raise CaptureError(
            f"jax did not start with {args.devices} CPU devices; check XLA_FLAGS and JAX_PLATFORMS"
        )
    env = child_env({"XLA_FLAGS": devices.xla_flags(args.devices), "JAX_PLATFORMS": "cpu", _CHILD_ENV: "1"})
    cmd = module_command("perfdiff.cli.main", *_child_argv(args))
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    sys.stdout.write(done.stdout)
    sys.stderr.write(done.stderr)
    return done.returncode


def _median(seconds: list[float]) -> float:
    return statistics.median(seconds) if seconds else float("nan")


def _overhead(untraced: list[float], traced: list[float]) -> str:
    """The profiler's overhead as the ratio of the fastest traced to the fastest untraced step: the
    fastest step is the one other work on the machine disturbed least. A profiler cannot make a step
    faster, so a ratio below 1 is noise, and says so rather than showing an overhead under 1×."""
    if not untraced or not traced:
        return "profiler overhead unknown: no steps timed"
    ratio = min(traced) / min(untraced)
    if ratio < 1.0:
        return "no profiler overhead measurable: other work on the machine slowed the untraced steps"
    return f"profiler overhead {units.ratio(ratio)} on the fastest steps"


def summary(capture: Any) -> str:
    """Human-readable lines saying where the run went and what to run next."""
    card = capture.card
    step, model = card["step"], card["model"] or {}
    untraced, traced = _median(card["untraced_step_s"]), _median(card["traced_step_s"])
    devices = card["device_count"]
    lines = [
        f"captured {step['count']} {step['name']} steps (after {step['warmup']} warmup) of "
        f"{model.get('name', 'the model')} (d_ff={model.get('d_ff')}) on {devices} {card['backend']} "
        f"device{'s' if devices != 1 else ''}",
        f"  run folder  {capture.run_dir}",
        *(f"  trace       {p.name} ({units.si(p.stat().st_size, 'B')})" for p in capture.xplane_paths),
        f"  run card    {capture.card_path.name}",
        f"  step time   median {units.seconds(untraced)} untraced, {units.seconds(traced)} traced "
        f"({_overhead(card['untraced_step_s'], card['traced_step_s'])})",
        f"next: perfdiff {shlex.quote(str(capture.logdir))}",
    ]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Capture the chosen example; print the summary (or JSON) to stdout. Returns the exit code."""
    _check(args)
    if args.devices is not None and "jax" in sys.modules:  # cheap now: fail before any re-exec
        from perfdiff.examples import demo, parallel

        parallel.check_divisible(demo.config(args.d_ff), args.devices)
    if args.devices is not None and not devices.use_cpu_devices(args.devices):
        return _run_in_child(args)
    from perfdiff.examples import demo

    capture = demo.capture(
        args.example,
        args.logdir,
        steps=args.steps,
        warmup=args.warmup,
        devices=args.devices or 1,
        d_ff=args.d_ff,
        run=args.run,
        **{k: getattr(args, k) for k in ("batch", "seq", "weights", "kv") if getattr(args, k) is not None},
    )
    print(json.dumps(capture.to_json(), indent=2) if args.json else summary(capture))
    return 0
