"""A Report in a notebook: its short ``repr``, its HTML (summary, top ops, a small roofline) and its
roofline figure (``Report.plot()``).

Headings are the column registry's (``report.tables``), numbers are written by ``perfdiff.units`` and
bounds named by ``report.vocabulary``, so a figure reads as it does in the CLI and the plugin. The
roofline is an inline SVG drawn by matplotlib: no JavaScript, so it shows in any notebook viewer.
Functions take the Report as an argument (``report.py`` calls them; this module does not import it).
"""

from __future__ import annotations

import html
import io
from typing import Any

from perfdiff import units
from perfdiff.report import words
from perfdiff.report.columns import Table
from perfdiff.report.roofline_chart import bound_word, points, roofline_figure
from perfdiff.report.tables import OPS, SUMMARY

TOP_OPS = 10
# The top-ops table: the CLI's columns (cli/report_view.OP_GRID), under the registry's headings.
OP_COLUMNS = ["op", "category", "bound", "calls_per_step", "measured_per_step_s", "theory_per_step_s",
              "efficiency", "gap_per_step_s", "share_of_step", "source"]  # fmt: skip
_TEXT_KINDS = ("text", "source")
SUMMARY_FIGURES = ["step_s_mean", "theory_step_s", "op_measured_s", "efficiency", "idle_s_mean", "flagged"]
STYLE = (
    "<style>.perfdiff table{border-collapse:collapse;font-size:12px}"
    ".perfdiff td,.perfdiff th{padding:2px 8px;text-align:right}"
    ".perfdiff td.t,.perfdiff th.t{text-align:left}"
    ".perfdiff caption{text-align:left;font-weight:bold}</style>"
)


def top_op(report: Any) -> dict[str, Any] | None:
    """The op first in the report's ranking (the most recoverable time), or None."""
    return report.ops.iloc[0].to_dict() if len(report.ops) else None


def report_repr(report: Any) -> str:
    """One line: run, chip, steps, step time, and the top op with its gap."""
    s, op = report.summary, top_op(report)
    top = ""
    if op is not None:
        top = (
            f", top op {op['op']} ({bound_word(str(op['bound']), report.chip)}-bound, "
            f"gap {units.seconds(op['gap_per_step_s'])}/step)"
        )
    return (
        f"<perfdiff Report {report.run!r}: {report.chip.name}, {words.step_count_words(s)}, "
        f"{units.seconds(s.get('step_s_mean'))}/step{top}>"
    )


def _cells(table: Table, names: list[str], row: dict[str, Any], chip: Any) -> list[tuple[str, bool]]:
    """(text, is text) of each column of ``row``."""
    out = []
    for name in names:
        column = table[name]
        value = row.get(name)
        if name == "bound":
            text = bound_word(str(value), chip)
        elif name == "category":
            text = str(value or row.get("opcode") or "")
        elif name == "source":
            text = words.where_words(row, parts=1)
        else:
            text = units.cell(value, column)
        out.append((text, column.kind in _TEXT_KINDS))
    return out


def _table(table: Table, names: list[str], rows: list[dict[str, Any]], chip: Any, title: str) -> str:
    head = "".join(
        f'<th class="{"t" if table[n].kind in _TEXT_KINDS else ""}" title="{html.escape(table[n].doc)}">'
        f"{html.escape(table[n].heading)}</th>"
        for n in names
    )
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="{"t" if t else ""}">{html.escape(text)}</td>'
            for text, t in _cells(table, names, r, chip)
        )
        + "</tr>"
        for r in rows
    )
    return f"<table><caption>{html.escape(title)}</caption><tr>{head}</tr>{body}</table>"


def summary_rows(report: Any) -> list[tuple[str, str]]:
    """(heading, text) of the summary: the run, its chip, its steps, then the headline figures."""
    s = report.summary
    rows = [
        ("run", f"{report.run} ({report.platform})"),
        ("chip", f"{report.chip.name} ({report.chip.source})"),
        (SUMMARY["steps"].heading, words.step_count_words(s)),
    ]
    rows += [(SUMMARY[name].heading, units.cell(s.get(name), SUMMARY[name])) for name in SUMMARY_FIGURES]
    rows.append(("bound by", bound_word(str(s.get("bound_by")), report.chip)))
    left_out = words.unpriced_words(s)
    if left_out:
        rows.append((SUMMARY["unpriced_share"].heading, left_out))
    return rows


def svg(figure: Any) -> str:
    """A matplotlib figure as inline SVG markup."""
    out = io.StringIO()
    figure.savefig(out, format="svg")
    text = out.getvalue()
    return text[text.index("<svg") :]


def report_html(report: Any, top: int = TOP_OPS) -> str:
    """The report as notebook HTML: summary, the ``top`` ops by recoverable time, a small roofline."""
    summary = "".join(
        f'<tr><th class="t">{html.escape(k)}</th><td class="t">{html.escape(v)}</td></tr>'
        for k, v in summary_rows(report)
    )
    ops = report.ops.head(top).to_dict("records")
    parts = [
        STYLE,
        '<div class="perfdiff">',
        f"<table><caption>perfdiff · {html.escape(report.run)}</caption>{summary}</table>",
        _table(
            OPS,
            OP_COLUMNS,
            ops,
            report.chip,
            f"Top ops by recoverable time (per step and device; {len(report.ops)} ops)",
        ),
    ]
    pts = points(report.ops, report.run)
    if len(pts.frame):
        parts.append(svg(roofline_figure(report.chip, [pts], size=(6, 4), dpi=72, labelled=3)))
    else:
        parts.append(f"<p>roofline: no op has both FLOPs and bytes ({pts.left_out} ops)</p>")
    notes = words.unpriced_note(report.ops, report.summary) + list(report.warnings)
    parts += [f"<p>{html.escape(n)}</p>" for n in notes]
    parts.append("</div>")
    return "".join(parts)


def plot(report: Any, size: tuple[float, float] = (9, 6)) -> Any:
    """The report's roofline chart as a matplotlib Figure (``roofline_chart.roofline_figure``)."""
    return roofline_figure(report.chip, [points(report.ops, report.run)], size=size)
