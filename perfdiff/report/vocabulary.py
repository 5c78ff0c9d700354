"""The words every view of a report uses: what bounds an op.

The CLI, the JSON report and the TensorBoard plugin say the same thing with the same word.
"""

from __future__ import annotations

from enum import StrEnum


class Bound(StrEnum):
    COMPUTE = "compute"
    HBM = "hbm"
    ICI = "ici"
    NONE = "none"  # the cost model sees no work: a wait (copy-done), a sync, a bitcast
    UNKNOWN = "unknown"  # no cost at all: an opaque custom call, an op missing from the HLO
