"""Overlap-heavy benchmark traces: a real TPU trace's events repeated with small time shifts.

usage: python benchmarks/make_overlap_trace.py SOURCE OUT --op-events N [--spread S] [--hosts H]

``make_trace.py`` lays replicas end to end, so no two ever overlap and each line stays one sorted run.
Here replica r is the source shifted by r·S·P/R (P: the source's period, R: replicas, S: ``--spread``):
all replicas fall within (1 + S) periods, so every long event of one replica — the TPU v6e trace's
``copy-done`` waits last ~0.19 s, its ``all-reduce`` ~0.12 s — overlaps the ops of many others, and
the overlap grows with the trace: ops of its device starting inside a ``copy-done``, median, ~275 at
1M op events and ~2,800 at 10M (S = 1).
It is the shape of offload- and collective-heavy steps, where long asynchronous transfers run under
many ops; an algorithm whose cost grows with the overlap (a walk over open intervals, an insertion
sort) shows it here and not on ``make_trace.py``'s traces.

Each line's events are written in order of start time (as a profiler writes them), replicas
interleaved. A TPU device plane gets a ``Steps`` line of consecutive steps of width S·P/R, so each
step holds the ops that started in it (from many replicas). Everything else is as in ``make_trace.py``
(same encoder, same shifted counters). With ``--hosts H``, OUT is a run folder of H copies.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_trace import TraceInfo, copies_of, steps_line, write_replicas  # noqa: E402

from perfdiff.xplane import xplane_pb2  # noqa: E402


def _shift(spread: float):
    def shift_ps(period_ps: int, replicas: int) -> int:
        return max(1000, int(spread * period_ps / replicas) // 1000 * 1000)  # whole ns

    return shift_ps


def _window_steps(plane: xplane_pb2.XPlane, replicas: int, shift_ps: int, first: int, last: int) -> int:
    """A ``Steps`` line of ``replicas`` consecutive steps of ``shift_ps`` from ``first``; the last
    one reaches the end of the last replica. Each carries ``step_num`` = its index."""
    end = last + (replicas - 1) * shift_ps + 1000
    starts = [first + r * shift_ps for r in range(replicas)]
    spans = [(start, end if r == replicas - 1 else start + shift_ps) for r, start in enumerate(starts)]
    return steps_line(plane, first // 1000, spans)


def write_overlap_trace(source: Path, out: Path, *, op_events: int, spread: float = 1.0) -> TraceInfo:
    """Write ``out``: ``source``'s device lines replicated to about ``op_events`` op events, replica r
    shifted by r·spread·period/replicas, each line in order of start time."""
    return write_replicas(
        source,
        out,
        op_events=op_events,
        shift_ps=_shift(spread),
        add_steps=_window_steps,
        time_order=True,
    )


def write_overlap_run(
    source: Path, run_dir: Path, *, op_events: int, hosts: int, spread: float = 1.0
) -> list[TraceInfo]:
    """A run folder of ``hosts`` copies of one overlap-heavy trace (``host0.xplane.pb`` ...)."""
    run_dir.mkdir(parents=True, exist_ok=True)
    first = write_overlap_trace(source, run_dir / "host0.xplane.pb", op_events=op_events, spread=spread)
    return copies_of(first, run_dir, hosts)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("source", type=Path, help="a real TPU .xplane.pb (tests/data/traces/tpu-v6e/...)")
    parser.add_argument("out", type=Path, help="output .xplane.pb (or run folder with --hosts)")
    parser.add_argument("--op-events", type=float, required=True, help="op events per host, e.g. 1e6")
    parser.add_argument("--spread", type=float, default=1.0, help="replicas' starts span this many periods")
    parser.add_argument("--hosts", type=int, default=0, help="write a run folder of this many hosts")
    args = parser.parse_args()
    events = int(args.op_events)
    if args.hosts:
        infos = write_overlap_run(
            args.source, args.out, op_events=events, hosts=args.hosts, spread=args.spread
        )
    else:
        infos = [write_overlap_trace(args.source, args.out, op_events=events, spread=args.spread)]
    for info in infos:
        print(f"{info.path}: {info.op_events:,} op events ({info.replicas} x {info.base_op_events}, "
              f"{info.period_ps / 1e9:.3f} ms apart), {info.file_bytes / 1e6:.1f} MB")  # fmt: skip


if __name__ == "__main__":
    main()
