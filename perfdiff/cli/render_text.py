"""Markdown (a ``View``) and CSV (a table's every column, SI units) for files, CI logs and scripts."""

from __future__ import annotations

import io

import pandas as pd

from perfdiff.cli.report_view import Grid, View


def markdown(view: View) -> str:
    lines = [f"## {view.title}", ""]
    lines += [f"- **{label}**: {_escape(text)}" for label, text in view.header]
    if view.lead:
        lines += ["", f"### {view.lead_title}", ""]
        lines += [f"{number}. {_escape(line)}" for number, line in enumerate(view.lead, start=1)]
    for grid in view.grids:
        lines += ["", f"### {grid.title}", "", *_grid(grid)]
        if grid.footer:
            lines += ["", f"_{_escape(grid.footer)}_"]
    if view.sentences:
        lines += ["", f"### {view.sentences_title}", ""]
        lines += [f"- {_escape(sentence)}" for sentence in view.sentences]
    if view.notes:
        lines += ["", "### Notes", ""]
        lines += [f"- {_escape(note)}" for note in view.notes]
    return "\n".join(lines) + "\n"


def _grid(grid: Grid) -> list[str]:
    head = "| " + " | ".join(_cell(c) for c in grid.columns) + " |"
    rule = "|" + "|".join("---:" if numeric else "---" for numeric in grid.numeric) + "|"
    body = ["| " + " | ".join(_cell(c) for c in row) + " |" for row in grid.rows]
    return [head, rule, *body]


def _cell(text: str) -> str:
    return _escape(text).replace("|", "\\|") or " "


def _escape(text: str) -> str:
    return text.replace("\n", " ")


def csv(frame: pd.DataFrame) -> str:
    """Every column, SI units, NaN as an empty field."""
    out = io.StringIO()
    frame.to_csv(out, index=False)
    return out.getvalue()
