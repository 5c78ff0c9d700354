"""Verdicts: did the step get slower, and which ops did — each with the confidence the data allow.

**The step.** Every step of both runs counts: the step's ratio new / base is the Hodges–Lehmann
estimate on log step times, with its rank-based interval (``stats.shift_interval``). Against the
``threshold`` t (a fraction; ``--fail-above``):

- ``inconclusive`` when the runs have too few steps for an interval, or the interval straddles 1 + t;
- ``regressed`` when the interval's low end is above 1 + t and the slowdown is found: the ops judged
  ``regressed`` (by how much each rose beyond its band), the ops added and the idle time that grew
  beyond the drift (the low end of its own interval against the base's idle × the drift interval's
  high end: idle time is the host's, which a busier machine stretches as it does the ops) add up to
  at least t × the base step (``found_slower_s``);
- ``inconclusive`` when the interval's low end is above 1 + t but the slowdown is not found so: the
  drift could explain it (the interval's low end over the drift interval's high end is not above
  1 + t: every op of unchanged work slower alike, as on a busier or slower machine — two captures
  cannot tell that machine from a program change that slows every op alike), or nothing accounts
  for it beyond its noise (ops ran less in parallel, or many ops slowed a little);
- ``improved`` when the interval's high end is below 1 / (1 + t) and the ops judged ``improved``, the
  ops removed and the idle time that shrank beyond the drift add up to t × the base step
  (``found_faster_s``); ``unchanged`` otherwise.

So a step is ``regressed`` only when its own steps say it is slower and the diff can say where. With
drift turned off (``NoiseRule.drift``), the raw step is judged: its interval alone decides.

**An op.** Its typical time is its median time per step and device (``step_median_s`` of each
report); its noise band (``noise_s``) is the largest of ``min_step_share`` × the base step,
``min_relative`` × its time, and z × √(σ_base² + σ_new²), σ each run's spread of the op's time per
step and device from its quartiles (z from the rule's confidence). Each σ comes from the half of its
run's quartiles that faces the other run — for a rise, how far the base run's time reaches above its
median (q75 − median) and the new run's below (median − q25); for a fall, the other halves — as
2 × that half / 1.349 (a normal distribution's σ), since an op's time is skewed: contention stretches
some steps far more than others shrink. The band is the
spread of one step's time, not the standard error of a median over many: two captures of one program
differ by about as much as the steps of one capture do — a capture's steps share its machine's state
(load, clocks, where threads run), so they cannot say how the next capture will differ. An op whose
work changed in the direction its time moved has a known cause; for it the question is only whether
the medians differ, and its band's last term is z × their standard error (1.2533 σ / √samples each).
Then, with the drift interval [d_low, d_high]:

- ``regressed`` when its time grew beyond the band, and beyond d_high × its base time plus the band
  (or its work grew: a change of work is not the machine's);
- ``improved`` when it fell beyond the band, and below d_low × its base time minus the band (or its
  work shrank);
- ``inconclusive`` when it moved beyond the band but one end of the drift interval would call it
  changed and the other would not, or the drift is known no better than ``UNCERTAIN_DRIFT`` (its
  work the same: the machines differed in ways that move ops by different amounts), or either run
  has fewer than ``MIN_SAMPLES`` samples of it (its work the same), or its work is the same and its
  median moved by no more than its band and the step's noise together (``step_noise_s``, below);
- ``unchanged`` otherwise: within its noise, or explained by the drift.

**The step's noise.** An op's time can differ between two captures of one program far more than
between the steps of either: which threads of a shared pool run it, which cores they land on and
what else holds them are settled once per process and then hold for every step, so an op's band —
the spread of its own steps — cannot see them (a small copy can take several times as long in every
step of one capture as in every step of the next: benchmarks/README.md, issue 15). Such a jump is
too large for a band that scales with the op's time, and two captures cannot tell it from a change
of the program; what they can say is how finely they resolve the step itself: ``step_noise_s``,
half the width of the step change's interval, in seconds of the base step. That is the least
between-capture error an op's change carries, independent of its own spread, so the two add in
quadrature: an op of unchanged work is judged ``regressed`` or ``improved`` only when its median
moved by more than √(band² + step_noise_s²) — beyond its own noise and by a change the step's own
steps could show — and ``inconclusive`` ("within the step's noise") when it moved beyond its band by
less. On a quiet machine the step's noise is small and the rule hardly bites; on a busy one it keeps
single ops from being blamed for what the machine did to the whole capture. An op whose work
changed has a known cause and is exempt, and so is every op when the runs have too few steps for
an interval.

So drift never flips a change: an op whose time grew beyond its noise is never ``improved``, however
large the drift, and one whose time fell is never ``regressed``.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd

from perfdiff.compare.drift import Drift
from perfdiff.compare.stats import min_steps, shift_interval, steps_to_decide, z_value

VERDICTS = ("regressed", "improved", "unchanged", "inconclusive")
MIN_SAMPLES = 3  # (step, device) samples per run below which an op's spread is unknown
# A drift known no better than this ratio (high / low: ±10 %): the runs' machines differed in ways
# that move ops by different amounts, and an op of unchanged work is not judged against it.
UNCERTAIN_DRIFT = 1.2
_SIGMA_PER_IQR = 1 / 1.349  # a normal distribution's σ per interquartile range
_SE_MEDIAN = 1.2533  # √(π/2): the standard error of a median per σ/√n
STEP_NOISE_REASON = "within the step's noise"  # an op's reason when step_noise_s left it undecided


def step_noise(base_s: np.ndarray, new_s: np.ndarray, confidence: float) -> float:
    """Half the width of the step change's interval (the Hodges–Lehmann interval of log step times,
    as in ``step_verdict``), in seconds of the base run's median step: the smallest change of the
    step the two runs resolve. NaN when they have too few steps for an interval. ``base_s``,
    ``new_s``: each run's step times (s)."""
    base_s, new_s = _positive(base_s), _positive(new_s)
    shift = shift_interval(np.log(base_s), np.log(new_s), confidence)
    if not shift.decided:
        return math.nan
    return (math.expm1(shift.high) - math.expm1(shift.low)) / 2 * float(np.median(base_s))


def _positive(times: np.ndarray) -> np.ndarray:
    times = np.asarray(times, float)
    return times[np.isfinite(times) & (times > 0)]


def step_verdict(
    base_s: np.ndarray,
    new_s: np.ndarray,
    drift: Drift,
    threshold: float,
    confidence: float,
    found: tuple[float, float] | None = None,
) -> dict[str, Any]:
    """The step's verdict and its figures (``diff_tables.SUMMARY``'s verdict columns) from the step
    times of each run (s), the drift, the threshold and ``found`` — (found_slower_s, found_faster_s)
    from ``found_change``; None: the raw step is judged (drift turned off). See the module doc."""
    base_s, new_s = _positive(base_s), _positive(new_s)
    shift = shift_interval(np.log(base_s), np.log(new_s), confidence)
    limit = math.log1p(threshold)
    drift_low, drift_high = math.log(drift.low), math.log(drift.high)
    step = float(np.median(base_s)) if len(base_s) else math.nan
    slower, faster = found if found is not None else (math.inf, math.inf)
    out: dict[str, Any] = {
        "verdict": "inconclusive",
        "change": math.expm1(shift.estimate),
        "change_low": math.expm1(shift.low),
        "change_high": math.expm1(shift.high),
        "net_change_low": math.expm1(shift.low - drift_high),
        "net_change_high": math.expm1(shift.high - drift_low),
        "step_noise_s": step_noise(base_s, new_s, confidence),
        "found_slower_s": slower if found is not None else math.nan,
        "found_faster_s": faster if found is not None else math.nan,
        "threshold": threshold,
        "confidence": confidence,
        "steps_base": len(base_s),
        "steps_new": len(new_s),
        "steps_needed": None,
        "verdict_reason": "",
    }
    if not shift.decided:
        out["steps_needed"] = max(min_steps(confidence), len(base_s) + 1, len(new_s) + 1)
        out["verdict_reason"] = "few steps"
    elif shift.low > limit:
        if slower >= threshold * step:
            out["verdict"] = "regressed"
        else:
            out["verdict_reason"] = "drift" if shift.low - drift_high <= limit else "not found"
    elif shift.high < -limit:
        out["verdict"] = "improved" if faster >= threshold * step else "unchanged"
    elif shift.low <= limit <= shift.high:
        out["steps_needed"] = steps_to_decide(len(base_s), len(new_s), shift, limit)
        out["verdict_reason"] = "straddles"
    else:
        out["verdict"] = "unchanged"
    return out


def found_change(
    ops: pd.DataFrame, idle_base_s: np.ndarray, idle_new_s: np.ndarray, drift: Drift, confidence: float
) -> tuple[float, float]:
    """(found_slower_s, found_faster_s): how much of a step's change (s per step) the diff can say
    where it is. Slower: Σ over ops judged ``regressed`` of (median_new_s − median_base_s − noise_s),
    Σ median_new_s of the ops added, and the idle time's rise beyond the drift when above 0 — the low
    end of the Hodges–Lehmann interval of the new steps' idle_s against the base steps' idle_s ×
    drift.high; faster: the same for ops ``improved``, ops removed and idle time that fell (against
    the base's × drift.low). ``ops``: a judged diff op frame."""
    m0, m1 = ops["median_base_s"].to_numpy(float), ops["median_new_s"].to_numpy(float)
    noise, status = ops["noise_s"].to_numpy(float), ops["status"].to_numpy()
    slower = float(np.nansum(np.where(status == "regressed", m1 - m0 - noise, 0.0)))
    faster = float(np.nansum(np.where(status == "improved", m0 - m1 - noise, 0.0)))
    slower += float(np.nansum(np.where(status == "added", m1, 0.0)))
    faster += float(np.nansum(np.where(status == "removed", m0, 0.0)))
    # Idle time is the host's — dispatching ops, Python between them — and a busier or slower
    # machine stretches it as it stretches the ops: only its change beyond the drift is found.
    idle_base_s, idle_new_s = np.asarray(idle_base_s, float), np.asarray(idle_new_s, float)
    rise = shift_interval(drift.high * idle_base_s, idle_new_s, confidence)
    fall = shift_interval(drift.low * idle_base_s, idle_new_s, confidence)
    if rise.decided:
        slower += max(rise.low, 0.0)
    if fall.decided:
        faster += max(-fall.high, 0.0)
    return slower, faster


def judge_ops(
    frame: pd.DataFrame, drift: Drift, rule: Any, step_s: float, step_noise_s: float = math.nan
) -> pd.DataFrame:
    """Add noise_s, above_noise, drift_s, status and reason to a diff's op frame (see the module doc).
    ``rule``: the NoiseRule (min_step_share, min_relative, confidence); ``step_s``: the base run's
    typical step time (s); ``step_noise_s``: ``step_noise`` of the two runs (s; NaN: unknown)."""
    m0, m1 = frame["median_base_s"].to_numpy(float), frame["median_new_s"].to_numpy(float)
    z = z_value(rule.confidence)
    # A change of work in the direction the time moved has a known cause: the question is only
    # whether the two medians differ (their standard errors), and neither the drift nor a shortage
    # of samples can explain it away.
    theory = frame["delta_theory_s"].to_numpy(float)
    explained = frame["work_changed"].to_numpy(bool) & (np.sign(m1 - m0) == np.sign(theory))
    floor = rule.min_step_share * step_s if math.isfinite(step_s) else 0.0
    floor = np.fmax(floor, rule.min_relative * np.fmax(drift.ratio * m0, m1))
    # The spread that faces the other run: for a rise, how far the base run's time reaches above its
    # median and the new run's below its own; for a fall, the other halves.
    rise = np.fmax(floor, z * _spread(frame, explained, base="up", new="down"))
    fall = np.fmax(floor, z * _spread(frame, explained, base="down", new="up"))
    noise = np.where(m1 >= m0, rise, fall)
    up, down = m1 - m0 > rise, m0 - m1 > fall
    past_high = explained | (m1 - drift.high * m0 > rise)
    below_low = explained | (drift.low * m0 - m1 > fall)
    past_low, below_high = m1 - drift.low * m0 > rise, drift.high * m0 - m1 > fall
    few = (frame["samples_base"].to_numpy(float) < MIN_SAMPLES) | (
        frame["samples_new"].to_numpy(float) < MIN_SAMPLES
    )
    few &= ~explained
    open_ = few | (~explained & (drift.high / drift.low > UNCERTAIN_DRIFT))
    # Unchanged work that moved by no more than its band and the step's noise together (independent
    # errors: in quadrature): how the two processes ran it, as likely as a change of the program.
    faint = ~explained & (np.abs(m1 - m0) <= np.hypot(noise, step_noise_s))
    open_ |= faint
    would_regress, would_improve = up & past_high, down & below_low
    regressed, improved = would_regress & ~open_, would_improve & ~open_
    straddles = (up & ~past_high & past_low) | (down & ~below_low & below_high)
    inconclusive = ((would_regress | would_improve) & open_) | straddles
    status = np.select(
        [regressed, improved, inconclusive], ["regressed", "improved", "inconclusive"], "unchanged"
    )
    match = frame["match"].to_numpy()
    status = np.where(match == "added", "added", np.where(match == "removed", "removed", status))
    frame["noise_s"] = noise
    frame["above_noise"] = up | down
    frame["drift_s"] = (drift.ratio - 1) * frame["measured_base_s"].to_numpy(float)
    frame["status"] = status
    frame["reason"] = _reasons(frame, up | down, few, faint)
    return frame


def _spread(frame: pd.DataFrame, explained: np.ndarray, base: str, new: str) -> np.ndarray:
    """√(σ_base² + σ_new²) (s), each σ from one half of a run's quartiles (``up``: q75 − median,
    ``down``: median − q25; twice that over 1.349), where ``explained``: the error of the two
    medians instead (1.2533 σ / √samples each). 0 where a run lacks the op."""
    terms = []
    for side, half in (("base", base), ("new", new)):
        median = frame[f"median_{side}_s"].to_numpy(float)
        quartile = frame[f"q75_{side}_s" if half == "up" else f"q25_{side}_s"].to_numpy(float)
        sigma = np.nan_to_num(2 * np.abs(quartile - median) * _SIGMA_PER_IQR, nan=0.0)
        samples = np.fmax(frame[f"samples_{side}"].to_numpy(float), 1)
        terms.append(np.where(explained, _SE_MEDIAN * sigma / np.sqrt(samples), sigma))
    return np.hypot(*terms)


def _reasons(frame: pd.DataFrame, moved: np.ndarray, few: np.ndarray, faint: np.ndarray) -> np.ndarray:
    """A few words per op saying why it has its status."""
    status = frame["status"].to_numpy()
    work = frame["work_changed"].to_numpy(bool)
    unknown = frame["cause"].eq("unknown").to_numpy()
    more = frame["delta_theory_s"].to_numpy(float) > 0
    conditions = [
        status == "added",
        status == "removed",
        (status == "regressed") & unknown,
        (status == "regressed") & work & more,
        (status == "regressed") & work,
        status == "regressed",
        (status == "improved") & unknown,
        (status == "improved") & work & ~more,
        (status == "improved") & work,
        status == "improved",
        (status == "inconclusive") & few,
        (status == "inconclusive") & faint,
        status == "inconclusive",
        moved,
    ]
    reasons = [
        "new op",
        "gone",
        "slower, uncosted",
        "more work",
        "slower with less work",
        "same work, slower",
        "faster, uncosted",
        "less work",
        "faster with more work",
        "same work, faster",
        "too few samples",
        STEP_NOISE_REASON,
        "the drift is uncertain",
        "within the drift",
    ]
    return np.select(conditions, reasons, "within noise")
