"""Draw a ``View`` on a terminal with rich (plain text, no colour, when stdout is not a terminal)."""

from __future__ import annotations

import io
import os
import sys
from typing import TextIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from perfdiff.cli.report_view import Grid, View

PIPE_WIDTH = 160  # columns when stdout is a file or a pipe (rich would assume 80)


def console() -> Console:
    """A console for ad-hoc tables: no wrapping at rich's default 80 columns when not a terminal."""
    return Console(highlight=False, soft_wrap=False, width=None if sys.stdout.isatty() else 200)


def write(view: View, stream: TextIO | None = None) -> None:
    """Draw ``view`` on ``stream`` (default stdout): in colour at the terminal's width on a terminal;
    else as plain text, COLUMNS (default 160) wide, without trailing blanks."""
    stream = stream or sys.stdout
    if hasattr(stream, "isatty") and stream.isatty():
        render(view, Console(file=stream, highlight=False, emoji=False))
        return
    buffer = io.StringIO()
    width = int(os.environ.get("COLUMNS") or PIPE_WIDTH)
    render(view, Console(file=buffer, width=width, highlight=False, emoji=False, color_system=None))
    stream.write("\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n")


def render(view: View, console: Console) -> None:
    console.print(Text(view.title, style="bold"))
    header = Table.grid(padding=(0, 2))
    header.add_column(style="bold cyan", no_wrap=True)
    header.add_column(overflow="fold")
    for label, text in view.header:
        header.add_row(label, text)
    console.print(header)
    if view.lead:
        console.print()
        console.print(Text(view.lead_title, style="bold"))
        console.print(_numbered(view.lead))
    for grid in view.grids:
        console.print()
        console.print(_table(grid))
    if view.sentences:
        console.print()
        console.print(Text(view.sentences_title, style="bold"))
        console.print(_bullets(view.sentences, "•", ""))
    if view.notes:
        console.print()
        console.print(Text("Notes", style="bold"))
        console.print(_bullets(view.notes, "!", "yellow"))


def _bullets(lines: list[str], mark: str, style: str) -> Table:
    """Bulleted lines that wrap under their text, not under the bullet."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold", style=style)
    for line in lines:
        grid.add_row(f"  {mark}", line)
    return grid


def _numbered(lines: list[str]) -> Table:
    """Numbered lines that wrap under their text."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, justify="right")
    grid.add_column(overflow="fold")
    for number, line in enumerate(lines, start=1):
        grid.add_row(f"  {number}.", Text(line))  # Text: brackets in op names are not rich markup
    return grid


def _table(grid: Grid) -> Table:
    table = Table(
        title=grid.title,
        title_justify="left",
        title_style="bold",
        caption=grid.footer,
        caption_justify="left",
        box=box.SIMPLE_HEAD,
        pad_edge=False,
    )
    for name, numeric in zip(grid.columns, grid.numeric, strict=True):
        wide = name in ("op", "where")
        table.add_column(name, justify="right" if numeric else "left", no_wrap=not wide, overflow="fold")
    for row in grid.rows:
        table.add_row(*row)
    return table
