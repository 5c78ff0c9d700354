"""``perfdiff chips``: the chip table, and this host's measured CPU roofline."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from perfdiff import units

DESCRIPTION = """\
The chips perfdiff knows: peak FLOP/s (bf16 and int8/fp8, dense), HBM size and bandwidth, interconnect
links and the bandwidth one device drives along one ring axis (the per-op roofline's ICI figure),
the host link (PCIe / host DMA, one way) and the data-centre network's share per chip.
A trace's own peak stats win over this table. The CPU has no published peak: perfdiff measures it
with JAX on this machine (matmul, elementwise and all-reduce op rates from a profiler trace) and
caches it per CPU model; --measure-cpu measures again (the cache keeps the best seen)."""

EXAMPLES = """\
examples:
  perfdiff chips
  perfdiff chips --json
  perfdiff chips --measure-cpu          # measure this host (a few seconds) and show how"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``perfdiff chips``."""
    parser.add_argument("--json", action="store_true", help="print the table as JSON")
    parser.add_argument(
        "--measure-cpu", action="store_true", help="measure this host's CPU roofline now and show it"
    )


def run(args: argparse.Namespace) -> int:
    """Print the chip table (plus the CPU row when measured or cached); 0 on success."""
    from perfdiff.chips import cpu_roofline
    from perfdiff.chips.lookup import chip_table
    from perfdiff.report.jsonable import to_jsonable

    measurement = cpu_roofline.measure(refresh=True) if args.measure_cpu else cpu_roofline.cached()
    table = chip_table()
    rows: list[dict[str, Any]] = [
        {str(k): to_jsonable(v) for k, v in row.items()} for row in table.to_dict("records")
    ]
    if measurement is not None:
        rows.append(cpu_roofline.cpu_chip().to_dict())
    if args.json:
        out: dict[str, Any] = {"chips": rows}
        if measurement is not None:
            out["cpu_measurement"] = measurement
        json.dump(out, sys.stdout, default=str)
        sys.stdout.write("\n")
        return 0
    _print_table(rows, measured=measurement is not None)
    if args.measure_cpu and measurement is not None:
        _print_measurement(measurement)
    return 0


def _print_table(rows: list[dict[str, Any]], *, measured: bool) -> None:
    from rich.table import Table

    from perfdiff.cli.render_table import console

    table = Table(show_edge=False, pad_edge=False)
    columns = ("chip", "bf16 FLOP/s", "int8 OP/s", "HBM", "HBM B/s", "ridge", "ICI link", "links",
               "ICI axis B/s", "host link", "DCN", "topology", "source")  # fmt: skip
    for name in columns:
        table.add_column(
            name, justify="left" if name in ("chip", "topology", "source") else "right", no_wrap=True
        )
    for r in rows:
        table.add_row(
            r["name"], units.si(r["peak_flops_per_s"], "FLOP/s"),
            units.si(r["peak_int8_flops_per_s"], "OP/s"), units.si(r["hbm_bytes"], "B"),
            units.si(r["hbm_bytes_per_s"], "B/s"),
            units.number(r["ridge_flops_per_byte"]), units.si(r["ici_link_bytes_per_s"], "B/s"),
            units.number(r["ici_links"]), units.si(r["ici_bytes_per_s"], "B/s"),
            units.si(r.get("host_link_bytes_per_s"), "B/s"), units.si(r.get("dcn_bytes_per_s"), "B/s"),
            r["topology"], r["source"],
        )  # fmt: skip
    out = console()
    out.print(table)
    out.print(
        "ICI axis B/s: TPU = 2 links one way (a bidirectional ring); GPU = all links one way; "
        "CPU = measured all-reduce rate. Host link: chip <-> host memory, one way. DCN: the host's "
        "network share per chip. Ridge: FLOPs per HBM byte. —: no public figure (transfers over it "
        "are unpriced)."
    )
    if not measured:
        out.print("cpu: not measured yet on this host (run 'perfdiff chips --measure-cpu')")


def _print_measurement(m: dict[str, Any]) -> None:
    from rich.table import Table

    from perfdiff.chips.cpu_roofline import cache_path
    from perfdiff.cli.render_table import console

    out = console()
    busy = m.get("contention")
    out.print(
        f"\nCPU roofline of {m['cpu_model']} ({m['cores']} cores, jax {m['jax_version']}): measured in "
        f"{units.seconds(m['measure_s'])} (run {m['runs']}; other processes used {units.percent(busy)} of "
        "the CPUs meanwhile)"
    )
    table = Table(show_edge=False, pad_edge=False, title="best op rate per job and size, this run")
    for name in ("job", "size", "best op time", "rate"):
        table.add_column(name, justify="left" if name == "job" else "right", no_wrap=True)
    for s in m["samples"]:
        unit = "FLOP/s" if s["job"].startswith("matmul") else "B/s"
        size = f"{s['size']}²" if s["job"].startswith("matmul") else f"{s['size']} KiB"
        table.add_row(s["job"], size, units.seconds(s["seconds"]), units.si(s["rate"], unit))
    out.print(table)
    last = m["last_run"]
    out.print(
        "this run: " + ", ".join(f"{k} {units.si(v)}" for k, v in last.items())
        + "\nkept (best ever seen here): " + ", ".join(f"{k} {units.si(m[k])}" for k in last)
        + f"\ncache: {cache_path()}"
    )  # fmt: skip
