"""Per-resource efficiencies fitted to a sweep's measured points, and what they predict.

The model is the calibrated step of :mod:`perfdiff.llm.calibration`: each point's roofline terms
(KV read, weight read, FLOPs, interconnect) divided by the efficiency of the resource it uses, plus a
fixed overhead per step. The fit minimises the squared relative error (prediction / measured − 1) over
the measured points, with every efficiency in (0, 1] (a machine cannot beat its peak: the inverse
efficiencies are bounded below by 1) and the overhead >= 0, by ``scipy.optimize.least_squares`` from
a few starting points (the max() of compute and weight read makes the cost piecewise smooth). A
resource no point's theory uses (no interconnect term with one device) is left out of the fit and
reported as null, and so are all when there are fewer measured points than unknowns.

Leave-one-out: each measured point is predicted by the fit on the others; the sweep reports each
signed error and the median and largest absolute ones — how far a prediction of an unmeasured point
can be trusted.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from perfdiff.llm.calibration import RESOURCES, Efficiency, StepTerms, calibrated_step_s

_MAX_INVERSE = 1e6  # efficiencies down to 1e-6 of peak


@dataclass(frozen=True)
class Fit:
    """A fitted Efficiency (None: not enough points), which resources it could tell, its in-sample
    median relative error and the measured points it used."""

    efficiency: Efficiency | None
    identified: tuple[str, ...]
    error: float | None
    points: int
    solution: tuple[float, ...] = ()  # the optimiser's answer: inverse efficiencies, then overhead (s)


def _columns(terms: Sequence[StepTerms]) -> dict[str, np.ndarray]:
    return {name: np.array([getattr(t, name) for t in terms], float) for name in ("kv_s", "param_s",
            "flops_s", "ici_s")}  # fmt: skip


def _identified(cols: dict[str, np.ndarray]) -> tuple[str, ...]:
    uses = {"compute": cols["flops_s"], "hbm": cols["kv_s"] + cols["param_s"], "ici": cols["ici_s"]}
    return tuple(r for r in RESOURCES if np.any(uses[r] > 0))


def _predict(x: dict[str, float], cols: dict[str, np.ndarray]) -> np.ndarray:
    mlp = np.maximum(cols["flops_s"] * x["compute"], cols["param_s"] * x["hbm"])
    return cols["kv_s"] * x["hbm"] + mlp + cols["ici_s"] * x["ici"] + x["overhead_s"]


def warm() -> None:
    """Import scipy's optimiser now (half a second), while there is other work to hide it behind."""
    import scipy.optimize  # noqa: F401


def fit(terms: Sequence[StepTerms], measured_s: Sequence[float], near: Fit | None = None) -> Fit:
    """Fit the efficiencies to points with these ``terms`` and measured step times (seconds).
    ``near``: a fit of nearly the same points (leave-one-out), whose answer is the one starting point
    when it fitted the same resources."""
    from scipy.optimize import least_squares

    cols, y = _columns(terms), np.asarray(measured_s, float)
    free = _identified(cols)
    unknowns = len(free) + 1
    if len(y) < unknowns or not np.all(y > 0):
        return Fit(None, free, None, len(y))

    def unpack(v: np.ndarray) -> dict[str, float]:
        x = {r: 1.0 for r in RESOURCES} | dict(zip(free, v[:-1], strict=True))
        return x | {"overhead_s": float(v[-1])}

    def residuals(v: np.ndarray) -> np.ndarray:
        return _predict(unpack(v), cols) / y - 1.0

    lower, upper = [1.0] * len(free) + [0.0], [_MAX_INVERSE] * len(free) + [float(y.max())]
    if near is not None and near.solution and near.identified == free:
        starts = [np.array(near.solution)]
    else:
        starts = [np.array([1.0] * len(free) + [0.0]), np.array([1.0] * len(free) + [float(y.min()) / 2])]
        ratio = float(np.median(y / np.maximum(_predict(unpack(starts[0]), cols), 1e-30)))
        starts.append(np.array([min(max(ratio, 1.0), _MAX_INVERSE / 2)] * len(free) + [0.0]))
    tries = [
        least_squares(residuals, np.clip(start, lower, np.nextafter(np.array(upper), 0)),
                      bounds=(lower, upper), x_scale="jac", method="trf")
        for start in starts
    ]  # fmt: skip
    best = min(tries, key=lambda done: done.cost)
    x = unpack(best.x)
    efficiency = Efficiency(**{r: 1.0 / x[r] for r in RESOURCES}, overhead_s=x["overhead_s"])
    error = float(np.median(np.abs(residuals(best.x))))
    return Fit(efficiency, free, error, len(y), tuple(float(v) for v in best.x))


def predict(terms: StepTerms, result: Fit) -> float | None:
    """The step time the fit predicts for a point with these terms (seconds); None without a fit."""
    return None if result.efficiency is None else calibrated_step_s(terms, result.efficiency)


def leave_one_out(
    terms: Sequence[StepTerms], measured_s: Sequence[float], whole: Fit | None = None
) -> list[float | None]:
    """Per point: (prediction by the fit on the others − measured) / measured; None where the others
    are too few to fit. ``whole``: the fit on every point, where each fit on the others starts (one
    least-squares run instead of three starting points each)."""
    errors: list[float | None] = []
    for i, value in enumerate(measured_s):
        others = [t for j, t in enumerate(terms) if j != i]
        rest = fit(others, [m for j, m in enumerate(measured_s) if j != i], near=whole)
        guess = predict(terms[i], rest)
        errors.append(None if guess is None or not value else guess / value - 1.0)
    return errors


def summary(result: Fit, loo: Sequence[float | None]) -> dict[str, float | int | None]:
    """The sweep's ``fit`` object (``report.sweep_tables.FIT``)."""
    eff = result.efficiency
    known = [abs(e) for e in loo if e is not None and math.isfinite(e)]
    out: dict[str, float | int | None] = {
        r: (getattr(eff, r) if eff is not None and r in result.identified else None) for r in RESOURCES
    }
    return out | {
        "overhead_s": eff.overhead_s if eff is not None else None,
        "points": result.points,
        "fit_error": result.error,
        "loo_error": statistics.median(known) if known else None,
        "loo_max_error": max(known) if known else None,
    }
