"""Parse speed and memory: perfdiff.load against xprof's hlo_stats conversion and a ProfileData walk.

usage: python benchmarks/parse.py [TRACE ...] [--repeat N]

Without arguments it takes the largest real trace with XLA ops in tests/data/traces. Prints, per trace:
op events, wall time, op events/s and peak RSS for each contender in fresh processes, and each
reference's time as a ratio to perfdiff's (above 1: perfdiff is faster).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import best_of  # noqa: E402

TRACES = Path(__file__).resolve().parents[1] / "tests" / "data" / "traces"
WITH_XLA_OPS = ["tpu-v6e/tpu_inference_2.xplane.pb", "amd-mi300x/jax08_attention.xplane.pb"]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("traces", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3, help="runs per contender; the fastest counts")
    args = parser.parse_args()
    paths = args.traces or [TRACES / WITH_XLA_OPS[0]]

    table = Table(title=f"parse: perfdiff.load vs references (best of {args.repeat}, fresh process each)")
    for column in (
        "trace",
        "MB",
        "contender",
        "op events",
        "wall s",
        "op events/s",
        "peak RSS MB",
        "× perfdiff time",
    ):
        table.add_column(column, justify="right" if column not in ("trace", "contender") else "left")
    for path in paths:
        ours = best_of(args.repeat, "perfdiff.load", str(path))
        events = ours["events"]
        rows = [("perfdiff.load", ours)]
        for name in ("xprof hlo_stats", "ProfileData walk"):
            rows.append((name, best_of(args.repeat, name, str(path))))
        for name, result in rows:
            table.add_row(
                path.name,
                f"{path.stat().st_size / 1e6:.1f}",
                name,
                f"{events:,}",
                f"{result['seconds']:.3f}",
                f"{events / result['seconds']:,.0f}",
                f"{result['rss_bytes'] / 1e6:.0f}",
                f"{result['seconds'] / ours['seconds']:.2f}",
            )
    Console().print(table)


if __name__ == "__main__":
    main()
