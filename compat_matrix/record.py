"""Record PHP's output for the compat matrix examples (needs PHP 8.2 on PATH).

    python compat_matrix/record.py [-k PATTERN]... [--stale] [-j JOBS]

Runs every example's PHP script with the one pinned command line
(``phpcompat.testing.php.PHP_COMMAND``) in a fresh directory filled with the
example's files and fed its stdin, normalises the output
(``phpcompat.testing.php.normalize``) and writes ``<name>.expected.json``
next to the script.  ``--stale`` records only examples whose recording is
missing or no longer matches the script.  The files written are generated:
never edit them by hand.
"""

from __future__ import annotations

import argparse
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from phpcompat.matrix.cases import discover, select  # noqa: E402
from phpcompat.matrix.recording import load_recording, php_version, record_example  # noqa: E402

REQUIRED_VERSION = "8.2."


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-k", dest="patterns", action="append", default=[], metavar="PATTERN")
    parser.add_argument("--stale", action="store_true", help="only missing or stale recordings")
    parser.add_argument("-j", "--jobs", type=int, default=2)
    parser.add_argument("--any-php", action="store_true", help=f"allow a PHP other than {REQUIRED_VERSION}x")
    args = parser.parse_args(argv)

    version = php_version()
    if version is None:
        print("record.py: no php on PATH", file=sys.stderr)
        return 2
    if not version.startswith(REQUIRED_VERSION) and not args.any_php:
        print(f"record.py: php on PATH is {version}; recordings come from PHP {REQUIRED_VERSION}x",
              file=sys.stderr)
        return 2
    examples = select(discover(HERE), args.patterns)
    if args.stale:
        examples = [
            e for e in examples
            if (rec := load_recording(e)) is None or rec.inputs_sha256 != e.inputs_digest()
        ]
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        outputs = pool.map(lambda e: record_example(e, version), examples)
        for example, output in zip(examples, outputs, strict=True):
            print(f"recorded {example.id} (exit {output.exit})")
    print(f"{len(examples)} recordings written with PHP {version}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
