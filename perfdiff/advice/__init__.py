"""Advice: what to change in a step, with the time it buys — rules over a Report's tables.

``advise(report, card)`` runs the rules of ``registry.RULES`` (one small module per rule or family:
``donate``, ``jit``, ``transfers`` (overlap, host), ``fusion`` (host callbacks, dtype round trips,
layout copies), ``overhead``, ``serving`` (batch, quantize from the LLM step theory), ``trust``
(cost_suspect)) and returns the report's ``advice`` list: rows of ``report.advice_tables.ADVICE``,
ranked by the time per step each change is predicted to save. Every item names its ops and the numbers
it used; its ``message`` is the text every view shows. ``perfdiff.analyze`` calls it last.
"""

from __future__ import annotations

from perfdiff.advice.registry import RULES, advise

__all__ = ["RULES", "advise"]
