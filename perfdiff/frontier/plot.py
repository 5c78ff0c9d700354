"""The sweep's chart: latency per token against tokens/s per chip, measured beside the theory.

One colour per series (the grid's non-batch axes: devices, dtypes, seq), measured points filled,
the theory of the same points hollow and joined along the batch axis (the theory curve), predicted
points (``--predict``) as diamonds, and the two Pareto frontiers as steps (measured: solid black,
theory: dotted grey). Every measured and predicted point is labelled with the grid values that tell
it apart; labels are placed greedily in screen space, each at the first of a ring of offsets where it
overlaps no label and no marker drawn so far, so they do not collide.

``.png``, ``.svg``, ``.pdf``: matplotlib (Agg). ``.html``: a self-contained plotly page.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from perfdiff.errors import PerfdiffError
from perfdiff.files import plot_path as check_path

_PALETTE = ["#1967d2", "#e37400", "#188038", "#d93025", "#8430ce", "#007b83", "#b06000", "#5f6368",
            "#c5221f", "#1e8e3e"]  # fmt: skip
_SHORT = {"batch": "b", "seq": "s", "devices": "d"}
_FONT_PX = 7.5  # label font size, pixels per character (approximate, 7 pt at 110 dpi)
_WIDTH, _HEIGHT, _DPI = 10.0, 6.5, 110


def varying(grid: dict[str, list[Any]]) -> list[str]:
    """The axes with more than one value (what a label must say)."""
    return [axis for axis, values in grid.items() if len(values) > 1] or ["batch"]


def label(row: dict[str, Any], axes: list[str]) -> str:
    """ "b4 d2 int8/f32": the point's values on ``axes`` (dtypes as weights/kv)."""
    parts = [f"{_SHORT[a]}{row[a]}" for a in axes if a in _SHORT]
    dtypes = [row[a] for a in ("weights", "kv") if a in axes]
    if dtypes:
        parts.append(
            "/".join(dtypes) if len(dtypes) == 2 else f"{'w' if 'weights' in axes else 'kv'} {dtypes[0]}"
        )
    return " ".join(parts)


def series_key(row: dict[str, Any], axes: list[str]) -> str:
    return label(row, [a for a in axes if a != "batch"]) or "all"


def _ok(value: Any) -> bool:
    return isinstance(value, int | float) and math.isfinite(value) and value > 0


class Placer:
    """Greedy label placement in pixels: boxes taken so far; ``place`` returns an offset (dx, dy) in
    pixels for a label of ``text`` at the point (x, y), or None when every candidate collides."""

    # nearest first: beside the point, then above and below, then further out on both sides
    OFFSETS = [(6, 4), (6, -12), (-6, 4), (-6, -12), (0, 10), (0, -18), (14, 12), (14, -20), (-14, 12),
               (-14, -20), (24, 0), (-24, 0), (24, 22), (-24, -28), (34, -8), (-34, 8),
               *((dx, dy) for dy in (24, -32, 36, -44, 48, -56) for dx in (10, -10))]  # fmt: skip

    def __init__(self, points: list[tuple[float, float]], bounds: tuple[float, float, float, float]) -> None:
        self.boxes = [(x - 4, y - 4, x + 4, y + 4) for x, y in points]  # the markers
        self.bounds = bounds  # the plot area: a label stays inside it

    @staticmethod
    def _box(x: float, y: float, dx: float, dy: float, text: str) -> tuple[float, float, float, float]:
        width, height = len(text) * _FONT_PX * 0.62, _FONT_PX * 1.3
        left = x + dx if dx >= 0 else x + dx - width
        return (left, y + dy, left + width, y + dy + height)

    def place(self, x: float, y: float, text: str) -> tuple[float, float] | None:
        for dx, dy in self.OFFSETS:
            box = self._box(x, y, dx, dy, text)
            x0, y0, x1, y1 = self.bounds
            if box[0] < x0 or box[1] < y0 or box[2] > x1 or box[3] > y1:
                continue
            if not any(
                box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in self.boxes
            ):
                self.boxes.append(box)
                return dx, dy
        return None


def write_plot(path: str | Path, sweep: dict[str, Any]) -> Path:
    """Draw ``sweep`` (sweep.json's contents) into ``path``."""
    target = check_path(path)
    rows = sweep["points"]
    if not any(_ok(r["latency_per_token_s"]) or _ok(r["theory_latency_per_token_s"]) for r in rows):
        raise PerfdiffError("nothing to plot: no point of the sweep has a measured or theory figure yet")
    try:
        (_plotly if target.suffix.lower() == ".html" else _matplotlib)(target, sweep)
    except OSError as err:
        raise PerfdiffError(f"cannot write the plot {target}: {err.strerror or err}") from err
    return target


def _title(sweep: dict[str, Any]) -> str:
    chip = (sweep.get("chip") or {}).get("name", "?")
    fit = sweep.get("fit") or {}
    loo = fit.get("loo_error")
    tail = f" · leave-one-out error {loo:.0%}" if isinstance(loo, float) else ""
    return f"{sweep['source']} on {chip}: latency vs throughput per chip{tail}"


def _groups(rows: list[dict[str, Any]], axes: list[str]) -> dict[str, list[dict[str, Any]]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(series_key(row, axes), []).append(row)
    return groups


def _steps(xs: list[float], ys: list[float]) -> tuple[list[float], list[float]]:
    """A frontier through points sorted by latency, as a staircase."""
    pairs = sorted(zip(xs, ys, strict=True))
    sx: list[float] = []
    sy: list[float] = []
    for x, y in pairs:
        if sx:
            sx.append(x)
            sy.append(sy[-1])
        sx.append(x)
        sy.append(y)
    return sx, sy


def _frontier(rows: list[dict[str, Any]], flag: str, lat: str, thr: str) -> tuple[list[float], list[float]]:
    chosen = [r for r in rows if r[flag] and _ok(r[lat]) and _ok(r[thr])]
    return _steps([r[lat] * 1e3 for r in chosen], [r[thr] for r in chosen])


def _matplotlib(target: Path, sweep: dict[str, Any]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows, axes = sweep["points"], varying(sweep["grid"])
    fig, ax = plt.subplots(figsize=(_WIDTH, _HEIGHT), dpi=_DPI)
    ax.set_xscale("log")
    ax.set_yscale("log")
    labelled: list[tuple[float, float, str, str]] = []
    for index, (name, group) in enumerate(_groups(rows, axes).items()):
        colour = _PALETTE[index % len(_PALETTE)]
        group = sorted(group, key=lambda r: r["batch"])
        theory = [r for r in group if _ok(r["theory_latency_per_token_s"])]
        if theory:
            ax.plot([r["theory_latency_per_token_s"] * 1e3 for r in theory],
                    [r["theory_tokens_per_s_per_chip"] for r in theory], "s--", color=colour, mfc="none",
                    alpha=0.6, linewidth=1, markersize=5, label=f"{name}: theory")  # fmt: skip
        done = [r for r in group if r["status"] == "done" and _ok(r["latency_per_token_s"])]
        if done:
            xs = [r["latency_per_token_s"] * 1e3 for r in done]
            ys = [r["tokens_per_s_per_chip"] for r in done]
            ax.plot(xs, ys, "o-", color=colour, linewidth=1.2, markersize=6, label=f"{name}: measured")
        guessed = [r for r in group if r["status"] != "done" and _ok(r["predicted_step_s"])]
        for r in guessed:
            x, y = _predicted_xy(r)
            ax.plot([x * 1e3], [y], "D", color=colour, mfc="none", markersize=6)
        labelled += [(r["latency_per_token_s"] * 1e3, r["tokens_per_s_per_chip"], label(r, axes), colour)
                     for r in done]  # fmt: skip
        labelled += [(_predicted_xy(r)[0] * 1e3, _predicted_xy(r)[1], label(r, axes) + " (predicted)", colour)
                     for r in guessed]  # fmt: skip
    for flag, lat, thr, style, colour, name in (
        ("on_frontier", "latency_per_token_s", "tokens_per_s_per_chip", "-", "black", "measured frontier"),
        ("theory_on_frontier", "theory_latency_per_token_s", "theory_tokens_per_s_per_chip", ":", "grey",
         "theory frontier"),
    ):  # fmt: skip
        xs, ys = _frontier(rows, flag, lat, thr)
        if xs:
            ax.plot(xs, ys, style, color=colour, linewidth=2, alpha=0.7, label=name, zorder=1)
    ax.set_xlabel("latency per token (ms)")
    ax.set_ylabel("tokens/s per chip")
    ax.set_title(_title(sweep), fontsize=10)
    ax.grid(True, which="both", alpha=0.2)
    ax.legend(fontsize=7, loc="best", ncol=2)
    fig.tight_layout()
    fig.canvas.draw()  # fixes the limits and the transform the labels are placed in
    to_px = ax.transData.transform
    area = ax.get_window_extent()
    placer = Placer([tuple(to_px((x, y))) for x, y, _, _ in labelled], (area.x0, area.y0, area.x1, area.y1))
    for x, y, text, colour in labelled:
        px, py = to_px((x, y))
        offset = placer.place(px, py, text)
        if offset is None:
            continue  # no free place: the legend and the table still name it
        ax.annotate(text, (x, y), xytext=(offset[0] * 72 / _DPI, offset[1] * 72 / _DPI),
                    textcoords="offset points", fontsize=7, color=colour,
                    ha="left" if offset[0] >= 0 else "right", va="bottom")  # fmt: skip
    fig.savefig(target)
    plt.close(fig)


def _predicted_xy(row: dict[str, Any]) -> tuple[float, float]:
    """(latency per token, tokens/s per chip) of a point at its predicted step time."""
    per_seq = 1 if row["kind"] == "decode" else row["seq"]
    step = row["predicted_step_s"]
    return step / per_seq, row["batch"] * per_seq / step / row["chips"]


def _plotly(target: Path, sweep: dict[str, Any]) -> None:
    import plotly.graph_objects as go

    rows, axes = sweep["points"], varying(sweep["grid"])
    fig = go.Figure()
    for index, (name, group) in enumerate(_groups(rows, axes).items()):
        colour = _PALETTE[index % len(_PALETTE)]
        group = sorted(group, key=lambda r: r["batch"])
        theory = [r for r in group if _ok(r["theory_latency_per_token_s"])]
        fig.add_trace(go.Scatter(
            x=[r["theory_latency_per_token_s"] * 1e3 for r in theory],
            y=[r["theory_tokens_per_s_per_chip"] for r in theory], mode="lines+markers",
            name=f"{name}: theory", line={"color": colour, "dash": "dash"},
            marker={"symbol": "square-open", "color": colour}, text=[label(r, axes) for r in theory],
            hovertemplate="%{text} (theory)<br>%{x:.3g} ms/token · %{y:.3g} tokens/s/chip<extra></extra>",
        ))  # fmt: skip
        done = [r for r in group if r["status"] == "done" and _ok(r["latency_per_token_s"])]
        fig.add_trace(go.Scatter(
            x=[r["latency_per_token_s"] * 1e3 for r in done], y=[r["tokens_per_s_per_chip"] for r in done],
            mode="lines+markers+text", name=f"{name}: measured", line={"color": colour},
            marker={"color": colour, "size": 9}, text=[label(r, axes) for r in done],
            textposition="top right", textfont={"size": 10, "color": colour},
            hovertemplate="%{text}<br>%{x:.3g} ms/token · %{y:.3g} tokens/s/chip<extra></extra>",
        ))  # fmt: skip
        guessed = [
            (r, _predicted_xy(r)) for r in group if r["status"] != "done" and _ok(r["predicted_step_s"])
        ]
        fig.add_trace(go.Scatter(
            x=[xy[0] * 1e3 for _, xy in guessed], y=[xy[1] for _, xy in guessed], mode="markers+text",
            name=f"{name}: predicted", marker={"symbol": "diamond-open", "color": colour, "size": 9},
            text=[label(r, axes) + " (predicted)" for r, _ in guessed], textposition="bottom left",
            textfont={"size": 10, "color": colour}, hoverinfo="text",
        ))  # fmt: skip
    for flag, lat, thr, dash, colour, name in (
        ("on_frontier", "latency_per_token_s", "tokens_per_s_per_chip", "solid", "black",
         "measured frontier"),
        ("theory_on_frontier", "theory_latency_per_token_s", "theory_tokens_per_s_per_chip", "dot", "grey",
         "theory frontier"),
    ):  # fmt: skip
        xs, ys = _frontier(rows, flag, lat, thr)
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", name=name, line={"color": colour, "dash": dash}))
    fig.update_layout(
        title=_title(sweep), template="plotly_white",
        xaxis={"type": "log", "title": "latency per token (ms)"},
        yaxis={"type": "log", "title": "tokens/s per chip"},
    )  # fmt: skip
    fig.write_html(target, include_plotlyjs=True, full_html=True)
