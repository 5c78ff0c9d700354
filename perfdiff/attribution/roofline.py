"""The roofline of each op: time at the chip's peaks, what bounds it, and the gap to measured time.

For an op with ``flops`` FLOPs, ``hbm_bytes`` bytes to and from memory, ``ici_bytes`` / ``dcn_bytes``
sent over the interconnect / between slices, ``host_bytes`` over the host link (totals over its
executions) and ``occurrences`` executions, on a chip with peak FLOP/s P (the int8/fp8 peak when the
op reads 8-bit inputs), memory bandwidth B (on a CPU: the memory roof at the bytes one execution
touches, ``Chip.memory_bytes_per_s``), interconnect W, DCN D, host link H and per-op floor F (CPU:
measured; GPU: the trace's shortest op; TPU: none, 0):

    t_compute_s = flops / P        t_hbm_s = hbm_bytes / B      t_ici_s = ici_bytes / W
    t_host_s    = host_bytes / H   t_dcn_s = dcn_bytes / D      t_overhead_s = occurrences · F
    work        = max of the six terms                           (a lower bound on its time)
    bound       = the largest term: compute, hbm, ici, host, dcn or overhead (none if all are 0)

Fake CPU devices share one host: an op during which ``shared_by`` devices of its host were busy on
average (``sharing``) is priced at 1/``shared_by`` of the host's peaks, and at the memory roof of
``shared_by`` working sets side by side (B(shared_by · bytes) / shared_by). Not a collective: its
devices run it together, and the CPU's interconnect rate is measured that way.

Ordinary ops: ``theory_s`` = work, ``efficiency`` = work / measured_s, ``gap_s`` = measured_s − work.
An async transfer (a ``-done`` with ``span_s``, see ``async_pairs``) ran over its span, of which the
program waited ``measured_s`` (its exposed time) and the rest was hidden behind other work:
``efficiency`` = work / span_s; ``theory_s`` = max(0, work − hidden), the part of its roofline time the
step had to wait for; ``gap_s`` = measured_s − theory_s, the exposed time the roofline does not need.

An op without a cost (an opaque custom call XLA cannot price, an op missing from the HLO) has bound
"unpriced" and NaN times: it is never shown as free. An op that ran faster than its priced work
(efficiency above 1) is a cost-model suspect: bound "suspect", ``suspect`` says why, and its
``theory_s``, ``efficiency`` and ``gap_s`` are NaN — kept out of every total of recoverable time.
``flag`` marks ops worth a look (see ``FlagRule``).
"""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pandas as pd

from perfdiff.chips.table import Chip
from perfdiff.report.report import FlagRule
from perfdiff.report.vocabulary import Bound
from perfdiff.report.words import count

# The roofline terms, in the order ties are broken, and the bound each one names.
TERMS = (
    ("t_compute_s", Bound.COMPUTE), ("t_hbm_s", Bound.HBM), ("t_ici_s", Bound.ICI),
    ("t_host_s", Bound.HOST), ("t_dcn_s", Bound.DCN), ("t_overhead_s", Bound.OVERHEAD),
)  # fmt: skip


def _rate(value: float) -> float:
    """A link rate, NaN where the chip does not know it (its term is then 0: a lower bound still)."""
    return value if value and math.isfinite(value) and value > 0 else math.nan


def _per_device(ops: pd.DataFrame, column: str, default: float) -> np.ndarray:
    return ops[column].to_numpy(float) if column in ops else np.full(len(ops), default)


def add_roofline(ops: pd.DataFrame, chip: Chip, *, explain: bool = True) -> pd.DataFrame:
    """``ops`` (columns flops, hbm_bytes, ici_bytes, int8_inputs, measured_s, occurrences: totals;
    optional dcn_bytes, host_bytes, span_s, shared_by, cost_lower_bound) with the roofline columns
    t_compute_s, t_hbm_s, t_ici_s, t_host_s, t_dcn_s, t_overhead_s, theory_s, bound, efficiency,
    gap_s, and with ``explain`` suspect, added (seconds; see the module docstring). Without
    ``explain`` (the analysis's per-execution rows, tens of thousands of suspects whose words no view
    shows) no ``suspect`` column is written."""
    out = ops.copy()
    n = len(out)
    shared = np.clip(np.nan_to_num(_per_device(out, "shared_by", 1.0), nan=1.0), 1.0, None)
    occurrences = np.maximum(_per_device(out, "occurrences", 1.0), 1.0)
    flops = out["flops"].to_numpy(float)
    hbm = out["hbm_bytes"].to_numpy(float)
    ici = np.nan_to_num(out["ici_bytes"].to_numpy(float))
    dcn = np.nan_to_num(_per_device(out, "dcn_bytes", 0.0))
    if chip.kind != "cpu":
        shared = np.ones(n)
    # A collective's devices run it together, and the host's interconnect rate was measured so: its
    # memory traffic is that exchange, already priced at the shared rate.
    shared = np.where((ici > 0) | (dcn > 0), 1.0, shared)
    host = np.nan_to_num(_per_device(out, "host_bytes", 0.0))
    peak = np.where(out["int8_inputs"].to_numpy(bool), chip.peak_int8_flops_per_s, chip.peak_flops_per_s)
    memory = chip.memory_bytes_per_s(np.nan_to_num(hbm) / occurrences * shared) / shared
    floor = chip.op_floor_s if math.isfinite(chip.op_floor_s) else 0.0
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = {
            "t_compute_s": flops / (peak / shared),
            "t_hbm_s": hbm / memory,
            "t_ici_s": np.where(ici > 0, ici / chip.ici_bytes_per_s, 0.0),
            "t_host_s": np.where(host > 0, host / _rate(chip.host_link_bytes_per_s), 0.0),
            "t_dcn_s": np.where(dcn > 0, dcn / _rate(chip.dcn_bytes_per_s), 0.0),
            "t_overhead_s": occurrences * floor,
        }
    unknown = np.isnan(flops) & np.isnan(hbm)
    stacked = np.stack([np.nan_to_num(terms[name], nan=0.0) for name, _ in TERMS])
    work = np.where(unknown, np.nan, stacked.max(axis=0))
    winner = np.array([bound.value for _, bound in TERMS])[stacked.argmax(axis=0)]
    bound = np.where(
        unknown, Bound.UNPRICED.value, np.where(stacked.max(axis=0) > 0, winner, Bound.NONE.value)
    )

    measured = out["measured_s"].to_numpy(float)
    span = _per_device(out, "span_s", math.nan)
    pair = np.isfinite(span)
    priced_over = np.where(pair, span, measured)
    with np.errstate(divide="ignore", invalid="ignore"):
        efficiency = np.where(priced_over > 0, work / priced_over, np.nan)
    hidden = np.where(pair, np.clip(span - measured, 0.0, None), 0.0)
    theory = np.where(pair, np.clip(work - hidden, 0.0, None), work)
    suspect = np.isfinite(efficiency) & (efficiency > 1.0 + 1e-9)  # not an op at its roofline, rounded
    for name, _ in TERMS:
        out[name] = np.where(unknown, np.nan, terms[name])
    out["theory_s"] = np.where(suspect, np.nan, theory)
    out["bound"] = np.where(suspect, Bound.SUSPECT.value, bound)
    out["efficiency"] = np.where(suspect, np.nan, np.minimum(efficiency, 1.0))
    out["gap_s"] = measured - out["theory_s"].to_numpy(float)
    if explain:
        out["suspect"] = _reasons(out, suspect, efficiency, bound, pair, chip)
    return out


def _reasons(
    ops: pd.DataFrame, suspect: np.ndarray, efficiency: np.ndarray, bound: np.ndarray, pair: np.ndarray,
    chip: Chip,
) -> np.ndarray:  # fmt: skip
    """Why each suspect op's price is wrong, in words ("" for the others)."""
    out = np.full(len(ops), "", dtype=object)
    lower = ops["cost_lower_bound"].to_numpy(bool) if "cost_lower_bound" in ops else np.zeros(len(ops), bool)
    floor = f"{chip.op_floor_s * 1e6:.3g} µs" if math.isfinite(chip.op_floor_s) else ""
    why = {
        Bound.COMPUTE.value: "its FLOPs are over-counted, or the compute peak is low for it",
        Bound.HBM.value: "its memory bytes are over-counted (an in-place update, data reused from cache) "
        "or the memory roof is low for it",
        Bound.ICI.value: "its interconnect bytes are over-counted, or the link is faster than the chip "
        "figure",
        Bound.HOST.value: "the host link is faster than the chip table's figure",
        Bound.DCN.value: "the data-centre network is faster than the chip table's figure",
        Bound.OVERHEAD.value: f"it ran in less than the per-op floor ({floor}): the floor is set too high",
    }
    for i in np.flatnonzero(suspect):
        ratio = f"{efficiency[i]:.3g}x"
        if lower[i]:
            text = f"ran at {ratio} its lower-bound price: it reads less than all of its operands"
        elif pair[i]:
            text = f"its transfer ran at {ratio} its roofline over its span: {why.get(bound[i], '')}"
        else:
            text = f"ran at {ratio} its roofline: {why.get(bound[i], 'its cost is over-counted')}"
        out[i] = text
    return out


def with_trace_floor(chip: Chip, events: pd.DataFrame) -> Chip:
    """``chip`` with a per-op floor from the trace where it has none of its own: on a GPU, which
    launches each op's kernels one by one, the shortest op execution in ``events`` (``dur_ns``) — by
    construction no op ran faster. A TPU has none: its ops are instructions of one program that the
    chip sequences itself, with no launch per op (the v6e trace's copy-starts take 1-7 ns)."""
    if math.isfinite(chip.op_floor_s) or events.empty or chip.kind != "gpu":
        return chip
    shortest = float(events["dur_ns"].min()) / 1e9
    if not shortest > 0:  # an op of no measurable length: no floor to speak of
        return chip
    note = f"per-op floor {shortest * 1e9:.3g} ns: the trace's shortest op"
    return dataclasses.replace(chip, op_floor_s=shortest, notes="; ".join(filter(None, [chip.notes, note])))


def add_per_step(ops: pd.DataFrame, n_steps: int) -> pd.DataFrame:
    """Add calls_per_step, measured_per_step_s, theory_per_step_s and gap_per_step_s: the totals
    (occurrences, measured_s, theory_s, gap_s) per step and per device that ran the op."""
    out = ops.copy()
    per = n_steps * out["devices"].clip(lower=1)
    for total, column in (("occurrences", "calls_per_step"), ("measured_s", "measured_per_step_s"),
                          ("theory_s", "theory_per_step_s"), ("gap_s", "gap_per_step_s")):  # fmt: skip
        out[column] = out[total] / per
    return out


_LINKS = {"hbm": ("hbm_bytes", "t_hbm_s"), "ici": ("ici_bytes", "t_ici_s"),
          "host": ("host_bytes", "t_host_s"), "dcn": ("dcn_bytes", "t_dcn_s")}  # fmt: skip


def busy_per_device(ops: pd.DataFrame) -> pd.Series:
    """Seconds each op worked on one device, the time its achieved rates are over: an async
    transfer's span (it moves its bytes from -start to -done, not over its -done's wait — over the
    wait a v6e host copy would read 1e18 B/s), else its measured time; divided by its devices."""
    devices = ops["devices"].clip(lower=1)
    return ops["span_s"].where(ops["span_s"] > 0, ops["measured_s"]) / devices


def add_link_rates(ops: pd.DataFrame) -> pd.DataFrame:
    """Add busiest_link (the link whose bytes take longest at its peak: hbm, ici, host or dcn; None
    when the op moves no bytes), link_bytes_per_call and achieved_link_bytes_per_s (those bytes per
    device over its time on a device; an async transfer's over its span): the bandwidth view of ops
    without FLOPs. Needs the t_*_s terms (``add_roofline``), occurrences, devices and span_s."""
    out = ops.copy()
    times = pd.DataFrame({name: out[t] for name, (_, t) in _LINKS.items()}).astype(float).fillna(0.0)
    moves = times.to_numpy().max(axis=1) > 0 if len(times) else np.zeros(0, bool)
    busiest = times.idxmax(axis=1).where(moves) if len(times) else pd.Series(dtype=object)
    link_bytes = pd.Series(np.nan, index=out.index)
    for name, (column, _) in _LINKS.items():
        link_bytes = link_bytes.mask(busiest == name, out[column])
    devices = out["devices"].clip(lower=1)
    busy = busy_per_device(out)
    out["busiest_link"] = busiest.astype(object).where(moves, None)
    with np.errstate(divide="ignore", invalid="ignore"):
        out["link_bytes_per_call"] = link_bytes / out["occurrences"]
        out["achieved_link_bytes_per_s"] = (link_bytes / devices / busy).where(busy > 0)
    return out


def add_flags(ops: pd.DataFrame, step_s: float, rule: FlagRule) -> pd.DataFrame:
    """Add ``share_of_step`` (gap_per_step_s / step_s) and ``flag`` (bool) by ``rule``."""
    out = ops.copy()
    with np.errstate(divide="ignore", invalid="ignore"):
        share = out["gap_per_step_s"].to_numpy(float) / step_s if step_s > 0 else np.full(len(out), np.nan)
    out["share_of_step"] = share
    efficiency = out["efficiency"].to_numpy(float)
    # An op without an efficiency (unpriced, a suspect) is never flagged: its recoverable time is unknown.
    out["flag"] = (np.nan_to_num(share, nan=0.0) >= rule.min_step_share) & (
        np.isfinite(efficiency) & (np.nan_to_num(efficiency, nan=1.0) < rule.max_efficiency)
    )
    return out


def price_notes(ops: pd.DataFrame) -> list[str]:
    """What a reader must know about how some ops are priced, in words (the report's warnings): the
    cost-model suspects and the ops priced at a lower bound. ``ops``: the report's ops table."""
    out = []
    suspects = ops[ops["bound"] == Bound.SUSPECT.value]
    if len(suspects):
        worst = suspects.sort_values("measured_per_step_s", ascending=False).head(3)
        said = "; ".join(f"{r.op}: {r.suspect}" for r in worst.itertuples())
        out.append(
            f"{count(len(suspects), 'op')} ran faster than "
            + (
                "its priced work: a cost-model suspect"
                if len(suspects) == 1
                else "their priced work: cost-model suspects"
            )
            + f", left out of the recoverable time ({said}{'; …' if len(suspects) > 3 else ''})"
        )
    lower = ops[ops["cost_lower_bound"].astype(bool) & (ops["bound"] != Bound.SUSPECT.value)]
    if len(lower):
        out.append(
            f"{count(len(lower), 'custom kernel')} {'is' if len(lower) == 1 else 'are'} priced from their "
            "operand and result bytes, a lower bound of their work: their roofline and efficiency are lower "
            "bounds too (≥)"
        )
    return out
