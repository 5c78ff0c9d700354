"""Scale: perfdiff at 1M, 10M and 30M op events, on two shapes of TPU trace, against protobuf and xprof.

usage: python benchmarks/scale.py [--sizes 1e6 1e7 3e7] [--shapes replicas overlap] [--repeat N]
                                  [--repeat-big N] [--xprof-max 1e7] [--hosts N --host-events E]
                                  [--policy 5e4 1e5 ...] [--source TRACE] [--workdir DIR] [--keep]

Traces are made from the real TPU v6e trace (or --source) by benchmarks/make_trace.py ("replicas": the
trace's activity repeated end to end) and benchmarks/make_overlap_trace.py ("overlap": repeated with
small shifts, so long copy-done waits overlap thousands of ops), cached in --workdir and, unless
--keep, deleted after their size is measured (a 30M-event file is ~1.5 GB).

Per shape and size, each contender in a fresh process, the contenders taking turns for --repeat
rounds (the fastest round counts; a busy machine slows a round, never speeds one up):

- perfdiff CLI: ``perfdiff TRACE --format json --no-save``, wall time from launch to exit (interpreter
  start and imports included; perfdiff's modules byte-compiled first, as an installed perfdiff is),
  cold (empty NUMBA_CACHE_DIR and PERFDIFF_CACHE_DIR: what the first run after ``pip install``
  meets, the kernels' machine code made from their IR) and warm;
- in process: ``perfdiff.load`` then ``perfdiff.analyze`` (imports outside the timed region);
- upb: ``XSpace.FromString`` of the file's bytes (the bytes read beforehand, outside the timed region:
  the protobuf runtime's parse alone, no Python objects walked);
- xprof: the ``hlo_stats`` tool on the same file (up to --xprof-max op events: it needs ~12 GB at 10M);

and the peak RSS (VmHWM) of each; for the in-process and upb runs also their CPU time, user and system
apart (on a VM, faulting in fresh memory costs system time that varies from run to run). Then the
targets: warm CLI at 1M <= 1.0 s; at 10M load + analyze <= 0.5 x upb, measured in the same run;
t(30M) / t(10M) <= 3.6 in process; cold <= 1.2 x warm; peak RSS <= 150 MB + 2 x the file. With
--hosts, a run of N host files of E op events: one process, the automatic plan (``workers=0``: one
process on two cores), one process per core and a Dask LocalCluster side by side (its tables checked
equal to one process's; that process also runs the cluster's scheduler, and its peak is read before
the check loads the run again). With --policy, both decoders on small traces in fresh processes.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import CONTENDERS, best_of, measure  # noqa: E402
from make_overlap_trace import write_overlap_trace  # noqa: E402
from make_trace import write_run, write_trace  # noqa: E402

TRACES = Path(__file__).resolve().parents[1] / "tests" / "data" / "traces"
SOURCE = TRACES / "tpu-v6e" / "tpu_inference_2.xplane.pb"
SHAPES = {"replicas": write_trace, "overlap": write_overlap_trace}
RSS_BASE = 150e6  # the memory target: 150 MB + 2 x the file
console = Console(width=200)

# CPU time of the timed region (os.times: this process and its threads), user and system apart: on a
# VM, the system time of faulting in fresh memory varies from run to run far more than the user time.
CPU = """
import os
def _cpu():
    times = os.times()
    return times.user, times.system
"""

IN_PROCESS = (
    CPU
    + """
import perfdiff.parse.profile, perfdiff.attribution.analyze
before = _rss_now()
user, system = _cpu()
t = time.perf_counter()
profile = perfdiff.parse.profile.load({path!r}, workers={workers})
loaded = time.perf_counter()
report = perfdiff.attribution.analyze.analyze(profile)
seconds = time.perf_counter() - t
user_after, system_after = _cpu()
_report(seconds, load_s=loaded - t, analyze_s=time.perf_counter() - loaded,
        events=len(profile.events), rss_before=before, ops=len(report.ops),
        user_s=user_after - user, system_s=system_after - system)
"""
)

UPB = (
    CPU
    + """
from perfdiff.xplane import xplane_pb2
data = open({path!r}, "rb").read()
user, system = _cpu()
t = time.perf_counter()
space = xplane_pb2.XSpace.FromString(data)
seconds = time.perf_counter() - t
user_after, system_after = _cpu()
_report(seconds, planes=len(space.planes), user_s=user_after - user, system_s=system_after - system)
"""
)

XPROF = CONTENDERS["xprof hlo_stats"]

# The CLI as the console script runs it, reporting its peak RSS on stderr when it exits.
CLI = """
import atexit, sys
def _hwm():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                sys.stderr.write("perfdiff-bench-hwm %d\\n" % (int(line.split()[1]) * 1024))
atexit.register(_hwm)
from perfdiff.cli.main import entry
sys.argv = ["perfdiff", *sys.argv[1:]]
entry()
"""

DECODER = """
import pathlib
import perfdiff.parse.profile
from perfdiff.parse.host import parse_host
t = time.perf_counter()
host = parse_host("h", pathlib.Path({path!r}), decoder="{decoder}")
_report(time.perf_counter() - t, events=len(host.events))
"""

LOAD = """
import perfdiff.parse.profile
t = time.perf_counter()
profile = perfdiff.parse.profile.load({path!r}, workers={workers})
_report(time.perf_counter() - t, events=len(profile.events))
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
        peak = _status_bytes("VmHWM:")  # before the check below loads the run a second time
    here = perfdiff.parse.profile.load({path!r}, workers=1)
    for name in ("events", "steps", "modules", "devices", "op_stats", "hosts"):
        pd.testing.assert_frame_equal(getattr(on_dask, name), getattr(here, name), check_exact=True)
    _report(seconds, events=len(on_dask.events), same=True, rss_bytes=peak)
"""


def hot(path: Path) -> Path:
    """``path``, read once so that its pages are in the page cache: each contender starts from a hot
    file (a contender that allocates gigabytes, as upb and xprof do, can push it out for the next)."""
    with open(path, "rb") as handle:
        while handle.read(1 << 24):
            pass
    return path


def cli(path: Path, cold: bool) -> dict:
    """One CLI run in a fresh process: wall seconds from launch to exit, and its peak RSS."""
    with tempfile.TemporaryDirectory() as numba_cache, tempfile.TemporaryDirectory() as own_cache:
        env = dict(os.environ)
        if cold:
            env.update(NUMBA_CACHE_DIR=numba_cache, PERFDIFF_CACHE_DIR=own_cache)
        command = [sys.executable, "-c", CLI, str(hot(path)), "--format", "json", "--no-save"]
        t = time.perf_counter()
        done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        seconds = time.perf_counter() - t
    if done.returncode != 0:
        raise RuntimeError(f"perfdiff failed on {path}:\n{done.stderr[-2000:]}")
    hwm = [int(line.split()[1]) for line in done.stderr.splitlines() if line.startswith("perfdiff-bench-hwm")]
    return {"seconds": seconds, "rss_bytes": hwm[-1]}


def trace(workdir: Path, source: Path, shape: str, events: int) -> Path:
    path = workdir / f"{shape}_{events:.0e}.xplane.pb".replace("+", "")
    if not path.exists():
        info = SHAPES[shape](source, path, op_events=events)
        console.print(f"wrote {info.path} ({info.op_events:,} op events, {info.file_bytes / 1e6:.0f} MB)")
    return path


def one_size(path: Path, events: int, args: argparse.Namespace) -> dict[str, dict]:
    """Every contender on one file, --repeat rounds taking turns; the fastest round of each."""
    code = {
        "in process": IN_PROCESS.replace("{workers}", "1"),
        "upb parse": UPB,
    }
    if events <= args.xprof_max:
        code["xprof hlo_stats"] = XPROF
    rounds = args.repeat if events < 5e6 else args.repeat_big
    runs: dict[str, list[dict]] = {}
    for _ in range(rounds):
        runs.setdefault("CLI cold", []).append(cli(path, cold=True))
        runs.setdefault("CLI warm", []).append(cli(path, cold=False))
        for name, body in code.items():
            if name == "xprof hlo_stats" and name in runs:  # minutes and ~12 GB a run at 10M: once
                continue
            runs.setdefault(name, []).append(measure(name, str(hot(path)), extra_code=body))
    return {name: min(found, key=lambda r: r["seconds"]) for name, found in runs.items()}


def sizes_table(args: argparse.Namespace) -> None:
    results: dict[tuple[str, int], dict] = {}
    for shape in args.shapes:
        for size in args.sizes:
            path = trace(args.workdir, args.source, shape, int(size))
            file_bytes = path.stat().st_size
            console.print(f"[dim]{time.strftime('%H:%M:%S')} {shape} {size:.0e}: load {os.getloadavg()}[/]")
            found = one_size(path, int(size), args)
            found["file"] = {"bytes": file_bytes, "events": found["in process"]["events"]}
            results[shape, int(size)] = found
            if not args.keep:
                path.unlink()
            print_tables(results)
    print_targets(results)


def print_tables(results: dict[tuple[str, int], dict]) -> None:
    times = Table(title="time, s (fastest round; fresh process each)")
    columns = ["shape", "op events", "file MB", "CLI cold", "CLI warm", "cold / warm", "load",
               "analyze", "load + analyze", "upb parse", "(load + analyze) / upb", "xprof",
               "xprof / CLI warm"]  # fmt: skip
    for column in columns:
        times.add_column(column, justify="left" if column == "shape" else "right")
    cpu = Table(title="CPU time of the fastest round's timed region, s: user + system (threads included)")
    for column in (
        "shape",
        "op events",
        "load + analyze",
        "upb parse",
        "user / upb's user",
        "wall / upb's wall",
    ):
        cpu.add_column(column, justify="left" if column == "shape" else "right")
    memory = Table(title="peak RSS, MB (VmHWM of each process)")
    columns = ["shape", "op events", "file MB", "target: 150 + 2 x file", "CLI warm", "in process",
               "upb parse", "xprof", "CLI / target"]  # fmt: skip
    for column in columns:
        memory.add_column(column, justify="left" if column == "shape" else "right")
    for (shape, _), found in results.items():
        size = found["file"]["bytes"]
        inside = found["in process"]
        both = inside["load_s"] + inside["analyze_s"]
        xprof = found.get("xprof hlo_stats")
        warm = found["CLI warm"]["seconds"]
        times.add_row(
            shape,
            f"{found['file']['events']:,}",
            f"{size / 1e6:.0f}",
            f"{found['CLI cold']['seconds']:.2f}",
            f"{warm:.2f}",
            f"{found['CLI cold']['seconds'] / warm:.2f}",
            f"{inside['load_s']:.2f}",
            f"{inside['analyze_s']:.2f}",
            f"{both:.2f}",
            f"{found['upb parse']['seconds']:.2f}",
            f"{both / found['upb parse']['seconds']:.2f}",
            f"{xprof['seconds']:.1f}" if xprof else "-",
            f"{xprof['seconds'] / warm:.1f}" if xprof else "-",
        )
        upb = found["upb parse"]
        cpu.add_row(
            shape,
            f"{found['file']['events']:,}",
            f"{inside['user_s']:.2f} + {inside['system_s']:.2f}",
            f"{upb['user_s']:.2f} + {upb['system_s']:.2f}",
            f"{inside['user_s'] / upb['user_s']:.2f}" if upb["user_s"] > 0 else "-",
            f"{inside['seconds'] / upb['seconds']:.2f}",
        )
        target = RSS_BASE + 2 * size
        memory.add_row(
            shape,
            f"{found['file']['events']:,}",
            f"{size / 1e6:.0f}",
            f"{target / 1e6:.0f}",
            f"{found['CLI warm']['rss_bytes'] / 1e6:.0f}",
            f"{inside['rss_bytes'] / 1e6:.0f}",
            f"{found['upb parse']['rss_bytes'] / 1e6:.0f}",
            f"{xprof['rss_bytes'] / 1e6:.0f}" if xprof else "-",
            f"{found['CLI warm']['rss_bytes'] / target:.2f}",
        )
    console.print(times)
    console.print(cpu)
    console.print(memory)


def print_targets(results: dict[tuple[str, int], dict]) -> None:
    def verdict(ok: bool) -> str:
        return "[green]met[/]" if ok else "[red]missed[/]"

    for (shape, size), found in results.items():
        inside = found["in process"]
        both = inside["load_s"] + inside["analyze_s"]
        cold, warm = found["CLI cold"]["seconds"], found["CLI warm"]["seconds"]
        target = RSS_BASE + 2 * found["file"]["bytes"]
        peak = max(found["CLI warm"]["rss_bytes"], found["CLI cold"]["rss_bytes"], inside["rss_bytes"])
        line = (
            f"{shape} {size:.0e}: cold / warm {cold / warm:.2f} (<= 1.2: {verdict(cold <= 1.2 * warm)}), "
            f"peak RSS {peak / 1e6:.0f} MB of {target / 1e6:.0f} ({verdict(peak <= target)})"
        )
        if size == 1_000_000:
            line += f", warm CLI {warm:.2f} s (<= 1.0: {verdict(warm <= 1.0)})"
        if size == 10_000_000:
            ratio = both / found["upb parse"]["seconds"]
            line += f", load + analyze {ratio:.2f} x upb (<= 0.5: {verdict(ratio <= 0.5)})"
        console.print(line)
        bigger = results.get((shape, 3 * size))
        if size == 10_000_000 and bigger:
            big = bigger["in process"]["load_s"] + bigger["in process"]["analyze_s"]
            ok = verdict(big <= 3.6 * both)
            console.print(f"{shape}: t(30M) / t(10M) in process {big / both:.2f} (<= 3.6: {ok})")


def hosts_table(args: argparse.Namespace) -> None:
    run = args.workdir / f"run_{args.hosts}x{args.host_events:.0e}".replace("+", "")
    if not (run / f"host{args.hosts - 1}.xplane.pb").exists():
        write_run(args.source, run, op_events=int(args.host_events), hosts=args.hosts)
        console.print(f"wrote {run} ({args.hosts} hosts)")
    from perfdiff.parse.parallel import worker_count
    from perfdiff.xplane.locate import trace_files_in

    cores = len(os.sched_getaffinity(0))
    automatic = worker_count(trace_files_in(run), 0)
    runs: dict[str, list[dict]] = {}
    labels = {
        "one process": LOAD.replace("{workers}", "1"),
        f"the automatic plan (workers=0 on {cores} cores: {automatic} process(es))": LOAD.replace(
            "{workers}", "0"
        ),
        f"local processes (workers={cores}, this one included)": LOAD.replace("{workers}", str(cores)),
    }
    for _ in range(args.repeat):
        for how, body in labels.items():
            runs.setdefault(how, []).append(measure(how, str(run), extra_code=body))
        dask = DASK_CHECK.replace("{workers}", str(args.dask_workers))
        runs.setdefault(f"Dask LocalCluster ({args.dask_workers} workers)", []).append(
            measure("dask", str(run), extra_code=dask)
        )
    best = {how: min(found, key=lambda r: r["seconds"]) for how, found in runs.items()}
    one = best["one process"]
    title = f"{args.hosts} host files of ~{args.host_events:,.0f} op events (fastest of {args.repeat})"
    table = Table(title=title)
    for column in ("how", "wall s", "op events/s", "peak RSS MB (parent)", "x one process", "tables"):
        table.add_column(column, justify="left" if column in ("how", "tables") else "right")
    for how, result in best.items():
        table.add_row(
            how,
            f"{result['seconds']:.2f}",
            f"{one['events'] / result['seconds']:,.0f}",
            f"{result['rss_bytes'] / 1e6:.0f}",
            f"{result['seconds'] / one['seconds']:.2f}",
            "same as one process" if result.get("same") else "",
        )
    console.print(table)


def policy_table(args: argparse.Namespace) -> None:
    """Both decoders on small traces, in fresh processes: the wire scanner against the protobuf runtime."""
    table = Table(title=f"decoders: one host, fresh process (fastest of {args.repeat})")
    for column in ("op events", "file MB", "proto s", "wire s", "faster"):
        table.add_column(column, justify="right")
    for size in args.policy:
        path = trace(args.workdir, args.source, "replicas", int(size))
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
    console.print(table)


def byte_compile() -> None:
    """Byte-compile perfdiff's modules, as ``pip install`` does: from a source checkout run with
    PYTHONDONTWRITEBYTECODE (this VM sets it), every CLI run would compile its ~90 modules again
    (~0.08 s), which no installed perfdiff does."""
    import compileall

    import perfdiff

    compileall.compile_dir(str(Path(perfdiff.__file__).parent), quiet=1)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=float, nargs="*", default=[1e6, 1e7, 3e7], help="op events per trace")
    parser.add_argument("--shapes", nargs="*", default=list(SHAPES), choices=list(SHAPES))
    parser.add_argument("--repeat", type=int, default=3, help="rounds per size; the fastest counts")
    parser.add_argument("--repeat-big", type=int, default=2, help="--repeat from 5M op events")
    parser.add_argument("--xprof-max", type=float, default=1e7, help="largest trace to run xprof on")
    parser.add_argument("--hosts", type=int, default=0, help="also time a run of this many host files")
    parser.add_argument("--host-events", type=float, default=2e6, help="op events per host file")
    parser.add_argument("--dask-workers", type=int, default=2)
    parser.add_argument("--source", type=Path, default=SOURCE, help="real trace to replicate")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/perfdiff-scale"))
    parser.add_argument("--keep", action="store_true", help="keep the generated traces")
    parser.add_argument("--policy", type=float, nargs="*", default=[], help="op events: time both decoders")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    console.print(f"[dim]{os.cpu_count()} cores; load average {os.getloadavg()}[/]")
    byte_compile()
    if args.policy:
        policy_table(args)
    if args.sizes:
        sizes_table(args)
    if args.hosts:
        hosts_table(args)


if __name__ == "__main__":
    main()
