"""A diff drawn for the terminal: its verdict and sentences as ``compare/`` wrote them, the runs, the
matching and the grids of formatted cells (see ``report_view`` for the shapes)."""

from __future__ import annotations

from typing import Any, cast

from perfdiff.cli import units
from perfdiff.cli.report_view import RANK, Cell, Grid, View, chip_lines, grid, known
from perfdiff.compare.diff import Diff
from perfdiff.compare.sentences import op_label
from perfdiff.report import diff_tables, tables
from perfdiff.report.report import Report
from perfdiff.report.words import step_count_words

MATCH_WORDS = {
    "signature": "by source line and shapes",
    "moved": "by op and shapes (moved lines)",
    "reshaped": "by source line (shapes changed)",
    "op_name": "by JAX op",
    "shape": "by shapes only",
    "name": "by HLO name",
}
MAX_SOURCES = 5


def _run_line(report: Report) -> str:
    s = report.summary
    return (
        f"{report.run} · {report.chip.name} · {step_count_words(s)} · "
        f"{units.seconds(s.get('step_s_mean'))}/step · {report.path}"
    )


def diff_view(result: Diff, top: int) -> View:
    """The diff as the CLI draws it: the verdict (``result.headline``) and the sentences are the
    Diff's own, written in ``compare/``; this adds the runs, the roofline, the matching and the grids."""
    s = result.summary
    header = [("base", _run_line(result.base)), ("new", _run_line(result.new))]
    if result.base.chip.name == result.new.chip.name:
        header += chip_lines(result.new)[:1]
    header.append(("verdict", result.headline))
    header.append(("roofline", _theory_line(s)))
    levels = ", ".join(f"{n} {MATCH_WORDS.get(k, k)}" for k, n in s["matched_by"].items())
    header.append(
        (
            "matched",
            f"{s['matched']} of {s['ops_base']} base ops ({levels or 'none'}); "
            f"{s['added']} added, {s['removed']} removed",
        )
    )
    rule = result.noise
    header.append(
        (
            "ops",
            f"{s['regressed']} regressed, {s['improved']} improved, {s['inconclusive']} inconclusive (an "
            f"op's noise band: the largest of {units.percent(rule.min_step_share)} of the base step, "
            f"{units.percent(rule.min_relative)} of its time, and its spread across steps and devices); "
            f"{s['work_changed']} do different work",
        )
    )
    return View(
        title=f"perfdiff · {result.base.run} → {result.new.run}",
        header=header,
        grids=[diff_grid(result, top), source_grid(result, min(top, MAX_SOURCES))],
        sentences_title="What changed",
        sentences=list(result.sentences),
        notes=list(result.warnings),
    )


def _theory_line(s: dict[str, Any]) -> str:
    base, new = s.get("theory_step_base_s"), s.get("theory_step_new_s")
    line = f"{units.seconds(base)} → {units.seconds(new)}/step roofline bound"
    if known(base) and known(new) and base > 0:
        grew = new / base
        if abs(grew - 1) > 1e-3:
            line += f" (the work {'grew' if grew > 1 else 'shrank'} {units.ratio(grew)})"
        else:
            line += " (the same work)"
    model0, model1 = s.get("model_theory_base_s"), s.get("model_theory_new_s")
    if known(model0) and known(model1):
        line += f" · model {units.seconds(model0)} → {units.seconds(model1)}"
    return line


def top_rows(result: Diff, top: int) -> list[dict[str, Any]]:
    """The ``top`` ops with the largest |delta_measured_s|, largest regression first."""
    ops = result.ops
    order = ops["delta_measured_s"].abs().sort_values(ascending=False, kind="stable").index[:top]
    return cast("list[dict[str, Any]]", ops.loc[sorted(order)].to_dict("records"))


DIFF_GRID = ["match", "category", "measured_base_s", "measured_new_s", "delta_measured_s", "measured_change",
             "delta_work_s", "delta_efficiency_s", "status", "reason", "source"]  # fmt: skip
SOURCE_GRID: list[str | tuple[str, Cell]] = [
    "source", "ops", "measured_base_s", "measured_new_s", "delta_measured_s", "delta_work_s",
    "delta_efficiency_s", "regressed", "improved",
]  # fmt: skip


def diff_grid(result: Diff, top: int) -> Grid:
    footer = (
        f"{len(result.ops)} ops; per step and device; largest |Δ| first. Δ = Δ work (the op's work changed, "
        "priced at its time per unit of work) + Δ eff (the same work ran faster or slower)"
    )
    op: tuple[str, Cell] = (tables.OPS["op"].heading, op_label)
    cells: dict[str, Cell] = {"category": lambda row: str(row["category"] or row["opcode"] or "")}
    rows = top_rows(result, top)
    return grid(diff_tables.OPS, [RANK, op, *DIFF_GRID], rows, title="Largest changes", footer=footer,
                cells=cells)  # fmt: skip


def source_grid(result: Diff, top: int) -> Grid:
    table = result.by_source()
    order = table["delta_measured_s"].abs().sort_values(ascending=False, kind="stable").index[:top]
    rows = cast("list[dict[str, Any]]", table.loc[sorted(order)].to_dict("records"))
    cells: dict[str, Cell] = {"source": lambda row: units.short_source(row["source"], parts=3)}
    footer = "op changes summed per source line: small per-op changes add up here"
    return grid(diff_tables.SOURCES, SOURCE_GRID, rows, title="Largest changes by source line", footer=footer,
                cells=cells)  # fmt: skip
