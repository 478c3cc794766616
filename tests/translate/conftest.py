"""Translator tests: PHP source in, translated Python run against the shim, PHP's output out.

``check(php)`` translates the PHP program, runs the translation in a fresh
interpreter and compares stdout, stderr and the exit status with PHP's
recorded output for the same program (the ``compare`` fixture of
``tests/conftest.py``: expectations come from PHP, never typed by hand).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from phpcompat.translate import translate_source


def php_program(php: str) -> str:
    return php if php.lstrip().startswith("<?php") else "<?php\n" + php


@pytest.fixture
def check(compare: Any) -> Callable[..., Any]:
    def run(php: str, *, front_end: str = "auto", **kw: Any) -> Any:
        source = php_program(php)
        py = translate_source(source, "_case.php", front_end=front_end)
        return compare(php=source, py=py, **kw)

    return run
