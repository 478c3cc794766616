"""Record PHP's output for every ``compare()`` in the tests (needs ``php`` on PATH).

    python tests/record.py [pytest args...]

Runs the test suite with ``--record-php``: each PHP snippet is run with the
pinned command line (``phpcompat.testing.php.PHP_COMMAND``) and its output is
written to ``tests/recorded/<module>.json``.
"""

import sys

import pytest

if __name__ == "__main__":
    targets = sys.argv[1:] or ["tests"]
    sys.exit(pytest.main(["--record-php", "-q", "-p", "no:cacheprovider", *targets]))
