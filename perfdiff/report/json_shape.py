"""Check JSON data against perfdiff's JSON schemas, before anything reads it.

A saved ``perfdiff.report.json`` is a file on disk: truncated, hand-edited, from another tool. Reading
one back (``Report.from_dict``) must turn every malformed one into a PerfdiffError, not an
AttributeError three calls later in a renderer. The schemas (``schemas.report_schema()``, made from the
column registries) already say what a valid document is; ``problem`` checks the keywords they use —
``type``, ``const``, ``enum``, ``pattern``, ``properties``, ``required``, ``items``,
``additionalProperties`` (false, or a schema for every other key) — without the ``jsonschema``
package (a test dependency only). ``minimum`` is not enforced: a value out of range is odd, not
unreadable.
"""

from __future__ import annotations

import json
import re
from typing import Any

_TYPES: dict[str, Any] = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "integer": lambda v: (
        (isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer())
    ),
}


def problem(data: Any, spec: dict[str, Any], where: str = "$") -> str:
    """What makes ``data`` invalid under ``spec`` ("<path>: <what>"), or "" when it is valid."""
    kinds = spec.get("type")
    if kinds is not None:
        kinds = [kinds] if isinstance(kinds, str) else kinds
        if not any(_TYPES[kind](data) for kind in kinds):
            return f"{where}: expected {' or '.join(kinds)}, got {_show(data)}"
    if "const" in spec and data != spec["const"]:
        return f"{where}: expected {spec['const']!r}, got {_show(data)}"
    if "enum" in spec and data not in spec["enum"]:
        return f"{where}: expected one of {spec['enum']}, got {_show(data)}"
    if "pattern" in spec and isinstance(data, str) and not re.search(spec["pattern"], data):
        return f"{where}: {_show(data)} does not match {spec['pattern']}"
    if isinstance(data, dict):
        missing = [key for key in spec.get("required", ()) if key not in data]
        if missing:
            return f"{where}: lacks {', '.join(missing)}"
        others = spec.get("additionalProperties")
        extra = [key for key in data if key not in spec.get("properties", {})]
        if others is False and extra:
            return f"{where}: unexpected {', '.join(map(str, extra[:3]))}"
        if isinstance(others, dict):
            for key in extra:
                if found := problem(data[key], others, f"{where}.{key}"):
                    return found
        for key, sub in spec.get("properties", {}).items():
            if key in data and (found := problem(data[key], sub, f"{where}.{key}")):
                return found
    if isinstance(data, list) and isinstance(spec.get("items"), dict):
        for i, item in enumerate(data):
            if found := problem(item, spec["items"], f"{where}[{i}]"):
                return found
    return ""


def _show(value: Any) -> str:
    text = json.dumps(value)
    return text if len(text) <= 40 else text[:37] + "..."
