"""PHP values in Python: strings, numbers, conversions and argument coercion.

This module owns the mapping of API-CONTRACT section 2: a PHP string is a
Python ``str`` holding the bytes decoded as UTF-8 with ``surrogateescape`` (so
every byte sequence round-trips), lengths count bytes, floats print as PHP
prints them, and the coercive ("weak mode") argument rules of PHP 8.2 decide
what a parameter of type string/int/bool/float accepts.  It also owns the
binary-strings switch (``binary_strings()``) and ``Ref`` for by-reference
scalars.
"""

from __future__ import annotations

import contextlib
import math
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any, Generic, TypeVar

from .failures import PhpError, PhpTypeError, PhpValueError

__all__ = [
    "Ref",
    "binary_strings",
    "is_binary",
    "to_bytes",
    "decode",
    "result_str",
    "php_str",
    "php_bytes",
    "float_to_string",
    "float_repr",
    "type_name",
    "str_arg",
    "path_arg",
    "int_arg",
    "bool_arg",
    "float_arg",
    "nullable_int_arg",
    "nullable_str_arg",
    "strlen_bytes",
]

T = TypeVar("T")


class Ref(Generic[T]):
    """A by-reference scalar: PHP's ``&$errno``.  The callee sets ``.value``."""

    __slots__ = ("value",)

    def __init__(self, value: Any = None) -> None:
        self.value = value

    def __repr__(self) -> str:
        return f"Ref({self.value!r})"


class _Mode:
    binary = False


_MODE = _Mode()


@contextlib.contextmanager
def binary_strings(enabled: bool = True) -> Iterator[None]:
    """Within the block, functions that return PHP string data return ``bytes``.

    Outside it they return ``str`` (UTF-8, ``surrogateescape``).  Arguments
    accept both at all times.
    """
    old = _MODE.binary
    _MODE.binary = enabled
    try:
        yield
    finally:
        _MODE.binary = old


def is_binary() -> bool:
    return _MODE.binary


def decode(data: bytes) -> str:
    """Bytes as a PHP string in Python: UTF-8 with surrogateescape (lossless)."""
    return data.decode("utf-8", "surrogateescape")


def result_str(data: bytes) -> str | bytes:
    """A string result: ``str`` normally, the bytes themselves in binary mode."""
    if _MODE.binary:
        return data
    return data.decode("utf-8", "surrogateescape")


def to_bytes(value: str | bytes | bytearray | memoryview) -> bytes:
    """The exact bytes of a string value (inverse of :func:`decode`)."""
    if isinstance(value, str):
        return value.encode("utf-8", "surrogateescape")
    return bytes(value)


def strlen_bytes(value: str | bytes) -> int:
    if isinstance(value, str):
        if value.isascii():
            return len(value)
        return len(value.encode("utf-8", "surrogateescape"))
    return len(value)


# ---------------------------------------------------------------- floats

def _digits(value: float, mode0: bool, ndigit: int) -> tuple[str, int]:
    """zend_dtoa: significant digits (no trailing zeros) and decimal point position."""
    if value == 0.0:
        return "0", 1
    text = repr(value) if mode0 else f"{value:.{ndigit - 1}e}"
    sign, digits, exponent = Decimal(text).as_tuple()
    assert isinstance(exponent, int)
    raw = "".join(map(str, digits))
    decpt = len(raw) + exponent
    return raw.rstrip("0") or "0", decpt


def _gcvt(value: float, ndigit: int, mode0: bool) -> str:
    """php_gcvt: PHP's %G/%H formatting of a float."""
    if math.isnan(value):
        return "NAN"
    if math.isinf(value):
        return "INF" if value > 0 else "-INF"
    neg = math.copysign(1.0, value) < 0
    digits, decpt = _digits(abs(value), mode0, ndigit)
    sign = "-" if neg else ""
    if (decpt < -3) if decpt < 0 else (decpt > ndigit):
        exp = decpt - 1
        mant = digits[0] + "." + (digits[1:] or "0")
        return f"{sign}{mant}E{'-' if exp < 0 else '+'}{abs(exp)}"
    if decpt <= 0:
        return f"{sign}0.{'0' * -decpt}{digits}"
    if len(digits) <= decpt:
        return sign + digits + "0" * (decpt - len(digits))
    return f"{sign}{digits[:decpt]}.{digits[decpt:]}"


def float_to_string(value: float, precision: int = 14) -> str:
    """A float converted to string as ``echo`` does (ini ``precision`` = 14)."""
    return _gcvt(value, precision or 1, False)


def float_repr(value: float) -> str:
    """A float as ``var_dump``/``var_export`` print it (serialize_precision = -1)."""
    return _gcvt(value, 17, True)


# ---------------------------------------------------------------- conversions

def php_str(value: object) -> str:
    """PHP's (string) cast, as ``echo`` applies it, returning a Python str."""
    if isinstance(value, str):
        return value
    if value is True:
        return "1"
    if value is False or value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return float_to_string(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return decode(bytes(value))
    if isinstance(value, (list, dict)):
        # PHP warns "Array to string conversion" and prints "Array".
        from ..errors import report

        report(2, "Array to string conversion")
        return "Array"
    to_string = getattr(value, "__toString", None) or getattr(value, "__str__", None)
    from .resources import Resource

    if isinstance(value, Resource):
        return f"Resource id #{value.id}"
    if to_string is not None and type(value).__str__ is not object.__str__:
        return str(value)
    raise PhpError(f"Object of class {type(value).__name__} could not be converted to string")


def php_bytes(value: object) -> bytes:
    """PHP's (string) cast as bytes."""
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode("utf-8", "surrogateescape")
    return php_str(value).encode("utf-8", "surrogateescape")


def type_name(value: object) -> str:
    """zend_zval_type_name: the type PHP 8.2 names in TypeError messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    if isinstance(value, (str, bytes, bytearray, memoryview)):
        return "string"
    if isinstance(value, (list, dict, tuple)):
        return "array"
    from .resources import Resource

    if isinstance(value, Resource):
        return "resource"
    return type(value).__name__


def _type_error(func: str, argnum: int, name: str, expected: str, value: object) -> PhpTypeError:
    return PhpTypeError(
        f"{func}(): Argument #{argnum} (${name}) must be of type {expected}, {type_name(value)} given"
    )


def _null_deprecated(func: str, argnum: int, name: str, expected: str) -> None:
    from ..errors import report

    report(
        8192,
        f"{func}(): Passing null to parameter #{argnum} (${name}) of type {expected} is deprecated",
    )


def str_arg(value: object, func: str, argnum: int, name: str) -> bytes:
    """A ``string`` parameter in PHP's weak mode, as bytes."""
    if isinstance(value, str):
        return value.encode("utf-8", "surrogateescape")
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    if value is None:
        _null_deprecated(func, argnum, name, "string")
        return b""
    if isinstance(value, (bool, int, float)):
        return php_str(value).encode("ascii")
    if isinstance(value, (list, dict, tuple)):
        raise _type_error(func, argnum, name, "string", value)
    from .resources import Resource

    if isinstance(value, Resource):
        raise _type_error(func, argnum, name, "string", value)
    if type(value).__str__ is not object.__str__:
        return str(value).encode("utf-8", "surrogateescape")
    raise _type_error(func, argnum, name, "string", value)


def path_arg(value: object, func: str, argnum: int, name: str) -> bytes:
    """A path parameter (``p`` in zpp): a string without NUL bytes."""
    data = str_arg(value, func, argnum, name)
    if b"\0" in data:
        raise PhpValueError(f"{func}(): Argument #{argnum} (${name}) must not contain any null bytes")
    return data


_INT_RE = re.compile(rb"^[ \t\n\r\v\f]*[+-]?[0-9]+[ \t\n\r\v\f]*$")
_FLOAT_RE = re.compile(
    rb"^[ \t\n\r\v\f]*[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?[ \t\n\r\v\f]*$"
)
_INT_MIN = -(2**63)
_INT_MAX = 2**63 - 1


def _float_to_int(value: float, func: str, argnum: int, name: str, original: object, what: str) -> int:
    if not math.isfinite(value) or not (_INT_MIN <= value < 2.0**63):
        raise _type_error(func, argnum, name, "int", original)
    result = int(value)
    if result != value:
        from ..errors import report

        if what == "string" and isinstance(original, bytes):
            shown = f'float-string "{decode(original)}"'
        else:
            shown = f"float {float_repr(value)}"
        report(8192, f"Implicit conversion from {shown} to int loses precision")
    return result


def int_arg(value: object, func: str, argnum: int, name: str) -> int:
    """An ``int`` parameter in PHP's weak mode."""
    if type(value) is int:
        if _INT_MIN <= value <= _INT_MAX:
            return value
        raise _type_error(func, argnum, name, "int", 0.0)
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return _float_to_int(value, func, argnum, name, value, "float")
    if value is None:
        _null_deprecated(func, argnum, name, "int")
        return 0
    if isinstance(value, (str, bytes, bytearray, memoryview)):
        data = to_bytes(value)
        if _INT_RE.match(data):
            number = int(data)
            if _INT_MIN <= number <= _INT_MAX:
                return number
            return _float_to_int(float(number), func, argnum, name, value, "float")
        if _FLOAT_RE.match(data):
            return _float_to_int(float(data), func, argnum, name, data, "string")
    raise _type_error(func, argnum, name, "int", value)


def nullable_int_arg(value: object, func: str, argnum: int, name: str) -> int | None:
    """A ``?int`` parameter: None passes, PHP's TypeError names ``?int``."""
    if value is None:
        return None
    try:
        return int_arg(value, func, argnum, name)
    except PhpTypeError:
        raise _type_error(func, argnum, name, "?int", value) from None


def nullable_str_arg(value: object, func: str, argnum: int, name: str) -> bytes | None:
    """A ``?string`` parameter: None passes, PHP's TypeError names ``?string``."""
    if value is None:
        return None
    try:
        return str_arg(value, func, argnum, name)
    except PhpTypeError:
        raise _type_error(func, argnum, name, "?string", value) from None


def bool_arg(value: object, func: str, argnum: int, name: str) -> bool:
    """A ``bool`` parameter in PHP's weak mode."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return bool(value)
    if value is None:
        _null_deprecated(func, argnum, name, "bool")
        return False
    if isinstance(value, (str, bytes, bytearray, memoryview)):
        data = to_bytes(value)
        return data not in (b"", b"0")
    raise _type_error(func, argnum, name, "bool", value)


def float_arg(value: object, func: str, argnum: int, name: str) -> float:
    """A ``float`` parameter in PHP's weak mode."""
    if isinstance(value, (int, float)):
        return float(value)
    if value is None:
        _null_deprecated(func, argnum, name, "float")
        return 0.0
    if isinstance(value, (str, bytes, bytearray, memoryview)):
        data = to_bytes(value)
        if _FLOAT_RE.match(data):
            return float(data)
    raise _type_error(func, argnum, name, "float", value)
