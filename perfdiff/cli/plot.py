"""The roofline chart: every op on the log-log plane of arithmetic intensity (FLOPs/byte) and achieved
FLOP/s, under the chip's roofs (memory slope, compute ceiling, ridge point), coloured by what bounds it
and sized by its time per step.

``.png``, ``.svg``, ``.pdf``: matplotlib (Agg backend, no display needed). ``.html``: a self-contained
plotly page (plotly.js embedded from the installed plotly package; it works offline). An op without
FLOPs or without memory traffic has no place on this plane; the chart says how many were left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from perfdiff.chips.table import Chip
from perfdiff.cli.report_view import bound_word
from perfdiff.errors import PerfdiffError
from perfdiff.report import units
from perfdiff.report.report import Report
from perfdiff.report.vocabulary import bound_colour

FORMATS = (".png", ".svg", ".pdf", ".html")
_LABELLED = 5  # ops named on the chart: the longest-running


@dataclass
class Points:
    """Plottable ops of one run: intensity (FLOPs/byte), achieved (FLOP/s), time per step (s)."""

    label: str
    frame: pd.DataFrame
    left_out: int
    left_out_s: float


def check_path(path: str | Path) -> Path:
    """The plot path, or a PerfdiffError when its format is not one we write."""
    target = Path(path)
    if target.suffix.lower() not in FORMATS:
        raise PerfdiffError(
            f"--plot {path}: unknown format {target.suffix or '(none)'}; use {', '.join(FORMATS)}"
        )
    return target


def points(report: Report, label: str = "") -> Points:
    ops = report.ops
    frame = pd.DataFrame(
        {
            "op": ops["op"].astype(str),
            "bound": ops["bound"].astype(str),
            "category": ops["category"].astype(str),
            "source": ops["source"].fillna("").map(units.short_source),
            "intensity": pd.to_numeric(ops["intensity_flops_per_byte"], errors="coerce"),
            "achieved": pd.to_numeric(ops["achieved_flops_per_s"], errors="coerce"),
            "time_s": ops["measured_per_step_s"],
            "efficiency": ops["efficiency"],
        }
    )
    ok = (frame["intensity"] > 0) & (frame["achieved"] > 0) & np.isfinite(frame["intensity"])
    return Points(label or report.run, frame[ok], int((~ok).sum()), float(frame.loc[~ok, "time_s"].sum()))


def roofs(chip: Chip, lo: float, hi: float) -> tuple[np.ndarray, np.ndarray]:
    """Roof line: achievable FLOP/s = min(peak, intensity × memory B/s) over [lo, hi] FLOPs/byte."""
    x = np.geomspace(lo, hi, 200)
    return x, np.minimum(chip.peak_flops_per_s, x * chip.hbm_bytes_per_s)


def _extent(chip: Chip, sets: list[Points]) -> tuple[float, float]:
    xs = np.concatenate(
        [p.frame["intensity"].to_numpy(float) for p in sets] + [np.array([chip.ridge_flops_per_byte])]
    )
    return float(xs.min()) / 4, float(xs.max()) * 4


def _sizes(time_s: pd.Series, biggest: float) -> np.ndarray:
    return 6 + 30 * np.sqrt(time_s.to_numpy(float) / biggest) if biggest > 0 else np.full(len(time_s), 8.0)


def _caption(chip: Chip, sets: list[Points]) -> str:
    left = sum(p.left_out for p in sets)
    text = (
        f"{chip.name}: peak {units.si(chip.peak_flops_per_s, 'FLOP/s')}, memory "
        f"{units.si(chip.hbm_bytes_per_s, 'B/s')}, ridge {units.number(chip.ridge_flops_per_byte)} FLOPs/byte"
    )
    if left:
        time = sum(p.left_out_s for p in sets)
        text += f" · {left} ops without FLOPs or bytes not shown ({units.seconds(time)}/step)"
    return text


def write_plot(path: str | Path, chip: Chip, sets: list[Points]) -> Path:
    """Draw ``sets`` (one per run: the first hollow, the last filled) under ``chip``'s roofs."""
    target = check_path(path)
    try:
        if target.suffix.lower() == ".html":
            _plotly(target, chip, sets)
        else:
            _matplotlib(target, chip, sets)
    except OSError as err:
        raise PerfdiffError(f"cannot write the plot {target}: {err.strerror or err}") from err
    return target


def _matplotlib(target: Path, chip: Chip, sets: list[Points]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    lo, hi = _extent(chip, sets)
    fig, ax = plt.subplots(figsize=(9, 6), dpi=110)
    x, roof = roofs(chip, lo, hi)
    ax.plot(x, roof, color="black", linewidth=1.5, label="roofline")
    ax.axvline(chip.ridge_flops_per_byte, color="grey", linestyle=":", linewidth=1)
    ax.annotate("ridge", (chip.ridge_flops_per_byte, chip.peak_flops_per_s), textcoords="offset points",
                xytext=(4, -12), fontsize=8, color="grey")  # fmt: skip
    biggest = max((float(p.frame["time_s"].max()) for p in sets if len(p.frame)), default=0.0)
    for index, pts in enumerate(sets):
        filled = index == len(sets) - 1
        for bound, group in pts.frame.groupby("bound"):
            colour = bound_colour(str(bound))
            ax.scatter(group["intensity"], group["achieved"], s=_sizes(group["time_s"], biggest) ** 2 / 4,
                       facecolors=colour if filled else "none", edgecolors=colour, alpha=0.6, linewidths=1,
                       label=f"{pts.label}: {bound_word(str(bound), chip)}-bound")  # fmt: skip
        for row in pts.frame.nlargest(_LABELLED if filled else 0, "time_s").itertuples():
            ax.annotate(
                row.op, (row.intensity, row.achieved), fontsize=7, xytext=(4, 4), textcoords="offset points"
            )
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("arithmetic intensity (FLOPs / byte of memory traffic)")
    ax.set_ylabel("achieved FLOP/s (per device, while the op ran)")
    ax.set_title(" vs ".join(p.label for p in sets) + " — roofline")
    ax.legend(fontsize=7, loc="lower right")
    ax.grid(True, which="both", alpha=0.2)
    fig.text(0.01, 0.01, _caption(chip, sets), fontsize=7, color="#444444")
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    fig.savefig(target)
    plt.close(fig)


def _plotly(target: Path, chip: Chip, sets: list[Points]) -> None:
    import plotly.graph_objects as go

    lo, hi = _extent(chip, sets)
    x, roof = roofs(chip, lo, hi)
    fig = go.Figure()
    fig.add_trace(go.Scatter(x=x, y=roof, mode="lines", name="roofline", line={"color": "black"}))
    biggest = max((float(p.frame["time_s"].max()) for p in sets if len(p.frame)), default=0.0)
    for index, pts in enumerate(sets):
        filled = index == len(sets) - 1
        for bound, group in pts.frame.groupby("bound"):
            colour = bound_colour(str(bound))
            text = [
                f"{r.op}<br>{r.category} · {r.source}<br>{units.seconds(r.time_s)}/step · "
                f"{units.percent(r.efficiency)} of roofline"
                for r in group.itertuples()
            ]
            marker = {
                "size": _sizes(group["time_s"], biggest),
                "color": colour if filled else "rgba(0,0,0,0)",
                "line": {"color": colour, "width": 1.5},
                "opacity": 0.7,
            }
            name = f"{pts.label}: {bound_word(str(bound), chip)}-bound"
            fig.add_trace(
                go.Scatter(
                    x=group["intensity"],
                    y=group["achieved"],
                    mode="markers",
                    marker=marker,
                    name=name,
                    text=text,
                    hovertemplate="%{text}<extra></extra>",
                )
            )
    fig.add_vline(x=chip.ridge_flops_per_byte, line_dash="dot", line_color="grey", annotation_text="ridge")
    fig.update_layout(
        title=" vs ".join(p.label for p in sets) + " — roofline<br><sup>" + _caption(chip, sets) + "</sup>",
        xaxis={"type": "log", "title": "arithmetic intensity (FLOPs / byte of memory traffic)"},
        yaxis={"type": "log", "title": "achieved FLOP/s (per device, while the op ran)"},
        template="plotly_white",
    )
    fig.write_html(target, include_plotlyjs=True, full_html=True)
