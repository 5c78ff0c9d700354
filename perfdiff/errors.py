"""The one error type a user can cause, and its few subclasses.

Everything perfdiff raises for bad input is a ``PerfdiffError`` whose message says what was wrong and
what to do about it, on one line. The CLI prints it and exits 2; the TensorBoard plugin turns it into a
4xx JSON answer. Anything else escaping is a perfdiff bug.
"""

from __future__ import annotations


class PerfdiffError(Exception):
    """A problem with the user's input or environment, explained in one line."""


class TraceNotFoundError(PerfdiffError):
    """The path names no trace: missing file, empty folder, unknown run."""


class BadTraceError(PerfdiffError):
    """A file that should be an XSpace is not one: truncated, corrupt, wrong format, too big."""


class NoOpsError(PerfdiffError):
    """A readable trace with nothing to analyse (no XLA op events)."""


class UnknownChipError(PerfdiffError):
    """A chip name that is not in the chip table."""


class CaptureError(PerfdiffError):
    """Capturing a profile failed (the step raised, the profiler could not start, the logdir is unusable)."""


class UnsupportedVersionError(PerfdiffError):
    """An installed jax/jaxlib lacks an internal API perfdiff relies on."""


def one_line(error: BaseException | str, limit: int | None = None) -> str:
    """The message of ``error`` on one line (runs of whitespace and newlines become one space), cut to
    ``limit`` characters; an error without a message is named by its type."""
    text = " ".join(str(error).split())
    if limit is not None:
        text = text[:limit]
    return text or (type(error).__name__ if isinstance(error, BaseException) else "")
