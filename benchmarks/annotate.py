"""``perfdiff annotate`` on traces of growing size: where its time goes beyond the analysis.

usage: python benchmarks/annotate.py [--sizes 1e4 1e5 1e6] [--source TRACE]

For each size, ``make_trace.py`` replicates the real TPU v6e trace (or ``--source``) to about that many
op events in a run folder; the run is analysed once (``perfdiff.analyze``, not timed here: see
``scale.py``), then annotated with that report given (timed: the run is parsed again for its op
lines, each host file read and its perfdiff plane built and written). Prints op events, the
annotation's wall time, op events/s, the annotated copy's size over the original's, and the events
written on the perfdiff plane.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_trace import write_trace  # noqa: E402

import perfdiff  # noqa: E402
from perfdiff.annotation.plane import PLANE_NAME  # noqa: E402
from perfdiff.xplane import xplane_pb2  # noqa: E402

SOURCE = (
    Path(__file__).resolve().parents[1]
    / "tests"
    / "data"
    / "traces"
    / "tpu-v6e"
    / "tpu_inference_2.xplane.pb"
)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", nargs="+", type=float, default=[1e4, 1e5, 1e6])
    parser.add_argument("--source", type=Path, default=SOURCE)
    args = parser.parse_args()
    print(f"{'op events':>10} {'annotate s':>11} {'events/s':>10} {'size ×':>7} {'annotated':>10}")
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            run = Path(tmp) / "plugins" / "profile" / "2026_01_01_00_00_00"
            info = write_trace(args.source, run / "host.xplane.pb", op_events=int(size))
            report = perfdiff.analyze(run)
            start = time.perf_counter()
            out = perfdiff.annotate(run, report=report)
            seconds = time.perf_counter() - start
            copy = out / "host.xplane.pb"
            space = xplane_pb2.XSpace.FromString(copy.read_bytes())
            plane = next(p for p in space.planes if p.name == PLANE_NAME)
            written = sum(len(line.events) for line in plane.lines)
            ratio = copy.stat().st_size / info.file_bytes
            rate = info.op_events / seconds
            print(f"{info.op_events:>10,} {seconds:>11.2f} {rate:>10,.0f} {ratio:>7.2f} {written:>10,}")


if __name__ == "__main__":
    main()
