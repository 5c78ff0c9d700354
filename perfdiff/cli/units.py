"""Human units for the renderers: ``perfdiff.report.units``, where they live so that the diff's
sentences (written in ``compare/``) spell numbers exactly as the views do."""

from __future__ import annotations

from perfdiff.report.units import DASH, cell, number, percent, ratio, seconds, short_source, show, si

__all__ = ["DASH", "cell", "number", "percent", "ratio", "seconds", "short_source", "show", "si"]
