"""The roofline chart: every op on the log-log plane of arithmetic intensity (FLOPs/byte) and achieved
FLOP/s, under the chip's roofs (memory slope, compute ceiling, ridge point), coloured by what bounds it
and sized by its time per step.

``.png``, ``.svg``, ``.pdf``: matplotlib (Agg backend, no display needed). ``.html``: a self-contained
plotly page (plotly.js embedded from the installed plotly package; it works offline). The points and
the matplotlib figure are ``report.roofline_chart``'s (``Report.plot()`` draws the same).
"""

from __future__ import annotations

from pathlib import Path

from perfdiff import units
from perfdiff.chips.table import Chip
from perfdiff.errors import PerfdiffError
from perfdiff.files import plot_path as check_path
from perfdiff.report.report import Report
from perfdiff.report.roofline_chart import (
    X_LABEL,
    Y_LABEL,
    Points,
    biggest_time,
    bound_word,
    caption,
    extent,
    point_rows,
    roofline_figure,
    roofs,
    sizes,
)
from perfdiff.report.roofline_chart import points as op_points
from perfdiff.report.vocabulary import bound_colour


def points(report: Report, label: str = "") -> Points:
    return op_points(report.ops, label or report.run)


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
    roofline_figure(chip, sets).savefig(target)


def _plotly(target: Path, chip: Chip, sets: list[Points]) -> None:
    import plotly.graph_objects as go

    lo, hi = extent(chip, sets)
    x, roof = roofs(chip, lo, hi)
    fig = go.Figure()
    fig.add_trace(go.Scatter(x=x, y=roof, mode="lines", name="roofline", line={"color": "black"}))
    biggest = biggest_time(sets)
    for index, pts in enumerate(sets):
        filled = index == len(sets) - 1
        for bound, group in pts.frame.groupby("bound"):
            colour = bound_colour(str(bound))
            text = [
                f"{r.op}<br>{r.category} · {r.source}<br>{units.seconds(r.time_s)}/step · "
                f"{units.percent(r.efficiency)} of roofline"
                for r in point_rows(group)
            ]
            marker = {
                "size": sizes(group["time_s"], biggest),
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
        title=" vs ".join(p.label for p in sets) + " — roofline<br><sup>" + caption(chip, sets) + "</sup>",
        xaxis={"type": "log", "title": X_LABEL},
        yaxis={"type": "log", "title": Y_LABEL},
        template="plotly_white",
    )
    fig.write_html(target, include_plotlyjs=True, full_html=True)
