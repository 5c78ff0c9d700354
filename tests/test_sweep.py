"""``perfdiff sweep``: a real grid captured on CPU with fake devices, beside the step theory.

One session sweep (2 batches x 2 device counts x 2 weight dtypes, a short cache, two steps) serves the
end-to-end, schema, theory, resume, plot and calibration tests; the failure and Ctrl-C tests run
sweeps of their own. Points are priced on a chip from the table (tpu-v5e), so the theory columns can be
checked against ``perfdiff theory`` without the measured CPU roofline moving under the test.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest

import perfdiff
from perfdiff.chips.lookup import get_chip
from perfdiff.chips.table import Chip
from perfdiff.cli.main import main
from perfdiff.frontier import plot
from perfdiff.frontier.driver import SWEEP_FILE, load
from perfdiff.report.schemas import sweep_schema
from perfdiff.report.tables import BOUNDS

TESTS = Path(__file__).resolve().parent
GRID = {"batch": "1,2", "devices": "1,2", "weights": "f32,int8", "seq": "16"}
CHIP = "tpu-v5e"


@pytest.fixture(scope="session")
def small_sweep(tmp_path_factory: pytest.TempPathFactory):
    logdir = tmp_path_factory.mktemp("sweep")
    seen: list[tuple[int, int, str, str]] = []
    result = perfdiff.sweep("decode", logdir=logdir, steps=2, warmup=1, chip=CHIP, predict=["batch=8"],
                            progress=lambda *a: seen.append(a), **GRID)  # fmt: skip
    return result, seen


def test_a_small_grid_end_to_end(small_sweep) -> None:
    result, seen = small_sweep
    data, rows = result.data, result.data["points"]
    assert data["complete"] and data["kind"] == "decode" and data["source"] == "example:decode"
    measured = [r for r in rows if r["status"] == "done"]
    assert len(measured) == 8 and len(rows) == 12  # 4 more only predicted: batch 8
    assert {r["point"] for r in rows if r["status"] == "predicted"} == {
        f"decode-b8-s16-d{d}-{w}-f32" for d in (1, 2) for w in ("f32", "int8")
    }
    assert seen[-1][:2] == (8, 8) and [s[0] for s in seen] == list(range(9))  # the progress callback
    for row in measured:
        run_dir = result.logdir / "plugins" / "profile" / row["run"]
        assert row["run"] == row["point"] and list(run_dir.glob("*.xplane.pb"))
        card = json.loads((run_dir / "perfdiff.json").read_text())
        assert card["dtypes"]["weights"] == {"f32": "float32", "int8": "int8"}[row["weights"]]
        assert card["device_count"] == row["devices"] and card["step"]["count"] == 2
        assert 0 < row["step_s_min"] <= row["step_s"] <= row["step_s_max"]
        assert row["tokens_per_s"] == pytest.approx(row["batch"] / row["step_s"])
        assert row["chips"] == row["devices"]  # a TPU chip per device (on the cpu chip: 1)
        assert row["tokens_per_s_per_chip"] == pytest.approx(row["tokens_per_s"] / row["chips"])
        assert row["latency_per_token_s"] == row["step_s"]
        assert row["measured_over_theory"] == pytest.approx(row["step_s"] / row["theory_step_s"])
        assert row["measured_over_theory"] > 1  # a CPU is no TPU
        assert row["bound"] in BOUNDS and row["predicted_step_s"] > 0 and row["loo_error"] is not None
    assert any(r["bound"] == "ici" or r["devices"] == 1 for r in measured)
    assert any(r["on_frontier"] for r in measured) and any(r["theory_on_frontier"] for r in rows)
    fit = data["fit"]
    assert fit["points"] == 8 and 0 < fit["compute"] <= 1 and 0 < fit["hbm"] <= 1 and fit["overhead_s"] >= 0
    assert fit["loo_error"] >= 0 and fit["loo_max_error"] >= fit["loo_error"]
    timing = data["timing"]
    assert timing["points_run"] == 8 and 0 < timing["capture_s"] < timing["total_s"]
    # the split of the wall time: each moment counted once, so the parts add up to the total
    parts = ("capture_s", "build_s", "held_s", "alone_s", "start_s", "fit_s", "other_s")
    assert all(timing[k] >= 0 for k in parts) and timing["start_s"] > 0 and timing["alone_s"] > 0
    assert sum(timing[k] for k in parts) == pytest.approx(timing["total_s"], rel=1e-9)
    assert 0 <= timing["side_by_side_s"] < timing["capture_s"]
    beyond = timing["total_s"] - timing["capture_s"]
    assert timing["overhead"] == pytest.approx(beyond / timing["capture_s"])


def _frontier_is_pareto(rows, flag, latency, throughput) -> None:
    known = [r for r in rows if r[latency] and r[throughput]]
    for r in known:
        beaten = any(
            o[latency] <= r[latency] and o[throughput] >= r[throughput] and o is not r
            and (o[latency] < r[latency] or o[throughput] > r[throughput])
            for o in known
        )  # fmt: skip
        assert r[flag] == (not beaten), r["point"]


def test_frontiers_are_the_undominated_points(small_sweep) -> None:
    rows = small_sweep[0].data["points"]
    _frontier_is_pareto([r for r in rows if r["status"] == "done"], "on_frontier", "latency_per_token_s",
                        "tokens_per_s_per_chip")  # fmt: skip
    _frontier_is_pareto(
        rows, "theory_on_frontier", "theory_latency_per_token_s", "theory_tokens_per_s_per_chip"
    )


def test_sweep_json_matches_its_schema(small_sweep) -> None:
    saved = json.loads((small_sweep[0].logdir / SWEEP_FILE).read_text())
    jsonschema.validate(saved, sweep_schema())
    assert saved == small_sweep[0].data
    broken = saved | {"points": [saved["points"][0] | {"status": "maybe"}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, sweep_schema())


@pytest.mark.parametrize("index", [0, 3, 6], ids=["b1-d1-f32", "b1-d2-int8", "b2-d2-f32"])
def test_theory_columns_equal_perfdiff_theory(small_sweep, index, capsys) -> None:
    result = small_sweep[0]
    row = result.data["points"][index]
    card = json.loads((result.logdir / "plugins" / "profile" / row["run"] / "perfdiff.json").read_text())
    m = card["model"]
    model = ",".join(
        f"{k}={m[k]}" for k in ("layers", "d_model", "d_ff", "heads", "kv_heads", "head_dim", "vocab")
    )
    argv = ["theory", "--model", model, "--chip", CHIP, "--chips", str(row["devices"]), "--batch",
            str(row["batch"]), "--seq", str(row["seq"]), "--weights", row["weights"], "--kv", row["kv"],
            "--compute", "f32", "--params", str(m["params"]), "--json"]  # fmt: skip
    assert main(argv) == 0
    said = json.loads(capsys.readouterr().out)
    assert row["theory_step_s"] == pytest.approx(said["step_s"], rel=1e-12)
    tokens_per_chip = said["tokens_per_s_per_chip"]
    assert row["theory_tokens_per_s_per_chip"] == pytest.approx(tokens_per_chip, rel=1e-12)


def test_resuming_skips_finished_points(small_sweep) -> None:
    result = small_sweep[0]
    runs = sorted(p.name for p in (result.logdir / "plugins" / "profile").iterdir())
    again = perfdiff.sweep("decode", logdir=result.logdir, steps=2, warmup=1, chip=CHIP, predict=["batch=8"],
                           **GRID)  # fmt: skip
    assert again.data["timing"]["points_run"] == 0
    assert sorted(p.name for p in (result.logdir / "plugins" / "profile").iterdir()) == runs
    keep = ("point", "status", "step_s", "theory_step_s", "bound")
    assert [{k: r[k] for k in keep} for r in again.data["points"]] == [
        {k: r[k] for k in keep} for r in result.data["points"]
    ]


def test_resuming_reads_back_the_chip_the_points_were_priced_on(small_sweep, tmp_path) -> None:
    """A sweep resumed without --chip prices on the chip its points saved; a CPU's carries its memory
    roof curve (a list of {working_set_bytes, bytes_per_s} in JSON)."""
    logdir = tmp_path / "copy"
    shutil.copytree(small_sweep[0].logdir, logdir)
    curve = ((1e5, 9e10), (1e8, 3e10))
    chip = dataclasses.replace(get_chip(CHIP), name="curved", memory_roof=curve)
    for saved in (logdir / "sweep").glob("*.json"):
        data = json.loads(saved.read_text())
        if data.get("status") == "done":
            saved.write_text(json.dumps(data | {"chip": chip.to_dict()}))
    again = perfdiff.sweep("decode", logdir=logdir, steps=2, warmup=1, predict=["batch=8"], **GRID)
    assert again.data["timing"]["points_run"] == 0
    assert again.data["chip"]["name"] == "curved"
    assert Chip.from_dict(again.data["chip"]).memory_roof == curve


def test_the_plot_labels_every_point(small_sweep, tmp_path) -> None:
    data = small_sweep[0].data
    png = plot.write_plot(tmp_path / "frontier.png", data)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    html = plot.write_plot(tmp_path / "frontier.html", data).read_text()
    assert "plotly" in html and "b2 d2 w int8" in html and "(predicted)" in html and "theory frontier" in html
    with pytest.raises(perfdiff.PerfdiffError, match="unknown format"):
        plot.write_plot(tmp_path / "frontier.jpg", data)


def test_cli_table_json_and_calibrate(small_sweep, capsys) -> None:
    logdir = str(small_sweep[0].logdir)
    argv = ["sweep", "--example", "decode", "--logdir", logdir, "--steps", "2", "--warmup", "1", "--chip",
            CHIP, "--predict", "batch=8", *[f"--{k}={v}" for k, v in GRID.items()]]  # fmt: skip
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "decode-b2-s16-d2-int8-f32" in out and "leave-one-out" in out and "predicted" in out
    assert main([*argv, "--format", "json"]) == 0
    jsonschema.validate(json.loads(capsys.readouterr().out), sweep_schema())
    assert main([*argv, "--format", "csv"]) == 0
    header = capsys.readouterr().out.splitlines()[0].split(",")
    assert header[:3] == ["point", "status", "kind"] and "measured_over_theory" in header
    assert main(["theory", "--model", "llama3-8b", "--chip", "h100", "--batch", "8", "--seq", "1024",
                 "--calibrate", logdir, "--json"]) == 0  # fmt: skip
    said = json.loads(capsys.readouterr().out)
    fit = small_sweep[0].data["fit"]
    assert said["efficiency"]["compute"] == pytest.approx(fit["compute"])
    assert said["calibrated_step_s"] > said["step_s"]  # below-peak efficiencies and an overhead


def _env() -> dict[str, str]:
    path = os.pathsep.join(filter(None, [str(TESTS), os.environ.get("PYTHONPATH")]))
    return {**os.environ, "PYTHONPATH": path, "JAX_PLATFORMS": "cpu"}


def test_a_failing_point_does_not_stop_the_sweep(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("PYTHONPATH", _env()["PYTHONPATH"])
    argv = ["sweep", "--factory", "sweep_factory:make_step", "--batch", "2,3,1", "--seq", "16", "--steps",
            "1", "--warmup", "0", "--chip", CHIP, "--logdir", str(tmp_path)]  # fmt: skip
    assert main(argv) == 1  # a point failed; the others ran
    rows = {r["batch"]: r for r in load(tmp_path).data["points"]}
    assert rows[2]["status"] == "failed" and rows[2]["error"] == "ValueError: no model for batch 2"
    assert rows[3]["status"] == "failed" and "killed by signal 9" in rows[3]["error"]
    assert rows[1]["status"] == "done" and rows[1]["step_s"] > 0
    assert "no model for batch 2" in capsys.readouterr().out


def test_ctrl_c_keeps_finished_points(tmp_path) -> None:
    argv = [sys.executable, "-m", "perfdiff.cli.main", "sweep", "--example", "decode", "--batch",
            "1,2,3,4", "--seq", "16", "--steps", "2", "--warmup", "1", "--chip", CHIP, "--logdir",
            str(tmp_path)]  # fmt: skip
    # SIG_DFL in the child, so that its Python installs the KeyboardInterrupt handler even when this
    # test runs in a background job (whose SIGINT is ignored, and inherited so)
    child = subprocess.Popen(argv, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # fmt: skip
    try:
        deadline = time.monotonic() + 240
        first = tmp_path / "sweep" / "decode-b1-s16-d1-f32-f32.json"
        while not first.exists() and time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.05)
        assert first.exists(), child.communicate()
        child.send_signal(signal.SIGINT)
        _, err = child.communicate(timeout=120)
    finally:
        child.kill()
    assert child.returncode == 130, err
    data = load(tmp_path).data
    done = [r for r in data["points"] if r["status"] == "done"]
    assert not data["complete"] and 1 <= len(done) < 4
    assert {r["status"] for r in data["points"]} <= {"done", "pending"}
    profile = tmp_path / "plugins" / "profile"
    assert not [p for p in profile.iterdir() if p.name.startswith(".")]  # no half-made run left
    assert {p.name for p in profile.iterdir()} >= {r["run"] for r in done}
    again = perfdiff.sweep("decode", logdir=tmp_path, batch="1,2,3,4", seq="16", steps=2, warmup=1, chip=CHIP)
    assert again.data["complete"] and again.data["timing"]["points_run"] <= 4 - len(done)
    assert [r["step_s"] for r in again.data["points"][: len(done)]] == [r["step_s"] for r in done]
