"""The translator's errors: every one names the construct, the file and the line."""

from __future__ import annotations

__all__ = ["TranslateError", "PhpSyntaxError"]


class TranslateError(Exception):
    """The translator does not support ``construct`` (at ``filename``:``line``)."""

    def __init__(self, construct: str, filename: str = "<php>", line: int = 0) -> None:
        self.construct = construct
        self.filename = filename
        self.line = line
        super().__init__(f"{filename}:{line}: unsupported: {construct}")


class PhpSyntaxError(TranslateError):
    """The PHP source does not parse (with the front end that reports it)."""

    def __init__(self, message: str, filename: str = "<php>", line: int = 0) -> None:
        super().__init__(message, filename, line)
        self.args = (f"{filename}:{line}: PHP syntax error: {message}",)

    def __str__(self) -> str:
        return str(self.args[0])
