"""A pytest plugin that collects ``.phpt`` files and runs them against the shim.

Use it with ``pytest -p phpcompat.translate.pytest_plugin PATH`` (or import
``pytest_collect_file`` from a ``conftest.py``).  Each ``.phpt`` file is one
test item: it passes when the translated ``--FILE--`` prints what the
``--EXPECT--``/``--EXPECTF--``/``--EXPECTREGEX--`` section says, is skipped
when ``--SKIPIF--`` says "skip", and fails (with the diff) otherwise - also
when the translator does not support a construct the test uses.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .phpt import parse_phpt, run_phpt

__all__ = ["pytest_collect_file", "PhptFile", "PhptItem"]


def pytest_collect_file(parent: pytest.Collector, file_path: Path) -> pytest.Collector | None:
    if file_path.suffix == ".phpt":
        return PhptFile.from_parent(parent, path=file_path)
    return None


class PhptFile(pytest.File):
    def collect(self) -> Any:
        test = parse_phpt(self.path)
        yield PhptItem.from_parent(self, name=test.title or self.path.name)


class PhptFailure(Exception):
    pass


class PhptItem(pytest.Item):
    def runtest(self) -> None:
        result = run_phpt(self.path)
        if result.status == "SKIP":
            pytest.skip(result.reason or "skipped by --SKIPIF--")
        if result.status == "XFAIL":
            pytest.xfail(result.reason)
        if result.status != "PASS":
            raise PhptFailure(f"{result.status}: {result.reason}")

    def repr_failure(self, excinfo: Any, style: Any = None) -> str:
        if isinstance(excinfo.value, PhptFailure):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Any, int, str]:
        return self.path, 0, f"phpt: {self.name}"
