"""The differential fixture: the same program in PHP and in Python, one expectation.

``compare(php=..., py=...)`` runs the Python side against the shim and checks
stdout, stderr (normalised) and the exit code against PHP's output for the PHP
side.  PHP's output is *recorded* - ``python tests/record.py`` (which runs
``pytest --record-php``) writes it to ``tests/recorded/<module>.json`` - and
never typed by hand.  When ``php`` is on PATH, every test also re-runs PHP and
fails if the recording has drifted from live PHP.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any

import pytest

from phpcompat.testing.php import Output, php_binary, run_php, run_python

RECORDED = Path(__file__).parent / "recorded"
_lock = threading.Lock()
_pending: dict[Path, dict[str, Any]] = {}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--record-php", action="store_true", help="record PHP's output for compare()")


def _load(path: Path) -> dict[str, Any]:
    if path not in _pending:
        text = path.read_text() if path.exists() else ""
        _pending[path] = json.loads(text) if text.strip() else {}
    return _pending[path]


def pytest_sessionfinish(session: pytest.Session) -> None:
    if not session.config.getoption("--record-php"):
        return
    for path, data in _pending.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(dict(sorted(data.items())), indent=1) + "\n")


class Compare:
    def __init__(self, request: pytest.FixtureRequest, tmp_path: Path) -> None:
        self.request = request
        self.tmp_path = tmp_path
        self.count = 0
        self.record = request.config.getoption("--record-php")

    def _key(self, name: str | None) -> str:
        self.count += 1
        base = self.request.node.name
        return f"{base}:{name}" if name else (base if self.count == 1 else f"{base}:{self.count}")

    def _setup(self, files: dict[str, bytes | str] | None) -> str:
        work = self.tmp_path / f"case{self.count}"
        if work.exists():
            import shutil

            shutil.rmtree(work)
        work.mkdir()
        for name, content in (files or {}).items():
            target = work / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content.encode() if isinstance(content, str) else content)
        return str(work)

    def php_output(
        self, php: str, *, name: str | None = None, files: dict[str, bytes | str] | None = None,
        stdin: bytes = b"", args: tuple[str, ...] = (),
    ) -> Output:
        """PHP's recorded output for ``php`` (recording it under --record-php)."""
        key = self._key(name)
        module = Path(str(self.request.node.fspath)).stem
        path = RECORDED / f"{module}.json"
        with _lock:
            data = _load(path)
        if self.record:
            live = run_php(php, stdin=stdin, cwd=self._setup(files), args=args)
            data[key] = {"php": php, **live.as_dict()}
            return live
        entry = data.get(key)
        if entry is None:
            pytest.fail(f"no recording for {key}: run `python tests/record.py`")
        if entry["php"] != php:
            pytest.fail(f"recording for {key} is stale (PHP source changed): run `python tests/record.py`")
        recorded = Output(entry["stdout"], entry["stderr"], entry["exit"])
        if php_binary() is not None:
            live = run_php(php, stdin=stdin, cwd=self._setup(files), args=args)
            assert live == recorded, f"live PHP no longer prints the recording for {key}"
        return recorded

    def __call__(
        self, *, php: str, py: str, name: str | None = None,
        files: dict[str, bytes | str] | None = None, stdin: bytes = b"",
        args: tuple[str, ...] = (),
    ) -> Output:
        """Run both sides; assert the shim printed exactly what PHP printed."""
        expected = self.php_output(php, name=name, files=files, stdin=stdin, args=args)
        got = run_python(py, stdin=stdin, cwd=self._setup(files), args=args)
        assert got.stdout == expected.stdout
        assert got.stderr == expected.stderr
        assert got.exit == expected.exit
        return got


@pytest.fixture
def compare(request: pytest.FixtureRequest, tmp_path: Path) -> Compare:
    """Differential check of a PHP snippet against its Python port (see module doc)."""
    return Compare(request, tmp_path)


if os.environ.get("PHPCOMPAT_TESTS_NO_LIVE_PHP"):
    php_binary = lambda: None  # noqa: E731 - lets a run ignore a php on PATH
