"""PHP's error model: levels, handlers, ``@``, ``error_get_last`` and ``report()``.

Everything that decides where a PHP warning, notice or deprecation goes lives
here, and ``report()`` is the one way to raise one.  The rules, checked against
PHP 8.2 CLI:

* a handler set with ``set_error_handler(cb, levels)`` is called for every
  error whose level is in ``levels`` - even under ``@`` (``silence()``), where
  ``error_reporting()`` reads 4437 inside the handler;
* a handler returning ``False`` falls through to the default handler;
* the default handler records ``error_get_last()`` and, when the level is in
  ``error_reporting()`` and nothing silences it, prints
  ``PHP Warning:  <message> in <file> on line <n>`` to stderr (PHP CLI with
  ``log_errors=1``, ``display_errors=0``);
* ``raise_warnings()`` (an opt-in for Python callers) turns what would reach
  the default handler into a ``PhpWarning`` exception instead.

File and line are those of the first Python frame outside this package.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from typing import Any

from ._core.callbacks import call_user

__all__ = [
    "E_ERROR", "E_WARNING", "E_PARSE", "E_NOTICE", "E_CORE_ERROR", "E_CORE_WARNING",
    "E_COMPILE_ERROR", "E_COMPILE_WARNING", "E_USER_ERROR", "E_USER_WARNING",
    "E_USER_NOTICE", "E_STRICT", "E_RECOVERABLE_ERROR", "E_DEPRECATED",
    "E_USER_DEPRECATED", "E_ALL",
    "PhpWarning", "set_error_handler", "restore_error_handler",
    "error_reporting", "error_get_last", "error_clear_last", "silence",
    "raise_warnings", "set_error_display", "trigger_error", "user_error",
]

E_ERROR = 1
E_WARNING = 2
E_PARSE = 4
E_NOTICE = 8
E_CORE_ERROR = 16
E_CORE_WARNING = 32
E_COMPILE_ERROR = 64
E_COMPILE_WARNING = 128
E_USER_ERROR = 256
E_USER_WARNING = 512
E_USER_NOTICE = 1024
E_STRICT = 2048
E_RECOVERABLE_ERROR = 4096
E_DEPRECATED = 8192
E_USER_DEPRECATED = 16384
E_ALL = 32767

# Fatal errors PHP 8 never hands to a user handler and ``@`` does not hide.
_UNHANDLED = E_ERROR | E_PARSE | E_CORE_ERROR | E_CORE_WARNING | E_COMPILE_ERROR | E_COMPILE_WARNING

# error_reporting() as seen under @ (E_ERROR | E_CORE_ERROR | E_COMPILE_ERROR |
# E_USER_ERROR | E_RECOVERABLE_ERROR | E_PARSE), PHP 8.
_SILENCED_MASK = 4437

_LABELS = {
    E_ERROR: "Fatal error", E_CORE_ERROR: "Fatal error", E_COMPILE_ERROR: "Fatal error",
    E_USER_ERROR: "Fatal error", E_RECOVERABLE_ERROR: "Recoverable fatal error",
    E_WARNING: "Warning", E_CORE_WARNING: "Warning", E_COMPILE_WARNING: "Warning",
    E_USER_WARNING: "Warning", E_PARSE: "Parse error", E_NOTICE: "Notice",
    E_USER_NOTICE: "Notice", E_STRICT: "Strict Standards", E_DEPRECATED: "Deprecated",
    E_USER_DEPRECATED: "Deprecated",
}

Handler = Callable[..., Any]


class PhpWarning(Warning, Exception):
    """A PHP warning/notice raised as an exception (see ``raise_warnings``)."""

    def __init__(self, errno: int, message: str, file: str, line: int) -> None:
        super().__init__(message)
        self.errno = errno
        self.message = message
        self.file = file
        self.line = line


class _State:
    def __init__(self) -> None:
        self.handlers: list[tuple[Handler | None, int]] = []
        self.reporting = E_ALL
        self.silenced = 0
        self.last: dict[str, Any] | None = None
        self.raising = False
        self.in_handler = False
        self.display: str | None = None  # ini display_errors: None, "stdout" or "stderr"
        self.log = True  # ini log_errors (to stderr: error_log is unset)


_state = _State()
_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep


def _caller() -> tuple[str, int]:
    frame = sys._getframe(1)
    while frame is not None:
        filename = frame.f_code.co_filename
        if not os.path.abspath(filename).startswith(_PACKAGE_DIR) and not filename.startswith("<frozen"):
            return filename, frame.f_lineno
        frame = frame.f_back  # type: ignore[assignment]
    return "Unknown", 0


def emit_default(level: int, message: str, file: str, line: int) -> None:
    """PHP's default error handler for an error raised at ``file``:``line``
    (what ``report()`` falls through to; also how an uncaught exception is
    printed)."""
    _default(level, message, file, line)


def _default(level: int, message: str, file: str, line: int) -> None:
    _state.last = {"type": level, "message": message, "file": file, "line": line}
    if (_state.silenced and not (level & _UNHANDLED)) or not (_state.reporting & level):
        return
    if _state.raising:
        raise PhpWarning(level, message, file, line)
    from .output import write_stderr, write_stdout

    label = _LABELS.get(level, "Unknown error")
    if _state.display == "stderr":
        write_stderr(f"{label}: {message} in {file} on line {line}\n".encode("utf-8", "surrogateescape"))
    elif _state.display:
        write_stdout(f"\n{label}: {message} in {file} on line {line}\n".encode("utf-8", "surrogateescape"))
    if _state.log:
        write_stderr(f"PHP {label}:  {message} in {file} on line {line}\n".encode("utf-8", "surrogateescape"))


def report(level: int, message: str) -> None:
    """Raise a PHP error of ``level`` with PHP's exact ``message`` text."""
    file, line = _caller()
    if _state.handlers and not _state.in_handler and not (level & _UNHANDLED):
        handler, mask = _state.handlers[-1]
        if handler is not None and (mask & level):
            # While a user handler runs, PHP sends errors raised inside it
            # straight to the default handler (no recursion, no stack walk).
            _state.in_handler = True
            try:
                result = call_user(handler, level, message, file, line)
            finally:
                _state.in_handler = False
            if result is not False:
                return
    _default(level, message, file, line)


def set_error_display(display_errors: bool | str = False, log_errors: bool = True) -> None:
    """PHP's ini ``display_errors`` and ``log_errors`` for the default handler.

    The default is PHP CLI's production setting (display off, log to stderr as
    ``PHP Warning:  ...``).  With display on, PHP CLI prints
    ``\nWarning: ... in F on line N\n`` to stdout (``"stderr"``: the same
    without the leading newline, to stderr);
    logging, independent of it, writes the ``PHP Warning:  ...`` line to stderr.
    """
    if isinstance(display_errors, str):
        lowered = display_errors.strip().lower()
        _state.display = "stderr" if lowered == "stderr" else (
            "stdout" if lowered in ("1", "on", "yes", "true", "stdout") else None)
    else:
        _state.display = "stdout" if display_errors else None
    _state.log = bool(log_errors)


def set_error_handler(callback: Handler | None, error_levels: int = E_ALL) -> Handler | None:
    """Install ``callback(errno, errstr, errfile, errline)``; return the previous one."""
    previous = _state.handlers[-1][0] if _state.handlers else None
    _state.handlers.append((callback, error_levels))
    return previous


def restore_error_handler() -> bool:
    if _state.handlers:
        _state.handlers.pop()
    return True


def error_reporting(error_level: int | str | None = None) -> int:
    """Read (and with an argument, set) the reporting mask; 4437 under ``@``."""
    from ._core.values import nullable_int_arg

    level = nullable_int_arg(error_level, "error_reporting", 1, "error_level")
    old = _state.reporting & _SILENCED_MASK if _state.silenced else _state.reporting
    if level is not None:
        _state.reporting = level
    return old


def error_get_last() -> dict[str, Any] | None:
    return dict(_state.last) if _state.last is not None else None


def error_clear_last() -> None:
    _state.last = None


@contextlib.contextmanager
def silence() -> Iterator[None]:
    """PHP's ``@``: within the block, the default handler prints nothing."""
    _state.silenced += 1
    try:
        yield
    finally:
        _state.silenced -= 1


@contextlib.contextmanager
def raise_warnings(enabled: bool = True) -> Iterator[None]:
    """Opt in: what PHP would print as a warning is raised as ``PhpWarning``."""
    old = _state.raising
    _state.raising = enabled
    try:
        yield
    finally:
        _state.raising = old


def trigger_error(message: str, error_level: int = E_USER_NOTICE) -> bool:
    if error_level not in (E_USER_ERROR, E_USER_WARNING, E_USER_NOTICE, E_USER_DEPRECATED):
        from ._core.failures import PhpValueError

        raise PhpValueError(
            "trigger_error(): Argument #2 ($error_level) must be one of E_USER_ERROR,"
            " E_USER_WARNING, E_USER_NOTICE, or E_USER_DEPRECATED"
        )
    report(error_level, message)
    if error_level == E_USER_ERROR:
        from ._core.failures import PhpExit

        raise PhpExit(255)
    return True


user_error = trigger_error
