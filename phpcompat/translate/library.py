"""PHP built-ins that translated programs need and the shim does not provide.

The shim (``phpcompat``) covers streams, files, output, processes and
errors.  A translated script also calls ``count``, ``implode``,
``array_map``, ``substr``, ``preg_match`` and throws ``Exception``; those live
here, under their PHP names, with PHP 8.2's results (byte offsets and lengths,
PHP's sort order, its warnings).  ``__all__`` leaves out every name the shim
exports, so ``from phpcompat import *`` and ``from ...library import *`` can be
combined in either order and the shim's version always wins.
"""

from __future__ import annotations

import base64
import binascii
import builtins
import hashlib
import math
import os
import random
import re
import sys
import time as _time
import zlib
from collections.abc import Callable
from typing import Any

from .._core.failures import PhpError, PhpExit, PhpTypeError, PhpValueError
from .._core.values import Ref, float_repr, php_str
from ..errors import E_DEPRECATED, E_WARNING, report
from . import runtime as php
from .runtime import Array

_py_max, _py_min, _py_abs, _py_round, _py_pow = (
    builtins.max,
    builtins.min,
    builtins.abs,
    builtins.round,
    builtins.pow,
)
_py_range, _py_hash, _py_chr, _py_ord = builtins.range, builtins.hash, builtins.chr, builtins.ord
_py_next = builtins.next


def _b(value: Any) -> bytes:
    if isinstance(value, str):
        return value.encode("utf-8", "surrogateescape")
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    return php_str(value).encode("utf-8", "surrogateescape")


def _s(data: bytes) -> str:
    return data.decode("utf-8", "surrogateescape")


def _str(value: Any) -> str:
    return value if type(value) is str else php_str(value)


def _caller_globals() -> dict[str, Any]:
    frame = sys._getframe(2)
    pkg = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    while frame is not None and os.path.abspath(frame.f_code.co_filename).startswith(pkg):
        frame = frame.f_back  # type: ignore[assignment]
    return frame.f_globals if frame is not None else {}


def _cb(callback: Any) -> Callable[..., Any]:
    if callable(callback) and not isinstance(callback, (str, list, dict)):
        return callback  # type: ignore[no-any-return]
    return php._callable(callback, _caller_globals())


def _items(value: Any) -> list[tuple[Any, Any]]:
    if isinstance(value, dict):
        return list(dict.items(value))
    if isinstance(value, list):
        return list(enumerate(value))
    return list(php.items(value))


def _vals(value: Any) -> list[Any]:
    if isinstance(value, dict):
        return list(dict.values(value))
    if isinstance(value, list):
        return list(value)
    return [v for _, v in php.items(value)]


def _array_arg(value: Any, func: str, argnum: int = 1, name: str = "array") -> Any:
    if isinstance(value, (dict, list)):
        return value
    raise PhpTypeError(
        f"{func}(): Argument #{argnum} (${name}) must be of type array, {php.type_name(value)} given"
    )


def _set_contents(target: Any, pairs: list[tuple[Any, Any]], renumber: bool) -> None:
    """Replace an array's contents in place (sort() and friends)."""
    if isinstance(target, list):
        target[:] = [v for _, v in pairs]
        return
    dict.clear(target)
    if isinstance(target, Array):
        target._next = 0
    if renumber:
        for v in pairs:
            target[len(target)] = v[1] if isinstance(target, Array) else v[1]
        if isinstance(target, Array):
            target._next = len(target)
    else:
        for k, v in pairs:
            target[k] = v


# ---------------------------------------------------------------- exceptions


class _Throwable:
    """PHP's Throwable methods, for every exception translated code sees."""

    def getMessage(self) -> str:  # noqa: N802
        msg = getattr(self, "message", None)
        if msg is None:
            return str(self.args[0]) if getattr(self, "args", None) else ""
        return php_str(msg)

    def getCode(self) -> Any:  # noqa: N802
        return getattr(self, "code", 0)

    def getPrevious(self) -> Any:  # noqa: N802
        return getattr(self, "previous", None) or getattr(self, "__cause__", None)

    def getFile(self) -> str:  # noqa: N802
        return _where(self)[0]

    def getLine(self) -> int:  # noqa: N802
        return _where(self)[1]

    def getTrace(self) -> Array:  # noqa: N802
        return Array()

    def getTraceAsString(self) -> str:  # noqa: N802
        return "\n".join(_trace_lines(self))  # type: ignore[arg-type]


def _where(exc: Any) -> tuple[str, int]:
    file = getattr(exc, "file", None)
    line = getattr(exc, "line", None)
    if file is not None and line is not None:
        return file, line
    tb = getattr(exc, "__traceback__", None)
    pkg = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    found = ("", 0)
    while tb is not None:
        fname = tb.tb_frame.f_code.co_filename
        if not os.path.abspath(fname).startswith(pkg):
            found = (fname, tb.tb_lineno)
        tb = tb.tb_next
    return found


def _origin() -> tuple[str, int]:
    frame = sys._getframe(1)
    pkg = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    while frame is not None:
        fname = frame.f_code.co_filename
        if not os.path.abspath(fname).startswith(pkg) and not fname.startswith("<frozen"):
            return fname, frame.f_lineno
        frame = frame.f_back  # type: ignore[assignment]
    return "", 0


class Exception(builtins.Exception, _Throwable):  # noqa: A001 - PHP's Exception
    """PHP's ``Exception``: ``new Exception($message, $code, $previous)``."""

    def __init__(self, message: Any = "", code: Any = 0, previous: Any = None) -> None:
        super().__init__(php_str(message))
        self.message = message
        self.code = code
        self.previous = previous
        self.file, self.line = _origin()

    def __str__(self) -> str:
        """``(string) $e``: class, message, where, and the stack trace, as PHP prints it."""
        return (
            f"{php.class_name(self)}: {php_str(self.message)} in {self.file}:{self.line}\n"
            f"Stack trace:\n{self.getTraceAsString()}"
        )


try:  # the shim's own class, so that catch (ArgumentCountError $e) catches what it raises
    from .._format.convert import PhpArgumentCountError as _ShimArgumentCountError
except ImportError:  # pragma: no cover - depends on the shim's layout
    _ShimArgumentCountError = None  # type: ignore[assignment,misc]

for _cls in (PhpError, PhpTypeError, PhpValueError, _ShimArgumentCountError):
    if _cls is None:
        continue
    for _name in (
        "getMessage",
        "getCode",
        "getPrevious",
        "getFile",
        "getLine",
        "getTrace",
        "getTraceAsString",
    ):
        if not hasattr(_cls, _name):
            setattr(_cls, _name, getattr(_Throwable, _name))


class ErrorException(Exception):
    def __init__(
        self,
        message: Any = "",
        code: Any = 0,
        severity: Any = 1,
        filename: Any = None,
        line: Any = None,
        previous: Any = None,
    ) -> None:
        super().__init__(message, code, previous)
        self.severity = severity
        if filename is not None:
            self.file = filename
        if line is not None:
            self.line = line

    def getSeverity(self) -> Any:  # noqa: N802
        return self.severity


class LogicException(Exception):
    pass


class BadFunctionCallException(LogicException):
    pass


class BadMethodCallException(BadFunctionCallException):
    pass


class DomainException(LogicException):
    pass


class InvalidArgumentException(LogicException):
    pass


class LengthException(LogicException):
    pass


class OutOfRangeException(LogicException):
    pass


class RuntimeException(Exception):
    pass


class OutOfBoundsException(RuntimeException):
    pass


class OverflowException(RuntimeException):
    pass


class RangeException(RuntimeException):
    pass


class UnderflowException(RuntimeException):
    pass


class UnexpectedValueException(RuntimeException):
    pass


class JsonException(Exception):
    pass


class _PhpErrorInit:
    def __init__(self, message: Any = "", code: Any = 0, previous: Any = None) -> None:
        builtins.Exception.__init__(self, php_str(message))  # type: ignore[arg-type]
        self.message = message
        self.code = code
        self.previous = previous


class ArithmeticError(_PhpErrorInit, PhpError):  # noqa: A001
    pass


class DivisionByZeroError(ArithmeticError):
    pass


class UnhandledMatchError(_PhpErrorInit, PhpError):
    pass


if _ShimArgumentCountError is not None:
    ArgumentCountError = _ShimArgumentCountError
else:  # pragma: no cover

    class ArgumentCountError(_PhpErrorInit, PhpTypeError):  # type: ignore[no-redef]
        pass


Error = PhpError


def catch_classes(name: str) -> list[type]:
    return [globals().get(name, PhpError)]


# interfaces: empty classes so `implements` and `instanceof` work
class Traversable:
    pass


class Iterator(Traversable):
    pass


class IteratorAggregate(Traversable):
    pass


class Countable:
    pass


class Stringable:
    pass


class JsonSerializable:
    pass


class ArrayAccess:
    """``$obj[$k]`` on an ArrayAccess object calls its offset* methods."""

    def __getitem__(self, k: Any) -> Any:
        return self.offsetGet(k)  # type: ignore[attr-defined]

    def __setitem__(self, k: Any, v: Any) -> None:
        self.offsetSet(k, v)  # type: ignore[attr-defined]

    def __delitem__(self, k: Any) -> None:
        self.offsetUnset(k)  # type: ignore[attr-defined]

    def __contains__(self, k: Any) -> bool:
        return bool(self.offsetExists(k))  # type: ignore[attr-defined]

    def append(self, v: Any) -> None:
        self.offsetSet(None, v)  # type: ignore[attr-defined]


UnitEnum = php.UnitEnum


class stdClass:  # noqa: N801
    """PHP's ``stdClass``: properties created on assignment."""


class ArrayIterator(Iterator, Countable, ArrayAccess):
    def __init__(self, array: Any = None) -> None:
        self._data = php.copy(array) if array is not None else Array()
        self._keys: list[Any] = []
        self._pos = 0

    def rewind(self) -> None:
        self._keys = list(php.keys(self._data))
        self._pos = 0

    def valid(self) -> bool:
        return self._pos < len(self._keys)

    def current(self) -> Any:
        return self._data[self._keys[self._pos]]

    def key(self) -> Any:
        return self._keys[self._pos]

    def next(self) -> None:
        self._pos += 1

    def count(self) -> int:
        return len(self._data)

    def offsetGet(self, k: Any) -> Any:  # noqa: N802
        return self._data[k]

    def offsetSet(self, k: Any, v: Any) -> None:  # noqa: N802
        if k is None:
            self._data.append(v)
        else:
            self._data[k] = v

    def offsetExists(self, k: Any) -> bool:  # noqa: N802
        return php.dig(self._data, k) is not None

    def offsetUnset(self, k: Any) -> None:  # noqa: N802
        php.unset_item(self._data, k)

    def getArrayCopy(self) -> Any:  # noqa: N802
        return php.copy(self._data)


class Generator(Iterator):
    """PHP's Generator: a Python generator of values and ``runtime.Keyed`` pairs, with PHP's keys."""

    def __init__(self, gen: Any) -> None:
        self._gen = gen
        self._started = False
        self._done = False
        self._key: Any = None
        self._value: Any = None
        self._auto = 0
        self._return: Any = None

    def _take(self, item: Any) -> None:
        if isinstance(item, php.Keyed):
            self._key, self._value = item.key, item.value
            if not item.delegated and isinstance(item.key, int) and item.key >= self._auto:
                self._auto = item.key + 1
        else:
            self._key, self._value = self._auto, item
            self._auto += 1

    def _step(self, send: Any = None) -> None:
        try:
            item = self._gen.send(send) if self._started else self._gen.send(None)
        except StopIteration as stop:
            self._done = True
            self._key = self._value = None
            self._return = stop.value
            self._started = True
            return
        self._started = True
        self._take(item)

    def _start(self) -> None:
        if not self._started:
            self._step()

    def current(self) -> Any:
        self._start()
        return self._value

    def key(self) -> Any:
        self._start()
        return self._key

    def next(self) -> None:
        self._start()
        if not self._done:
            self._step()

    def valid(self) -> bool:
        self._start()
        return not self._done

    def rewind(self) -> None:
        if self._started and (self._done or self._auto > 1):
            raise Exception("Cannot rewind a generator that was already run")
        self._start()

    def send(self, value: Any) -> Any:
        if not self._started:
            self._step()
        if self._done:
            return None
        self._step(value)
        return self._value

    def getReturn(self) -> Any:  # noqa: N802
        if not self._done:
            raise Exception("Cannot get return value of a generator that hasn't returned")
        return self._return

    def throw(self, exception: Any) -> Any:
        self._start()
        try:
            item = self._gen.throw(exception)
        except StopIteration as stop:
            self._done = True
            self._return = stop.value
            return None
        self._take(item)
        return self._value


class ArrayObject(ArrayIterator, IteratorAggregate):
    def getIterator(self) -> ArrayIterator:  # noqa: N802
        return ArrayIterator(self._data)


# ---------------------------------------------------------------- uncaught exceptions


def _uncaught(exc_type: type, exc: BaseException, tb: Any) -> None:
    if isinstance(exc, SystemExit):
        return

    if isinstance(exc, (builtins.Exception,)) and not isinstance(exc, KeyboardInterrupt):
        file, line = _where(exc)
        name = php.class_name(exc)
        name = {"PhpError": "Error", "PhpTypeError": "TypeError", "PhpValueError": "ValueError"}.get(
            name, name
        )
        if not isinstance(exc, (_Throwable, PhpError, builtins.TypeError, builtins.ValueError)):
            sys.__excepthook__(exc_type, exc, tb)
            _finish(255)
        msg = exc.getMessage() if hasattr(exc, "getMessage") else str(exc)  # type: ignore[attr-defined]
        trace = "".join(f"{line}\n" for line in _trace_lines(exc))
        # An uncaught exception is a fatal error: the error model prints it
        # (display_errors/log_errors) as it prints every other one.
        from ..errors import E_ERROR, emit_default

        emit_default(
            E_ERROR, f"Uncaught {name}: {msg} in {file}:{line}\nStack trace:\n{trace}  thrown", file, line
        )
        _finish(255)
    sys.__excepthook__(exc_type, exc, tb)


def _trace_arg(value: Any) -> str:
    """An argument as PHP's stack trace shows it."""
    from .._core.resources import Resource

    if value is None:
        return "NULL"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return float_repr(value)
    if isinstance(value, (str, bytes)):
        data = _b(value)
        return "'" + _s(data[:15]) + ("...'" if len(data) > 15 else "'")
    if isinstance(value, (dict, list)):
        return "Array"
    if isinstance(value, Resource):
        return f"Resource id #{value.id}"
    if isinstance(value, Ref):
        return _trace_arg(value.value)
    return f"Object({php.class_name(value)})"


def _frame_call(frame: Any) -> str:
    """``name(args)`` for a translated function's frame, as PHP names calls in traces."""
    code = frame.f_code
    qual = getattr(code, "co_qualname", code.co_name)
    names = code.co_varnames[: code.co_argcount + code.co_kwonlyargcount]
    local = frame.f_locals
    args = [local.get(n) for n in names[: code.co_argcount]]
    if code.co_flags & 0x04:  # *args
        extra = local.get(code.co_varnames[code.co_argcount + code.co_kwonlyargcount])
        if isinstance(extra, (list, tuple, dict)):
            args += list(extra.values() if isinstance(extra, dict) else extra)
    parts = qual.split(".")
    name = parts[-1]
    if name.startswith("_closure") or "<locals>" in parts:
        name = "{closure}"
        args = [a for n, a in zip(names[: code.co_argcount], args, strict=False)]
    elif len(parts) >= 2:
        if names[:1] == ("self",):
            name = f"{parts[-2]}->{name}"
            args = args[1:]
        elif names[:1] == ("cls",):
            name = f"{parts[-2]}::{name}"
            args = args[1:]
        else:
            name = f"{parts[-2]}::{name}"
    owner, arrow, method = name.rpartition("->")
    php_method = {"__init__": "__construct", "__str__": "__toString", "__call__": "__invoke"}.get(method)
    if arrow and php_method:
        name = f"{owner}->{php_method}"
    return f"{name}({', '.join(_trace_arg(a) for a in args)})"


def _internal_call(frame: Any) -> str:
    """``name(args)`` for a shim function called from translated code."""
    import inspect

    import phpcompat

    code = frame.f_code
    name = code.co_name
    func = getattr(phpcompat, name, None) or globals().get(name)
    args: list[Any] = []
    try:
        sig = inspect.signature(func) if func is not None else None
    except (TypeError, ValueError):
        sig = None
    if sig is not None:
        for p in sig.parameters.values():
            if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.name in frame.f_locals:
                value = frame.f_locals[p.name]
                if p.default is not p.empty and value is p.default:
                    break
                args.append(value)
    return f"{name.rstrip('_')}({', '.join(_trace_arg(a) for a in args)})"


def _trace_lines(exc: BaseException) -> list[str]:
    """PHP's ``Stack trace:`` lines for an exception raised in translated code."""
    pkg = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    frames = []
    tb = exc.__traceback__
    while tb is not None:
        frames.append((tb.tb_frame, tb.tb_lineno))
        tb = tb.tb_next
    user = [i for i, (f, _) in enumerate(frames) if not os.path.abspath(f.f_code.co_filename).startswith(pkg)]
    lines: list[str] = []
    if not user:
        return ["#0 {main}"]
    innermost = user[-1]
    calls: list[tuple[str, str, int]] = []
    call = getattr(exc, "php_call", None)
    if call is not None:
        frame, lineno = frames[innermost]
        calls.append(
            (f"{call[0]}({', '.join(_trace_arg(a) for a in call[1])})", frame.f_code.co_filename, lineno)
        )
    elif innermost + 1 < len(frames):
        inner = frames[innermost + 1][0]
        frame, lineno = frames[innermost]
        calls.append((_internal_call(inner), frame.f_code.co_filename, lineno))
    for pos in _py_range(len(user) - 1, 0, -1):
        frame = frames[user[pos]][0]
        caller, lineno = frames[user[pos - 1]]
        if frame.f_code.co_name == "<module>":
            break
        calls.append((_frame_call(frame), caller.f_code.co_filename, lineno))
    for k, (text, file, lineno) in enumerate(calls):
        lines.append(f"#{k} {file}({lineno}): {text}")
    lines.append(f"#{len(calls)} {{main}}")
    return lines


def _finish(code: int) -> None:
    import atexit

    try:
        atexit._run_exitfuncs()
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


_exception_handler: list[Any] = []


def set_exception_handler(callback: Any) -> Any:
    previous = _exception_handler[-1] if _exception_handler else None
    _exception_handler.append(_cb(callback) if callback is not None else None)
    return previous


def restore_exception_handler() -> bool:
    if _exception_handler:
        _exception_handler.pop()
    return True


def _hook(exc_type: type, exc: BaseException, tb: Any) -> None:
    handler = _exception_handler[-1] if _exception_handler else None
    if handler is not None and isinstance(exc, builtins.Exception):
        try:
            handler(exc)
        except builtins.Exception as inner:  # noqa: BLE001
            _uncaught(type(inner), inner, inner.__traceback__)
        _finish(255)
    _uncaught(exc_type, exc, tb)


sys.excepthook = _hook


def register_shutdown_function(callback: Any, *args: Any) -> None:
    import atexit

    fn = _cb(callback)
    atexit.register(lambda: fn(*args))


# ---------------------------------------------------------------- type functions


def gettype(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "double"
    if isinstance(value, (str, bytes)):
        return "string"
    if isinstance(value, (dict, list)):
        return "array"
    from .._core.resources import Resource

    if isinstance(value, Resource):
        return "resource" if not value.closed else "resource (closed)"
    return "object"


def get_debug_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    if isinstance(value, (str, bytes)):
        return "string"
    if isinstance(value, (dict, list)):
        return "array"
    from .._core.resources import Resource

    if isinstance(value, Resource):
        return f"resource ({value.type})" if not value.closed else "resource (closed)"
    return php.class_name(value)


def is_int(value: Any) -> bool:
    return type(value) is int


is_integer = is_long = is_int


def is_float(value: Any) -> bool:
    return type(value) is float


is_double = is_float


def is_string(value: Any) -> bool:
    return isinstance(value, (str, bytes))


def is_bool(value: Any) -> bool:
    return isinstance(value, bool)


def is_array(value: Any) -> bool:
    return isinstance(value, (dict, list))


def is_null(value: Any) -> bool:
    return value is None


def is_numeric(value: Any) -> bool:
    if type(value) in (int, float):
        return True
    if isinstance(value, (str, bytes)):
        return php.is_numeric_str(_str(value) if isinstance(value, str) else _s(value))
    return False


def is_scalar(value: Any) -> bool:
    return isinstance(value, (bool, int, float, str, bytes))


def is_object(value: Any) -> bool:
    from .._core.resources import Resource

    return not (value is None or isinstance(value, (bool, int, float, str, bytes, dict, list, Resource)))


def is_iterable(value: Any) -> bool:
    return (
        isinstance(value, (dict, list, Traversable))
        or hasattr(value, "__iter__")
        and not isinstance(value, (str, bytes))
    )


def is_countable(value: Any) -> bool:
    return isinstance(value, (dict, list, Countable))


def is_callable(value: Any, syntax_only: bool = False, callable_name: Any = None) -> bool:
    try:
        _cb(value)
        return True
    except builtins.Exception:  # noqa: BLE001
        return False


def intval(value: Any, base: int = 10) -> int:
    if base != 10 and isinstance(value, str):
        text = value.strip().lower()
        if base == 16 and text.startswith("0x"):
            text = text[2:]
        elif base == 8 and text.startswith("0o"):
            text = text[2:]
        elif base == 2 and text.startswith("0b"):
            text = text[2:]
        elif base == 0:
            return intval(
                value,
                16
                if text.startswith("0x")
                else 8
                if text.startswith("0") and len(text) > 1
                else 2
                if text.startswith("0b")
                else 10,
            )
        digits = ""
        for ch in text:
            if ch.isalnum() and int(ch, 36) < base:
                digits += ch
            else:
                break
        return int(digits, base) if digits else 0
    return php.int(value)


def floatval(value: Any) -> float:
    return php.float(value)


doubleval = floatval


def strval(value: Any) -> str:
    return php_str(value)


def boolval(value: Any) -> bool:
    return php.bool(value)


def settype(var: Ref, type: str) -> bool:  # noqa: A002
    t = type.lower()
    conv = {
        "int": php.int,
        "integer": php.int,
        "float": php.float,
        "double": php.float,
        "string": php_str,
        "bool": php.bool,
        "boolean": php.bool,
        "array": php.array,
        "null": lambda v: None,
    }
    if t not in conv:
        raise PhpValueError("settype(): Argument #2 ($type) must be a valid type")
    var.value = conv[t](var.value)
    return True


def get_class(object: Any) -> str:  # noqa: A002
    return php.class_name(object)


def get_parent_class(object_or_class: Any = None) -> Any:
    cls = object_or_class if isinstance(object_or_class, type) else type(object_or_class)
    for base in cls.__mro__[1:]:
        if base not in (
            object,
            builtins.Exception,
            builtins.BaseException,
            _Throwable,
        ) and not base.__module__.startswith("builtins"):
            return php.class_name(base)
    return False


def get_object_vars(object: Any) -> Array:  # noqa: A002
    return Array(php._object_vars(object))


def method_exists(object_or_class: Any, method: str) -> bool:
    cls = object_or_class if isinstance(object_or_class, type) else type(object_or_class)
    if isinstance(object_or_class, str):
        try:
            cls = php._find_class(object_or_class, _caller_globals())
        except builtins.Exception:  # noqa: BLE001
            return False
    name = php._method_name(method)
    return any(name.lower() == k.lower() and callable(v) for k, v in _class_dict(cls).items())


def _class_dict(cls: type) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for base in reversed(cls.__mro__):
        out.update(vars(base))
    return out


def property_exists(object_or_class: Any, property: str) -> bool:  # noqa: A002
    if isinstance(object_or_class, str):
        try:
            object_or_class = php._find_class(object_or_class, _caller_globals())
        except builtins.Exception:  # noqa: BLE001
            return False
    if not isinstance(object_or_class, type) and property in getattr(object_or_class, "__dict__", {}):
        return True
    cls = object_or_class if isinstance(object_or_class, type) else type(object_or_class)
    return property in _class_dict(cls) and not callable(_class_dict(cls)[property])


def class_exists(class_: str, autoload: bool = True) -> bool:
    try:
        php._find_class(class_, _caller_globals())
        return True
    except builtins.Exception:  # noqa: BLE001
        return False


interface_exists = class_exists


def function_exists(function: str) -> bool:
    return php._find_function(function, _caller_globals()) is not None


def is_a(object_or_class: Any, class_: str, allow_string: bool = False) -> bool:
    if isinstance(object_or_class, str) and not allow_string:
        return False
    try:
        target = php._find_class(class_, _caller_globals())
    except builtins.Exception:  # noqa: BLE001
        return False
    if isinstance(object_or_class, str):
        try:
            cls = php._find_class(object_or_class, _caller_globals())
        except builtins.Exception:  # noqa: BLE001
            return False
        return issubclass(cls, target)
    return isinstance(object_or_class, target)


def is_subclass_of(object_or_class: Any, class_: str, allow_string: bool = True) -> bool:
    try:
        target = php._find_class(class_, _caller_globals())
        cls = (
            object_or_class
            if isinstance(object_or_class, type)
            else (
                php._find_class(object_or_class, _caller_globals())
                if isinstance(object_or_class, str)
                else type(object_or_class)
            )
        )
    except builtins.Exception:  # noqa: BLE001
        return False
    return cls is not target and issubclass(cls, target)


_object_ids: dict[int, int] = {}


def spl_object_id(object: Any) -> int:  # noqa: A002
    return id(object) % 100003


def spl_object_hash(object: Any) -> str:  # noqa: A002
    return f"{id(object):032x}"


def call_user_func(callback: Any, *args: Any) -> Any:
    return _cb(callback)(*args)


def call_user_func_array(callback: Any, args: Any) -> Any:
    fn = _cb(callback)
    positional = []
    named = {}
    for k, v in _items(args):
        if isinstance(k, str):
            named[k] = v
        else:
            positional.append(v)
    return fn(*positional, **named)


def iterator_to_array(iterator: Any, preserve_keys: bool = True) -> Array:
    out = Array()
    for k, v in php.items(iterator):
        if preserve_keys:
            out[k] = v
        else:
            out.append(v)
    return out


def iterator_count(iterator: Any) -> int:
    return sum(1 for _ in php.items(iterator))


# ---------------------------------------------------------------- constants

PHP_INT_MAX = 2**63 - 1
PHP_INT_MIN = -(2**63)
PHP_INT_SIZE = 8
PHP_FLOAT_EPSILON = sys.float_info.epsilon
PHP_FLOAT_MAX = sys.float_info.max
PHP_FLOAT_MIN = sys.float_info.min
PHP_FLOAT_DIG = 15
NAN = math.nan
INF = math.inf
M_PI = math.pi
M_E = math.e
M_SQRT2 = math.sqrt(2)
M_SQRT1_2 = math.sqrt(0.5)
M_LN2 = math.log(2)
M_LN10 = math.log(10)
M_LOG2E = 1 / math.log(2)
M_LOG10E = 1 / math.log(10)
M_PI_2 = math.pi / 2
M_PI_4 = math.pi / 4
M_1_PI = 1 / math.pi
M_2_PI = 2 / math.pi
PHP_VERSION = "8.2.0"
PHP_MAJOR_VERSION = 8
PHP_MINOR_VERSION = 2
PHP_RELEASE_VERSION = 0
PHP_VERSION_ID = 80200
PHP_OS = "Linux"
PHP_OS_FAMILY = "Linux"
PHP_EOL = "\n"
DIRECTORY_SEPARATOR = "/"
PATH_SEPARATOR = ":"
PHP_MAXPATHLEN = 4096
COUNT_NORMAL = 0
COUNT_RECURSIVE = 1
SORT_REGULAR = 0
SORT_NUMERIC = 1
SORT_STRING = 2
SORT_LOCALE_STRING = 5
SORT_NATURAL = 6
SORT_FLAG_CASE = 8
SORT_ASC = 4
SORT_DESC = 3
ARRAY_FILTER_USE_KEY = 2
ARRAY_FILTER_USE_BOTH = 1
STR_PAD_RIGHT = 1
STR_PAD_LEFT = 0
STR_PAD_BOTH = 2
JSON_HEX_TAG = 1
JSON_HEX_AMP = 2
JSON_HEX_APOS = 4
JSON_HEX_QUOT = 8
JSON_FORCE_OBJECT = 16
JSON_NUMERIC_CHECK = 32
JSON_UNESCAPED_SLASHES = 64
JSON_PRETTY_PRINT = 128
JSON_UNESCAPED_UNICODE = 256
JSON_PARTIAL_OUTPUT_ON_ERROR = 512
JSON_PRESERVE_ZERO_FRACTION = 1024
JSON_THROW_ON_ERROR = 4194304
JSON_OBJECT_AS_ARRAY = 1
JSON_BIGINT_AS_STRING = 2
JSON_ERROR_NONE = 0
JSON_ERROR_SYNTAX = 4
PREG_PATTERN_ORDER = 1
PREG_SET_ORDER = 2
PREG_OFFSET_CAPTURE = 256
PREG_UNMATCHED_AS_NULL = 512
PREG_SPLIT_NO_EMPTY = 1
PREG_SPLIT_DELIM_CAPTURE = 2
PREG_SPLIT_OFFSET_CAPTURE = 4
PREG_GREP_INVERT = 1
ENT_COMPAT = 2
ENT_QUOTES = 3
ENT_NOQUOTES = 0
ENT_HTML401 = 0
ENT_HTML5 = 48
ENT_SUBSTITUTE = 8
PHP_ROUND_HALF_UP = 1
PHP_ROUND_HALF_DOWN = 2
PHP_ROUND_HALF_EVEN = 3
PHP_ROUND_HALF_ODD = 4
MT_RAND_MT19937 = 0
LC_ALL = 6
LC_NUMERIC = 4
EXTR_OVERWRITE = 0


# ---------------------------------------------------------------- constants at run time


def define(constant_name: str, value: Any, case_insensitive: bool = False) -> bool:
    scope = _caller_globals()
    if constant_name in scope and constant_name in _defined:
        report(E_WARNING, f"Constant {constant_name} already defined")
        return False
    scope[constant_name] = value
    _defined.add(constant_name)
    return True


_defined: set[str] = set()


def defined(constant_name: str) -> bool:
    scope = _caller_globals()
    if constant_name in _defined and constant_name in scope:
        return True
    import phpcompat

    name = constant_name.lstrip("\\")
    if name.isupper() or "_" in name:
        if name in getattr(phpcompat, "__all__", []) or name in __all__:
            return True
    return name in scope and not callable(scope[name]) and name.isupper()


def constant(name: str) -> Any:
    scope = _caller_globals()
    if "::" in name:
        cls, const = name.split("::", 1)
        return getattr(php._find_class(cls, scope), const)
    if name in scope:
        return scope[name]
    import phpcompat

    if hasattr(phpcompat, name):
        return getattr(phpcompat, name)
    if name in globals():
        return globals()[name]
    raise PhpError(f'Undefined constant "{name}"')


# ---------------------------------------------------------------- arrays


def count(value: Any, mode: int = 0) -> int:
    if isinstance(value, (dict, list)):
        if mode == COUNT_RECURSIVE:
            return len(value) + sum(count(v, 1) for v in _vals(value) if isinstance(v, (dict, list)))
        return len(value)
    counter = getattr(value, "count", None)
    if counter is not None and isinstance(value, Countable):
        return php.int(counter())
    raise PhpTypeError(
        f"count(): Argument #1 ($value) must be of type Countable|array, {php.type_name(value)} given"
    )


sizeof = count


def array_keys(array: Any, filter_value: Any = php._library, strict: bool = False) -> Array:
    _array_arg(array, "array_keys")
    if filter_value is php._library:
        return Array([k for k, _ in _items(array)])
    same = php.same if strict else php.eq
    return Array([k for k, v in _items(array) if same(v, filter_value)])


def array_values(array: Any) -> Array:
    _array_arg(array, "array_values")
    return Array(_vals(array))


def array_merge(*arrays: Any) -> Array:
    out = Array()
    for i, arr in enumerate(arrays):
        _array_arg(arr, "array_merge", i + 1)
        for k, v in _items(arr):
            if isinstance(k, int):
                out.append(v)
            else:
                out[k] = v
    return out


def array_merge_recursive(*arrays: Any) -> Array:
    out = Array()
    for arr in arrays:
        for k, v in _items(arr):
            if isinstance(k, int):
                out.append(v)
            elif k in out and isinstance(out[k], (dict, list)) and isinstance(v, (dict, list)):
                out[k] = array_merge_recursive(out[k], v)
            elif k in out:
                prev = out[k]
                merged = Array(_vals(prev)) if isinstance(prev, (dict, list)) else Array([prev])
                for x in _vals(v) if isinstance(v, (dict, list)) else [v]:
                    merged.append(x)
                out[k] = merged
            else:
                out[k] = v
    return out


def array_replace(array: Any, *replacements: Any) -> Array:
    out = php.copy(array) if not isinstance(array, Array) else array.copy()
    for r in replacements:
        for k, v in _items(r):
            out[k] = v
    return out


def array_combine(keys: Any, values: Any) -> Array:
    ks, vs = _vals(keys), _vals(values)
    if len(ks) != len(vs):
        raise PhpValueError(
            "array_combine(): Argument #1 ($keys) and argument #2 ($values) "
            "must have the same number of elements"
        )
    out = Array()
    for k, v in zip(ks, vs, strict=False):
        out[php.key(k) if not isinstance(k, (int, str)) else k] = v
    return out


def array_flip(array: Any) -> Array:
    out = Array()
    for k, v in _items(array):
        if isinstance(v, (int, str)) and not isinstance(v, bool):
            out[v] = k
        else:
            report(E_WARNING, "array_flip(): Can only flip string and integer values, entry skipped")
    return out


def array_slice(array: Any, offset: int, length: Any = None, preserve_keys: bool = False) -> Array:
    items = _items(array)
    n = len(items)
    start = offset if offset >= 0 else _py_max(0, n + offset)
    if length is None:
        end = n
    elif length >= 0:
        end = _py_min(n, start + length)
    else:
        end = _py_max(start, n + length)
    out = Array()
    for k, v in items[start:end]:
        if isinstance(k, int) and not preserve_keys:
            out.append(v)
        else:
            out[k] = v
    return out


def array_splice(array: Any, offset: int, length: Any = None, replacement: Any = None) -> Array:
    items = _items(array)
    n = len(items)
    start = offset if offset >= 0 else _py_max(0, n + offset)
    start = _py_min(start, n)
    if length is None:
        end = n
    elif length >= 0:
        end = _py_min(n, start + length)
    else:
        end = _py_max(start, n + length)
    removed = Array([v for _, v in items[start:end]])
    if replacement is None:
        repl: list[Any] = []
    elif isinstance(replacement, (dict, list)):
        repl = _vals(replacement)
    else:
        repl = [replacement]
    new_items = items[:start] + [(0, v) for v in repl] + items[end:]
    if isinstance(array, list):
        array[:] = [v for _, v in new_items]
        return removed
    dict.clear(array)
    if isinstance(array, Array):
        array._next = 0
    for k, v in new_items:
        if isinstance(k, int):
            if isinstance(array, Array):
                array.append(v)
            else:
                array[len(array)] = v
        else:
            array[k] = v
    return removed


def array_map(callback: Any, array: Any, *arrays: Any) -> Array:
    if callback is None:
        if not arrays:
            return php.copy(array) if not isinstance(array, Array) else array.copy()
        cols = [_vals(a) for a in (array, *arrays)]
        width = _py_max(len(c) for c in cols)
        return Array([Array([c[i] if i < len(c) else None for c in cols]) for i in _py_range(width)])
    fn = _cb(callback)
    if not arrays:
        _array_arg(array, "array_map", 2)
        items = _items(array)
        out = Array()
        string_keys = any(isinstance(k, str) for k, _ in items)
        if string_keys or (items and [k for k, _ in items] != list(_py_range(len(items)))):
            for k, v in items:
                out[k] = fn(v)
        else:
            for _, v in items:
                out.append(fn(v))
        return out
    cols = [_vals(a) for a in (array, *arrays)]
    width = _py_max(len(c) for c in cols)
    return Array([fn(*[c[i] if i < len(c) else None for c in cols]) for i in _py_range(width)])


def array_filter(array: Any, callback: Any = None, mode: int = 0) -> Array:
    out = Array()
    fn = _cb(callback) if callback is not None else None
    for k, v in _items(array):
        if fn is None:
            keep = php.bool(v)
        elif mode == ARRAY_FILTER_USE_KEY:
            keep = php.bool(fn(k))
        elif mode == ARRAY_FILTER_USE_BOTH:
            keep = php.bool(fn(v, k))
        else:
            keep = php.bool(fn(v))
        if keep:
            out[k] = v
    return out


def array_reduce(array: Any, callback: Any, initial: Any = None) -> Any:
    fn = _cb(callback)
    acc = initial
    for v in _vals(array):
        acc = fn(acc, v)
    return acc


def array_walk(array: Any, callback: Any, arg: Any = php._library) -> bool:
    fn = _cb(callback)
    for k, v in _items(array):
        box = Ref(v)
        try:
            if arg is php._library:
                fn(box, k)
            else:
                fn(box, k, arg)
        except TypeError:
            raise
        if box.value is not v:
            array[k] = box.value
    return True


def array_sum(array: Any) -> Any:
    total: Any = 0
    for v in _vals(array):
        if isinstance(v, (dict, list)):
            report(E_WARNING, "array_sum(): Addition is not supported on type array")
            continue
        total = php.add(total, v if not isinstance(v, str) or php.is_numeric_str(v) else php.int(v))
    return total


def array_product(array: Any) -> Any:
    total: Any = 1
    for v in _vals(array):
        total = php.mul(total, v if not isinstance(v, str) or php.is_numeric_str(v) else php.int(v))
    return total


def in_array(needle: Any, haystack: Any, strict: bool = False) -> bool:
    same = php.same if strict else php.eq
    return any(same(v, needle) for v in _vals(_array_arg(haystack, "in_array", 2, "haystack")))


def array_search(needle: Any, haystack: Any, strict: bool = False) -> Any:
    same = php.same if strict else php.eq
    for k, v in _items(haystack):
        if same(v, needle):
            return k
    return False


def array_key_exists(key: Any, array: Any) -> bool:
    if isinstance(array, dict):
        return dict.__contains__(array, php.key(key))
    if isinstance(array, list):
        k = php.key(key)
        return isinstance(k, int) and 0 <= k < len(array)
    raise PhpTypeError(
        f"array_key_exists(): Argument #2 ($array) must be of type array, {php.type_name(array)} given"
    )


key_exists = array_key_exists


def array_key_first(array: Any) -> Any:
    for k, _ in _items(array):
        return k
    return None


def array_key_last(array: Any) -> Any:
    items = _items(array)
    return items[-1][0] if items else None


def array_is_list(array: Any) -> bool:
    return all(k == i for i, (k, _) in enumerate(_items(array)))


def array_push(array: Any, *values: Any) -> int:
    for v in values:
        php.push(array, v)
    return len(array)


def array_pop(array: Any) -> Any:
    if not array:
        return None
    if isinstance(array, list):
        return array.pop()
    k = _py_next(reversed(dict.keys(array)))
    v = dict.pop(array, k)
    if isinstance(array, Array):
        ints = [x for x in dict.keys(array) if isinstance(x, int)]
        array._next = _py_max(ints) + 1 if ints else 0
    return v


def array_shift(array: Any) -> Any:
    if not array:
        return None
    if isinstance(array, list):
        return array.pop(0)
    items = _items(array)
    first = items[0][1]
    _renumber(array, items[1:])
    return first


def _renumber(array: Any, items: list[tuple[Any, Any]]) -> None:
    dict.clear(array)
    if isinstance(array, Array):
        array._next = 0
    i = 0
    for k, v in items:
        if isinstance(k, int):
            dict.__setitem__(array, i, v)
            i += 1
        else:
            dict.__setitem__(array, k, v)
    if isinstance(array, Array):
        array._next = i


def array_unshift(array: Any, *values: Any) -> int:
    if isinstance(array, list):
        array[0:0] = list(values)
        return len(array)
    items = [(0, v) for v in values] + _items(array)
    _renumber(array, items)
    return len(array)


def array_reverse(array: Any, preserve_keys: bool = False) -> Array:
    out = Array()
    for k, v in reversed(_items(array)):
        if isinstance(k, int) and not preserve_keys:
            out.append(v)
        else:
            out[k] = v
    return out


def array_unique(array: Any, flags: int = SORT_STRING) -> Array:
    out = Array()
    seen: list[Any] = []
    for k, v in _items(array):
        probe = php_str(v) if flags == SORT_STRING else v
        if any(php.eq(probe, s) if flags != SORT_STRING else probe == s for s in seen):
            continue
        seen.append(probe)
        out[k] = v
    return out


def array_count_values(array: Any) -> Array:
    out = Array()
    for v in _vals(array):
        if isinstance(v, (int, str)) and not isinstance(v, bool):
            out[v] = (dict.get(out, php.key(v)) or 0) + 1
        else:
            report(E_WARNING, "array_count_values(): Can only count string and integer values, entry skipped")
    return out


def array_fill(start_index: int, count: int, value: Any) -> Array:
    if count < 0:
        raise PhpValueError("array_fill(): Argument #2 ($count) must be greater than or equal to 0")
    out = Array()
    for i in _py_range(count):
        if i == 0:
            out[start_index] = value
        else:
            out.append(value)
    return out


def array_fill_keys(keys: Any, value: Any) -> Array:
    out = Array()
    for k in _vals(keys):
        out[k] = value
    return out


def array_pad(array: Any, length: int, value: Any) -> Array:
    vals = _items(array)
    n = len(vals)
    if _py_abs(length) <= n:
        return php.copy(array)
    pad = [value] * (_py_abs(length) - n)
    out = Array()
    items = ([(0, v) for v in pad] + vals) if length < 0 else (vals + [(0, v) for v in pad])
    for k, v in items:
        if isinstance(k, int):
            out.append(v)
        else:
            out[k] = v
    return out


def array_chunk(array: Any, length: int, preserve_keys: bool = False) -> Array:
    if length < 1:
        raise PhpValueError("array_chunk(): Argument #2 ($length) must be greater than 0")
    out = Array()
    chunk: Array | None = None
    for k, v in _items(array):
        if chunk is None or len(chunk) >= length:
            chunk = Array()
            out.append(chunk)
        if preserve_keys:
            chunk[k] = v
        else:
            chunk.append(v)
    return out


def array_column(array: Any, column_key: Any, index_key: Any = None) -> Array:
    out = Array()
    for row in _vals(array):
        if isinstance(row, (dict, list)):
            value = row if column_key is None else php.dig(row, column_key)
            if (
                column_key is not None
                and value is None
                and not (isinstance(row, dict) and dict.__contains__(row, php.key(column_key)))
            ):
                continue
        else:
            value = row if column_key is None else getattr(row, str(column_key), None)
        if index_key is not None:
            idx = (
                php.dig(row, index_key)
                if isinstance(row, (dict, list))
                else getattr(row, str(index_key), None)
            )
            if idx is not None:
                out[idx] = value
                continue
        out.append(value)
    return out


def _diff(array: Any, others: tuple[Any, ...], by_key: bool, by_value: bool, keep: bool) -> Array:
    out = Array()
    other_items = [_items(o) for o in others]
    for k, v in _items(array):
        found_all = True
        found_any = False
        for items in other_items:
            hit = False
            for ok, ov in items:
                if by_key and php.key(ok) != php.key(k):
                    continue
                if by_value and php_str(ov) != php_str(v):
                    continue
                hit = True
                break
            found_any = found_any or hit
            found_all = found_all and hit
        if (keep and found_all) or (not keep and not found_any):
            out[k] = v
    return out


def array_diff(array: Any, *arrays: Any) -> Array:
    return _diff(array, arrays, False, True, False)


def array_diff_key(array: Any, *arrays: Any) -> Array:
    return _diff(array, arrays, True, False, False)


def array_diff_assoc(array: Any, *arrays: Any) -> Array:
    return _diff(array, arrays, True, True, False)


def array_intersect(array: Any, *arrays: Any) -> Array:
    return _diff(array, arrays, False, True, True)


def array_intersect_key(array: Any, *arrays: Any) -> Array:
    return _diff(array, arrays, True, False, True)


def array_intersect_assoc(array: Any, *arrays: Any) -> Array:
    return _diff(array, arrays, True, True, True)


def array_rand(array: Any, num: int = 1) -> Any:
    keys = [k for k, _ in _items(array)]
    if num == 1:
        return random.choice(keys)
    picked = sorted(random.sample(_py_range(len(keys)), num))
    return Array([keys[i] for i in picked])


def range(start: Any, end: Any, step: Any = 1) -> Array:  # noqa: A001
    if (
        isinstance(start, str)
        and isinstance(end, str)
        and len(start) >= 1
        and len(end) >= 1
        and not php.is_numeric_str(start)
        and not php.is_numeric_str(end)
    ):
        a, b = _py_ord(_b(start)[0:1] or b"\0"), _py_ord(_b(end)[0:1] or b"\0")
        st = _py_abs(php.int(step)) or 1
        seq = _py_range(a, b + 1, st) if a <= b else _py_range(a, b - 1, -st)
        return Array([_py_chr(c) for c in seq])
    s, e, stp = php.number(start), php.number(end), php.number(step)
    if stp == 0:
        raise PhpValueError("range(): Argument #3 ($step) cannot be 0")
    stp = _py_abs(stp)
    if (
        all(isinstance(x, int) for x in (s, e))
        and isinstance(stp, int)
        or (isinstance(stp, float) and stp.is_integer() and isinstance(s, int) and isinstance(e, int))
    ):
        stp = int(stp)
        if s <= e:
            return Array(list(_py_range(s, e + 1, stp)))
        return Array(list(_py_range(s, e - 1, -stp)))
    out = Array()
    s, e = float(s), float(e)
    n = int(math.floor(_py_abs(e - s) / stp + 1e-9))
    for i in _py_range(n + 1):
        out.append(s + i * stp if s <= e else s - i * stp)
    return out


# ---- sorting


def _sort_key_fn(flags: int) -> Callable[[Any, Any], int]:
    base = flags & ~SORT_FLAG_CASE
    if base == SORT_STRING:
        if flags & SORT_FLAG_CASE:
            return lambda a, b: php._cmp_num(_b(php_str(a)).lower(), _b(php_str(b)).lower())
        return lambda a, b: php._cmp_num(_b(php_str(a)), _b(php_str(b)))
    if base == SORT_NUMERIC:
        return lambda a, b: php._cmp_num(php.float(a), php.float(b))
    if base == SORT_NATURAL:
        ci = bool(flags & SORT_FLAG_CASE)
        return lambda a, b: _natcmp(php_str(a), php_str(b), ci)
    return php.cmp


def _do_sort(
    array: Any, cmp: Callable[[Any, Any], int], by_key: bool, reverse: bool, keep_keys: bool
) -> bool:
    import functools

    items = _items(array)
    if by_key:
        keyfn = functools.cmp_to_key(lambda x, y: cmp(x[0], y[0]))
    else:
        keyfn = functools.cmp_to_key(lambda x, y: cmp(x[1], y[1]))
    items.sort(key=keyfn, reverse=reverse)
    if keep_keys:
        if isinstance(array, list):
            raise PhpError("sorting a shim list with its keys kept is not supported")
        dict.clear(array)
        for k, v in items:
            dict.__setitem__(array, k, v)
    else:
        _set_contents(array, items, True)
    return True


def sort(array: Any, flags: int = SORT_REGULAR) -> bool:
    return _do_sort(array, _sort_key_fn(flags), False, False, False)


def rsort(array: Any, flags: int = SORT_REGULAR) -> bool:
    return _do_sort(array, _sort_key_fn(flags), False, True, False)


def usort(array: Any, callback: Any) -> bool:
    fn = _cb(callback)
    return _do_sort(array, lambda a, b: php.int(fn(a, b)), False, False, False)


def uasort(array: Any, callback: Any) -> bool:
    fn = _cb(callback)
    return _do_sort(array, lambda a, b: php.int(fn(a, b)), False, False, True)


def uksort(array: Any, callback: Any) -> bool:
    fn = _cb(callback)
    return _do_sort(array, lambda a, b: php.int(fn(a, b)), True, False, True)


def asort(array: Any, flags: int = SORT_REGULAR) -> bool:
    return _do_sort(array, _sort_key_fn(flags), False, False, True)


def arsort(array: Any, flags: int = SORT_REGULAR) -> bool:
    return _do_sort(array, _sort_key_fn(flags), False, True, True)


def ksort(array: Any, flags: int = SORT_REGULAR) -> bool:
    return _do_sort(array, _sort_key_fn(flags), True, False, True)


def krsort(array: Any, flags: int = SORT_REGULAR) -> bool:
    return _do_sort(array, _sort_key_fn(flags), True, True, True)


def natsort(array: Any) -> bool:
    return _do_sort(array, lambda a, b: _natcmp(php_str(a), php_str(b), False), False, False, True)


def natcasesort(array: Any) -> bool:
    return _do_sort(array, lambda a, b: _natcmp(php_str(a), php_str(b), True), False, False, True)


def shuffle(array: Any) -> bool:
    items = _items(array)
    random.shuffle(items)
    _set_contents(array, items, True)
    return True


_NAT = re.compile(r"(\d+)")


def _natcmp(a: str, b: str, ci: bool) -> int:
    if ci:
        a, b = a.lower(), b.lower()
    pa, pb = _NAT.split(a), _NAT.split(b)
    for x, y in zip(pa, pb, strict=False):
        if x == y:
            continue
        if x.isdigit() and y.isdigit():
            return php._cmp_num(int(x), int(y))
        return php._cmp_num(x, y)
    return php._cmp_num(len(pa), len(pb))


def strnatcmp(string1: Any, string2: Any) -> int:
    return _natcmp(_str(string1), _str(string2), False)


def strnatcasecmp(string1: Any, string2: Any) -> int:
    return _natcmp(_str(string1), _str(string2), True)


# ---- internal pointer (kept on Array objects)


def _pos(array: Any) -> int:
    return getattr(array, "_php_pos", 0) if not isinstance(array, Array) else _POS.get(id(array), 0)


_POS: dict[int, int] = {}


def reset(array: Any) -> Any:
    _POS[id(array)] = 0
    vals = _vals(array)
    return vals[0] if vals else False


def end(array: Any) -> Any:
    vals = _vals(array)
    _POS[id(array)] = _py_max(0, len(vals) - 1)
    return vals[-1] if vals else False


def current(array: Any) -> Any:
    vals = _vals(array)
    p = _POS.get(id(array), 0)
    return vals[p] if 0 <= p < len(vals) else False


pos = current


def key(array: Any) -> Any:
    items = _items(array)
    p = _POS.get(id(array), 0)
    return items[p][0] if 0 <= p < len(items) else None


def next(array: Any) -> Any:  # noqa: A001
    _POS[id(array)] = _POS.get(id(array), 0) + 1
    return current(array)


def prev(array: Any) -> Any:
    _POS[id(array)] = _POS.get(id(array), 0) - 1
    return current(array)


# ---------------------------------------------------------------- strings


def strlen(string: Any) -> int:
    if type(string) is str:
        return len(string) if string.isascii() else len(_b(string))
    if isinstance(string, (dict, list)) or string is None and False:
        raise PhpTypeError(
            f"strlen(): Argument #1 ($string) must be of type string, {php.type_name(string)} given"
        )
    if isinstance(string, (dict, list)):
        raise PhpTypeError("strlen(): Argument #1 ($string) must be of type string, array given")
    if string is None:
        report(E_DEPRECATED, "strlen(): Passing null to parameter #1 ($string) of type string is deprecated")
        return 0
    return len(_b(string))


def str_repeat(string: Any, times: int) -> str:
    if times < 0:
        raise PhpValueError("str_repeat(): Argument #2 ($times) must be greater than or equal to 0")
    return _str(string) * times


def strtoupper(string: Any) -> str:
    s = _str(string)
    if s.isascii():
        return s.upper()
    return _s(bytes(c - 32 if 97 <= c <= 122 else c for c in _b(s)))


def strtolower(string: Any) -> str:
    s = _str(string)
    if s.isascii():
        return s.lower()
    return _s(bytes(c + 32 if 65 <= c <= 90 else c for c in _b(s)))


def ucfirst(string: Any) -> str:
    s = _str(string)
    return strtoupper(s[:1]) + s[1:] if s[:1].isascii() else s


def lcfirst(string: Any) -> str:
    s = _str(string)
    return strtolower(s[:1]) + s[1:] if s[:1].isascii() else s


def ucwords(string: Any, separators: str = " \t\r\n\f\v") -> str:
    s = _str(string)
    out = []
    up = True
    for ch in s:
        out.append(ch.upper() if up and ch.isascii() else ch)
        up = ch in separators
    return "".join(out)


def _charlist(characters: str) -> str:
    chars = []
    i = 0
    while i < len(characters):
        if i + 3 < len(characters) + 1 and characters[i + 1 : i + 3] == ".." and i + 3 < len(characters):
            a, b = _py_ord(characters[i]), _py_ord(characters[i + 3])
            chars.extend(_py_chr(c) for c in _py_range(a, b + 1))
            i += 4
        else:
            chars.append(characters[i])
            i += 1
    return "".join(chars)


_WS = " \t\n\r\0\x0b"


def trim(string: Any, characters: str = _WS) -> str:
    return _str(string).strip(_charlist(characters))


def ltrim(string: Any, characters: str = _WS) -> str:
    return _str(string).lstrip(_charlist(characters))


def rtrim(string: Any, characters: str = _WS) -> str:
    return _str(string).rstrip(_charlist(characters))


chop = rtrim


def substr(string: Any, offset: int, length: Any = None) -> str:
    s = _str(string)
    if not s.isascii():
        data = _b(s)
        return _s(_substr(data, offset, length))  # type: ignore[arg-type]
    return _substr(s, offset, length)  # type: ignore[return-value]


def _substr(s: Any, offset: int, length: Any) -> Any:
    n = len(s)
    if offset > n:
        return s[:0]
    start = offset if offset >= 0 else _py_max(0, n + offset)
    if length is None:
        end = n
    elif length >= 0:
        end = _py_min(n, start + length)
    else:
        end = n + length
        if end < start:
            return s[:0]
    return s[start:end]


def _offset_check(func: str, offset: int, n: int, argnum: int = 3) -> int:
    if offset < 0:
        offset += n
    if offset < 0 or offset > n:
        raise PhpValueError(
            f"{func}(): Argument #{argnum} ($offset) must be contained in argument #1 ($haystack)"
        )
    return offset


def strpos(haystack: Any, needle: Any, offset: int = 0) -> Any:
    h, nd = _str(haystack), _str(needle)
    if not (h.isascii() and nd.isascii()):
        hb, nb = _b(h), _b(nd)
        start = _offset_check("strpos", offset, len(hb))
        i = hb.find(nb, start)
        return i if i >= 0 else False
    start = _offset_check("strpos", offset, len(h))
    i = h.find(nd, start)
    return i if i >= 0 else False


def stripos(haystack: Any, needle: Any, offset: int = 0) -> Any:
    return strpos(strtolower(haystack), strtolower(needle), offset)


def strrpos(haystack: Any, needle: Any, offset: int = 0) -> Any:
    hb, nb = _b(haystack), _b(needle)
    n = len(hb)
    if offset >= 0:
        if offset > n:
            raise PhpValueError(
                "strrpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)"
            )
        i = hb.rfind(nb, offset)
    else:
        if -offset > n:
            raise PhpValueError(
                "strrpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)"
            )
        i = hb.rfind(nb, 0, n + offset + len(nb))
    return i if i >= 0 else False


def strripos(haystack: Any, needle: Any, offset: int = 0) -> Any:
    return strrpos(strtolower(haystack), strtolower(needle), offset)


def str_contains(haystack: Any, needle: Any) -> bool:
    return _str(needle) in _str(haystack)


def str_starts_with(haystack: Any, needle: Any) -> bool:
    return _str(haystack).startswith(_str(needle))


def str_ends_with(haystack: Any, needle: Any) -> bool:
    return _str(haystack).endswith(_str(needle))


def strstr(haystack: Any, needle: Any, before_needle: bool = False) -> Any:
    h, nd = _str(haystack), _str(needle)
    i = h.find(nd)
    if i < 0:
        return False
    return h[:i] if before_needle else h[i:]


def stristr(haystack: Any, needle: Any, before_needle: bool = False) -> Any:
    h = _str(haystack)
    i = strtolower(h).find(strtolower(needle))
    if i < 0:
        return False
    return h[:i] if before_needle else h[i:]


def strrchr(haystack: Any, needle: Any) -> Any:
    h, nd = _str(haystack), _str(needle)
    if not nd:
        return False
    i = h.rfind(nd[0])
    return h[i:] if i >= 0 else False


def _replace(search: Any, replace: Any, subject: Any, count: Ref | None, ci: bool) -> Any:
    if isinstance(subject, (dict, list)):
        out = Array()
        for k, v in _items(subject):
            out[k] = _replace(search, replace, v, count, ci)
        return out
    s = _str(subject)
    searches = _vals(search) if isinstance(search, (dict, list)) else [search]
    if isinstance(replace, (dict, list)):
        repls = _vals(replace)
    else:
        repls = [replace] * len(searches)
    total = 0
    for i, needle in enumerate(searches):
        nd = _str(needle)
        if not nd:
            continue
        rp = _str(repls[i]) if i < len(repls) else ""
        if ci:
            pattern = re.compile(re.escape(nd), re.IGNORECASE)
            s, c = pattern.subn(lambda m, rp=rp: rp, s)
        else:
            c = s.count(nd)
            s = s.replace(nd, rp)
        total += c
    if count is not None:
        count.value = (count.value or 0) + total if isinstance(count.value, int) and False else total
    return s


def str_replace(search: Any, replace: Any, subject: Any, count: Ref | None = None) -> Any:
    if count is not None:
        count.value = 0
    box = Ref(0)
    result = _replace(search, replace, subject, box, False)
    if count is not None:
        count.value = box.value
    return result


def str_ireplace(search: Any, replace: Any, subject: Any, count: Ref | None = None) -> Any:
    box = Ref(0)
    result = _replace(search, replace, subject, box, True)
    if count is not None:
        count.value = box.value
    return result


def str_pad(string: Any, length: int, pad_string: str = " ", pad_type: int = STR_PAD_RIGHT) -> str:
    s = _str(string)
    data, pad = _b(s), _b(pad_string)
    n = length - len(data)
    if n <= 0:
        return s
    if not pad:
        raise PhpValueError("str_pad(): Argument #3 ($pad_string) must be a non-empty string")
    if pad_type == STR_PAD_LEFT:
        left, right = n, 0
    elif pad_type == STR_PAD_BOTH:
        left, right = n // 2, n - n // 2
    else:
        left, right = 0, n

    def fill(k: int) -> bytes:
        return (pad * (k // len(pad) + 1))[:k]

    return _s(fill(left) + data + fill(right))


def str_split(string: Any, length: int = 1) -> Array:
    if length < 1:
        raise PhpValueError("str_split(): Argument #2 ($length) must be greater than 0")
    s = _str(string)
    if s.isascii():
        return Array([s[i : i + length] for i in _py_range(0, len(s), length)] or [""])
    data = _b(s)
    return Array([_s(data[i : i + length]) for i in _py_range(0, len(data), length)] or [""])


def mb_str_split(string: Any, length: int = 1, encoding: Any = None) -> Array:
    s = _str(string)
    return Array([s[i : i + length] for i in _py_range(0, len(s), length)])


def explode(separator: Any, string: Any, limit: int = PHP_INT_MAX) -> Array:
    sep, s = _str(separator), _str(string)
    if sep == "":
        raise PhpValueError("explode(): Argument #1 ($separator) cannot be empty")
    parts = s.split(sep)
    if limit > 0:
        if len(parts) > limit:
            parts = parts[: limit - 1] + [sep.join(parts[limit - 1 :])]
    elif limit < 0:
        parts = parts[:limit]
    else:
        parts = [sep.join(parts)] if len(parts) > 1 else parts
        if len(s.split(sep)) > 1:
            parts = [s]
    return Array(parts)


def implode(separator: Any, array: Any = None) -> str:
    if array is None:
        if isinstance(separator, (dict, list)):
            return "".join(php_str(v) for v in _vals(separator))
        raise PhpTypeError("implode(): Argument #2 ($array) must be of type ?array, null given")
    if isinstance(separator, (dict, list)):
        separator, array = array, separator
    if not isinstance(array, (dict, list)):
        raise PhpTypeError(
            f"implode(): Argument #2 ($array) must be of type ?array, {php.type_name(array)} given"
        )
    return _str(separator).join(php_str(v) for v in _vals(array))


join = implode


def strrev(string: Any) -> str:
    s = _str(string)
    return s[::-1] if s.isascii() else _s(_b(s)[::-1])


def strcmp(string1: Any, string2: Any) -> int:
    return php._cmp_num(_b(string1), _b(string2))


def strcasecmp(string1: Any, string2: Any) -> int:
    return php._cmp_num(_b(strtolower(string1)), _b(strtolower(string2)))


def strncmp(string1: Any, string2: Any, length: int) -> int:
    return php._cmp_num(_b(string1)[:length], _b(string2)[:length])


def strncasecmp(string1: Any, string2: Any, length: int) -> int:
    return php._cmp_num(_b(strtolower(string1))[:length], _b(strtolower(string2))[:length])


def substr_count(haystack: Any, needle: Any, offset: int = 0, length: Any = None) -> int:
    h = _b(haystack)
    nd = _b(needle)
    if not nd:
        raise PhpValueError("substr_count(): Argument #2 ($needle) cannot be empty")
    h = _substr(h, offset, length)
    return h.count(nd)


def substr_replace(string: Any, replace: Any, offset: int, length: Any = None) -> str:
    data = _b(string)
    n = len(data)
    start = offset if offset >= 0 else _py_max(0, n + offset)
    start = _py_min(start, n)
    if length is None:
        end = n
    elif length >= 0:
        end = _py_min(n, start + length)
    else:
        end = _py_max(start, n + length)
    return _s(data[:start] + _b(replace) + data[end:])


def ord(character: Any) -> int:  # noqa: A001
    data = _b(character)
    return data[0] if data else 0


def chr(codepoint: int) -> str:  # noqa: A001
    return _s(bytes([php.int(codepoint) % 256]))


def bin2hex(string: Any) -> str:
    return _b(string).hex()


def hex2bin(string: Any) -> Any:
    try:
        return _s(bytes.fromhex(_str(string)))
    except ValueError:
        report(E_WARNING, "hex2bin(): Input string must be hexadecimal string")
        return False


def dechex(num: int) -> str:
    return format(num & 0xFFFFFFFFFFFFFFFF if num < 0 else num, "x")


def decbin(num: int) -> str:
    return format(num & 0xFFFFFFFFFFFFFFFF if num < 0 else num, "b")


def decoct(num: int) -> str:
    return format(num & 0xFFFFFFFFFFFFFFFF if num < 0 else num, "o")


def _base_dec(s: Any, base: int) -> Any:
    digits = "".join(c for c in _str(s).lower() if c.isalnum() and int(c, 36) < base)
    if not digits:
        return 0
    v = int(digits, base)
    return v if v <= PHP_INT_MAX else float(v)


def hexdec(hex_string: Any) -> Any:
    return _base_dec(hex_string, 16)


def bindec(binary_string: Any) -> Any:
    return _base_dec(binary_string, 2)


def octdec(octal_string: Any) -> Any:
    return _base_dec(octal_string, 8)


def base_convert(num: Any, from_base: int, to_base: int) -> str:
    v = int(_base_dec(num, from_base))
    if v == 0:
        return "0"
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while v:
        v, r = divmod(v, to_base)
        out = digits[r] + out
    return out


def number_format(
    num: Any, decimals: int = 0, decimal_separator: str = ".", thousands_separator: str = ","
) -> str:
    value = php.float(num)
    decimals = _py_max(0, decimals)
    rounded = _php_round(value, decimals)
    text = f"{_py_abs(rounded):.{decimals}f}"
    whole, _, frac = text.partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    out = _str(thousands_separator).join(groups)
    if decimals:
        out += _str(decimal_separator) + frac
    if rounded < 0 and any(ch not in "0.," for ch in text):
        out = "-" + out
    return out


def wordwrap(
    string: Any, width: int = 75, break_: str = "\n", cut_long_words: bool = False, **kw: Any
) -> str:
    brk = kw.get("break", break_)
    s = _str(string)
    lines = s.split(brk)
    out_lines = []
    for line in lines:
        words = line.split(" ")
        cur = ""
        first = True
        for w in words:
            while cut_long_words and len(w) > width:
                if cur:
                    out_lines.append(cur)
                    cur = ""
                out_lines.append(w[:width])
                w = w[width:]
                first = True
            if first:
                cur = w
                first = False
            elif len(cur) + 1 + len(w) <= width:
                cur += " " + w
            else:
                out_lines.append(cur)
                cur = w
        out_lines.append(cur)
    return brk.join(out_lines)


def chunk_split(string: Any, length: int = 76, separator: str = "\r\n") -> str:
    s = _str(string)
    return "".join(s[i : i + length] + separator for i in _py_range(0, len(s), length))


def strtr(string: Any, from_: Any, to: Any = None, **kw: Any) -> str:
    s = _str(string)
    if to is None:
        pairs = {php_str(k): php_str(v) for k, v in _items(from_)}
        pairs = {k: v for k, v in pairs.items() if k}
        if not pairs:
            return s
        keys = sorted(pairs, key=len, reverse=True)
        pattern = re.compile("|".join(re.escape(k) for k in keys))
        return pattern.sub(lambda m: pairs[m.group(0)], s)
    f, t = _str(from_), _str(to)
    n = _py_min(len(f), len(t))
    return s.translate({_py_ord(a): b for a, b in zip(f[:n], t[:n], strict=False)})


def nl2br(string: Any, use_xhtml: bool = True) -> str:
    br = "<br />" if use_xhtml else "<br>"
    return re.sub(r"(\r\n|\n\r|\n|\r)", lambda m: br + m.group(0), _str(string))


def htmlspecialchars(
    string: Any, flags: int = ENT_QUOTES | ENT_SUBSTITUTE, encoding: Any = None, double_encode: bool = True
) -> str:
    s = _str(string)
    s = s.replace("&", "&amp;") if double_encode else re.sub(r"&(?!#?\w+;)", "&amp;", s)
    s = s.replace("<", "&lt;").replace(">", "&gt;")
    if flags & ENT_COMPAT:
        s = s.replace('"', "&quot;")
    if flags & ENT_QUOTES == ENT_QUOTES:
        s = s.replace("'", "&#039;")
    return s


htmlentities = htmlspecialchars


def addslashes(string: Any) -> str:
    return _str(string).replace("\\", "\\\\").replace("'", "\\'").replace('"', '\\"').replace("\0", "\\0")


def stripslashes(string: Any) -> str:
    return re.sub(r"\\(.?)", lambda m: "\0" if m.group(1) == "0" else m.group(1), _str(string))


def md5(string: Any, binary: bool = False) -> str:
    h = hashlib.md5(_b(string))
    return _s(h.digest()) if binary else h.hexdigest()


def sha1(string: Any, binary: bool = False) -> str:
    h = hashlib.sha1(_b(string))
    return _s(h.digest()) if binary else h.hexdigest()


def crc32(string: Any) -> int:
    return zlib.crc32(_b(string)) & 0xFFFFFFFF


def hash(algo: str, data: Any, binary: bool = False) -> str:  # noqa: A001
    algo = algo.lower()
    if algo == "crc32b":
        digest = (zlib.crc32(_b(data)) & 0xFFFFFFFF).to_bytes(4, "big")
    else:
        try:
            digest = hashlib.new(algo, _b(data)).digest()
        except ValueError:
            raise PhpValueError("hash(): Argument #1 ($algo) must be a valid hashing algorithm") from None
    return _s(digest) if binary else digest.hex()


def hash_algos() -> Array:
    return Array(sorted(hashlib.algorithms_available))


def base64_encode(string: Any) -> str:
    return base64.b64encode(_b(string)).decode("ascii")


def base64_decode(string: Any, strict: bool = False) -> Any:
    data = re.sub(rb"[^A-Za-z0-9+/=]", b"", _b(string))
    data = data.rstrip(b"=")
    data += b"=" * (-len(data) % 4)
    try:
        return _s(base64.b64decode(data))
    except binascii.Error:
        return False


def urlencode(string: Any) -> str:
    from urllib.parse import quote_plus

    return quote_plus(_b(string), safe="-_.")


def rawurlencode(string: Any) -> str:
    from urllib.parse import quote

    return quote(_b(string), safe="-_.~")


def urldecode(string: Any) -> str:
    from urllib.parse import unquote_to_bytes

    return _s(unquote_to_bytes(_str(string).replace("+", " ")))


def rawurldecode(string: Any) -> str:
    from urllib.parse import unquote_to_bytes

    return _s(unquote_to_bytes(_str(string)))


PHP_URL_SCHEME, PHP_URL_HOST, PHP_URL_PORT, PHP_URL_USER = 0, 1, 2, 3
PHP_URL_PASS, PHP_URL_PATH, PHP_URL_QUERY, PHP_URL_FRAGMENT = 4, 5, 6, 7


def parse_url(url: Any, component: int = -1) -> Any:
    """The parts of a URL that are present, as PHP names them."""
    from urllib.parse import urlsplit

    text = _str(url)
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return False
    out = Array()
    if parts.scheme:
        out["scheme"] = parts.scheme
    if parts.hostname is not None or parts.netloc:
        host = parts.netloc.rsplit("@", 1)[-1]
        if ":" in host and not host.endswith("]"):
            host = host.rsplit(":", 1)[0]
        out["host"] = host
    if port is not None:
        out["port"] = port
    if parts.username is not None:
        out["user"] = parts.username
    if parts.password is not None:
        out["pass"] = parts.password
    if parts.path:
        out["path"] = parts.path
    if parts.query or text.endswith("?") and "#" not in text:
        out["query"] = parts.query
    if parts.fragment:
        out["fragment"] = parts.fragment
    if component >= 0:
        names = ["scheme", "host", "port", "user", "pass", "path", "query", "fragment"]
        return dict.get(out, names[component]) if component < len(names) else False
    return out


def http_build_query(data: Any, numeric_prefix: str = "", arg_separator: str = "&") -> str:
    parts = []
    for k, v in _items(data):
        key_text = f"{numeric_prefix}{k}" if isinstance(k, int) else php_str(k)
        parts.append(f"{urlencode(key_text)}={urlencode(v)}")
    return arg_separator.join(parts)


def str_word_count(string: Any, format: int = 0, characters: Any = None) -> Any:  # noqa: A002
    words = re.findall(r"[A-Za-z'-]+", _str(string))
    if format == 0:
        return len(words)
    return Array(words)


def similar_text(string1: Any, string2: Any, percent: Ref | None = None) -> int:
    a, b = _b(string1), _b(string2)

    def sim(x: bytes, y: bytes) -> int:
        if not x or not y:
            return 0
        best = (0, 0, 0)
        for i in _py_range(len(x)):
            for j in _py_range(len(y)):
                k = 0
                while i + k < len(x) and j + k < len(y) and x[i + k] == y[j + k]:
                    k += 1
                if k > best[2]:
                    best = (i, j, k)
        i, j, k = best
        if not k:
            return 0
        return k + sim(x[:i], y[:j]) + sim(x[i + k :], y[j + k :])

    s = sim(a, b)
    if percent is not None:
        percent.value = (s * 2.0 * 100.0 / (len(a) + len(b))) if (a or b) else 0.0
    return s


def levenshtein(
    string1: Any, string2: Any, insertion_cost: int = 1, replacement_cost: int = 1, deletion_cost: int = 1
) -> int:
    a, b = _b(string1), _b(string2)
    prev_row = [j * insertion_cost for j in _py_range(len(b) + 1)]
    for i, ca in enumerate(a, 1):
        row = [i * deletion_cost]
        for j, cb in enumerate(b, 1):
            row.append(
                _py_min(
                    prev_row[j] + deletion_cost,
                    row[j - 1] + insertion_cost,
                    prev_row[j - 1] + (0 if ca == cb else replacement_cost),
                )
            )
        prev_row = row
    return prev_row[-1]


def quotemeta(string: Any) -> str:
    return re.sub(r"([.\\+*?\[^\]$()])", r"\\\1", _str(string))


def str_getcsv(string: Any, separator: str = ",", enclosure: str = '"', escape: str = "\\") -> Array:
    import csv

    rows = list(csv.reader([_str(string)], delimiter=separator, quotechar=enclosure))
    return Array(rows[0] if rows else [None])


def mb_strlen(string: Any, encoding: Any = None) -> int:
    return len(_str(string))


def mb_substr(string: Any, start: int, length: Any = None, encoding: Any = None) -> str:
    return _substr(_str(string), start, length)  # type: ignore[no-any-return]


def mb_strtoupper(string: Any, encoding: Any = None) -> str:
    return _str(string).upper()


def mb_strtolower(string: Any, encoding: Any = None) -> str:
    return _str(string).lower()


def mb_strpos(haystack: Any, needle: Any, offset: int = 0, encoding: Any = None) -> Any:
    i = _str(haystack).find(_str(needle), offset)
    return i if i >= 0 else False


def mb_str_pad(
    string: Any, length: int, pad_string: str = " ", pad_type: int = STR_PAD_RIGHT, encoding: Any = None
) -> str:
    s = _str(string)
    n = length - len(s)
    if n <= 0:
        return s
    if pad_type == STR_PAD_LEFT:
        return (pad_string * n)[:n] + s
    if pad_type == STR_PAD_BOTH:
        left = n // 2
        return (pad_string * n)[:left] + s + (pad_string * n)[: n - left]
    return s + (pad_string * n)[:n]


def ctype_digit(text: Any) -> bool:
    return isinstance(text, str) and text != "" and all("0" <= c <= "9" for c in text)


def ctype_alpha(text: Any) -> bool:
    return isinstance(text, str) and text != "" and all(c.isascii() and c.isalpha() for c in text)


def ctype_alnum(text: Any) -> bool:
    return isinstance(text, str) and text != "" and all(c.isascii() and c.isalnum() for c in text)


def ctype_upper(text: Any) -> bool:
    return isinstance(text, str) and text != "" and all("A" <= c <= "Z" for c in text)


def ctype_lower(text: Any) -> bool:
    return isinstance(text, str) and text != "" and all("a" <= c <= "z" for c in text)


def ctype_space(text: Any) -> bool:
    return isinstance(text, str) and text != "" and all(c in " \t\n\r\v\f" for c in text)


def ctype_xdigit(text: Any) -> bool:
    return isinstance(text, str) and text != "" and all(c in "0123456789abcdefABCDEF" for c in text)


def ctype_punct(text: Any) -> bool:
    return (
        isinstance(text, str)
        and text != ""
        and all(c.isascii() and c.isprintable() and not c.isalnum() and not c.isspace() for c in text)
    )


def uniqid(prefix: str = "", more_entropy: bool = False) -> str:
    t = _time.time()
    sec = int(t)
    usec = int((t - sec) * 1_000_000)
    out = f"{_str(prefix)}{sec:08x}{usec:05x}"
    if more_entropy:
        out += f"{random.random() * 10:.8f}"
    return out


# ---------------------------------------------------------------- json


def json_encode(value: Any, flags: int = 0, depth: int = 512) -> Any:
    pretty = bool(flags & JSON_PRETTY_PRINT)

    def enc_str(s: str) -> str:
        out = ['"']
        for ch in s:
            o = _py_ord(ch)
            if ch == '"':
                out.append('\\"')
            elif ch == "\\":
                out.append("\\\\")
            elif ch == "/" and not flags & JSON_UNESCAPED_SLASHES:
                out.append("\\/")
            elif ch == "\n":
                out.append("\\n")
            elif ch == "\r":
                out.append("\\r")
            elif ch == "\t":
                out.append("\\t")
            elif ch == "\b":
                out.append("\\b")
            elif ch == "\f":
                out.append("\\f")
            elif o < 0x20:
                out.append(f"\\u{o:04x}")
            elif 0xDC80 <= o <= 0xDCFF:
                raise ValueError("Malformed UTF-8 characters, possibly incorrectly encoded")
            elif o > 0x7F and not flags & JSON_UNESCAPED_UNICODE:
                if o > 0xFFFF:
                    o -= 0x10000
                    out.append(f"\\u{0xD800 + (o >> 10):04x}\\u{0xDC00 + (o & 0x3FF):04x}")
                else:
                    out.append(f"\\u{o:04x}")
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)

    def enc(v: Any, level: int) -> str:
        if v is None:
            return "null"
        if v is True:
            return "true"
        if v is False:
            return "false"
        if isinstance(v, int):
            return str(v)
        if isinstance(v, float):
            if not math.isfinite(v):
                raise ValueError("Inf and NaN cannot be JSON encoded")
            text = float_repr(v)
            if flags & JSON_PRESERVE_ZERO_FRACTION and v.is_integer() and "E" not in text and "." not in text:
                text += ".0"
            return text.replace("E+", "e+").replace("E-", "e-")
        if isinstance(v, (str, bytes)):
            return enc_str(v if isinstance(v, str) else _s(v))
        if isinstance(v, JsonSerializable):
            return enc(v.jsonSerialize(), level)  # type: ignore[attr-defined]
        if isinstance(v, (dict, list)):
            items = _items(v)
            is_list = all(k == i for i, (k, _) in enumerate(items)) and not flags & JSON_FORCE_OBJECT
            if not items:
                return "[]" if is_list else "{}"
            ind = "    " * (level + 1) if pretty else ""
            sep = ",\n" if pretty else ","
            if is_list:
                body = sep.join(ind + enc(x, level + 1) for _, x in items)
                return f"[\n{body}\n{'    ' * level}]" if pretty else f"[{body}]"
            colon = ": " if pretty else ":"
            body = sep.join(f"{ind}{enc_str(php_str(k))}{colon}{enc(x, level + 1)}" for k, x in items)
            return f"{{\n{body}\n{'    ' * level}}}" if pretty else f"{{{body}}}"
        props = php._object_vars(v)
        return enc(Array(props) if props else Array(), level) if props else "{}"

    try:
        return enc(value, 0)
    except ValueError as exc:
        if flags & JSON_THROW_ON_ERROR:
            raise JsonException(str(exc)) from None
        _json_error[0] = (5 if "UTF-8" in str(exc) else 7, str(exc))
        return False


_json_error: list[tuple[int, str]] = [(0, "No error")]


def json_decode(json: Any, associative: Any = None, depth: int = 512, flags: int = 0) -> Any:
    import json as _json

    text = _str(json)
    assoc = bool(associative) or bool(flags & JSON_OBJECT_AS_ARRAY)

    def hook(pairs: list[tuple[str, Any]]) -> Any:
        if assoc:
            return Array(dict(pairs)) if pairs else Array()
        obj = stdClass()
        for k, v in pairs:
            setattr(obj, k, v)
        return obj

    def conv(v: Any) -> Any:
        if isinstance(v, list):
            return Array([conv(x) for x in v])
        return v

    try:
        result = _json.loads(text, object_pairs_hook=hook, parse_constant=lambda c: None)
    except ValueError:
        if flags & JSON_THROW_ON_ERROR:
            raise JsonException("Syntax error") from None
        _json_error[0] = (4, "Syntax error")
        return None
    _json_error[0] = (0, "No error")
    return _convert_json(result, conv)


def _convert_json(value: Any, conv: Callable[[Any], Any]) -> Any:
    if isinstance(value, list):
        return Array([_convert_json(x, conv) for x in value])
    if isinstance(value, Array):
        for k, v in list(dict.items(value)):
            dict.__setitem__(value, k, _convert_json(v, conv))
        return value
    if isinstance(value, stdClass):
        for k, v in vars(value).items():
            setattr(value, k, _convert_json(v, conv))
    return value


def json_last_error() -> int:
    return _json_error[0][0]


def json_last_error_msg() -> str:
    return _json_error[0][1]


# ---------------------------------------------------------------- math


def abs(num: Any) -> Any:  # noqa: A001
    v = php.number(num)
    if v == PHP_INT_MIN:
        return -float(v)
    return _py_abs(v)


def _minmax(values: tuple[Any, ...], pick: Callable[[int], bool], name: str) -> Any:
    if len(values) == 1:
        arr = values[0]
        if not isinstance(arr, (dict, list)):
            raise PhpTypeError(
                f"{name}(): Argument #1 ($value) must be of type array, {php.type_name(arr)} given"
            )
        values = tuple(_vals(arr))
        if not values:
            raise PhpValueError(f"{name}(): Argument #1 ($value) must contain at least one element")
    best = values[0]
    for v in values[1:]:
        if pick(php.cmp(v, best)):
            best = v
    return best


def max(value: Any, *values: Any) -> Any:  # noqa: A001
    return _minmax((value, *values), lambda c: c > 0, "max")


def min(value: Any, *values: Any) -> Any:  # noqa: A001
    return _minmax((value, *values), lambda c: c < 0, "min")


def floor(num: Any) -> float:
    return float(math.floor(php.number(num)))


def ceil(num: Any) -> float:
    return float(math.ceil(php.number(num)))


def _php_round(value: float, precision: int = 0) -> float:
    if not math.isfinite(value):
        return value
    from decimal import ROUND_HALF_UP, Decimal

    # PHP pre-rounds to 15 significant digits to absorb representation error
    d = Decimal(repr(value))
    pre = Decimal(format(value, ".15g"))
    if _py_abs(pre - d) < Decimal(10) ** (-precision - 1):
        d = pre
    q = Decimal(1).scaleb(-precision)
    return float(d.quantize(q, rounding=ROUND_HALF_UP)) if precision < 300 else value


def round(num: Any, precision: int = 0, mode: int = PHP_ROUND_HALF_UP) -> float:  # noqa: A001
    v = php.number(num)
    if isinstance(v, int) and precision >= 0:
        return float(v)
    return _php_round(float(v), precision)


def sqrt(num: Any) -> float:
    v = php.float(num)
    return math.sqrt(v) if v >= 0 else math.nan


def pow(num: Any, exponent: Any) -> Any:  # noqa: A001
    return php.pow(num, exponent)


def intdiv(num1: int, num2: int) -> int:
    if num2 == 0:
        raise php._library().DivisionByZeroError("Division by zero")
    if num1 == PHP_INT_MIN and num2 == -1:
        raise php._library().ArithmeticError("Division of PHP_INT_MIN by -1 is not an integer")
    q = _py_abs(num1) // _py_abs(num2)
    return q if (num1 >= 0) == (num2 >= 0) else -q


def fmod(num1: Any, num2: Any) -> float:
    try:
        return math.fmod(php.float(num1), php.float(num2))
    except ValueError:
        return math.nan


def fdiv(num1: Any, num2: Any) -> float:
    a, b = php.float(num1), php.float(num2)
    if b == 0:
        if a == 0 or math.isnan(a):
            return math.nan
        return math.copysign(math.inf, a) * math.copysign(1, b)
    return a / b


def pi() -> float:
    return math.pi


def exp(num: Any) -> float:
    return math.exp(php.float(num))


def log(num: Any, base: float = math.e) -> float:
    v = php.float(num)
    if v < 0:
        return math.nan
    if v == 0:
        return -math.inf
    return math.log(v) if base == math.e else math.log(v) / math.log(base)


def log10(num: Any) -> float:
    return log(num, 10.0) if php.float(num) <= 0 else math.log10(php.float(num))


def log2(num: Any) -> float:
    return math.log2(php.float(num))


for _fn in ("sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh"):
    globals()[_fn] = (lambda f: lambda num: f(php.float(num)))(getattr(math, _fn))


def atan2(y: Any, x: Any) -> float:
    return math.atan2(php.float(y), php.float(x))


def hypot(x: Any, y: Any) -> float:
    return math.hypot(php.float(x), php.float(y))


def deg2rad(num: Any) -> float:
    return math.radians(php.float(num))


def rad2deg(num: Any) -> float:
    return math.degrees(php.float(num))


def is_nan(num: float) -> bool:
    return math.isnan(num)


def is_infinite(num: float) -> bool:
    return math.isinf(num)


def is_finite(num: float) -> bool:
    return math.isfinite(num)


_rng = random.Random()


def mt_srand(seed: int = 0, mode: int = 0) -> None:
    _rng.seed(seed)


srand = mt_srand


def mt_rand(min: Any = None, max: Any = None) -> int:  # noqa: A002
    if min is None:
        return _rng.randint(0, 2147483647)
    if max < min:
        raise PhpValueError(
            "mt_rand(): Argument #2 ($max) must be greater than or equal to argument #1 ($min)"
        )
    return _rng.randint(min, max)


rand = mt_rand


def random_int(min: int, max: int) -> int:  # noqa: A002
    if min > max:
        raise PhpValueError(
            "random_int(): Argument #1 ($min) must be less than or equal to argument #2 ($max)"
        )
    return random.SystemRandom().randint(min, max)


def random_bytes(length: int) -> str:
    return _s(os.urandom(length))


def mt_getrandmax() -> int:
    return 2147483647


getrandmax = mt_getrandmax


def lcg_value() -> float:
    return _rng.random()


# ---------------------------------------------------------------- time and environment


def time() -> int:
    return int(_time.time())


def microtime(as_float: bool = False) -> Any:
    t = _time.time()
    if as_float:
        return t
    sec = int(t)
    return f"{t - sec:.8f} {sec}"


def hrtime(as_number: bool = False) -> Any:
    ns = _time.monotonic_ns()
    if as_number:
        return ns
    return Array([ns // 1_000_000_000, ns % 1_000_000_000])


def usleep(microseconds: int) -> None:
    _time.sleep(microseconds / 1_000_000)


def sleep(seconds: int) -> int:
    _time.sleep(seconds)
    return 0


def time_nanosleep(seconds: int, nanoseconds: int) -> bool:
    _time.sleep(seconds + nanoseconds / 1e9)
    return True


_TZ = ["UTC"]


def date_default_timezone_set(timezoneId: str) -> bool:  # noqa: N803
    _TZ[0] = timezoneId
    return True


def date_default_timezone_get() -> str:
    return _TZ[0]


def _tm(timestamp: Any) -> Any:
    import datetime

    ts = _time.time() if timestamp is None else php.int(timestamp)
    try:
        from zoneinfo import ZoneInfo

        tz = ZoneInfo(_TZ[0])
    except builtins.Exception:  # noqa: BLE001
        tz = datetime.timezone.utc
    return datetime.datetime.fromtimestamp(ts, tz)


def date(format: str, timestamp: Any = None) -> str:  # noqa: A002
    d = _tm(timestamp)
    out = []
    i = 0
    fmt = _str(format)
    while i < len(fmt):
        c = fmt[i]
        if c == "\\" and i + 1 < len(fmt):
            out.append(fmt[i + 1])
            i += 2
            continue
        table = {
            "d": f"{d.day:02d}",
            "D": d.strftime("%a"),
            "j": str(d.day),
            "l": d.strftime("%A"),
            "N": str(d.isoweekday()),
            "w": str(d.isoweekday() % 7),
            "z": str(d.timetuple().tm_yday - 1),
            "W": f"{d.isocalendar()[1]:02d}",
            "F": d.strftime("%B"),
            "m": f"{d.month:02d}",
            "M": d.strftime("%b"),
            "n": str(d.month),
            "t": str(_days_in_month(d.year, d.month)),
            "L": "1" if _leap(d.year) else "0",
            "o": str(d.isocalendar()[0]),
            "Y": str(d.year),
            "y": f"{d.year % 100:02d}",
            "a": "am" if d.hour < 12 else "pm",
            "A": "AM" if d.hour < 12 else "PM",
            "g": str(d.hour % 12 or 12),
            "G": str(d.hour),
            "h": f"{d.hour % 12 or 12:02d}",
            "H": f"{d.hour:02d}",
            "i": f"{d.minute:02d}",
            "s": f"{d.second:02d}",
            "u": f"{d.microsecond:06d}",
            "v": f"{d.microsecond // 1000:03d}",
            "e": _TZ[0],
            "T": d.strftime("%Z") if _TZ[0] != "UTC" else "UTC",
            "P": d.strftime("%z")[:3] + ":" + d.strftime("%z")[3:],
            "O": d.strftime("%z"),
            "p": "Z"
            if d.utcoffset().total_seconds() == 0
            else d.strftime("%z")[:3] + ":" + d.strftime("%z")[3:],
            "Z": str(int(d.utcoffset().total_seconds())),
            "U": str(int(d.timestamp())),
            "I": "0",
            "S": _suffix(d.day),
            "c": d.strftime("%Y-%m-%dT%H:%M:%S") + (d.strftime("%z")[:3] + ":" + d.strftime("%z")[3:]),
            "r": d.strftime("%a, %d %b %Y %H:%M:%S %z"),
        }
        out.append(table.get(c, c))
        i += 1
    return "".join(out)


def gmdate(format: str, timestamp: Any = None) -> str:  # noqa: A002
    saved = _TZ[0]
    _TZ[0] = "UTC"
    try:
        return date(format, timestamp)
    finally:
        _TZ[0] = saved


def _leap(y: int) -> bool:
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y: int, m: int) -> int:
    return [31, 29 if _leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]


def _suffix(day: int) -> str:
    if day in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def mktime(
    hour: Any = None,
    minute: Any = None,
    second: Any = None,
    month: Any = None,
    day: Any = None,
    year: Any = None,
) -> int:
    import calendar

    now = _tm(None)
    parts = [
        now.hour if hour is None else hour,
        now.minute if minute is None else minute,
        now.second if second is None else second,
        now.month if month is None else month,
        now.day if day is None else day,
        now.year if year is None else year,
    ]
    h, mi, s, mo, d, y = (int(x) for x in parts)
    return calendar.timegm((y, mo, d, h, mi, s, 0, 0, 0))


gmmktime = mktime


def checkdate(month: int, day: int, year: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= _days_in_month(year, month) and year >= 1


def getenv(name: Any = None, local_only: bool = False) -> Any:
    if name is None:
        return Array(dict(os.environ))
    v = os.environ.get(_str(name))
    return v if v is not None else False


def putenv(assignment: str) -> bool:
    name, _, value = _str(assignment).partition("=")
    if "=" in assignment:
        os.environ[name] = value
    else:
        os.environ.pop(name, None)
    return True


#: the extensions whose functions the shim and this library provide
LOADED_EXTENSIONS = ("Core", "date", "pcre", "standard", "SPL", "ctype", "json", "posix", "pcntl", "sockets")


def extension_loaded(extension: str) -> bool:
    return extension.lower() in {e.lower() for e in LOADED_EXTENSIONS}


def get_loaded_extensions(zend_extensions: bool = False) -> Array:
    return Array([] if zend_extensions else list(LOADED_EXTENSIONS))


def php_sapi_name() -> str:
    return "cli"


def phpversion(extension: Any = None) -> Any:
    return PHP_VERSION if extension is None else False


def php_uname(mode: str = "a") -> str:
    u = os.uname()
    table = {"s": u.sysname, "n": u.nodename, "r": u.release, "v": u.version, "m": u.machine}
    if mode in table:
        return table[mode]
    return f"{u.sysname} {u.nodename} {u.release} {u.version} {u.machine}"


def memory_get_usage(real_usage: bool = False) -> int:
    return 2097152


def memory_get_peak_usage(real_usage: bool = False) -> int:
    return 2097152


def gc_collect_cycles() -> int:
    import gc

    return gc.collect() and 0


def gc_enable() -> None:
    return None


def set_time_limit(seconds: int) -> bool:
    return True


def spl_autoload_register(callback: Any = None, throw: bool = True, prepend: bool = False) -> bool:
    return True


_INI: dict[str, Any] = {
    "precision": "14",
    "serialize_precision": "-1",
    "memory_limit": "128M",
    "display_errors": "0",
    "error_reporting": "32767",
    "default_socket_timeout": "60",
    "date.timezone": "",
    "max_execution_time": "0",
    "auto_detect_line_endings": "0",
    "user_agent": "",
    "allow_url_fopen": "1",
    "include_path": ".:/usr/share/php",
}


def ini_get(option: str) -> Any:
    return _INI.get(option, False)


def ini_set(option: str, value: Any) -> Any:
    old = _INI.get(option, False)
    _INI[option] = php_str(value)
    return old


ini_alter = ini_set


def error_log(
    message: Any, message_type: int = 0, destination: Any = None, additional_headers: Any = None
) -> bool:
    from ..output import write_stderr

    if message_type == 3 and destination is not None:
        with open(_str(destination), "ab") as fh:
            fh.write(_b(message))
        return True
    write_stderr(_b(message) + b"\n")
    return True


def assert_(assertion: Any, description: Any = None) -> bool:
    return True


def version_compare(version1: str, version2: str, operator: Any = None) -> Any:
    def canon(v: str) -> list[str]:
        v = re.sub(r"[-_+]", ".", v)
        v = re.sub(r"(?<=\d)(?=[^\d.])|(?<=[^\d.])(?=\d)", ".", v)
        return [p for p in v.split(".") if p]

    order = {"dev": 0, "alpha": 1, "a": 1, "beta": 2, "b": 2, "RC": 3, "rc": 3, "#": 4, "pl": 5, "p": 5}

    def cmp_part(a: str, b: str) -> int:
        if a.isdigit() and b.isdigit():
            return php._cmp_num(int(a), int(b))
        if not a.isdigit() and not b.isdigit():
            return php._cmp_num(order.get(a, -1), order.get(b, -1))
        if a.isdigit():
            return 1 if order.get(b, -1) < 4 else -1
        return -1 if order.get(a, -1) < 4 else 1

    pa, pb = canon(version1), canon(version2)
    result = 0
    for i in _py_range(_py_max(len(pa), len(pb))):
        a = pa[i] if i < len(pa) else None
        b = pb[i] if i < len(pb) else None
        if a is None:
            result = -cmp_part(b, "#") if b is not None and not b.isdigit() else -1
            break
        if b is None:
            result = cmp_part(a, "#") if not a.isdigit() else 1
            break
        result = cmp_part(a, b)
        if result:
            break
    if operator is None:
        return result
    ops = {
        "<": result < 0,
        "lt": result < 0,
        "<=": result <= 0,
        "le": result <= 0,
        ">": result > 0,
        "gt": result > 0,
        ">=": result >= 0,
        "ge": result >= 0,
        "==": result == 0,
        "eq": result == 0,
        "!=": result != 0,
        "<>": result != 0,
        "ne": result != 0,
    }
    if operator not in ops:
        raise PhpValueError("version_compare(): Argument #3 ($operator) must be a valid comparison operator")
    return ops[operator]


# ---------------------------------------------------------------- regular expressions (PCRE subset)

_PCRE_CACHE: dict[str, tuple[Any, bool]] = {}


def _pcre(pattern: Any, func: str) -> tuple[Any, bool]:
    """Compile a PHP regex (``/.../flags``) to a Python ``re`` pattern on bytes or str."""
    pat = _str(pattern)
    cached = _PCRE_CACHE.get(pat)
    if cached is not None:
        return cached
    text = pat.lstrip()
    if not text:
        report(E_WARNING, f"{func}(): Empty regular expression")
        raise _RegexFail
    delim = text[0]
    if delim.isalnum() or delim == "\\":
        report(E_WARNING, f"{func}(): Delimiter must not be alphanumeric, backslash, or NUL")
        raise _RegexFail
    end_delim = {"(": ")", "[": "]", "{": "}", "<": ">"}.get(delim, delim)
    i = 1
    depth = 0
    while i < len(text):
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if end_delim != delim and c == delim:
            depth += 1
        elif c == end_delim:
            if depth == 0:
                break
            depth -= 1
        i += 1
    else:
        report(E_WARNING, f"{func}(): No ending delimiter '{end_delim}' found")
        raise _RegexFail
    body = text[1:i]
    mods = text[i + 1 :]
    flags = 0
    unicode = False
    dollar_endonly = False
    for m in mods:
        if m == "i":
            flags |= re.IGNORECASE
        elif m == "m":
            flags |= re.MULTILINE
        elif m == "s":
            flags |= re.DOTALL
        elif m == "x":
            flags |= re.VERBOSE
        elif m == "u":
            unicode = True
        elif m == "D":
            dollar_endonly = True
        elif m in "AUSXJn\n\r ":
            if m == "U":
                raise PhpError("the U (ungreedy) regex modifier is not supported by the translator")
        else:
            report(E_WARNING, f"{func}(): Unknown modifier '{m}'")
            raise _RegexFail
    body = _convert_pcre(body, dollar_endonly)
    if "A" in mods:
        body = r"\A(?:" + body + ")"
    try:
        if unicode:
            compiled = re.compile(body, flags)
        else:
            compiled = re.compile(body.encode("utf-8", "surrogateescape"), flags)
    except re.error as exc:
        report(E_WARNING, f"{func}(): Compilation failed: {exc} at offset {exc.pos or 0}")
        raise _RegexFail from None
    _PCRE_CACHE[pat] = (compiled, unicode)
    return compiled, unicode


class _RegexFail(builtins.Exception):
    pass


def _convert_pcre(body: str, dollar_endonly: bool) -> str:
    out = []
    i = 0
    in_class = False
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body):
            nxt = body[i + 1]
            if nxt == "z":
                out.append(r"\Z")
            elif nxt == "Z":
                out.append(r"(?=\n?\Z)")
            elif nxt == "h":
                out.append(r"[ \t]" if not in_class else r" \t")
            elif nxt == "R":
                out.append(r"(?:\r\n|\n|\r)")
            elif nxt == "e":
                out.append(r"\x1b")
            else:
                out.append(c + nxt)
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
            if c == "[" and body.startswith("[:", i):
                end = body.find(":]", i)
                if end > 0:
                    name = body[i + 2 : end]
                    cls = {
                        "alpha": "a-zA-Z",
                        "digit": "0-9",
                        "alnum": "a-zA-Z0-9",
                        "space": r" \t\n\r\f\v",
                        "upper": "A-Z",
                        "lower": "a-z",
                        "punct": r"!-/:-@\[-`{-~",
                        "xdigit": "0-9a-fA-F",
                        "word": r"\w",
                        "blank": r" \t",
                        "cntrl": r"\x00-\x1f\x7f",
                        "print": r"\x20-\x7e",
                        "graph": r"\x21-\x7e",
                    }.get(name)
                    if cls is not None:
                        out.append(cls)
                        i = end + 2
                        continue
            out.append(c)
            i += 1
            continue
        if c == "[":
            in_class = True
            out.append(c)
            if body.startswith("[^]", i) or body.startswith("[]", i):
                out.append(body[i + 1 : i + (3 if body[i + 1] == "^" else 2)].replace("]", r"\]"))
                i += 3 if body[i + 1] == "^" else 2
                continue
            i += 1
            continue
        if c == "(" and body.startswith("(?<", i) and i + 3 < len(body) and body[i + 3] not in "=!":
            out.append("(?P<")
            i += 3
            continue
        if c == "(" and body.startswith("(?'", i):
            end = body.find("'", i + 3)
            out.append(f"(?P<{body[i + 3 : end]}>")
            i = end + 1
            continue
        if c == "$" and dollar_endonly:
            out.append(r"\Z")
            i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def _subject(subject: Any, unicode: bool) -> Any:
    s = _str(subject)
    return s if unicode else _b(s)


def _out(value: Any, unicode: bool) -> Any:
    if value is None:
        return None
    return value if unicode else _s(value)


def _group_array(
    m: Any, unicode: bool, offset_capture: bool, unmatched_null: bool, trim: bool = True
) -> Array:
    out = Array()
    names = {v: k for k, v in m.re.groupindex.items()}
    last = m.lastindex or 0
    count = m.re.groups if (unmatched_null or not trim) else last
    for g in _py_range(0, count + 1):
        text = m.group(g)
        if text is None:
            value: Any = None if unmatched_null else ""
            start = -1
        else:
            value = _out(text, unicode)
            start = m.start(g)
            if unicode:
                start = len(m.string[:start].encode("utf-8", "surrogateescape"))
        item = Array([value, start]) if offset_capture else value
        if g in names:
            out[names[g]] = item
        out[g] = item
    return out


def preg_match(
    pattern: Any, subject: Any, matches: Ref | None = None, flags: int = 0, offset: int = 0
) -> Any:
    try:
        rx, uni = _pcre(pattern, "preg_match")
    except _RegexFail:
        return False
    subj = _subject(subject, uni)
    m = rx.search(subj, offset)
    if matches is not None:
        matches.value = (
            _group_array(m, uni, bool(flags & PREG_OFFSET_CAPTURE), bool(flags & PREG_UNMATCHED_AS_NULL))
            if m
            else Array()
        )
    return 1 if m else 0


def preg_match_all(
    pattern: Any, subject: Any, matches: Ref | None = None, flags: int = 0, offset: int = 0
) -> Any:
    try:
        rx, uni = _pcre(pattern, "preg_match_all")
    except _RegexFail:
        return False
    subj = _subject(subject, uni)
    found = list(rx.finditer(subj, offset))
    if matches is not None:
        oc = bool(flags & PREG_OFFSET_CAPTURE)
        un = bool(flags & PREG_UNMATCHED_AS_NULL)
        if flags & PREG_SET_ORDER:
            matches.value = Array([_group_array(m, uni, oc, un) for m in found])
        else:
            result = Array()
            names = {v: k for k, v in rx.groupindex.items()}
            for g in _py_range(rx.groups + 1):
                col = Array()
                for m in found:
                    text = m.group(g)
                    value = _out(text, uni) if text is not None else (None if un else "")
                    col.append(Array([value, m.start(g)]) if oc else value)
                if g in names:
                    result[names[g]] = col
                result[g] = php.copy(col) if g in names else col
            matches.value = result
    return len(found)


_REPL_REF = re.compile(r"\\\\|\\(\d{1,2})|\$(\d{1,2})|\$\{(\d{1,2})\}")


def _expand(template: str, m: Any, unicode: bool) -> Any:
    def sub(r: Any) -> str:
        if r.group(0) == "\\\\":
            return "\\"
        g = int(r.group(1) or r.group(2) or r.group(3))
        if g > m.re.groups:
            return ""
        text = m.group(g)
        if text is None:
            return ""
        return text if unicode else _s(text)

    result = _REPL_REF.sub(sub, template)
    return result if unicode else _b(result)


def preg_replace(
    pattern: Any, replacement: Any, subject: Any, limit: int = -1, count: Ref | None = None
) -> Any:
    total = [0]

    def one(subj: Any) -> Any:
        patterns = _vals(pattern) if isinstance(pattern, (dict, list)) else [pattern]
        if isinstance(replacement, (dict, list)):
            repls = _vals(replacement)
        else:
            repls = [replacement] * len(patterns)
        s = _str(subj)
        for i, p in enumerate(patterns):
            try:
                rx, uni = _pcre(p, "preg_replace")
            except _RegexFail:
                return None
            rep = _str(repls[i]) if i < len(repls) else ""
            target = _subject(s, uni)
            count_max = 0 if limit < 0 else limit
            new, n = rx.subn(lambda m, rep=rep, uni=uni: _expand(rep, m, uni), target, count=count_max)
            total[0] += n
            s = new if uni else _s(new)
        return s

    if isinstance(subject, (dict, list)):
        result: Any = Array()
        for k, v in _items(subject):
            result[k] = one(v)
    else:
        result = one(subject)
    if count is not None:
        count.value = total[0]
    return result


def preg_replace_callback(
    pattern: Any, callback: Any, subject: Any, limit: int = -1, count: Ref | None = None, flags: int = 0
) -> Any:
    fn = _cb(callback)
    total = [0]

    def one(subj: Any) -> Any:
        s = _str(subj)
        for p in _vals(pattern) if isinstance(pattern, (dict, list)) else [pattern]:
            try:
                rx, uni = _pcre(p, "preg_replace_callback")
            except _RegexFail:
                return None
            target = _subject(s, uni)

            def call(m: Any, uni: bool = uni) -> Any:
                res = php_str(fn(_group_array(m, uni, False, False)))
                return res if uni else _b(res)

            new, n = rx.subn(call, target, count=0 if limit < 0 else limit)
            total[0] += n
            s = new if uni else _s(new)
        return s

    result = (
        one(subject)
        if not isinstance(subject, (dict, list))
        else Array({k: one(v) for k, v in _items(subject)})
    )
    if count is not None:
        count.value = total[0]
    return result


def preg_split(pattern: Any, subject: Any, limit: Any = -1, flags: int = 0) -> Any:
    try:
        rx, uni = _pcre(pattern, "preg_split")
    except _RegexFail:
        return False
    subj = _subject(subject, uni)
    limit = -1 if limit is None or limit == 0 else limit
    no_empty = bool(flags & PREG_SPLIT_NO_EMPTY)
    delim = bool(flags & PREG_SPLIT_DELIM_CAPTURE)
    offsets = bool(flags & PREG_SPLIT_OFFSET_CAPTURE)
    out = Array()
    pos = 0

    def add(piece: Any, at: int) -> None:
        if no_empty and not piece:
            return
        text = _out(piece, uni)
        out.append(Array([text, at]) if offsets else text)

    for m in rx.finditer(subj):
        if limit > 0 and len(out) >= limit - 1:
            break
        if m.end() == m.start() and (m.start() == 0 or m.start() == len(subj)):
            continue
        if m.end() == m.start() and m.start() == pos and no_empty:
            continue
        add(subj[pos : m.start()], pos)
        if delim:
            for g in _py_range(1, rx.groups + 1):
                if m.group(g) is not None and (m.group(g) or not no_empty):
                    add(m.group(g), m.start(g))
        pos = m.end()
    add(subj[pos:], pos)
    return out


def preg_quote(str: Any, delimiter: Any = None) -> str:  # noqa: A002
    special = set(".\\+*?[^]$(){}=!<>|:-#/") if False else set(".\\+*?[^]$(){}=!<>|:-#")
    if delimiter:
        special |= set(_str(delimiter))
    out = []
    for ch in _str(str):
        if ch == "\0":
            out.append("\\000")
        elif ch in special:
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def preg_grep(pattern: Any, array: Any, flags: int = 0) -> Any:
    try:
        rx, uni = _pcre(pattern, "preg_grep")
    except _RegexFail:
        return False
    out = Array()
    for k, v in _items(array):
        hit = rx.search(_subject(v, uni)) is not None
        if hit != bool(flags & PREG_GREP_INVERT):
            out[k] = v
    return out


def preg_last_error() -> int:
    return 0


def preg_last_error_msg() -> str:
    return "No error"


# ---------------------------------------------------------------- files and directories (until the shim's)


def _fs_path(value: Any) -> str:
    return _str(value)


def _stat_or_warn(func: str, filename: Any) -> Any:
    try:
        return os.stat(_fs_path(filename))
    except OSError:
        report(E_WARNING, f"{func}(): stat failed for {_str(filename)}")
        return None


def filesize(filename: Any) -> Any:
    st = _stat_or_warn("filesize", filename)
    return st.st_size if st is not None else False


def filemtime(filename: Any) -> Any:
    st = _stat_or_warn("filemtime", filename)
    return int(st.st_mtime) if st is not None else False


def fileatime(filename: Any) -> Any:
    st = _stat_or_warn("fileatime", filename)
    return int(st.st_atime) if st is not None else False


def filectime(filename: Any) -> Any:
    st = _stat_or_warn("filectime", filename)
    return int(st.st_ctime) if st is not None else False


def fileperms(filename: Any) -> Any:
    st = _stat_or_warn("fileperms", filename)
    return st.st_mode if st is not None else False


def file_exists(filename: Any) -> bool:
    return os.path.exists(_fs_path(filename))


def is_file(filename: Any) -> bool:
    return os.path.isfile(_fs_path(filename))


def is_dir(filename: Any) -> bool:
    return os.path.isdir(_fs_path(filename))


def is_link(filename: Any) -> bool:
    return os.path.islink(_fs_path(filename))


def is_readable(filename: Any) -> bool:
    return os.access(_fs_path(filename), os.R_OK)


def is_writable(filename: Any) -> bool:
    return os.access(_fs_path(filename), os.W_OK)


is_writeable = is_writable


def is_executable(filename: Any) -> bool:
    return os.access(_fs_path(filename), os.X_OK) and not os.path.isdir(_fs_path(filename))


def getcwd() -> str:
    return _s(os.getcwdb())


def chdir(directory: Any) -> bool:
    try:
        os.chdir(_fs_path(directory))
        return True
    except OSError as exc:
        report(E_WARNING, f"chdir(): {exc.strerror} (errno {exc.errno})")
        return False


def dirname(path: Any, levels: int = 1) -> str:
    p = _str(path)
    for _ in _py_range(levels):
        if not p:
            return ""
        stripped = p.rstrip("/")
        if not stripped:
            return "/"
        if "/" not in stripped:
            p = "."
            continue
        head = stripped[: stripped.rfind("/")].rstrip("/")
        p = head or "/"
    return p


def basename(path: Any, suffix: str = "") -> str:
    p = _str(path).rstrip("/")
    base = p[p.rfind("/") + 1 :] if "/" in p else p
    if suffix and base.endswith(suffix) and base != suffix:
        base = base[: -len(suffix)]
    return base


def pathinfo(path: Any, flags: int = 15) -> Any:
    p = _str(path)
    info = Array()
    d = dirname(p) if "/" in p else "."
    if "/" in p or True:
        info["dirname"] = d
    base = basename(p)
    info["basename"] = base
    if "." in base:
        info["extension"] = base[base.rfind(".") + 1 :]
        info["filename"] = base[: base.rfind(".")]
    else:
        info["filename"] = base
    table = {1: "dirname", 2: "basename", 4: "extension", 8: "filename"}
    if flags in table:
        return info.get(table[flags], "")
    return info


PATHINFO_DIRNAME = 1
PATHINFO_BASENAME = 2
PATHINFO_EXTENSION = 4
PATHINFO_FILENAME = 8


def realpath(path: Any) -> Any:
    p = _fs_path(path) or "."
    if not os.path.exists(p):
        return False
    return os.path.realpath(p)


def unlink(filename: Any, context: Any = None) -> bool:
    try:
        os.unlink(_fs_path(filename))
        return True
    except IsADirectoryError:
        report(E_WARNING, f"unlink({_str(filename)}): Is a directory")
        return False
    except OSError as exc:
        report(E_WARNING, f"unlink({_str(filename)}): {exc.strerror}")
        return False


def mkdir(directory: Any, permissions: int = 0o777, recursive: bool = False, context: Any = None) -> bool:
    try:
        if recursive:
            os.makedirs(_fs_path(directory), permissions)
        else:
            os.mkdir(_fs_path(directory), permissions)
        return True
    except OSError as exc:
        report(E_WARNING, f"mkdir(): {exc.strerror}")
        return False


def rmdir(directory: Any, context: Any = None) -> bool:
    try:
        os.rmdir(_fs_path(directory))
        return True
    except OSError as exc:
        report(E_WARNING, f"rmdir({_str(directory)}): {exc.strerror}")
        return False


def rename(from_: Any = None, to: Any = None, context: Any = None, **kw: Any) -> bool:
    src = kw.get("from", from_)
    try:
        os.rename(_fs_path(src), _fs_path(to))
        return True
    except OSError as exc:
        report(E_WARNING, f"rename({_str(src)},{_str(to)}): {exc.strerror}")
        return False


def copy(from_: Any = None, to: Any = None, context: Any = None, **kw: Any) -> bool:
    import shutil

    src = kw.get("from", from_)
    try:
        shutil.copyfile(_fs_path(src), _fs_path(to))
        return True
    except OSError as exc:
        report(E_WARNING, f"copy({_str(src)}): Failed to open stream: {exc.strerror}")
        return False


def touch(filename: Any, mtime: Any = None, atime: Any = None) -> bool:
    p = _fs_path(filename)
    try:
        with open(p, "ab"):
            pass
        if mtime is not None:
            os.utime(p, (atime if atime is not None else mtime, mtime))
        else:
            os.utime(p, None)
        return True
    except OSError as exc:
        report(E_WARNING, f"touch(): Unable to create file {_str(filename)} because {exc.strerror}")
        return False


def chmod(filename: Any, permissions: int) -> bool:
    try:
        os.chmod(_fs_path(filename), permissions)
        return True
    except OSError as exc:
        report(E_WARNING, f"chmod(): {exc.strerror}")
        return False


def scandir(directory: Any, sorting_order: int = 0, context: Any = None) -> Any:
    try:
        names = os.listdir(_fs_path(directory))
    except OSError as exc:
        report(E_WARNING, f"scandir({_str(directory)}): Failed to open directory: {exc.strerror}")
        report(E_WARNING, f"scandir(): (errno {exc.errno}): {exc.strerror}")
        return False
    names = sorted([".", "..", *names], key=lambda x: _b(x), reverse=bool(sorting_order))
    return Array(names)


def glob(pattern: Any, flags: int = 0) -> Any:
    import glob as _glob

    return Array(sorted(_glob.glob(_fs_path(pattern)), key=lambda x: _b(x)))


def sys_get_temp_dir() -> str:
    return os.environ.get("TMPDIR", "/tmp").rstrip("/") or "/tmp"


def clearstatcache(clear_realpath_cache: bool = False, filename: str = "") -> None:
    return None


# ---------------------------------------------------------------- exit


def exit_(status: Any = None) -> None:
    """``exit``/``die``: a string is printed, an int is the exit code."""
    from ..output import echo

    if isinstance(status, (str, bytes)):
        echo(status)
        raise PhpExit(0)
    if status is None:
        raise PhpExit(0)
    raise PhpExit(php.int(status))


def _shim_names() -> set[str]:
    import phpcompat

    return set(getattr(phpcompat, "__all__", []))


_PRIVATE = {
    "annotations",
    "base64",
    "builtins",
    "binascii",
    "hashlib",
    "math",
    "os",
    "random",
    "re",
    "sys",
    "zlib",
    "Callable",
    "Any",
    "PhpError",
    "PhpExit",
    "PhpTypeError",
    "PhpValueError",
    "Ref",
    "float_repr",
    "php_str",
    "E_DEPRECATED",
    "E_NOTICE",
    "E_WARNING",
    "report",
    "php",
    "catch_classes",
    "Array",
}

__all__ = sorted(
    name
    for name, value in list(globals().items())
    if not name.startswith("_")
    and name not in _PRIVATE
    and name not in _shim_names()
    and not (isinstance(value, type(sys)))
)
__all__ = [n for n in __all__ if n != "Error"] + ["Array", "Error"]
