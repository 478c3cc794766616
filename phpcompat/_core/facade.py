"""The one boundary: core failures become PHP's warning plus ``False`` here.

Every PHP-named function catches ``PhpFailure`` and hands it to ``fail()``,
which emits the warnings PHP emits (``func(param): message``) and returns the
failure's result (``False`` unless PHP returns something else).  Nothing below
the facade warns or returns False.  This module also resolves resource
arguments the way zend_fetch_resource does, with PHP 8's messages, and
(``php_arity``) turns a call with the wrong arguments into PHP's
``ArgumentCountError``/``Error`` instead of Python's binding ``TypeError``.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, TypeVar

from ..errors import report
from .failures import PhpArgumentCountError, PhpError, PhpFailure, PhpTypeError
from .resources import Resource
from .values import result_str, type_name

__all__ = ["fail", "warn", "resource_arg", "payload_arg", "php_arity"]

_F = TypeVar("_F", bound=Callable[..., Any])


def fail(func: str, failure: PhpFailure) -> Any:
    """Emit ``failure`` as PHP would from ``func`` and return its result.

    A failure with an empty message is one PHP fails silently; a ``bytes``
    result is data read before the error, returned as a PHP string.
    """
    for level, param, message in failure.before:
        report(level, f"{func}({param}): {message}")
    if failure.message:
        report(failure.level, f"{func}({failure.param}): {failure.message}")
    result = failure.result
    return result_str(result) if isinstance(result, bytes) else result


def warn(func: str, message: str, level: int = 2, param: str = "") -> None:
    """A warning that does not end the call (PHP goes on after it)."""
    report(level, f"{func}({param}): {message}")


def resource_arg(value: object, func: str, argnum: int = 1, name: str = "stream") -> Resource:
    """A ``resource`` parameter: PHP's TypeError when it is anything else."""
    if isinstance(value, Resource):
        return value
    raise PhpTypeError(
        f"{func}(): Argument #{argnum} (${name}) must be of type resource, {type_name(value)} given"
    )


def payload_arg(
    value: object,
    func: str,
    kinds: tuple[type, ...],
    what: str = "stream",
    argnum: int = 1,
    name: str = "stream",
) -> Any:
    """The live payload of a resource of one of ``kinds`` (a stream, a context...).

    A closed resource or one of another type gives PHP's
    ``supplied resource is not a valid <what> resource`` TypeError.
    """
    if type(value) is Resource:
        payload = value.payload
        if isinstance(payload, kinds):
            return payload
    else:
        resource_arg(value, func, argnum, name)
    raise PhpTypeError(f"{func}(): supplied resource is not a valid {what} resource")


def _required(param: inspect.Parameter) -> bool:
    """PHP requires it: no default, or a bare ``object()`` sentinel the function checks itself."""
    return param.default is param.empty or type(param.default) is object


class _Arity:
    """What PHP knows of a function's parameters, read from its Python signature.

    PHP's names drop the trailing ``_`` Python needs for keywords (``return_``).
    A parameter whose default is a bare ``object()`` sentinel is one the function
    reports missing itself (``var_dump(value=_MISSING)``): PHP requires it.
    """

    def __init__(self, fn: Callable[..., Any], name: str | None) -> None:
        params = inspect.signature(fn).parameters.values()
        named = [p for p in params if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)]
        positional = [p for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
        self.func = name or fn.__name__.rstrip("_")
        self.names = [p.name for p in positional] + [p.name for p in named if p.kind is p.KEYWORD_ONLY]
        self.index = {p.name: self.names.index(p.name) for p in named}
        self.required = [_required(p) for p in positional] + [
            _required(p) for p in named if p.kind is p.KEYWORD_ONLY
        ]
        self.max = len(positional)
        self.variadic = any(p.kind is p.VAR_POSITIONAL for p in params)
        self.any_named = any(p.kind is p.VAR_KEYWORD for p in params)

    def error(self, nargs: int, kwargs: dict[str, Any]) -> Exception | None:
        """PHP's exception for a call with ``nargs`` positional and ``kwargs`` named arguments."""
        filled = set(range(nargs))
        unknown = False
        for name in kwargs:  # named arguments are bound first, in order (zend_handle_named_arg)
            where = self.index.get(name)
            if where is None:
                if self.any_named:
                    continue
                if not self.variadic:
                    return PhpError(f"Unknown named parameter ${name}")
                unknown = True  # collected, then refused by the function itself
            elif where in filled:
                return PhpError(f"Named parameter ${name.rstrip('_')} overwrites previous argument")
            else:
                filled.add(where)
        given = max(filled) + 1 if filled else 0
        for where in range(given):  # a hole before the last argument passed (zend_handle_undef_args)
            if where not in filled and self.required[where]:
                return PhpArgumentCountError(
                    f"{self.func}(): Argument #{where + 1} (${self.names[where].rstrip('_')}) not passed"
                )
        least = sum(self.required)
        exact = least == self.max and not self.variadic
        if given < least:
            return self._count("exactly" if exact else "at least", least, given)
        if given > self.max and not self.variadic:
            return self._count("exactly" if exact else "at most", self.max, given)
        if unknown:
            return PhpArgumentCountError(f"{self.func}() does not accept unknown named parameters")
        return None

    def _count(self, how: str, count: int, given: int) -> PhpArgumentCountError:
        noun = "argument" if count == 1 else "arguments"
        return PhpArgumentCountError(f"{self.func}() expects {how} {count} {noun}, {given} given")


def php_arity(fn: _F, name: str | None = None) -> _F:
    """``fn`` with PHP's errors for a call it cannot bind.

    Python's own ``TypeError`` (``missing 1 required positional argument``)
    becomes PHP 8.2's ``ArgumentCountError`` (``expects at least 2 arguments,
    1 given``, ``Argument #1 ($stream) not passed``) or ``Error`` (``Unknown
    named parameter $x``).  Only a TypeError raised while binding the call is
    translated - one with no frame inside ``fn``; TypeErrors ``fn`` raises
    itself pass unchanged.  Costs one Python frame per call.  ``name`` is the
    PHP name the messages use (by default ``fn``'s own, without a trailing ``_``).
    """
    arity: list[_Arity] = []

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except TypeError as exc:
            if exc.__traceback__ is None or exc.__traceback__.tb_next is not None:
                raise
            if not arity:
                arity.append(_Arity(fn, name))
            error = arity[0].error(len(args), kwargs)
            if error is None:
                raise
            raise error from None

    return wrapper  # type: ignore[return-value]
