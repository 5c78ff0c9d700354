"""``perfdiff.diff``: what changed between two runs, op by op and for the whole step, and how sure it is.

Ops are matched by what they are, not by the fusion names XLA renumbers on every recompile (see
``compare.match``). Every op figure is per step and per device that ran the op (seconds), so runs
with different step counts or device counts compare directly.

The step gets a verdict with a confidence interval from every step of both runs, and ops get a status
against their own spread and the run-wide drift (``compare.verdict``, ``compare.drift``); the change of
the mean step splits into parts that add up (``compare.parts``); ``headline`` and ``sentences`` say it
in words (``compare.sentences``), the same words in the CLI, the JSON and the TensorBoard plugin.

The split of an op's change. With theory time t and measured time m = t / e (e the efficiency) on
each side,
    delta_work_s       = (t_new − t_base) · (1/e_base + 1/e_new) / 2
    delta_efficiency_s = (t_base + t_new) / 2 · (1/e_new − 1/e_base)
and delta_work_s + delta_efficiency_s = delta_measured_s exactly. The first is the change of work priced
at the two runs' mean time per unit of work; the second is the same (mean) work run better or worse.
This symmetric split (swap the runs and every term flips sign) is used rather than the raw roofline
change ``delta_theory_s``: an op at 15 % of its roofline whose work doubles takes 6.7× its roofline
change longer, and that whole increase is the new work, not a loss of efficiency. An op with no work on
one side (added work, removed work) puts all of delta_measured_s in delta_work_s; an op whose work —
its FLOPs and bytes per step and device — did not change puts all of it in delta_efficiency_s, however
its roofline was priced (on fake CPU devices the price also depends on how many shared the host).

``Diff.ops``, ``Diff.summary`` and ``Diff.by_source()`` have the columns of ``report/diff_tables.py``,
listed below.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from perfdiff.attribution.roofline import add_flags, add_per_step, add_roofline
from perfdiff.chips.lookup import get_chip
from perfdiff.chips.table import Chip
from perfdiff.compare.drift import Drift, estimate_drift
from perfdiff.compare.match import match_ops
from perfdiff.compare.parts import step_parts
from perfdiff.compare.sentences import headline, sentences
from perfdiff.compare.verdict import found_change, judge_ops, step_noise, step_verdict
from perfdiff.report import diff_tables
from perfdiff.report.columns import describe_all
from perfdiff.report.diff_tables import SCHEMA
from perfdiff.report.jsonable import to_jsonable
from perfdiff.report.report import Report
from perfdiff.report.store import read_report_file

__doc__ = (__doc__ or "") + describe_all(diff_tables.OPS, diff_tables.SUMMARY, diff_tables.SOURCES)

DIFF_COLUMNS = diff_tables.OPS.names
_WORK_TOLERANCE = 1e-6  # relative change of roofline time below which the work is "the same"


@dataclass(frozen=True)
class NoiseRule:
    """When a change counts as real (``compare.verdict`` has the whole rule).

    - ``threshold``: the change of the step that matters, a fraction (default 1 %; ``--fail-above``);
    - ``confidence``: the level of every interval — the step's change, the drift (default 95 %);
    - an op's noise band is the largest of ``min_step_share`` × the base step (default 1 %: smaller
      changes do not matter), ``min_relative`` × its own time (default 5 %) and the error of its two
      medians from their spread across steps and devices;
    - ``drift``: take the run-wide drift (``compare.drift``) into account (default True).
    """

    min_step_share: float = 0.01
    min_relative: float = 0.05
    confidence: float = 0.95
    threshold: float = 0.01
    drift: bool = True

    def to_dict(self) -> dict[str, float | bool]:
        return asdict(self)


@dataclass
class Diff:
    """Two runs compared: ``ops`` (a DataFrame) and ``summary`` (a dict) with the columns below,
    the ``base`` and ``new`` Reports, the ``noise`` rule, the ``headline`` (the verdict in words), the
    ``sentences`` that explain it, and ``warnings``."""

    base: Report
    new: Report
    ops: pd.DataFrame
    summary: dict[str, Any]
    noise: NoiseRule = field(default_factory=NoiseRule)
    headline: str = ""
    sentences: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready (NaN as None)."""
        from perfdiff import __version__

        return to_jsonable(
            {
                "schema": SCHEMA,
                "perfdiff_version": __version__,
                "base": _run_info(self.base),
                "new": _run_info(self.new),
                "noise": self.noise.to_dict(),
                "summary": self.summary,
                "ops": self.ops.to_dict(orient="records"),
                "headline": self.headline,
                "sentences": list(self.sentences),
                "warnings": list(self.warnings),
            }
        )

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), indent=indent, allow_nan=False)

    def __repr__(self) -> str:
        from perfdiff.compare.notebook import diff_repr

        return diff_repr(self)

    def _repr_html_(self) -> str:
        """The notebook view: the verdict, its sentences and the largest changes."""
        from perfdiff.compare.notebook import diff_html

        return diff_html(self)

    def by_source(self) -> pd.DataFrame:
        """The op changes summed per source line: ``diff_tables.SOURCES`` (see the module doc)."""
        ops = self.ops[self.ops["source"] != ""]
        grouped = ops.groupby("source", sort=False)
        sums = ["measured_base_s", "measured_new_s", "delta_measured_s", "delta_work_s", "delta_efficiency_s"]
        table = grouped[sums].sum()
        table.insert(0, "ops", grouped.size())
        table["regressed"] = grouped["status"].agg(lambda s: int((s == "regressed").sum()))
        table["improved"] = grouped["status"].agg(lambda s: int((s == "improved").sum()))
        table = table.sort_values("delta_measured_s", ascending=False, kind="stable")
        return table.reset_index()[diff_tables.SOURCES.names]


Diff.__doc__ = (Diff.__doc__ or "") + describe_all(diff_tables.OPS, diff_tables.SUMMARY)


def diff(
    base: Report | str | os.PathLike[str],
    new: Report | str | os.PathLike[str],
    *,
    chip: str | Chip | None = None,
    noise: NoiseRule | None = None,
    run: str | None = None,
) -> Diff:
    """Compare two runs op by op, and their steps.

    ``base``, ``new``: Reports, or paths for ``perfdiff.analyze`` (with ``chip`` and ``run``), or saved
    ``perfdiff.report.json`` files. ``chip``: price both on this chip (Reports priced on another chip
    are re-priced op by op). ``noise``: the ``NoiseRule`` (default: its documented defaults).
    """
    rule = noise or NoiseRule()
    the_chip = get_chip(chip) if chip is not None else None
    base_report, new_report = _report(base, the_chip, run), _report(new, the_chip, run)
    warnings = []
    if chip is None and base_report.chip != new_report.chip and base_report.chip.name == new_report.chip.name:
        # Two measurements of one machine (a CPU re-measured between the runs): price both alike, on
        # the newer figures, or every op would seem to do different work.
        base_report = _reprice(base_report, new_report.chip)
        warnings.append(
            f"the runs were priced on different figures for {new_report.chip.name} (a re-measured "
            "roofline?): the base run is re-priced on the new run's figures"
        )
    if base_report.chip.name != new_report.chip.name:
        warnings.append(
            f"the runs are priced on different chips ({base_report.chip.name} and {new_report.chip.name}): "
            "delta_theory_s includes the change of chip; pass chip= to price both on one"
        )
    left, right = _per_step(base_report), _per_step(new_report)
    ops = _attribute(_join(left, right, match_ops(left, right)))
    drift = estimate_drift(ops, rule.confidence, rule.drift)
    base_steps, new_steps = _step_times(base_report), _step_times(new_report)
    typical_step = (
        float(np.median(base_steps)) if len(base_steps) else _num(base_report.summary.get("step_s_mean"))
    )
    ops = judge_ops(ops, drift, rule, typical_step, step_noise(base_steps, new_steps, rule.confidence))
    step_s = _num(base_report.summary.get("step_s_mean"))
    ops["share_of_step"] = ops["delta_measured_s"] / step_s if step_s > 0 else math.nan
    ops = ops.sort_values("delta_measured_s", ascending=False, kind="stable", na_position="last")
    ops = ops.reset_index(drop=True)[DIFF_COLUMNS]
    found = None
    if rule.drift:  # with drift turned off, the raw step is judged
        idle = _step_times(base_report, "idle_s"), _step_times(new_report, "idle_s")
        found = found_change(ops, *idle, drift, rule.confidence)
    verdict = step_verdict(base_steps, new_steps, drift, rule.threshold, rule.confidence, found)
    summary = _summary(base_report, new_report, ops, verdict, drift)
    words = sentences(summary, ops, drift, rule.drift, new_report.chip)
    return Diff(base_report, new_report, ops, summary, rule, headline(summary, drift), words, warnings)


def _report(target: Report | str | os.PathLike[str], chip: Chip | None, run: str | None) -> Report:
    if isinstance(target, Report):
        return target if chip is None or chip == target.chip else _reprice(target, chip)
    path = os.fspath(target)
    if path.endswith(".json") and os.path.isfile(path):
        report = read_report_file(path)
        return report if chip is None or chip == report.chip else _reprice(report, chip)
    from perfdiff.attribution.analyze import analyze

    return analyze(path, chip, run=run)


def _reprice(report: Report, chip: Chip) -> Report:
    """``report`` with its ops priced on ``chip``; the summary's theory figures become per-device sums
    of the re-priced ops (the step table keeps its old figures)."""
    priced = add_roofline(report.ops.drop(columns=["bound"]), chip)
    n = max(len(report.steps), 1)
    per = n * priced["devices"].clip(lower=1)
    priced = add_per_step(priced, n)
    step_s = _num(report.summary.get("step_s_mean"))
    priced = add_flags(priced, step_s, report.flag_rule)
    terms = priced[["t_compute_s", "t_hbm_s", "t_ici_s"]].div(per, axis=0).sum(min_count=1)
    summary = dict(report.summary)
    # Unpriced ops have no theory (NaN), never 0: with none priced, the theory figures are unknown.
    summary["op_theory_s"] = float(priced["theory_per_step_s"].sum(min_count=1))
    summary["theory_step_s"] = float(terms.max())
    summary["flagged"] = int(priced["flag"].sum())
    ops = priced[report.ops.columns]
    return Report(**{**report.__dict__, "chip": chip, "ops": ops, "summary": summary})


def _step_times(report: Report, column: str = "measured_s") -> np.ndarray:
    """One figure of every step the report analysed (s): its time, or another ``column``."""
    steps = report.steps
    if column not in steps:
        return np.zeros(0)
    times = pd.to_numeric(steps[column], errors="coerce").to_numpy(float)
    return times[np.isfinite(times)]


_TEXT = ("opcode", "category", "collective", "source", "op_name", "signature")
# The work an op does, per step and device: what "its work changed" compares. Not its roofline time,
# which on fake CPU devices also depends on how many devices shared the host while it ran.
WORK = ("flops", "hbm_bytes", "ici_bytes", "dcn_bytes", "host_bytes")
_SPREAD = {
    "step_samples": "samples",
    "step_q25_s": "q25_s",
    "step_median_s": "median_s",
    "step_q75_s": "q75_s",
}


def _per_step(report: Report) -> pd.DataFrame:
    """The report's ops, per step and per device that ran them."""
    ops = report.ops
    with np.errstate(divide="ignore", invalid="ignore"):
        per_step = ops["calls_per_step"].to_numpy(float) / ops["occurrences"].to_numpy(float)
    work = {f"work_{c}": ops[c].to_numpy(float) * per_step for c in WORK if c in ops}
    return pd.DataFrame(
        {
            "module": ops["module"].fillna("").astype(str).to_numpy(),
            "op": ops["op"].astype(str).to_numpy(),
            **{c: ops[c].fillna("").astype(str).to_numpy() for c in _TEXT},
            "bound": ops["bound"].astype(str).to_numpy(),
            "calls": ops["calls_per_step"].to_numpy(float),
            "measured_s": ops["measured_per_step_s"].to_numpy(float),
            "theory_s": ops["theory_per_step_s"].to_numpy(float),
            "efficiency": ops["efficiency"].to_numpy(float),
            **{name: ops[column].to_numpy(float) for column, name in _SPREAD.items()},
            **work,
        }
    )


def _join(left: pd.DataFrame, right: pd.DataFrame, pairs: pd.DataFrame) -> pd.DataFrame:
    """One row per pair, plus the unpaired ops of each side (removed, added)."""
    work = [c for c in left.columns if c.startswith("work_")]
    values = [
        "op",
        "signature",
        "bound",
        "calls",
        "measured_s",
        "theory_s",
        "efficiency",
        *_SPREAD.values(),
        *work,
    ]
    shared = ["module", "category", "opcode", "collective", "source", "op_name"]
    both = pairs.join(left.add_suffix("_base"), on="base").join(right.add_suffix("_new"), on="new")
    gone = left.drop(index=pd.Index(pairs["base"])).add_suffix("_base").assign(match="removed")
    came = right.drop(index=pd.Index(pairs["new"])).add_suffix("_new").assign(match="added")
    for column in shared:  # describe the op by its new self when it has one
        both[column] = both[f"{column}_new"]
        gone[column] = gone[f"{column}_base"]
        came[column] = came[f"{column}_new"]
    frame = pd.concat([both, gone, came], ignore_index=True)
    for column in values:
        for side in ("base", "new"):
            name = f"{column}_{side}"
            if name not in frame:
                frame[name] = np.nan
    for side in ("base", "new"):
        absent = frame[f"op_{side}"].isna()
        for column in ("calls", "measured_s", "theory_s", "samples", "q25_s", "median_s", "q75_s", *work):
            frame.loc[absent, f"{column}_{side}"] = 0.0
        for column in ("op", "signature", "bound"):
            frame[f"{column}_{side}"] = frame[f"{column}_{side}"].astype(object).where(~absent, None)
        frame[f"samples_{side}"] = frame[f"samples_{side}"].astype(np.int64)
    renamed = {
        f"{c}_s_{s}": f"{c}_{s}_s"
        for c in ("measured", "theory", "q25", "median", "q75")
        for s in ("base", "new")
    }
    return frame.rename(columns=renamed)


def _attribute(frame: pd.DataFrame) -> pd.DataFrame:
    """delta_measured_s, measured_change, delta_theory_s, work_ratio and the work / efficiency split
    (see the module doc); work_changed and cause."""
    m0, m1 = frame["measured_base_s"].to_numpy(float), frame["measured_new_s"].to_numpy(float)
    t0, t1 = frame["theory_base_s"].to_numpy(float), frame["theory_new_s"].to_numpy(float)
    delta = m1 - m0
    with np.errstate(divide="ignore", invalid="ignore"):
        per_work0, per_work1 = m0 / t0, m1 / t1  # measured seconds per roofline second (1 / efficiency)
        work = (t1 - t0) * (per_work0 + per_work1) / 2
    one_sided = (t0 == 0) ^ (t1 == 0)  # work appeared or vanished: all of the change is work
    no_work = (t0 == 0) & (t1 == 0)
    work = np.where(one_sided, delta, np.where(no_work, 0.0, work))
    unknown = np.isnan(t0) | np.isnan(t1)
    changed = _work_changed(frame, t0, t1)
    # The same work (however its roofline was priced): all of the change is efficiency.
    work = np.where(unknown, np.nan, np.where(changed, work, 0.0))
    frame["delta_measured_s"] = delta
    frame["delta_theory_s"] = t1 - t0
    with np.errstate(divide="ignore", invalid="ignore"):
        frame["measured_change"] = np.where(m0 > 0, delta / m0, np.nan)
        frame["work_ratio"] = np.where(t0 > 0, t1 / t0, np.nan)
    frame["delta_work_s"] = work
    frame["delta_efficiency_s"] = delta - work
    frame["work_changed"] = ~unknown & changed
    cause = np.where(np.abs(work) >= np.abs(delta - work), "work", "efficiency")
    frame["cause"] = np.where(unknown, "unknown", cause)
    return frame


def _work_changed(frame: pd.DataFrame, t0: np.ndarray, t1: np.ndarray) -> np.ndarray:
    """Per row: any of its work figures (``WORK``, per step and device) differs between the runs by
    more than ``_WORK_TOLERANCE`` of the larger; by its roofline time when the frame has none."""
    columns = [c[: -len("_base")] for c in frame.columns if c.startswith("work_") and c.endswith("_base")]
    if not columns:
        return np.abs(t1 - t0) > _WORK_TOLERANCE * np.fmax(np.abs(t0), np.abs(t1))
    changed = np.zeros(len(frame), bool)
    for column in columns:
        w0, w1 = frame[f"{column}_base"].to_numpy(float), frame[f"{column}_new"].to_numpy(float)
        with np.errstate(invalid="ignore"):
            changed |= np.abs(w1 - w0) > _WORK_TOLERANCE * np.fmax(np.abs(w0), np.abs(w1))
    return changed


def _summary(
    base: Report, new: Report, ops: pd.DataFrame, verdict: dict[str, Any], drift: Drift
) -> dict[str, Any]:
    """The diff's headline figures: ``diff_tables.SUMMARY``."""
    b, n = base.summary, new.summary
    step0, step1 = _num(b.get("step_s_mean")), _num(n.get("step_s_mean"))
    parts = step_parts(b, n, ops)
    levels = ops.loc[~ops["match"].isin(["added", "removed"]), "match"].value_counts()
    status = ops["status"].value_counts()
    summary = {
        "step_base_s": step0,
        "step_new_s": step1,
        "delta_step_s": parts["delta_step_s"],
        "step_change": (step1 - step0) / step0 if step0 > 0 else math.nan,
        **verdict,
        "drift": drift.ratio,
        "drift_low": drift.low,
        "drift_high": drift.high,
        "drift_ops": drift.ops,
        "drift_estimated": drift.estimated,
        "theory_step_base_s": _num(b.get("theory_step_s")),
        "theory_step_new_s": _num(n.get("theory_step_s")),
        "op_theory_base_s": _num(b.get("op_theory_s")),
        "op_theory_new_s": _num(n.get("op_theory_s")),
        "op_measured_base_s": _num(b.get("op_measured_s")),
        "op_measured_new_s": _num(n.get("op_measured_s")),
        "idle_base_s": _num(b.get("idle_s_mean")),
        "idle_new_s": _num(n.get("idle_s_mean")),
        "overlap_base_s": parts["overlap_base_s"],
        "overlap_new_s": parts["overlap_new_s"],
        "model_theory_base_s": b.get("model_theory_step_s"),
        "model_theory_new_s": n.get("model_theory_step_s"),
        "delta_ops_s": parts["delta_ops_s"],
        **{name: parts[name] for name in ("delta_work_s", "delta_efficiency_s", "delta_uncosted_s")},
        **{name: parts[name] for name in ("delta_idle_s", "delta_overlap_s")},
        "ops_base": len(base.ops),
        "ops_new": len(new.ops),
        "matched": int(levels.sum()),
        "matched_by": {str(k): int(v) for k, v in levels.items()},
        **{name: int(status.get(name, 0)) for name in ("added", "removed", "regressed", "improved")},
        "inconclusive": int(status.get("inconclusive", 0)),
        "work_changed": int(ops["work_changed"].sum()),
        "chip_base": base.chip.name,
        "chip_new": new.chip.name,
    }
    return {name: summary[name] for name in diff_tables.SUMMARY.names}


def _num(value: Any) -> float:
    return math.nan if value is None else float(value)


def _run_info(report: Report) -> dict[str, Any]:
    return {
        "run": report.run,
        "path": report.path,
        "platform": report.platform,
        "chip": report.chip.name,
        "chip_source": report.chip.source,
        "steps": int(len(report.steps)),
        "steps_inferred_from": report.summary.get("steps_inferred_from"),
        "step_selection": report.step_selection,
    }
