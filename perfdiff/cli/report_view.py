"""What the report says, in words and formatted cells — shared by the rich and markdown renderers.

A ``View`` is the report laid out for reading: header lines (label, text), the top ops and the steps as
``Grid``s of formatted cells, the flags as sentences, and notes. A grid's headings and cell formats are
those of the column registries (``report.tables``); units and words live here and in ``units``; the
renderers only draw.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeGuard, cast

import pandas as pd

from perfdiff import units
from perfdiff.report import tables, words
from perfdiff.report.columns import Column, Table
from perfdiff.report.headline import bound_word, flag_sentence, headline
from perfdiff.report.report import Report

SOURCE_WORDS = {
    "table": "published figures (chip table)",
    "trace": "the trace's own device figures",
    "measured": "measured on this machine",
}
MAX_STEP_ROWS = 12
MAX_FLAG_SENTENCES = 5


@dataclass
class Grid:
    """A table of formatted cells; ``numeric`` marks right-aligned columns."""

    columns: list[str]
    rows: list[list[str]]
    numeric: list[bool]
    title: str = ""
    footer: str = ""


@dataclass
class View:
    """A report laid out for reading: ``lead`` (numbered lines under ``lead_title``) comes after the
    header and before the grids; ``sentences`` and ``notes`` after them."""

    title: str
    header: list[tuple[str, str]]
    grids: list[Grid]
    sentences_title: str = ""
    sentences: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    lead_title: str = ""
    lead: list[str] = field(default_factory=list)


Cell = Callable[[dict[str, Any]], str]
_TEXT_KINDS = ("text", "source")


def grid(table: Table, names: list[str | tuple[str, Cell]], rows: list[dict[str, Any]], *, title: str,
         footer: str = "", cells: dict[str, Cell] | None = None) -> Grid:  # fmt: skip
    """Rows under the registry's headings, each value formatted by its column's display kind; ``cells``
    overrides a column's cell, and a ``(heading, cell)`` pair is a column made of several (a rank)."""
    made = cells or {}
    heads, numeric, makers = [], [], []
    for name in names:
        if isinstance(name, tuple):
            heads.append(name[0])
            numeric.append(name[0] == "#")
            makers.append(name[1])
            continue
        column = table[name]
        heads.append(column.heading)
        numeric.append(column.kind not in _TEXT_KINDS)
        makers.append(made.get(name, _column_cell(column)))
    body = [[make({**row, "#": rank}) for make in makers] for rank, row in enumerate(rows, start=1)]
    return Grid(heads, body, numeric, title=title, footer=footer)


def _column_cell(column: Column) -> Cell:
    """A row's value of ``column``, formatted by its display kind."""
    return lambda row: units.cell(row[column.name], column)


RANK: tuple[str, Cell] = ("#", lambda row: str(row["#"]))


def op_labels(ops: pd.DataFrame) -> pd.Series:
    """Op names, with the module and program id added where one name appears in several programs."""
    names = ops["op"].astype(str)
    shared = names.duplicated(keep=False)
    extra = " (" + ops["module"].astype(str) + " #" + ops["program_id"].astype(str) + ")"
    return names.where(~shared, names + extra)


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows of ``frame`` as dicts by column name (pandas-stubs types the keys as any hashable)."""
    return cast("list[dict[str, Any]]", frame.to_dict("records"))


def chip_lines(report: Report) -> list[tuple[str, str]]:
    chip = report.chip
    if chip.source == "measured":
        where = chip.notes.split(";")[0].removeprefix("measured on ").split(" in ")[0].replace(" (", ", ")
        where = where.removesuffix(")") if where.count("(") < where.count(")") else where
        source = f"measured on this machine ({where})" if where else SOURCE_WORDS["measured"]
    else:
        source = f"from {SOURCE_WORDS.get(chip.source, chip.source)}"
    dtype = "f32" if chip.kind == "cpu" else "bf16"
    memory = "memory" if chip.kind == "cpu" else "HBM"
    link = bound_word("ici", chip)
    peaks = [
        f"{units.si(chip.peak_flops_per_s, 'FLOP/s')} {dtype}",
        f"{units.si(chip.peak_int8_flops_per_s, 'OP/s')} int8",
        f"{memory} {units.si(chip.hbm_bytes_per_s, 'B/s')}",
        f"{link} {units.si(chip.ici_bytes_per_s, 'B/s')}",
        f"ridge {units.number(chip.ridge_flops_per_byte)} FLOPs/byte",
    ]
    if known(chip.host_link_bytes_per_s):
        peaks.append(f"host link {units.si(chip.host_link_bytes_per_s, 'B/s')} each way")
    return [("chip", f"{chip.name} — roofline {source}"), ("peaks", " · ".join(peaks))]


def _step_line(report: Report) -> str:
    s, steps = report.summary, report.steps
    times = pd.to_numeric(steps["measured_s"], errors="coerce")
    if not s.get("steps"):
        why = "--step whole" if report.step_selection == "whole" else "no step annotations"
        return f"{why}: the whole profile ({units.seconds(s.get('step_s_mean'))}) is one step"
    which = "all" if report.step_selection == "all" else f"step {report.step_selection}"
    spread = ""
    if len(times) > 1:
        spread = f" (min {units.seconds(times.min())}, max {units.seconds(times.max())})"
    names = ", ".join(sorted({str(n) for n in steps["name"]}))  # inferred steps: where they come from
    what = f"{words.step_count_words(s)} (no step marks; {which})" if s.get("steps_inferred_from") else (
        f"{s['steps']} × '{names}' ({which})")  # fmt: skip
    return f"{what} · {units.seconds(s.get('step_s_mean'))}/step measured{spread}"


def _theory_line(report: Report) -> str:
    s = report.summary
    step, bound, ops = s.get("step_s_mean"), s.get("theory_step_s"), s.get("op_theory_s")
    unpriced = words.unpriced_words(s)
    if not known(bound) and not known(ops):
        return unpriced or "unknown: no op has a cost model"
    by = str(s.get("bound_by") or "")
    which = f"{bound_word(by, report.chip)}-bound; " if by and by != "none" else ""
    parts = [f"{units.seconds(bound)}/step roofline bound ({which}compute, memory and links overlapped)"]
    parts.append(f"{units.seconds(ops)} with ops back to back at their rooflines")
    model = s.get("model_theory_step_s")
    if model is not None and report.model:
        parts.append(f"model {units.seconds(model)} ({report.model.get('model', '')})")
    line = " · ".join(parts)
    if unpriced:  # a part's theory is never passed off as the whole step's
        return f"{line} — {unpriced}"
    if known(step) and known(bound) and bound > 0:
        line += f" → the step takes {units.ratio(step / bound)} its bound"
    return line


def _time_line(report: Report) -> str:
    s = report.summary
    op_s = s.get("op_measured_s")
    by_bound = {k: v for k, v in (s.get("time_by_bound_s") or {}).items() if v}
    total = sum(by_bound.values()) or math.nan
    parts = [
        f"{bound_word(b, report.chip)} {units.seconds(v)} ({units.percent(v / total)})"
        for b, v in sorted(by_bound.items(), key=lambda kv: -kv[1])
    ]
    idle = s.get("idle_s_mean")
    line = f"{units.seconds(op_s)}/step in ops: " + (", ".join(parts) or "none")
    step = s.get("step_s_mean")
    if known(op_s) and known(step) and op_s > step * 1.05:
        line += f" (ops overlap on several threads or streams: {units.ratio(div(op_s, step))} the step)"
    line += f" · idle {units.seconds(idle)} ({units.percent(div(idle, s.get('step_s_mean')))} of the step)"
    return f"{line} · {words.efficiency_words(s)}"


def _kinds_line(report: Report, shown: int = 4) -> str:
    """Op time per step by kind of op (category), largest first, with each kind's efficiency."""
    ops = report.ops
    priced = ops["measured_per_step_s"].where(ops["theory_per_step_s"].notna())
    kinds = (
        ops.assign(kind=ops["category"].fillna("").replace("", "other"), priced_s=priced)
        .groupby("kind")[["measured_per_step_s", "theory_per_step_s", "priced_s"]]
        .sum(min_count=1)
        .sort_values("measured_per_step_s", ascending=False)
    )
    total = float(kinds["measured_per_step_s"].sum()) or math.nan
    parts = [  # a kind's efficiency is over its priced ops' time: unpriced time has no theory
        f"{kind} {units.seconds(time)} ({units.percent(time / total)}, at "
        f"{units.percent(div(theory, priced))} of roofline)"
        for kind, (time, theory, priced) in kinds.head(shown).iterrows()
    ]
    rest = len(kinds) - shown
    return " · ".join(parts) + (f" · {rest} more kinds" if rest > 0 else "")


def report_view(report: Report, top: int) -> View:
    s = report.summary
    header = [("verdict", " ".join(headline(report)))]
    header += [("run", f"{report.run} ({report.platform}) · {report.path}"), *chip_lines(report)]
    header += [("steps", _step_line(report)), ("theory", _theory_line(report)), ("time", _time_line(report))]
    header.append(("kinds", _kinds_line(report)))
    rule = report.flag_rule
    header.append(
        (
            "flagged",
            f"{s.get('flagged', 0)} ops recover ≥ {units.percent(rule.min_step_share)} of the step each "
            f"and run below {units.percent(rule.max_efficiency)} of their roofline",
        )
    )
    flagged = report.ops[report.ops["flag"].astype(bool)]
    said = min(top, MAX_FLAG_SENTENCES)
    labels = op_labels(report.ops)
    flagged = flagged.assign(label=labels[flagged.index])
    sentences = [flag_sentence(row, report.chip) for row in _records(flagged.head(said))]
    if len(flagged) > said:
        sentences.append(
            f"… and {len(flagged) - said} more flagged (the table above; --format csv for every op)"
        )
    return View(
        title=f"perfdiff · {report.run}",
        header=header,
        grids=[ops_grid(report, top), steps_grid(report)],
        sentences_title="Flags",
        sentences=sentences,
        notes=notes(report),
        lead_title="Advice",
        lead=advice_lines(report),
    )


def advice_lines(report: Report) -> list[str]:
    """The report's advice, ranked: each item's message as it is (written once in perfdiff/advice/), then
    its confidence."""
    return [f"{item['message']} (confidence: {item['confidence']})" for item in report.advice]


OP_GRID = ["calls_per_step", "measured_per_step_s", "theory_per_step_s", "efficiency", "gap_per_step_s",
           "share_of_step", "source"]  # fmt: skip


def ops_grid(report: Report, top: int) -> Grid:
    ops = report.ops
    shown = _records(ops.head(top).assign(label=op_labels(ops).head(top)))
    cells: dict[str, Cell] = {
        "op": lambda op: str(op["label"]),
        "category": lambda op: str(op["category"] or op["opcode"] or ""),
        "bound": lambda op: bound_word(str(op["bound"]), report.chip),
        "source": lambda op: words.where_words(op, parts=1),
    }
    footer = f"{len(ops)} ops; per step and device, ranked by recoverable time (gap = time − roofline)"
    names: list[str | tuple[str, Cell]] = [RANK, "op", "category", "bound", *OP_GRID]
    return grid(tables.OPS, names, shown, title="Top ops by recoverable time", footer=footer, cells=cells)


def steps_grid(report: Report) -> Grid:
    steps = report.steps
    names: list[str | tuple[str, Cell]] = ["step", "measured_s", "op_s", "idle_s", "theory_s", "bound_s"]
    names += ["model_theory_s"] if "model_theory_s" in steps.columns else []
    unpriced = steps.get("unpriced_share", pd.Series(dtype=float))  # absent: nothing to show
    if (pd.to_numeric(unpriced, errors="coerce") > 0).any():
        names.append("unpriced_share")  # their theory covers only the priced ops
    footer = f"… {len(steps) - MAX_STEP_ROWS} more steps" if len(steps) > MAX_STEP_ROWS else ""
    footer = footer or "busiest device of each step; bound = the busiest resource's roofline total"
    rows = _records(steps.head(MAX_STEP_ROWS))
    cells: dict[str, Cell] = {"step": lambda s: str(s["step"]) if s["step"] >= 0 else "(all)"}
    return grid(tables.STEPS, names, rows, title="Steps", footer=footer, cells=cells)


def notes(report: Report) -> list[str]:
    out = list(report.warnings)
    ops = report.ops
    return out + words.unpriced_note(ops, report.summary)


def known(value: Any) -> TypeGuard[float]:
    """A finite number (not None, NaN or a string)."""
    return isinstance(value, int | float) and math.isfinite(value)


def div(a: Any, b: Any) -> float:
    """a / b, or NaN when either is unknown or b is 0."""
    return a / b if known(a) and known(b) and b else math.nan
