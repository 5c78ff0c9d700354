"""The TensorBoard plugin's backend, as TensorBoard tests its own: ``werkzeug.test.Client`` over
``TensorBoardWSGI`` with the plugin, on real captures of the bundled model (see
tests/scripts/plugin_logdir.py) — plus traversal attempts, symlink escapes and bad parameters."""

from __future__ import annotations

import gzip
import importlib.metadata
import importlib.util
import json
import re
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from scripts.plugin_logdir import EVIL, EVIL_MODULE, EVIL_SOURCE
from tensorboard.backend import application
from tensorboard.plugins import base_plugin
from werkzeug.test import Client

from perfdiff import units
from perfdiff.report.display import vocabulary
from perfdiff.report.store import REPORT_FILE, load_report
from perfdiff.report.tables import OPS
from perfdiff.report.vocabulary import Bound, bound_colour
from perfdiff.tensorboard import assets
from perfdiff.tensorboard.loader import PerfdiffLoader
from perfdiff.tensorboard.plugin import PerfdiffPlugin

PREFIX = "/data/plugin/perfdiff"
STATIC = Path(assets.__file__).parent / "static"


def serve(logdir: Path) -> tuple[Client, PerfdiffPlugin]:
    plugin = PerfdiffLoader().load(base_plugin.TBContext(logdir=str(logdir)))
    return Client(application.TensorBoardWSGI([plugin])), plugin


@pytest.fixture(scope="module")
def client(plugin_logdir: Path) -> Iterator[Client]:
    client, plugin = serve(plugin_logdir)
    yield client
    plugin.shutdown()


def wait_ready(client: Client, route: str, seen: list[int] | None = None, **params: str):
    """GET ``route`` until it stops answering 202 (the worker is computing); the last response."""
    deadline = time.monotonic() + 300
    while True:
        response = client.get(f"{PREFIX}{route}", query_string=params)
        if seen is not None:
            seen.append(response.status_code)
        if response.status_code != 202 or time.monotonic() > deadline:
            return response
        params.pop("refresh", None)
        time.sleep(0.2)


def run_dir(logdir: Path, run: str) -> Path:
    experiment, name = run.split("/")
    return logdir / experiment / "plugins" / "profile" / name


def host_file(logdir: Path, run: str) -> Path:
    """The one trace file of a captured run: ``<host>.xplane.pb``, named after this machine."""
    (path,) = run_dir(logdir, run).glob("*.xplane.pb")
    return path


def host_name(logdir: Path, run: str) -> str:
    return host_file(logdir, run).name.removesuffix(".xplane.pb")


def assert_error(response, status: int) -> str:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/json"
    message = response.get_json()["error"]
    assert message and "\n" not in message
    return message


def test_entry_point_loads_the_plugin_without_starting_threads(tmp_path: Path) -> None:
    points = importlib.metadata.entry_points(group="tensorboard_plugins")
    assert points["perfdiff"].load() is PerfdiffLoader
    before = threading.active_count()
    plugin = PerfdiffLoader().load(base_plugin.TBContext(logdir=str(tmp_path)))
    assert threading.active_count() == before
    assert plugin.plugin_name == "perfdiff" and not plugin.is_active()  # an empty logdir
    assert plugin.frontend_metadata().es_module_path == "/static/index.js"


def test_plugin_is_listed_with_every_run_and_its_hosts(client: Client, plugin_logdir: Path) -> None:
    listing = client.get("/data/plugins_listing").get_json()["perfdiff"]
    assert listing["enabled"] is True
    assert listing["loading_mechanism"] == {"type": "IFRAME", "module_path": f"{PREFIX}/static/index.js"}
    runs = {r["run"]: r for r in client.get(f"{PREFIX}/runs").get_json()["runs"]}
    assert set(runs) == {"train/base", "train/wide", "decode/tp4", "xss/evil", "multi/hosts"}
    assert runs["multi/hosts"]["hosts"] == ["host-a", "host-b"]
    assert runs["train/base"]["hosts"] == [host_name(plugin_logdir, "train/base")]


def test_report_is_computed_on_demand_saved_and_then_served_from_the_file(
    client: Client, plugin_logdir: Path
) -> None:
    folder = run_dir(plugin_logdir, "train/base")
    (folder / REPORT_FILE).unlink(missing_ok=True)
    first = client.get(f"{PREFIX}/report", query_string={"run": "train/base"})
    assert first.status_code == 202 and first.get_json()["status"] == "computing"
    # While the worker computes, other requests are answered at once.
    runs = {r["run"]: r for r in client.get(f"{PREFIX}/runs").get_json()["runs"]}
    assert runs["train/base"]["status"] == "computing" and runs["train/wide"]["status"] == "none"

    done = wait_ready(client, "/report", run="train/base")
    assert done.status_code == 200, done.get_data(as_text=True)
    body = done.get_json()
    assert (body["status"], body["run"], body["host"], body["saved"]) == ("ready", "train/base", None, True)
    report = body["report"]
    assert report["schema"] == "perfdiff.report/1" and report["platform"] == "cpu"
    assert report["chip"]["source"] == "measured"
    assert len(report["steps"]) == 5 and report["summary"]["steps"] == 5  # capture's default --steps
    assert report["model"]["model"] == "tiny-llama" and report["model"]["step_kind"] == "train"
    assert all(s["model_theory_s"] == report["model"]["theory_step_s"] for s in report["steps"])
    assert report["summary"]["model_theory_step_s"] == report["model"]["theory_step_s"]
    assert (folder / REPORT_FILE).is_file()

    runs = {r["run"]: r for r in client.get(f"{PREFIX}/runs").get_json()["runs"]}
    assert (runs["train/base"]["saved"], runs["train/base"]["status"]) == (True, "saved")
    assert runs["train/base"]["chip"] == report["chip"]["name"]  # the diff's default pair reads it
    again = client.get(f"{PREFIX}/report", query_string={"run": "train/base"})
    assert again.status_code == 200
    assert again.get_json()["report"] == load_report(folder).to_dict()


def test_one_host_of_a_run_is_analysed_alone_and_not_saved(client: Client, plugin_logdir: Path) -> None:
    both = wait_ready(client, "/report", run="multi/hosts").get_json()
    one = wait_ready(client, "/report", run="multi/hosts", host="host-a").get_json()
    assert (one["host"], one["saved"]) == ("host-a", False)
    assert (both["report"]["summary"]["hosts"], one["report"]["summary"]["hosts"]) == (2, 1)
    # The same trace twice: every op ran on twice the devices, as often per device.
    ops_both = {(o["program_id"], o["op"]): o for o in both["report"]["ops"]}
    for op in one["report"]["ops"]:
        twin = ops_both[(op["program_id"], op["op"])]
        assert (twin["devices"], twin["occurrences"]) == (2 * op["devices"], 2 * op["occurrences"])
    assert (run_dir(plugin_logdir, "multi/hosts") / REPORT_FILE).is_file()  # the all-hosts report only


def test_vocabulary_is_what_the_cli_reads(client: Client) -> None:
    response = client.get(f"{PREFIX}/vocabulary")
    assert response.status_code == 200 and response.mimetype == "application/json"
    served = response.get_json()
    assert served == json.loads(json.dumps(vocabulary()))
    assert served["formats"]["dash"] == units.DASH
    colours = {b["name"]: b["colour"] for b in served["bounds"]}
    assert colours == {b.value: bound_colour(b.value) for b in Bound}
    time = OPS["measured_per_step_s"]
    assert served["tables"]["report.ops"][time.name]["label"] == time.heading


def test_trace_strings_reach_the_page_verbatim_as_json(client: Client) -> None:
    response = wait_ready(client, "/report", run="xss/evil")
    assert response.mimetype == "application/json"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    (evil,) = [op for op in response.get_json()["report"]["ops"] if op["op"] == EVIL]
    assert (evil["module"], evil["source"], evil["bound"]) == (EVIL_MODULE, EVIL_SOURCE, "hbm")


def test_diff_of_two_runs(client: Client) -> None:
    response = wait_ready(client, "/diff", base="train/base", new="train/wide")
    assert response.status_code == 200, response.get_data(as_text=True)
    body = response.get_json()
    assert (body["base"], body["new"]) == ("train/base", "train/wide")
    summary = body["diff"]["summary"]
    reports = [
        client.get(f"{PREFIX}/report", query_string={"run": r}).get_json()["report"]
        for r in ("train/base", "train/wide")
    ]
    assert summary["step_base_s"] == pytest.approx(reports[0]["summary"]["step_s_mean"])
    assert summary["step_new_s"] == pytest.approx(reports[1]["summary"]["step_s_mean"])
    assert len(body["diff"]["ops"]) >= len(reports[0]["ops"])
    # The verdict, the parts and the sentences come with the diff: the view only shows them.
    assert summary["verdict"] in ("regressed", "improved", "unchanged", "inconclusive")
    assert body["diff"]["headline"].startswith(summary["verdict"] + ":")
    parts = ("delta_work_s", "delta_efficiency_s", "delta_uncosted_s", "delta_idle_s", "delta_overlap_s")
    assert sum(summary[p] for p in parts) == pytest.approx(summary["delta_step_s"], rel=1e-9)
    assert any(s.startswith("the mean step went") for s in body["diff"]["sentences"])
    by_source = body["diff"]["by_source"]
    with_source = [o for o in body["diff"]["ops"] if o["source"]]
    assert sum(r["ops"] for r in by_source) == len(with_source)
    assert sum(r["delta_measured_s"] for r in by_source) == pytest.approx(
        sum(o["delta_measured_s"] for o in with_source)
    )


def test_headline_is_the_clis_verdict(client: Client, plugin_logdir: Path) -> None:
    from perfdiff.cli.report_view import report_view
    from perfdiff.report.headline import headline

    body = wait_ready(client, "/report", run="train/base").get_json()
    saved = load_report(run_dir(plugin_logdir, "train/base"))
    assert body["headline"] == headline(saved) and len(body["headline"]) == 2
    assert body["headline"][0].startswith("The step takes ")
    flagged = [op for op in body["report"]["ops"] if op["flag"]]
    if flagged:  # the second sentence names the top flagged op (no advice in this report)
        assert body["headline"][1].startswith(f"Top flag: {flagged[0]['op']} ")
    else:
        assert body["headline"][1].startswith("No op is flagged")
    assert report_view(saved, 10).header[0] == ("verdict", " ".join(body["headline"]))


def test_op_detail_has_its_hlo_text_and_time_per_step(client: Client) -> None:
    report = wait_ready(client, "/report", run="train/base").get_json()["report"]
    top = report["ops"][0]
    key = f"{top['program_id']}/{top['op']}"
    response = wait_ready(client, "/op", run="train/base", op=key)
    assert response.status_code == 200, response.get_data(as_text=True)
    body = response.get_json()
    assert body["row"] == top and body["key"] == key
    assert body["hlo_text"].startswith(f"%{top['op']} = ")
    assert body["shapes"]["result"] in body["hlo_text"]
    assert len(body["steps"]) == len(body["step_s"]) >= 1
    assert all(t > 0 for t in body["step_s"])
    # Its time over the analysed steps is the report's own total per device.
    analysed = [t for s, t in zip(body["steps"], body["step_s"], strict=True) if s >= 0]
    assert sum(analysed) * top["devices"] == pytest.approx(top["measured_s"], rel=1e-6)


def test_timeline_of_a_step_is_columnar_and_joined_to_the_report(client: Client) -> None:
    report = wait_ready(client, "/report", run="decode/tp4").get_json()["report"]
    response = wait_ready(client, "/timeline", run="decode/tp4")
    assert response.status_code == 200, response.get_data(as_text=True)
    body = response.get_json()
    n = len(body["op"])
    assert n > 0 and len(body["lane"]) == len(body["start_ns"]) == len(body["dur_ns"]) == n
    assert min(body["start_ns"]) == 0 and min(body["dur_ns"]) >= 0
    assert max(s + d for s, d in zip(body["start_ns"], body["dur_ns"], strict=True)) == body["span_ns"]
    assert set(body["lane"]) == set(range(len(body["lanes"])))
    assert body["step"] in body["steps"] and body["step"] >= 0
    assert len(body["op_row"]) == len(body["op_bound"]) == len(body["ops"])
    keys = [f"{r['program_id']}/{r['op']}" for r in report["ops"]]
    for key, row, bound in zip(body["ops"], body["op_row"], body["op_bound"], strict=True):
        assert keys[row] == key and report["ops"][row]["bound"] == bound
    other = wait_ready(client, "/timeline", run="decode/tp4", step=str(body["steps"][-1])).get_json()
    assert other["step"] == body["steps"][-1]


@pytest.mark.parametrize(
    ("route", "params", "status"),
    [
        ("/report", {}, 400),
        ("/report", {"run": ""}, 400),
        ("/report", {"run": "../train/base"}, 404),
        ("/report", {"run": "train/base/../../train/base"}, 404),
        ("/report", {"run": "/etc/passwd"}, 404),
        ("/report", {"run": "%2e%2e%2ftrain"}, 404),
        ("/report", {"run": "train\\base"}, 404),
        ("/report", {"run": "base"}, 404),  # a run's folder name is not its name
        ("/report", {"run": "train/base", "host": "../{host}"}, 404),
        ("/report", {"run": "train/base", "host": "/etc/passwd"}, 404),
        ("/report", {"run": "train/base", "host": "{host}.xplane.pb"}, 404),  # a file name, not a host
        ("/report", {"run": "train/base", "refresh": "yes"}, 400),
        ("/diff", {"base": "train/base"}, 400),
        ("/op", {"run": "train/base"}, 400),
        ("/op", {"run": "train/base", "op": "0/no-such-op"}, 404),
        ("/timeline", {"run": "train/base", "step": "two"}, 400),
        ("/timeline", {"run": "../train/base"}, 404),
        ("/diff", {"base": "train/base", "new": "../../etc"}, 404),
    ],
    ids=lambda v: repr(v) if isinstance(v, dict) else str(v),
)
def test_bad_parameters_get_a_one_line_json_error(
    client: Client, plugin_logdir: Path, route: str, params: dict, status: int
) -> None:
    host = host_name(plugin_logdir, "train/base")
    params = {key: value.format(host=host) for key, value in params.items()}
    assert_error(client.get(f"{PREFIX}{route}", query_string=params), status)


@pytest.mark.parametrize(
    "path",
    [
        "static/../plugin.py",
        "static/../../tensorboard/plugin.py",
        "static/%2e%2e/plugin.py",
        "static/%2e%2e%2fplugin.py",
        "static/..%2fplugin.py",
        "static/%2E%2E%2F%2E%2E%2Fstore.py",
        "static/%252e%252e%252fplugin.py",
        "static/..\\plugin.py",
        "static/%5c..%5cplugin.py",
        "static//etc/passwd",
        "static/%2fetc%2fpasswd",
        "static/index.js/../../plugin.py",
        "static/./index.js",
        "static/.index.js",
        "static/",
        "static/nothing.js",
        "static/index.js%00.css",
        "staticx/index.js",
    ],
)
def test_static_files_outside_static_are_refused(client: Client, path: str) -> None:
    response = client.get(f"{PREFIX}/{path}")
    assert response.status_code == 404, path
    if path.startswith("static/") and path != "static/":  # refused by our handler, not TensorBoard's routing
        assert response.get_json()["error"] == "not a static file of the perfdiff plugin"
    assert b"from __future__" not in response.data and b"root:" not in response.data


def test_static_files_and_plotly_from_the_installed_package(client: Client) -> None:
    for name in sorted(p.name for p in STATIC.iterdir()):
        response = client.get(f"{PREFIX}/static/{name}")
        assert response.status_code == 200, name
        assert response.data == (STATIC / name).read_bytes()
        assert response.mimetype == assets.CONTENT_TYPES[Path(name).suffix]
    plain = client.get(f"{PREFIX}/vendor/plotly.min.js")
    assert plain.status_code == 200 and plain.mimetype == "application/javascript"
    assert plain.data == assets.plotly_path().read_bytes()
    assert re.match(rb"/\*\*\s*\* plotly\.js v\d", plain.data)
    zipped = client.get(f"{PREFIX}/vendor/plotly.min.js", headers={"Accept-Encoding": "gzip"})
    assert zipped.headers["Content-Encoding"] == "gzip" and gzip.decompress(zipped.data) == plain.data
    package = Path(assets.__file__).parents[1]
    assert not list(package.rglob("plotly*.js"))  # served from the plotly package, never a copy here


def test_frontend_never_parses_strings_as_html() -> None:
    """The page builds every node with textContent/setAttribute (trace strings can hold markup)."""
    sinks = re.compile(
        r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment"
    )
    for path in STATIC.glob("*.js"):
        code = re.sub(r"(?m)^\s*//.*$|/\*.*?\*/", "", path.read_text(), flags=re.S)
        assert not sinks.search(code), path.name


def test_the_frontend_takes_colours_and_spellings_from_the_vocabulary() -> None:
    """Bound colours and number spellings live in report/vocabulary.py alone: the plugin reads them
    from /vocabulary, so none is written into a static file."""
    for path in STATIC.iterdir():
        text = path.read_text(encoding="utf-8").lower()
        for bound in Bound:
            assert f"--pd-{bound.value}:" not in text, (path.name, bound.value)  # a CSS definition
            assert path.suffix != ".js" or bound_colour(bound.value) not in text, (path.name, bound.value)
        for spelling in (units.DASH, "\u2212", " %"):  # the missing-value dash, the minus sign, percent
            assert f"'{spelling}'" not in text and f'"{spelling}"' not in text, (path.name, spelling)


@pytest.fixture(scope="module")
def escape_logdir(plugin_logdir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A logdir with one real run, a run folder that is a symlink to outside, a run whose trace file
    is a symlink to outside, a run with a garbage trace and a run with a corrupt saved report."""
    trace = host_file(plugin_logdir, "train/base")
    root = tmp_path_factory.mktemp("escape")
    outside = root / "outside" / "secret"
    outside.mkdir(parents=True)
    shutil.copy(trace, outside / "host.xplane.pb")
    profile = root / "logdir" / "plugins" / "profile"
    for name in ("real", "mixed", "corrupt", "broken"):
        (profile / name).mkdir(parents=True)
    shutil.copy(trace, profile / "real" / "host.xplane.pb")
    shutil.copy(trace, profile / "corrupt" / "host.xplane.pb")
    (profile / "corrupt" / REPORT_FILE).write_text("{not json")
    (profile / "broken" / "host.xplane.pb").write_bytes(b"this is not an XSpace")
    (profile / "linked").symlink_to(outside, target_is_directory=True)
    shutil.copy(trace, profile / "mixed" / "a.xplane.pb")
    (profile / "mixed" / "b.xplane.pb").symlink_to(outside / "host.xplane.pb")
    return root / "logdir"


def test_symlinks_out_of_the_logdir_are_neither_listed_nor_served(escape_logdir: Path) -> None:
    client, plugin = serve(escape_logdir)
    try:
        runs = [r["run"] for r in client.get(f"{PREFIX}/runs").get_json()["runs"]]
        assert sorted(runs) == ["broken", "corrupt", "real"]
        for run in ("linked", "mixed", "../outside/secret"):
            assert_error(client.get(f"{PREFIX}/report", query_string={"run": run}), 404)
        # A logdir reached through a symlink is fine: only escapes from it are refused.
        alias = escape_logdir.parent / "alias"
        alias.symlink_to(escape_logdir, target_is_directory=True)
        alias_client, alias_plugin = serve(alias)
        assert sorted(r["run"] for r in alias_client.get(f"{PREFIX}/runs").get_json()["runs"]) == sorted(runs)
        alias_plugin.shutdown()
    finally:
        plugin.shutdown()


def test_perfdiff_errors_become_422_with_their_message(escape_logdir: Path) -> None:
    client, plugin = serve(escape_logdir)
    try:
        corrupt = assert_error(client.get(f"{PREFIX}/report", query_string={"run": "corrupt"}), 422)
        assert REPORT_FILE in corrupt and "delete it to recompute" in corrupt
        broken = assert_error(wait_ready(client, "/report", run="broken"), 422)
        assert "host.xplane.pb" in broken
        runs = {r["run"]: r["status"] for r in client.get(f"{PREFIX}/runs").get_json()["runs"]}
        assert runs["broken"] == "failed"
        # Recompute (answered 202 at once, like any computation) replaces an unreadable saved report.
        seen: list[int] = []
        fixed = wait_ready(client, "/report", seen, run="corrupt", refresh="1")
        assert seen[0] == 202 and fixed.status_code == 200 and fixed.get_json()["saved"] is True
        assert load_report(escape_logdir / "plugins" / "profile" / "corrupt") is not None
    finally:
        plugin.shutdown()


def test_sweeps_under_the_logdir_are_listed_and_served(tmp_path: Path) -> None:
    import perfdiff

    sweep = tmp_path / "sweeps" / "decode"
    grid = {"batch": "1,4", "devices": "1", "weights": "f32", "seq": "16"}
    perfdiff.sweep("decode", logdir=sweep, steps=2, warmup=1, **grid)
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "sweep.json").write_text('{"schema": "something else"}')
    client, plugin = serve(tmp_path)
    try:
        listed = client.get(f"{PREFIX}/sweeps").get_json()["sweeps"]
        assert listed == ["broken", "sweeps/decode"]
        body = client.get(f"{PREFIX}/sweep", query_string={"name": "sweeps/decode"}).get_json()
        assert body["sweep"] == json.loads((sweep / "sweep.json").read_text())
        assert [p["batch"] for p in body["sweep"]["points"]] == [1, 4]
        assert_error(client.get(f"{PREFIX}/sweep", query_string={"name": "broken"}), 422)
        assert_error(client.get(f"{PREFIX}/sweep", query_string={"name": "../sweeps/decode"}), 404)
        assert_error(client.get(f"{PREFIX}/sweep"), 400)
    finally:
        plugin.shutdown()
