"""On-disk cache of per-module cost tables, so a second analysis of the same trace is fast.

One JSON file per module under ``<root>/hlo_cost/``, named by a key the caller derives from the module
bytes and the software versions that priced it. ``root`` is the ``cache_dir`` argument, else perfdiff's
cache folder (``files.cache_dir``).

Writes are atomic (``files.atomic_write``), so a reader never sees a half-written entry. An entry that
cannot be read or decoded is ignored (and later overwritten); a cache folder that cannot be written to
only costs speed.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

from perfdiff.files import atomic_write, cache_dir

log = logging.getLogger(__name__)


def cache_root(chosen: str | os.PathLike[str] | None = None) -> Path:
    """``chosen`` (an analysis's ``cache_dir`` argument), else perfdiff's cache folder."""
    return Path(chosen) if chosen is not None else cache_dir()


def _path(root: Path, key: str) -> Path:
    return root / "hlo_cost" / f"{key}.json"


def load(root: Path, key: str) -> dict[str, Any] | None:
    """The payload stored under ``key``, or None when absent or unreadable."""
    path = _path(root, key)
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("ignoring unreadable cost cache entry %s: %s", path, exc)
        return None
    if not isinstance(payload, dict) or payload.get("key") != key:
        log.warning("ignoring malformed cost cache entry %s", path)
        return None
    return payload


def store(root: Path, key: str, payload: dict[str, Any]) -> None:
    """Write ``payload`` (JSON-serialisable; NaN allowed) under ``key`` atomically."""
    path = _path(root, key)
    try:
        atomic_write(path, json.dumps({**payload, "key": key}))
    except OSError as exc:
        log.warning("could not write cost cache entry %s: %s", path, exc)
