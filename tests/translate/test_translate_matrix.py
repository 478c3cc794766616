"""Every compat-matrix example, freshly translated from its PHP, prints PHP's recorded output.

This is the matrix's ``translated`` column (``phpcompat.translate.matrix_column``)
run through the matrix's own runner and recordings.  ``GAPS`` lists examples the
translator cannot handle yet, each with the reason; a listed example that starts
passing fails the test, so the list stays honest.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from phpcompat.matrix.cases import discover
from phpcompat.matrix.recording import load_recording
from phpcompat.matrix.runner import check_column
from phpcompat.translate.matrix_column import Translated

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = discover(ROOT / "compat_matrix" / "cases")

#: example id -> why the translation does not (yet) print PHP's output
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.id for e in EXAMPLES])
def test_translated_example_matches_php(example):
    check = check_column(example, Translated(), load_recording(example))
    if example.id in GAPS:
        assert not check.ok, f"{example.id} passes now: remove it from GAPS"
        pytest.xfail(GAPS[example.id])
    assert check.ok, check.detail
