"""PHP's value printers and the printf family: ``var_dump``, ``print_r``, ``var_export``,
``printf``, ``sprintf``, ``vsprintf``, ``vprintf``, ``fprintf``, ``vfprintf``.

This module is the facade: it checks arguments as PHP 8.2 does, runs the
engines of ``phpcompat._format`` (which only compute bytes) and owns where the
result goes - ``phpcompat.output.write_stdout`` for the printing functions, a
stream for ``fprintf``/``vfprintf``, the return value otherwise (``str``, or
``bytes`` under ``binary_strings()``).  Lengths are PHP's: bytes.

Names: PHP's ``$return`` parameter of ``print_r``/``var_export`` is a Python
keyword, so it is spelled ``return_`` (``print_r(x, return_=True)``, or
positionally ``print_r(x, True)``).

How Python values print (array keys, object properties, visibility, object
ids) is described in ``phpcompat._format.dump``; in short: a ``list`` is an
array with keys 0..n-1, a ``dict`` an array in insertion order whose
integer-like string keys print as the int keys PHP would have made of them
(``{"1": "a"}`` prints ``[1]=>``), ``stdClass``/``SimpleNamespace`` are
``stdClass``, other objects show their attributes (``_x`` protected,
``__x`` private).

Errors are PHP's: ``ValueError`` for a bad format (``Unknown format specifier
"y"``), ``PhpArgumentCountError`` (a ``TypeError``, as PHP's
``ArgumentCountError`` is) when arguments are missing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from ._core.facade import fail, resource_arg
from ._core.failures import PhpFailure, PhpTypeError
from ._core.values import bool_arg, result_str, str_arg, type_name
from ._format.convert import PhpArgumentCountError
from ._format.dump import print_r_bytes, spl_object_id, stdClass, var_dump_bytes, var_export_bytes
from ._format.printf import format_bytes
from .errors import report
from .output import write_stdout

__all__ = [
    "PhpArgumentCountError",
    "stdClass",
    "spl_object_id",
    "var_dump",
    "print_r",
    "var_export",
    "printf",
    "sprintf",
    "vsprintf",
    "vprintf",
    "fprintf",
    "vfprintf",
]

_MISSING: object = object()


def _at_least(func: str, needed: int, given: int) -> PhpArgumentCountError:
    noun = "argument" if needed == 1 else "arguments"
    return PhpArgumentCountError(f"{func}() expects at least {needed} {noun}, {given} given")


def _values_arg(values: object, func: str, argnum: int = 2) -> list[object]:
    """The ``array $values`` of the ``v*printf`` family: its values in order."""
    if isinstance(values, dict):
        return list(values.values())
    if isinstance(values, (list, tuple)):
        return list(values)
    raise PhpTypeError(
        f"{func}(): Argument #{argnum} ($values) must be of type array, {type_name(values)} given"
    )


def _format(func: str, format: object, values: Sequence[object]) -> bytes:  # noqa: A002
    return format_bytes(func, str_arg(format, func, 1, "format"), values, 1)


# ---------------------------------------------------------------- dumpers

def var_dump(value: object = _MISSING, *values: object) -> None:
    """PHP's ``var_dump``: each value's type and content, printed."""
    if value is _MISSING:
        raise _at_least("var_dump", 1, 0)
    for item in (value, *values):
        write_stdout(var_dump_bytes(item))


def print_r(value: object, return_: object = False) -> str | bytes | Literal[True]:
    """PHP's ``print_r``: printed (returns True) or, with ``return_``, returned."""
    wanted = bool_arg(return_, "print_r", 2, "return")
    data = print_r_bytes(value)
    if wanted:
        return result_str(data)
    write_stdout(data)
    return True


def var_export(value: object, return_: object = False) -> str | bytes | None:
    """PHP's ``var_export``: parsable PHP code for ``value``, printed or returned."""
    wanted = bool_arg(return_, "var_export", 2, "return")
    data = var_export_bytes(value, lambda: report(2, "var_export does not handle circular references"))
    if wanted:
        return result_str(data)
    write_stdout(data)
    return None


# ---------------------------------------------------------------- printf family

def sprintf(format: object = _MISSING, *values: object) -> str | bytes:  # noqa: A002 - PHP's name
    """PHP's ``sprintf``: the formatted string."""
    if format is _MISSING:
        raise _at_least("sprintf", 1, 0)
    return result_str(_format("sprintf", format, values))


def printf(format: object = _MISSING, *values: object) -> int:  # noqa: A002
    """PHP's ``printf``: prints the formatted string, returns its length in bytes."""
    if format is _MISSING:
        raise _at_least("printf", 1, 0)
    data = _format("printf", format, values)
    write_stdout(data)
    return len(data)


def vsprintf(format: object, values: object) -> str | bytes:  # noqa: A002
    """PHP's ``vsprintf``: ``sprintf`` with the values in an array."""
    fmt = str_arg(format, "vsprintf", 1, "format")
    return result_str(format_bytes("vsprintf", fmt, _values_arg(values, "vsprintf"), -1))


def vprintf(format: object, values: object) -> int:  # noqa: A002
    """PHP's ``vprintf``: ``printf`` with the values in an array."""
    fmt = str_arg(format, "vprintf", 1, "format")
    data = format_bytes("vprintf", fmt, _values_arg(values, "vprintf"), -1)
    write_stdout(data)
    return len(data)


def _stream(func: str, stream: object) -> Any:
    """The PhpStream behind a stream resource (closed or not a stream: PHP's TypeError)."""
    # Imported here: the stream layer imports the facade, not the other way round.
    from ._core.stream import stream_arg

    return stream_arg(stream, func)


def _write(func: str, target: Any, data: bytes) -> int:
    try:
        target.write(data)
    except PhpFailure as failure:
        fail(func, failure)
    # PHP returns the formatted length whatever the stream took.
    return len(data)


def fprintf(stream: object = _MISSING, format: object = _MISSING, *values: object) -> int:  # noqa: A002
    """PHP's ``fprintf``: writes the formatted string to a stream, returns its length."""
    if format is _MISSING:
        raise _at_least("fprintf", 2, 0 if stream is _MISSING else 1)
    # PHP's order: parameter types, then the stream itself, then the format.
    resource_arg(stream, "fprintf", 1, "stream")
    fmt = str_arg(format, "fprintf", 2, "format")
    target = _stream("fprintf", stream)
    return _write("fprintf", target, format_bytes("fprintf", fmt, values, 2))


def vfprintf(stream: object, format: object, values: object) -> int:  # noqa: A002
    """PHP's ``vfprintf``: ``fprintf`` with the values in an array."""
    resource_arg(stream, "vfprintf", 1, "stream")
    fmt = str_arg(format, "vfprintf", 2, "format")
    items = _values_arg(values, "vfprintf", 3)
    target = _stream("vfprintf", stream)
    return _write("vfprintf", target, format_bytes("vfprintf", fmt, items, -1))
