"""perfdiff: where a JAX step's time goes, and how far each op is from what the hardware could do.

The stages, each usable on its own and each handing the next plain pandas tables::

    perfdiff.capture.train(...) / .decode(...) / .trace(...)
                            JAX steps -> logdir/plugins/profile/<run>/<host>.xplane.pb + run card
    perfdiff.load(path)     XPlane files -> Profile (events, steps, modules, devices, op_stats)
    perfdiff.analyze(p)     Profile -> Report (per-op roofline, bound, gap; steps; summary)
    perfdiff.diff(a, b)     two Reports -> op-level diff
    perfdiff.theory(...)    the analytic LLM step model (serving and training)
    perfdiff.sweep(...)     a grid of configurations captured, analysed and fitted beside the theory
    perfdiff.annotate(path) a copy of the run with perfdiff's verdicts for XProf's trace viewer

In a notebook a Profile, a Report and a Diff show themselves as HTML (summary, top ops, a small
roofline); ``report.plot()`` returns the roofline as a matplotlib figure.

Heavy stages are imported on first use so that ``import perfdiff`` stays cheap (the CLI's --help and
the TensorBoard loader import it).
"""

from __future__ import annotations

import typing as _typing
from importlib import import_module as _import_module

from perfdiff.errors import PerfdiffError

__version__ = "0.1.0"

__all__ = [
    "Diff",
    "PerfdiffError",
    "Profile",
    "Report",
    "analyze",
    "annotate",
    "capture",
    "diff",
    "load",
    "sweep",
    "theory",
]

# name -> (module, attribute or None for the module itself); resolved lazily by __getattr__.
# `capture` is the subpackage: importing perfdiff.capture binds that name on this package anyway.
_LAZY = {
    "load": ("perfdiff.parse.profile", "load"),
    "Profile": ("perfdiff.parse.profile", "Profile"),
    "analyze": ("perfdiff.attribution.analyze", "analyze"),
    "Report": ("perfdiff.report.report", "Report"),
    "diff": ("perfdiff.compare.diff", "diff"),
    "Diff": ("perfdiff.compare.diff", "Diff"),
    "theory": ("perfdiff.llm.theory", "theory"),
    "sweep": ("perfdiff.frontier.driver", "sweep"),
    "annotate": ("perfdiff.annotation.run", "annotate"),
    "capture": ("perfdiff.capture", None),
}

if _typing.TYPE_CHECKING:  # pragma: no cover - what type checkers see; at run time __getattr__ loads them
    from perfdiff.annotation.run import annotate
    from perfdiff.attribution.analyze import analyze
    from perfdiff.compare.diff import Diff, diff
    from perfdiff.frontier.driver import sweep
    from perfdiff.llm.theory import theory
    from perfdiff.parse.profile import Profile, load
    from perfdiff.report.report import Report


def __getattr__(name: str) -> object:
    try:
        module, attr = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'perfdiff' has no attribute {name!r}") from None
    loaded = _import_module(module)
    value = loaded if attr is None else getattr(loaded, attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The public API (``__all__``) and the version: what ``dir(perfdiff)`` and tab completion show."""
    return sorted([*__all__, "__version__"])
