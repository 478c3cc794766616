"""Running the matrix: every example, every column, compared with PHP's recording.

This module owns what "an example passes" means.  For each column (see
``sources``) the example's Python source runs in its own interpreter, in a
fresh temporary directory filled with the example's files and fed its stdin
(``phpcompat.testing.php.run_python``); stdout, stderr and the exit status
must equal the recording byte for byte (after ``normalize``) - or, for an
example declaring ``unordered-output``, equal as multisets of lines.  The
recording itself must exist, match the example's current inputs and, when
live PHP is asked for, equal what PHP prints now (no drift).

Examples run in parallel on a thread pool (each run is a subprocess).
"""

from __future__ import annotations

import difflib
import os
import subprocess
import tempfile
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from ..testing.php import Output, run_python
from .cases import Example
from .recording import TIMEOUT, Recording, load_recording, run_php_example
from .sources import COLUMNS, DEFAULT_COLUMNS, Column, SourceUnavailable

__all__ = [
    "PASS", "FAIL", "ERROR", "Check", "ExampleResult", "MatrixResult",
    "outputs_differ", "check_column", "check_recording", "run_example", "run_matrix",
    "coverage",
]

PASS = "pass"
FAIL = "fail"
ERROR = "error"


@dataclass(frozen=True)
class Check:
    """The verdict of one check: ``pass``, ``fail`` (output differs) or ``error``."""

    status: str
    detail: str = ""
    #: what the column's source printed (kept so reports need not run it again)
    output: Output | None = None

    @property
    def ok(self) -> bool:
        return self.status == PASS


@dataclass
class ExampleResult:
    example: Example
    recording: Check
    columns: dict[str, Check] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.recording.ok and all(c.ok for c in self.columns.values())


@dataclass
class MatrixResult:
    results: list[ExampleResult]
    columns: tuple[str, ...]
    live_php: str | None

    @property
    def ok(self) -> bool:
        return bool(self.results) and all(r.ok for r in self.results)


def _lines(text: str, unordered: bool) -> list[str]:
    lines = text.splitlines(keepends=True)
    return sorted(lines) if unordered else lines


def _visible(line: str) -> str:
    # Make bytes a terminal would hide (\r, NUL, trailing blanks) show in a diff.
    body, nl = (line[:-1], "\n") if line.endswith("\n") else (line, "\n\\ no newline at end\n")
    out = []
    for ch in body:
        if ch == "\t" or (ch.isprintable() and not 0xDC80 <= ord(ch) <= 0xDCFF):
            out.append(ch)
        elif 0xDC80 <= ord(ch) <= 0xDCFF:
            out.append(f"\\x{ord(ch) - 0xDC00:02x}")
        else:
            out.append(repr(ch)[1:-1])
    text = "".join(out)
    if text != text.rstrip(" "):
        text = text.rstrip(" ") + "\u2423" * (len(text) - len(text.rstrip(" ")))
    return text + nl


def outputs_differ(
    expected: Output, got: Output, *, unordered: bool = False,
    labels: tuple[str, str] = ("php", "python"),
) -> str | None:
    """None when the outputs agree; otherwise a readable diff of what differs."""
    parts = []
    for stream in ("stdout", "stderr"):
        want: str = getattr(expected, stream)
        have: str = getattr(got, stream)
        if _lines(want, unordered) == _lines(have, unordered):
            continue
        a, b = want.splitlines(keepends=True), have.splitlines(keepends=True)
        diff = difflib.unified_diff(
            [_visible(x) for x in a], [_visible(x) for x in b],
            f"{stream} ({labels[0]})", f"{stream} ({labels[1]})", lineterm="\n", n=3,
        )
        parts.append("".join(diff))
    if expected.exit != got.exit:
        parts.append(f"exit status: {labels[0]} {expected.exit}, {labels[1]} {got.exit}\n")
    if not parts:
        return None
    if unordered:
        parts.insert(0, "(unordered-output: the lines differ even ignoring their order)\n")
    return "".join(parts)


def _run_source(example: Example, source: str, timeout: float) -> Output:
    with tempfile.TemporaryDirectory(prefix="phpcompat-matrix-", ignore_cleanup_errors=True) as work:
        example.prepare(Path(work))
        return run_python(source, stdin=example.stdin(), cwd=work, timeout=timeout, prelude="")


def check_column(
    example: Example, column: Column, recording: Recording | None, *, timeout: float = TIMEOUT,
) -> Check:
    """Run the column's Python source for the example against the recording."""
    if recording is None:
        return Check(ERROR, "no recording: run compat_matrix/record.py")
    try:
        source = column.python_source(example)
    except SourceUnavailable as exc:
        return Check(ERROR, str(exc))
    try:
        got = _run_source(example, source, timeout)
    except subprocess.TimeoutExpired:
        return Check(ERROR, f"timed out after {timeout:g} s")
    except OSError as exc:
        return Check(ERROR, f"could not run: {exc}")
    diff = outputs_differ(recording.output, got, unordered=example.unordered, labels=("php", column.name))
    return Check(PASS, output=got) if diff is None else Check(FAIL, diff, output=got)


def check_recording(
    example: Example, recording: Recording | None, *, live_php: bool, timeout: float = TIMEOUT,
) -> Check:
    """The recording exists, matches the example's inputs, and (live) PHP still prints it."""
    if recording is None:
        return Check(ERROR, "no recording: run compat_matrix/record.py")
    if recording.inputs_sha256 != example.inputs_digest():
        return Check(ERROR, "stale recording (the PHP script, stdin or files changed): "
                            "run compat_matrix/record.py")
    if not live_php:
        return Check(PASS)
    try:
        live = run_php_example(example, timeout=timeout)
    except subprocess.TimeoutExpired:
        return Check(ERROR, f"live PHP timed out after {timeout:g} s")
    diff = outputs_differ(
        recording.output, live, unordered=example.unordered, labels=("recorded", "live php")
    )
    return Check(PASS) if diff is None else Check(FAIL, "live PHP drifted from the recording\n" + diff)


def run_example(
    example: Example, columns: Sequence[str] = DEFAULT_COLUMNS, *, live_php: bool = False,
    timeout: float = TIMEOUT,
) -> ExampleResult:
    recording = load_recording(example)
    result = ExampleResult(example, check_recording(example, recording, live_php=live_php, timeout=timeout))
    for name in columns:
        result.columns[name] = check_column(example, COLUMNS[name], recording, timeout=timeout)
    return result


def default_jobs() -> int:
    return max(1, os.cpu_count() or 2)


def run_matrix(
    examples: Iterable[Example], columns: Sequence[str] = DEFAULT_COLUMNS, *,
    live_php: str | None = None, jobs: int | None = None,
    on_result: Callable[[ExampleResult], None] | None = None, timeout: float = TIMEOUT,
) -> MatrixResult:
    """Run every example on ``jobs`` workers; ``on_result`` sees each as it ends.

    ``live_php`` is the live PHP version to check recordings against (None: no
    live check).  Results come back in the examples' order.
    """
    todo = list(examples)
    unknown = [c for c in columns if c not in COLUMNS]
    if unknown:
        raise ValueError(f"unknown column(s): {', '.join(unknown)} (known: {', '.join(COLUMNS)})")
    results: dict[str, ExampleResult] = {}
    with ThreadPoolExecutor(max_workers=jobs or default_jobs()) as pool:
        futures = [
            pool.submit(run_example, e, columns, live_php=live_php is not None, timeout=timeout)
            for e in todo
        ]
        for future in as_completed(futures):
            result = future.result()
            results[result.example.id] = result
            if on_result is not None:
                on_result(result)
    return MatrixResult([results[e.id] for e in todo], tuple(columns), live_php)


def coverage(matrix: MatrixResult) -> list[tuple[str, int, dict[str, int]]]:
    """Per covered function: (function, examples, passing examples per column).

    An example counts as passing in a column when that column passed and its
    recording is sound (present, current, no drift).
    """
    table: dict[str, tuple[int, dict[str, int]]] = {}
    for result in matrix.results:
        for function in result.example.covers:
            count, passing = table.get(function, (0, dict.fromkeys(matrix.columns, 0)))
            for name in matrix.columns:
                if result.recording.ok and result.columns[name].ok:
                    passing[name] += 1
            table[function] = (count + 1, passing)
    return [(f, n, p) for f, (n, p) in sorted(table.items())]
