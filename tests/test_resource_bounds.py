"""A trace bigger than the memory perfdiff may use is refused up front, and a .gz is decompressed only
as far as that memory allows (a zip bomb is refused, not swapped into) — through both decoders and the
CLI. "The memory perfdiff may use" is the least of MemAvailable, the memory cgroup's room and the
process's rlimits (``reader.available_memory_bytes``); the CLI cases run under ``ulimit -v``.

Big files are sparse: their size is what the reader checks first, so they cost no disk.
"""

from __future__ import annotations

import re
import struct
import zlib
from pathlib import Path

import pytest
from fuzz_seeds import REAL_SEEDS
from sandbox import assert_one_line_error, cli, limits, python

from perfdiff.errors import BadTraceError
from perfdiff.parse.host import parse_host
from perfdiff.xplane.reader import available_memory_bytes

DECODERS = ("proto", "wire")
CHUNK = 16 * 2**20
CLI_ADDRESS_SPACE = 3 * 2**29  # 1.5 GiB: the CLI's imports (numpy, pandas, numba) take ~0.4 GB


def zip_bomb(path: Path, chunks: int) -> Path:
    """A valid gzip file of ``chunks`` x 16 MiB of zero bytes, about 16 KB per chunk on disk.

    Deflate restarts its dictionary at each full flush, so every 16 MiB chunk after the first
    compresses to the same bytes: the file is the first chunk, that block repeated, a final empty
    block, and the trailer (CRC-32 and size mod 2**32) of the whole.
    """
    zeros = bytes(CHUNK)
    deflate = zlib.compressobj(9, zlib.DEFLATED, 31)
    first = deflate.compress(zeros) + deflate.flush(zlib.Z_FULL_FLUSH)
    repeat = deflate.compress(zeros) + deflate.flush(zlib.Z_FULL_FLUSH)
    end = deflate.flush()[:-8]
    crc = 0
    for _ in range(chunks):
        crc = zlib.crc32(zeros, crc)
    trailer = struct.pack("<II", crc, (chunks * CHUNK) & 0xFFFFFFFF)
    with open(path, "wb") as out:
        out.write(first)
        for _ in range(chunks - 1):
            out.write(repeat)
        out.write(end + trailer)
    return path


def sparse(path: Path, size: int) -> Path:
    with open(path, "wb") as out:
        out.truncate(size)
    return path


@pytest.fixture(scope="module")
def bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """4.3 GB of zeros in a 4.2 MB host.xplane.pb.gz."""
    return zip_bomb(tmp_path_factory.mktemp("bomb") / "host.xplane.pb.gz", 255)


def test_zip_bomb_is_a_real_gzip_file(bomb: Path, tmp_path: Path) -> None:
    import gzip

    small = zip_bomb(tmp_path / "small.gz", 3)
    assert gzip.decompress(small.read_bytes()) == bytes(3 * CHUNK)
    assert bomb.stat().st_size < 5_000_000  # 4.2 MB on disk ...
    assert struct.unpack("<I", bomb.read_bytes()[-4:])[0] == 255 * CHUNK  # ... for 4.3 GB of data


@pytest.mark.parametrize("decoder", DECODERS)
def test_file_bigger_than_memory_is_refused_up_front(decoder: str, tmp_path: Path) -> None:
    path = sparse(tmp_path / "host.xplane.pb", 2 * available_memory_bytes() + 2**30)
    with pytest.raises(BadTraceError, match=r"GB is available; free memory or analyse it on a bigger"):
        parse_host("host", path, decoder=decoder)


@pytest.mark.parametrize("decoder", DECODERS)
def test_memory_limit_refuses_a_real_trace(decoder: str) -> None:
    trace = REAL_SEEDS[2]  # 863 KB
    with pytest.raises(BadTraceError, match=re.escape("but only 0.0 GB is available")):
        parse_host("host", trace, decoder=decoder, memory_limit=1_000_000)
    assert len(parse_host("host", trace, decoder=decoder, memory_limit=100_000_000).events) == 6013


@pytest.mark.parametrize("decoder", DECODERS)
def test_zip_bomb_is_refused_after_the_budget(decoder: str, bomb: Path) -> None:
    with pytest.raises(BadTraceError, match=r"decompresses to more than 0\.[12] GB, more than this machine"):
        parse_host("host", bomb, decoder=decoder, memory_limit=300_000_000)


def test_cli_refuses_a_file_bigger_than_memory(tmp_path: Path) -> None:
    path = sparse(tmp_path / "host.xplane.pb", 2 * available_memory_bytes() + 2**30)
    assert_one_line_error(cli(path, "--no-save"), str(path), "GB is available")


def test_cli_under_ulimit_refuses_what_would_not_fit(tmp_path: Path) -> None:
    """4 GB does fit this machine, but not a process limited to 1.5 GB of address space (before the
    limit was counted, mmap failed with an OSError traceback)."""
    path = sparse(tmp_path / "host.xplane.pb", 4 * 2**30)
    done = cli(path, "--no-save", restrict=limits(address_space=CLI_ADDRESS_SPACE))
    assert_one_line_error(done, str(path), "is 4.3 GB and parsing it needs about 6.4 GB, but only")


def test_cli_under_ulimit_stops_a_zip_bomb(bomb: Path) -> None:
    done = cli(bomb, "--no-save", restrict=limits(address_space=CLI_ADDRESS_SPACE))
    assert_one_line_error(done, str(bomb), "decompresses to more than")


def test_available_memory_honours_the_address_space_limit() -> None:
    code = "from perfdiff.xplane.reader import available_memory_bytes as a; print(a())"
    free = int(python("-c", code).stdout)
    limited = int(python("-c", code, restrict=limits(address_space=CLI_ADDRESS_SPACE)).stdout)
    assert 0 < limited < CLI_ADDRESS_SPACE and limited <= free


def test_hlo_costs_under_ulimit(tmp_path: Path) -> None:
    """The HLO cost helper process inherits 'ulimit -v' and must not ask for more (it did, and every
    module of a CPU trace went uncosted under 'ulimit -v 3G')."""
    code = (
        "import sys, perfdiff; from fuzz_seeds import tiny_seeds; from pathlib import Path; "
        "p = Path(sys.argv[1]); p.write_bytes(tiny_seeds()['cpu']); "
        "r = perfdiff.analyze(p, cache_dir=sys.argv[2]); "
        "print(sorted(set(r.ops['cost_source'])), [w for w in r.warnings if 'unpriced' in w])"
    )
    done = python(
        "-c", code, tmp_path / "host.xplane.pb", tmp_path / "cache", restrict=limits(address_space=3 * 2**30)
    )
    assert done.stdout.strip() == "['hlo_cost_analysis'] []", done.stderr[-2000:]
