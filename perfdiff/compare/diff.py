"""``perfdiff.diff``: what changed between two runs, op by op, and why.

Ops are matched by what they are, not by the fusion names XLA renumbers on every recompile (see
``op_match``). Every figure is per step and per device that ran the op (seconds), so runs with
different step counts or device counts compare directly.

``Diff.ops``, ``Diff.summary`` and ``Diff.by_source()`` have the columns of ``report/diff_tables.py``,
listed below.

The split. With theory time t and measured time m = t / e (e the efficiency) on each side,
    delta_work_s       = (t_new − t_base) · (1/e_base + 1/e_new) / 2
    delta_efficiency_s = (t_base + t_new) / 2 · (1/e_new − 1/e_base)
and delta_work_s + delta_efficiency_s = delta_measured_s exactly. The first is the change of work priced
at the two runs' mean time per unit of work; the second is the same (mean) work run better or worse.
This symmetric split (swap the runs and every term flips sign) is used rather than the raw roofline
change ``delta_theory_s``: an op at 15 % of its roofline whose work doubles takes 6.7× its roofline
change longer, and that whole increase is the new work, not a loss of efficiency. An op with no work on
one side (added work, removed work) puts all of delta_measured_s in delta_work_s.
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
from perfdiff.compare.match import match_ops
from perfdiff.report import diff_tables
from perfdiff.report.columns import describe_all
from perfdiff.report.diff_tables import SCHEMA
from perfdiff.report.jsonable import to_jsonable
from perfdiff.report.report import Report
from perfdiff.report.store import read_report_file

__doc__ = (__doc__ or "") + describe_all(diff_tables.OPS, diff_tables.SUMMARY, diff_tables.SOURCES)

DIFF_COLUMNS = diff_tables.OPS.names
_WORK_TOLERANCE = 1e-6  # relative change of roofline time below which the work is "the same"
_MIN_DRIFT_OPS = 5  # fewer ops with unchanged work than this: no drift estimate (1.0)


@dataclass(frozen=True)
class NoiseRule:
    """When an op's change of time counts as real.

    First the run-wide drift is taken out: ``drift_ratio`` (new / base time of the ops whose work did
    not change, time-weighted median) says how much faster or slower the new run went as a whole —
    a busier machine, another clock. An op is above noise when its new time differs from
    drift × its base time by more than its noise floor (seconds per step), the largest of

    - ``min_step_share`` × the base run's mean step time (default 1 %: smaller changes do not matter);
    - ``min_relative`` × the larger of its two (drift-corrected) times (default 10 %: ops do not all
      drift alike);
    - ``jitter`` × (spread_base / steps_base + spread_new / steps_new), where spread is max − min of a
      run's step times: the most that disturbances confined to single steps (a preempted thread, a
      page fault storm) can move one op's per-step mean, in each run. This term guards ops whose work
      did not change; an op whose work changed and whose time moved the same way has a known cause,
      and only the first two floors apply to it.

    The defaults come from diffs of repeated captures of one configuration on a busy 2-core machine
    (benchmarks/README.md): there no op moved by more than the jitter term, while a fixed share of
    the step alone could not separate noise from change. On a TPU, steps repeat to within a fraction
    of a percent and the 1 % floor decides.
    """

    min_step_share: float = 0.01
    min_relative: float = 0.10
    jitter: float = 1.0
    drift: bool = True

    def to_dict(self) -> dict[str, float | bool]:
        return asdict(self)

    def step_jitter_s(self, base: Report, new: Report) -> float:
        """The jitter term (seconds per step), before the ``jitter`` factor."""
        return _spread_per_step(base) + _spread_per_step(new)


@dataclass
class Diff:
    """Two runs compared: ``ops`` (a DataFrame) and ``summary`` (a dict) with the columns below,
    the ``base`` and ``new`` Reports, the ``noise`` rule and ``warnings``."""

    base: Report
    new: Report
    ops: pd.DataFrame
    summary: dict[str, Any]
    noise: NoiseRule = field(default_factory=NoiseRule)
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
                "warnings": list(self.warnings),
            }
        )

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), indent=indent, allow_nan=False)

    def by_source(self) -> pd.DataFrame:
        """The op changes summed per source line: ``diff_tables.SOURCES`` (see the module doc)."""
        ops = self.ops[self.ops["source"] != ""]
        grouped = ops.groupby("source", sort=False)
        table = grouped[["measured_base_s", "measured_new_s", "delta_measured_s", "delta_work_s"]].sum()
        table["delta_efficiency_s"] = grouped["delta_efficiency_s"].sum()
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
    """Compare two runs op by op.

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
    pairs = match_ops(left, right)
    ops = _join(left, right, pairs)
    ops = _attribute(ops)
    step_s = float(base_report.summary.get("step_s_mean") or math.nan)
    jitter_s = rule.step_jitter_s(base_report, new_report)
    ops, drift = _judge(ops, rule, step_s, jitter_s)
    ops = ops.sort_values("delta_measured_s", ascending=False, kind="stable", na_position="last")
    ops = ops.reset_index(drop=True)[DIFF_COLUMNS]
    summary = _summary(base_report, new_report, ops, jitter_s * rule.jitter, drift)
    return Diff(base_report, new_report, ops, summary, rule, warnings)


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
    step_s = float(report.summary.get("step_s_mean") or math.nan)
    priced = add_flags(priced, step_s, report.flag_rule)
    terms = priced[["t_compute_s", "t_hbm_s", "t_ici_s"]].div(per, axis=0).sum(min_count=1)
    summary = dict(report.summary)
    # Unpriced ops have no theory (NaN), never 0: with none priced, the theory figures are unknown.
    summary["op_theory_s"] = float(priced["theory_per_step_s"].sum(min_count=1))
    summary["theory_step_s"] = float(terms.max())
    summary["flagged"] = int(priced["flag"].sum())
    ops = priced[report.ops.columns]
    return Report(**{**report.__dict__, "chip": chip, "ops": ops, "summary": summary})


def _per_step(report: Report) -> pd.DataFrame:
    """The report's ops, per step and per device that ran them."""
    ops = report.ops
    text = {c: ops[c].fillna("").astype(str).to_numpy() for c in ("opcode", "category", "source", "op_name")}
    return pd.DataFrame(
        {
            "module": ops["module"].fillna("").astype(str).to_numpy(),
            "op": ops["op"].astype(str).to_numpy(),
            **text,
            "signature": ops["signature"].fillna("").astype(str).to_numpy(),
            "bound": ops["bound"].astype(str).to_numpy(),
            "calls": ops["calls_per_step"].to_numpy(float),
            "measured_s": ops["measured_per_step_s"].to_numpy(float),
            "theory_s": ops["theory_per_step_s"].to_numpy(float),
            "efficiency": ops["efficiency"].to_numpy(float),
        }
    )


def _join(left: pd.DataFrame, right: pd.DataFrame, pairs: pd.DataFrame) -> pd.DataFrame:
    """One row per pair, plus the unpaired ops of each side (removed, added)."""
    values = ["op", "signature", "bound", "calls", "measured_s", "theory_s", "efficiency"]
    shared = ["module", "category", "opcode", "source", "op_name"]
    both = pairs.join(left.add_suffix("_base"), on="base").join(right.add_suffix("_new"), on="new")
    gone = left.drop(index=pairs["base"]).add_suffix("_base").assign(match="removed")
    came = right.drop(index=pairs["new"]).add_suffix("_new").assign(match="added")
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
        for column in ("calls", "measured_s", "theory_s"):
            frame.loc[absent, f"{column}_{side}"] = 0.0
        frame[f"op_{side}"] = frame[f"op_{side}"].astype(object).where(~absent, None)
        frame[f"signature_{side}"] = frame[f"signature_{side}"].astype(object).where(~absent, None)
        frame[f"bound_{side}"] = frame[f"bound_{side}"].astype(object).where(~absent, None)
    renamed = {f"{c}_s_{s}": f"{c}_{s}_s" for c in ("measured", "theory") for s in ("base", "new")}
    return frame.rename(columns=renamed)


def _attribute(frame: pd.DataFrame) -> pd.DataFrame:
    """delta_measured_s, measured_change, delta_theory_s, work_ratio and the work / efficiency split
    (see the module doc)."""
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
    work = np.where(unknown, np.nan, work)
    frame["delta_measured_s"] = delta
    frame["delta_theory_s"] = t1 - t0
    with np.errstate(divide="ignore", invalid="ignore"):
        frame["measured_change"] = np.where(m0 > 0, delta / m0, np.nan)
        frame["work_ratio"] = np.where(t0 > 0, t1 / t0, np.nan)
    frame["delta_work_s"] = work
    frame["delta_efficiency_s"] = delta - work
    scale = np.fmax(np.abs(t0), np.abs(t1))
    frame["work_changed"] = ~unknown & (np.abs(t1 - t0) > _WORK_TOLERANCE * scale)
    cause = np.where(np.abs(work) >= np.abs(delta - work), "work", "efficiency")
    frame["cause"] = np.where(unknown, "unknown", cause)
    return frame


def drift_ratio(frame: pd.DataFrame) -> float:
    """new / base time of the ops whose work did not change: their median ratio, weighted by time.

    1.0 when fewer than ``_MIN_DRIFT_OPS`` such ops ran in both runs. A whole run slowed by a busier
    machine, another clock or a profiler setting moves every op by about this factor.
    """
    m0, m1 = frame["measured_base_s"].to_numpy(float), frame["measured_new_s"].to_numpy(float)
    same = ~frame["work_changed"].to_numpy(bool) & (m0 > 0) & (m1 > 0)
    same &= ~frame["match"].isin(["added", "removed"]).to_numpy() & ~frame["cause"].eq("unknown").to_numpy()
    if same.sum() < _MIN_DRIFT_OPS:
        return 1.0
    ratio, weight = m1[same] / m0[same], (m0 + m1)[same]
    order = np.argsort(ratio)
    cumulative = np.cumsum(weight[order])
    return float(ratio[order][np.searchsorted(cumulative, cumulative[-1] / 2)])


def _judge(
    frame: pd.DataFrame, rule: NoiseRule, step_s: float, jitter_s: float
) -> tuple[pd.DataFrame, float]:
    """drift_s, noise_s, above_noise, status and share_of_step by ``rule``; and the drift ratio."""
    drift = drift_ratio(frame) if rule.drift else 1.0
    m0, m1 = frame["measured_base_s"].to_numpy(float), frame["measured_new_s"].to_numpy(float)
    expected = drift * m0  # what the op would take in the new run had only the machine changed
    floor = rule.min_step_share * step_s if math.isfinite(step_s) else 0.0
    beyond = m1 - expected
    theory_delta = frame["delta_theory_s"].to_numpy(float)
    explained = frame["work_changed"].to_numpy(bool) & (np.sign(beyond) == np.sign(theory_delta))
    jitter = np.where(explained, 0.0, rule.jitter * jitter_s)
    noise = np.maximum(np.maximum(floor, rule.min_relative * np.fmax(expected, m1)), jitter)
    above = np.abs(beyond) > noise
    delta = frame["delta_measured_s"].to_numpy(float)
    frame["drift_s"] = expected - m0
    frame["noise_s"] = noise
    frame["above_noise"] = above
    frame["share_of_step"] = delta / step_s if step_s > 0 else np.nan
    status = np.where(above, np.where(beyond > 0, "regressed", "improved"), "unchanged")
    status = np.where(frame["match"] == "added", "added", status)
    frame["status"] = np.where(frame["match"] == "removed", "removed", status)
    return frame, drift


def _spread_per_step(report: Report) -> float:
    """(max − min) of the report's step times over its step count (s); 0 with fewer than 2 steps."""
    times = pd.to_numeric(report.steps.get("measured_s", pd.Series(dtype=float)), errors="coerce").dropna()
    if len(times) < 2:
        return 0.0
    return float(times.max() - times.min()) / len(times)


def _summary(
    base: Report, new: Report, ops: pd.DataFrame, step_noise_s: float, drift: float
) -> dict[str, Any]:
    """The diff's headline figures: ``diff_tables.SUMMARY``."""
    b, n = base.summary, new.summary
    step0, step1 = _num(b.get("step_s_mean")), _num(n.get("step_s_mean"))
    levels = ops.loc[~ops["match"].isin(["added", "removed"]), "match"].value_counts()
    return {
        "step_base_s": step0,
        "step_new_s": step1,
        "delta_step_s": step1 - step0,
        "step_change": (step1 - step0) / step0 if step0 > 0 else math.nan,
        "step_noise_s": step_noise_s,
        "drift": drift,
        "theory_step_base_s": _num(b.get("theory_step_s")),
        "theory_step_new_s": _num(n.get("theory_step_s")),
        "op_theory_base_s": _num(b.get("op_theory_s")),
        "op_theory_new_s": _num(n.get("op_theory_s")),
        "op_measured_base_s": _num(b.get("op_measured_s")),
        "op_measured_new_s": _num(n.get("op_measured_s")),
        "idle_base_s": _num(b.get("idle_s_mean")),
        "idle_new_s": _num(n.get("idle_s_mean")),
        "model_theory_base_s": b.get("model_theory_step_s"),
        "model_theory_new_s": n.get("model_theory_step_s"),
        "delta_ops_s": float(ops["delta_measured_s"].sum()),
        "delta_work_s": float(ops["delta_work_s"].sum()),
        "delta_efficiency_s": float(ops["delta_efficiency_s"].sum()),
        "ops_base": int(len(base.ops)),
        "ops_new": int(len(new.ops)),
        "matched": int(levels.sum()),
        "matched_by": {str(k): int(v) for k, v in levels.items()},
        "added": int((ops["status"] == "added").sum()),
        "removed": int((ops["status"] == "removed").sum()),
        "regressed": int((ops["status"] == "regressed").sum()),
        "improved": int((ops["status"] == "improved").sum()),
        "work_changed": int(ops["work_changed"].sum()),
        "chip_base": base.chip.name,
        "chip_new": new.chip.name,
    }


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
