"""The compiled kernels: the committed IR is that of the source, it builds here, and it computes what
numba computes from the same source (the fallback) on real traces and random intervals."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import real_traces

from perfdiff.compute import machine_code, native, native_build, nesting, pairing
from perfdiff.xplane import line_kernels, wire_kernels, wire_scan
from perfdiff.xplane.columns import EventColumns
from perfdiff.xplane.space import from_wire

KERNEL_MODULES = [importlib.import_module(name) for name in native_build.MODULES]


@pytest.mark.parametrize("module", KERNEL_MODULES, ids=lambda m: m.__name__)
def test_committed_ir_is_made_from_the_source(module) -> None:
    text = machine_code.ir_path(module.__name__).read_text(encoding="utf-8")
    assert f"; source-sha256: {machine_code.source_hash(module.__name__)}" in text, (
        f"{machine_code.ir_path(module.__name__).name} is stale: run make kernels"
    )


@pytest.mark.parametrize("module", KERNEL_MODULES, ids=lambda m: m.__name__)
def test_ir_builds_into_machine_code_here(module) -> None:
    loaded = native.load(module, module.EXPORTS)
    assert loaded.how == "native"
    for export in module.EXPORTS:
        assert callable(getattr(loaded, export.name))


@pytest.fixture(scope="module")
def both():
    """(native, numba) kernels of each module, by module name."""
    out = {}
    for module in KERNEL_MODULES:
        jitted = native.jit_kernels(module)
        out[module.__name__] = (native.load(module, module.EXPORTS), jitted)
    return out


@pytest.mark.parametrize("name", real_traces.JAX + real_traces.TENSORFLOW_GPU, ids=real_traces.ids)
def test_wire_kernels_agree_with_numba_on_real_traces(both, traces: Path, name: str) -> None:
    fast, jit = both[wire_kernels.__name__]
    data = (traces / name).read_bytes()
    buf = np.frombuffer(data, np.uint8)
    count = fast.field_count(buf, 0, len(buf))
    assert count == jit["field_count"](buf, 0, len(buf)) > 0
    rows = np.empty((count, 6), np.int64)
    fast.fields_into(buf, 0, len(buf), rows)
    other = np.empty_like(rows)
    jit["fields_into"](buf, 0, len(buf), other)
    assert (rows == other).all()
    with from_wire(data, name) as space:
        lines = [(plane, line) for plane in space.planes for line in plane.lines]
        assert lines
        for plane, line in lines:
            start, end = line._start, line._end
            header = np.zeros(wire_kernels.LINE_SLOTS, np.int64)
            marks = np.zeros((end - start) // 2 // wire_scan.MARK_EVERY + 1, np.int64)
            jit["line_header_into"](buf, start, end, wire_scan.MARK_EVERY, header, marks)
            found_header, found_marks = wire_scan.scan_line(buf, start, end)
            assert (header == found_header).all()
            assert (marks[: len(found_marks)] == found_marks).all()
            ids = np.array(sorted(plane.stat_metadata.keys())[:5] + [-1], np.int64)
            n = int(header[wire_kernels.L_EVENTS])
            outputs = [np.zeros(n, np.int64) for _ in range(3)]
            outputs += [np.zeros((len(ids), n), np.uint8), np.zeros((len(ids), n), np.int64)]
            status = jit["events_into"](buf, start, end, ids, 1, 0, n, *outputs)
            found = wire_scan.scan_events(buf, start, end, n, ids, True)
            assert status == found[0] == 0
            for mine, theirs in zip(found[1:], outputs, strict=True):
                assert (mine == theirs).all()


def test_nesting_kernels_agree_with_numba(both) -> None:
    fast, jit = both[nesting.__name__]
    rng = np.random.default_rng(3)
    n = 20_000
    order = np.argsort(rng.integers(0, 5000, n), kind="stable")
    group = rng.integers(0, 7, n)
    start = rng.integers(-1000, 1_000_000, n)
    dur = rng.integers(-10, 50_000, n)
    results = []
    for run in (fast.self_times_into, jit["self_times_into"]):
        out = np.empty(n, np.int64)
        run(order, group, start, dur, np.full(7, -1, np.int64), np.empty(n, np.int64), out)
        results.append(out)
    for run in (fast.covered_into, jit["covered_into"]):
        out = np.zeros(7, np.int64)
        low = np.iinfo(np.int64).min
        run(order, group.astype(np.int32), np.arange(7), start, dur, np.full(7, low), np.full(7, low), out)
        results.append(out)
    steps = np.sort(rng.choice(1_000_000, 200, replace=False)).astype(np.int64)
    starts, ends, numbers = steps[0::2].copy(), steps[1::2].copy(), np.arange(100, dtype=np.int64)
    for run in (fast.steps_into, jit["steps_into"]):
        out = np.empty(n, np.int64)
        run(start, starts, ends, numbers, out)
        results.append(out)
    assert (results[0] == results[1]).all() and (results[2] == results[3]).all()
    assert (results[4] == results[5]).all()


def test_pairing_kernel_agrees_with_numba_and_refuses_codes_out_of_its_tables(both) -> None:
    fast, jit = both[pairing.__name__]
    rng = np.random.default_rng(5)
    n, ops, kinds = 20_000, 6, 2
    start = np.sort(rng.integers(0, 3000, n))  # many ties
    op = rng.integers(0, ops, n)
    programs = np.array([-5, 3, 2**62], np.int64)  # sorted ids (uint64 bits), one negative
    program = rng.choice(np.array([-5, 3, 2**62, 8], np.int64), n)  # 8: a program without pairs
    kind_of = np.array([0, 1, -1, -1, -1, -1], np.int64)  # ops 0 and 1 are starts
    pair_at = np.full((3, ops), -1, np.int64)
    pair_at[:, 2], pair_at[:, 3], pair_at[1, 4] = [0, 1, 2], [3, 4, 5], 6
    want = np.full((3, ops), -1, np.int64)
    want[:, 2], want[:, 3] = 0, 1  # ops 2 and 3 ask for them; op 4 of program 3 asks for none
    results = []
    for run in (fast.dones_into, jit["dones_into"]):
        out = [np.full(n, -7, np.int64) for _ in range(3)]
        last = np.full(3 * kinds, pairing.NONE)
        written = run(start, op, program, programs, pair_at, want, kind_of, last, *out)
        results.append([written, *(o[:written] for o in out)])
    assert results[0][0] == results[1][0] > 0
    assert all((a == b).all() for a, b in zip(results[0][1:], results[1][1:], strict=True))
    done, pair, begin = results[0][1:]
    assert (begin <= start[done]).all() and (program[done] != 8).all()
    asks_none = pair == 6
    assert asks_none.any() and (begin[asks_none] == start[done[asks_none]]).all()
    last = np.full(3 * kinds, pairing.NONE)
    outputs = [np.empty(n, np.int64) for _ in range(3)]
    short = [np.empty(len(done) - 1, np.int64), *outputs[1:]]  # room for all but the last -done
    assert fast.dones_into(start, op, program, programs, pair_at, want, kind_of, last, *short) == -2
    bad = op.copy()
    bad[7] = ops  # an op code past kind_of
    assert fast.dones_into(start, bad, program, programs, pair_at, want, kind_of, last, *outputs) == -2
    falling = start[::-1].copy()
    assert fast.dones_into(falling, op, program, programs, pair_at, want, kind_of, last, *outputs) == -1


def test_line_kernel_is_the_numpy_statement_in_any_ranges(both) -> None:
    """``ops_into`` against the numpy passes it replaced (stats where usable, else the host-aligned
    times; ns floored; lookups by slot), over negative offsets and stats of every kind, whole or in
    two ranges, compiled from the IR or by numba."""
    fast, jit = both[line_kernels.__name__]
    rng = np.random.default_rng(11)
    n, slots, stamp = 5_000, 7, 1_700_000_000_123_456_789
    slot = rng.integers(0, slots, n)
    off = rng.integers(-3_000_000, 9_000_000, n)
    dur = rng.integers(0, 40_000, n)
    kinds = rng.integers(0, 8, (2, n)).astype(np.uint8)  # every kind: only int64/uint64 are used
    values = rng.integers(-2, 50_000, (2, n)) * rng.integers(0, 2, (2, n))  # zeros are not used
    op_of = rng.integers(0, 100, slots).astype(np.int32)
    program_of = np.array([0, 5, -1, 2**62, 7, 7, 3], np.int64)
    cols = EventColumns(slot, off.copy(), dur.copy(), kinds, values)
    offset, duration = cols.int_or(0, off), cols.int_or(1, dur)
    expected_start = offset // 1000 + stamp
    expected_length = (offset + duration) // 1000 - offset // 1000
    for run in (fast.ops_into, jit["ops_into"]):
        for cuts in ([0, n], [0, 1234, n]):
            aligned = off.copy()
            op, start, length = np.empty(n, np.int32), np.empty(n, np.int64), np.empty(n, np.int64)
            program = np.empty(n, np.int64)
            for a, b in zip(cuts[:-1], cuts[1:], strict=True):
                args = (slot, aligned, dur, kinds, values, stamp, 1, op_of, program_of, a, b)
                assert run(*args, op, program, start, length) == 0
            assert (op == op_of[slot]).all() and (program == program_of[slot]).all()
            assert (start == expected_start).all() and (length == expected_length).all()
            assert (aligned == off // 1000 + stamp).all()
    no_clock = (slot, off.copy(), dur, np.zeros((0, 0), np.uint8), np.zeros((0, 0), np.int64), stamp, 0)
    start = np.empty(n, np.int64)
    outputs = (np.empty(n, np.int32), np.empty(n, np.int64), start, np.empty(n, np.int64))
    assert fast.ops_into(*no_clock, op_of, program_of, 0, n, *outputs) == 0
    assert (start == off // 1000 + stamp).all()
    bad = slot.copy()
    bad[9] = slots  # past the tables: refused, nothing written
    untouched = np.full(n, 3, np.int64)
    fresh = (np.empty(n, np.int32), np.empty(n, np.int64), untouched, np.empty(n, np.int64))
    refused = fast.ops_into(bad, off.copy(), dur, kinds, values, stamp, 1, op_of, program_of, 0, n, *fresh)
    assert refused == -2 and (untouched == 3).all()
    assert fast.ops_into(*no_clock[:5], stamp, 1, op_of, program_of, 0, n, *outputs) == -2  # no stats


def test_table_walk_is_the_gathered_walk_for_each_code_width(both) -> None:
    """``table_dones_into`` over rows of whole columns, taking the chosen -start/-done rows in place,
    gives what ``dones_into`` gives over those rows gathered; for op codes of 8, 16 and 32 bits, from
    the IR and from numba; and refuses codes and ids outside its tables."""
    fast, jit = both[pairing.__name__]
    rng = np.random.default_rng(12)
    n, ops, kinds, groups = 30_000, 6, 2, 50
    start = np.sort(rng.integers(0, 4000, n))
    op = rng.integers(0, ops, n)
    programs = np.array([-5, 3, 2**62], np.int64)
    program = rng.choice(np.array([-5, 3, 2**62, 8], np.int64), n)
    ids = rng.integers(0, groups, n).astype(np.int32)
    chosen = (rng.random(groups) < 0.7).astype(np.uint8)
    kind_of = np.array([0, 1, -1, -1, -1, -1], np.int64)
    pair_at = np.full((3, ops), -1, np.int64)
    pair_at[:, 2], pair_at[:, 3] = [0, 1, 2], [3, 4, 5]
    want = np.where(pair_at >= 0, np.where(np.arange(ops) == 2, 0, 1), -1)
    is_done = (pair_at >= 0).any(axis=0).astype(np.uint8)
    first, last = 1000, 25_000
    rows = np.arange(first, last)
    rows = rows[((kind_of[op[rows]] >= 0) | (is_done[op[rows]] > 0)) & (chosen[ids[rows]] > 0)]
    gathered = [np.empty(len(rows), np.int64) for _ in range(3)]
    count = fast.dones_into(start[rows], op[rows], program[rows], programs, pair_at, want, kind_of,
                            np.full(3 * kinds, pairing.NONE), *gathered)  # fmt: skip
    assert count > 0
    expected = [rows[gathered[0][:count]], gathered[1][:count], gathered[2][:count]]
    for dtype in (np.int8, np.int16, np.int32):
        codes = op.astype(dtype)
        name = f"table_dones_into_{np.dtype(dtype).name.replace('int', 'i')}"
        for run in (getattr(fast, name), jit["table_dones_into"]):
            out = [np.full(last - first, -7, np.int64) for _ in range(3)]
            args = (
                first,
                last,
                codes,
                program,
                start,
                ids,
                chosen,
                is_done,
                programs,
                pair_at,
                want,
                kind_of,
            )
            assert run(*args, np.full(3 * kinds, pairing.NONE), *out) == count
            assert all((o[:count] == e).all() for o, e in zip(out, expected, strict=True))
    slots = np.full(3 * kinds, pairing.NONE)
    outputs = [np.empty(n, np.int64) for _ in range(3)]
    walk = fast.table_dones_into_i8
    tables = (is_done, programs, pair_at, want, kind_of, slots, *outputs)
    codes8 = op.astype(np.int8)
    bad_id = ids.copy()
    bad_id[first + 3] = groups  # past chosen
    bad_op = codes8.copy()
    bad_op[first + 4] = ops  # past kind_of
    assert walk(first, last, codes8, program, start, bad_id, chosen, *tables) == -2
    assert walk(first, last, bad_op, program, start, ids, chosen, *tables) == -2
    assert walk(0, n + 1, codes8, program, start, ids, chosen, *tables) == -2  # rows past the columns
    assert walk(first, last, codes8, program, start[::-1].copy(), ids, chosen, *tables) == -1  # falling


def test_start_order_kernel_agrees_with_numba_and_refuses_unequal_arrays(both) -> None:
    fast, jit = both[nesting.__name__]
    rng = np.random.default_rng(14)
    n = 20_000
    start = np.sort(rng.integers(0, 100_000, n)) + rng.integers(0, 30, n)  # jittered, with ties
    dur = rng.integers(-2, 50, n)
    orders = []
    for run in (fast.nearly_start_order_into, jit["nearly_start_order_into"]):
        order = np.empty(n, np.int64)
        assert run(start, dur, order, 8 * n) > 0
        orders.append(order)
    assert (orders[0] == orders[1]).all()
    assert fast.nearly_start_order_into(start, dur[:-1].copy(), np.empty(n, np.int64), n) == -2


def test_order_kernel_is_lexsort_and_gives_up_past_its_moves(both) -> None:
    fast, jit = both[pairing.__name__]
    rng = np.random.default_rng(13)
    n = 20_000
    group = rng.integers(0, 4, n)
    done_start = np.sort(rng.integers(0, 50_000, n))
    begin = done_start - rng.integers(0, 40, n)  # nearly in order of the -dones' starts, with ties
    expected = np.lexsort((np.arange(n), done_start, begin, group))
    for run in (fast.group_begin_order_into, jit["group_begin_order_into"]):
        order = np.full(n, -1, np.int64)
        assert run(group, begin, done_start, np.zeros(5, np.int64), order, 16 * n) == 0
        assert (order == expected).all()
    order, sort = np.empty(n, np.int64), fast.group_begin_order_into
    shuffled = rng.permutation(begin)  # far from in order: more moves than allowed
    assert sort(group, shuffled, done_start, np.zeros(5, np.int64), order, 16 * n) == -1
    assert sort(group, begin, done_start, np.zeros(4, np.int64), order, n) == -2  # group 3: no count for it


def test_shares_kernel_agrees_with_numba_and_refuses_a_foreign_index(both) -> None:
    fast, jit = both[pairing.__name__]
    rng = np.random.default_rng(6)
    n = 20_000
    group = rng.integers(0, 3, n)
    begin = rng.integers(0, 100_000, n)
    end = begin + rng.integers(-5, 400, n)  # a few ends before their begins, as damaged traces have
    weight = rng.integers(0, 3, n).astype(np.float64)
    order = np.lexsort((begin, group))
    results = []
    for run in (fast.shares_into, jit["shares_into"]):
        out = np.full(n, np.nan)
        assert run(order, group, begin, end, weight, out) == 0
        results.append(out)
    assert (results[0] == results[1]).all() and not np.isnan(results[0]).any()
    order[3] = n  # past the arrays
    untouched = np.full(n, np.nan)
    assert fast.shares_into(order, group, begin, end, weight, untouched) == -2
    assert np.isnan(untouched).all()


def test_wrong_arrays_are_refused_not_written_through() -> None:
    fast = wire_scan.kernels()
    buf = np.zeros(4, np.uint8)
    with pytest.raises(TypeError):
        fast.line_header_into(buf, 0, 4, 1, np.zeros(10, np.int32), np.zeros(1, np.int64))
    with pytest.raises(TypeError):
        fast.line_header_into(buf, 0, 4, 1, np.zeros(20, np.int64)[::2], np.zeros(1, np.int64))
    with pytest.raises(TypeError):
        fast.field_count(buf.astype(np.int64), 0, 4)
    # rows past the columns' end, or more stats than the kinds hold: refused before a byte is read
    ids = np.array([1, 2], np.int64)
    for last, stats in ((4, 2), (3, 1)):
        columns = [np.full(3, 7, np.int64) for _ in range(3)]
        columns += [np.full((stats, 3), 7, np.uint8), np.full((stats, 3), 7, np.int64)]
        status = fast.events_into(buf, 0, 4, ids, 0, 0, last, *columns)
        assert status == wire_kernels.SHORT_OUTPUT
        assert all((column == 7).all() for column in columns)


def test_stale_ir_falls_back_to_numba(monkeypatch) -> None:
    monkeypatch.setattr(machine_code, "source_hash", lambda module_name: "0" * 64)
    loaded = native.load(nesting, nesting.EXPORTS)
    assert loaded.how == "numba"
    out = np.zeros(1, np.int64)
    order = np.arange(2)
    low = np.full(1, np.iinfo(np.int64).min)
    ids, start, dur = np.zeros(2, np.int32), np.array([0, 5]), np.array([10, 10])
    loaded.covered_into(order, ids, np.zeros(1, np.int64), start, dur, low, low.copy(), out)
    assert out.tolist() == [15]


def test_covered_kernel_refuses_ids_and_groups_outside_its_tables() -> None:
    fast = native.load(nesting, nesting.EXPORTS)
    start, dur, low = np.array([0, 5]), np.array([10, 10]), np.iinfo(np.int64).min
    for ids, group_of in (
        (np.array([0, 2], np.int32), np.zeros(2, np.int64)),  # id 2: past group_of
        (np.array([0, 1], np.int32), np.array([0, 1], np.int64)),
    ):  # group 1: past out
        out = np.zeros(1, np.int64)
        assert fast.covered_into(np.zeros(0, np.int64), ids, group_of, start, dur, np.full(1, low),
                                 np.full(1, low), out) == -2  # fmt: skip


def test_a_kernel_outlives_the_kernels_it_came_in() -> None:
    """A kernel held after its ``Kernels`` is gone still runs: it holds what owns its machine code.
    (Two threads racing through a module's ``functools.cache`` each get a ``Kernels`` of their own,
    and the one not cached is dropped while its kernel runs.) In a child: freed code would crash it."""
    code = (
        "import gc, numpy as np\n"
        "from perfdiff.compute import native\n"
        "from perfdiff.xplane import wire_kernels\n"
        "function = native.load(wire_kernels, wire_kernels.EXPORTS).varint_into\n"
        "gc.collect()\n"
        "junk = [np.ones(1 << 20) for _ in range(64)]  # the freed pages, if any, taken by other data\n"
        "out = np.zeros(2, np.int64)\n"
        "print(function(np.array([0x96, 0x01], np.uint8), 0, 2, out), out[0])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["2", "150"]


def test_machine_code_is_cached_and_reused(tmp_path: Path) -> None:
    code = (
        "import numpy as np, sys\n"
        "from perfdiff.xplane import wire_scan\n"
        "assert wire_scan.kernels().how == 'native'\n"
        "print(wire_scan.read_varint(np.array([0x96, 0x01], np.uint8), 0, 2))\n"
        "print('numba' in sys.modules, 'llvmlite' in sys.modules)\n"
    )
    env = dict(os.environ, PERFDIFF_CACHE_DIR=str(tmp_path))
    runs = [subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
            for _ in range(2)]  # fmt: skip
    for run in runs:
        assert run.returncode == 0, run.stderr
    # no numba in either process; LLVM made the code in the first, the second linked it without LLVM
    assert [run.stdout.split() for run in runs] == [
        ["(150,", "2)", "False", "True"],
        ["(150,", "2)", "False", "False"],
    ]
    assert len(list((tmp_path / "kernels").glob("*.o"))) == 1


def test_a_first_run_gets_its_machine_code_from_the_background_build(tmp_path: Path, traces: Path) -> None:
    """With an empty cache, the command starts the build beside itself and waits for it: it never
    generates code itself, and leaves every module's object and the mark of a finished build."""
    env = dict(os.environ, PERFDIFF_CACHE_DIR=str(tmp_path))
    trace = traces / "tpu-v6e" / "tpu_inference_2.xplane.pb"
    command = [sys.executable, "-m", "perfdiff.cli.main", "-v", str(trace), "--format", "json", "--no-save"]
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "generating machine code for this CPU in this process" not in done.stderr
    assert len(list((tmp_path / "kernels").glob("*.o"))) == len(machine_code.KERNEL_MODULES)
    assert len(list((tmp_path / "kernels").glob("ready-*"))) == 1


def test_a_finished_build_is_not_started_again(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("PERFDIFF_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(machine_code, "_builder", None)
    assert machine_code.build_all()  # as the background build does
    monkeypatch.setattr(subprocess, "Popen", lambda *a, **k: pytest.fail("a build was started again"))
    machine_code.build_in_background()
    assert machine_code._builder is None
    edited = tmp_path / "other"  # another cache: no mark there, so a build starts
    monkeypatch.setenv("PERFDIFF_CACHE_DIR", str(edited))
    started: list[list[str]] = []
    monkeypatch.setattr(subprocess, "Popen", lambda argv, **k: started.append(argv))
    machine_code.build_in_background()
    assert started == [[sys.executable, "-P", "-m", "perfdiff.compute.native_cache"]]
    (tmp_path / "a-file").write_text("")
    monkeypatch.setenv("PERFDIFF_CACHE_DIR", str(tmp_path / "a-file" / "cache"))  # cannot be made
    machine_code.build_in_background()
    assert len(started) == 1  # no build whose code could not be kept
    monkeypatch.setattr(machine_code, "_builder", None)


def test_a_module_waits_for_its_own_object_not_for_the_whole_build(tmp_path: Path, monkeypatch) -> None:
    """The background build writes each module's object as it goes, in the order a report needs
    them: ``engine`` takes its module's once written, while the build goes on with the others; and
    stops waiting when the build ends without it."""
    target = tmp_path / "made.o"
    script = (
        "import pathlib, sys, time\n"
        "time.sleep(0.2)\n"
        "pathlib.Path(sys.argv[1] + '.tmp').write_bytes(b'code')\n"
        "pathlib.Path(sys.argv[1] + '.tmp').rename(sys.argv[1])\n"
        "time.sleep(30)\n"  # the rest of the build
    )
    builder = subprocess.Popen([sys.executable, "-c", script, str(target)])
    monkeypatch.setattr(machine_code, "_builder", builder)
    try:
        assert machine_code._await_object(target) == b"code"
        assert machine_code._builder is builder and builder.poll() is None  # still building
    finally:
        builder.kill()
        builder.wait()
    assert machine_code._await_object(tmp_path / "never.o") is None  # the build ended without it
    assert machine_code._builder is None
