"""``perfdiff PATH`` (report one run) and ``perfdiff BASE NEW`` (diff two runs): the default command.

A PATH is a ``.xplane.pb[.gz]`` file, a run folder, a TensorBoard logdir (its latest run, or
``--run NAME``), or a saved ``perfdiff.report.json``. The analysis of each trace is saved beside it as
``perfdiff.report.json`` (what the TensorBoard plugin shows) unless ``--no-save``, or unless PATH is one
host's file of a run with several: that analysis is not the run's and does not replace its report.
Data goes to stdout, diagnostics and the progress bar to stderr.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from perfdiff.errors import PerfdiffError

log = logging.getLogger(__name__)

DESCRIPTION = """\
Report where a profiled step's time goes and how far each op is from the chip's roofline (one PATH),
or what changed between two runs, op by op (BASE NEW). A PATH is a .xplane.pb file, a run folder, a
TensorBoard logdir (latest run, or --run NAME) or a saved perfdiff.report.json."""

EXAMPLES = """\
examples:
  perfdiff logs                                    # the latest run in a logdir
  perfdiff logs/plugins/profile/run1/host.xplane.pb --top 20 --plot roofline.html
  perfdiff logs --chip tpu-v5e --step 3 --format markdown
  perfdiff base-logs new-logs                      # op-level diff of two runs
  perfdiff baseline/perfdiff.report.json new-logs --fail-above 5   # CI gate on a 5 % slowdown

shares are percentages: --flag-share 1 means 1 % of the step.
exit codes (a diff with --fail-above PCT; otherwise 0 or 2):
  0  not slower by more than PCT (unchanged or improved, with confidence)
  1  regressed: the step's slowdown is above PCT across its whole confidence interval, and the
     run-wide drift (the same work running slower everywhere) cannot explain it
  2  bad input (one line on stderr)
  3  inconclusive: too few steps for an interval, the interval straddles PCT, or the drift could
     explain the slowdown; the verdict says how many steps would decide it"""

FORMATS = ("table", "json", "csv", "markdown")
DEFAULT_TOP = 10


def _percent(text: str) -> float:
    """'5', '5%' or '0.5 %' -> a fraction (0.05, 0.05, 0.005)."""
    try:
        value = float(text.strip().removesuffix("%"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a percentage such as 5 or 5%, not {text!r}") from None
    if not 0 <= value < 1e6:
        raise argparse.ArgumentTypeError(f"expected a percentage of 0 or more, not {text!r}")
    return value / 100


def _at_least(convert: Callable[[str], float], minimum: int, what: str) -> Callable[[str], Any]:
    """An argparse ``type``: ``convert(text)``, refused unless it is ``minimum`` or more (NaN is not)."""

    def parse(text: str) -> Any:
        try:
            value = convert(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected {what}, not {text!r}") from None
        if not value >= minimum:
            raise argparse.ArgumentTypeError(f"expected {minimum} or more, not {text!r}")
        return value

    return parse


_positive = _at_least(int, 1, "a whole number")
_count = _at_least(int, 0, "a whole number")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``perfdiff PATH`` / ``perfdiff BASE NEW``."""
    parser.add_argument("paths", nargs="+", metavar="PATH", help="one run to report, or BASE NEW to diff")
    parser.add_argument(
        "--run", action="append", metavar="NAME", help="run in a logdir (give twice for BASE and NEW)"
    )
    parser.add_argument(
        "--chip", help="price ops on this chip instead of the detected one (see 'perfdiff chips')"
    )
    parser.add_argument(
        "--top", type=_positive, metavar="N", help=f"ops to show (default {DEFAULT_TOP}; all in csv/json)"
    )
    parser.add_argument(
        "--step", default="all", metavar="N|all|whole", help="a step, all (default), or whole: one for all"
    )
    parser.add_argument("--library", action="append", metavar="NAME", help="a package (or path prefix) "
                        "whose frames are not your code, like jax, flax, optax; repeatable")  # fmt: skip
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    parser.add_argument("--plot", metavar="FILE", help="write the roofline chart (.png, .svg, .pdf or .html)")
    parser.add_argument(
        "--no-save", action="store_true", help="do not write perfdiff.report.json beside the trace"
    )
    flags = parser.add_argument_group("flags (one run)")
    flags.add_argument(
        "--flag-share",
        type=_percent,
        metavar="PCT",
        help="flag ops recovering at least PCT %% of the step (default 1)",
    )
    flags.add_argument(
        "--flag-efficiency",
        type=_percent,
        metavar="PCT",
        help="... and below PCT %% of their roofline (default 50)",
    )
    hosts = parser.add_argument_group("many hosts")
    hosts.add_argument(
        "--workers",
        type=_count,
        default=0,
        metavar="N",
        help="processes to parse host files with (default 0: one per core once the run's files add up "
        "to 400 MB, this process alone on two cores; 1: this process)",
    )
    hosts.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="parse host files on a Dask cluster, e.g. tcp://host:8786 (needs perfdiff[dask]; the "
        "workers must see the same paths)",
    )
    diffs = parser.add_argument_group("diff (BASE NEW)")
    diffs.add_argument(
        "--fail-above",
        type=_percent,
        metavar="PCT",
        help="gate on a slowdown of PCT %%: exit 1 when the step is slower by more than PCT %% with "
        "confidence, 3 when that cannot be decided (see exit codes)",
    )
    diffs.add_argument(
        "--noise-floor",
        type=_percent,
        metavar="PCT",
        help="an op change below PCT %% of the base step is noise (default 1)",
    )
    diffs.add_argument(
        "--noise-relative",
        type=_percent,
        metavar="PCT",
        help="... or below PCT %% of the op's time (default 5)",
    )
    diffs.add_argument(
        "--no-drift",
        action="store_true",
        help="judge ops on their raw change, without taking out the run-wide drift",
    )
    diffs.add_argument(
        "--confidence",
        type=_percent,
        metavar="PCT",
        help="confidence level of the step's and the drift's intervals, and of each op's noise band "
        "(default 95)",
    )


def run(args: argparse.Namespace) -> int:
    _check(args)
    from perfdiff.compute import machine_code

    machine_code.build_in_background()  # the kernels' code, made while the trace's tools are imported
    if len(args.paths) == 1:
        return _report(args)
    return _diff(args)


def _check(args: argparse.Namespace) -> None:
    """Every user error that needs no trace, before any slow work."""
    if len(args.paths) > 2:
        raise PerfdiffError(f"give one PATH to report or two (BASE NEW) to diff, not {len(args.paths)}")
    if args.run and len(args.run) > len(args.paths):
        raise PerfdiffError(f"--run given {len(args.run)} times for {len(args.paths)} path(s)")
    if len(args.paths) == 1 and args.fail_above is not None:
        raise PerfdiffError("--fail-above compares two runs: give BASE and NEW")
    if args.step not in ("all", "whole"):
        try:
            int(args.step)
        except ValueError:
            message = f"--step must be a step number, 'all' or 'whole', not {args.step!r}"
            raise PerfdiffError(message) from None
    for name in ("flag_share", "flag_efficiency"):
        value = getattr(args, name)
        if value is not None and value > 1:
            raise PerfdiffError(f"--{name.replace('_', '-')} is a percentage between 0 and 100")
    if args.confidence is not None and not 0.5 <= args.confidence < 1:
        raise PerfdiffError("--confidence is a percentage of at least 50 and below 100")
    for path in args.paths:
        try:
            found = Path(path).exists()
        except OSError as err:  # a parent folder without search permission
            raise PerfdiffError(f"cannot reach {path}: {err.strerror or err}") from err
        if not found:
            raise PerfdiffError(f"{path}: no such file or folder")
    if args.plot:
        from perfdiff.cli.plot import check_path

        check_path(args.plot)
    if args.chip:
        from perfdiff.chips.lookup import get_chip

        args.chip = get_chip(args.chip)


def _runs(args: argparse.Namespace) -> list[str | None]:
    given = list(args.run or [])
    if len(given) == 1:
        return given * len(args.paths)
    return given + [None] * (len(args.paths) - len(given))


def _flag_rule(args: argparse.Namespace):
    from perfdiff.report.report import FlagRule

    default = FlagRule()
    return FlagRule(
        min_step_share=default.min_step_share if args.flag_share is None else args.flag_share,
        max_efficiency=default.max_efficiency if args.flag_efficiency is None else args.flag_efficiency,
    )


def _load(path: str, run: str | None, args: argparse.Namespace, label: str):
    """The Report of one PATH: analysed (and saved unless --no-save), or read from a saved report."""
    from perfdiff.attribution.analyze import analyze
    from perfdiff.cli.progress import progress_bar
    from perfdiff.parse.profile import load
    from perfdiff.report.store import read_report_file

    if path.endswith(".json") and Path(path).is_file():
        report = read_report_file(path)
        if args.chip is not None or args.step != "all" or args.library:
            raise PerfdiffError(
                f"{path} is a saved report: --chip, --step and --library need the trace itself"
            )
        return report
    with progress_bar(label) as bar:
        profile = load(path, run, progress=bar.parsing, scheduler=args.scheduler, workers=args.workers)
        report = analyze(profile, args.chip, step=args.step, flag_rule=_flag_rule(args), progress=bar.costing,
                         libraries=args.library)  # fmt: skip
    if not args.no_save and not _one_host_of_many(path):
        _save(report)
    return report


def _one_host_of_many(path: str) -> bool:
    """Whether ``path`` is one host's file in a folder holding other hosts' files: its analysis is
    not the run's, so it must not take the place of the run's saved report."""
    from perfdiff.xplane.locate import is_trace_file, trace_files_in

    target = Path(path)
    if not (is_trace_file(target) and target.is_file()):
        return False
    others = [f for f in trace_files_in(target.parent) if f.path != target]
    if others:
        log.info("%s is one of %d host files: its report is not saved over the run's", path, len(others) + 1)
    return bool(others)


def _save(report) -> None:
    from perfdiff.report.store import save_report

    try:
        where = save_report(report)
    except PerfdiffError as err:
        print(f"perfdiff: warning: {err} (analysis not saved; --no-save silences this)", file=sys.stderr)
        return
    log.info("saved the analysis to %s", where)


def _top(args: argparse.Namespace) -> int:
    if args.top is not None:
        return args.top
    return DEFAULT_TOP if args.format in ("table", "markdown") else sys.maxsize


def _report(args: argparse.Namespace) -> int:
    from perfdiff.cli.report_view import report_view

    report = _load(args.paths[0], _runs(args)[0], args, Path(args.paths[0]).name)
    _emit(args, report.to_dict(), report.ops, lambda top: report_view(report, top))
    if args.plot:
        from perfdiff.cli.plot import points, write_plot

        where = write_plot(args.plot, report.chip, [points(report)])
        print(f"perfdiff: wrote the roofline chart to {where}", file=sys.stderr)
    return 0


def _emit(args: argparse.Namespace, data: dict, ops, view) -> None:
    """Write a report or diff in ``--format``: its JSON (``data``, ops cut to --top), its op table as
    CSV, or ``view(top)`` drawn as a table or markdown."""
    top = _top(args)
    if args.format == "json":
        import json

        data["ops"] = data["ops"][:top]
        sys.stdout.write(json.dumps(data, indent=1, allow_nan=False) + "\n")
    elif args.format == "csv":
        from perfdiff.cli.render_text import csv

        sys.stdout.write(csv(ops.head(top)))
    else:
        _draw(view(top), args.format)


def _diff(args: argparse.Namespace) -> int:
    from perfdiff.cli.diff_view import diff_view
    from perfdiff.compare.diff import NoiseRule, diff

    runs = _runs(args)
    base = _load(args.paths[0], runs[0], args, "base")
    new = _load(args.paths[1], runs[1], args, "new")
    default = NoiseRule()
    rule = NoiseRule(
        min_step_share=_or(args.noise_floor, default.min_step_share),
        min_relative=_or(args.noise_relative, default.min_relative),
        confidence=_or(args.confidence, default.confidence),
        threshold=_or(args.fail_above, default.threshold),
        drift=not args.no_drift,
    )
    result = diff(base, new, chip=args.chip, noise=rule)
    _emit(args, result.to_dict(), result.ops, lambda top: diff_view(result, top))
    if args.plot:
        from perfdiff.cli.plot import points, write_plot

        sets = [points(result.base, f"base {base.run}"), points(result.new, f"new {new.run}")]
        where = write_plot(args.plot, result.new.chip, sets)
        print(f"perfdiff: wrote the roofline chart to {where}", file=sys.stderr)
    return _verdict(result, args.fail_above)


def _verdict(result, fail_above: float | None) -> int:
    """The exit code of a diff (``main.EXIT_*``): with ``--fail-above``, 1 regressed, 3 inconclusive
    (the headline on stderr), else 0."""
    from perfdiff.cli.main import EXIT_INCONCLUSIVE, EXIT_OK, EXIT_REGRESSED

    if fail_above is None:
        return EXIT_OK
    if not result.summary["steps_base"]:
        raise PerfdiffError("--fail-above: the base run has no step time to compare against")
    code = {"regressed": EXIT_REGRESSED, "inconclusive": EXIT_INCONCLUSIVE}.get(result.summary["verdict"])
    if code is None:
        return EXIT_OK
    print(f"perfdiff: {result.headline} (--fail-above {fail_above * 100:g})", file=sys.stderr)
    return code


def _draw(view, fmt: str) -> None:
    if fmt == "markdown":
        from perfdiff.cli.render_text import markdown

        sys.stdout.write(markdown(view))
        return
    from perfdiff.cli.render_table import write

    write(view)


def _or(value, default):
    return default if value is None else value
