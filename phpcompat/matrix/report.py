"""Showing a matrix run: progress while it runs, then diffs, table and summary.

This module owns everything the ``phpcompat matrix`` command prints.  It uses
``rich`` when it is installed (and not turned off) and plain text otherwise:
the runtime package never requires ``rich``.
"""

from __future__ import annotations

import sys
from typing import Any, TextIO

from .runner import ExampleResult, MatrixResult, coverage

__all__ = ["Reporter", "PlainReporter", "RichReporter", "make_reporter", "verdict"]


def verdict(result: ExampleResult) -> str:
    """One word for an example: PASS, FAIL, ERROR (could not compare) or DRIFT."""
    if result.ok:
        return "PASS"
    if result.recording.status == "fail":
        return "DRIFT"
    if result.recording.status == "error" or any(c.status == "error" for c in result.columns.values()):
        return "ERROR"
    return "FAIL"


def _problems(result: ExampleResult) -> list[tuple[str, str]]:
    out = []
    if not result.recording.ok:
        out.append(("recording", result.recording.detail))
    for name, check in result.columns.items():
        if not check.ok and result.recording.status != "error":
            out.append((name, check.detail))
    return out


def _table_rows(matrix: MatrixResult) -> tuple[list[str], list[list[str]], list[str]]:
    rows = coverage(matrix)
    head = ["function", "examples", *(f"{c} passing" for c in matrix.columns)]
    body = [[f, str(n), *(f"{p[c]}/{n}" for c in matrix.columns)] for f, n, p in rows]
    total_examples = len(matrix.results)
    total = [
        f"{len(rows)} functions", str(total_examples),
        *(
            f"{sum(1 for r in matrix.results if r.recording.ok and r.columns[c].ok)}/{total_examples}"
            for c in matrix.columns
        ),
    ]
    return head, body, total


def _summary(matrix: MatrixResult) -> str:
    counts: dict[str, int] = {}
    for r in matrix.results:
        counts[verdict(r)] = counts.get(verdict(r), 0) + 1
    parts = [f"{counts[k]} {k.lower()}" for k in ("PASS", "FAIL", "ERROR", "DRIFT") if counts.get(k)]
    live = f"live PHP {matrix.live_php}" if matrix.live_php else "no live PHP check"
    return f"{len(matrix.results)} examples: {', '.join(parts) or 'none'} ({live})"


class Reporter:
    """Receives results as they come and prints the final report."""

    def start(self, total: int, live_php: str | None) -> None:
        raise NotImplementedError

    def result(self, result: ExampleResult) -> None:
        raise NotImplementedError

    def finish(self, matrix: MatrixResult) -> None:
        raise NotImplementedError


class PlainReporter(Reporter):
    def __init__(self, out: TextIO | None = None) -> None:
        self.out = out or sys.stdout
        self.done = 0
        self.total = 0

    def _print(self, text: str = "") -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def start(self, total: int, live_php: str | None) -> None:
        self.total = total
        live = f"checking recordings against live PHP {live_php}" if live_php else "no live PHP check"
        self._print(f"compat matrix: {total} examples, {live}")

    def result(self, result: ExampleResult) -> None:
        self.done += 1
        width = len(str(self.total))
        self._print(f"[{self.done:>{width}}/{self.total}] {verdict(result):<5} {result.example.id}")

    def finish(self, matrix: MatrixResult) -> None:
        for result in matrix.results:
            problems = _problems(result)
            if not problems:
                continue
            self._print()
            self._print(f"=== {verdict(result)} {result.example.id} ({result.example.php_path})")
            for name, detail in problems:
                self._print(f"--- {name}:")
                self._print(detail.rstrip("\n"))
        head, body, total = _table_rows(matrix)
        widths = [max(len(row[i]) for row in [head, *body, total]) for i in range(len(head))]

        def line(row: list[str]) -> str:
            cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)]
            return "  ".join(cells).rstrip()

        self._print()
        self._print(line(head))
        self._print("  ".join("-" * w for w in widths))
        for row in body:
            self._print(line(row))
        self._print("  ".join("-" * w for w in widths))
        self._print(line(total))
        self._print()
        self._print(_summary(matrix))


class RichReporter(Reporter):
    def __init__(self) -> None:
        from rich.console import Console

        self.console = Console(highlight=False)
        self.progress: Any = None
        self.task: Any = None

    def start(self, total: int, live_php: str | None) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        live = f"live PHP {live_php}" if live_php else "no live PHP check"
        self.console.print(f"[bold]compat matrix[/]: {total} examples, {live}")
        self.progress = Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=self.console, transient=True,
        )
        self.progress.start()
        self.task = self.progress.add_task("running", total=total)

    def result(self, result: ExampleResult) -> None:
        word = verdict(result)
        if word != "PASS":
            style = {"FAIL": "red", "ERROR": "yellow", "DRIFT": "magenta"}[word]
            self.progress.console.print(f"[{style}]{word:<5}[/] {result.example.id}")
        self.progress.update(self.task, advance=1, description=result.example.id)

    def finish(self, matrix: MatrixResult) -> None:
        from rich.markup import escape
        from rich.table import Table

        self.progress.stop()
        for result in matrix.results:
            problems = _problems(result)
            if not problems:
                continue
            self.console.rule(f"{verdict(result)} {escape(result.example.id)}")
            self.console.print(escape(str(result.example.php_path)))
            for name, detail in problems:
                self.console.print(f"[bold]{escape(name)}:[/]")
                for text in detail.rstrip("\n").split("\n"):
                    style = "red" if text.startswith("-") else "green" if text.startswith("+") else ""
                    self.console.print(escape(text), style=style, soft_wrap=True)
        head, body, total = _table_rows(matrix)
        table = Table(title="compat matrix", show_footer=True)
        for i, title in enumerate(head):
            table.add_column(title, footer=total[i], justify="left" if i == 0 else "right")
        for row in body:
            complete = all(cell.split("/")[0] == row[1] for cell in row[2:])
            table.add_row(*row, style=None if complete else "red")
        self.console.print(table)
        self.console.print(_summary(matrix))


def make_reporter(plain: bool = False) -> Reporter:
    """Rich when installed and not ``plain``; plain text otherwise."""
    if not plain:
        try:
            import rich  # noqa: F401
        except ImportError:
            pass
        else:
            return RichReporter()
    return PlainReporter()
