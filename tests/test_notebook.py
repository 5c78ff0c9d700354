"""Notebooks: Profile, Report and Diff show themselves as HTML with the CLI's words and numbers, have a
one-line repr, ``report.plot()`` draws the roofline, and ``dir(perfdiff)`` is the public API."""

from __future__ import annotations

import html
import random

import pytest

import perfdiff
from perfdiff import units
from perfdiff.cli.main import main
from perfdiff.parse import notebook as profile_notebook
from perfdiff.report.roofline_chart import X_LABEL, Y_LABEL, points
from perfdiff.report.tables import OPS


@pytest.fixture(scope="module")
def cpu_report(cpu_logdir):
    return perfdiff.analyze(cpu_logdir)


def test_report_html_says_what_the_cli_says(cpu_logdir, cpu_report, capsys) -> None:
    assert main([str(cpu_logdir), "--format", "markdown"]) == 0
    cli = capsys.readouterr().out
    page = html.unescape(cpu_report._repr_html_())
    step = units.seconds(cpu_report.summary["step_s_mean"])
    assert f"{step}/step" in cli and step in page
    top = cpu_report.ops.iloc[0]
    for text in (str(top["op"]), units.seconds(top["gap_per_step_s"]), units.percent(top["efficiency"])):
        assert text in cli and text in page, text
    for name in ("measured_per_step_s", "gap_per_step_s", "efficiency", "share_of_step"):
        assert f">{OPS[name].heading}</th>" in page  # the registry's headings
    assert page.count("<svg") == 1 and X_LABEL in page  # the small roofline, inline


def test_reprs_are_one_short_line(cpu_logdir, cpu_report) -> None:
    profile = perfdiff.load(cpu_logdir)
    comparison = perfdiff.diff(cpu_report, cpu_report)
    step = units.seconds(cpu_report.summary["step_s_mean"])
    for obj, words in (
        (cpu_report, [cpu_report.run, cpu_report.chip.name, step, str(cpu_report.ops["op"].iloc[0])]),
        (profile, [profile.run, "3 steps", step]),
        (comparison, [cpu_report.run, comparison.summary["verdict"], step]),
    ):
        text = repr(obj)
        assert "\n" not in text and len(text) < 240, text
        for word in words:
            assert word in text, (word, text)


def test_diff_html_has_the_verdict_and_sentences(cpu_report) -> None:
    comparison = perfdiff.diff(cpu_report, cpu_report)
    page = html.unescape(comparison._repr_html_())
    assert comparison.headline in page
    assert comparison.sentences and all(s in page for s in comparison.sentences)
    assert "Largest changes by source line" in page


def test_profile_html_lists_what_was_read(cpu_logdir) -> None:
    profile = perfdiff.load(cpu_logdir)
    page = html.unescape(profile._repr_html_())
    ops = profile_notebook.op_times(profile)
    assert str(ops["op"].iloc[0]) in page and profile_notebook.seconds(ops["self_s"].iloc[0]) in page
    assert ops["executions"].sum() == len(profile.events)
    assert f"<th>op events</th><td>{len(profile.events):,}</td>" in page


def test_profile_times_are_written_as_the_report_writes_them() -> None:
    rng = random.Random(7)
    values = [0.0, 1e-9, 9.996e-4, 0.9996, 999.96e-6, 1.0, 12.345, 5e-13, 123456.0, 0.1235, -2.5e-3]
    values += [10 ** rng.uniform(-13, 4) for _ in range(500)]
    assert [profile_notebook.seconds(v) for v in values] == [units.seconds(v) for v in values]


def test_plot_is_the_roofline_of_the_report(cpu_report) -> None:
    from matplotlib.figure import Figure

    fig = cpu_report.plot()
    assert isinstance(fig, Figure)
    (ax,) = fig.axes
    assert (ax.get_xlabel(), ax.get_ylabel()) == (X_LABEL, Y_LABEL)
    drawn = sum(len(c.get_offsets()) for c in ax.collections)
    expected = points(cpu_report.ops, cpu_report.run).frame
    assert drawn == len(expected) > 0


def test_dir_shows_the_public_api() -> None:
    names = dir(perfdiff)
    for name in ("load", "analyze", "diff", "theory", "sweep", "annotate", "capture", "Profile", "Report",
                 "Diff", "PerfdiffError"):  # fmt: skip
        assert name in names and name in perfdiff.__all__
    for leaked in ("Any", "TYPE_CHECKING", "importlib", "annotations"):
        assert leaked not in names
    for name in perfdiff.__all__:
        assert getattr(perfdiff, name) is not None
