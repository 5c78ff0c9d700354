"""Bounded fuzzing for CI: mutated traces through load (both decoders) and analyze only ever raise
PerfdiffError; and when both decoders read a mutant, they read the same tables.

Hypothesis draws the seed trace and drives the mutator's random choices (``st.randoms``), so a failure
shrinks to few, small mutations. The run is derandomized — CI tests the same few hundred inputs every
time, in seconds — and the long, exploring run is ``python benchmarks/fuzz.py`` (see its docstring).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from fuzz_seeds import real_seeds, tiny_seeds
from fuzzing import attempt, fields_of, mutate, mutate_file, replace_field
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from perfdiff.errors import PerfdiffError
from perfdiff.parse.host import parse_host
from perfdiff.xplane import xplane_pb2

SEEDS = {**tiny_seeds(), **real_seeds()}
TINY = ["cpu", "gpu", "tpu", "cpu.gz"]
GEMM = "amd-mi300x/jax08_gemm.xplane.pb"  # the smallest real trace (110 KB); the long run uses them all
FAST = dict(
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def _folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@settings(max_examples=200, **FAST)
@given(name=st.sampled_from([*TINY, GEMM]), rng=st.randoms(use_true_random=False))
def test_load_only_ever_raises_perfdiff_error(name: str, rng: random.Random, tmp_path_factory) -> None:
    _, data = mutate_file(SEEDS[name], rng, gz=name.endswith(".gz"))
    attempt(data, _folder(tmp_path_factory), analyze=False, gz=name.endswith(".gz"))


@settings(max_examples=80, **FAST)
@given(name=st.sampled_from(TINY), rng=st.randoms(use_true_random=False))
def test_load_and_analyze_only_ever_raise_perfdiff_error(
    name: str, rng: random.Random, tmp_path_factory
) -> None:
    _, data = mutate_file(SEEDS[name], rng, gz=name.endswith(".gz"))
    folder = _folder(tmp_path_factory)
    attempt(data, folder, analyze=True, gz=name.endswith(".gz"), cache_dir=str(folder / "cache"))


@settings(max_examples=150, **FAST)
@given(name=st.sampled_from(["cpu", "gpu", "tpu"]), rng=st.randoms(use_true_random=False))
def test_decoders_read_a_mutant_alike(name: str, rng: random.Random, tmp_path_factory) -> None:
    _, data = mutate(SEEDS[name], rng, field_share=1.0)
    path = _folder(tmp_path_factory) / "host.xplane.pb"
    path.write_bytes(data)
    tables = []
    for decoder in ("proto", "wire"):
        try:
            tables.append(parse_host("host", path, decoder=decoder))
        except PerfdiffError:
            return
    proto, wire = tables
    for table in ("events", "steps", "modules", "devices", "op_stats"):
        assert getattr(proto, table).equals(getattr(wire, table)), table


def test_field_mutations_keep_the_wire_format_valid() -> None:
    """The field-aware mutator rewrites every enclosing length: dropping or duplicating any field of
    a seed still parses as an XSpace (so mutants reach the parse and analysis stages)."""
    data = SEEDS["tpu"]
    fields = fields_of(data)
    for i in range(0, len(fields), 7):
        own = data[fields[i].tag_start : fields[i].end]
        assert replace_field(data, fields, i, own) == data
        for new in (b"", own + own):
            xplane_pb2.XSpace.FromString(replace_field(data, fields, i, new))


def test_mutating_an_empty_input_gives_bytes() -> None:
    """A truncation can leave nothing; the next mutation (field-aware or raw) must still make an input.
    (The long run once stopped at input 83,000 on a bit flip of an empty mutant.)"""
    for i in range(500):
        name, out = mutate(b"", random.Random(i), field_share=0.5)
        assert isinstance(out, bytes), name
