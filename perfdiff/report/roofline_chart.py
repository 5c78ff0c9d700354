"""The roofline chart of one or more runs: every op on the log-log plane of arithmetic intensity
(FLOPs/byte) and achieved FLOP/s, under the chip's roofs (memory slope, compute ceiling, ridge point),
coloured by what bounds it (``vocabulary``) and sized by its time per step.

The points and the matplotlib figure live here, beside the report they draw, so that ``Report.plot()``
in a notebook and ``perfdiff PATH --plot`` (``cli/plot.py``, which writes the figure or a plotly page)
draw the same chart. The figure is a ``matplotlib.figure.Figure`` made without pyplot: no global state,
no display needed. An op without FLOPs or without memory traffic has no place on this plane; the
caption says how many were left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol, cast

import numpy as np
import pandas as pd

from perfdiff import units
from perfdiff.chips.table import Chip
from perfdiff.report.vocabulary import bound_colour, bound_label

LABELLED = 5  # ops named on the chart: the longest-running
X_LABEL = "arithmetic intensity (FLOPs / byte of memory traffic)"
Y_LABEL = "achieved FLOP/s (per device, while the op ran)"


@dataclass
class Points:
    """Plottable ops of one run: intensity (FLOPs/byte), achieved (FLOP/s), time per step (s)."""

    label: str
    frame: pd.DataFrame
    left_out: int
    left_out_s: float


class PointRow(Protocol):
    """One row of ``Points.frame`` as ``itertuples()`` gives it."""

    op: str
    bound: str
    category: str
    source: str
    intensity: float  # [FLOPs/byte]
    achieved: float  # [FLOP/s]
    time_s: float  # [s per step]
    efficiency: float | None  # [fraction of the roofline]


def point_rows(frame: pd.DataFrame) -> Iterator[PointRow]:
    """The rows of a ``Points.frame`` (or a part of one)."""
    return cast(Iterator[PointRow], frame.itertuples())


def points(ops: pd.DataFrame, label: str) -> Points:
    """The ops of a report's ``ops`` table that have a place on the chart."""
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
    return Points(label, frame[ok], int((~ok).sum()), float(frame.loc[~ok, "time_s"].sum()))


def bound_word(bound: str, chip: Chip) -> str:
    """A bound class in the chip's own words (``vocabulary.bound_label``): HBM or memory, ICI or NVLink."""
    return bound_label(bound, chip.kind, chip.topology)


def roofs(chip: Chip, lo: float, hi: float) -> tuple[np.ndarray, np.ndarray]:
    """Roof line: achievable FLOP/s = min(peak, intensity × memory B/s) over [lo, hi] FLOPs/byte."""
    x = np.geomspace(lo, hi, 200)
    return x, np.minimum(chip.peak_flops_per_s, x * chip.hbm_bytes_per_s)


def extent(chip: Chip, sets: list[Points]) -> tuple[float, float]:
    """The intensity range (FLOPs/byte) the chart spans: its points and the ridge, with margins."""
    xs = np.concatenate(
        [p.frame["intensity"].to_numpy(float) for p in sets] + [np.array([chip.ridge_flops_per_byte])]
    )
    return float(xs.min()) / 4, float(xs.max()) * 4


def sizes(time_s: pd.Series, biggest: float) -> np.ndarray:
    """Marker diameters (points) growing with the square root of an op's time per step."""
    return 6 + 30 * np.sqrt(time_s.to_numpy(float) / biggest) if biggest > 0 else np.full(len(time_s), 8.0)


def biggest_time(sets: list[Points]) -> float:
    return max((float(p.frame["time_s"].max()) for p in sets if len(p.frame)), default=0.0)


def caption(chip: Chip, sets: list[Points]) -> str:
    left = sum(p.left_out for p in sets)
    text = (
        f"{chip.name}: peak {units.si(chip.peak_flops_per_s, 'FLOP/s')}, memory "
        f"{units.si(chip.hbm_bytes_per_s, 'B/s')}, ridge {units.number(chip.ridge_flops_per_byte)} FLOPs/byte"
    )
    if left:
        time = sum(p.left_out_s for p in sets)
        text += f" · {left} ops without FLOPs or bytes not shown ({units.seconds(time)}/step)"
    return text


def roofline_figure(chip: Chip, sets: list[Points], *, size: tuple[float, float] = (9, 6),
                    dpi: int = 110, labelled: int = LABELLED) -> Any:  # fmt: skip
    """A matplotlib Figure of ``sets`` (one per run: the first hollow, the last filled) under ``chip``'s
    roofs; the ``labelled`` longest-running ops of the last set are named."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=size, dpi=dpi)
    ax = fig.subplots()
    lo, hi = extent(chip, sets)
    x, roof = roofs(chip, lo, hi)
    ax.plot(x, roof, color="black", linewidth=1.5, label="roofline")
    ax.axvline(chip.ridge_flops_per_byte, color="grey", linestyle=":", linewidth=1)
    ax.annotate("ridge", (chip.ridge_flops_per_byte, chip.peak_flops_per_s), textcoords="offset points",
                xytext=(4, -12), fontsize=8, color="grey")  # fmt: skip
    biggest = biggest_time(sets)
    for index, pts in enumerate(sets):
        filled = index == len(sets) - 1
        for bound, group in pts.frame.groupby("bound"):
            colour = bound_colour(str(bound))
            ax.scatter(group["intensity"], group["achieved"], s=sizes(group["time_s"], biggest) ** 2 / 4,
                       facecolors=colour if filled else "none", edgecolors=colour, alpha=0.6, linewidths=1,
                       label=f"{pts.label}: {bound_word(str(bound), chip)}-bound")  # fmt: skip
        for row in point_rows(pts.frame.nlargest(labelled if filled else 0, "time_s")):
            ax.annotate(
                row.op, (row.intensity, row.achieved), fontsize=7, xytext=(4, 4), textcoords="offset points"
            )
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel(X_LABEL)
    ax.set_ylabel(Y_LABEL)
    ax.set_title(" vs ".join(p.label for p in sets) + " — roofline")
    ax.legend(fontsize=7, loc="lower right")
    ax.grid(True, which="both", alpha=0.2)
    fig.text(0.01, 0.01, caption(chip, sets), fontsize=7, color="#444444")
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    return fig
