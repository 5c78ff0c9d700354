"""The words, colours and number formats every view of a report uses — defined here, once.

The CLI reads these objects; the TensorBoard plugin reads the same values from its ``/vocabulary``
route (``report/display.py`` makes the dict), so a bound has one name, one label and one colour, and a
number one spelling, in the terminal, the chart files and the browser.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class Bound(StrEnum):
    COMPUTE = "compute"
    HBM = "hbm"
    ICI = "ici"
    HOST = "host"  # the host link (PCIe, host DMA): a copy to or from host memory
    DCN = "dcn"  # the data-centre network between slices
    OVERHEAD = "overhead"  # the per-op floor (launch, dispatch) outweighs its work
    NONE = "none"  # the cost model sees no work and the chip no per-op floor: a wait, a sync
    SUSPECT = "suspect"  # it ran faster than its priced work: the cost model is wrong for it
    UNPRICED = "unpriced"  # no cost at all: an op XLA cannot price, an op missing from the HLO
    UNKNOWN = "unpriced"  # the former name of UNPRICED (an alias: one word, "unpriced", everywhere)


TOPOLOGY = "{topology}"  # in a label: the chip's own name for its links (NVLink, Infinity Fabric)

# Per bound: its label, the label on each kind of chip where that differs ("{topology}": the chip's
# topology string, else the label), and its colour (the chart, the plugin's pills and bars).
BOUND_STYLES: dict[str, dict[str, Any]] = {
    Bound.COMPUTE: {"label": "compute", "by_kind": {}, "colour": "#1967d2"},
    Bound.HBM: {"label": "HBM", "by_kind": {"cpu": "memory"}, "colour": "#e37400"},
    Bound.ICI: {"label": "interconnect", "by_kind": {"tpu": "ICI", "gpu": TOPOLOGY}, "colour": "#8430ce"},
    Bound.HOST: {"label": "host link", "by_kind": {}, "colour": "#188038"},
    Bound.DCN: {"label": "DCN", "by_kind": {}, "colour": "#a142f4"},
    Bound.OVERHEAD: {"label": "overhead", "by_kind": {}, "colour": "#12b5cb"},
    Bound.NONE: {"label": "no work", "by_kind": {}, "colour": "#9aa0a6"},
    Bound.SUSPECT: {"label": "suspect", "by_kind": {}, "colour": "#d93025"},
    Bound.UNPRICED: {"label": "unpriced", "by_kind": {}, "colour": "#c4c7c5"},
}
OTHER_COLOUR = "#3c4043"  # a bound this perfdiff does not know (a newer report)


def bound_label(bound: str, kind: str = "", topology: str = "") -> str:
    """A bound class in the chip's own words: HBM on accelerators, memory on a CPU; ICI on a TPU, the
    GPU's link (NVLink, Infinity Fabric), interconnect on a CPU. ``kind``: the chip's kind."""
    style = BOUND_STYLES.get(bound)
    if style is None:
        return bound
    label = str(style["by_kind"].get(kind, style["label"]))
    if label == TOPOLOGY:
        return topology or str(style["label"])
    return label


def bound_colour(bound: str) -> str:
    style = BOUND_STYLES.get(bound)
    return str(style["colour"]) if style else OTHER_COLOUR
