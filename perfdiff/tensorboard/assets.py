"""The frontend's files: ``static/`` beside this module, and plotly.js from the installed plotly package.

A static request names a path under ``static/``; it is served only when every segment is a plain file
name (letters, digits, ``_ . -``; no ``..``, no ``.``-prefixed names, no backslash, no empty segment),
the file has a suffix we serve, and the resolved file is inside ``static/``. Everything else is 404.
Percent-encodings (``%2e%2e%2f``) reach us decoded by the WSGI server, so they meet the same checks.

plotly.js is served from ``plotly/package_data/plotly.min.js`` of the plotly Python package
(TensorBoard users are often offline, and the repository carries no copy of it), gzipped once.
"""

from __future__ import annotations

import functools
import gzip
import importlib.util
import re
from pathlib import Path

STATIC_DIR = Path(__file__).resolve().parent / "static"
CONTENT_TYPES = {
    ".js": "application/javascript",
    ".css": "text/css",
    ".svg": "image/svg+xml",
    ".png": "image/png",
}
_SEGMENT = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$")


class AssetNotFound(Exception):
    """The asset does not exist or may not be served; the message says which."""


def static_file(relative: str) -> tuple[bytes, str]:
    """(content, content type) of ``static/<relative>``; AssetNotFound for anything else."""
    segments = relative.split("/")
    if not relative or not all(_SEGMENT.match(s) and ".." not in s for s in segments):
        raise AssetNotFound("not a static file of the perfdiff plugin")
    path = STATIC_DIR.joinpath(*segments).resolve()
    content_type = CONTENT_TYPES.get(path.suffix)
    if content_type is None or not path.is_relative_to(STATIC_DIR) or not path.is_file():
        raise AssetNotFound("not a static file of the perfdiff plugin")
    return path.read_bytes(), content_type


def plotly_path() -> Path:
    """``plotly.min.js`` of the installed plotly package; AssetNotFound when plotly is missing."""
    spec = importlib.util.find_spec("plotly")  # finds the package without importing it
    locations = list(spec.submodule_search_locations or []) if spec else []
    for folder in locations:
        path = Path(folder) / "package_data" / "plotly.min.js"
        if path.is_file():
            return path
    raise AssetNotFound("plotly.js not found: install the plotly Python package (pip install plotly)")


@functools.cache
def plotly_gzipped() -> bytes:
    """plotly.min.js, gzip-compressed once per process (4.8 MB -> ~1.4 MB)."""
    return gzip.compress(plotly_path().read_bytes(), compresslevel=6, mtime=0)
