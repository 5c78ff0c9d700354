"""Program executions: each run of a compiled module on a device, and which run each op belongs to.

What says so differs by platform (the parse extractors collect it):

- TPU: every execution is an event ``<module>(<program_id>)`` on the device plane's ``XLA Modules``
  line; an op belongs to the one whose interval holds the op's start on the host-aligned timeline
  (``ModuleRuns.of``; op times are later moved to the device's own clock, which runs up to hundreds
  of µs off it, so the match is made before that).
- CPU: each op event carries ``run_id``, one per execution of a program on a device.
- GPU: a kernel's launch falls in one host execution span (``parse.gpu_ops``); that span is its
  execution.

The per-op execution id is needed only to infer steps (``infer.steps``). The ``executions`` table, one
row per execution: host, device, device_id, program_id, module, execution (the id, unique per device),
start_ns, dur_ns (its span: TPU the module event, CPU/GPU first op start to last op end, in-flight
time included).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from perfdiff.compute.grouping import BLOCK
from perfdiff.compute.intervals import holding
from perfdiff.xplane.space import Line, PlaneView

_NAME_WITH_ID = re.compile(r"^(.*)\((\d+)\)$")
_U64_MAX = (1 << 64) - 1
COLUMNS = ["host", "device", "device_id", "program_id", "module", "execution", "start_ns", "dur_ns"]


def split_module_name(name: str) -> tuple[str, int | None]:
    """'jit_f(8)' -> ('jit_f', 8); a name without a numeric suffix gives (name, None)."""
    match = _NAME_WITH_ID.match(name)
    if match and len(match.group(2)) <= 20 and int(match.group(2)) <= _U64_MAX:  # ids are uint64
        return match.group(1), int(match.group(2))
    return name, None


@dataclass
class ModuleRuns:
    """The module executions of one TPU device (``XLA Modules`` events), sorted by start: program ids,
    module names, start and end (ns, host-aligned timeline); ``named``: each distinct event's (module
    name, program id or None), in order of first appearance on the line."""

    device: str
    device_id: int
    program_id: np.ndarray  # uint64
    module: np.ndarray  # str objects
    start_ns: np.ndarray  # int64
    end_ns: np.ndarray  # int64
    named: list[tuple[str, int | None]] = field(default_factory=list)

    @classmethod
    def read(cls, plane: PlaneView, device_id: int, line: Line) -> ModuleRuns:
        """The executions on ``line``, the ``XLA Modules`` line of ``plane``, sorted by start."""
        cols = line.columns()
        offsets = cols.offset_ps
        in_order = len(offsets) < 2 or bool((offsets[1:] >= offsets[:-1]).all())  # as a device logs them
        order = np.arange(len(offsets)) if in_order else np.argsort(offsets, kind="stable")
        start = offsets[order] // 1000 + np.int64(line.timestamp_ns)  # ns, as ops' times are
        end = (offsets[order] + cols.duration_ps[order]) // 1000 + np.int64(line.timestamp_ns)
        codes, kinds = pd.factorize(cols.metadata_id)  # a few modules, run often; first appearance order
        named = [split_module_name(plane.event_metadata[int(m)].name) for m in kinds.tolist()]
        programs = np.array([pid or 0 for _, pid in named], np.uint64)[codes[order]]
        names = np.array([name for name, _ in named], object)[codes[order]]  # the few names, shared
        return cls(plane.name, device_id, programs, names, start, end, named)

    def of(self, program_id: np.ndarray, start_ns: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
        """Per op (its program and host-aligned start), the index of the execution of the same program
        whose interval holds its start, or -1 (written into ``out``, int64, when given)."""
        # Its end included: [start, end + 1) in whole ns.
        index = holding(start_ns, self.start_ns, self.end_ns + 1, np.arange(len(self.start_ns)), out)
        if len(self.start_ns):  # a start before every execution has -1: it reads the first, in vain
            for a in range(0, len(index), BLOCK):  # a block at a time: small temporaries
                part = index[a : a + BLOCK]
                part[self.program_id.take(np.maximum(part, 0)) != program_id[a : a + BLOCK]] = -1
        return index


def runs_table(host: str, runs: list[ModuleRuns]) -> pd.DataFrame:
    """The executions of ``runs``, one device after another, as rows of the executions table
    (execution: the index in start order on its device); ``runs`` not empty. Made at once: a pod
    trace's executions are hundreds of thousands, and a frame per device put end to end copies them."""
    sizes = [len(r.start_ns) for r in runs]
    start = np.concatenate([r.start_ns for r in runs])
    devices = np.repeat(np.array([r.device for r in runs], object), sizes)
    return pd.DataFrame(
        {"host": host, "device": pd.array(devices, dtype="str"),
         "device_id": np.repeat(np.array([r.device_id for r in runs], np.int32), sizes),
         "program_id": np.concatenate([r.program_id for r in runs]),
         "module": pd.array(np.concatenate([r.module for r in runs]), dtype="str"),
         "execution": np.concatenate([np.arange(n, dtype=np.int64) for n in sizes]), "start_ns": start,
         "dur_ns": np.concatenate([r.end_ns for r in runs]) - start},
        columns=COLUMNS,
    )  # fmt: skip


def empty() -> pd.DataFrame:
    """An executions table without rows, with the documented dtypes."""
    none = ModuleRuns(
        "", 0, np.zeros(0, np.uint64), np.zeros(0, object), np.zeros(0, np.int64), np.zeros(0, np.int64)
    )
    return runs_table("", [none])


def executions_table(
    host: str, events: pd.DataFrame, execution: np.ndarray | None, runs: list[ModuleRuns]
) -> pd.DataFrame:
    """The host's executions: from the TPU ``runs`` when there are any, else from the op events
    (``events`` with columns device, device_id, program_id, module, start_ns, dur_ns; ``execution``
    their execution ids, -1 where unknown; None: none was looked up)."""
    if runs:
        ran = [r for r in runs if len(r.start_ns)]
        return runs_table(host, ran) if ran else empty()
    if execution is None:
        return empty()
    known = np.flatnonzero(execution >= 0)
    if not len(known):
        return empty()
    start = events["start_ns"].to_numpy()[known]
    frame = pd.DataFrame(
        {
            "device": events["device"].to_numpy()[known],
            "device_id": events["device_id"].to_numpy()[known],
            "execution": execution[known],
            "program_id": events["program_id"].to_numpy()[known],
            "module": events["module"].to_numpy()[known],
            "start_ns": start,
            "end_ns": start + events["dur_ns"].to_numpy()[known],
        }
    )
    # An execution id names one run of one program on a device: its first op gives the program.
    spans = frame.groupby(["device", "device_id", "execution"], sort=False, observed=True).agg(
        program_id=("program_id", "first"),
        module=("module", "first"),
        start_ns=("start_ns", "min"),
        end_ns=("end_ns", "max"),
    )
    spans = spans.reset_index()
    spans.insert(0, "host", host)
    spans["dur_ns"] = spans.pop("end_ns") - spans["start_ns"]
    return spans.astype({"device": str, "module": str, "program_id": np.uint64})[COLUMNS]
