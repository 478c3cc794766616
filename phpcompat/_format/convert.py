"""PHP's explicit casts: what ``sprintf``'s ``%d``/``%f``/``%s`` do to an argument.

These are ``zval_get_long``, ``zval_get_double`` and ``zval_get_string`` - the
lenient conversions (no TypeError, leading numeric prefix of a string taken
silently), not the weak-mode parameter rules of ``phpcompat._core.values``.
This module also owns how a Python value stands for a PHP value where the
mapping is not one to one: an ``int`` outside PHP's 64-bit range is the float
PHP would have produced by overflowing, a ``Ref`` stands for its value.
"""

from __future__ import annotations

import math
import re

from .._core.failures import PhpArgumentCountError
from .._core.resources import Resource
from .._core.values import Ref, php_bytes

__all__ = ["PhpArgumentCountError", "INT_MIN", "INT_MAX", "normalize", "to_long", "to_double", "to_string"]

INT_MIN = -(2**63)
INT_MAX = 2**63 - 1
_TWO64 = 2**64


def normalize(value: object) -> object:
    """The PHP value a Python value stands for: Refs unwrapped, big ints as floats."""
    while isinstance(value, Ref):
        value = value.value
    if type(value) is int and not INT_MIN <= value <= INT_MAX:
        return float(value)
    return value


# is_numeric_string() with allow_errors: the numeric prefix of a string.
_NUMERIC_PREFIX = re.compile(rb"[ \t\n\r\v\f]*([+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)")


def float_to_long(value: float) -> int:
    """zend_dval_to_lval: out-of-range floats wrap modulo 2**64, INF/NAN give 0."""
    if not math.isfinite(value):
        return 0
    if -(2.0**63) <= value < 2.0**63:
        return int(value)
    wrapped = int(value) % _TWO64
    return wrapped - _TWO64 if wrapped > INT_MAX else wrapped


def _string_to_long(data: bytes) -> int:
    match = _NUMERIC_PREFIX.match(data)
    if match is None:
        return 0
    text = match.group(1)
    if not re.search(rb"[.eE]", text):
        number = int(text)
        if INT_MIN <= number <= INT_MAX:
            return number
    # zend_dval_to_lval_cap: a float string saturates instead of wrapping.
    value = float(text)
    if not math.isfinite(value):
        return 0
    if not -(2.0**63) <= value < 2.0**63:
        return INT_MAX if value > 0 else INT_MIN
    return int(value)


def _object_warning(value: object, target: str) -> None:
    from ..errors import report

    report(2, f"Object of class {type(value).__name__} could not be converted to {target}")


def to_long(value: object) -> int:
    """``(int)$value`` as ``zval_get_long`` computes it."""
    value = normalize(value)
    if value is None or value is False:
        return 0
    if value is True:
        return 1
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return float_to_long(value)
    if isinstance(value, (str, bytes, bytearray, memoryview)):
        return _string_to_long(php_bytes(value) if isinstance(value, str) else bytes(value))
    if isinstance(value, (list, tuple, dict)):
        return 1 if value else 0
    if isinstance(value, Resource):
        return value.id
    _object_warning(value, "int")
    return 1


def to_double(value: object) -> float:
    """``(float)$value`` as ``zval_get_double`` computes it."""
    value = normalize(value)
    if value is None or value is False:
        return 0.0
    if value is True:
        return 1.0
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, (str, bytes, bytearray, memoryview)):
        match = _NUMERIC_PREFIX.match(php_bytes(value) if isinstance(value, str) else bytes(value))
        return float(match.group(1)) if match else 0.0
    if isinstance(value, (list, tuple, dict)):
        return 1.0 if value else 0.0
    if isinstance(value, Resource):
        return float(value.id)
    _object_warning(value, "float")
    return 1.0


def to_string(value: object) -> bytes:
    """``(string)$value`` as ``zval_get_string`` computes it (bytes)."""
    value = normalize(value)
    if isinstance(value, tuple):
        value = list(value)
    return php_bytes(value)
