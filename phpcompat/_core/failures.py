"""Failures: how the core says "this PHP call fails" without warning anybody.

This module owns the exception types that cross the boundary between the core
(streams, wrappers, filters) and the PHP-named facade.  The core raises
``PhpFailure`` carrying PHP's exact message; only the facade turns it into
PHP's warning plus ``False`` (see ``phpcompat._core.facade``).  ``PhpTypeError``
and ``PhpValueError`` are PHP 8's ``TypeError``/``ValueError``: they are real
subclasses of Python's built-ins and propagate to the caller unchanged.
"""

from __future__ import annotations

__all__ = [
    "PhpFailure",
    "PhpTypeError",
    "PhpValueError",
    "PhpError",
    "PhpArgumentCountError",
    "PhpExit",
]

# (level, param, message): one warning to emit before the failure's own.
Note = tuple[int, str, str]


class PhpFailure(Exception):
    """A PHP function fails: warn with ``message`` (at ``level``) and return False.

    ``param`` is what PHP prints between the parentheses of ``func(...)`` in the
    warning (``fopen(/no/such): Failed to open stream: ...``); ``before`` lists
    warnings PHP emits first (the unknown-wrapper warning, for example).
    ``result`` is the value the facade returns instead of False, for the few
    functions that warn and return something else (``fwrite`` returns 0 ...).
    """

    def __init__(
        self,
        message: str,
        *,
        level: int = 2,
        param: str = "",
        before: tuple[Note, ...] = (),
        result: object = False,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.level = level
        self.param = param
        self.before = before
        self.result = result


class PhpTypeError(TypeError):
    """PHP 8 ``TypeError``: ``str(e)`` is PHP's ``getMessage()``."""


class PhpValueError(ValueError):
    """PHP 8 ``ValueError``: ``str(e)`` is PHP's ``getMessage()``."""


class PhpError(Exception):
    """PHP's ``Error`` (not a TypeError/ValueError), e.g. calling an undefined method."""


class PhpArgumentCountError(PhpTypeError):
    """PHP 8's ``ArgumentCountError`` (a ``TypeError`` in PHP too): ``str(e)`` is its message."""


class PhpExit(SystemExit):
    """``exit``/``die``: a SystemExit carrying PHP's exit status."""
