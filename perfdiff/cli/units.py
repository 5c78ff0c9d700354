"""The renderers' number formats: :mod:`perfdiff.units` (moved there so that the stages that
draw charts, such as ``frontier/plot.py``, format numbers the same way without importing the CLI)."""

from perfdiff.units import DASH, cell, number, percent, ratio, seconds, short_source, show, si

__all__ = ["DASH", "cell", "number", "percent", "ratio", "seconds", "short_source", "show", "si"]
