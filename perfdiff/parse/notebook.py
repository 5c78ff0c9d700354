"""A Profile in a notebook: a short ``repr`` and HTML (what was read, the ops with the most time), its
times written by ``perfdiff.units.seconds`` as in every other view."""

from __future__ import annotations

import html
from collections.abc import Iterator
from typing import Any, Protocol, cast

import pandas as pd

from perfdiff.units import seconds


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
