"""``perfdiff.load``: XPlane files -> a ``Profile`` of documented pandas tables.

Times are integer nanoseconds relative to each host's profile start (the XPlane convention), durations
integer nanoseconds. A module is identified by ``(host, program_id)``; ``program_id`` is uint64 because
TPU program ids are fingerprints above 2**63.

Tables (one row per ...):

``events`` — op execution (rows: host after host; within a host, timeline (device, line) after
    timeline, each by start_ns, the longest first among equal starts):
    host, device (plane name, e.g. "/device:TPU:0" or "/host:CPU"), device_id (TPU/GPU: the plane's
    index; CPU: the ``device_ordinal`` of the run), line (timeline name), program_id, module,
    op (HLO instruction name), start_ns, dur_ns (on TPU from the device's own clock, see
    ``tpu_ops``), kernels (device events merged into this execution:
    on GPU the kernels one op launches back to back, whose durations dur_ns sums; else 1),
    self_ns (dur_ns minus op events nested inside it on the same line), step (number of the step
    holding the op's start, or -1).
``steps`` — step of a host: host, step, name, start_ns, dur_ns. From the trace's step marks; a trace
    without marks has its steps inferred from the repeated executions of its main module
    (``perfdiff.infer.steps``): then ``steps_inferred_from`` names that module.
``executions`` — execution of a module on a device: host, device, device_id, program_id, module,
    execution (an id, unique per device), start_ns, dur_ns (see ``perfdiff.infer.executions``).
``modules`` — compiled module: host, program_id, module, hlo_proto (serialized optimised
    ``xla.HloModuleProto`` bytes, or None when the trace has no HLO for it).
``devices`` — device: host, device, device_id, kind ("cpu"/"gpu"/"tpu") and the chip-capability stats
    the plane carries, named as in the trace (see ``perfdiff.xplane.stats.DEVICE_STATS`` for units).
``op_stats`` — static per-op stats where the trace has them (TPU): host, program_id, op, hlo_text, flops,
    model_flops, bytes_accessed, raw_bytes_accessed (per execution), category, shape, source, tf_op,
    hbm_bytes (the HBM part of ``memory_access_breakdown``, per execution).
``hosts`` — host file: host, path, platform, file_bytes, hostname, profile_start_unix_ns, op_events.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from pandas.api.types import union_categoricals

from perfdiff.errors import BadTraceError, NoOpsError, PerfdiffError, one_line
from perfdiff.infer.executions import empty as executions_empty
from perfdiff.memory import keeping_big_arrays, release_freed
from perfdiff.parse.host import HostTables
from perfdiff.parse.parallel import Progress, parse_all
from perfdiff.parse.timeline import event_self_times, event_steps
from perfdiff.xplane.locate import Run, locate

log = logging.getLogger(__name__)

RUN_CARD = "perfdiff.json"


@dataclass
class Profile:
    """The parsed tables of one run (all its hosts). See the module docstring for every column."""

    run: str
    run_dir: Path
    platform: str
    events: pd.DataFrame
    steps: pd.DataFrame
    modules: pd.DataFrame
    devices: pd.DataFrame
    op_stats: pd.DataFrame
    hosts: pd.DataFrame
    card: dict[str, Any] | None = None
    warnings: list[str] = field(default_factory=list)
    executions: pd.DataFrame = field(default_factory=executions_empty)
    steps_inferred_from: str = ""  # the module whose executions are the steps; "" with step marks

    def __repr__(self) -> str:
        from perfdiff.parse.notebook import profile_repr

        return profile_repr(self)

    def _repr_html_(self) -> str:
        """The notebook view: what was read, and the ops with the most time (``parse.notebook``)."""
        from perfdiff.parse.notebook import profile_html

        return profile_html(self)


@keeping_big_arrays
def load(
    path: str | os.PathLike[str],
    run: str | None = None,
    *,
    progress: Progress | None = None,
    scheduler: str | None = None,
    workers: int | None = None,
) -> Profile:
    """Parse a ``.xplane.pb[.gz]`` file, a run folder (all hosts) or a logdir (latest run, or ``run``).

    A host file that cannot be read is skipped with a warning when other hosts can be; when none can,
    its error is raised. Raises ``NoOpsError`` when no host has XLA op events.
    Hosts can parse in parallel (see ``perfdiff.parse.parallel``): ``scheduler`` (a Dask scheduler
    address, "tcp://host:port") parses them on a Dask cluster; else ``workers`` local processes (None
    or 1: in this process; 0: one per core when a run has several large host files, on more than two
    cores). Processes re-import the calling script: keep a script's code under
    ``if __name__ == "__main__":``.
    """
    target = locate(path, run)
    tables = parse_all(target.files, progress=progress, scheduler=scheduler, workers=workers)
    return assemble(target, tables)


def assemble(target: Run, results: list[HostTables | PerfdiffError]) -> Profile:
    """Merge per-host tables (the reduce step)."""
    good = [r for r in results if isinstance(r, HostTables)]
    bad = [r for r in results if not isinstance(r, HostTables)]
    if not good:
        raise bad[0]
    warnings = [f"skipped a host file: {err}" for err in bad]
    for host in good:
        warnings.extend(host.warnings)
    with_ops = [h for h in good if len(h.events)]
    if not with_ops:
        raise NoOpsError(_no_ops_message(target, good))
    for host in good:
        if not len(host.events):
            warnings.append(f"{host.host}: no XLA op events in {host.path}")
    events = _concat_events([h.events for h in good])
    steps = _concat([h.steps for h in good])
    if "self_ns" not in events:  # tables from elsewhere than parse_host, which derives both
        events["self_ns"] = event_self_times(events)
        events["step"] = event_steps(events, steps)
    platforms = sorted({h.platform for h in with_ops})
    if len(platforms) > 1:
        warnings.append(f"hosts of different platforms in one run: {', '.join(platforms)}")
    inferred = sorted({h.steps_inferred_from for h in good if h.steps_inferred_from})
    if len(inferred) > 1:
        warnings.append(f"hosts' steps were inferred from different modules: {', '.join(inferred)}")
    card, card_problem = _card(target.path)
    if card_problem:
        warnings.append(card_problem)
    for message in warnings:
        log.warning("%s", message)
    return Profile(
        run=target.name,
        run_dir=target.path,
        platform=with_ops[0].platform,
        events=events,
        steps=steps.astype({"step": np.int64, "start_ns": np.int64, "dur_ns": np.int64}),
        modules=_concat([h.modules for h in good]),
        devices=_concat([h.devices for h in good]),
        op_stats=_concat([h.op_stats for h in good]),
        hosts=pd.DataFrame(
            {
                "host": [h.host for h in good],
                "path": [h.path for h in good],
                "platform": [h.platform for h in good],
                "file_bytes": np.array([h.file_bytes for h in good], np.int64),
                "hostname": [h.hostname for h in good],
                "profile_start_unix_ns": np.array([h.profile_start_unix_ns for h in good], np.int64),
                "op_events": np.array([len(h.events) for h in good], np.int64),
            }
        ),
        card=card,
        warnings=warnings,
        executions=_concat([h.executions for h in good]),
        steps_inferred_from=" / ".join(inferred),
    )


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    non_empty = [f for f in frames if len(f)]
    if not non_empty:
        return frames[0].iloc[0:0].copy()
    if len(non_empty) == 1:
        return non_empty[0].reset_index(drop=True)
    return pd.concat(non_empty, ignore_index=True)


def _concat_events(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Hosts' events in one table. A categorical column whose categories differ between hosts gets the
    sorted union of them (recoded, never through strings). Each column is taken out of the hosts'
    tables once joined (they are left without it) and its memory handed back to the system: freed
    inside ``big_arrays``, the hosts' pieces would stay in the heap, too small for any joined column,
    and the run's events would be held twice at the end of the join."""
    non_empty = [f for f in frames if len(f)]
    if len(non_empty) <= 1:
        return _concat(frames)
    columns: dict[str, object] = {}
    for name in list(non_empty[0].columns):
        parts = [f[name] for f in non_empty]
        if isinstance(parts[0].dtype, pd.CategoricalDtype):
            same = all(p.cat.categories.equals(parts[0].cat.categories) for p in parts)
            columns[name] = union_categoricals(parts, sort_categories=not same)
        else:
            columns[name] = np.concatenate([p.to_numpy() for p in parts])
        del parts
        for frame in non_empty:
            del frame[name]
        release_freed()
    return pd.DataFrame(columns, copy=False)


def read_card(run_dir: Path) -> dict[str, Any] | None:
    """The run card perfdiff's capture wrote beside the traces, or None (also when unreadable)."""
    card, problem = _card(run_dir)
    if problem:
        log.warning("%s", problem)
    return card


def _card(run_dir: Path) -> tuple[dict[str, Any] | None, str]:
    """(run card or None, what is wrong with the file or "")."""
    card_path = run_dir / RUN_CARD
    if not card_path.is_file():
        return None, ""
    try:
        card = json.loads(card_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:  # UnicodeDecodeError is a ValueError
        return None, f"ignoring unreadable run card {card_path}: {one_line(err, limit=200)}"
    if not isinstance(card, dict):
        return None, f"ignoring run card {card_path}: a JSON {type(card).__name__}, not an object"
    return card, ""


def _no_ops_message(target: Run, hosts: list[HostTables]) -> str:
    where = hosts[0].path if len(hosts) == 1 else f"the {len(hosts)} host files of run {target.name}"
    kernels = sum(h.non_op_events for h in hosts)
    platform = hosts[0].platform
    if platform == "gpu" and kernels:
        return (
            f"no XLA ops in {where}: it has {kernels} GPU events but none carries an hlo_op stat "
            "(a TensorFlow or non-XLA profile?); perfdiff analyses XLA programs (JAX, or TF with jit_compile)"
        )
    return (
        f"no XLA op events in {where}: was anything jitted running while the profiler was on? "
        "Capture with 'perfdiff capture' or wrap the steps in jax.profiler.trace"
    )


__all__ = ["Profile", "load", "read_card", "BadTraceError"]
