"""Scale: perfdiff on traces of 100k, 1M and 10M op events, and on runs of many hosts.

usage: python benchmarks/scale.py [--sizes 1e5 1e6 1e7] [--repeat N] [--repeat-big N]
                                  [--hosts N --host-events E]
                                  [--policy 5e4 1e5 2e5 ...] [--source TRACE] [--workdir DIR]
                                  [--skip-references]

Traces are made by benchmarks/make_trace.py from the real TPU v6e trace (or --source) and cached in
--workdir. Each measurement runs in a fresh process (benchmarks/_harness.py); the timed region
excludes interpreter start and imports, and includes numba's loading of its compiled code.

Per size it prints, for perfdiff.load (parse), perfdiff.analyze (parse + full analysis), xprof's
hlo_stats conversion of the same file and a jax ProfileData walk over it: wall time, op events/s,
peak RSS, peak RSS / file size, the RSS the process held before the timed region, and each time as a
ratio to perfdiff.analyze's. Then the targets (parse >= 2M op events/s; analysis <= 0.5 x xprof;
peak RSS <= 3 x file; 10M within 20 % of 10 x 1M), and, with --hosts, a run of N host files parsed
one by one, in N local processes, and on a Dask LocalCluster (with a check that the tables are equal).
With --policy, both decoders on small traces (see perfdiff.xplane.reader.WIRE_MIN_BYTES).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import CONTENDERS, best_of  # noqa: E402
from make_trace import write_run, write_trace  # noqa: E402

TRACES = Path(__file__).resolve().parents[1] / "tests" / "data" / "traces"
SOURCE = TRACES / "tpu-v6e" / "tpu_inference_2.xplane.pb"


def _timed_from_here(code: str, last_field: str) -> str:
    """A harness contender's code, also reporting the RSS held just before its timed region."""
    code = code.replace("t = time.perf_counter()", "before = _rss_now()\nt = time.perf_counter()", 1)
    return code.replace(last_field + ")", last_field + ", rss_before=before)")


CODE = {
    "perfdiff.load": """
import perfdiff.parse.profile
before = _rss_now()
t = time.perf_counter()
profile = perfdiff.parse.profile.load({path!r}, workers={workers})
_report(time.perf_counter() - t, events=len(profile.events), rss_before=before)
""",
    "perfdiff.analyze": """
import perfdiff.parse.profile, perfdiff.attribution.analyze
before = _rss_now()
t = time.perf_counter()
profile = perfdiff.parse.profile.load({path!r}, workers={workers})
report = perfdiff.attribution.analyze.analyze(profile)
_report(time.perf_counter() - t, events=len(profile.events), rss_before=before, ops=len(report.ops))
""",
    "xprof hlo_stats": _timed_from_here(CONTENDERS["xprof hlo_stats"], 'b"")'),
    "ProfileData walk": _timed_from_here(CONTENDERS["ProfileData walk"], "=n"),
}  # fmt: skip

DECODER = """
import pathlib
import perfdiff.parse.profile
from perfdiff.parse.host import parse_host
t = time.perf_counter()
host = parse_host("h", pathlib.Path({path!r}), decoder="{decoder}")
_report(time.perf_counter() - t, events=len(host.events))
"""

DASK_CHECK = """
import pandas as pd
import perfdiff.parse.profile
from distributed import LocalCluster
if __name__ == "__main__":
    options = dict(threads_per_worker=1, processes=True, dashboard_address=None)
    with LocalCluster(n_workers={workers}, **options) as cluster:
        t = time.perf_counter()
        on_dask = perfdiff.parse.profile.load({path!r}, scheduler=cluster.scheduler_address)
        seconds = time.perf_counter() - t
    here = perfdiff.parse.profile.load({path!r}, workers=1)
    for name in ("events", "steps", "modules", "devices", "op_stats", "hosts"):
        pd.testing.assert_frame_equal(getattr(on_dask, name), getattr(here, name), check_exact=True)
    _report(seconds, events=len(on_dask.events), same=True)
"""


def _trace(workdir: Path, source: Path, events: int) -> Path:
    path = workdir / f"{source.name.split('.')[0]}_{events}.xplane.pb"
    if not path.exists():
        info = write_trace(source, path, op_events=events)
        print(
            f"wrote {info.path} ({info.op_events:,} op events, {info.file_bytes / 1e6:.0f} MB)",
            file=sys.stderr,
        )
    return path


def _run(workdir: Path, source: Path, hosts: int, events: int) -> Path:
    run = workdir / f"run_{hosts}x{events:.0e}".replace("+", "")
    if not (run / f"host{hosts - 1}.xplane.pb").exists():
        write_run(source, run, op_events=events, hosts=hosts)
        print(f"wrote {run} ({hosts} hosts)", file=sys.stderr)
    return run


def _measure(name: str, path: Path, repeat: int, workers: int = 1) -> dict:
    return best_of(repeat, name, str(path), extra_code=CODE[name].replace("{workers}", str(workers)))


def sizes_table(args: argparse.Namespace) -> None:
    runs = f"best of {args.repeat}, of {args.repeat_big} from 5M events"
    table = Table(title=f"scale: one host file ({runs}; fresh process each)")
    columns = ["op events", "file MB", "contender", "wall s", "op events/s", "peak RSS MB", "RSS/file",
               "RSS before MB", "x analyze time"]  # fmt: skip
    for column in columns:
        table.add_column(column, justify="left" if column == "contender" else "right")
    results: dict[int, dict[str, dict]] = {}
    for size in args.sizes:
        path = _trace(args.workdir, args.source, int(size))
        file_bytes = path.stat().st_size
        names = ["perfdiff.load", "perfdiff.analyze"]
        if not args.skip_references:
            names += ["xprof hlo_stats", "ProfileData walk"]
        repeat = args.repeat if size < 5e6 else args.repeat_big
        found = {name: _measure(name, path, repeat) for name in names}
        events = found["perfdiff.load"]["events"]
        results[events] = found | {"file": {"bytes": file_bytes}}
        for name, result in found.items():
            table.add_row(
                f"{events:,}",
                f"{file_bytes / 1e6:.0f}",
                name,
                f"{result['seconds']:.2f}",
                f"{events / result['seconds']:,.0f}",
                f"{result['rss_bytes'] / 1e6:.0f}",
                f"{result['rss_bytes'] / file_bytes:.2f}",
                f"{result.get('rss_before', 0) / 1e6:.0f}",
                f"{result['seconds'] / found['perfdiff.analyze']['seconds']:.2f}",
            )
        Console(width=180).print(table)  # as it grows: the 10M references take minutes
    _targets(results)


def _targets(results: dict[int, dict[str, dict]]) -> None:
    console = Console(width=180)
    for events, found in sorted(results.items()):
        load, full = found["perfdiff.load"], found["perfdiff.analyze"]
        file_bytes = found["file"]["bytes"]
        rate = events / load["seconds"] / 1e6
        line = (
            f"{events:>12,} op events: parse {rate:.2f}M op events/s (target >= 2), "
            f"peak RSS {full['rss_bytes'] / file_bytes:.2f} x file (target <= 3)"
        )
        if "xprof hlo_stats" in found:
            ratio = full["seconds"] / found["xprof hlo_stats"]["seconds"]
            line += f", analysis {ratio:.2f} x xprof (target <= 0.5)"
        console.print(line)
    counts = sorted(results)
    for small, big in zip(counts, counts[1:], strict=False):
        if round(big / small) == 10:
            for name in ("perfdiff.load", "perfdiff.analyze"):
                ratio = results[big][name]["seconds"] / (10 * results[small][name]["seconds"])
                console.print(f"{name}: t({big:,}) / (10 x t({small:,})) = {ratio:.2f} (target 0.8-1.2)")


def hosts_table(args: argparse.Namespace) -> None:
    run = _run(args.workdir, args.source, args.hosts, int(args.host_events))
    table = Table(title=f"scale: {args.hosts} host files of ~{args.host_events:,.0f} op events")
    for column in ("how", "wall s", "op events/s", "peak RSS MB (parent)", "x one by one", "tables"):
        table.add_column(column, justify="left" if column in ("how", "tables") else "right")
    one = _measure("perfdiff.load", run, args.repeat, workers=1)
    many = _measure("perfdiff.load", run, args.repeat, workers=0)
    dask = best_of(1, "dask", str(run), extra_code=DASK_CHECK.replace("{workers}", str(args.dask_workers)))
    events = one["events"]
    for how, result, same in (
        ("one process", one, ""),
        ("local processes (workers=0: one per core)", many, ""),
        (f"Dask LocalCluster ({args.dask_workers} worker processes)", dask, "same as one process"),
    ):
        table.add_row(
            how,
            f"{result['seconds']:.2f}",
            f"{events / result['seconds']:,.0f}",
            f"{result['rss_bytes'] / 1e6:.0f}",
            f"{result['seconds'] / one['seconds']:.2f}",
            same,
        )
    Console(width=180).print(table)


def policy_table(args: argparse.Namespace) -> None:
    """Both decoders on small traces, in fresh processes: where the wire scanner starts to pay."""
    from perfdiff.xplane.reader import WIRE_MIN_BYTES

    table = Table(title=f"decoder policy: one host, fresh process (best of {args.repeat}); wire from "
                  f"{WIRE_MIN_BYTES / 1e6:.0f} MB under 'auto'")  # fmt: skip
    for column in ("op events", "file MB", "proto s", "wire s (numba cold)", "faster"):
        table.add_column(column, justify="right")
    for size in args.policy:
        path = _trace(args.workdir, args.source, int(size))
        times = {}
        for decoder in ("proto", "wire"):
            code = DECODER.replace("{decoder}", decoder)
            times[decoder] = best_of(args.repeat, decoder, str(path), extra_code=code)
        table.add_row(
            f"{times['proto']['events']:,}",
            f"{path.stat().st_size / 1e6:.1f}",
            f"{times['proto']['seconds']:.3f}",
            f"{times['wire']['seconds']:.3f}",
            min(times, key=lambda d: times[d]["seconds"]),
        )
    Console(width=180).print(table)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=float, nargs="*", default=[1e5, 1e6, 1e7], help="op events per trace")
    parser.add_argument("--repeat", type=int, default=3, help="runs per contender; the fastest counts")
    parser.add_argument("--repeat-big", type=int, default=1, help="--repeat for traces of 5M events and more")
    parser.add_argument("--hosts", type=int, default=0, help="also time a run of this many host files")
    parser.add_argument("--host-events", type=float, default=1e6, help="op events per host file")
    parser.add_argument("--dask-workers", type=int, default=2)
    parser.add_argument("--source", type=Path, default=SOURCE, help="real trace to replicate")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/perfdiff-scale"))
    parser.add_argument("--skip-references", action="store_true", help="perfdiff only (no xprof, no jax)")
    parser.add_argument("--policy", type=float, nargs="*", default=[], help="op events: time both decoders")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    if args.policy:
        policy_table(args)
    if args.sizes:
        sizes_table(args)
    if args.hosts:
        hosts_table(args)


if __name__ == "__main__":
    main()
