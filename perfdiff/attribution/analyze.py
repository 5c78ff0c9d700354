"""``perfdiff.analyze``: a Profile priced against its chip's roofline -> a ``Report``.

The report is three tables and a summary; the JSON report, the CLI and the TensorBoard plugin all
render this one object. Their columns (seconds, FLOPs, bytes) are those of ``report/tables.py``:
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd

from perfdiff import units
from perfdiff.advice import advise
from perfdiff.attribution.async_pairs import done_spans, table_done_spans
from perfdiff.attribution.executions import KEYS as _EXEC_KEYS
from perfdiff.attribution.executions import EventGroups
from perfdiff.attribution.roofline import (
    add_flags,
    add_link_rates,
    add_per_step,
    add_roofline,
    busy_per_device,
    price_notes,
    with_trace_floor,
)
from perfdiff.attribution.sharing import busy_devices
from perfdiff.attribution.spread import op_spread
from perfdiff.attribution.steps import device_step_totals, step_table
from perfdiff.chips.detect import detect_chip
from perfdiff.chips.table import Chip
from perfdiff.compute.grouping import category_codes, group_ids, sums
from perfdiff.costs.op_costs import Progress, op_costs
from perfdiff.errors import NoOpsError, PerfdiffError
from perfdiff.infer.command_buffers import HOW_TO_SEE_OPS, is_command_buffer
from perfdiff.llm.theory import step_theory_for_card
from perfdiff.memory import keeping_big_arrays
from perfdiff.parse.profile import Profile, load
from perfdiff.report.columns import describe_all
from perfdiff.report.report import OP_COLUMNS, FlagRule, Report
from perfdiff.report.tables import OPS, STEPS, SUMMARY
from perfdiff.report.vocabulary import Bound

__doc__ = (__doc__ or "") + describe_all(OPS, STEPS, SUMMARY)

_COST_COLUMNS = ["flops", "hbm_bytes", "ici_bytes", "dcn_bytes", "host_bytes"]


@keeping_big_arrays
def analyze(
    target: Profile | str | os.PathLike[str],
    chip: str | Chip | None = None,
    *,
    run: str | None = None,
    step: int | str | None = "all",
    flag_rule: FlagRule | None = None,
    cache_dir: str | None = None,
    progress: Progress | None = None,
    libraries: Iterable[str] | None = None,
) -> Report:
    """Price every op of a profile against the chip's roofline.

    ``target``: a Profile, or a path for ``perfdiff.load`` (with ``run``). ``chip``: a chip name or
    Chip to use instead of the one detected from the trace. ``step``: "all" (every step: marked, or
    inferred from the main module's executions when the trace has no marks), one step number, or
    "whole" (the whole profile as one step, ops outside the steps included). ``progress(done,
    total)`` is called per module costed. ``libraries``: package names (or path prefixes) whose stack
    frames are not the user's own, added to ``perfdiff.hlo.frames.DEFAULT_LIBRARIES`` and the
    ``PERFDIFF_LIBRARIES`` environment variable: an op's ``source`` is its innermost frame outside them.
    """
    profile = target if isinstance(target, Profile) else load(target, run)
    rule = flag_rule or FlagRule()
    the_chip = with_trace_floor(detect_chip(profile.devices, chip), profile.events)
    warnings = list(profile.warnings)
    whole = step == "whole" and not profile.steps.empty
    # The one pass over every op event.
    groups = EventGroups(_whole(profile.events) if whole else profile.events)
    costs = op_costs(
        profile,
        cache_dir=cache_dir,
        progress=progress,
        warnings=warnings,
        libraries=libraries,
        keys=groups.ops(),
    )
    chosen, steps, selection = _select(profile, step, groups)
    if selection == "all":
        warnings.extend(_outside_steps(profile, groups))

    executions = _executions(groups, chosen, costs, the_chip)
    per_device = device_step_totals(executions).merge(
        groups.covered(chosen), on=["host", "device", "device_id", "step"], how="outer"
    )
    # A device-step without ops has no op time; its theory stays NaN only where nothing is priced.
    filled = per_device.fillna({"op_s": 0.0, "unpriced_s": 0.0, "covered_s": 0.0, "bound_by": "none"})
    step_rows = step_table(steps, filled)
    n_steps = max(len(step_rows), 1)
    step_s = float(step_rows["measured_s"].mean()) if len(step_rows) else math.nan

    ops = _ops_table(executions, groups.modules(), costs, the_chip, n_steps)
    ops = ops.merge(op_spread(executions, n_steps), on=["program_id", "op"], how="left")
    ops = add_flags(ops, step_s, rule)
    ops = ops.sort_values("gap_s", ascending=False, na_position="last", kind="stable").reset_index(drop=True)
    warnings.extend(_command_buffer_note(ops))

    warnings += price_notes(ops)
    model = _model_theory(profile, the_chip, warnings)
    if model is not None:
        step_rows["model_theory_s"] = model["theory_step_s"]
    summary = _summary(profile, step_rows, ops, n_steps, model)
    report = Report(
        run=profile.run,
        path=str(profile.run_dir),
        platform=profile.platform,
        chip=the_chip,
        summary=summary,
        ops=ops[OP_COLUMNS],
        steps=step_rows,
        flag_rule=rule,
        step_selection=selection,
        model=model,
        warnings=warnings,
    )
    report.advice = advise(report, profile.card)  # last: the rules read the finished report
    return report


def _whole(events: pd.DataFrame) -> pd.DataFrame:
    """``events`` with every op in the pseudo-step -1 (step "whole"); shares the other columns."""
    events = events.copy(deep=False)
    events["step"] = np.full(len(events), -1, np.int64)
    return events


def _select(
    profile: Profile, step: int | str | None, groups: EventGroups
) -> tuple[np.ndarray, pd.DataFrame, str]:
    """The execution groups to analyse (a mask), the steps, and how the selection is named ("all",
    "whole" or the step number). For "whole", ``groups`` are those of every op in step -1."""
    events, steps = profile.events, profile.steps
    if step == "whole":
        steps = steps.iloc[0:0]
    group_steps = groups.keys["step"].to_numpy()
    if steps.empty:
        # No steps: the whole profile is one pseudo-step -1, as long as the ops span.
        if step not in (None, "all", "whole"):
            raise PerfdiffError(f"step {step} asked for, but the profile has no steps (no step marks, and "
                                "no module that ran more than once to infer them from)")  # fmt: skip
        pseudo = pd.DataFrame(
            {
                "host": [""],
                "step": [-1],
                "name": ["(whole profile)"],
                "start_ns": [0],
                "dur_ns": [groups.widest_span_ns()],
            }
        )
        return np.ones(len(groups), bool), pseudo, "whole" if step == "whole" else "all"
    if step in (None, "all"):
        return _some(group_steps >= 0, events, "the steps"), steps, "all"
    try:
        number = int(step)
    except (TypeError, ValueError):
        raise PerfdiffError(f"step must be a step number, 'all' or 'whole', not {step!r}") from None
    if number not in set(steps["step"].tolist()):
        known = sorted(set(steps["step"].tolist()))
        raise PerfdiffError(f"no step {number} in the profile; steps: {known[:20]}")
    chosen = _some(group_steps == number, events, f"step {number}")
    return chosen, steps[steps["step"] == number], str(number)


def _outside_steps(profile: Profile, groups: EventGroups, named: int = 3) -> list[str]:
    """A warning when op time ran outside every step (and so is not in the analysis of the steps),
    naming the modules it belongs to; none when all ops ran inside steps, or when there are none.
    ``groups``: the events' execution groups (their step says which are outside)."""
    if profile.steps.empty:
        return []
    outside = groups.keys["step"].to_numpy() < 0
    if not outside.any():
        return []
    frame = pd.DataFrame({"module": groups.keys["module"][outside], "self_ns": groups.self_ns[outside]})
    by_module = frame.groupby("module", observed=True)["self_ns"].sum().sort_values(ascending=False)
    names = ", ".join(str(m) for m in by_module.index[:named]) + (", …" if len(by_module) > named else "")
    steps = profile.steps["step"].nunique()
    module = profile.steps_inferred_from
    kind = f"the {steps} steps inferred from {module}" if module else f"the {steps} marked steps"
    return [
        f"{int(groups.occurrences[outside].sum())} op executions ({units.seconds(by_module.sum() / 1e9)} of "
        f"op time, in {names}) ran outside {kind} and are not in this analysis; step 'whole' (--step whole) "
        "analyses the whole profile"
    ]


def _command_buffer_note(ops: pd.DataFrame) -> list[str]:
    """What the rows of GPU command buffers hold, and how to get per-op numbers instead."""
    buffers = ops[ops["op"].map(is_command_buffer)]
    if buffers.empty:
        return []
    found = sorted(set(buffers["op"].astype(str)), key=lambda name: int(name.rsplit("_", 1)[1]))
    names = ", ".join(found[:3]) + (f" and {len(found) - 3} more" if len(found) > 3 else "")
    return [
        f"{names}: {units.seconds(buffers['measured_per_step_s'].sum())}/step of kernels that ran in XLA "
        "command buffers (CUDA/HIP graphs) and are not named after an HLO op (library GEMMs, copies, "
        "kernels shared by identical fusions), so they are not priced; kernels named after their op are "
        f"on that op's row. For per-op numbers, capture with {HOW_TO_SEE_OPS}"
    ]


def _some(chosen: np.ndarray, events: pd.DataFrame, where: str) -> np.ndarray:
    """``chosen``, unless it chooses nothing: then NoOpsError (step marks that hold no op events)."""
    if chosen.any():
        return chosen
    raise NoOpsError(
        f"none of the profile's {len(events)} op events ran inside {where}: the step marks and the "
        "ops do not overlap in time (a damaged or cut trace?); analyse another step or capture again"
    )


def _executions(groups: EventGroups, chosen: np.ndarray, costs: pd.DataFrame, chip: Chip) -> pd.DataFrame:
    """Per (host, device, device_id, step, program_id, op) chosen: executions, measured self time, the
    async transfers' priced span (``span_s``), the devices sharing the host (``shared_by``, CPU) and
    the roofline of their total cost."""
    events, ids, count = groups.events, groups.ids, len(groups)
    grouped = groups.keys.loc[chosen, _EXEC_KEYS].reset_index(drop=True)
    grouped["occurrences"] = groups.occurrences[chosen]
    grouped["measured_s"] = groups.self_ns[chosen] / 1e9
    # The transfers of the chosen events (only -start and -done events take part in them), their
    # priced spans summed per group a device at a time (millions in a pod trace).
    paired = np.zeros(count, bool)
    span_ns = np.zeros(count)

    def take(rows: np.ndarray, spans: np.ndarray) -> None:
        done_ids = ids[rows]
        paired[done_ids] = True
        span_ns[:] += sums(done_ids, spans, count)

    if not table_done_spans(events, costs, ids, chosen, take):
        paired[:], span_ns[:] = False, 0.0  # what devices it walked before it could not
        pairs = costs[costs["async_start"] != ""]
        rows = _rows_of(events["op"], {*pairs["op"], *pairs["async_start"]})
        rows = rows[chosen[ids[rows]]]
        rows = rows.astype(np.int32) if len(events) < 2**31 else rows  # half the bytes: millions of rows
        where, spans = done_spans(events, costs, rows)
        take(rows[where], spans)
        del rows, where, spans
    span_ns[~paired] = np.nan
    grouped["span_s"] = span_ns[chosen] / 1e9
    grouped = grouped.astype({"host": str, "op": str})
    grouped["shared_by"] = 1.0
    if chip.kind == "cpu":  # fake CPU devices share the host: the mean devices busy per execution
        selected = chosen[ids]  # per event
        inside = events if selected.all() else events[selected]
        busy = sums(ids[selected], busy_devices(inside), count)
        grouped["shared_by"] = busy[chosen] / grouped["occurrences"].to_numpy()
    joined = grouped.merge(costs, on=["host", "program_id", "op"], how="left")
    for column in _COST_COLUMNS:
        joined[column] = joined[column] * joined["occurrences"]
    for column in ("int8_inputs", "cost_lower_bound"):
        joined[column] = joined[column].fillna(False).astype(bool)
    return add_roofline(joined, chip, explain=False)


def _rows_of(ops: pd.Series, names: set[str]) -> np.ndarray:
    """The positions (int64) of the events whose op is one of ``names``: for a categorical column, a
    lookup of each row's code in a table of its categories (no per-row hashing of names)."""
    if isinstance(ops.dtype, pd.CategoricalDtype):
        wanted = np.zeros(len(ops.cat.categories) + 1, bool)  # the last slot: code -1, no op
        wanted[:-1] = ops.cat.categories.isin(names)
        return np.flatnonzero(wanted[category_codes(ops)])
    return np.flatnonzero(ops.isin(names).to_numpy())


def _ops_table(
    executions: pd.DataFrame, modules: pd.Series, costs: pd.DataFrame, chip: Chip, n_steps: int
) -> pd.DataFrame:
    keys = ["program_id", "op"]
    weighted = executions.assign(shared_by=executions["shared_by"] * executions["occurrences"])
    sums = weighted.groupby(keys, sort=False)[
        ["occurrences", "measured_s", "span_s", "shared_by", *_COST_COLUMNS]
    ].sum(min_count=1)
    sums["shared_by"] = sums["shared_by"] / sums["occurrences"]  # the mean over executions
    # The devices that ran each op: its (op, device) groups, counted per op (numbered, as the sums
    # are ordered, by first appearance).
    op_ids, op_first = group_ids(executions, keys)
    _, on_device = group_ids(executions, [*keys, "host", "device", "device_id"])
    devices = np.bincount(op_ids[on_device], minlength=len(op_first))
    info = costs.drop(columns=["host", *_COST_COLUMNS]).drop_duplicates(keys).set_index(keys)
    ops = sums.join(info, how="left").reset_index()
    ops["devices"] = devices
    ops["module"] = ops["program_id"].map(modules)
    ops["occurrences"] = ops["occurrences"].astype(np.int64)
    ops["group_size"] = ops["group_size"].astype("Int64")
    ops = add_roofline(ops, chip)
    ops = add_per_step(ops, n_steps)
    pair = ops["span_s"].notna()
    ops["exposed_s"] = ops["measured_s"].where(pair)
    with np.errstate(divide="ignore", invalid="ignore"):
        hidden = 1.0 - ops["measured_s"] / ops["span_s"]
    ops["hidden_fraction"] = hidden.clip(0.0, 1.0).where(pair & (ops["span_s"] > 0))
    device_time = busy_per_device(ops)
    with np.errstate(divide="ignore", invalid="ignore"):
        ops["intensity_flops_per_byte"] = ops["flops"] / ops["hbm_bytes"]
        ops["achieved_flops_per_s"] = ops["flops"] / ops["devices"] / device_time
        ops["achieved_hbm_bytes_per_s"] = ops["hbm_bytes"] / ops["devices"] / device_time
    ops = add_link_rates(ops)
    ops["share_of_step"] = np.nan
    ops["flag"] = False
    return ops


def _model_theory(profile: Profile, chip: Chip, warnings: list[str]) -> dict[str, Any] | None:
    """The run card's step theory; None without a card that names a model (a card that cannot be
    priced adds a warning, and so does each assumption the theory made about the model)."""
    if not profile.card:
        return None
    try:
        model = step_theory_for_card(profile.card, chip)
    except PerfdiffError as err:
        warnings.append(f"no step theory from the run card: {err}")
        return None
    # what the model theory assumed about the run card's model (MLP kind, tied embeddings)
    warnings.extend(f"step theory assumes {said}" for said in (model or {}).get("assumptions", []))
    return model


def _summary(
    profile: Profile, steps: pd.DataFrame, ops: pd.DataFrame, n_steps: int, model: dict[str, Any] | None
) -> dict[str, Any]:
    annotated = int((steps["step"] >= 0).sum())
    op_measured = float(steps["op_s"].mean())
    # Unpriced time has no theory: the theory figures are those of the priced ops (NaN for a step with
    # none), efficiency compares them with the priced time only, and unpriced_share says what is left out.
    op_theory = float(steps["theory_s"].mean(skipna=False))
    unpriced = float((steps["op_s"] * steps["unpriced_share"].fillna(0.0)).sum())
    op_total = float(steps["op_s"].sum())
    priced = op_total - unpriced
    devices = max(int(ops["devices"].max()) if len(ops) else 1, 1)
    by_bound = ops.groupby("bound")["measured_s"].sum() / (n_steps * devices)
    return {
        "steps": annotated,
        "steps_inferred_from": (profile.steps_inferred_from or None) if annotated else None,
        "step_s_mean": float(steps["measured_s"].mean()),
        "theory_step_s": float(steps["bound_s"].mean(skipna=False)),
        "op_measured_s": op_measured,
        "op_theory_s": op_theory,
        "efficiency": float(steps["theory_s"].sum(min_count=1)) / priced if priced > 0 else math.nan,
        "unpriced_share": unpriced / op_total if op_total > 0 else math.nan,
        "idle_s_mean": float(steps["idle_s"].mean()),
        "time_by_bound_s": {b.value: float(by_bound.get(b.value, 0.0)) for b in Bound},
        "flagged": int(ops["flag"].sum()),
        "op_events": int(len(profile.events)),
        "hosts": int(len(profile.hosts)),
        "devices": int(len(profile.devices)),
        "model_theory_step_s": model["theory_step_s"] if model else None,
        "bound_by": str(steps["bound_by"].mode().iloc[0]) if len(steps) else Bound.NONE.value,
    }
