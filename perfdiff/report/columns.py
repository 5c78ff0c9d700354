"""Column registries: each table of the report written down once, as data.

A ``Column`` is a name, a JSON type, a unit, a one-line doc, a short label for table headers and the
``kind`` of display a renderer formats it with. A ``Table`` is an ordered tuple of them. From a table
come the column list of its DataFrame, the lines of the docstrings that describe it, its JSON schema
and the labels and formats of the CLI and plugin tables: adding a column is one line in
``report/tables.py`` or ``report/diff_tables.py``.

Display kinds (how ``perfdiff/units.py`` and ``tensorboard/static/format.js`` turn a value into text):
``seconds``, ``delta_seconds`` (signed), ``percent`` (a fraction), ``delta_percent`` (signed), ``si``
(a decimal prefix before the column's ``unit``), ``number`` (counts, ratios of counts, intensities),
``ratio`` (a multiplier, ×), ``source`` (the file:line's last path part), ``text``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

KINDS = ("seconds", "delta_seconds", "percent", "delta_percent", "si", "number", "ratio", "source", "text")
# JSON types per dtype; "id" is an unsigned 64-bit integer written as a decimal string (TPU program ids
# exceed 2**53, where JavaScript numbers round).
_JSON_TYPES = {"float": "number", "int": "integer", "str": "string", "bool": "boolean", "id": "string"}


@dataclass(frozen=True)
class Column:
    """One column: ``dtype`` is "float", "int", "str", "bool", "id" (a decimal-string integer),
    "object" (a nested ``table``; else a map to ``values``, or any object) or "list" (rows of
    ``table``, or ``values``); ``unit`` is the SI
    unit of the values ("s", "FLOPs", "bytes", "FLOP/s", "bytes/s", "FLOPs/byte", "fraction", "count",
    "ratio", "" for words); ``show`` is the unit the display prints after a decimal prefix (kind
    "si")."""

    name: str
    dtype: str
    unit: str
    doc: str
    label: str = ""
    kind: str = "text"
    show: str = ""
    nullable: bool = False  # null stands for NaN: unknown
    required: bool = True
    minimum: float | None = None
    maximum: float | None = None
    enum: tuple[Any, ...] | None = None
    table: Table | None = None
    values: str = ""  # dtype "object" without a table: the JSON type of its values

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"column {self.name}: unknown display kind {self.kind!r}")
        if self.dtype not in ("object", "list") and self.dtype not in _JSON_TYPES:
            raise ValueError(f"column {self.name}: unknown dtype {self.dtype!r}")

    @property
    def heading(self) -> str:
        """The label a table header shows (the name when no label was given)."""
        return self.label or self.name

    def describe(self) -> str:
        """``name (unit): doc`` — one line of a docstring."""
        unit = f" ({self.unit})" if self.unit else ""
        values = f" [{' | '.join(map(str, self.enum))}]" if self.enum and len(self.enum) > 1 else ""
        optional = "" if self.required else " Only in some reports."
        return f"{self.name}{unit}{values}: {self.doc}{optional}"

    def schema(self) -> dict[str, Any]:
        """This column's JSON schema."""
        if self.dtype == "object" and self.table is not None:
            spec = self.table.schema()
            spec = {"anyOf": [spec, {"type": "null"}]} if self.nullable else spec
        elif self.dtype == "object":
            spec = {"type": ["object", "null"] if self.nullable else "object"}
            if self.values:
                spec["additionalProperties"] = {"type": _JSON_TYPES[self.values]}
        elif self.dtype == "list":
            items = self.table.schema() if self.table is not None else {"type": _JSON_TYPES[self.values]}
            spec = {"type": "array", "items": items}
        elif self.enum is not None and len(self.enum) == 1 and not self.nullable:
            spec = {"const": self.enum[0]}
        elif self.enum is not None:
            spec = {"enum": [*self.enum, *([None] if self.nullable else [])]}
        else:
            kind = _JSON_TYPES[self.dtype]
            spec = {"type": [kind, "null"] if self.nullable else kind}
            if self.dtype == "id":
                spec["pattern"] = "^[0-9]+$"
        if self.minimum is not None:
            spec["minimum"] = self.minimum
        if self.maximum is not None:
            spec["maximum"] = self.maximum
        if self.doc:
            spec["description"] = f"{self.doc} ({self.unit})" if self.unit else self.doc
        return spec

    def display(self) -> dict[str, str]:
        """What a renderer needs to show it: name, label, kind, unit shown, and a title (the doc)."""
        return {"name": self.name, "label": self.heading, "kind": self.kind, "show": self.show,
                "title": self.describe()}  # fmt: skip


@dataclass(frozen=True)
class Table:
    """An ordered set of columns: a DataFrame's columns, or the keys of a JSON object."""

    name: str
    doc: str
    columns: tuple[Column, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        names = [c.name for c in self.columns]
        if len(set(names)) != len(names):
            raise ValueError(f"table {self.name}: a column name repeats")

    def __iter__(self) -> Iterator[Column]:
        return iter(self.columns)

    def __getitem__(self, name: str) -> Column:
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(f"table {self.name} has no column {name!r}")

    def __contains__(self, name: object) -> bool:
        return any(column.name == name for column in self.columns)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def of(self, dtype: str) -> list[str]:
        """The names of the columns of one dtype ("str": the text columns)."""
        return [c.name for c in self.columns if c.dtype == dtype]

    def describe(self, indent: str = "    ") -> str:
        """The table for a docstring: its doc, then one line per column."""
        lines = [f"``{self.name}`` — {self.doc}"]
        lines += [indent + column.describe() for column in self.columns]
        return "\n".join(lines)

    def schema(self) -> dict[str, Any]:
        """The JSON schema of one row (an object with exactly these keys)."""
        return {
            "type": "object",
            "properties": {c.name: c.schema() for c in self.columns},
            "required": [c.name for c in self.columns if c.required],
            "additionalProperties": False,
            "description": self.doc,
        }

    def display(self) -> dict[str, dict[str, str]]:
        return {c.name: c.display() for c in self.columns}


def describe_all(*tables: Table) -> str:
    """Several tables for a module's docstring, each under its own line."""
    return "\n\n" + "\n\n".join(table.describe() for table in tables) + "\n"
