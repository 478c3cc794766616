"""Calling user callbacks the way PHP calls them.

PHP passes every argument a callback is due (an error handler gets errno,
errstr, errfile, errline; a signal handler gets signo and siginfo); a user
function that declares fewer parameters simply never sees the rest.  Python
raises TypeError for extra arguments, so this module owns the one rule that
trims them: ``call_user(fn, *args)``.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

__all__ = ["call_user", "positional_arity"]


def positional_arity(fn: Callable[..., Any], most: int) -> int:
    """How many leading positional arguments ``fn`` accepts, at most ``most``."""
    try:
        params = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):  # no signature to read (some builtins): pass all
        return most
    count = 0
    for p in params:
        if p.kind is p.VAR_POSITIONAL:
            return most
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD):
            count += 1
    return min(count, most)


def call_user(fn: Callable[..., Any], *args: Any) -> Any:
    """Call ``fn`` with as many of ``args`` as it declares, as PHP does."""
    return fn(*args[: positional_arity(fn, len(args))])
