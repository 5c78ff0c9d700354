"""Scale: the numba wire decoder against the protobuf runtime, the trace generator, parallel hosts, Dask.

The oracle for the wire decoder is the protobuf-runtime decoder on the same file: every table of every
real trace (tests/data/traces, CPU captures) and of generated ones must come out identical. The oracle
for the generator is its source: a trace of R replicas has R times the source's op events, replica r
being the source shifted by r periods, and jax's own reader (ProfileData) sees the same event count.
"""

from __future__ import annotations

import gzip
import importlib.util
import shutil
import sys
import threading
from dataclasses import fields
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import real_traces
from jax.profiler import ProfileData
from xspace_builder import add_plane, new_space, write

import perfdiff
from perfdiff.compute import side_by_side
from perfdiff.errors import BadTraceError, PerfdiffError
from perfdiff.parse import parallel
from perfdiff.parse.host import HostTables, parse_host
from perfdiff.xplane import space, wire_scan, xplane_pb2
from perfdiff.xplane.locate import TraceFile
from perfdiff.xplane.space import from_wire

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
REAL_XPLANES = real_traces.JAX_GPU + real_traces.TENSORFLOW_GPU + real_traces.JAX_TPU
TPU = "tpu-v6e/tpu_inference_2.xplane.pb"
TABLES = ("events", "steps", "modules", "devices", "op_stats", "hosts")


def _make_trace():
    spec = importlib.util.spec_from_file_location("make_trace", BENCHMARKS / "make_trace.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_trace"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


make_trace = _make_trace()


def assert_same_host_tables(a: HostTables, b: HostTables) -> None:
    for item in fields(HostTables):
        left, right = getattr(a, item.name), getattr(b, item.name)
        if item.name in ("path", "file_bytes"):
            continue
        if isinstance(left, pd.DataFrame):
            pd.testing.assert_frame_equal(left, right, check_exact=True, obj=item.name)
        else:
            assert left == right, item.name


def only_xplane(logdir: Path) -> Path:
    (path,) = logdir.glob("plugins/profile/*/*.xplane.pb")
    return path


@pytest.fixture(scope="session")
def tpu_replicated(tmp_path_factory: pytest.TempPathFactory, traces: Path):
    """The TPU v6e trace replicated 3 times (with a Steps line added), and what the generator said."""
    out = tmp_path_factory.mktemp("tpu3") / "tpu3.xplane.pb"
    return make_trace.write_trace(traces / TPU, out, op_events=3 * 6013)


@pytest.fixture(scope="session")
def cpu_replicated(tmp_path_factory: pytest.TempPathFactory, cpu4_logdir: Path):
    """The 4-device CPU capture replicated twice (its step annotations renumbered)."""
    out = tmp_path_factory.mktemp("cpu2") / "cpu2.xplane.pb"
    source = only_xplane(cpu4_logdir)
    return make_trace.write_trace(source, out, op_events=2 * len(parse_host("s", source).events))


@pytest.mark.parametrize("name", REAL_XPLANES, ids=real_traces.ids(REAL_XPLANES))
def test_wire_decoder_matches_protobuf_runtime_on_real_traces(name: str, traces: Path) -> None:
    path = traces / name
    assert_same_host_tables(parse_host("h", path, decoder="proto"), parse_host("h", path, decoder="wire"))


@pytest.mark.parametrize("fixture", ["cpu_logdir", "cpu4_logdir", "tpu_replicated", "cpu_replicated"])
def test_wire_decoder_matches_protobuf_runtime_on_captures(fixture: str, request) -> None:
    value = request.getfixturevalue(fixture)
    path = value.path if hasattr(value, "path") else only_xplane(value)
    proto, wire = parse_host("h", path, decoder="proto"), parse_host("h", path, decoder="wire")
    assert len(proto.events) > 0
    assert_same_host_tables(proto, wire)


@pytest.mark.parametrize("decoder", ["proto", "wire"])
def test_with_step_marks_no_tpu_ops_execution_is_looked_up(tpu_replicated, decoder: str, monkeypatch) -> None:
    """A TPU trace with step marks takes its executions from the XLA Modules line alone: no op's
    execution is looked up (``ModuleRuns.of`` never runs), and the tables are those made when every
    op's is."""
    from perfdiff.infer.executions import ModuleRuns
    from perfdiff.parse import host

    found = parse_host("h", tpu_replicated.path, decoder=decoder)
    assert len(found.steps) and not found.steps_inferred_from and len(found.executions)
    calls: list[int] = []
    of = ModuleRuns.of

    def counting(self, *args, **kwargs):
        calls.append(1)
        return of(self, *args, **kwargs)

    monkeypatch.setattr(ModuleRuns, "of", counting)
    assert_same_host_tables(found, parse_host("h", tpu_replicated.path, decoder=decoder))
    assert not calls
    extract = host.extract_ops
    monkeypatch.setattr(host, "extract_ops", lambda space, ops, **_: extract(space, ops, op_executions=True))
    assert_same_host_tables(found, parse_host("h", tpu_replicated.path, decoder=decoder))
    assert calls  # looked up this time


@pytest.fixture
def split_lines(monkeypatch) -> list[int]:
    """Lines decoded in as many parts as they can be: a mark every 7 events, parts of one event and up,
    five threads. The list grows by the part count of each line decoded in more than one."""
    counts: list[int] = []
    parts = wire_scan._parts

    def spying(*args):
        found = parts(*args)
        counts.extend([len(found)] if len(found) > 1 else [])
        return found

    monkeypatch.setattr(wire_scan, "MARK_EVERY", 7)
    monkeypatch.setattr(wire_scan, "MIN_PART_EVENTS", 1)
    monkeypatch.setattr(wire_scan, "usable_cores", lambda: 5)
    monkeypatch.setattr(side_by_side, "usable_cores", lambda: 5)  # more cores than a trace's op lines
    monkeypatch.setattr(wire_scan, "_parts", spying)
    return counts


@pytest.mark.parametrize("name", REAL_XPLANES, ids=real_traces.ids(REAL_XPLANES))
def test_lines_decoded_in_parts_on_threads_give_the_same_tables(name: str, traces: Path, split_lines) -> None:
    path = traces / name
    whole = parse_host("h", path, decoder="proto")
    assert_same_host_tables(whole, parse_host("h", path, decoder="wire"))
    assert split_lines and max(split_lines) == 5


@pytest.mark.parametrize("name", REAL_XPLANES, ids=real_traces.ids(REAL_XPLANES))
def test_op_columns_filled_in_ranges_on_threads_give_the_same_tables(
    name: str, traces: Path, monkeypatch
) -> None:
    """A TPU op line's op columns are filled by ranges side by side (``tpu_ops._fill``): cut into
    five ranges of a few rows each, the tables are those of one range."""
    path = traces / name
    whole = parse_host("h", path)
    cuts: list[int] = []
    ranges = side_by_side.ranges

    def spying(*args):
        found = ranges(*args)
        cuts.append(len(found))
        return found

    monkeypatch.setattr(side_by_side, "MIN_ROWS", 3)
    monkeypatch.setattr(side_by_side, "usable_cores", lambda: 5)
    monkeypatch.setattr(side_by_side, "ranges", spying)
    assert_same_host_tables(whole, parse_host("h", path))
    assert whole.platform != "tpu" or max(cuts) == 5


def test_a_damaged_line_decoded_in_parts_stops_where_one_scan_does(traces: Path, split_lines) -> None:
    """Bytes changed inside a line's events (its framing intact): the parts give the status one scan
    gives, and when that is 0, the same columns."""
    data = np.frombuffer((traces / TPU).read_bytes(), np.uint8)
    with from_wire(data.tobytes(), TPU) as space:
        line = max((x for plane in space.planes for x in plane.lines), key=lambda x: x.n_events)
        start, end = line._start, line._end
    rng = np.random.default_rng(16)
    statuses = set()
    for position, value in zip(rng.integers(start, end, 300), rng.integers(0, 256, 300), strict=True):
        buf = data.copy()
        buf[position] = value
        header, marks = wire_scan.scan_line(buf, start, end)
        if header[wire_scan.L_STATUS] < 0 or header[wire_scan.L_EVENTS] != line.n_events:
            continue  # the framing changed: the line is refused before its events are read
        ids = np.array([1, 2, 3, 4, 5], np.int64)
        one = wire_scan.scan_events(buf, start, end, line.n_events, ids, True)
        split = wire_scan.scan_events(buf, start, end, line.n_events, ids, True, marks=marks)
        assert one[0] == split[0]
        statuses.add(int(one[0]))
        if one[0] == 0:
            for mine, theirs in zip(one[1:], split[1:], strict=True):
                assert (mine == theirs).all()
    assert 0 in statuses and len(statuses) > 1  # both fine and refused lines were met
    assert split_lines


@pytest.mark.parametrize("name", REAL_XPLANES, ids=real_traces.ids(REAL_XPLANES))
def test_op_lines_read_in_batches_give_the_same_tables(
    name: str, traces: Path, split_lines, monkeypatch
) -> None:
    """Op lines read in batches of two marks (14 events, ``Line.column_batches``), each batch in parts
    on threads: the tables of the protobuf runtime's whole lines."""
    batches = wire_scan.batches
    made: list[int] = []

    def spying(*args):
        found = batches(*args)
        made.append(len(found))
        return found

    monkeypatch.setattr(space, "BATCH_EVENTS", 14)
    monkeypatch.setattr(wire_scan, "batches", spying)
    path = traces / name
    assert_same_host_tables(parse_host("h", path, decoder="proto"), parse_host("h", path, decoder="wire"))
    if "tpu" in name:
        assert max(made) > 100  # the v6e trace's op lines hold thousands of events


def test_op_line_batches_read_side_by_side_give_the_same_tables(
    traces: Path, split_lines, monkeypatch
) -> None:
    """More batches than cores (14 events each, five cores): the batches read side by side, each on
    the next free thread, without parts (the first two held until both have begun, so that two run
    at once and either may reach its turn first); the op names interned batch after batch in turn,
    so the tables (op codes and categories included) are those of the protobuf runtime's whole
    lines."""
    from perfdiff.parse import tpu_ops

    ran: list[int] = []
    threads: set[int] = set()
    each = tpu_ops.each

    def spying(count, work, sizes=None):
        ran.append(count)
        both = threading.Barrier(2)
        begun = iter(range(count))

        def noting(i):
            threads.add(threading.get_ident())
            if next(begun) < 2:
                both.wait(timeout=30)  # a BrokenBarrierError, not a hang, if no second thread came
            work(i)

        each(count, noting, sizes)

    monkeypatch.setattr(space, "BATCH_EVENTS", 14)
    monkeypatch.setattr(tpu_ops, "each", spying)
    path = traces / TPU
    assert_same_host_tables(parse_host("h", path, decoder="proto"), parse_host("h", path, decoder="wire"))
    assert ran and max(ran) > 100  # 4 op lines of ~1500 events in batches of 14
    assert len(threads) > 1


@pytest.mark.parametrize("cores", [1, 5])
def test_a_damaged_batch_read_side_by_side_stops_the_read(
    cores: int, traces: Path, tmp_path: Path, split_lines, monkeypatch
) -> None:
    """An op event in the middle of the longest op line with a field number 0: read in batches of
    14 events (side by side on five cores, or one after another on one), the host's parse ends in
    the same one-line error, and no batch waiting for its turn is left behind."""
    data = bytearray((traces / TPU).read_bytes())
    with from_wire(bytes(data), TPU) as found:
        ops = [x for plane in found.planes for x in plane.lines if x.name == "XLA Ops"]
        line = max(ops, key=lambda x: x.n_events)
        mark = int(line._marks[len(line._marks) // 2])  # an event's tag (7 events a mark here)
    assert data[mark] == 0x22 and data[mark + 1] < 0x80  # field 4 (an XEvent), a one-byte length
    data[mark + 2] = 0  # its first field's key: field number 0
    damaged = tmp_path / "damaged.xplane.pb"
    damaged.write_bytes(bytes(data))
    monkeypatch.setattr(space, "BATCH_EVENTS", 14)
    monkeypatch.setattr(side_by_side, "usable_cores", lambda: cores)
    raised: list[BaseException] = []

    def parse() -> None:
        try:
            parse_host("h", damaged, decoder="wire")
        except BaseException as err:  # noqa: BLE001 - checked below
            raised.append(err)

    parsing = threading.Thread(target=parse)
    parsing.start()
    parsing.join(timeout=60)
    assert not parsing.is_alive()  # a batch left waiting for its turn would hang here
    (error,) = raised
    assert isinstance(error, BadTraceError)
    assert "field number 0" in str(error) and "\n" not in str(error)
    assert not [t for t in threading.enumerate() if t.name == "perfdiff-rows"]


def test_batches_of_a_line_are_its_columns_in_pieces(traces: Path, split_lines) -> None:
    """Batches of every size from one mark (7 events) to more than the line: their rows, bytes and
    columns put end to end are the whole line's."""
    with from_wire((traces / TPU).read_bytes(), TPU) as found:
        line = max((x for plane in found.planes for x in plane.lines), key=lambda x: x.n_events)
        ids = [1, 2, 3, 4, 5]
        whole = line.columns(ids, first_wins=True)
        whole = [
            np.array(whole.metadata_id),
            np.array(whole.offset_ps),
            np.array(whole.kinds),
            np.array(whole.values),
        ]
        every = wire_scan.MARK_EVERY
        for rows in (1, every, 3 * every, every * len(line._marks), 10 * line.n_events):
            found_batches = wire_scan.batches(line._start, line._end, line.n_events, line._marks, rows)
            assert [b.first for b in found_batches] == [0, *(b.last for b in found_batches[:-1])]
            assert found_batches[-1].last == line.n_events
            assert len(found_batches) == max(1, -(-len(line._marks) // max(1, rows // every)))
            assert [b.start for b in found_batches][1:] == [b.end for b in found_batches][:-1]
            pieces = [(first, cols) for first, cols in line.column_batches(ids, first_wins=True, rows=rows)]
            assert [first for first, _ in pieces] == [b.first for b in found_batches]
            got = [np.concatenate([getattr(cols, attr) for _, cols in pieces], axis=-1)
                   for attr in ("metadata_id", "offset_ps", "kinds", "values")]  # fmt: skip
            for mine, theirs in zip(got, whole, strict=True):
                assert (mine == theirs).all()


def test_wire_decoder_on_protobuf_corner_cases(tmp_path: Path) -> None:
    """Field forms real traces rarely use: str-valued and repeated stats, a double, num_occurrences,
    uint64 program ids above 2**63, negative ints, and fields out of canonical order."""
    space = new_space()
    cpu = add_plane(space, "/host:CPU")
    worker = cpu.line("tf_XLAPjRtCpuClient/1", timestamp_ns=5000)
    op = dict(hlo_module="jit_f", device_ordinal=1)
    cpu.event(worker, "a", 0, 10, hlo_op="dot.1", program_id=2**64 - 5, **op)
    cpu.event(worker, "b", 10, 10, hlo_op="add.2", program_id=7, **op)
    cpu.event(worker, "c", 30, 10, program_id=7)  # no hlo_op: not an op
    by_hand = worker.events.add(metadata_id=cpu.event_id("d"), duration_ps=4000)
    by_hand.offset_ps = 50_000
    by_hand.stats.add(metadata_id=cpu.stat_id("hlo_op"), str_value="fusion.3")  # a str, not a ref
    by_hand.stats.add(metadata_id=cpu.stat_id("program_id"), int64_value=-3)
    by_hand.stats.add(metadata_id=cpu.stat_id("program_id"), int64_value=9)  # repeated: last counts
    by_hand.stats.add(metadata_id=cpu.stat_id("device_ordinal"), double_value=2.0)
    aggregated = worker.events.add(metadata_id=cpu.event_id("e"), num_occurrences=3, duration_ps=1000)
    aggregated.stats.add(metadata_id=cpu.stat_id("hlo_op"), ref_value=cpu.stat_id("neg.4"))
    python = cpu.line("python", timestamp_ns=5000)
    cpu.event(python, "train", 0, 100, step_num=0)
    path = write(space, tmp_path / "corner.xplane.pb")
    # The same messages with each event's fields reversed: protobuf allows any order.
    reordered = xplane_pb2.XSpace.FromString(path.read_bytes())
    for line in reordered.planes[0].lines:
        for event in line.events:
            body = b"".join(_reversed_fields(event.SerializeToString()))
            event.Clear()
            event.MergeFromString(body)
    reordered_path = tmp_path / "reordered.xplane.pb"
    reordered_path.write_bytes(b"".join(_reversed_fields(reordered.SerializeToString())))

    proto = parse_host("h", path, decoder="proto")
    assert_same_host_tables(proto, parse_host("h", path, decoder="wire"))
    # Reversed, the repeated program_id's other value is the last one: both decoders agree on it.
    reordered_proto = parse_host("h", reordered_path, decoder="proto")
    assert_same_host_tables(reordered_proto, parse_host("h", reordered_path, decoder="wire"))
    reordered_events = reordered_proto.events.set_index(reordered_proto.events["op"].astype(str))
    assert reordered_events.at["fusion.3", "program_id"] == 2**64 - 3
    # A timeline's rows come by start (ties: longest first).
    events = proto.events
    assert events["op"].astype(str).tolist() == ["dot.1", "neg.4", "add.2", "fusion.3"]
    assert events["program_id"].tolist() == [2**64 - 5, 0, 7, 9]
    assert events["device_id"].tolist() == [1, 0, 1, 2]
    assert events["start_ns"].tolist() == [5000, 5000, 5010, 5050]  # num_occurrences: offset 0


def _reversed_fields(data: bytes) -> list[bytes]:
    """A message's top-level fields (as raw bytes), last first."""
    from perfdiff.xplane import wire_scan

    status, rows = wire_scan.message_fields(np.frombuffer(data, np.uint8), 0, len(data))
    assert status == 0
    spans = rows[:, [wire_scan.FIELD_START, wire_scan.END]].tolist()
    return [data[start:end] for start, end in reversed(spans)]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x00" * 64, "not a readable XSpace"),
        (b"this is not a protobuf at all, just text\n" * 10, "not a readable XSpace"),
        (b"\x22\x04host", "no profile planes"),
        (b"\x0a\x05\x1a\x03\x22\x09\x08", "not a readable XSpace"),  # an event running past its line
    ],
    ids=["zeros", "text", "no-planes", "overrun"],
)
def test_wire_decoder_refuses_what_is_not_an_xspace(content: bytes, message: str, tmp_path: Path) -> None:
    path = tmp_path / "host.xplane.pb"
    path.write_bytes(content)
    with pytest.raises(BadTraceError, match=message):
        parse_host("h", path, decoder="wire")


def test_wire_decoder_refuses_a_file_bigger_than_memory(traces: Path) -> None:
    with pytest.raises(BadTraceError, match="only 1 kB is available"):
        parse_host("h", traces / TPU, decoder="wire", memory_limit=1000)


def test_wire_decoder_on_truncated_and_gzipped_files(tmp_path: Path, traces: Path) -> None:
    data = (traces / TPU).read_bytes()
    for cut in (len(data) // 7, len(data) // 2, len(data) - 3):
        path = tmp_path / f"cut{cut}.xplane.pb"
        path.write_bytes(data[:cut])
        with pytest.raises(PerfdiffError):
            parse_host("h", path, decoder="wire")
    gz = tmp_path / "host.xplane.pb.gz"
    gz.write_bytes(gzip.compress(data))
    assert_same_host_tables(parse_host("h", gz, decoder="wire"), parse_host("h", gz, decoder="proto"))


def test_generated_trace_is_its_source_repeated(tpu_replicated, traces: Path) -> None:
    info = tpu_replicated
    assert (info.replicas, info.base_op_events, info.op_events) == (3, 6013, 18039)
    source = perfdiff.load(traces / TPU)
    grown = perfdiff.load(info.path)
    assert len(grown.events) == info.op_events
    # Replica r is the source shifted by r periods: same ops, same durations, starts + r * period.
    period_ns = info.period_ps // 1000
    base = source.events[["device_id", "op", "dur_ns", "start_ns"]].astype({"op": str})
    for r in range(3):
        part = grown.events[grown.events["step"] == r][base.columns].astype({"op": str})
        expected = base.assign(start_ns=base["start_ns"] + r * period_ns)
        pd.testing.assert_frame_equal(part.reset_index(drop=True), expected.reset_index(drop=True))
    # One step per replica (the Steps line the generator added), every op inside one.
    assert grown.steps["step"].tolist() == [0, 1, 2]
    assert (grown.events["step"] >= 0).all()
    pd.testing.assert_frame_equal(grown.op_stats, source.op_stats.assign(host=grown.hosts["host"][0]))
    # jax's reader takes the file and sees the same XLA Ops events.
    xla_ops = sum(
        1
        for plane in ProfileData.from_file(str(info.path)).planes
        for line in plane.lines
        if line.name == "XLA Ops"
        for _ in line.events
    )
    assert xla_ops == info.op_events


def test_generated_cpu_trace_renumbers_steps(cpu_replicated, cpu4_logdir: Path) -> None:
    source = perfdiff.load(cpu4_logdir)
    grown = perfdiff.load(cpu_replicated.path)
    assert len(grown.events) == 2 * len(source.events) == cpu_replicated.op_events
    n = len(source.steps)
    assert grown.steps["step"].tolist() == list(range(2 * n))
    assert grown.events.groupby("step").size().tolist() == source.events.groupby("step").size().tolist() * 2
    assert sorted(grown.events["device_id"].unique()) == sorted(source.events["device_id"].unique())


def _run_of_hosts(tmp_path: Path, traces: Path, cpu_logdir: Path) -> Path:
    run = tmp_path / "plugins/profile/run"
    run.mkdir(parents=True)
    shutil.copy(traces / TPU, run / "tpu-a.xplane.pb")
    shutil.copy(traces / TPU, run / "tpu-b.xplane.pb")
    shutil.copy(only_xplane(cpu_logdir), run / "cpu.xplane.pb")  # other ops: categories differ
    (run / "bad.xplane.pb").write_bytes(b"\x00" * 10)
    return run


def test_hosts_parse_the_same_in_processes(
    monkeypatch, tmp_path: Path, traces: Path, cpu_logdir: Path
) -> None:
    monkeypatch.setattr(parallel, "PARALLEL_MIN_BYTES", 0)  # processes even for small files
    run = _run_of_hosts(tmp_path, traces, cpu_logdir)
    here = perfdiff.load(run, workers=1)
    seen: list[str] = []
    many = perfdiff.load(run, workers=3, progress=lambda done, total, host: seen.append(host))
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(here, name), getattr(many, name), check_exact=True)
    assert sorted(seen) == ["bad", "cpu", "tpu-a", "tpu-b"]
    assert here.warnings == many.warnings and any("bad.xplane.pb" in w for w in here.warnings)
    # Categories differ between hosts: the merged columns are categoricals of the sorted union.
    assert list(here.events["host"].cat.categories) == ["cpu", "tpu-a", "tpu-b"]
    assert here.events["op"].cat.categories.is_monotonic_increasing
    one = perfdiff.load(run / "tpu-a.xplane.pb")
    per_host = here.events[here.events["host"] == "tpu-a"].reset_index(drop=True)
    assert per_host["self_ns"].tolist() == one.events["self_ns"].tolist()


def test_worker_count_policy(monkeypatch, traces: Path) -> None:
    files = [TraceFile(f"h{i}", traces / TPU) for i in range(3)]
    assert parallel.worker_count(files, None) == 1  # processes are opt-in
    assert parallel.worker_count(files, 8) == 1  # 2.6 MB in all: processes would cost more
    assert parallel.worker_count(files, 0) == 1
    with pytest.raises(PerfdiffError, match="workers must be"):
        parallel.worker_count(files, -1)
    monkeypatch.setattr(parallel, "PARALLEL_MIN_BYTES", 1_000_000)
    assert parallel.worker_count(files, 8) == 3  # never more than one per file
    assert parallel.worker_count(files, 2) == 2
    assert parallel.worker_count(files[:1], 8) == 1
    for cores, automatic in ((1, 1), (2, 1), (3, 3), (8, 3)):  # one per core, but one process on two
        monkeypatch.setattr(parallel, "usable_cores", lambda cores=cores: cores)
        assert parallel.worker_count(files, 0) == automatic
        assert parallel.worker_count(files, 2) == 2  # asked for: as asked
    monkeypatch.setattr(parallel.reader, "available_memory_bytes", lambda: 2 * 862_707 * 2)
    assert parallel.worker_count(files, 8) == 2  # as many hosts as fit in memory at once


def test_dask_local_cluster_gives_the_same_tables(
    monkeypatch, tmp_path: Path, traces: Path, cpu_logdir: Path
) -> None:
    distributed = pytest.importorskip("distributed")
    monkeypatch.setattr(parallel, "PARALLEL_MIN_BYTES", 0)  # on the cluster even for small files
    run = _run_of_hosts(tmp_path, traces, cpu_logdir)
    here = perfdiff.load(run)
    options = dict(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with distributed.LocalCluster(**options) as cluster:
        on_dask = perfdiff.load(run, scheduler=cluster.scheduler_address)
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(here, name), getattr(on_dask, name), check_exact=True)
    assert here.warnings == on_dask.warnings


def test_a_dask_worker_on_this_machine_hands_its_tables_over_in_a_spool_file(
    tmp_path: Path, traces: Path
) -> None:
    """A worker that finds the caller's token file in the spool folder (the same machine and folder)
    leaves its tables there, as the local processes do; one that does not sends them back itself."""
    spool, token = tmp_path / "spool", "perfdiff-dask-test"
    spool.mkdir()
    direct = parallel._parse_for_dask("h", traces / TPU, str(spool), token)
    assert isinstance(direct, parallel.HostTables)
    (spool / token).write_text(token, encoding="utf-8")
    spooled = parallel._parse_for_dask("h", traces / TPU, str(spool), token)
    assert isinstance(spooled, str) and Path(spooled).parent == spool
    back = parallel._unspool(spooled)
    assert isinstance(back, parallel.HostTables) and not Path(spooled).exists()
    pd.testing.assert_frame_equal(back.events, direct.events, check_exact=True)
    pd.testing.assert_frame_equal(back.steps, direct.steps, check_exact=True)


def test_unreachable_scheduler_is_a_clear_error(monkeypatch, traces: Path) -> None:
    pytest.importorskip("distributed")
    monkeypatch.setattr(parallel, "DASK_CONNECT_TIMEOUT_S", 1)
    with pytest.raises(PerfdiffError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        perfdiff.load(traces / TPU, scheduler="tcp://127.0.0.1:9")


def test_columns_of_a_line_decode_only_the_stats_asked_for(traces: Path) -> None:
    from perfdiff.xplane.reader import open_space
    from perfdiff.xplane.stats import PlaneStats

    plane = next(p for p in ProfileData.from_file(str(traces / TPU)).planes if p.name == "/device:TPU:0")
    ops = next(line for line in plane.lines if line.name == "XLA Ops")
    expected_ps = sum(int(dict(event.stats)["device_duration_ps"]) for event in ops.events)
    for decoder in ("proto", "wire"):
        with open_space(traces / TPU, decoder=decoder) as space:
            plane = space.planes[0]
            line = next(x for x in plane.lines if x.name == "XLA Ops")
            stats = PlaneStats(plane)
            cols = line.columns([None, stats.id_of("device_duration_ps"), None])  # None: not in plane
            assert len(cols) == line.n_events == 1504
            assert cols.kinds.shape == (3, 1504) and not cols.has(0).any() and not cols.has(2).any()
            assert int(cols.int_or(1, np.zeros(1504, np.int64)).sum()) == expected_ps


def test_cli_parses_hosts_on_dask_and_in_processes(tmp_path: Path, traces: Path) -> None:
    import json
    import subprocess
    import sys

    distributed = pytest.importorskip("distributed")
    run = tmp_path / "plugins/profile/run"
    run.mkdir(parents=True)
    for host in ("tpu-a", "tpu-b"):
        shutil.copy(traces / TPU, run / f"{host}.xplane.pb")

    def report(*extra: str) -> dict:
        command = [
            sys.executable,
            "-m",
            "perfdiff.cli.main",
            str(run),
            "--format",
            "json",
            "--no-save",
            *extra,
        ]
        done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=True)
        return json.loads(done.stdout)

    here = report("--workers", "1")
    in_processes = report("--workers", "2")  # small files: this process alone (processes: see above)
    options = dict(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with distributed.LocalCluster(**options) as cluster:
        on_dask = report("--scheduler", cluster.scheduler_address)
    assert here["summary"]["hosts"] == 2
    assert here["ops"] == in_processes["ops"] == on_dask["ops"]
    assert here["summary"] == in_processes["summary"] == on_dask["summary"]
