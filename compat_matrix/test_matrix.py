"""The compat matrix under pytest: one test per example and column, one per recording.

Uses the same runner as ``phpcompat matrix``.  ``test_port`` runs an
example's Python port against PHP's recording; ``test_recording`` checks the
recording exists, matches the script and - with ``php`` on PATH, unless
``PHPCOMPAT_TESTS_NO_LIVE_PHP`` is set - that live PHP still prints it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from phpcompat.matrix.cases import Example, discover
from phpcompat.matrix.recording import load_recording, php_version
from phpcompat.matrix.runner import check_column, check_recording
from phpcompat.matrix.sources import COLUMNS, DEFAULT_COLUMNS

HERE = Path(__file__).resolve().parent
EXAMPLES = discover(HERE)


def _live() -> bool:
    if os.environ.get("PHPCOMPAT_TESTS_NO_LIVE_PHP"):
        return False
    return php_version() is not None


LIVE = _live()


@pytest.mark.parametrize("column", DEFAULT_COLUMNS)
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.id)
def test_port(example: Example, column: str) -> None:
    check = check_column(example, COLUMNS[column], load_recording(example))
    assert check.ok, f"{example.id} [{column}] {check.status}\n{check.detail}"


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.id)
def test_recording(example: Example) -> None:
    check = check_recording(example, load_recording(example), live_php=LIVE)
    assert check.ok, f"{example.id} {check.status}\n{check.detail}"


def _ignored(path: Path) -> bool:
    # Tool caches (.ruff_cache, __pycache__) are not part of the matrix.
    return path.name.startswith((".", "__"))


def test_no_orphan_files() -> None:
    """Every port, recording, stdin file and files dir belongs to a PHP script."""
    scripts = {e.php_path.with_suffix("") for e in EXAMPLES}
    orphans = [
        str(path.relative_to(HERE))
        for group in (HERE / "cases").iterdir() if group.is_dir() and not _ignored(group)
        for path in group.iterdir()
        if path.suffix != ".php" and not _ignored(path) and group / path.name.split(".")[0] not in scripts
    ]
    assert not orphans, f"files without a PHP example: {orphans}"


def test_seed_example_covers_the_seed_functions() -> None:
    seed = {e.id: e for e in EXAMPLES}["seed/stream_socket_pair"]
    assert set(seed.covers) >= {"stream_socket_pair", "pcntl_fork", "fclose", "fwrite", "fgets"}
