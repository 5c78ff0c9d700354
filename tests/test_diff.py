"""perfdiff.diff: ops paired by what they are, the change split into work and efficiency, the noise
rule — on small reports built here and on real captures of the example model (what their timing
cannot change; the time-dependent verdicts on traces with known times are in test_verdicts.py)."""

from __future__ import annotations

import dataclasses
import json
import math
from pathlib import Path

import jsonschema
import numpy as np
import pandas as pd
import pytest
from example_captures import Captures, mlp_lines
from hypothesis import given, settings
from hypothesis import strategies as st

import perfdiff
from perfdiff.attribution.roofline import add_link_rates, add_per_step, add_roofline
from perfdiff.chips.table import CHIPS, Chip
from perfdiff.compare.diff import DIFF_COLUMNS, NoiseRule, diff
from perfdiff.compare.drift import Drift
from perfdiff.compare.stats import cut_count, shift_interval
from perfdiff.compare.verdict import judge_ops, step_verdict
from perfdiff.report.report import OP_COLUMNS, Report
from perfdiff.report.schemas import diff_schema

CHIP = CHIPS["tpu-v5e"]  # 1.97e14 FLOP/s, 8.1e11 B/s
MS = 1e-3
FLOPS_PER_MS = CHIP.peak_flops_per_s * MS  # FLOPs that take 1 ms at the compute roof


def op(name: str, roofline_ms: float, measured_ms: float, **what: str) -> dict:
    """A compute-bound op: ``roofline_ms`` of work, ``measured_ms`` measured, per step."""
    return {"op": name, "flops": roofline_ms * FLOPS_PER_MS, "measured_ms": measured_ms, **what}


def make_report(name: str, ops: list[dict], step_ms: list[float], chip: Chip = CHIP) -> Report:
    """A Report as ``perfdiff.analyze`` would build it: totals over len(step_ms) steps on one device."""
    n = len(step_ms)
    rows = []
    for spec in ops:
        row = {"opcode": "fusion", "category": "matmul", "source": "", "library_source": "", "stack": "",
               "op_name": "", "signature": "", "copies_input": "", **spec}  # fmt: skip
        row["measured_s"] = row.pop("measured_ms") * MS * n
        row["flops"] = row["flops"] * n
        row.setdefault("signature", "")
        rows.append(row)
    frame = pd.DataFrame(rows)
    frame["hbm_bytes"] = 1.0
    frame["ici_bytes"] = frame["dcn_bytes"] = frame["host_bytes"] = 0.0
    frame["int8_inputs"] = frame["cost_lower_bound"] = False
    frame["link"] = ""
    frame["shared_by"] = 1.0
    frame["span_s"] = frame["exposed_s"] = frame["hidden_fraction"] = np.nan
    frame = add_roofline(frame, chip)
    frame["program_id"] = np.uint64(7)
    frame["module"] = "jit_step"
    frame["occurrences"] = n
    frame["devices"] = 1
    frame["collective"] = None
    frame["group_size"] = pd.array([pd.NA] * len(frame), dtype="Int64")
    frame = add_per_step(frame, n)
    frame["share_of_step"] = frame["gap_per_step_s"] / (np.mean(step_ms) * MS)
    frame["flag"] = False
    frame["intensity_flops_per_byte"] = frame["flops"] / frame["hbm_bytes"]
    frame["achieved_flops_per_s"] = frame["flops"] / frame["measured_s"]
    frame["achieved_hbm_bytes_per_s"] = frame["hbm_bytes"] / frame["measured_s"]
    frame = add_link_rates(frame)
    frame["cost_source"] = "trace"
    # Each op takes the same time in every step (its quartiles are its time per step) unless the spec
    # gives quartiles (q25_ms, q75_ms).
    frame["step_samples"] = n
    for column in ("step_q25_s", "step_median_s", "step_q75_s"):
        frame[column] = frame["measured_per_step_s"]
    for name, column in (("q25_ms", "step_q25_s"), ("q75_ms", "step_q75_s")):
        if name in frame:
            frame[column] = frame[name].fillna(frame["measured_per_step_s"] / MS) * MS
    steps = pd.DataFrame({"step": range(n), "name": "train", "measured_s": np.array(step_ms) * MS})
    op_theory = float(frame["theory_s"].sum()) / n
    summary = {
        "steps": n,
        "step_s_mean": float(np.mean(step_ms)) * MS,
        "theory_step_s": op_theory,
        "op_theory_s": op_theory,
        "op_measured_s": float(frame["measured_s"].sum()) / n,
        "idle_s_mean": 0.0,
        "model_theory_step_s": None,
    }
    return Report(name, f"/runs/{name}", "tpu", chip, summary, frame[OP_COLUMNS], steps)


def row(result, op_new: str) -> pd.Series:
    return result.ops.set_index("op_new").loc[op_new]


def test_renamed_fusions_pair_by_what_they_are_not_by_name() -> None:
    dot = {
        "source": "model.py:10",
        "op_name": "jit(step)/dot_general",
        "signature": "fusion(f32[8,8])->f32[8]",
    }
    add = {"source": "model.py:11", "op_name": "jit(step)/add", "signature": "fusion(f32[8])->f32[8]"}
    base = make_report("base", [op("fusion.12", 1, 2, **dot), op("fusion.13", 1, 2, **add)], [5, 5])
    # The recompile renumbered them: the dot is now fusion.15 and the name fusion.12 went to the add.
    new = make_report("new", [op("fusion.15", 1, 2, **dot), op("fusion.12", 1, 2, **add)], [5, 5])
    result = diff(base, new)
    assert row(result, "fusion.15")["op_base"] == "fusion.12"
    assert row(result, "fusion.12")["op_base"] == "fusion.13"
    assert set(result.ops["match"]) == {"signature"}
    assert set(result.ops["status"]) == {"unchanged"}
    assert result.summary["matched_by"] == {"signature": 2}


def test_a_reshaped_op_is_a_change_of_work() -> None:
    what = {"source": "model.py:20", "op_name": "jit(step)/dot_general"}
    base = make_report("base", [op("fusion.1", 1, 2, signature="dot(f32[8,8])", **what)], [10, 10])
    new = make_report("new", [op("fusion.4", 4, 8, signature="dot(f32[8,32])", **what)], [16, 16])
    change = row(diff(base, new), "fusion.4")
    assert change["match"] == "reshaped" and change["work_changed"]
    assert change["delta_measured_s"] == pytest.approx(6 * MS)
    assert change["delta_theory_s"] == pytest.approx(3 * MS)
    # Same efficiency (50 %) on both sides: all of the 6 ms is the new work, none is efficiency.
    assert change["delta_work_s"] == pytest.approx(6 * MS)
    assert change["delta_efficiency_s"] == pytest.approx(0, abs=1e-15)
    assert change["cause"] == "work" and change["status"] == "regressed"


@pytest.mark.parametrize(
    ("new_roofline_ms", "new_ms", "work_ms", "efficiency_ms"),
    [
        (1, 3, 0.0, 1.0),  # same work, slower: all efficiency
        (2, 3, 1.75, -0.75),  # 1 ms more work at 2.0 and 1.5 ms per roofline ms (mean 1.75); ran better
        (0.5, 1, -1.0, 0.0),  # half the work at the same 50 % efficiency
    ],
    ids=["slower", "more-work-ran-better", "less-work"],
)
def test_work_and_efficiency_split_by_hand(
    new_roofline_ms: float, new_ms: float, work_ms: float, efficiency_ms: float
) -> None:
    what = {"source": "m.py:1", "op_name": "jit(f)/dot", "signature": "s"}
    base = make_report("base", [op("a", 1, 2, **what)], [4, 4])
    new = make_report("new", [op("a", new_roofline_ms, new_ms, **what)], [4, 4])
    change = diff(base, new).ops.iloc[0]
    assert change["delta_work_s"] == pytest.approx(work_ms * MS)
    assert change["delta_efficiency_s"] == pytest.approx(efficiency_ms * MS, abs=1e-12)


@settings(max_examples=40, deadline=None)
@given(
    st.floats(0.01, 10), st.floats(1, 20), st.floats(0.01, 10), st.floats(1, 20)
)  # roofline ms, measured / roofline, on each side
def test_split_adds_up_and_flips_with_the_runs(t0: float, slow0: float, t1: float, slow1: float) -> None:
    what = {"source": "m.py:1", "op_name": "jit(f)/dot", "signature": "s"}
    base = make_report("base", [op("a", t0, t0 * slow0, **what)], [100, 100])
    new = make_report("new", [op("a", t1, t1 * slow1, **what)], [100, 100])
    forward, backward = diff(base, new).ops.iloc[0], diff(new, base).ops.iloc[0]
    assert forward["delta_work_s"] + forward["delta_efficiency_s"] == pytest.approx(
        forward["delta_measured_s"]
    )
    assert backward["delta_work_s"] == pytest.approx(-forward["delta_work_s"])
    assert backward["delta_efficiency_s"] == pytest.approx(-forward["delta_efficiency_s"])


def test_a_layer_loop_keeps_names_then_pairs_by_time() -> None:
    layer = {"source": "m.py:5", "op_name": "jit(f)/dot", "signature": "s"}
    base = make_report("base", [op("fusion.1", 1, 3, **layer), op("fusion.2", 1, 1, **layer)], [9, 9])
    new = make_report("new", [op("fusion.2", 1, 1.1, **layer), op("fusion.7", 1, 2.9, **layer)], [9, 9])
    result = diff(base, new)
    assert row(result, "fusion.2")["op_base"] == "fusion.2"  # the same name wins
    assert row(result, "fusion.7")["op_base"] == "fusion.1"  # the rest: longest with longest


def test_added_and_removed_ops_are_all_work() -> None:
    base = make_report("base", [op("a", 1, 2, opcode="dot"), op("gone", 1, 1, opcode="sort")], [5, 5])
    new = make_report("new", [op("a", 1, 2, opcode="dot"), op("fresh", 2, 3, opcode="fft")], [6, 6])
    result = diff(base, new)
    ops = result.ops.set_index("status")
    assert ops.loc["added", "op_new"] == "fresh" and ops.loc["added", "delta_work_s"] == pytest.approx(3 * MS)
    assert ops.loc["removed", "op_base"] == "gone"
    assert ops.loc["removed", "delta_measured_s"] == pytest.approx(-1 * MS)
    assert result.summary["added"] == 1 and result.summary["removed"] == 1
    assert result.summary["matched_by"] == {"name": 1}


def test_noise_band_floors_and_spread() -> None:
    """An op's band is the largest of the rule's floors and its spread from its quartiles:
    a steady op's 8 % change stands out, the same change of an op that varies from step to step does
    not."""
    what = {"op_name": "jit(f)/dot", "signature": "s"}
    jumpy = {"q25_ms": 4.0, "q75_ms": 6.0}  # an interquartile range of 2 ms around 5 ms
    steady = op("steady", 1, 5, source="m.py:1", **what)
    base = make_report("base", [steady, op("jumpy", 1, 5, source="m.py:2", **what, **jumpy)], [10] * 4)
    new = make_report(
        "new", [op("steady", 1, 5.4, source="m.py:1", **what), op("jumpy", 1, 5.4, source="m.py:2", **what,
                q25_ms=4.4, q75_ms=6.4)], [10.8, 10.8, 10.8, 10.8],
    )  # fmt: skip
    result = diff(base, new)
    # floors: 1 % of 10 ms = 0.1 ms, 5 % of 5.4 ms = 0.27 ms; the steady op's quartiles meet: no error.
    assert row(result, "steady")["noise_s"] == pytest.approx(0.05 * 5.4 * MS)
    assert (
        row(result, "steady")["status"] == "regressed"
        and row(result, "steady")["reason"] == "same work, slower"
    )
    # jumpy: each run's spread σ = 2 ms / 1.349; the two in quadrature, × 1.96.
    sigma = 2 / 1.349 * MS
    assert row(result, "jumpy")["noise_s"] == pytest.approx(1.959964 * math.hypot(sigma, sigma), rel=1e-4)
    assert row(result, "jumpy")["status"] == "unchanged" and row(result, "jumpy")["reason"] == "within noise"
    assert not result.summary["drift_estimated"]  # two ops: too few for a drift
    relaxed = diff(base, new, noise=NoiseRule(min_relative=0.1))  # 10 % of 5.4 ms > 0.4 ms
    assert set(relaxed.ops["status"]) == {"unchanged"}
    loose = diff(base, new, noise=NoiseRule(confidence=0.5))  # z = 0.67: the jumpy op's band shrinks
    assert row(loose, "jumpy")["noise_s"] < row(result, "jumpy")["noise_s"] / 2


def _frame(m0: float, m1: float, work: float, samples: int, spread: float) -> pd.DataFrame:
    """One matched op of a diff's frame as ``judge_ops`` reads it (medians m0, m1; work ratio)."""
    return pd.DataFrame(
        {
            "match": ["signature"], "median_base_s": [m0], "median_new_s": [m1],
            "measured_base_s": [m0], "samples_base": [samples], "samples_new": [samples],
            "q25_base_s": [m0 * (1 - spread)], "q75_base_s": [m0 * (1 + spread)],
            "q25_new_s": [m1 * (1 - spread)], "q75_new_s": [m1 * (1 + spread)],
            "work_changed": [work != 1], "delta_theory_s": [(work - 1) * m0], "cause": ["work"],
        }
    )  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.floats(1e-6, 1.0), st.floats(0.05, 20), st.floats(0.2, 5), st.floats(0.0, 1.0), st.floats(1.0, 3.0),
    st.sampled_from([1.0, 0.5, 2.0]), st.integers(1, 40), st.floats(0.0, 0.5),
)  # fmt: skip
def test_drift_never_flips_a_change(
    m0: float,
    growth: float,
    drift: float,
    low_share: float,
    wide: float,
    work: float,
    samples: int,
    spread: float,
) -> None:
    """Whatever the drift and its interval: an op whose time grew beyond its noise band is never
    improved, one whose time fell beyond it never regressed; within its band it is unchanged."""
    low, high = drift / wide**low_share, drift * wide ** (1 - low_share)
    frame = _frame(m0, m0 * growth, work, samples, spread)
    judged = judge_ops(frame, Drift(drift, low, high, 10, True), NoiseRule(), step_s=10 * m0)
    status, noise = judged["status"].iloc[0], judged["noise_s"].iloc[0]
    change = m0 * growth - m0
    if change > noise:
        assert status != "improved"
    if -change > noise:
        assert status != "regressed"
    if abs(change) <= noise:
        assert status == "unchanged" and not judged["above_noise"].iloc[0]


def test_a_grown_op_is_never_improved_by_drift() -> None:
    """The issue's case: its work doubled and its time with it (+100 %), while the drift says 4.6×:
    before, it was 'improved' (slower than before, faster than the drift); now it is regressed for
    more work — the drift cannot explain a change of work, nor turn a change's sign. Without the
    change of work, the drift explains the same time, or leaves it open when it is uncertain."""

    def judged(work: float, drift: Drift) -> tuple[str, str]:
        out = judge_ops(_frame(1e-3, 2e-3, work, 20, 0.01), drift, NoiseRule(), step_s=10e-3)
        return out["status"].iloc[0], out["reason"].iloc[0]

    assert judged(2.0, Drift(4.62, 4.0, 5.2, 40, True)) == ("regressed", "more work")
    assert judged(1.0, Drift(4.62, 4.0, 5.2, 40, True)) == ("unchanged", "within the drift")
    assert judged(1.0, Drift(1.6, 1.2, 2.4, 40, True)) == ("inconclusive", "the drift is uncertain")
    assert judged(1.0, Drift(1.0, 0.98, 1.03, 40, True)) == ("regressed", "same work, slower")
    # A drift known only to 0.85–1.25×: the machines differed, and an op of unchanged work that
    # doubled is left open; one whose work doubled is not.
    assert judged(1.0, Drift(1.0, 0.85, 1.25, 40, True)) == ("inconclusive", "the drift is uncertain")
    assert judged(2.0, Drift(1.0, 0.85, 1.25, 40, True)) == ("regressed", "more work")


# --- the step's verdict from its step times --------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "m", "k"),
    [(2, 2, 0), (3, 3, 0), (4, 4, 1), (5, 5, 3), (8, 8, 14), (10, 10, 24), (5, 10, 9), (20, 20, 128)],
)
def test_rank_interval_cuts_as_the_mann_whitney_tables(n: int, m: int, k: int) -> None:
    """k − 1 is the two-sided 5 % critical value of U in the published tables (none below 4 and 4)."""
    assert cut_count(n, m, 0.95) == k


def test_hodges_lehmann_interval_by_hand() -> None:
    """Five values each, the new ones 2 higher: every pairwise difference is 2 + (j − i), from −2 to 6;
    the estimate is their median (2) and the 95 % interval cuts the 2 smallest and 2 largest of the 25
    (k = 3): from the 3rd smallest (−1) to the 3rd largest (5)."""
    shift = shift_interval(np.arange(5.0), np.arange(5.0) + 2, 0.95)
    assert (shift.estimate, shift.low, shift.high) == (2.0, -1.0, 5.0)
    assert not shift_interval(np.arange(3.0), np.arange(3.0), 0.95).decided


STEADY = 0.1 * (1 + 0.005 * np.sin(np.arange(10)))  # ten 100 ms steps within ±0.5 %
NO_DRIFT = Drift(1.0, 1.0, 1.0, 0, False)


FOUND = (0.02, 0.0)  # 20 ms of each 100 ms step found slower: ops regressed beyond their noise
FASTER = (0.0, 0.02)
NOTHING = (0.0, 0.0)


@pytest.mark.parametrize(
    ("new", "drift", "found", "verdict", "reason"),
    [
        (STEADY * 1.2, NO_DRIFT, FOUND, "regressed", ""),
        (STEADY * 1.2, Drift(1.2, 1.15, 1.25, 50, True), NOTHING, "inconclusive", "drift"),
        (STEADY * 1.2, Drift(1.03, 0.99, 1.06, 50, True), NOTHING, "inconclusive", "not found"),
        (STEADY * 1.2, Drift(1.2, 1.15, 1.25, 50, True), None, "regressed", ""),
        (STEADY[::-1] * 1.001, NO_DRIFT, NOTHING, "unchanged", ""),
        (STEADY * 1.05, NO_DRIFT, FOUND, "unchanged", ""),
        (STEADY * 0.8, NO_DRIFT, FASTER, "improved", ""),
        (STEADY * 0.8, Drift(0.8, 0.75, 0.85, 50, True), NOTHING, "unchanged", ""),
        (STEADY[:2], NO_DRIFT, FOUND, "inconclusive", "few steps"),
    ],
    ids=[
        "slower",
        "slower-machine",
        "slower-not-found",
        "slower-raw",
        "same",
        "below-threshold",
        "faster",
        "faster-machine",
        "few-steps",
    ],  # fmt: skip
)
def test_step_verdict(
    new: np.ndarray, drift: Drift, found: tuple[float, float] | None, verdict: str, reason: str
) -> None:
    """Slower beyond the threshold is regressed only where the diff found where (or the raw step is
    judged: found None); else the drift or nothing found leaves it open."""
    base = STEADY[: len(new)]
    out = step_verdict(base, new, drift, threshold=0.1, confidence=0.95, found=found)
    assert (out["verdict"], out["verdict_reason"]) == (verdict, reason), out
    if reason == "few steps":  # two steps each: 4 each give a 95 % interval
        assert out["steps_needed"] == 4 and math.isnan(out["change_low"])


def test_a_straddling_interval_says_how_many_steps_would_decide() -> None:
    """+10 % ± 4 % against a 10 % threshold straddles it; +13 % with the same spread needs some
    more steps; the further from the threshold, the fewer."""
    rng = np.random.default_rng(5)
    base = 0.1 * (1 + 0.04 * rng.standard_normal(6))
    near = step_verdict(base, 0.1 * 1.12 * (1 + 0.04 * rng.standard_normal(6)), NO_DRIFT, 0.1, 0.95)
    far = step_verdict(base, 0.1 * 1.2 * (1 + 0.04 * rng.standard_normal(6)), NO_DRIFT, 0.1, 0.95)
    assert near["verdict"] == "inconclusive" and near["verdict_reason"] == "straddles", near
    assert near["steps_needed"] > 6
    assert far["verdict"] in ("regressed", "inconclusive")
    if far["verdict"] == "inconclusive":
        assert far["steps_needed"] < near["steps_needed"]


def test_chip_reprices_both_runs() -> None:
    what = {"source": "m.py:1", "op_name": "jit(f)/dot", "signature": "s"}
    base = make_report("base", [op("a", 1, 2, **what)], [4, 4])
    new = make_report("new", [op("a", 1, 2, **what)], [4, 4])
    result = diff(base, new, chip="tpu-v6e")
    assert result.base.chip.name == "tpu-v6e" and not result.warnings
    expected = FLOPS_PER_MS / CHIPS["tpu-v6e"].peak_flops_per_s
    assert result.ops.iloc[0]["theory_base_s"] == pytest.approx(expected)
    mixed = diff(base, diff(new, new, chip="tpu-v6e").new)
    assert "different chips" in mixed.warnings[0]


def test_two_measurements_of_one_machine_are_priced_alike() -> None:
    what = {"source": "m.py:1", "op_name": "jit(f)/dot", "signature": "s"}
    base = make_report("base", [op("a", 1, 2, **what)], [4, 4])
    remeasured = dataclasses.replace(CHIP, peak_flops_per_s=2 * CHIP.peak_flops_per_s)
    new = make_report("new", [op("a", 1, 2, **what)], [4, 4], chip=remeasured)
    result = diff(base, new)
    change = result.ops.iloc[0]
    assert not change["work_changed"] and change["theory_base_s"] == change["theory_new_s"]
    assert "re-priced" in result.warnings[0] and result.base.chip == remeasured


def test_diff_json_validates_against_its_schema() -> None:
    what = {"source": "m.py:1", "op_name": "jit(f)/dot", "signature": "s"}
    base = make_report("base", [op("a", 1, 2, **what), op("b", 0, 1)], [4, 5])
    new = make_report("new", [op("a", 2, 3, **what), op("c", 1, 1)], [6, 6])
    result = diff(base, new)
    assert list(result.ops.columns) == DIFF_COLUMNS
    data = json.loads(result.to_json())
    jsonschema.validate(data, diff_schema())
    assert data["summary"]["added"] == 1 and data["summary"]["removed"] == 1


# --- real captures of the example model ------------------------------------------------------------
# Which op tops a diff of two captures, and whether a change is above noise, depend on what the machine
# did during each capture: those verdicts are tested on traces with known times (test_verdicts.py).
# Here: what the timing cannot change.


@pytest.fixture(scope="module")
def reports(captures: Captures) -> dict[str, Report]:
    return {name: perfdiff.analyze(getattr(captures, name)) for name in ("base", "wide")}


def test_wider_mlp_is_more_work_on_real_captures(reports: dict[str, Report]) -> None:
    result = perfdiff.diff(reports["base"], reports["wide"])
    ops = result.ops
    mlp = mlp_lines()
    matmuls = ops[ops["source"].isin(mlp) & (ops["category"] == "matmul")]
    shown = matmuls[["op_new", "op_base", "match", "work_changed", "delta_theory_s", "delta_work_s"]]
    assert len(matmuls) >= 12, shown  # gate, up and down of 2 layers, forward and backward
    assert (matmuls["match"] == "reshaped").all(), shown  # the same code with other shapes
    # Eight times the FLOPs (d_ff 512 -> 4096): the work changed, and more work always costs time in
    # the split (delta_work_s = Δ theory × mean time per unit of work > 0), whatever each run measured.
    assert matmuls["work_changed"].all() and (matmuls["delta_theory_s"] > 0).all(), shown
    assert (matmuls["delta_work_s"] > 0).all(), shown
    flops = {name: reports[name].ops.set_index("op")["flops"] for name in ("base", "wide")}
    for row in matmuls.itertuples():
        assert flops["wide"][row.op_new] == 8 * flops["base"][row.op_base], row
    lines = result.by_source().set_index("source")
    assert (lines.loc[sorted(mlp & set(lines.index)), "delta_work_s"] > 0).all()
    s = result.summary
    assert s["removed"] == 0 and s["matched"] == s["ops_base"] == len(reports["base"].ops)
    assert s["delta_work_s"] > 0 and s["work_changed"] >= 20
    # the roofline grows with the parameters and FLOPs (about 4x): no machine changes that
    assert s["theory_step_new_s"] > 2 * s["theory_step_base_s"]


def test_a_capture_against_itself_changes_nothing(reports: dict[str, Report]) -> None:
    """The same measurements on both sides: every op paired with itself, no change, nothing above noise."""
    result = perfdiff.diff(reports["base"], reports["base"])
    ops = result.ops
    assert (ops["op_base"] == ops["op_new"]).all() and result.summary["matched"] == len(ops)
    assert set(ops["status"]) == {"unchanged"}
    assert (ops["delta_measured_s"] == 0).all() and not ops["work_changed"].any()
    assert result.summary["drift"] == 1.0 and result.summary["step_change"] == 0


def test_diff_of_paths_and_saved_reports(
    captures: Captures, reports: dict[str, Report], tmp_path: Path
) -> None:
    saved = tmp_path / "perfdiff.report.json"
    saved.write_text(reports["base"].to_json())
    result = perfdiff.diff(saved, captures.wide)
    assert result.base.run == "base" and result.new.run == "wide"
    assert result.summary["matched"] == len(reports["base"].ops)
