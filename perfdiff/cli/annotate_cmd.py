"""``perfdiff annotate``: write a run's annotated copy beside it, for XProf's trace viewer."""

from __future__ import annotations

import argparse
import sys

DESCRIPTION = """\
Write an annotated copy of a run as a new run beside it (<run>_perfdiff in the same profile folder):
the same XPlane files plus a 'perfdiff' plane whose events mirror each op execution and carry its
bound, efficiency, roofline time, gap and advice as stats. Open the new run in XProf's trace viewer
(TensorBoard's profile tab) to see them beside the ops. The original files are only read."""

EXAMPLES = """\
examples:
  perfdiff annotate LOGDIR                    # the latest run
  perfdiff annotate LOGDIR --run 2026_01_01_12_00_00
  perfdiff annotate RUN_FOLDER --force        # replace an earlier copy"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``perfdiff annotate``."""
    parser.add_argument("path", help="a .xplane.pb file, a run folder or a logdir")
    parser.add_argument("--run", help="the run to annotate in a logdir (default: the latest)")
    parser.add_argument("--force", action="store_true", help="replace an existing annotated copy")


def run(args: argparse.Namespace) -> int:
    """Write the copy; print its folder on stdout and progress on stderr. 0 on success."""
    from perfdiff.compute import machine_code

    machine_code.build_in_background()  # the kernels' code, made while the trace's tools are imported
    from perfdiff.annotation.run import annotate

    def say(line: str) -> None:
        print(f"perfdiff: {line}", file=sys.stderr)

    print(annotate(args.path, args.run, force=args.force, progress=say))
    return 0
