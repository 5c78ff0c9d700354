"""The user's line: an op's ``source`` is the innermost frame of its Python stack that is the user's own
code, with the library frame that made it beside it and the whole stack kept.

The real case: a user script (tests/scripts/user_and_library.py) calls a tiny library installed in a
``site-packages`` folder — directly, and through a helper module of the user's own — traced with
jax.profiler on the CPU. Before, both ops pointed into the library (``tinylib/__init__.py:5``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SCRIPTS, run_jax_script
from example_captures import run_cli

import perfdiff
from perfdiff.hlo.frames import DEFAULT_LIBRARIES, is_library, libraries, user_and_library

TINYLIB = """import jax.numpy as jnp


def normalize(x):
    return jnp.sort(x, axis=-1)  # the library's line
"""
HELPER = SCRIPTS / "helpers" / "wrap.py"
HELPER_LINE = next(n for n, line in enumerate(HELPER.read_text().splitlines(), 1) if "HELPER_LINE" in line)


@pytest.fixture(scope="module")
def traced(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, Path]:
    """(logdir, what the script printed, the library's file) of one capture."""
    root = tmp_path_factory.mktemp("userlib")
    site = root / "venv" / "lib" / "python3.11" / "site-packages"
    (site / "tinylib").mkdir(parents=True)
    library = site / "tinylib" / "__init__.py"
    library.write_text(TINYLIB)
    logdir = root / "logs"
    output = run_jax_script("user_and_library.py", str(logdir), str(site))
    return logdir, json.loads(output.strip().splitlines()[-1]), library


def _by_op(report: perfdiff.Report) -> dict[str, dict]:
    return {row["op"]: row for row in report.ops.to_dict("records")}


def test_source_is_the_users_line_not_the_librarys(traced: tuple[Path, dict, Path]) -> None:
    logdir, script, library = traced
    ops = _by_op(perfdiff.analyze(logdir))
    where = {op["source"] for op in ops.values()}
    direct = f"{script['script']}:{script['DIRECT_LINE']}"
    helper = f"{HELPER.resolve()}:{HELPER_LINE}"
    assert where == {direct, helper}  # one sort per call site, neither in the library
    for op in ops.values():
        assert op["library_source"] == f"{library}:5"
        stack = op["stack"].splitlines()
        assert stack[0] == f"{library}:5 in normalize" and f"{script['script']}:" in op["stack"]
        assert op["source"] + " in " in "\n".join(stack[1:])  # the user's frame is one of the callers


def test_the_user_extends_the_library_list(traced: tuple[Path, dict, Path], monkeypatch) -> None:
    logdir, script, library = traced
    user = f"{script['script']}:{script['USER_LINE']}"
    # The helper folder named as a library: its op's source moves out to the script's call.
    named = {op["source"] for op in _by_op(perfdiff.analyze(logdir, libraries=["helpers"])).values()}
    assert user in named and not any("helpers" in s for s in named)
    monkeypatch.setenv("PERFDIFF_LIBRARIES", "helpers, otherlib")
    assert libraries() == (*DEFAULT_LIBRARIES, "helpers", "otherlib")
    from_env = {op["source"] for op in _by_op(perfdiff.analyze(logdir)).values()}
    assert from_env == named
    monkeypatch.delenv("PERFDIFF_LIBRARIES")
    data = json.loads(run_cli(logdir, "--no-save", "--format", "json", "--library", "helpers").stdout)
    assert {op["source"] for op in data["ops"]} == named
    assert all(op["stack"].startswith(f"{library}:5 in normalize\n") for op in data["ops"])


def test_views_show_the_library_frame_beside_the_users(traced: tuple[Path, dict, Path]) -> None:
    logdir, script, _ = traced
    done = run_cli(logdir, "--no-save", "--top", "5")
    assert done.returncode == 0, done.stderr
    text = " ".join(done.stdout.split())
    assert f"user_and_library.py:{script['DIRECT_LINE']} (via __init__.py:5)" in text
    assert f"wrap.py:{HELPER_LINE} (via __init__.py:5)" in text


@pytest.mark.parametrize(
    ("path", "library"),
    [
        ("/home/u/.venv/lib/python3.12/site-packages/flax/nnx/nn/linear.py", True),
        ("/usr/lib/python3/dist-packages/numpy/core/fromnumeric.py", True),
        ("/usr/lib/python3.11/contextlib.py", True),
        ("<frozen runpy>", True),
        ("/home/u/src/flax/flax/nnx/nn/linear.py", True),  # a source checkout of a default library
        ("/home/u/src/optax/optax/_src/alias.py", True),
        ("/home/u/project/train.py", False),
        ("/home/u/project/lib/model.py", False),  # a folder named lib is not Python's own
        ("<ipython-input-3-0123456789ab>", False),
        ("<stdin>", False),
        ("/home/u/jaxsim/model.py", False),  # only whole folder names count
        ("/home/u/src/perfdiff/perfdiff/capture/runner.py", True),  # perfdiff's harness (decode argmax)
        ("/home/u/src/perfdiff/perfdiff/examples/llama.py", False),  # the demo model is the user's code
    ],
)
def test_which_frames_are_library_code(path: str, library: bool) -> None:
    assert is_library(path, DEFAULT_LIBRARIES) is library


def test_user_frame_choice() -> None:
    flax = ("/v/lib/python3.11/site-packages/flax/nnx/nn/linear.py", 422, "__call__")
    model = ("/home/u/model.py", 12, "__call__")
    train = ("/home/u/train.py", 30, "step")
    assert user_and_library([flax, model, train], DEFAULT_LIBRARIES) == (
        "/home/u/model.py:12", "/v/lib/python3.11/site-packages/flax/nnx/nn/linear.py:422")  # fmt: skip
    assert user_and_library([model, train], DEFAULT_LIBRARIES) == ("/home/u/model.py:12", "")
    assert user_and_library([flax], DEFAULT_LIBRARIES) == (f"{flax[0]}:422", "")  # nothing of the user's
    assert user_and_library([], DEFAULT_LIBRARIES) == ("", "")
    vendor = ["/home/u/vendor"]  # a path prefix
    assert is_library("/home/u/vendor/lib2/x.py", vendor) and not is_library("/home/u/vendor2/x.py", vendor)


def test_a_flax_model_points_to_the_users_model_file(tmp_path: Path) -> None:
    """nnx.Linear's ops: the user's ``__call__`` lines here, flax's linear.py beside them (before: 99.7 %
    of such a step's op time pointed into flax and optax files)."""
    nnx = pytest.importorskip("flax.nnx")
    optax = pytest.importorskip("optax")
    import jax
    import jax.numpy as jnp

    class Mlp(nnx.Module):
        def __init__(self, rngs: nnx.Rngs) -> None:
            self.up, self.down = nnx.Linear(32, 64, rngs=rngs), nnx.Linear(64, 32, rngs=rngs)

        def __call__(self, x: jax.Array) -> jax.Array:
            return self.down(jax.nn.relu(self.up(x)))  # FLAX_CALL

    @nnx.jit
    def step(model: Mlp, optimizer: nnx.Optimizer, x: jax.Array) -> jax.Array:
        loss, grads = nnx.value_and_grad(lambda m: (m(x) ** 2).mean())(model)
        optimizer.update(model, grads)
        return loss

    model = Mlp(nnx.Rngs(0))
    optimizer = nnx.Optimizer(model, optax.adam(1e-3), wrt=nnx.Param)
    cap = perfdiff.capture.train(
        step, model, optimizer, jnp.ones((8, 32)), logdir=tmp_path, steps=2, warmup=1
    )
    ops = perfdiff.analyze(cap.run_dir, chip="tpu-v5e").ops
    here = Path(__file__).resolve()
    call = next(n for n, line in enumerate(here.read_text().splitlines(), 1) if line.endswith("# FLAX_CALL"))
    matmuls = ops[ops["library_source"].str.contains("flax/nnx/nn/linear.py", regex=False)]
    assert len(matmuls) and (matmuls["source"] == f"{here}:{call}").all()
    in_libraries = ops["source"].str.contains("site-packages", regex=False) & ops["source"].ne("")
    assert not in_libraries.any(), ops.loc[in_libraries, ["op", "source"]]
