"""The compat matrix: PHP examples, their Python ports and PHP's recorded output.

    phpcompat matrix [--dir DIR] [-k PATTERN]... [--no-live-php] [-j JOBS] [--plain]
                     [--html REPORT.html]

runs every example under ``DIR/cases`` (default ``./compat_matrix``): each
Python port in its own interpreter against the shim, compared byte for byte
with what PHP printed; with ``php`` on PATH (and without ``--no-live-php``)
PHP is re-run too and a recording that no longer matches live PHP fails.
``-k`` keeps the examples whose id (``group/name``) contains PATTERN or that
cover the function PATTERN.  ``--html`` also writes the results as one
self-contained page: PHP's output beside each column's, differences
highlighted (``html``).  Exit status: 0 when every selected example
passes, 1 otherwise, 2 for a usage error.

Modules: ``cases`` (layout and headers), ``recording`` (the recorded-output
format and how PHP is run), ``sources`` (columns: how Python source is
obtained), ``runner`` (running and comparing), ``report`` (printing),
``html`` (the HTML page).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .cases import Example, HeaderError, discover, select
from .html import write_report
from .recording import php_version
from .report import make_reporter
from .runner import ExampleResult, MatrixResult, run_matrix
from .sources import COLUMNS, DEFAULT_COLUMNS

__all__ = ["Example", "ExampleResult", "MatrixResult", "discover", "select", "run_matrix", "main"]


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="phpcompat matrix",
        description="Run the compat matrix: every PHP example against its Python port.",
    )
    p.add_argument("--dir", default="compat_matrix", help="matrix directory (default: ./compat_matrix)")
    p.add_argument("-k", dest="patterns", action="append", default=[], metavar="PATTERN",
                   help="only examples whose id contains PATTERN or that cover function PATTERN "
                        "(repeatable)")
    p.add_argument("--no-live-php", action="store_true",
                   help="do not re-run PHP to check the recordings for drift")
    p.add_argument("--column", dest="columns", action="append", choices=sorted(COLUMNS),
                   help=f"column(s) to run (default: {', '.join(DEFAULT_COLUMNS)})")
    p.add_argument("-j", "--jobs", type=int, default=None, help="parallel workers (default: CPU count)")
    p.add_argument("--plain", action="store_true", help="plain text output even if rich is installed")
    p.add_argument("--html", metavar="REPORT.html", default=None,
                   help="also write the results as a self-contained HTML page")
    return p


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``phpcompat matrix``; returns the exit status."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    root = Path(args.dir)
    if not root.is_dir():
        sys.stderr.write(f"phpcompat matrix: no matrix directory {root}\n")
        return 2
    try:
        examples = select(discover(root), args.patterns)
    except HeaderError as exc:
        sys.stderr.write(f"phpcompat matrix: {exc}\n")
        return 2
    if not examples:
        sys.stderr.write(f"phpcompat matrix: no examples under {root}"
                         + (f" match {' / '.join(args.patterns)}" if args.patterns else "") + "\n")
        return 1
    if args.jobs is not None and args.jobs < 1:
        sys.stderr.write("phpcompat matrix: --jobs must be at least 1\n")
        return 2
    if args.html is not None and not Path(args.html).resolve().parent.is_dir():
        sys.stderr.write(f"phpcompat matrix: no directory for the HTML report {args.html}\n")
        return 2
    live = None if args.no_live_php else php_version()
    reporter = make_reporter(plain=args.plain)
    reporter.start(len(examples), live)
    matrix = run_matrix(
        examples, tuple(args.columns or DEFAULT_COLUMNS), live_php=live, jobs=args.jobs,
        on_result=reporter.result,
    )
    reporter.finish(matrix)
    if args.html is not None:
        try:
            write_report(matrix, args.html, jobs=args.jobs)
        except OSError as exc:
            sys.stderr.write(f"phpcompat matrix: cannot write the HTML report: {exc}\n")
            return 2
        sys.stdout.write(f"HTML report: {args.html}\n")
    return 0 if matrix.ok else 1
