"""XSpaces built in code: tiny ones for unit cases (a small trace in, an expected table out), and CPU
profiles of real XLA programs whose op times are chosen (``CpuTrace``) — for the verdicts that
depend on time (noise, flags, order), tested on times known by construction."""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fuzzing import varint

from perfdiff.xplane import xplane_pb2


class PlaneBuilder:
    def __init__(self, plane: xplane_pb2.XPlane) -> None:
        self.plane = plane
        self._events: dict[str, int] = {}
        self._stats: dict[str, int] = {}

    def stat_id(self, name: str) -> int:
        if name not in self._stats:
            sid = len(self.plane.stat_metadata) + 1
            self.plane.stat_metadata[sid].id = sid
            self.plane.stat_metadata[sid].name = name
            self._stats[name] = sid
        return self._stats[name]

    def event_id(self, name: str, display_name: str = "", **stats: Any) -> int:
        if name not in self._events:
            eid = len(self.plane.event_metadata) + 1
            meta = self.plane.event_metadata[eid]
            meta.id, meta.name, meta.display_name = eid, name, display_name
            for key, value in stats.items():
                self._set(meta.stats.add(), key, value)
            self._events[name] = eid
        return self._events[name]

    def _set(self, stat: xplane_pb2.XStat, name: str, value: Any) -> None:
        stat.metadata_id = self.stat_id(name)
        if isinstance(value, bytes):
            stat.bytes_value = value
        elif isinstance(value, str):
            stat.ref_value = self.stat_id(value)  # strings as refs, like real traces
        elif isinstance(value, float):
            stat.double_value = value
        elif value >= 2**63:
            stat.uint64_value = value
        else:
            stat.int64_value = value

    def line(self, name: str, timestamp_ns: int = 0) -> xplane_pb2.XLine:
        line = self.plane.lines.add()
        line.id, line.name, line.timestamp_ns = len(self.plane.lines), name, timestamp_ns
        return line

    def event(self, line: xplane_pb2.XLine, name: str, start_ns: float, dur_ns: float, **stats: Any) -> None:
        event = line.events.add()
        event.metadata_id = self.event_id(name)
        event.offset_ps = round(start_ns * 1000)
        event.duration_ps = round(dur_ns * 1000)
        for key, value in stats.items():
            self._set(event.stats.add(), key, value)

    def plane_stat(self, name: str, value: Any) -> None:
        self._set(self.plane.stats.add(), name, value)


def new_space() -> xplane_pb2.XSpace:
    return xplane_pb2.XSpace()


def add_plane(space: xplane_pb2.XSpace, name: str) -> PlaneBuilder:
    plane = space.planes.add()
    plane.id, plane.name = len(space.planes), name
    return PlaneBuilder(plane)


def write(space: xplane_pb2.XSpace, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(space.SerializeToString())
    return path


def tpu_device(space: xplane_pb2.XSpace, index: int = 0, chip: str = "TPU v6 Lite") -> PlaneBuilder:
    """A ``/device:TPU:<index>`` plane with the chip stats a real TPU trace carries (v6e figures)."""
    plane = add_plane(space, f"/device:TPU:{index}")
    plane.plane_stat("device_type_string", chip)
    plane.plane_stat("peak_teraflops_per_second", 918.0)
    plane.plane_stat("peak_hbm_bw_gigabytes_per_second", 1638.0)
    return plane


def tpu_module_run(plane: PlaneBuilder, line: xplane_pb2.XLine, module: str, program_id: int,
                   start_ns: float, dur_ns: float) -> None:  # fmt: skip
    """One execution of a module on the ``XLA Modules`` line: an event named ``<module>(<id>)``."""
    plane.event(line, f"{module}({program_id})", start_ns, dur_ns)


def tpu_op(plane: PlaneBuilder, line: xplane_pb2.XLine, op: str, hlo_text: str, program_id: int,
           start_ns: float, dur_ns: float, **stats: Any) -> None:  # fmt: skip
    """One op execution on the ``XLA Ops`` line; its metadata is named by the HLO text and carries the
    op's static stats (program_id, and flops/bytes_accessed when given), as a real TPU trace has."""
    event = line.events.add()
    event.metadata_id = plane.event_id(hlo_text, op, program_id=program_id, **stats)
    event.offset_ps = round(start_ns * 1000)
    event.duration_ps = round(dur_ns * 1000)


# --- CPU traces whose op times are chosen -----------------------------------------------------------

# Entry instructions the CPU runtime runs without an op event of their own.
_NO_EVENT = frozenset({"parameter", "constant", "tuple", "get-tuple-element", "bitcast"})


@dataclass(frozen=True)
class Program:
    """One compiled XLA module as a CPU trace carries it: ``name`` (the module, e.g. "jit_step"),
    ``program_id`` and ``module`` (a serialized, optimised ``xla.HloModuleProto``)."""

    name: str
    program_id: int
    module: bytes

    @classmethod
    def compiled(cls, fn: Callable[..., Any], *args: Any, program_id: int = 1) -> Program:
        """``fn`` (jitted here unless it is already) compiled by jax for ``args`` (arrays or
        ShapeDtypeStructs): the module XLA would run, with the source lines and JAX op names of its
        metadata."""
        import jax

        jitted = fn if hasattr(fn, "lower") else jax.jit(fn)
        (module,) = jitted.lower(*args).compile().runtime_executable().hlo_modules()
        return cls(module.name, program_id, module.as_serialized_hlo_module_proto())

    @classmethod
    def from_trace(cls, path: Path, module: str) -> Program:
        """The module named ``module`` (e.g. "jit_train_step") as a real trace at ``path`` carries it
        (the first of its program ids)."""
        import perfdiff

        modules = perfdiff.load(path).modules
        row = modules[modules["module"] == module].iloc[0]
        return cls(module, int(row["program_id"]), bytes(row["hlo_proto"]))

    @classmethod
    def from_text(cls, text: str, program_id: int = 1) -> Program:
        """A module written as HLO text (instruction names exactly as written)."""
        from jaxlib import _hlo

        module = _hlo.hlo_module_from_text(text)
        return cls(module.name, program_id, module.as_serialized_hlo_module_proto())

    def ops(self) -> list[str]:
        """The entry computation's instructions that run as ops, in program order."""
        from perfdiff.hlo.module import parse_module

        return [i.name for i in parse_module(self.module).entry.instructions if i.opcode not in _NO_EVENT]

    def hlo_proto(self) -> bytes:
        """The bytes of the trace's ``Hlo Proto`` stat: an ``xla.HloProto`` whose field 1 is the module."""
        return b"\x0a" + varint(len(self.module)) + self.module


Ops = Mapping[str, float]  # op name -> duration (ns), in the order the ops run


class CpuTrace:
    """What jax's profiler writes on a CPU host, for steps whose op durations are chosen.

    ``/host:CPU`` holds a ``python`` line with one ``StepTraceAnnotation`` event per step (stat
    ``step_num``) and a line per device (``tf_XLAPjRtCpuClient/<ordinal>``) on which each step's ops
    run back to back; every op event carries ``hlo_op``, ``hlo_module``, ``program_id``,
    ``device_ordinal`` and a flow id ``_p`` that its ``end: <op>`` marker closes (as a synchronous op's
    does: where the op ends). ``/host:metadata`` holds each program's ``Hlo Proto``, so perfdiff prices
    the ops as it prices a real capture's.

    Times are nanoseconds. A step is ``lead_ns``, then on each device its ops with ``gap_ns`` between
    them, then ``tail_ns`` after the last op of the slowest device and any ``idle_ns`` the step asks
    for; the next step's mark starts ``between_ns`` later.
    """

    def __init__(
        self,
        *programs: Program,
        step_name: str = "train",
        host: str = "host",
        lead_ns: float = 2_000,
        gap_ns: float = 500,
        tail_ns: float = 2_000,
        between_ns: float = 20_000,
    ) -> None:
        if not programs:
            raise ValueError("a CpuTrace needs at least one Program")
        self.programs = {p.name: p for p in programs}
        self.step_name, self.host = step_name, host
        self.lead_ns, self.gap_ns, self.tail_ns, self.between_ns = lead_ns, gap_ns, tail_ns, between_ns
        self.space = new_space()
        self.space.hostnames.append(host)
        self._cpu = add_plane(self.space, "/host:CPU")
        self._python = self._cpu.line("python")
        self._devices: dict[int, xplane_pb2.XLine] = {}
        self._clock_ns = 1_000_000.0
        self._flow = 0
        self.step_ns: list[float] = []  # each step's duration, as written
        metadata = add_plane(self.space, "/host:metadata")
        for p in programs:
            metadata.event_id(
                f"{p.name}({p.program_id})", **{"Hlo Proto": p.hlo_proto(), "program_id": p.program_id}
            )

    def step(self, ops: Ops | Mapping[int, Ops], *, program: str | None = None, idle_ns: float = 0) -> float:
        """Append a step: ``ops`` (run on device 0) or device ordinal -> ops, of ``program`` (default:
        the first). Returns the step's duration (ns)."""
        per_device = ops if all(isinstance(k, int) for k in ops) else {0: ops}
        the = self.programs[program] if program else next(iter(self.programs.values()))
        start = self._clock_ns
        busiest = 0.0
        for device, times in per_device.items():
            line = self._devices.get(device)
            if line is None:
                line = self._devices[device] = self._cpu.line(f"tf_XLAPjRtCpuClient/{device}")
            at = start + self.lead_ns
            for op, dur in times.items():
                self._flow += 1
                self._cpu.event(
                    line, op, at, dur, hlo_op=op, hlo_module=the.name, program_id=the.program_id,
                    device_ordinal=device, _p=self._flow,
                )  # fmt: skip
                self._cpu.event(line, f"end: {op}", at + dur, 0, _c=self._flow)
                at += dur + self.gap_ns
            busiest = max(busiest, at - self.gap_ns - start - self.lead_ns)
        length = self.lead_ns + busiest + self.tail_ns + idle_ns
        self._cpu.event(self._python, self.step_name, start, length, step_num=len(self.step_ns))
        self.step_ns.append(length)
        self._clock_ns = start + length + self.between_ns
        return length

    def write(self, path: Path) -> Path:
        """Write the trace to ``path`` (an .xplane.pb file); returns it."""
        return write(self.space, path)

    def write_run(self, logdir: Path, run: str = "run") -> Path:
        """Write it as TensorBoard lays out a capture: ``logdir/plugins/profile/<run>/<host>.xplane.pb``."""
        return self.write(logdir / "plugins" / "profile" / run / f"{self.host}.xplane.pb")


def jittered_steps(
    times: Ops, steps: int, *, jitter: float = 0.0, spikes: int = 0, spike_ns: float = 0.0, seed: int = 0
) -> list[dict[str, float]]:
    """``steps`` steps of the ops ``times`` (op -> ns): in each step each op's time is scaled by a
    factor drawn uniformly from [1 − jitter, 1 + jitter]; then ``spikes`` disturbances confined to one
    step each (a preempted thread, a page-fault storm): a random op of a random step takes
    ``spike_ns`` longer. Seeded: the same arguments give the same steps."""
    rng = random.Random(seed)
    out = [{op: ns * rng.uniform(1 - jitter, 1 + jitter) for op, ns in times.items()} for _ in range(steps)]
    for _ in range(spikes):
        hit = out[rng.randrange(steps)]
        hit[rng.choice(list(hit))] += spike_ns
    return out
