"""The ``perfdiff`` command run for real (a subprocess) on real captures: report, diff, formats, plot,
saved reports and one-line errors."""

from __future__ import annotations

import io
import json
import os
import pty
import re
import shutil
import struct
import subprocess
from pathlib import Path

import jsonschema
import pandas as pd
import pytest
from example_captures import PERFDIFF, Captures, mlp_lines, run_cli

from perfdiff.report.report import OP_COLUMNS
from perfdiff.report.schemas import diff_schema, report_schema
from perfdiff.report.store import REPORT_FILE, load_report


@pytest.fixture(scope="module")
def base_json(captures: Captures) -> dict:
    done = run_cli(captures.base, "--format", "json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_json_validates_against_the_report_schema_and_is_saved(captures: Captures, base_json: dict) -> None:
    jsonschema.validate(base_json, report_schema())
    assert base_json["run"] == "base" and base_json["chip"]["source"] == "measured"
    assert base_json["summary"]["steps"] == 5 and len(base_json["steps"]) == 5
    saved = load_report(Path(base_json["path"]))  # written beside the trace by the same command
    assert saved is not None and saved.run == "base"
    assert (Path(base_json["path"]) / REPORT_FILE).is_file()
    assert len(saved.ops) == len(base_json["ops"])


def test_table_names_the_top_op_and_speaks_plainly(captures: Captures, base_json: dict) -> None:
    done = run_cli(captures.base, "--no-save")
    assert done.returncode == 0 and done.stderr == ""  # no progress bar off a terminal
    out = done.stdout
    top = base_json["ops"][0]["op"]
    table = out[out.index("Top ops by recoverable time") :]
    first_row = next(line for line in table.splitlines() if line.strip().startswith("1 "))
    assert top in first_row.split()
    for words in ("roofline measured on this machine", "ridge", "5 × 'train'", "roofline bound", "idle"):
        assert words in out
    assert "of its roofline:" in out and "/step recoverable" in out  # the flags, in words
    assert all(line == line.rstrip() for line in out.splitlines())


def test_csv_and_markdown_parse(captures: Captures, base_json: dict) -> None:
    done = run_cli(captures.base, "--format", "csv", "--no-save")
    frame = pd.read_csv(io.StringIO(done.stdout))
    assert list(frame.columns) == OP_COLUMNS and len(frame) == len(base_json["ops"])
    assert frame["measured_s"].iloc[0] == pytest.approx(base_json["ops"][0]["measured_s"])
    done = run_cli(captures.base, "--format", "markdown", "--top", "4", "--no-save")
    lines = done.stdout.splitlines()
    start = lines.index("### Top ops by recoverable time")
    table = [line for line in lines[start + 1 :] if line.startswith("|")][:6]
    widths = {len(line.replace("\\|", "").split("|")) for line in table}
    assert len(widths) == 1 and table[0].startswith("| # | op |") and len(table) == 6  # head, rule, 4 ops
    assert base_json["ops"][0]["op"] in table[2]


def test_step_selection(captures: Captures) -> None:
    done = run_cli(captures.base, "--step", "2", "--format", "json", "--no-save")
    data = json.loads(done.stdout)
    assert data["step_selection"] == "2" and [s["step"] for s in data["steps"]] == [2]


def test_plot_png_and_html(captures: Captures, tmp_path: Path) -> None:
    png, html = tmp_path / "roofline.png", tmp_path / "roofline.html"
    assert run_cli(captures.base, "--no-save", "--plot", png).returncode == 0
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk
    assert (width, height) == (990, 660)  # 9 x 6 inches at 110 dpi
    done = run_cli(captures.base, captures.wide, "--no-save", "--plot", html, "--format", "csv")
    assert done.returncode == 0 and "roofline chart" in done.stderr
    page = html.read_text()
    import plotly

    assert len(page) > 1_000_000 and not re.search(r"<script[^>]*\bsrc=", page)  # embedded, not fetched
    assert f"plotly.js v{plotly.offline.get_plotlyjs_version()}" in page
    assert "base base" in page and "new wide" in page


def test_diff_of_a_wider_mlp_and_fail_above(captures: Captures) -> None:
    """What the capture's timing cannot change (which op tops the diff can: see test_verdicts.py)."""
    done = run_cli(captures.base, captures.wide, "--format", "json", "--no-save")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    jsonschema.validate(data, diff_schema())
    mlp = mlp_lines()
    matmuls = [op for op in data["ops"] if op["source"] in mlp and op["category"] == "matmul"]
    assert len(matmuls) >= 12 and all(op["work_changed"] and op["delta_work_s"] > 0 for op in matmuls)
    # The wider step does about four times the FLOPs: its time grows far past 10 %, and far short of
    # 1000x, on any machine.
    # The verdict on step times: four times the FLOPs, far more than the 10 % threshold and than any
    # drift of the ops whose work did not change.
    table = run_cli(captures.base, captures.wide, "--no-save", "--fail-above", "10")
    assert table.returncode == 1, table.stderr
    assert (
        table.stderr.startswith("perfdiff: regressed: the step changed +")
        and len(table.stderr.splitlines()) == 1
    )
    assert re.search(r"its work changed \d+\.\d+×", table.stdout)
    assert run_cli(captures.base, captures.wide, "--no-save", "--fail-above", "1e5").returncode == 0


def test_saved_report_is_an_input(captures: Captures, base_json: dict) -> None:
    saved = Path(base_json["path"]) / REPORT_FILE
    done = run_cli(saved, "--top", "3")
    assert done.returncode == 0 and base_json["ops"][0]["op"] in done.stdout
    wide = run_cli(saved, captures.wide, "--format", "json", "--no-save")
    assert json.loads(wide.stdout)["base"]["run"] == "base"


def test_unwritable_report_warns_and_goes_on(captures: Captures, tmp_path: Path) -> None:
    run_dir = next((captures.wide / "plugins" / "profile").iterdir())
    copy = tmp_path / "run"
    shutil.copytree(run_dir, copy, ignore=shutil.ignore_patterns(REPORT_FILE))
    (copy / REPORT_FILE).mkdir()  # a folder in the way: the atomic rename must fail
    done = run_cli(copy, "--top", "1")
    assert done.returncode == 0 and "Top ops" in done.stdout
    assert "warning: cannot save the report" in done.stderr and len(done.stderr.splitlines()) == 1


def test_real_tpu_trace(traces: Path) -> None:
    done = run_cli(traces / "tpu-v6e", "--no-save", "--top", "5")
    assert done.returncode == 0, done.stderr
    assert "tpu-v6e — roofline from the trace's own device figures" in done.stdout
    assert "copy-done" in done.stdout and "ICI" in done.stdout


def test_progress_bar_on_a_terminal_only(captures: Captures) -> None:
    """With stderr on a terminal (a pty here) the bar is drawn there; stdout stays clean data."""
    master, slave = pty.openpty()
    env = {**os.environ, "JAX_PLATFORMS": "cpu"}
    command = [*PERFDIFF, str(captures.base), "--no-save", "--top", "1"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=slave, env=env) as process:
        os.close(slave)
        drawn = b""
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the pty closes when the process exits
                break
            if not chunk:
                break
            drawn += chunk
        out = process.stdout.read().decode() if process.stdout else ""
    os.close(master)
    assert process.returncode == 0
    assert b"parsing base" in drawn and b"costing base" in drawn
    assert out.startswith("perfdiff · base\n") and "\x1b" not in out


def test_help_has_examples() -> None:
    done = run_cli("--help")
    assert done.returncode == 0 and "perfdiff BASE NEW" in done.stdout
    done = run_cli("some-path", "--help")
    assert done.returncode == 0 and "examples:" in done.stdout and "--fail-above" in done.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["{missing}"], "no such file or folder"),
        (["{base}", "--chip", "tpu-v99"], "unknown chip"),
        (["{base}", "--step", "x"], "--step must be a step number"),
        (["{base}", "--step", "99", "--no-save"], "no step 99"),
        (["{base}", "--format", "xml"], "invalid choice"),
        (["{base}", "--top", "0"], "expected 1 or more"),
        (["{base}", "--plot", "chart.gif"], "unknown format .gif"),
        (["{base}", "--fail-above", "5"], "--fail-above compares two runs"),
        (["{base}", "{base}", "{base}"], "give one PATH to report or two"),
        (["{garbage}"], "garbage.xplane.pb"),
        (["{base}", "--flag-share", "300"], "percentage between 0 and 100"),
        (["{base}", "{base}", "--confidence", "100"], "--confidence is a percentage of at least 50"),
    ],
    ids=[
        "missing",
        "chip",
        "step-word",
        "step-absent",
        "format",
        "top",
        "plot",
        "fail-above",
        "three",
        "garbage",
        "share",
        "confidence",
    ],  # fmt: skip
)
def test_user_errors_are_one_line_and_exit_2(
    captures: Captures, tmp_path: Path, args: list[str], message: str
) -> None:
    garbage = tmp_path / "garbage.xplane.pb"
    garbage.write_bytes(b"\x0a\xff\xff\xff\xff not a protobuf")
    names = {"missing": tmp_path / "nope", "base": captures.base, "garbage": garbage}
    done = run_cli(*(a.format(**names) for a in args))
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert done.stdout == "" and len(done.stderr.splitlines()) == 1
    assert done.stderr.startswith("perfdiff: error: ") and message in done.stderr
