"""What a diff says, in words and formatted cells (see ``report_view`` for the shapes)."""

from __future__ import annotations

import re
from typing import Any

from perfdiff.chips.table import Chip
from perfdiff.cli.report_view import RANK, Cell, Grid, View, bound_word, chip_lines, grid, known
from perfdiff.compare.diff import Diff
from perfdiff.report import diff_tables, tables, units
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
MAX_SENTENCES = 8
MAX_SOURCES = 5
_SHAPE = re.compile(r"[a-z]+\d*[a-z\d]*\[[\d,]*\]")


def _run_line(report: Report) -> str:
    s = report.summary
    return (
        f"{report.run} · {report.chip.name} · {step_count_words(s)} · "
        f"{units.seconds(s.get('step_s_mean'))}/step · {report.path}"
    )


def diff_view(result: Diff, top: int) -> View:
    s = result.summary
    header = [("base", _run_line(result.base)), ("new", _run_line(result.new))]
    if result.base.chip.name == result.new.chip.name:
        header += chip_lines(result.new)[:1]
    change = units.percent(s["step_change"], signed=True)
    step = (
        f"{units.seconds(s['step_base_s'])} → {units.seconds(s['step_new_s'])}: "
        f"{units.seconds(s['delta_step_s'], signed=True)}/step ({change})"
    )
    noise = s.get("step_noise_s")
    if known(noise) and noise > 0:
        within = abs(s["delta_step_s"]) <= noise
        step += f" · step jitter ±{units.seconds(noise)}{' — within noise' if within else ''}"
    drift = s.get("drift")
    if known(drift) and abs(drift - 1) >= 0.05:
        step += (
            f" · ops whose work did not change took {units.ratio(drift)} as long (run-wide drift: "
            "a busier or differently clocked machine; taken out before judging each op)"
        )
    header.append(("step", step))
    header.append(("roofline", _theory_line(s)))
    header.append(
        (
            "ops",
            f"{units.seconds(s['delta_ops_s'], signed=True)}/step of op time = "
            f"{units.seconds(s['delta_work_s'], signed=True)} from changed work "
            f"{units.seconds(s['delta_efficiency_s'], signed=True)} from efficiency",
        )
    )
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
            "changes",
            f"{s['regressed']} ops regressed, {s['improved']} improved above noise (an op's floor: the "
            f"largest of {units.percent(rule.min_step_share)} of the base step, "
            f"{units.percent(rule.min_relative)} of its time, and the steps' jitter); "
            f"{s['work_changed']} ops do different work",
        )
    )
    return View(
        title=f"perfdiff · {result.base.run} → {result.new.run}",
        header=header,
        grids=[diff_grid(result, top), source_grid(result, min(top, MAX_SOURCES))],
        sentences_title="What changed",
        sentences=diff_sentences(result),
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
    return ops.loc[sorted(order)].to_dict("records")


DIFF_GRID = ["match", "category", "measured_base_s", "measured_new_s", "delta_measured_s", "measured_change",
             "delta_work_s", "delta_efficiency_s", "status", "source"]  # fmt: skip
SOURCE_GRID = ["source", "ops", "measured_base_s", "measured_new_s", "delta_measured_s", "delta_work_s",
               "delta_efficiency_s", "regressed", "improved"]  # fmt: skip


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
    rows = table.loc[sorted(order)].to_dict("records")
    cells: dict[str, Cell] = {"source": lambda row: units.short_source(row["source"], parts=3)}
    footer = "op changes summed per source line: small per-op changes add up here"
    return grid(diff_tables.SOURCES, SOURCE_GRID, rows, title="Largest changes by source line", footer=footer,
                cells=cells)  # fmt: skip


def shape_change(before: str | None, after: str | None) -> str:
    """The shapes that differ between two signatures: 'f32[256,512] → f32[256,2048]'."""
    old, new = _SHAPE.findall(before or ""), _SHAPE.findall(after or "")
    if len(old) != len(new):
        return f"{before} → {after}"
    pairs = dict.fromkeys((a, b) for a, b in zip(old, new, strict=True) if a != b)
    return ", ".join(f"{a} → {b}" for a, b in pairs)


def op_label(op: dict[str, Any]) -> str:
    new, base = op.get("op_new"), op.get("op_base")
    if new and base and new != base:
        return f"{new} (was {base})"
    return str(new or base)


def diff_sentences(result: Diff) -> list[str]:
    """Plain words for the largest changes that are real: above noise, or a change of the op's work
    (certain whatever the timing noise: the compiled program differs), or an op added or removed."""
    ops = result.ops
    real = (ops["above_noise"] & ops["status"].ne("unchanged")) | ops["work_changed"]
    real |= ops["status"].isin(["added", "removed"])
    rows = ops[real].reindex(ops.loc[real, "delta_measured_s"].abs().sort_values(ascending=False).index)
    out = [change_sentence(op, result.new.chip) for op in rows.head(MAX_SENTENCES).to_dict("records")]
    if len(rows) > MAX_SENTENCES:
        out.append(f"… and {len(rows) - MAX_SENTENCES} more (--format csv lists every op)")
    if not out:
        out.append("no op changed by more than its noise floor")
        s = result.summary
        noise = s.get("step_noise_s")
        if known(noise) and abs(s["delta_step_s"]) > noise and abs(s.get("delta_work_s") or 0) < noise:
            out.append(
                f"yet the step moved {units.percent(s['step_change'], signed=True)} with the same work: the "
                "change is spread thinly over many ops (a busier or differently clocked machine?)"
            )
    return out


def change_sentence(op: dict[str, Any], chip: Chip) -> str:
    where = ", ".join(filter(None, [units.short_source(op.get("source")), op.get("op_name") or ""]))
    subject = f"{op_label(op)} ({op.get('category') or op.get('opcode')}{', ' + where if where else ''})"
    delta = op["delta_measured_s"]
    share = units.percent(op["share_of_step"], signed=True)
    size = f"{units.seconds(abs(delta))}/step ({share} of the base step)"
    if op["status"] == "added":
        return f"{subject} is new: {size}, {bound_word(str(op['bound_new']), chip)}-bound"
    if op["status"] == "removed":
        return f"{subject} is gone: {size} saved"
    verb = "regressed" if delta > 0 else "improved"
    text = f"{subject} {verb} by {size}{'' if op['above_noise'] else ' (within noise)'}"
    if op["work_changed"] and known(op["work_ratio"]):
        text += f": its work changed {units.ratio(op['work_ratio'])}"
        if op["signature_base"] != op["signature_new"]:
            text += f" ({shape_change(op['signature_base'], op['signature_new'])})"
    text += (
        f"; {units.seconds(op['delta_work_s'], signed=True)} from work, "
        f"{units.seconds(op['delta_efficiency_s'], signed=True)} from efficiency "
        f"({units.percent(op['efficiency_base'])} → {units.percent(op['efficiency_new'])} of roofline)"
    )
    return text
