"""On-disk cache of per-module cost tables, so a second analysis of the same trace is fast.

One JSON file per module under ``<root>/hlo_cost/``, named by a key the caller derives from the module
bytes and the software versions that priced it. ``root`` is the ``cache_dir`` argument, else
``$PERFDIFF_CACHE_DIR``, else ``$XDG_CACHE_HOME/perfdiff``, else ``~/.cache/perfdiff``.

Writes are atomic (a temporary file in the same folder, then ``os.replace``), so a reader never sees a
half-written entry. An entry that cannot be read or decoded is ignored (and later overwritten); a cache
folder that cannot be written to only costs speed.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


def cache_root(cache_dir: str | os.PathLike[str] | None = None) -> Path:
    """The folder perfdiff caches in (see the module docstring for the order of choices)."""
    if cache_dir is not None:
        return Path(cache_dir)
    if os.environ.get("PERFDIFF_CACHE_DIR"):
        return Path(os.environ["PERFDIFF_CACHE_DIR"])
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]) / "perfdiff"
    return Path.home() / ".cache" / "perfdiff"


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
    tmp_name = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, prefix=f".{key}.", suffix=".tmp", delete=False
        ) as tmp:
            tmp_name = tmp.name
            json.dump({**payload, "key": key}, tmp)
        os.replace(tmp_name, path)
        tmp_name = None
    except OSError as exc:
        log.warning("could not write cost cache entry %s: %s", path, exc)
    finally:
        if tmp_name is not None:
            Path(tmp_name).unlink(missing_ok=True)
