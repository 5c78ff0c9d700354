"""The long fuzz run: mutated traces through ``parse_host`` (both decoders) and ``perfdiff.analyze``.

usage: python benchmarks/fuzz.py [--inputs 100000] [--workers 2] [--seed 0] [--analyze-share 0.5]
                                 [--timeout 60] [--memory-gb 3] [--out fuzz-findings] [--no-capture]
                                 [--first N]

Each input is one seed trace (tests/fuzz_seeds.py: tiny CPU/GPU/TPU traces built in code, the CPU one
also gzipped, the small real MI300X/MI355X/TPU v6e traces, and a CPU capture made here at the start)
with 1-3 mutations (tests/fuzzing.py: byte-level and field-aware). Every input is parsed by both
decoders; ``--analyze-share`` of them is also analysed (the analysis prices embedded HLO with XLA, a
few ms per mutated module, and costs 5-10x a parse). Anything other than a PerfdiffError is a finding:
an exception (keyed by type and the innermost perfdiff frame), a worker that died (a crash in native
code, or an allocation past ``--memory-gb``, the workers' address-space limit) or one input running
past ``--timeout`` seconds. The first input of each finding is saved under ``--out``; replay it with
``--replay FILE``. Inputs are reproducible: input i of seed s is the same on every run (except those
drawn from the CPU capture, which is made anew), so ``--first N`` resumes a run at input N.

Prints the inputs tried, accepted and refused, the analysed share, the findings, inputs/s; exits 1
when there are findings.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import multiprocessing
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from multiprocessing.connection import Connection, wait
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests"
sys.path.insert(0, str(TESTS))

from fuzz_seeds import real_seeds, tiny_seeds  # noqa: E402
from fuzzing import Unexpected, attempt, mutate_file  # noqa: E402

# How often each seed is drawn: the tiny ones are cheap, the real ones realistic.
WEIGHT_TINY, WEIGHT_REAL = 4, 1


def cpu_capture() -> dict[str, bytes]:
    """A real CPU trace of a small jitted MLP (tests/scripts/trace_small.py), captured now."""
    logdir = Path(tempfile.mkdtemp(prefix="perfdiff-fuzz-capture-"))
    env = {**os.environ, "JAX_PLATFORMS": "cpu", "TF_CPP_MIN_LOG_LEVEL": "2"}
    script = TESTS / "scripts" / "trace_small.py"
    subprocess.run([sys.executable, str(script), str(logdir), "--steps", "2"], env=env, check=True,
                   capture_output=True)  # fmt: skip
    (path,) = logdir.rglob("*.xplane.pb")
    return {"cpu-capture": path.read_bytes()}


def task(seed: int, index: int, names: list[str], weights: list[int], share: float) -> tuple[str, int, bool]:
    """(seed trace name, mutation rng seed, analyse?) of input ``index``: the same on every run."""
    rng = random.Random(seed * 1_000_003 + index)
    name = rng.choices(names, weights)[0]
    return name, rng.getrandbits(64), rng.random() < share


def finding_key(err: BaseException) -> str:
    """Type and innermost perfdiff frame of an exception (the 'same bug' key)."""
    frames = [f for f in traceback.extract_tb(err.__traceback__) if "/perfdiff/" in f.filename]
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
    return f"{type(err).__name__} at {where}"


def worker(conn: Connection, seeds: dict[str, bytes], memory_gb: float) -> None:
    """Run inputs sent by the parent until it sends None; answer each with a result tuple."""
    limit = int(memory_gb * 2**30)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    logging.disable(logging.CRITICAL)
    folder = Path(tempfile.mkdtemp(prefix="perfdiff-fuzz-"))
    cache = str(folder / "cache")
    while (job := conn.recv()) is not None:
        index, name, rng_seed, analyze = job
        mutation, data = mutate_file(seeds[name], random.Random(rng_seed), gz=name.endswith(".gz"))
        try:
            outcome = attempt(data, folder, analyze=analyze, gz=name.endswith(".gz"), cache_dir=cache)
            conn.send((index, outcome, mutation, None, None, None))
        except Unexpected as err:
            cause = err.__cause__ or err
            detail = "".join(traceback.format_exception(cause, limit=-8))
            conn.send((index, "unexpected", mutation, finding_key(cause), detail, data))


class Pool:
    """Worker processes fed one input at a time, so a dead or stuck worker names its input."""

    def __init__(self, count: int, seeds: dict[str, bytes], memory_gb: float) -> None:
        self.seeds, self.memory_gb = seeds, memory_gb
        self.context = multiprocessing.get_context("spawn")
        self.workers: list[tuple[multiprocessing.Process, Connection]] = [self._start() for _ in range(count)]
        self.busy: dict[int, tuple[tuple, float]] = {}  # worker slot -> (job, start time)

    def _start(self) -> tuple[multiprocessing.Process, Connection]:
        parent, child = self.context.Pipe()
        process = self.context.Process(target=worker, args=(child, self.seeds, self.memory_gb), daemon=True)
        process.start()
        child.close()
        return process, parent

    def restart(self, slot: int) -> None:
        process, conn = self.workers[slot]
        if process.is_alive():
            process.kill()
        process.join()
        conn.close()
        self.workers[slot] = self._start()
        self.busy.pop(slot, None)

    def close(self) -> None:
        for process, conn in self.workers:
            with contextlib.suppress(OSError):
                conn.send(None)
            process.join(timeout=10)
            if process.is_alive():
                process.kill()


def save(out: Path, key: str, name: str, data: bytes, detail: str) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    slug = "".join(c if c.isalnum() else "-" for c in key)[:80]
    suffix = ".xplane.pb.gz" if name.endswith(".gz") else ".xplane.pb"
    path = out / f"{slug}{suffix}"
    path.write_bytes(data)
    path.with_suffix(".txt").write_text(f"seed trace: {name}\n{detail}\n")
    return path


def run(args: argparse.Namespace) -> int:
    seeds = tiny_seeds() | real_seeds() | ({} if args.no_capture else cpu_capture())
    names = sorted(seeds)
    weights = [WEIGHT_TINY if n in ("cpu", "gpu", "tpu", "cpu.gz") else WEIGHT_REAL for n in names]
    from perfdiff.chips.cpu_roofline import measure

    measure()  # once, here: workers analysing CPU traces read it from the cache
    pool = Pool(args.workers, seeds, args.memory_gb)
    counts: Counter[str] = Counter()
    by_seed: Counter[tuple[str, str]] = Counter()
    analysed = 0
    findings: dict[str, list] = {}  # key -> [count, first saved input]
    next_index, done, start, last_report = args.first, 0, time.perf_counter(), 0.0

    def record(key: str, name: str, data: bytes, detail: str) -> None:
        if key not in findings:
            findings[key] = [0, save(args.out, key, name, data, detail)]
            print(f"\nFINDING {key} ({name})\n{detail}", file=sys.stderr, flush=True)
        findings[key][0] += 1

    try:
        while done < args.inputs - args.first:
            for slot in range(len(pool.workers)):
                if slot not in pool.busy and next_index < args.inputs:
                    job = (next_index, *task(args.seed, next_index, names, weights, args.analyze_share))
                    pool.workers[slot][1].send(job)
                    pool.busy[slot] = (job, time.perf_counter())
                    next_index += 1
            ready = wait([conn for _, conn in pool.workers], timeout=1.0)
            now = time.perf_counter()
            for slot, (process, conn) in enumerate(list(pool.workers)):
                if slot not in pool.busy:
                    continue
                job, began = pool.busy[slot]
                index, name, rng_seed, analyze = job
                result = None
                if conn in ready:
                    try:
                        result = conn.recv()
                    except EOFError:
                        result = None
                if result is not None:
                    _, outcome, mutation, key, detail, data = result
                    counts[outcome] += 1
                    by_seed[name, outcome] += 1
                    analysed += analyze
                    if outcome == "unexpected":
                        record(key, name, data, detail)
                    del pool.busy[slot]
                    done += 1
                elif not process.is_alive() or now - began > args.timeout:
                    dead = not process.is_alive()
                    code = process.exitcode
                    pool.restart(slot)
                    mutation, data = mutate_file(
                        seeds[name], random.Random(rng_seed), gz=name.endswith(".gz")
                    )
                    key = f"worker died (exit {code})" if dead else f"timeout over {args.timeout:g} s"
                    counts["unexpected"] += 1
                    by_seed[name, "unexpected"] += 1
                    record(key, name, data, f"input {index}, mutation {mutation}, analyse={analyze}")
                    done += 1
            if now - last_report > 30:
                last_report = now
                rate = done / (now - start)
                print(
                    f"{done}/{args.inputs - args.first} inputs, {rate:.0f}/s, {dict(counts)}",
                    file=sys.stderr,
                    flush=True,
                )
    finally:
        pool.close()
    elapsed = time.perf_counter() - start
    print(f"inputs tried      {done}   (inputs {args.first} to {args.inputs - 1} of seed {args.seed})")
    print(f"  accepted        {counts['accepted']}   (read, and analysed when drawn for it)")
    print(f"  refused         {counts['refused']}   (PerfdiffError: the expected answer to bad input)")
    print(f"  unexpected      {counts['unexpected']}")
    print(f"analysed share    {analysed / max(done, 1):.2f} of inputs (--analyze-share {args.analyze_share})")
    print("per seed          accepted  refused  unexpected")
    for name in names:
        row = [by_seed[name, outcome] for outcome in ("accepted", "refused", "unexpected")]
        print(f"  {name:<34} {row[0]:7d}  {row[1]:7d}  {row[2]:10d}")
    print(f"wall time         {elapsed:.0f} s, {done / elapsed:.0f} inputs/s on {args.workers} workers")
    if not findings:
        print("findings          none")
        return 0
    print("findings:")
    for key, (count, path) in sorted(findings.items(), key=lambda kv: -kv[1][0]):
        print(f"  {count:6d}  {key}   first input: {path}")
    return 1


def replay(path: Path) -> int:
    """Run one saved input in this process and show what it raises."""
    folder = Path(tempfile.mkdtemp(prefix="perfdiff-replay-"))
    try:
        outcome = attempt(path.read_bytes(), folder, analyze=True, gz=path.name.endswith(".gz"))
    except Unexpected as err:
        traceback.print_exception(err.__cause__ or err)
        return 1
    print(outcome)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--analyze-share", type=float, default=0.5)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds one input may take")
    parser.add_argument("--memory-gb", type=float, default=3.0, help="address-space limit per worker")
    parser.add_argument("--out", type=Path, default=Path("fuzz-findings"))
    parser.add_argument("--no-capture", action="store_true", help="skip the CPU capture seed")
    parser.add_argument("--first", type=int, default=0, help="index of the first input (resume a run)")
    parser.add_argument("--replay", type=Path, metavar="FILE", help="run one saved input and exit")
    args = parser.parse_args()
    if args.replay:
        return replay(args.replay)
    os.environ.setdefault("JAX_PLATFORMS", "cpu")
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
