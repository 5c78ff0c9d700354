"""Distribution-free estimates with confidence intervals, deterministic: the same inputs give the same
interval on every run and machine.

- ``shift_interval``: the Hodges–Lehmann estimate of the shift between two samples (the median of
  all pairwise differences new − base) with the rank-based (Mann–Whitney / Moses) confidence
  interval: the k-th smallest and k-th largest pairwise differences, k from the exact null
  distribution of the Mann–Whitney U statistic (a normal approximation past 2,500 pairs). It assumes
  the samples' values are independent draws; on log step times it estimates the step's ratio.
- ``weighted_median`` and ``bootstrap_interval``: a weighted median and its percentile bootstrap
  interval over the items, with a fixed seed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from statistics import NormalDist

import numpy as np

_EXACT_PAIRS = 2_500  # the exact null distribution up to n·m pairs, the normal approximation beyond
_MAX_SAMPLE = 2_000  # more steps than this per side: an evenly spaced subset (4M pairs at most)
_RESAMPLES = 1_000
_MAX_ITEMS = 2_000  # the bootstrap keeps the heaviest items beyond this (memory: resamples × items)
SEED = 0


@dataclass(frozen=True)
class Shift:
    """``estimate`` of new − base with the interval [``low``, ``high``] at ``confidence``; ``low`` and
    ``high`` are NaN when the samples are too small for an interval at that confidence."""

    estimate: float
    low: float
    high: float
    confidence: float

    @property
    def decided(self) -> bool:
        return math.isfinite(self.low) and math.isfinite(self.high)


def z_value(confidence: float) -> float:
    """The two-sided standard normal quantile of ``confidence`` (1.96 for 0.95)."""
    return NormalDist().inv_cdf(0.5 + confidence / 2)


def shift_interval(base: np.ndarray, new: np.ndarray, confidence: float) -> Shift:
    """Hodges–Lehmann shift of ``new`` against ``base`` with its rank-based interval (see the module
    doc). NaN estimate when either sample is empty."""
    x, y = _thin(np.sort(np.asarray(base, float))), _thin(np.sort(np.asarray(new, float)))
    if not len(x) or not len(y):
        return Shift(math.nan, math.nan, math.nan, confidence)
    pairs = np.sort((y[:, None] - x[None, :]).ravel())
    estimate = float(np.median(pairs))
    k = cut_count(len(x), len(y), confidence)
    if k < 1:
        return Shift(estimate, math.nan, math.nan, confidence)
    return Shift(estimate, float(pairs[k - 1]), float(pairs[len(pairs) - k]), confidence)


def cut_count(n: int, m: int, confidence: float) -> int:
    """The largest k with P(U ≤ k − 1) ≤ (1 − confidence) / 2 under the null (U: Mann–Whitney's
    statistic for samples of n and m): the interval runs from the k-th smallest to the k-th largest
    of the n·m pairwise differences. 0: no interval reaches ``confidence``."""
    tail = (1 - confidence) / 2
    if n * m <= _EXACT_PAIRS:
        cdf = np.cumsum(_null_distribution(n, m))
        return int(np.searchsorted(cdf, tail * (1 + 1e-12), side="right"))
    mean, sd = n * m / 2, math.sqrt(n * m * (n + m + 1) / 12)
    return max(int(math.floor(mean - z_value(confidence) * sd + 0.5)), 0)


@cache
def _null_distribution(n: int, m: int) -> np.ndarray:
    """P(U = u), u = 0 … n·m, for samples of n and m without ties: by the recursion
    p(n, m, u) = n/(n+m) · p(n−1, m, u−m) + m/(n+m) · p(n, m−1, u) (all terms positive: stable)."""
    # row[j] holds the distribution for (i, j), i the number of base values placed so far.
    row = [np.ones(1) for _ in range(m + 1)]  # i = 0: U = 0 whatever j
    for i in range(1, n + 1):
        new_row = [np.ones(1)]  # j = 0: U = 0
        for j in range(1, m + 1):
            out = np.zeros(i * j + 1)
            out[j:] += i / (i + j) * row[j]  # the largest value is a base one: U counts j more
            out[: (i * (j - 1)) + 1] += j / (i + j) * new_row[j - 1]
            new_row.append(out)
        row = new_row
    return row[m]


def min_steps(confidence: float) -> int:
    """The fewest steps per run (equal counts) for which ``shift_interval`` gives an interval."""
    n = 1
    while cut_count(n, n, confidence) < 1:
        n += 1
    return n


def steps_to_decide(n: int, m: int, shift: Shift, threshold: float, cap: int = 100_000) -> int | None:
    """About how many steps per run would make ``shift``'s interval clear ``threshold`` (same scale):
    the interval narrows as √(1/n + 1/m). None when the estimate sits on the threshold or more than
    ``cap`` steps would be needed."""
    distance = abs(shift.estimate - threshold)
    half = (shift.high - shift.low) / 2
    if not shift.decided or distance <= 0 or not math.isfinite(distance):
        return None
    if half <= distance:
        return max(n, m)
    needed = 2 / ((1 / n + 1 / m) * (distance / half) ** 2)
    if needed > cap:
        return None
    return max(math.ceil(needed), n + 1, m + 1)


def _thin(values: np.ndarray) -> np.ndarray:
    """At most ``_MAX_SAMPLE`` values, evenly spaced over the sorted sample."""
    if len(values) <= _MAX_SAMPLE:
        return values
    return values[np.linspace(0, len(values) - 1, _MAX_SAMPLE).round().astype(np.int64)]


def weighted_median(values: np.ndarray, weights: np.ndarray) -> float:
    """The value at which the cumulative weight (values sorted) first reaches half the total."""
    order = np.argsort(values, kind="stable")
    cumulative = np.cumsum(np.asarray(weights, float)[order])
    return float(np.asarray(values, float)[order][np.searchsorted(cumulative, cumulative[-1] / 2)])


def bootstrap_interval(
    values: np.ndarray, weights: np.ndarray, confidence: float, resamples: int = _RESAMPLES
) -> tuple[float, float]:
    """Percentile bootstrap interval of ``weighted_median(values, weights)``: the items resampled with
    replacement ``resamples`` times from a generator seeded with ``SEED``. Beyond ``_MAX_ITEMS`` items
    only the heaviest take part."""
    values, weights = np.asarray(values, float), np.asarray(weights, float)
    if len(values) > _MAX_ITEMS:
        keep = np.argsort(weights, kind="stable")[-_MAX_ITEMS:]
        values, weights = values[keep], weights[keep]
    order = np.argsort(values, kind="stable")
    values, weights = values[order], weights[order]
    n = len(values)
    counts = np.random.default_rng(SEED).multinomial(n, np.full(n, 1 / n), size=resamples)
    cumulative = np.cumsum(counts * weights, axis=1)
    index = (cumulative < cumulative[:, -1:] / 2).sum(axis=1)
    medians = values[np.minimum(index, n - 1)]
    tail = (1 - confidence) / 2
    return float(np.quantile(medians, tail)), float(np.quantile(medians, 1 - tail))
