"""perfdiff.files: whole-or-nothing writes and the cache folder."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from sandbox import limits, python

from perfdiff.files import atomic_write, cache_dir


def test_cache_dir_resolution(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """$PERFDIFF_CACHE_DIR wins; else, on Linux, $XDG_CACHE_HOME/perfdiff, else ~/.cache/perfdiff
    (the folders perfdiff used before it asked platformdirs)."""
    monkeypatch.setenv("PERFDIFF_CACHE_DIR", str(tmp_path / "a"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "a"
    monkeypatch.setenv("PERFDIFF_CACHE_DIR", "")  # empty: unset
    assert cache_dir() == tmp_path / "xdg" / "perfdiff"
    monkeypatch.delenv("PERFDIFF_CACHE_DIR")
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_dir() == tmp_path / "home" / ".cache" / "perfdiff"
    assert not (tmp_path / "home").exists()  # resolving creates nothing


@pytest.mark.parametrize("data", ["text ✓\n", b"\x00\xffbytes"], ids=["text", "bytes"])
def test_atomic_write_replaces_the_file(tmp_path: Path, data: str | bytes) -> None:
    path = tmp_path / "new" / "folder" / "file.json"
    atomic_write(path, "old")
    atomic_write(path, data)
    assert path.read_bytes() == (data.encode() if isinstance(data, str) else data)
    assert os.listdir(path.parent) == ["file.json"]


def test_atomic_write_gives_the_modes_open_gives(tmp_path: Path) -> None:
    """Not mkstemp's 0o600: a report must stay readable to a TensorBoard run by another user."""
    umask = os.umask(0o027)
    try:
        atomic_write(tmp_path / "report.json", "{}")
        (tmp_path / "plain.json").write_text("{}")
    finally:
        os.umask(umask)
    mode = stat.S_IMODE((tmp_path / "report.json").stat().st_mode)
    assert mode == stat.S_IMODE((tmp_path / "plain.json").stat().st_mode) == 0o640


def test_failed_rename_leaves_the_target_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "taken"
    (target / "inside").mkdir(parents=True)  # a non-empty folder cannot be replaced by a file
    with pytest.raises(OSError):
        atomic_write(target, "data")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"]
    assert (target / "inside").is_dir()


WRITE_PAST_THE_LIMIT = """
import sys
from perfdiff.files import atomic_write
try:
    atomic_write(sys.argv[1], "x" * 100_000)
except OSError as err:
    print(type(err).__name__, err.strerror)
"""


def test_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    """A write that fails half way (a file-size limit: EFBIG, as a full disk gives ENOSPC) keeps the
    earlier file as it was and removes the temporary one."""
    path = tmp_path / "report.json"
    path.write_text("earlier")
    done = python("-c", WRITE_PAST_THE_LIMIT, path, restrict=limits(file_size=10_000))
    assert done.returncode == 0 and done.stdout.strip() == "OSError File too large", done.stderr
    assert path.read_text() == "earlier"
    assert os.listdir(tmp_path) == ["report.json"]
