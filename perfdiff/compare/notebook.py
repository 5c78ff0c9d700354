"""A Diff in a notebook: its short ``repr`` and its HTML (the verdict and the sentences ``compare/``
wrote, the step figures, the largest changes by op and by source line, under the registry's
headings, numbers written by ``perfdiff.units``). Functions take the Diff as an argument (``diff.py``
calls them; this module does not import it)."""

from __future__ import annotations

import html
from typing import Any

from perfdiff import units
from perfdiff.report import diff_tables
from perfdiff.report.columns import Table
from perfdiff.report.notebook import STYLE

TOP_OPS = 10
OP_COLUMNS = ["op", "match", "measured_base_s", "measured_new_s", "delta_measured_s", "measured_change",
              "delta_work_s", "delta_efficiency_s", "status", "reason", "source"]  # fmt: skip
SOURCE_COLUMNS = ["source", "ops", "measured_base_s", "measured_new_s", "delta_measured_s", "delta_work_s",
                  "delta_efficiency_s"]  # fmt: skip
SUMMARY_FIGURES = ["step_base_s", "step_new_s", "delta_step_s", "step_change", "verdict"]
_TEXT_KINDS = ("text", "source")


def diff_repr(diff: Any) -> str:
    """One line: the two runs, their step times and the verdict."""
    s = diff.summary
    change = units.cell(s.get("step_change"), _summary("step_change"))
    return (
        f"<perfdiff Diff {diff.base.run!r} → {diff.new.run!r}: {units.seconds(s.get('step_base_s'))} → "
        f"{units.seconds(s.get('step_new_s'))}/step ({change}), {s.get('verdict')}>"
    )


def _summary(name: str) -> Any:
    return diff_tables.SUMMARY[name]


def _op_name(row: dict[str, Any]) -> str:
    new, base = row.get("op_new"), row.get("op_base")
    return str(new or base) if not (new and base and new != base) else f"{base} → {new}"


def _table(table: Table, names: list[str], rows: list[dict[str, Any]], title: str) -> str:
    def column_kind(name: str) -> str:
        return "t" if name == "op" or table[name].kind in _TEXT_KINDS else ""

    def heading(name: str) -> str:
        return "op" if name == "op" else table[name].heading

    def text(name: str, row: dict[str, Any]) -> str:
        if name == "op":
            return _op_name(row)
        if name == "source":
            return units.short_source(row.get("source"), parts=2)
        return units.cell(row.get(name), table[name])

    head = "".join(f'<th class="{column_kind(n)}">{html.escape(heading(n))}</th>' for n in names)
    body = "".join(
        "<tr>"
        + "".join(f'<td class="{column_kind(n)}">{html.escape(text(n, r))}</td>' for n in names)
        + "</tr>"
        for r in rows
    )
    return f"<table><caption>{html.escape(title)}</caption><tr>{head}</tr>{body}</table>"


def _largest(frame: Any, top: int) -> list[dict[str, Any]]:
    order = frame["delta_measured_s"].abs().sort_values(ascending=False, kind="stable").index[:top]
    return frame.loc[sorted(order)].to_dict("records")


def diff_html(diff: Any, top: int = TOP_OPS) -> str:
    """The diff as notebook HTML."""
    s = diff.summary
    figures = "".join(
        f'<tr><th class="t">{html.escape(_summary(n).heading)}</th>'
        f'<td class="t">{html.escape(units.cell(s.get(n), _summary(n)))}</td></tr>'
        for n in SUMMARY_FIGURES
    )
    runs = f"{diff.base.run} ({diff.base.chip.name}) → {diff.new.run} ({diff.new.chip.name})"
    parts = [
        STYLE,
        '<div class="perfdiff">',
        f"<p><b>perfdiff · {html.escape(runs)}</b></p>",
        f"<p>{html.escape(diff.headline)}</p>",
        "<ul>" + "".join(f"<li>{html.escape(line)}</li>" for line in diff.sentences) + "</ul>",
        f"<table>{figures}</table>",
        _table(diff_tables.OPS, OP_COLUMNS, _largest(diff.ops, top), "Largest changes (per step and device)"),
        _table(
            diff_tables.SOURCES,
            SOURCE_COLUMNS,
            _largest(diff.by_source(), min(top, 5)),
            "Largest changes by source line",
        ),  # fmt: skip
    ]
    parts += [f"<p>{html.escape(w)}</p>" for w in diff.warnings]
    parts.append("</div>")
    return "".join(parts)
