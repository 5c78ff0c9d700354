"""Bad trace files and folders, made here: each gets a PerfdiffError (CLI: one line, exit 2) or a
documented warning, through both decoders — never another exception.

The files are built from the tiny seed traces (tests/fuzz_seeds.py) and the real traces in
tests/data/traces; corrupt run cards, saved reports, embedded HLO and cost caches are in
test_robustness_sidecars.py, memory and zip bombs in test_resource_bounds.py.
"""

from __future__ import annotations

import gzip
import os
import random
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from fuzz_seeds import REAL_SEEDS, tiny_seeds
from sandbox import UNPRIVILEGED, assert_one_line_error, cli, python

import perfdiff
from perfdiff.errors import BadTraceError, NoOpsError, PerfdiffError, TraceNotFoundError
from perfdiff.parse.host import parse_host
from perfdiff.parse.profile import assemble
from perfdiff.xplane import xplane_pb2
from perfdiff.xplane.locate import locate

DECODERS = ("proto", "wire")
TPU_REAL, GEMM_REAL = REAL_SEEDS[2], REAL_SEEDS[0]


@pytest.fixture(scope="module")
def seeds() -> dict[str, bytes]:
    return tiny_seeds()


def _edit(data: bytes, change: Callable[[xplane_pb2.XSpace], None]) -> bytes:
    space = xplane_pb2.XSpace.FromString(data)
    change(space)
    return space.SerializeToString()


def _no_planes(seeds: dict[str, bytes]) -> bytes:
    return _edit(seeds["cpu"], lambda space: space.ClearField("planes"))


def _no_ops(seeds: dict[str, bytes]) -> bytes:
    """The CPU seed without the hlo_op stat: step marks and events, but nothing is an XLA op."""

    def change(space: xplane_pb2.XSpace) -> None:
        for plane in space.planes:
            for meta in plane.stat_metadata.values():
                if meta.name == "hlo_op":
                    meta.name = "not_hlo_op"

    return _edit(seeds["cpu"], change)


# name -> (bytes of a host file, error, fragment of its message)
BAD_FILES: dict[str, tuple[Callable[[dict[str, bytes]], bytes], type, str]] = {
    "empty": (lambda s: b"", BadTraceError, "is empty (0 bytes)"),
    "random-bytes": (lambda s: random.Random(9).randbytes(4096), BadTraceError, "not a readable XSpace"),
    "zeros": (lambda s: bytes(1000), BadTraceError, "not a readable XSpace"),
    "text": (lambda s: b"step,op,time\n1,dot,3\n" * 50, BadTraceError, "not a readable XSpace"),
    "no-planes": (_no_planes, BadTraceError, "holds no profile planes"),
    "no-ops": (_no_ops, NoOpsError, "no XLA op events"),
    "tpu-cut-in-half": (lambda s: TPU_REAL.read_bytes()[:431_353], BadTraceError, "not a readable XSpace"),
}
CUTS = (1, 2, 17, 1_000, 50_000)


def _write(folder: Path, data: bytes, name: str = "host.xplane.pb") -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("decoder", DECODERS)
@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_file_is_refused_by_both_decoders(case: str, decoder: str, seeds, tmp_path: Path) -> None:
    make, error, fragment = BAD_FILES[case]
    path = _write(tmp_path, make(seeds))
    with pytest.raises(error, match=re.escape(fragment)) as caught:
        tables = parse_host("host", path, decoder=decoder)
        perfdiff.analyze(assemble(locate(path), [tables]))
    assert str(path) in str(caught.value)


@pytest.mark.parametrize("decoder", DECODERS)
@pytest.mark.parametrize("trace", [TPU_REAL, GEMM_REAL], ids=["tpu-v6e", "mi300x-gemm"])
def test_real_trace_truncated_at_many_points(trace: Path, decoder: str, tmp_path: Path) -> None:
    data = trace.read_bytes()
    for cut in (*CUTS, len(data) // 3, len(data) // 2, len(data) - 1):
        path = _write(tmp_path, data[:cut])
        with pytest.raises(BadTraceError, match="not a readable XSpace"):
            parse_host("host", path, decoder=decoder)


@pytest.mark.parametrize("seed", ["cpu", "tpu", "gpu", "mi300x-gemm"])
def test_one_byte_flipped_in_many_places(seed: str, seeds, tmp_path: Path) -> None:
    """Each flip (64 places, both decoders) is read and analysed, or refused with a PerfdiffError."""
    data = GEMM_REAL.read_bytes() if seed == "mi300x-gemm" else seeds[seed]
    outcomes = {"accepted": 0, "refused": 0}
    for at in range(0, len(data), max(len(data) // 64, 1)):
        flipped = bytearray(data)
        flipped[at] ^= 0xFF
        path = _write(tmp_path, bytes(flipped))
        for decoder in DECODERS:
            try:
                tables = parse_host("host", path, decoder=decoder)
                profile = assemble(locate(path), [tables])
                perfdiff.analyze(profile, cache_dir=str(tmp_path / "cache"))
                outcomes["accepted"] += 1
            except PerfdiffError:
                outcomes["refused"] += 1
    assert outcomes["accepted"] and outcomes["refused"], outcomes


def test_ops_without_durations_are_read_with_a_warning(seeds, tmp_path: Path) -> None:
    def change(space: xplane_pb2.XSpace) -> None:
        for plane in space.planes:
            for line in plane.lines:
                if line.name == "python":  # the step marks keep theirs
                    continue
                ops = [
                    e for e in line.events if not plane.event_metadata[e.metadata_id].name.startswith("end:")
                ]
                del line.events[:]
                line.events.extend(ops)
                for event in line.events:
                    event.ClearField("duration_ps")

    path = _write(tmp_path, _edit(seeds["cpu"], change))
    report = perfdiff.analyze(path, cache_dir=str(tmp_path / "cache"))
    assert report.ops["measured_s"].tolist() == [0.0] * 4
    assert any("none of its 8 op events has a duration" in w for w in report.warnings)


def test_unknown_stats_and_fields_are_ignored(seeds, tmp_path: Path) -> None:
    """Stats a newer profiler might add — unknown names, ids without metadata, no value, unknown
    field numbers on events and stats — leave the tables as they are."""

    def change(space: xplane_pb2.XSpace) -> None:
        for plane in space.planes:
            plane.stat_metadata[999].name = "stat_from_the_future"
            for line in plane.lines:
                for event in line.events:
                    event.stats.add(metadata_id=999, double_value=1.5)
                    event.stats.add(metadata_id=12345, uint64_value=7)  # no metadata at all
                    event.stats.add(metadata_id=999)  # no value
                    event.stats[0].MergeFromString(b"\x48\x01")  # XStat field 9: unknown
                    event.MergeFromString(b"\x78\x05")  # XEvent field 15: unknown

    clean = parse_host("host", _write(tmp_path, seeds["cpu"], "clean.xplane.pb"))
    path = _write(tmp_path, _edit(seeds["cpu"], change))
    for decoder in DECODERS:
        tables = parse_host("host", path, decoder=decoder)
        assert tables.events.equals(clean.events) and tables.steps.equals(clean.steps)


@pytest.mark.parametrize(
    ("make", "fragment"),
    [
        (lambda s: s["cpu"], "ends in .gz but is not gzip data"),
        (lambda s: b"\x1f\x8b not really gzip", "is not valid gzip data"),
        (lambda s: gzip.compress(s["cpu"])[:-100], "truncated gzip file"),
        (lambda s: gzip.compress(random.Random(1).randbytes(5000)), "not a readable XSpace"),
        (lambda s: gzip.compress(b""), "decompresses to nothing"),
    ],
    ids=["not-gzip", "gzip-magic-only", "truncated-gzip", "gzipped-garbage", "gzipped-nothing"],
)
@pytest.mark.parametrize("decoder", DECODERS)
def test_bad_gzip(make, fragment: str, decoder: str, seeds, tmp_path: Path) -> None:
    path = _write(tmp_path, make(seeds), "host.xplane.pb.gz")
    with pytest.raises(BadTraceError, match=re.escape(fragment)):
        parse_host("host", path, decoder=decoder)


def test_multi_member_gzip_is_read_whole(seeds, tmp_path: Path) -> None:
    data = seeds["tpu"]
    path = _write(tmp_path, gzip.compress(data[:1000]) + gzip.compress(data[1000:]), "host.xplane.pb.gz")
    clean = parse_host("host", _write(tmp_path, data, "clean.xplane.pb"))
    for decoder in DECODERS:
        assert parse_host("host", path, decoder=decoder).events.equals(clean.events)


def _bad_folders(root: Path, seeds: dict[str, bytes]) -> dict[str, tuple[Path, str]]:
    """name -> (path to give perfdiff, fragment of the TraceNotFoundError)."""
    empty = root / "empty"
    empty.mkdir()
    logdir = root / "logdir"  # a run folder without traces, and a capture still in progress
    (logdir / "plugins" / "profile" / "2026_01_01_00_00_00").mkdir(parents=True)
    _write(logdir / "plugins" / "profile", b"", ".perfdiff-tmp-x").unlink()
    (logdir / "plugins" / "profile" / ".perfdiff-tmp-x").mkdir()
    _write(logdir / "plugins" / "profile" / ".perfdiff-tmp-x", seeds["cpu"])
    (root / "folder.xplane.pb").mkdir()
    os.mkfifo(root / "pipe.xplane.pb")
    (root / "dangling.xplane.pb").symlink_to(root / "gone.xplane.pb")
    return {
        "empty-folder": (empty, "no *.xplane.pb files under"),
        "logdir-without-runs": (logdir, "no *.xplane.pb files under"),
        "folder-named-like-a-trace": (root / "folder.xplane.pb", "no *.xplane.pb files under"),
        "fifo": (root / "pipe.xplane.pb", "not a regular file or a folder"),
        "dangling-symlink": (root / "dangling.xplane.pb", "no such file or folder"),
        "missing": (root / "nope", "no such file or folder"),
    }


def test_bad_folders(seeds, tmp_path: Path) -> None:
    for name, (path, fragment) in _bad_folders(tmp_path, seeds).items():
        with pytest.raises(TraceNotFoundError) as caught:
            perfdiff.load(path)
        assert fragment in str(caught.value), name


def test_one_good_and_one_bad_host(seeds, tmp_path: Path) -> None:
    run = tmp_path / "plugins" / "profile" / "run"
    run.mkdir(parents=True)
    _write(run, seeds["tpu"], "good.xplane.pb")
    _write(run, seeds["tpu"][:1500], "bad.xplane.pb")
    report = perfdiff.analyze(tmp_path)
    assert report.summary["hosts"] == 1 and len(report.ops) == 4
    assert any(w.startswith("skipped a host file:") and "bad.xplane.pb" in w for w in report.warnings)
    done = cli(tmp_path, "--no-save", "--top", "4")
    assert done.returncode == 0 and "all-reduce.3" in done.stdout
    assert "skipped a host file" in done.stderr and "bad.xplane.pb" in done.stderr


def test_unknown_chip(seeds, tmp_path: Path) -> None:
    path = _write(tmp_path, seeds["tpu"])
    with pytest.raises(perfdiff.errors.UnknownChipError, match="unknown chip 'tpu-v99'"):
        perfdiff.analyze(path, chip="tpu-v99")
    assert_one_line_error(cli(path, "--chip", "tpu-v99"), "unknown chip 'tpu-v99'", "known chips:")


# --- the real CLI, as a subprocess -------------------------------------------------------------------

CLI_FILES = ["empty", "random-bytes", "no-planes", "no-ops", "tpu-cut-in-half"]
CLI_FOLDERS = ["empty-folder", "logdir-without-runs", "fifo", "missing"]


@pytest.mark.parametrize("case", CLI_FILES + CLI_FOLDERS)
def test_cli_refuses_in_one_line(case: str, seeds, tmp_path: Path) -> None:
    if case in BAD_FILES:
        make, _, fragment = BAD_FILES[case]
        path = _write(tmp_path, make(seeds))
    else:
        path, fragment = _bad_folders(tmp_path, seeds)[case]
    assert_one_line_error(cli(path), str(path), fragment)


# --- permissions: a child process that cannot ignore file modes (see sandbox.py) ------------------


def _readable_tree(tmp_path: Path, seeds: dict[str, bytes]) -> Path:
    """A logdir with one run of the tiny TPU trace, world-readable down from a fresh folder."""
    root = tmp_path / "perm"
    run = root / "plugins" / "profile" / "run"
    run.mkdir(parents=True)
    _write(run, seeds["tpu"])
    for folder in (tmp_path, root, root / "plugins", root / "plugins" / "profile", run):
        folder.chmod(0o755)
    return root


@pytest.mark.parametrize(
    ("lock", "target", "fragment"),
    [
        ("run/host.xplane.pb", "run", "cannot read"),
        ("run/host.xplane.pb", "run/host.xplane.pb", "cannot read"),
        ("run", "run", "cannot read folder"),
        ("run", "run/host.xplane.pb", "cannot reach"),
        ("plugins/profile", ".", "cannot read folder"),
    ],
    ids=["file-via-run", "file", "run-folder", "file-in-locked-folder", "profile-folder"],
)
def test_unreadable_paths(lock: str, target: str, fragment: str, seeds, tmp_path: Path) -> None:
    root = _readable_tree(tmp_path, seeds)
    profile = root / "plugins" / "profile"
    control = cli(profile / "run", "--no-save", "--top", "1", restrict=UNPRIVILEGED)
    assert control.returncode == 0, control.stderr  # the sandbox itself can read the tree
    locked = profile / lock if lock.startswith("run") else root / lock
    locked.chmod(0)
    try:
        path = profile / target if target.startswith("run") else root
        assert_one_line_error(cli(path, "--no-save", restrict=UNPRIVILEGED), fragment)
        api = python("-c", f"import perfdiff; perfdiff.load({str(path)!r})", restrict=UNPRIVILEGED)
        assert api.returncode == 1 and "perfdiff.errors.TraceNotFoundError" in api.stderr, api.stderr
    finally:
        locked.chmod(0o755)
    shutil.rmtree(root)


def test_plugin_answers_a_bad_trace_with_a_4xx(seeds, tmp_path: Path) -> None:
    """The TensorBoard plugin turns a refused trace into 422 JSON (and a good run beside it works)."""
    import time

    from tensorboard.backend import application
    from tensorboard.plugins import base_plugin
    from werkzeug.test import Client

    from perfdiff.tensorboard.loader import PerfdiffLoader

    profile = tmp_path / "plugins" / "profile"
    for run, data in (("bad", b"\x0a\xff\xff\xff\xff not a protobuf"), ("good", seeds["tpu"])):
        (profile / run).mkdir(parents=True)
        _write(profile / run, data)
    plugin = PerfdiffLoader().load(base_plugin.TBContext(logdir=str(tmp_path)))
    client = Client(application.TensorBoardWSGI([plugin]))
    try:
        answers = {}
        for run in ("bad", "good"):
            deadline = time.monotonic() + 120
            while (
                response := client.get("/data/plugin/perfdiff/report", query_string={"run": run})
            ).status_code == 202:
                assert time.monotonic() < deadline
                time.sleep(0.1)
            answers[run] = response
    finally:
        plugin.shutdown()
    assert answers["bad"].status_code == 422 and answers["bad"].mimetype == "application/json"
    assert "not a readable XSpace" in answers["bad"].get_json()["error"]
    assert answers["good"].status_code == 200 and len(answers["good"].get_json()["report"]["ops"]) == 4


@pytest.mark.parametrize("seed", ["cpu", "gpu", "tpu"])
@pytest.mark.parametrize("stamp", [-(2**63), 2**62, 2**63 - 1])
def test_absurd_line_timestamps(seed: str, stamp: int, seeds, tmp_path: Path) -> None:
    """A line at the edge of int64 time (ns) beside the others: read and analysed, or refused — never
    an overflow (GPU kernel placement overflowed int64 picoseconds)."""

    for plane in range(len(xplane_pb2.XSpace.FromString(seeds[seed]).planes)):

        def change(space: xplane_pb2.XSpace, plane: int = plane) -> None:
            for line in list(space.planes[plane].lines[:1]):  # a copy of the first line, far away
                far = space.planes[plane].lines.add()
                far.CopyFrom(line)
                far.timestamp_ns = stamp

        path = _write(tmp_path, _edit(seeds[seed], change))
        try:
            tables = [parse_host("host", path, decoder=decoder) for decoder in DECODERS]
            perfdiff.analyze(assemble(locate(path), tables[:1]), cache_dir=str(tmp_path / "cache"))
        except PerfdiffError:
            pass


DEVICE_STATS = {
    "gpu": ["compute_cap_major", "compute_cap_minor", "clock_rate", "core_count", "memory_bandwidth"],
    "tpu": ["peak_teraflops_per_second", "peak_hbm_bw_gigabytes_per_second"],
}


@pytest.mark.parametrize("seed", sorted(DEVICE_STATS))
def test_device_capability_stats_out_of_range(seed: str, seeds, tmp_path: Path) -> None:
    """Chip detection from device stats that are infinite, NaN, negative, 0 or huge: a chip or an
    UnknownChipError (an infinite compute capability crashed int() before)."""
    for name in DEVICE_STATS[seed]:
        for value in (float("inf"), float("-inf"), float("nan"), -1.0, 0.0, 1e300):

            def change(space: xplane_pb2.XSpace, name: str = name, value: float = value) -> None:
                for plane in space.planes:
                    names = {key: meta.name for key, meta in plane.stat_metadata.items()}
                    for stat in plane.stats:
                        if names.get(stat.metadata_id) == name:
                            stat.double_value = value

            path = _write(tmp_path, _edit(seeds[seed], change))
            try:
                report = perfdiff.analyze(path)
            except perfdiff.errors.UnknownChipError:
                continue
            assert len(report.ops) == 4 and report.to_json()
