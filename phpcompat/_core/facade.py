"""The one boundary: core failures become PHP's warning plus ``False`` here.

Every PHP-named function catches ``PhpFailure`` and hands it to ``fail()``,
which emits the warnings PHP emits (``func(param): message``) and returns the
failure's result (``False`` unless PHP returns something else).  Nothing below
the facade warns or returns False.  This module also resolves resource
arguments the way zend_fetch_resource does, with PHP 8's messages.
"""

from __future__ import annotations

from typing import Any

from ..errors import report
from .failures import PhpFailure, PhpTypeError
from .resources import Resource
from .values import result_str, type_name

__all__ = ["fail", "warn", "resource_arg", "payload_arg"]


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
