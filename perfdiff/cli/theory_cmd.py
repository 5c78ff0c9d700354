"""``perfdiff theory``: the step theory of a transformer on a chip, as a readable breakdown or JSON.

The numbers come from ``perfdiff.llm.theory.theory`` (formulas in its docstring); this module
only parses flags and renders.
"""

from __future__ import annotations

import argparse
import json
import sys
from functools import partial
from pathlib import Path
from typing import Any

from perfdiff import units
from perfdiff.errors import PerfdiffError
from perfdiff.llm.models import PRESETS
from perfdiff.llm.theory import DTYPE_BYTES, parse_sweep, sweep, theory

DESCRIPTION = (
    """\
What one decode (or training) step of a transformer should cost on a chip: KV-cache and weight bytes,
the chips it needs, the largest batch that fits, the critical batch, decode step time and throughput,
prefill time, serving ratios and the model-parallel limit ("How To Scale Your Model", exactly).
Models: presets ("""
    + ", ".join(PRESETS)
    + """), an inline config
'layers=L,d_model=D,d_ff=F,heads=N,kv_heads=K,head_dim=H,vocab=V' or a JSON file with those keys."""
)

EXAMPLES = """\
examples:
  perfdiff theory --model llama3-70b --chip tpu-v5e --chips 8 --batch 32 --seq 8192 --weights int8 --kv int8
  perfdiff theory --model llama3-70b --chip tpu-v5e --topology 4x4 --seq 8192   # largest batch that fits
  perfdiff theory --model llama3-8b --chip h100 --batch 64 --seq 4096 --decode-len 512 --prefill 2048
  perfdiff theory --model llama3-70b --chip tpu-v5e --chips 8 --seq 8192 --weights int8 --kv int8 \\
      --sweep batch=1:512 --plot frontier.png
  perfdiff theory --model llama3-405b --chip tpu-v5p --chips 64 --batch 16 --seq 8192 --json
  perfdiff theory --model llama3-8b --chip h100 --batch 64 --seq 4096 --calibrate sweep-logdir"""

_DTYPES = tuple(DTYPE_BYTES)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``perfdiff theory``."""
    parser.add_argument("--model", required=True, help="preset name, inline config or JSON file")
    parser.add_argument(
        "--chip", required=True, help="chip name (see 'perfdiff chips'); 'cpu' measures this host"
    )
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--chips", default="1", metavar="N", help="number of chips (default: 1)")
    group.add_argument("--topology", metavar="AxB", help="chips as a topology, e.g. 4x4 or 2x2x4")
    parser.add_argument("--batch", type=int, help="sequences per step (default: the largest that fits)")
    parser.add_argument("--seq", type=int, default=8192, help="tokens in the KV cache (default: 8192)")
    parser.add_argument("--weights", default="bf16", choices=_DTYPES, help="weight dtype (default: bf16)")
    parser.add_argument("--kv", default="bf16", choices=_DTYPES, help="KV-cache dtype (default: bf16)")
    parser.add_argument("--compute", default="bf16", choices=_DTYPES, help="matmul dtype (default: bf16)")
    parser.add_argument("--model-axes", type=int, default=1, metavar="M", help="mesh axes sharding the model")
    parser.add_argument("--decode-len", type=int, metavar="G", help="median tokens generated per sequence")
    parser.add_argument("--prefill", type=int, metavar="P", help="prompt tokens per sequence")
    parser.add_argument("--mfu", type=float, help="model FLOPs utilisation for prefill/training (default: 1)")
    parser.add_argument("--params", type=int, help="parameter count (default: computed from the config)")
    parser.add_argument("--sweep", metavar="NAME=LO:HI", help="a frontier table, e.g. batch=1:512")
    parser.add_argument(
        "--calibrate", metavar="SWEEP_DIR", help="use the efficiencies a perfdiff sweep fitted"
    )
    parser.add_argument("--plot", metavar="FILE.png", help="plot the latency/throughput frontier to FILE.png")
    parser.add_argument(
        "--json", action="store_true", help="print JSON (one flat object; a list with --sweep)"
    )


def _model(spec: str) -> Any:
    """A preset/inline spec as is, or the JSON object of a file."""
    path = Path(spec)
    if spec.endswith(".json") or (path.is_file() and "=" not in spec):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except OSError as err:
            raise PerfdiffError(f"cannot read model config {spec}: {err.strerror}") from None
        except ValueError as err:
            raise PerfdiffError(f"model config {spec} is not JSON: {err}") from None
        if not isinstance(data, dict):
            raise PerfdiffError(f"model config {spec} must hold a JSON object")
        return data
    return spec


def _kwargs(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "chips": args.topology or args.chips, "batch": args.batch, "seq": args.seq,
        "weights": args.weights, "kv": args.kv, "compute": args.compute, "model_axes": args.model_axes,
        "decode_len": args.decode_len, "prefill": args.prefill, "mfu": args.mfu, "params": args.params,
    }  # fmt: skip


def run(args: argparse.Namespace) -> int:
    """Print the theory (or the sweep) and write the plot; 0 on success."""
    from perfdiff.report.jsonable import to_jsonable

    model, kwargs = _model(args.model), _kwargs(args)
    if args.calibrate:
        from perfdiff.frontier.driver import calibration

        kwargs["efficiency"], said = calibration(args.calibrate)
        for note in said:
            print(f"note: {note}", file=sys.stderr)
    if args.sweep or args.plot:
        over, values = parse_sweep(args.sweep) if args.sweep else ("batch", None)
        if values is None:  # --plot alone: powers of two up to the largest batch that fits
            top = theory(model, args.chip, **(kwargs | {"batch": None}))["max_batch"]
            values = parse_sweep(f"batch=1:{max(1, top)}")[1]
        frame = sweep(model, args.chip, over=over, values=values, **kwargs)
        if args.plot:
            _plot_frontier(frame, args.plot, over)
        if args.json:
            json.dump(to_jsonable(frame.to_dict("records")), sys.stdout, default=str)
            sys.stdout.write("\n")
        else:
            _print_sweep(frame, over)
            if args.plot:
                print(f"plot: {args.plot}", file=sys.stderr)
        return 0
    result = theory(model, args.chip, **kwargs)
    if args.json:
        json.dump(to_jsonable(result), sys.stdout, default=str)
        sys.stdout.write("\n")
    else:
        _print_theory(result)
    return 0


# --- rendering -----------------------------------------------------------------------------------


# A calculator: one significant digit more than the report's measured figures.
_bytes = partial(units.si, unit="B", digits=4)
_seconds = partial(units.seconds, digits=4)
_num = partial(units.number, digits=4)


def _print_theory(r: dict[str, Any]) -> None:
    from rich.table import Table

    from perfdiff.cli.render_table import console

    dtypes = f"weights {r['weights']}, KV {r['kv']}, compute {r['compute']}"
    chips = f"{r['chips']} x {r['chip']}" + (f" ({r['topology']})" if r["topology"] else "")
    title = f"{r['model']} ({r['params']:,} params) on {chips}: batch {r['batch']}, seq {r['seq']}; {dtypes}"
    table = Table(title=title, title_justify="left", show_edge=False, pad_edge=False)
    for name, justify in (("", "left"), ("value", "right"), ("JSON key", "left")):
        table.add_column(name, justify=justify, no_wrap=True)  # type: ignore[arg-type]

    def section(name: str) -> None:
        table.add_row(f"[bold]{name}[/bold]", "", "", end_section=False)

    rows: list[tuple[str, str, str] | str] = [
        "chip",
        ("peak (compute dtype)", units.si(r["peak_flops_per_s"], "FLOP/s", 4), "peak_flops_per_s"),
        ("HBM bandwidth", units.si(r["hbm_bytes_per_s"], "B/s", 4), "hbm_bytes_per_s"),
        ("HBM per chip", _bytes(r["hbm_bytes_per_chip"]), "hbm_bytes_per_chip"),
        ("ICI, one axis", units.si(r["ici_bytes_per_s"], "B/s", 4), "ici_bytes_per_s"),
        "memory",
        ("KV cache per token", _bytes(r["kv_bytes_per_token"]), "kv_bytes_per_token"),
        ("KV cache (batch x seq)", _bytes(r["kv_bytes"]), "kv_bytes"),
        ("weights", _bytes(r["param_bytes"]), "param_bytes"),
        ("total", _bytes(r["total_bytes"]), "total_bytes"),
        ("chips needed (power of 2)", _num(r["min_chips"]), "min_chips"),
        ("largest batch that fits", _num(r["max_batch"]), "max_batch"),
        "decode step",
        ("attention (KV read)", _seconds(r["kv_s"]), "kv_s"),
        ("MLP weights read", _seconds(r["param_s"]), "param_s"),
        ("MLP FLOPs", _seconds(r["flops_s"]), "flops_s"),
        (f"step (MLP {r['mlp_bound']}-bound)", _seconds(r["step_s"]), "step_s"),
        ("tokens/s", _num(r["tokens_per_s"]), "tokens_per_s"),
        ("tokens/s per chip", _num(r["tokens_per_s_per_chip"]), "tokens_per_s_per_chip"),
        ("queries/s per chip", _num(r["qps_per_chip"]), "qps_per_chip"),
        "limits",
        ("critical batch", _num(r["critical_batch"]), "critical_batch"),
        (
            f"max model parallelism (M={r['model_axes']})",
            _num(r["max_model_parallelism"]),
            "max_model_parallelism",
        ),
        f"prefill and serving (MFU {r['mfu']:g})",
        ("prefill of one sequence", _seconds(r["prefill_s"]), "prefill_s"),
        ("sequences finished per step", _num(r["sequences_per_step"]), "sequences_per_step"),
        ("KV tokens evicted per step", _num(r["evicted_tokens_per_step"]), "evicted_tokens_per_step"),
        ("prefill : generate servers", _num(r["prefill_to_generate_ratio"]), "prefill_to_generate_ratio"),
        f"training (MFU {r['mfu']:g})",
        (f"step of {r['train_tokens']:,} tokens", _seconds(r["train_step_s"]), "train_step_s"),
    ]
    if r.get("efficiency"):
        e = r["efficiency"]
        fractions = " / ".join(units.percent(e[k]) for k in ("compute", "hbm", "ici"))
        rows += ["calibrated (a sweep's efficiencies)",
                 ("efficiency: compute / memory / ICI", fractions, "efficiency"),
                 ("overhead per step", _seconds(e["overhead_s"]), "efficiency.overhead_s"),
                 ("interconnect (tensor parallel)", _seconds(r["ici_s"]), "ici_s")]  # fmt: skip
        rows += [(name, fmt(r[key]), key) for name, key, fmt in (
            ("decode step", "calibrated_step_s", _seconds), ("tokens/s per chip",
             "calibrated_tokens_per_s_per_chip", _num), ("prefill of one sequence", "calibrated_prefill_s",
             _seconds), ("training step", "calibrated_train_step_s", _seconds))]  # fmt: skip
    for row in rows:
        if isinstance(row, str):
            table.add_section()
            section(row)
        else:
            table.add_row(*row)
    out = console()
    out.print(table)
    if not r["fits"]:
        out.print(f"note: batch {r['batch']} does not fit the chips' HBM (largest: {r['max_batch']})")


def _print_sweep(frame: Any, over: str) -> None:
    from rich.table import Table

    from perfdiff.cli.render_table import console

    first = frame.iloc[0]
    title = f"{first['model']} on {first['chips']} x {first['chip']}: frontier over {over}"
    table = Table(title=title, title_justify="left", show_edge=False, pad_edge=False)
    columns = [(over, "right"), ("step", "right"), ("tokens/s", "right"), ("tokens/s/chip", "right"),
               ("MLP bound", "left"), ("KV cache", "right"), ("fits", "left")]  # fmt: skip
    for name, justify in columns:
        table.add_column(name, justify=justify, no_wrap=True)  # type: ignore[arg-type]
    for row in frame.to_dict("records"):
        table.add_row(
            units.number(row[over]), _seconds(row["step_s"]), _num(row["tokens_per_s"]),
            _num(row["tokens_per_s_per_chip"]), row["mlp_bound"], _bytes(row["kv_bytes"]),
            "yes" if row["fits"] else "no",
        )  # fmt: skip
    console().print(table)


def _plot_frontier(frame: Any, path: str, over: str) -> None:
    """Throughput per chip against step latency, one point per sweep value (PNG via matplotlib Agg)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    first = frame.iloc[0]
    fig, ax = plt.subplots(figsize=(7, 4.5), dpi=120)
    fits = frame["fits"].astype(bool)
    for mask, style, label in ((fits, "o-", "fits in HBM"), (~fits, "x", "does not fit")):
        part = frame[mask]
        if len(part):
            ax.plot(part["step_s"] * 1e3, part["tokens_per_s_per_chip"], style, label=label)
    for row in frame.to_dict("records"):
        ax.annotate(f"{row[over]}", (row["step_s"] * 1e3, row["tokens_per_s_per_chip"]),
                    textcoords="offset points", xytext=(4, -10), fontsize=7)  # fmt: skip
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("decode step latency (ms)")
    ax.set_ylabel("tokens/s per chip")
    ax.set_title(
        f"{first['model']} on {first['chips']} x {first['chip']}, seq {first['seq']} (labels: batch)"
    )
    ax.grid(True, which="both", alpha=0.3)
    ax.legend()
    fig.tight_layout()
    try:
        fig.savefig(path)
    except OSError as err:
        raise PerfdiffError(f"cannot write the plot to {path}: {err.strerror}") from None
    finally:
        plt.close(fig)
