"""Entry point of the ``perfdiff`` command.

``perfdiff PATH`` reports one profile, ``perfdiff BASE NEW`` diffs two, and named subcommands do the
rest. Each subcommand lives in its own module exposing ``DESCRIPTION``, ``EXAMPLES``,
``add_arguments(parser)`` and ``run(args) -> int``; the registry below maps names to those modules so
that ``perfdiff --help`` imports nothing heavy.

Exit codes: 0 ok, 1 regressed (a diff with ``--fail-above``: slower than PCT with confidence, see
``compare.verdict``), 2 user error (one line on stderr), 3 inconclusive (a diff with ``--fail-above``
that cannot tell: too few steps, an interval straddling PCT, or drift that could explain it).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from types import ModuleType

from perfdiff.errors import PerfdiffError, one_line

EXIT_OK = 0
EXIT_REGRESSED = 1  # a diff with --fail-above: slower than PCT with confidence
EXIT_USER_ERROR = 2
EXIT_INCONCLUSIVE = 3  # a diff with --fail-above that cannot decide

# Subcommand name -> module. The default command (a path or two) is "report".
SUBCOMMANDS: dict[str, str] = {
    "capture": "perfdiff.cli.capture_cmd",
    "theory": "perfdiff.cli.theory_cmd",
    "chips": "perfdiff.cli.chips_cmd",
    "sweep": "perfdiff.cli.sweep_cmd",
    "annotate": "perfdiff.cli.annotate_cmd",
}
DEFAULT_COMMAND = "perfdiff.cli.report_cmd"

_TOP_HELP = """\
perfdiff: where a JAX step's time goes, and how far each op is from the chip's roofline.

usage:
  perfdiff PATH [options]            report one profile (.xplane.pb file, run folder or logdir)
  perfdiff BASE NEW [options]        diff two profiles, op by op
  perfdiff capture --example train   capture the bundled example model on this machine
  perfdiff theory --model llama3-70b --chip tpu-v5e --chips 8 --batch 32 --seq 8192
  perfdiff chips                     list the chips perfdiff knows
  perfdiff sweep --example decode --batch 1,4,16 --devices 1,2 --logdir DIR   a measured frontier
  perfdiff annotate PATH             write <run>_perfdiff: the run plus perfdiff's verdicts for XProf

Run 'perfdiff PATH --help' or 'perfdiff <command> --help' for the options of each.
Exit codes: 0 ok; 1 regressed (perfdiff BASE NEW --fail-above PCT: slower by more than PCT with
confidence); 2 bad input; 3 inconclusive (--fail-above cannot decide: too few steps, an interval
straddling PCT, or run-wide drift that could explain the slowdown). 'perfdiff PATH --help' has more.
"""


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors are one line and exit 2 like every other user error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise PerfdiffError(f"{message} (see '{self.prog} --help')")


def _build_parser(prog: str, module: ModuleType) -> argparse.ArgumentParser:
    parser = _Parser(
        prog=prog,
        description=module.DESCRIPTION,
        epilog=module.EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress and details to stderr")
    module.add_arguments(parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line ``argv`` (default ``sys.argv[1:]``) and return the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if not argv or argv[0] in ("-h", "--help"):
            sys.stdout.write(_TOP_HELP)
            return EXIT_OK if argv else EXIT_USER_ERROR
        if argv[0] == "--version":
            from perfdiff import __version__

            print(f"perfdiff {__version__}")
            return EXIT_OK
        if argv[0] in SUBCOMMANDS:
            name, module = argv[0], importlib.import_module(SUBCOMMANDS[argv[0]])
            argv = argv[1:]
        else:
            name, module = "", importlib.import_module(DEFAULT_COMMAND)
        parser = _build_parser(f"perfdiff {name}".strip(), module)
        args = parser.parse_args(argv)
        logging.basicConfig(
            level=logging.INFO if args.verbose else logging.WARNING,
            format="perfdiff: %(levelname)s: %(message)s",
            stream=sys.stderr,
        )
        return int(module.run(args))
    except PerfdiffError as err:
        print(f"perfdiff: error: {one_line(err)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("perfdiff: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `perfdiff trace | head`: the reader left; not an error worth a traceback.
        return EXIT_OK


def entry() -> None:
    """Console-script entry point."""
    sys.exit(main())


if __name__ == "__main__":
    entry()
