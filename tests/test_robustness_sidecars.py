"""Bad files beside and inside a trace: the run card, a saved report, the embedded HLO, the cost cache.

Each is user input too (a file on disk, or bytes inside the trace). A bad run card or cache entry costs
a warning or a recomputation; a bad saved report is refused in one line (CLI) or a 422 (plugin); a
corrupt HLO module leaves its ops uncosted with a warning — also when XLA itself crashes on it, which
it does for a ``reduce`` that lost its operands (the module is priced in a helper process).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from fuzz_seeds import tiny_seeds
from sandbox import assert_one_line_error, cli, limits, python
from tensorboard.backend import application
from tensorboard.plugins import base_plugin
from werkzeug.test import Client

import perfdiff
from perfdiff.errors import PerfdiffError, TraceNotFoundError
from perfdiff.hlo.hlo_pb2 import HloModuleProto, HloProto
from perfdiff.report.store import REPORT_FILE, load_report, save_report
from perfdiff.tensorboard.loader import PerfdiffLoader
from perfdiff.xplane import xplane_pb2


@pytest.fixture(scope="module")
def seeds() -> dict[str, bytes]:
    return tiny_seeds()


def _run(root: Path, data: bytes) -> Path:
    """A logdir holding one run of one host file; returns the run folder."""
    run = root / "plugins" / "profile" / "run"
    run.mkdir(parents=True)
    (run / "host.xplane.pb").write_bytes(data)
    return run


# --- run card ----------------------------------------------------------------------------------------

CARDS = {
    "truncated": ('{"model": {"layers": 2', "ignoring unreadable run card"),
    "not-utf8": (b"\xff\xfe{}".decode("latin-1"), "ignoring unreadable run card"),
    "a-list": ("[1, 2, 3]", "a JSON list, not an object"),
    "step-not-an-object": ('{"step": 7, "model": {"layers": 2}}', None),
    "bad-counts": (
        '{"step": {"kind": "train"}, "batch": "eight", "seq": 1e400, "model": {"layers": 2, '
        '"d_model": 64, "d_ff": 128, "heads": 4, "kv_heads": 2, "head_dim": 16, "vocab": 100}}',
        "no step theory from the run card: run card: batch, seq and device_count must be whole numbers",
    ),
    "bad-shape": (
        '{"step": {"kind": "decode"}, "batch": 2, "seq": 64, "model": {"layers": -1, "d_model": 64, '
        '"d_ff": 128, "heads": 4, "kv_heads": 2, "head_dim": 16, "vocab": 100}}',
        "layers must be a positive integer, got -1",
    ),
}


@pytest.mark.parametrize("case", sorted(CARDS))
def test_bad_run_card_is_a_warning(case: str, seeds, tmp_path: Path) -> None:
    text, warning = CARDS[case]
    run = _run(tmp_path, seeds["tpu"])
    (run / "perfdiff.json").write_bytes(text.encode("latin-1"))
    report = perfdiff.analyze(tmp_path)
    assert len(report.ops) == 4 and report.model is None
    if warning is None:
        assert report.warnings == []
    else:
        assert any(warning in w for w in report.warnings), report.warnings


# --- saved report ------------------------------------------------------------------------------------

REPORTS: dict[str, tuple[Callable[[dict], object], str]] = {
    "truncated": (lambda good: json.dumps(good)[:500], "Unterminated string"),
    "a-list": (lambda good: [good], "not a perfdiff report"),
    "other-schema": (lambda good: {**good, "schema": "perfdiff.report/0"}, "not a perfdiff report"),
    "chip-a-string": (lambda good: {**good, "chip": "x"}, "$.chip: expected object"),
    "summary-a-list": (lambda good: {**good, "summary": []}, "$.summary: expected object"),
    "op-time-a-string": (
        lambda good: {**good, "ops": [{**good["ops"][0], "measured_s": "fast"}]},
        "$.ops[0].measured_s: expected number or null",
    ),
    "program-id-not-decimal": (
        lambda good: {**good, "ops": [{**good["ops"][0], "program_id": "0x5"}]},
        "does not match",
    ),
    "group-size-huge": (
        lambda good: {**good, "ops": [{**good["ops"][0], "group_size": 10**30}]},
        "OverflowError",
    ),
    "unknown-bound": (
        lambda good: {**good, "ops": [{**good["ops"][0], "bound": "vibes"}]},
        "expected one of",
    ),
}


@pytest.fixture(scope="module")
def saved_run(seeds, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    root = tmp_path_factory.mktemp("saved")
    run = _run(root, seeds["tpu"])
    save_report(perfdiff.analyze(root))
    return root, json.loads((run / REPORT_FILE).read_text())


def _write_report(run: Path, content: object) -> Path:
    path = run / REPORT_FILE
    path.write_text(content if isinstance(content, str) else json.dumps(content))
    return path


@pytest.mark.parametrize("case", sorted(REPORTS))
def test_bad_saved_report_is_refused(case: str, saved_run, tmp_path: Path) -> None:
    root, good = saved_run
    make, fragment = REPORTS[case]
    run = _run(tmp_path, (root / "plugins" / "profile" / "run" / "host.xplane.pb").read_bytes())
    path = _write_report(run, make(good))
    with pytest.raises(PerfdiffError, match="delete it to recompute") as caught:
        load_report(run)
    assert str(path) in str(caught.value) and fragment in str(caught.value)
    # The plugin answers the run's report with a 422 and the same message.
    plugin = PerfdiffLoader().load(base_plugin.TBContext(logdir=str(tmp_path)))
    try:
        response = Client(application.TensorBoardWSGI([plugin])).get(
            "/data/plugin/perfdiff/report", query_string={"run": "run"}
        )
    finally:
        plugin.shutdown()
    assert response.status_code == 422 and fragment in response.get_json()["error"]


@pytest.mark.parametrize("case", ["truncated", "chip-a-string", "op-time-a-string", "group-size-huge"])
def test_cli_refuses_a_bad_saved_report_in_one_line(case: str, saved_run, tmp_path: Path) -> None:
    _, good = saved_run
    make, fragment = REPORTS[case]
    tmp_path.joinpath("run").mkdir()
    path = _write_report(tmp_path / "run", make(good))
    assert_one_line_error(cli(path), f"cannot read the saved report {path}", fragment)


@pytest.fixture(scope="module")
def chrome_trace(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The real TPU Chrome-trace export of tests/data/traces, decompressed (7.4 MB of JSON)."""
    path = Path(__file__).parent / "data" / "traces" / "tpu-v7x-json" / "2026_01_11_21_26_41.trace.json.gz"
    return gzip.decompress(path.read_bytes())


@pytest.mark.parametrize(
    ("name", "form"),
    [("host.trace.json", "as-written"), ("export.json", "content"), ("events.json", "array")],
    ids=["trace.json", "other-name", "array-form"],
)
def test_a_chrome_trace_json_is_named_as_such(
    chrome_trace: bytes, saved_run, name: str, form: str, tmp_path: Path
) -> None:
    """An uncompressed Chrome trace where a saved report could be (a path ending in .json) gets the
    message a .trace.json.gz gets — as the one report, as either side of a diff, and from the API —
    not "not a perfdiff report (schema None …)"."""
    path = tmp_path / name
    if form == "array":  # the Chrome trace format's other form: a bare list of events
        path.write_text(json.dumps(json.loads(chrome_trace)["traceEvents"][:50]))
    else:
        path.write_bytes(chrome_trace)
    root, _ = saved_run
    saved = root / "plugins" / "profile" / "run" / REPORT_FILE
    diffs = [[saved, path], [path, saved, "--fail-above", "5"]] if form == "as-written" else []
    for args in [[path], *diffs]:
        assert_one_line_error(cli(*args), str(path), "is a Chrome-trace JSON export", "*.xplane.pb")
    with pytest.raises(TraceNotFoundError, match="Chrome-trace JSON export"):
        perfdiff.diff(saved, path)


# --- embedded HLO ------------------------------------------------------------------------------------


def _with_hlo(data: bytes, hlo_stat: bytes) -> bytes:
    """The trace with its module's ``Hlo Proto`` stat replaced."""
    space = xplane_pb2.XSpace.FromString(data)
    for plane in space.planes:
        names = {key: meta.name for key, meta in plane.stat_metadata.items()}
        for meta in plane.event_metadata.values():
            for stat in meta.stats:
                if names.get(stat.metadata_id) == "Hlo Proto":
                    stat.bytes_value = hlo_stat
    return space.SerializeToString()


def _edited_module(data: bytes, change: Callable[[HloModuleProto], None]) -> bytes:
    """The seed's HloProto with its HloModuleProto edited."""
    space = xplane_pb2.XSpace.FromString(data)
    (blob,) = [
        s.bytes_value
        for p in space.planes
        for m in p.event_metadata.values()
        for s in m.stats
        if p.stat_metadata[s.metadata_id].name == "Hlo Proto"
    ]
    hlo = HloProto.FromString(blob)
    change(hlo.hlo_module)
    return hlo.SerializeToString()


def _instruction(module: HloModuleProto, name: str):
    return next(i for c in module.computations for i in c.instructions if i.name == name)


HLO_CASES: dict[str, tuple[Callable[[bytes], bytes], str]] = {
    "garbage": (lambda d: b"\xff\xff\xff\xff not a protobuf", "its embedded HLO is corrupt"),
    "not-a-module": (lambda d: b"\x0a\x04\xff\xff\xff\xff", "do not parse as an xla.HloModuleProto"),
    "dangling-operand": (
        lambda d: _edited_module(d, lambda m: _instruction(m, "reduce.4").operand_ids.append(999_999)),
        "is corrupt: instruction 'reduce.4' reads id 999999, not in its computation 'main'",
    ),
    "impossible-shape": (
        lambda d: _edited_module(d, lambda m: _instruction(m, "fusion.2").shape.dimensions.append(2**62)),
        "instruction 'fusion.2' has an array of more than 2**63 bytes, f32[8,4,4611686018427387904]",
    ),
    "xla-crashes-on-it": (
        lambda d: _edited_module(d, lambda m: _instruction(m, "reduce.4").ClearField("operand_ids")),
        # XLA reads past the missing operands: a SIGSEGV or, as often, a failed CHECK (SIGABRT)
        "XLA's cost analysis crashed (SIG",
    ),
}


@pytest.mark.parametrize("case", sorted(HLO_CASES))
def test_corrupt_embedded_hlo_leaves_its_ops_uncosted(case: str, seeds, tmp_path: Path) -> None:
    make, warning = HLO_CASES[case]
    path = tmp_path / "host.xplane.pb"
    path.write_bytes(_with_hlo(seeds["cpu"], make(seeds["cpu"])))
    report = perfdiff.analyze(path, cache_dir=str(tmp_path / "cache"))
    assert sorted(report.ops["op"]) == ["all-reduce.3", "dot.1", "fusion.2", "reduce.4"]
    assert set(report.ops["cost_source"]) == {"none"} and report.ops["flops"].isna().all()
    assert any(warning in w for w in report.warnings), report.warnings
    if case == "xla-crashes-on-it":  # the real CLI survives it too, and says why
        done = cli(path, "--no-save", "--top", "1")
        assert done.returncode == 0, done.stderr
        # XLA reads uninitialised operands here: in a fresh helper process it usually crashes, but
        # it may also return costs (seen 2 runs in 4), so the crash is checked only when it happened.
        assert "crashed" not in done.stderr or "cost analysis crashed (SIG" in done.stderr, done.stderr


# --- cost cache --------------------------------------------------------------------------------------

CACHE_DAMAGE: dict[str, Callable[[Path], None]] = {
    "garbage": lambda entry: entry.write_bytes(b"\x00\xff garbage"),
    "truncated": lambda entry: entry.write_text(entry.read_text()[:200]),
    "wrong-key": lambda entry: entry.write_text(json.dumps({**json.loads(entry.read_text()), "key": "x"})),
    "wrong-types": lambda entry: entry.write_text(
        json.dumps({**json.loads(entry.read_text()), "rows": {"flops": "many"}})
    ),
    "cells-of-the-wrong-type": lambda entry: entry.write_text(
        json.dumps(
            (lambda p: {**p, "rows": {**p["rows"], "flops": [{"a": 1}] * len(p["rows"]["flops"])}})(
                json.loads(entry.read_text())
            )
        )
    ),
    "a-folder": lambda entry: (entry.unlink(), entry.mkdir()),
}


@pytest.mark.parametrize("case", sorted(CACHE_DAMAGE))
def test_corrupt_cost_cache_entry_is_recomputed(case: str, seeds, tmp_path: Path) -> None:
    path = tmp_path / "host.xplane.pb"
    path.write_bytes(seeds["cpu"])
    cache = tmp_path / "cache"
    clean = perfdiff.analyze(path, cache_dir=str(cache)).ops
    (entry,) = (cache / "hlo_cost").glob("*.json")
    CACHE_DAMAGE[case](entry)
    again = perfdiff.analyze(path, cache_dir=str(cache)).ops
    assert again[["op", "flops", "hbm_bytes", "cost_source"]].equals(
        clean[["op", "flops", "hbm_bytes", "cost_source"]]
    )


def test_cache_folder_that_is_a_file_only_costs_speed(seeds, tmp_path: Path) -> None:
    path = tmp_path / "host.xplane.pb"
    path.write_bytes(seeds["cpu"])
    (tmp_path / "cache").write_text("not a folder")
    report = perfdiff.analyze(path, cache_dir=str(tmp_path / "cache"))
    assert report.ops["flops"].notna().all()


# --- the measured CPU roofline's cache -----------------------------------------------------------


def _roofline_cache(**changes: object) -> dict:
    from perfdiff.chips import cpu_roofline as roofline

    good = {
        "version": roofline.CACHE_VERSION, "key": roofline.cache_key(), "flops_per_s": 3e11,
        "int8_flops_per_s": 9e11, "bytes_per_s": 9e10, "dram_bytes_per_s": 1.5e10,
        "interconnect_bytes_per_s": 4e9, "memory_bytes": 2.4e10, "measure_s": 9.5, "contention": None,
        "runs": 1, "cpu_model": "a CPU", "cores": 2, "jax_version": "0.10.2", "samples": [],
        "op_floor_s": 3e-7, "memory_roof": [[1e4, 9e10], [2e8, 1.5e10]],
    }  # fmt: skip
    return {**good, **changes}


@pytest.mark.parametrize(
    "changes",
    [{"contention": "busy"}, {"runs": "x"}, {"measure_s": None}, {"cores": 2.5}, {"flops_per_s": -1},
     {"cpu_model": 7}, {"runs": True}, {"key": "another machine"}, {"op_floor_s": "fast"},
     {"memory_roof": [[1e4]]}, {"memory_roof": []}],
    ids=["contention", "runs", "measure_s", "cores", "negative-peak", "cpu_model", "bool-runs", "key",
         "floor", "curve-pair", "no-curve"],
)  # fmt: skip
def test_damaged_cpu_roofline_cache_is_measured_again(
    changes: dict, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A cache entry with a field of the wrong type is not trusted (it crashed cpu_chip before)."""
    from perfdiff.chips import cpu_roofline as roofline

    monkeypatch.setenv("PERFDIFF_CACHE_DIR", str(tmp_path))
    roofline.cache_path().parent.mkdir(parents=True, exist_ok=True)
    roofline.cache_path().write_text(json.dumps(_roofline_cache()))
    assert roofline.cached() is not None and roofline.cpu_chip().peak_flops_per_s == 3e11  # control
    roofline.cache_path().write_text(json.dumps(_roofline_cache(**changes)))
    assert roofline.cached() is None  # measure() would measure again


# --- TPU op text and GPU library calls: numbers no real program has ------------------------------

TPU_TEXTS = {
    "iota-bomb": "replica_groups=[1,4000000000]<=[4000000000]",  # 32 GB if expanded
    "iota-sizes-disagree": "replica_groups=[3,3]<=[4]",
    "iota-bad-perm": "replica_groups=[2,2]<=[2,2]T(5,0)",
    "5000-digit-group": "replica_groups={{" + "1" * 5000 + "}}",
    "5000-digit-dim": "replica_groups={{0,1}}, shape=f32[" + "9" * 5000 + "]",
}


@pytest.mark.parametrize("case", sorted(TPU_TEXTS))
def test_tpu_collective_text_with_impossible_numbers(case: str, seeds, tmp_path: Path) -> None:
    """The TPU seed with its all-reduce's HLO text damaged: analysed (under 'ulimit -v 3G', where
    expanding the iota bomb would fail), the op's group or bytes unknown."""
    text = "%all-reduce.3 = f32[8,4]{1,0} all-reduce(f32[8,4]{1,0} %fusion.2), " + TPU_TEXTS[case]
    if case == "5000-digit-dim":
        text = (
            "%all-reduce.3 = f32["
            + "9" * 5000
            + "]{0} all-reduce(f32[8,4]{1,0} %fusion.2), replica_groups={{0,1}}"
        )
    space = xplane_pb2.XSpace.FromString(seeds["tpu"])
    for plane in space.planes:
        for meta in plane.event_metadata.values():
            if meta.display_name == "all-reduce.3":
                meta.name = text
    path = tmp_path / "host.xplane.pb"
    path.write_bytes(space.SerializeToString())
    code = (
        "import sys, perfdiff; r = perfdiff.analyze(sys.argv[1]); "
        "row = r.ops.set_index('op').loc['all-reduce.3']; print(row['collective'], row['ici_bytes'])"
    )
    done = python("-c", code, path, restrict=limits(address_space=3 * 2**30))
    assert done.returncode == 0 and done.stdout.split() == ["all-reduce", "nan"], done.stderr[-2000:]


def _gemm_config(dnums: object) -> bytes:
    return json.dumps({"gemm_backend_config": {"dot_dimension_numbers": dnums}}).encode()


GEMM_CONFIGS = {
    "not-an-object": b'{"gemm_backend_config": 5}',
    "dims-not-a-list": _gemm_config({"lhs_contracting_dimensions": "1"}),
    "dim-a-word": _gemm_config({"lhs_contracting_dimensions": ["x"]}),
    "dim-past-the-rank": _gemm_config(
        {"lhs_contracting_dimensions": ["9"], "rhs_contracting_dimensions": ["0"]}
    ),
    "nested-too-deep": b"{" + b'"a":[' * 100_000 + b"]" * 100_000 + b"}",
}


@pytest.mark.parametrize("case", sorted(GEMM_CONFIGS))
def test_gemm_backend_config_of_the_wrong_shape_is_not_a_gemm(case: str) -> None:
    from perfdiff.costs.library_calls import gemm_shape

    module = HloModuleProto()
    inst = module.computations.add().instructions.add(opcode="custom-call")
    inst.backend_config = GEMM_CONFIGS[case]
    lhs, rhs = type(inst.shape)(element_type=11), type(inst.shape)(element_type=11)
    lhs.dimensions.extend([8, 16])
    rhs.dimensions.extend([16, 4])
    assert gemm_shape(inst, [lhs, rhs]) is None
    inst.backend_config = _gemm_config(
        {"lhs_contracting_dimensions": ["1"], "rhs_contracting_dimensions": ["0"]}
    )
    assert gemm_shape(inst, [lhs, rhs]).flops == 2 * 8 * 4 * 16  # control: a real config
