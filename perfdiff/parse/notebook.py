"""A Profile in a notebook: a short ``repr`` and HTML (what was read, the ops with the most time). Times
follow ``report.units.seconds``' rules (parse precedes it; ``tests/test_notebook.py`` pins the two)."""

from __future__ import annotations

import html
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Protocol, cast

import pandas as pd

_UNITS = ((1.0, "s"), (1e-3, "ms"), (1e-6, "µs"), (1e-9, "ns"), (1e-12, "ps"))


def seconds(value: float) -> str:
    """1.23 ms, 456 µs, 2.10 s: three significant digits in the largest unit the value reaches 1 in."""
    if value != value or value == 0:
        return "—" if value != value else "0"
    index = next((i for i, (scale, _) in enumerate(_UNITS) if abs(value) / scale >= 1), len(_UNITS) - 1)
    text = _three_digits(abs(value) / _UNITS[index][0])
    if index > 0 and len(text.split(".")[0]) > 3:  # rounded up to 1000 of its unit: the next unit
        index -= 1
        text = _three_digits(abs(value) / _UNITS[index][0])
    return f"{'−' if value < 0 else ''}{text} {_UNITS[index][1]}"


def _three_digits(x: float) -> str:
    exact = Decimal(x)
    for decimals in (max(2 - exact.adjusted(), 0), max(1 - exact.adjusted(), 0)):  # 9.996 -> 10.0
        text = f"{exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP):f}"
        if len(text.replace(".", "").lstrip("0")) <= 3 or decimals == 0:
            return text
    return text


class _OpTimeRow(Protocol):
    """One row of ``op_times`` as ``itertuples()`` gives it."""

    program_id: int
    module: str
    op: str
    executions: int
    self_s: float  # [s]


def op_times(profile: Any) -> pd.DataFrame:
    """Per (program_id, module, op): executions and Σ self time (s), most time first."""
    grouped = profile.events.groupby(["program_id", "module", "op"], observed=True, sort=False)["self_ns"]
    table = grouped.agg(executions="size", self_s="sum").reset_index().eval("self_s = self_s / 1e9")
    return table.sort_values("self_s", ascending=False, kind="stable").reset_index(drop=True)


def profile_repr(profile: Any) -> str:
    """One line: run, platform, hosts, steps and step time, op events, and the op with the most time."""
    ops, steps = op_times(profile), profile.steps
    top = f", top op {ops['op'].iloc[0]} ({seconds(ops['self_s'].iloc[0])} in all)" if len(ops) else ""
    timed = f"{len(steps)} steps of {seconds(steps['dur_ns'].mean() / 1e9)}" if len(steps) else "no steps"
    return (
        f"<perfdiff Profile {profile.run!r}: {profile.platform}, {len(profile.hosts)} host(s), {timed}, "
        f"{len(profile.events):,} op events{top}>"
    )


def profile_html(profile: Any, top: int = 10) -> str:
    """What was read, and the ``top`` ops by self time (all executions, every device)."""
    steps = profile.steps
    rows = [("run", f"{profile.run} ({profile.platform})"), ("folder", str(profile.run_dir)),
            ("hosts", len(profile.hosts)), ("devices", len(profile.devices)), ("steps", len(steps)),
            ("steps from", profile.steps_inferred_from or "step marks" if len(steps) else "—"),
            ("mean step", seconds(steps["dur_ns"].mean() / 1e9) if len(steps) else "—"),
            ("op events", f"{len(profile.events):,}"), ("modules", len(profile.modules))]  # fmt: skip
    cells = [[str(r.op), str(r.module), f"{r.executions:,}", seconds(r.self_s)]
             for r in cast(Iterator[_OpTimeRow], op_times(profile).head(top).itertuples())]  # fmt: skip
    summary = "".join(f"<tr><th>{k}</th><td>{html.escape(str(v))}</td></tr>" for k, v in rows)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in cells)
    notes = "".join(f"<p>{html.escape(w)}</p>" for w in profile.warnings)
    return (
        f'<div class="perfdiff"><table><caption><b>perfdiff Profile · {html.escape(profile.run)}</b>'
        f"</caption>{summary}</table><table><caption>Ops by self time (perfdiff.analyze prices them)"
        f"</caption><tr><th>op</th><th>module</th><th>executions</th><th>self time</th></tr>{body}</table>"
        f"{notes}</div>"
    )
