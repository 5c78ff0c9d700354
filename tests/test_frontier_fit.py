"""The sweep's arithmetic without JAX: grid, efficiency fit and leave-one-out, Pareto frontier, label
placement."""

from __future__ import annotations

import itertools

import pytest

from perfdiff.errors import PerfdiffError
from perfdiff.frontier import fit, pareto, plot
from perfdiff.frontier.grid import Grid
from perfdiff.llm.calibration import Efficiency, StepTerms, calibrated_step_s


def _grid_terms() -> list[StepTerms]:
    """Terms shaped like a decode sweep: KV and FLOPs grow with batch, weights with the dtype, the
    interconnect with the devices."""
    out = []
    for batch, bytes_w, devices in itertools.product((1, 4, 16, 64), (4, 1), (1, 2)):
        ici = 0.0 if devices == 1 else 2e-6 * batch
        out.append(StepTerms(kv_s=3e-6 * batch, param_s=5e-5 * bytes_w, flops_s=2e-5 * batch, ici_s=ici))
    return out


def test_the_fit_recovers_known_efficiencies() -> None:
    truth = Efficiency(compute=0.2, hbm=0.5, ici=0.1, overhead_s=3e-4)
    terms = _grid_terms()
    measured = [calibrated_step_s(t, truth) for t in terms]
    result = fit.fit(terms, measured)
    assert result.identified == ("compute", "hbm", "ici") and result.error < 1e-6
    for name in ("compute", "hbm", "ici", "overhead_s"):
        assert getattr(result.efficiency, name) == pytest.approx(getattr(truth, name), rel=1e-4)
    loo = fit.leave_one_out(terms, measured)
    assert max(abs(e) for e in loo) < 1e-4
    summary = fit.summary(result, loo)
    assert summary["points"] == len(terms) and summary["loo_max_error"] < 1e-4


def test_efficiencies_stay_physical_and_unused_resources_are_not_reported() -> None:
    terms = [t for t in _grid_terms() if t.ici_s == 0]  # one device: no interconnect term
    faster_than_peak = [0.5 * (t.kv_s + max(t.flops_s, t.param_s)) for t in terms]
    result = fit.fit(terms, faster_than_peak)
    assert result.identified == ("compute", "hbm")
    assert all(0 < getattr(result.efficiency, r) <= 1 for r in ("compute", "hbm", "ici"))
    assert fit.summary(result, [None] * len(terms))["ici"] is None
    too_few = fit.fit(terms[:2], faster_than_peak[:2])
    assert too_few.efficiency is None and fit.predict(terms[0], too_few) is None


def test_pareto_frontier() -> None:
    latency = [1.0, 2.0, 2.0, 3.0, None, 0.5]
    throughput = [10.0, 20.0, 15.0, 20.0, 99.0, 1.0]
    assert pareto.frontier(latency, throughput) == [True, True, False, False, False, True]


def test_grid_parsing_and_errors() -> None:
    grid = Grid.parse("decode", batch="1,4,16", devices="1,2", weights="float32,int8")
    points = list(grid.points())
    assert grid.size == len(points) == 12 and points[0].name == "decode-b1-s128-d1-f32-f32"
    assert points[1].weights == "int8" and points[-1].name == "decode-b16-s128-d2-int8-f32"
    assert grid.extended("batch", "16,64").batch == (1, 4, 16, 64)
    for kwargs, message in (({"batch": "1,x"}, "whole numbers"), ({"batch": "0"}, "positive"),
                            ({"weights": "fp4"}, "not one of"), ({"batch": "2,2"}, "repeats")):  # fmt: skip
        with pytest.raises(PerfdiffError, match=message):
            Grid.parse("decode", **kwargs)


def test_placed_labels_never_overlap() -> None:
    points = [(100.0 + 6 * i, 200.0 + 4 * (i % 3)) for i in range(12)]  # a tight cluster
    placer = plot.Placer(points, (0.0, 0.0, 1000.0, 800.0))
    boxes = []
    for x, y in points:
        offset = placer.place(x, y, "b16 d2 int8/f32")
        if offset is not None:
            boxes.append(placer.boxes[-1])
    assert len(boxes) >= 10  # and the rest are left unlabelled rather than on top of another
    for a, b in itertools.combinations(boxes, 2):
        assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])
