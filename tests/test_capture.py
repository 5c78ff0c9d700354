"""Capture: real JAX steps profiled on CPU, read back with jax's own ProfileData as an independent reader.

The captures are shared through session fixtures: one train and one decode capture of the bundled
model in this process, and a 4-device tensor-parallel train and decode capture in subprocesses
(fake CPU devices need XLA_FLAGS before jax starts; the decode one is conftest's ``tp_decode``, which
the plugin's tests show too).
"""

from __future__ import annotations

import contextlib
import datetime
import io
import json
from functools import partial
from pathlib import Path

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import perfdiff
from perfdiff.capture import card as card_mod
from perfdiff.capture import layout
from perfdiff.cli.main import main
from perfdiff.errors import CaptureError
from perfdiff.examples import demo
from perfdiff.examples.llama import LlamaConfig
from perfdiff.hlo.hlo_pb2 import HloProtoModuleBytes
from perfdiff.xplane import xplane_pb2

STEPS, WARMUP = 3, 1  # as conftest's tp_decode capture
CARD_KEYS = [
    "perfdiff_version", "jax_version", "jaxlib_version", "backend", "device_kind", "device_count", "host",
    "run", "created", "mesh", "step", "model", "batch", "seq", "dtypes", "modules", "untraced_step_s",
    "traced_step_s", "extra",
]  # fmt: skip
MODEL_KEYS = ["name", "layers", "d_model", "d_ff", "heads", "kv_heads", "head_dim", "vocab", "params", "mlp",
              "tied_embeddings"]  # fmt: skip


# ---- independent readers of a trace -----------------------------------------------------------------


def step_marks(xplane: Path, name: str) -> list[tuple[int, float, float]]:
    """(step_num, start ns, end ns) of the step-mark events ``name`` on the python line, in time order."""
    data = jax.profiler.ProfileData.from_file(str(xplane))
    marks = []
    for line in data.find_plane_with_name("/host:CPU").lines:
        if line.name != "python":
            continue
        for event in line.events:
            stats = dict(event.stats)
            if event.name == name and "step_num" in stats:
                marks.append((int(stats["step_num"]), event.start_ns, event.start_ns + event.duration_ns))
    return sorted(marks, key=lambda m: m[1])


def op_events(xplane: Path) -> list[dict]:
    """XLA op events (those with an ``hlo_op`` stat) on /host:CPU: hlo_op, hlo_module, program_id, times."""
    data = jax.profiler.ProfileData.from_file(str(xplane))
    ops = []
    for line in data.find_plane_with_name("/host:CPU").lines:
        for event in line.events:
            stats = dict(event.stats)
            if "hlo_op" in stats:
                ops.append(
                    {**stats, "start_ns": event.start_ns, "end_ns": event.start_ns + event.duration_ns}
                )
    return ops


def module_opcodes(xplane: Path, module: str) -> dict[int, dict[str, str]]:
    """program_id -> {instruction name: opcode} for each compiled module named ``module`` in the trace."""
    from jaxlib import _hlo

    space = xplane_pb2.XSpace()
    space.ParseFromString(xplane.read_bytes())
    (meta,) = [p for p in space.planes if p.name == "/host:metadata"]
    stat_names = {k: v.name for k, v in meta.stat_metadata.items()}
    out = {}
    for em in meta.event_metadata.values():
        stats = {stat_names[s.metadata_id]: s for s in em.stats}
        if em.name.split("(")[0] != module or "Hlo Proto" not in stats:
            continue
        hlo = _hlo.HloModule.from_serialized_hlo_module_proto(
            HloProtoModuleBytes.FromString(stats["Hlo Proto"].bytes_value).hlo_module
        )
        out[int(stats["program_id"].uint64_value)] = {
            inst.name: str(inst.opcode) for comp in hlo.computations() for inst in comp.instructions()
        }
    return out


# ---- shared captures ----------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def train_capture(tmp_path_factory):
    return demo.capture("train", tmp_path_factory.mktemp("train"), steps=STEPS, warmup=WARMUP)


@pytest.fixture(scope="session")
def decode_capture(tmp_path_factory):
    return demo.capture("decode", tmp_path_factory.mktemp("decode"), steps=STEPS, warmup=WARMUP)


def _cli_json(argv: list[str]) -> dict:
    """Run ``perfdiff`` in this process and return its --json output (re-execs itself for --devices)."""
    jax.devices()  # jax is up with this process's device count: --devices N must then re-exec
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main([*argv, "--json"]) == 0
    return json.loads(out.getvalue())


@pytest.fixture(scope="session")
def tp_train(tmp_path_factory) -> dict:
    """4-device tensor-parallel train capture through ``main()`` (re-exec in a subprocess)."""
    logdir = tmp_path_factory.mktemp("tp_train")
    argv = ["capture", "--example", "train", "--devices", "4", "--logdir", str(logdir)]
    return _cli_json([*argv, "--steps", str(STEPS), "--warmup", str(WARMUP)])


# ---- layout and run card --------------------------------------------------------------------------------


@pytest.mark.parametrize("which", ["train_capture", "decode_capture"], ids=["train", "decode"])
def test_capture_layout(which, request):
    cap = request.getfixturevalue(which)
    assert cap.run_dir == cap.logdir / "plugins" / "profile" / cap.run
    assert [p.name for p in cap.xplane_paths] == [f"{cap.card['host']}.xplane.pb"]
    assert cap.card_path == cap.run_dir / "perfdiff.json"
    assert json.loads(cap.card_path.read_text()) == cap.card
    # only the run folder: the temporary dot-folder is gone
    assert sorted(p.name for p in (cap.logdir / "plugins" / "profile").iterdir()) == [cap.run]


@pytest.mark.parametrize("kind", ["train", "decode"])
def test_trace_has_exactly_the_traced_steps(kind, request):
    cap = request.getfixturevalue(f"{kind}_capture")
    marks = step_marks(cap.xplane_paths[0], kind)
    assert [m[0] for m in marks] == [0, 1, 2]
    # the step's own device work lands inside its mark (block_until_ready before the mark closes)
    module = cap.card["modules"][0]["name"]
    ops = [op for op in op_events(cap.xplane_paths[0]) if op["hlo_module"] == module]
    assert ops
    for op in ops:
        assert any(start <= op["start_ns"] and op["end_ns"] <= end for _, start, end in marks), op["hlo_op"]


def test_card_fields_are_true(train_capture):
    card, cfg = train_capture.card, LlamaConfig()
    assert list(card) == CARD_KEYS
    assert card["jax_version"] == jax.__version__ and card["perfdiff_version"] == perfdiff.__version__
    assert card["backend"] == "cpu" and card["device_kind"] == "cpu"
    assert card["device_count"] == jax.device_count()
    assert card["run"] == train_capture.run
    created = datetime.datetime.strptime(card["created"], "%Y-%m-%dT%H:%M:%SZ")
    assert abs(datetime.datetime.now(datetime.UTC).replace(tzinfo=None) - created) < datetime.timedelta(
        hours=1
    )
    assert card["mesh"] is None
    assert card["step"] == {"kind": "train", "name": "train", "count": STEPS, "warmup": WARMUP}
    assert {k: card["model"][k] for k in MODEL_KEYS} == {
        "name": "tiny-llama", "layers": 2, "d_model": 256, "d_ff": 512, "heads": 16, "kv_heads": 8,
        "head_dim": 16, "vocab": 1024, "params": 1_705_216, "mlp": "gated", "tied_embeddings": False,
    }  # fmt: skip
    assert cfg.param_count() == 1_705_216
    assert (card["batch"], card["seq"]) == (4, 64)
    assert card["dtypes"] == {"weights": "float32", "kv": "float32", "compute": "float32"}
    (module,) = card["modules"]
    assert module["name"] == "jit_train_step"
    assert module["cost_analysis"]["flops"] > 6 * 1_705_216 * 4 * 64 * 0.5  # ~6·params·tokens
    assert module["memory_analysis"]["argument_size_in_bytes"] >= 3 * 4 * 1_705_216  # params + 2 moments
    assert len(card["untraced_step_s"]) == STEPS and len(card["traced_step_s"]) == STEPS
    assert all(t > 0 for t in card["untraced_step_s"] + card["traced_step_s"])
    assert card["extra"] == {"example": "train", "devices": 1, "learning_rate": 1e-3}


def test_decode_card(decode_capture):
    card = decode_capture.card
    assert card["step"] == {"kind": "decode", "name": "decode", "count": STEPS, "warmup": WARMUP}
    assert (card["batch"], card["seq"]) == (4, 128)
    assert card["modules"][0]["name"] == "jit_decode_step"
    assert card["modules"][0]["memory_analysis"]["alias_size_in_bytes"] == 2 * 2 * 4 * 128 * 8 * 16 * 4


# ---- state is carried ---------------------------------------------------------------------------------


def test_decode_carries_cache_tokens_and_position(tmp_path):
    seen: list[tuple[int, list[int], float]] = []

    def record(pos, tokens, total):
        seen.append((int(pos), np.asarray(tokens).tolist(), float(total)))

    @partial(jax.jit, donate_argnums=(1,))
    def step(params, cache, tokens, pos):
        jax.debug.callback(record, pos, tokens, cache.sum())
        cache = cache.at[pos].set(pos + 1.0)
        return jax.nn.one_hot((tokens + params) % 16, 16), cache  # argmax = tokens + 1

    cap = perfdiff.capture.decode(
        step, 1, jnp.zeros(32), jnp.array([3, 7], jnp.int32), 0, logdir=tmp_path, steps=3, warmup=2
    )
    calls = 2 + 2 * 3  # warmup, untraced, traced
    assert [s[0] for s in seen] == list(range(calls))
    assert [s[1] for s in seen] == [[3 + j, 7 + j] for j in range(calls)]
    assert [s[2] for s in seen] == [j * (j + 1) / 2 for j in range(calls)]
    assert cap.card["dtypes"] == {"weights": None, "kv": "float32", "compute": None}
    assert [m[0] for m in step_marks(cap.xplane_paths[0], "decode")] == [0, 1, 2]


def test_train_carries_params_and_calls_batch_with_running_index(tmp_path):
    seen: list[tuple[float, float, int]] = []

    def record(w, count, b):
        seen.append((float(w), float(count), int(b)))

    @jax.jit
    def step(params, opt_state, batch):
        jax.debug.callback(record, params["w"], opt_state, batch)
        return {"w": params["w"] + batch}, opt_state + 1, {"loss": params["w"]}

    perfdiff.capture.train(
        step, {"w": jnp.float32(0)}, jnp.int32(0), lambda i: jnp.int32(i), logdir=tmp_path, steps=2, warmup=1
    )
    assert seen == [(j * (j - 1) / 2, j, j) for j in range(5)]


# ---- never overwrite, never leave half a run ----------------------------------------------------------


def _trace_once(logdir, run=None):
    f = jax.jit(lambda x: x * 2 + 1)
    x = jnp.ones(16)
    f(x).block_until_ready()
    with perfdiff.capture.trace(logdir, run=run, card={"batch": 2, "note": "hello"}) as t:
        for i in range(2):
            with t.step(i, name="work"):
                f(x).block_until_ready()
    return t.capture


def test_second_capture_makes_a_second_run(tmp_path):
    first = _trace_once(tmp_path)
    before = first.xplane_paths[0].read_bytes()
    second = _trace_once(tmp_path)  # usually the same second: jax would have reused the folder
    assert second.run != first.run
    assert first.xplane_paths[0].read_bytes() == before
    assert json.loads(first.card_path.read_text())["run"] == first.run
    assert sorted(p.name for p in (tmp_path / "plugins" / "profile").iterdir()) == sorted(
        [first.run, second.run]
    )
    named = [_trace_once(tmp_path, run="baseline") for _ in range(3)]
    assert [c.run for c in named] == ["baseline", "baseline_2", "baseline_3"]
    assert [c.card["run"] for c in named] == ["baseline", "baseline_2", "baseline_3"]


def test_trace_context_card(tmp_path):
    cap = _trace_once(tmp_path)
    assert cap.card["step"] == {"kind": "custom", "name": "work", "count": 2, "warmup": 0}
    assert cap.card["batch"] == 2 and cap.card["extra"] == {"note": "hello"}
    assert len(cap.card["traced_step_s"]) == 2 and cap.card["untraced_step_s"] == []
    assert [m[0] for m in step_marks(cap.xplane_paths[0], "work")] == [0, 1]


def test_publish_skips_a_taken_timestamp(tmp_path):
    profile = tmp_path / "plugins" / "profile"
    (profile / "2025_01_01_00_00_00").mkdir(parents=True)
    (profile / "2025_01_01_00_00_00" / "old.xplane.pb").write_bytes(b"old")
    new = tmp_path / "new"
    new.mkdir()
    (new / "h.xplane.pb").write_bytes(b"new")
    run, path = layout.publish(new, profile, "2025_01_01_00_00_00", {"run": None})
    assert run == "2025_01_01_00_00_00_2"
    assert (path / "h.xplane.pb").read_bytes() == b"new"
    assert json.loads((path / "perfdiff.json").read_text()) == {"run": run}
    assert (profile / "2025_01_01_00_00_00" / "old.xplane.pb").read_bytes() == b"old"


@pytest.mark.parametrize("error", [ValueError, KeyboardInterrupt], ids=["step-error", "ctrl-c"])
def test_interrupted_capture_leaves_nothing(tmp_path, error):
    step = jax.jit(lambda p, o, b: (p + b, o, {}))

    def batch(i):
        if i == 3:  # warmup 1 + untraced 2: the second traced step
            raise error("stop")
        return jnp.float32(1)

    with pytest.raises(CaptureError if error is ValueError else KeyboardInterrupt):
        perfdiff.capture.train(
            step, jnp.float32(0), jnp.float32(0), batch, logdir=tmp_path, steps=2, warmup=1
        )
    assert list((tmp_path / "plugins" / "profile").iterdir()) == []
    _trace_once(tmp_path)  # the profiler was stopped: the next capture works


def test_trace_block_error_publishes_nothing(tmp_path):
    with pytest.raises(ZeroDivisionError), perfdiff.capture.trace(tmp_path):
        1 / 0  # noqa: B018
    assert list((tmp_path / "plugins" / "profile").iterdir()) == []


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"steps": 0}, "steps must be an integer >= 1"),
        ({"warmup": -1}, "warmup must be an integer >= 0"),
        ({"run": "../up"}, "not a plain folder name"),
        ({"run": ".hidden"}, "not a plain folder name"),
        ({"card": {"dtypes": {"weight": "bf16"}}}, "unknown keys ['weight']"),
        ({"card": {"dtypes": {"kv": "nonsense"}}}, "is not a dtype"),
        ({"card": {"batch": 0}}, "batch must be a positive integer"),
        ({"card": [1]}, "card must be a dict"),
    ],
    ids=["steps", "warmup", "run-up", "run-hidden", "dtype-key", "dtype-name", "batch", "card-type"],
)
def test_bad_arguments_raise_capture_error(tmp_path, kwargs, message):
    step = jax.jit(lambda p, o, b: (p, o, {}))
    with pytest.raises(CaptureError) as info:
        perfdiff.capture.train(step, jnp.float32(0), jnp.float32(0), 1, logdir=tmp_path, **kwargs)
    assert message in str(info.value) and "\n" not in str(info.value)


def test_user_card_fields_are_normalised():
    mesh = jax.make_mesh((1,), ("data",))
    weights = {
        "w": jnp.zeros((4, 4), jnp.bfloat16),
        "b": jnp.zeros(4, jnp.float32),
        "n": jnp.zeros(2, jnp.int32),
    }
    fields = card_mod.user_fields(
        {
            "model": LlamaConfig(d_ff=1024),
            "mesh": mesh,
            "seq": 8,
            "dtypes": {"kv": jnp.float16},
            "owner": "me",
        },
        weights=weights,
    )
    assert fields["model"]["params"] == 2_491_648 and fields["model"]["max_seq"] == 128
    assert fields["mesh"] == {"shape": {"data": 1}, "axis_names": ["data"]}
    assert fields["dtypes"] == {"weights": "bfloat16", "kv": "float16", "compute": "bfloat16"}
    assert (fields["batch"], fields["seq"], fields["extra"]) == (None, 8, {"owner": "me"})
    fields = card_mod.user_fields({"model": {"name": "m", "layers": 3}, "mesh": {"x": 2, "y": 4}})
    assert fields["model"] == {k: {"name": "m", "layers": 3}.get(k) for k in MODEL_KEYS}
    assert fields["mesh"] == {"shape": {"x": 2, "y": 4}, "axis_names": ["x", "y"]}
    with pytest.raises(CaptureError, match="card mesh"):
        card_mod.user_fields({"mesh": {"x": "two"}})


def test_logdir_that_is_a_file(tmp_path):
    (tmp_path / "f").write_text("x")
    with pytest.raises(CaptureError, match="is a file"):
        _trace_once(tmp_path / "f")


# ---- many devices: collectives ------------------------------------------------------------------------


COLLECTIVES = {"HloOpcode.kAllReduce", "HloOpcode.kAllGather"}


@pytest.mark.parametrize("which, module", [("tp_train", "jit_train_step"), ("tp_decode", "jit_decode_step")])
def test_tensor_parallel_trace_has_collectives(which, module, request):
    cap = request.getfixturevalue(which)
    card, xplane = cap["card"], Path(cap["xplane_paths"][0])
    assert card["device_count"] == 4
    assert card["mesh"] == {"shape": {"tp": 4}, "axis_names": ["tp"]}
    assert card["step"]["count"] == STEPS and card["extra"]["devices"] == 4
    assert card["modules"][0]["name"] == module
    kind = card["step"]["kind"]
    assert [m[0] for m in step_marks(xplane, kind)] == [0, 1, 2]
    opcodes = module_opcodes(xplane, module)
    ran = {(int(op["program_id"]), op["hlo_op"]) for op in op_events(xplane) if op["hlo_module"] == module}
    ran_opcodes = {opcodes[pid][name] for pid, name in ran if pid in opcodes and name in opcodes[pid]}
    assert ran_opcodes >= COLLECTIVES
    devices = {int(op["device_ordinal"]) for op in op_events(xplane) if op["hlo_module"] == module}
    assert devices == {0, 1, 2, 3}


# ---- command line ---------------------------------------------------------------------------------------


def test_cli_prints_where_the_run_went(tmp_path, capsys):
    argv = ["capture", "--example", "decode", "--logdir", str(tmp_path), "--steps", "2", "--warmup", "1"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    (run,) = (tmp_path / "plugins" / "profile").iterdir()
    assert f"run folder  {run}" in out
    assert "perfdiff.json" in out and ".xplane.pb" in out
    assert "captured 2 decode steps" in out
    assert out.rstrip().endswith(f"next: perfdiff {tmp_path}")


@pytest.mark.parametrize(
    "argv, message",
    [
        (["--devices", "0"], "--devices must be between 1 and 256"),
        (["--devices", "3"], "does not split over 3 devices"),
        (["--steps", "0"], "--steps must be at least 1"),
        (["--example", "decode", "--steps", "80"], "use fewer steps"),
        (["--example", "nope"], "invalid choice"),
    ],
    ids=["devices-0", "devices-3", "steps-0", "decode-too-long", "bad-example"],
)
def test_cli_bad_input_is_one_line(tmp_path, capsys, argv, message):
    assert main(["capture", "--logdir", str(tmp_path), *argv]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_cli_unwritable_logdir(tmp_path, capsys):
    (tmp_path / "file").write_text("x")
    assert main(["capture", "--logdir", str(tmp_path / "file" / "sub")]) == 2
    assert "cannot write the profile under logdir" in capsys.readouterr().err


def test_profiler_overhead_is_never_below_one() -> None:
    from perfdiff.cli.capture_cmd import _overhead

    assert _overhead([2e-3, 1e-3], [1.2e-3, 3e-3]) == "profiler overhead 1.20× on the fastest steps"
    # untraced steps slowed by other work: a profiler cannot speed a step up, so no ratio under 1×
    assert "no profiler overhead measurable" in _overhead([5e-3], [1e-3])
    assert "unknown" in _overhead([], [1e-3])
