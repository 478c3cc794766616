"""PHP semantics that Python spells differently, for translated code (``php.*``).

Translated modules do ``from phpcompat.translate import runtime as php`` and
call these helpers only where Python's own operator would give a different
answer: loose comparison, arithmetic on strings and overflowing integers,
string increment, PHP's truthiness, array keys and copy-on-assign, quiet
reads for ``isset``/``??``, ``static`` variables, ``include``.  Every helper
follows PHP 8.2 (checked against ``php`` by the translator's tests) and emits
PHP's warnings through ``phpcompat.errors.report``.

PHP arrays built by translated code are :class:`Array` (a ``dict`` keeping
PHP's key rules and next free index); lists and dicts coming from the shim are
accepted everywhere an array is expected.
"""

from __future__ import annotations

import builtins
import enum as _enum
import math
import os
import re
import sys
import types
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .._core.failures import PhpError, PhpTypeError
from .._core.values import Ref, float_repr, php_bytes, php_str
from ..errors import E_DEPRECATED, E_WARNING, report, silence

__all__ = [
    "Array",
    "Ref",
    "P",
    "key",
    "copy",
    "array",
    "str",
    "bool",
    "int",
    "float",
    "number",
    "eq",
    "ne",
    "same",
    "not_same",
    "lt",
    "le",
    "gt",
    "ge",
    "cmp",
    "add",
    "sub",
    "mul",
    "div",
    "mod",
    "pow",
    "neg",
    "pos",
    "bitand",
    "bitor",
    "bitxor",
    "bitnot",
    "shl",
    "shr",
    "inc",
    "dec",
    "concat",
    "values",
    "items",
    "keys",
    "unpack",
    "unpack_keys",
    "dig",
    "sub_item",
    "prop_array",
    "setitem",
    "setattr",
    "push",
    "statics",
    "silent",
    "include",
    "file",
    "dir",
    "script_argv",
    "Throwable",
    "class_name",
    "new",
    "call",
    "instance_of",
    "clone",
    "cast_object",
    "ListArray",
    "xor",
    "unset_item",
    "type_name",
    "prop",
    "read_prop",
    "exception_types",
    "first",
    "pre",
    "post",
    "callback",
    "no_match",
    "throw",
    "unset_prop",
    "superglobal",
    "owner",
    "arg_count",
    "Keyed",
    "delegate",
    "generator",
    "IncludeReturn",
    "is_numeric_str",
]

INT_MAX = 2**63 - 1
INT_MIN = -(2**63)
_py_int = builtins.int
_py_float = builtins.float
_py_str = builtins.str
_py_bool = builtins.bool

Throwable = builtins.Exception

_INT_KEY = re.compile(r"-?[1-9][0-9]*\Z|0\Z")


def type_name(value: Any) -> _py_str:
    """The type PHP names in operator errors (``string``, ``int``, ``array``, a class)."""
    if value is None:
        return "null"
    if isinstance(value, _py_bool):
        return "bool"
    if isinstance(value, _py_int):
        return "int"
    if isinstance(value, _py_float):
        return "float"
    if isinstance(value, (_py_str, bytes)):
        return "string"
    if isinstance(value, (dict, list)):
        return "array"
    from .._core.resources import Resource

    if isinstance(value, Resource):
        return "resource"
    return class_name(value)


def class_name(value: Any) -> _py_str:
    """PHP's name for the class of ``value`` (the shim's ``PhpTypeError`` is ``TypeError``)."""
    cls = value if isinstance(value, type) else type(value)
    name = getattr(cls, "__php_name__", None)
    if name is not None:
        return name  # type: ignore[no-any-return]
    name = cls.__name__
    if (
        name.startswith("Php")
        and cls.__module__.startswith("phpcompat.")
        and not cls.__module__.startswith("phpcompat.translate")
    ):
        return name[3:]
    return name


# ---------------------------------------------------------------- keys and arrays


def key(k: Any) -> Any:
    """An array key as PHP stores it: "5" is 5, true is 1, null is "", 1.7 is 1."""
    t = type(k)
    if t is _py_int:
        return k
    if t is _py_str:
        if k and (k[0].isdigit() or k[0] == "-") and _INT_KEY.match(k):
            v = _py_int(k)
            if INT_MIN <= v <= INT_MAX:
                return v
        return k
    if t is _py_bool:
        return _py_int(k)
    if k is None:
        return ""
    if t is _py_float:
        if not math.isfinite(k):
            return 0
        v = _wrap(_py_int(k))
        if v != k:
            report(E_DEPRECATED, f"Implicit conversion from float {float_repr(k)} to int loses precision")
        return v
    if isinstance(k, bytes):
        return key(k.decode("utf-8", "surrogateescape"))
    from .._core.resources import Resource

    if isinstance(k, Resource):
        report(E_WARNING, f"Resource ID#{k.id} used as offset, casting to integer ({k.id})")
        return k.id
    raise PhpTypeError("Illegal offset type")


def _missing_key(k: Any) -> None:
    if isinstance(k, _py_str):
        report(E_WARNING, f'Undefined array key "{k}"')
    else:
        report(E_WARNING, f"Undefined array key {k}")


class Array(dict):  # type: ignore[type-arg]
    """A PHP array: ordered, PHP key normalisation, next free index, warnings on missing keys."""

    __slots__ = ("_next",)

    def __init__(self, items: Any = ()) -> None:
        dict.__init__(self)
        self._next = 0
        if isinstance(items, dict):
            for k, v in items.items():
                self[k] = v
        elif isinstance(items, list):
            dict.update(self, enumerate(items))
            self._next = len(items)
        else:
            for v in items:
                self.append(v)

    @classmethod
    def pairs(cls, pairs: Iterable[tuple[Any, Any]]) -> Array:
        """An array from (key, value) pairs; a key of ``None`` means "next index"."""
        arr = cls()
        for k, v in pairs:
            if k is Ellipsis:
                arr.append(v)
            else:
                arr[k] = v
        return arr

    @classmethod
    def spread(cls, *parts: Any) -> Array:
        """``[...$a, ...$b]``: string keys kept, integer keys renumbered (PHP 8.1)."""
        arr = cls()
        for part in parts:
            for k, v in items(part):
                if isinstance(k, _py_int):
                    arr.append(v)
                else:
                    arr[k] = v
        return arr

    def __getitem__(self, k: Any) -> Any:
        if type(k) is not _py_int:
            k = key(k)
        try:
            return dict.__getitem__(self, k)
        except KeyError:
            _missing_key(k)
            return None

    def __setitem__(self, k: Any, v: Any) -> None:
        if type(k) is not _py_int:
            k = key(k)
        dict.__setitem__(self, k, v)
        if type(k) is _py_int and k >= self._next:
            self._next = k + 1 if k < INT_MAX else k

    def __delitem__(self, k: Any) -> None:
        if type(k) is not _py_int:
            k = key(k)
        dict.pop(self, k, None)

    def __contains__(self, k: object) -> _py_bool:
        try:
            return dict.__contains__(self, key(k))
        except PhpTypeError:
            return False

    def get(self, k: Any, default: Any = None) -> Any:
        return dict.get(self, key(k), default)

    def pop(self, k: Any, *default: Any) -> Any:
        return dict.pop(self, key(k), *default)

    def append(self, v: Any) -> None:
        """``$a[] = v``."""
        k = self._next
        if k > INT_MAX or (k == INT_MAX and dict.__contains__(self, k)):
            report(E_WARNING, "Cannot add element to the array as the next element is already occupied")
            return
        dict.__setitem__(self, k, v)
        self._next = k + 1

    def copy(self) -> Array:
        """PHP's copy on assignment: nested arrays are copied too, objects shared."""
        arr = Array.__new__(Array)
        dict.__init__(arr)
        for k, v in dict.items(self):
            t = type(v)
            if t is Array or t is list or t is dict:
                v = copy(v)
            dict.__setitem__(arr, k, v)
        arr._next = self._next
        return arr

    def is_list(self) -> _py_bool:
        return all(k == i for i, k in enumerate(dict.keys(self)))

    def __repr__(self) -> _py_str:
        return f"Array({dict.__repr__(self)})"

    def __reduce__(self) -> Any:
        return (Array, (dict(self),))


ListArray = Array


def copy(value: Any) -> Any:
    """The value a PHP assignment stores: arrays copied (as :class:`Array`), the rest as is."""
    t = type(value)
    if t is Array:
        return value.copy()
    if t is list:
        return Array([copy(v) if type(v) in (list, dict, Array) else v for v in value])
    if t is dict:
        return Array({k: copy(v) if type(v) in (list, dict, Array) else v for k, v in value.items()})
    return value


def array(value: Any) -> Array:
    """``(array)$value``."""
    if isinstance(value, Array):
        return value
    if isinstance(value, (list, dict)):
        return Array(value)
    if value is None:
        return Array()
    if isinstance(value, (_py_bool, _py_int, _py_float, _py_str, bytes)):
        return Array([value])
    from .._core.resources import Resource

    if isinstance(value, Resource):
        return Array([value])
    return Array(_object_vars(value))


def cast_object(value: Any) -> Any:
    """``(object)$value``: arrays become ``stdClass``."""
    from .library import stdClass

    if isinstance(value, (dict, list)):
        obj = stdClass()
        for k, v in items(value):
            builtins.setattr(obj, _py_str(k), v)
        return obj
    if value is None:
        return stdClass()
    if isinstance(value, (_py_bool, _py_int, _py_float, _py_str)):
        obj = stdClass()
        obj.scalar = value
        return obj
    return value


def _object_vars(obj: Any) -> dict[_py_str, Any]:
    try:
        return {k: v for k, v in vars(obj).items() if not k.startswith("_php_")}
    except TypeError:
        return {}


# ---------------------------------------------------------------- conversions

str = php_str  # noqa: A001 - php.str(x) is PHP's string conversion


def bool(value: Any) -> _py_bool:  # noqa: A001
    """PHP truthiness: "" and "0" are false, empty arrays false, objects true."""
    t = type(value)
    if t is _py_bool:
        return value
    if t is _py_str:
        return value != "" and value != "0"
    if value is None:
        return False
    if t is _py_int or t is _py_float:
        return value != 0
    if isinstance(value, (dict, list)):
        return len(value) > 0
    if isinstance(value, bytes):
        return value not in (b"", b"0")
    if isinstance(value, Ref):
        return bool(value.value)
    return True


_NUM_PREFIX = re.compile(r"[ \t\n\r\v\f]*[+-]?(?:(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)")
_WS = " \t\n\r\v\f"


def _numeric_prefix(s: _py_str) -> tuple[int | _py_float | None, _py_bool]:
    """(value of the leading number or None, whether the whole string is numeric)."""
    m = _NUM_PREFIX.match(s)
    if not m:
        return None, False
    text = m.group().strip(_WS)
    whole = s[m.end() :].strip(_WS) == ""
    if "." in text or "e" in text or "E" in text:
        return _py_float(text), whole
    v = _py_int(text)
    if not INT_MIN <= v <= INT_MAX:
        return _py_float(v), whole
    return v, whole


def is_numeric_str(s: _py_str) -> _py_bool:
    value, whole = _numeric_prefix(s)
    return value is not None and whole


def int(value: Any) -> _py_int:  # noqa: A001
    """``(int)$value``: no warnings, PHP's truncation and wrap-around."""
    t = type(value)
    if t is _py_int:
        return value
    if t is _py_bool:
        return _py_int(value)
    if value is None:
        return 0
    if t is _py_float:
        return _float_to_int(value)
    if t is _py_str or isinstance(value, bytes):
        s = value if t is _py_str else value.decode("utf-8", "surrogateescape")
        v, _ = _numeric_prefix(s)
        if v is None:
            return 0
        return v if isinstance(v, _py_int) else _float_to_int(v)
    if isinstance(value, (dict, list)):
        return 1 if value else 0
    from .._core.resources import Resource

    if isinstance(value, Resource):
        return value.id
    report(E_WARNING, f"Object of class {class_name(value)} could not be converted to int")
    return 1


def _float_to_int(value: _py_float) -> _py_int:
    if not math.isfinite(value):
        return 0
    return _wrap(_py_int(value))


def _wrap(v: _py_int) -> _py_int:
    if INT_MIN <= v <= INT_MAX:
        return v
    v &= 0xFFFFFFFFFFFFFFFF
    return v - (1 << 64) if v > INT_MAX else v


def float(value: Any) -> _py_float:  # noqa: A001
    """``(float)$value``."""
    t = type(value)
    if t is _py_float:
        return value
    if t is _py_int or t is _py_bool:
        return _py_float(value)
    if value is None:
        return 0.0
    if t is _py_str or isinstance(value, bytes):
        s = value if t is _py_str else value.decode("utf-8", "surrogateescape")
        v, _ = _numeric_prefix(s)
        return _py_float(v) if v is not None else 0.0
    if isinstance(value, (dict, list)):
        return 1.0 if value else 0.0
    return _py_float(int(value))


def number(value: Any, op: _py_str = "+", other: Any = 0, left: _py_bool = True) -> _py_int | _py_float:
    """An arithmetic operand: PHP 8's numeric-string rules, warnings and TypeErrors."""
    t = type(value)
    if t is _py_int or t is _py_float:
        return value
    if t is _py_bool:
        return _py_int(value)
    if value is None:
        return 0
    if t is _py_str or isinstance(value, bytes):
        s = value if t is _py_str else value.decode("utf-8", "surrogateescape")
        v, whole = _numeric_prefix(s)
        if v is None:
            _unsupported(op, value, other, left)
        if not whole:
            report(E_WARNING, "A non-numeric value encountered")
        return v  # type: ignore[return-value]
    from .._core.resources import Resource

    if isinstance(value, Resource):
        return value.id
    _unsupported(op, value, other, left)
    raise AssertionError


def _unsupported(op: _py_str, value: Any, other: Any, left: _py_bool) -> None:
    a, b = (value, other) if left else (other, value)
    raise PhpTypeError(f"Unsupported operand types: {type_name(a)} {op} {type_name(b)}")


# ---------------------------------------------------------------- comparison


def _is_array(v: Any) -> _py_bool:
    return isinstance(v, (dict, list))


def _arr_items(v: Any) -> Any:
    return v.items() if isinstance(v, dict) else enumerate(v)


def _cmp_num(a: Any, b: Any) -> _py_int:
    return (a > b) - (a < b)


def _to_text(v: Any) -> _py_str:
    return v if type(v) is _py_str else v.decode("utf-8", "surrogateescape")


def cmp(a: Any, b: Any) -> _py_int:
    """``a <=> b``: PHP 8's comparison (-1, 0 or 1)."""
    ta, tb = type(a), type(b)
    if (ta is _py_int or ta is _py_float) and (tb is _py_int or tb is _py_float):
        return _cmp_num(a, b)
    if isinstance(a, bytes):
        a = _to_text(a)
        ta = _py_str
    if isinstance(b, bytes):
        b = _to_text(b)
        tb = _py_str
    if ta is _py_str and tb is _py_str:
        va, wa = _numeric_prefix(a)
        vb, wb = _numeric_prefix(b)
        if va is not None and wa and vb is not None and wb:
            return _cmp_num(va, vb)
        ba = a.encode("utf-8", "surrogateescape")
        bb = b.encode("utf-8", "surrogateescape")
        return _cmp_num(ba, bb)
    if a is None and b is None:
        return 0
    if a is None and tb is _py_str:
        return -1 if b != "" else 0
    if b is None and ta is _py_str:
        return 1 if a != "" else 0
    if ta is _py_bool or tb is _py_bool or a is None or b is None:
        return _cmp_num(bool(a), bool(b))
    if ta is _py_str and (tb is _py_int or tb is _py_float):
        return -_cmp_str_num(b, a)
    if tb is _py_str and (ta is _py_int or ta is _py_float):
        return _cmp_str_num(a, b)
    if _is_array(a) and _is_array(b):
        if len(a) != len(b):
            return _cmp_num(len(a), len(b))
        db = b if isinstance(b, dict) else dict(enumerate(b))
        for k, v in _arr_items(a):
            k = key(k)
            if k not in db:
                return 1
            c = cmp(v, db[k])
            if c:
                return c
        return 0
    if _is_array(a):
        return 1
    if _is_array(b):
        return -1
    from .._core.resources import Resource

    if isinstance(a, Resource) or isinstance(b, Resource):
        return _cmp_num(number(a), number(b))
    if ta is tb and hasattr(a, "__dict__"):
        va, vb = _object_vars(a), _object_vars(b)
        if a is b:
            return 0
        for k, v in va.items():
            if k not in vb:
                return 1
            c = cmp(v, vb[k])
            if c:
                return c
        return 0
    if hasattr(a, "__dict__") and hasattr(b, "__dict__"):
        return 1
    if hasattr(a, "__dict__"):
        return 1 if not (tb is _py_int or tb is _py_float) else _cmp_num(1, b)
    return -1 if not (ta is _py_int or ta is _py_float) else _cmp_num(a, 1)


def _cmp_str_num(n: Any, s: _py_str) -> _py_int:
    v, whole = _numeric_prefix(s)
    if v is not None and whole:
        return _cmp_num(n, v)
    ns = php_str(n).encode("utf-8", "surrogateescape")
    return _cmp_num(ns, s.encode("utf-8", "surrogateescape"))


def eq(a: Any, b: Any) -> _py_bool:
    """``a == b`` (loose)."""
    ta, tb = type(a), type(b)
    if ta is tb and (ta is _py_int or ta is _py_float or ta is _py_bool):
        return a == b
    if _is_array(a) and _is_array(b):
        if len(a) != len(b):
            return False
        db = b if isinstance(b, dict) else dict(enumerate(b))
        for k, v in _arr_items(a):
            k = key(k)
            if k not in db or not eq(v, db[k]):
                return False
        return True
    if hasattr(a, "__dict__") and hasattr(b, "__dict__") and not _is_array(a) and not _is_array(b):
        from .._core.resources import Resource

        if isinstance(a, Resource) or isinstance(b, Resource):
            return a is b
        if a is b:
            return True
        if type(a) is not type(b):
            return False
        return cmp(a, b) == 0
    return cmp(a, b) == 0


def ne(a: Any, b: Any) -> _py_bool:
    return not eq(a, b)


def same(a: Any, b: Any) -> _py_bool:
    """``a === b``."""
    ta, tb = type(a), type(b)
    if ta is not tb:
        if isinstance(a, (_py_str, bytes)) and isinstance(b, (_py_str, bytes)):
            return _to_text(a) == _to_text(b)
        if _is_array(a) and _is_array(b):
            return _same_array(a, b)
        return False
    if ta is _py_float:
        return a == b
    if _is_array(a):
        return _same_array(a, b)
    if ta in (_py_int, _py_str, _py_bool, type(None), bytes):
        return _py_bool(a == b)
    return a is b


def _same_array(a: Any, b: Any) -> _py_bool:
    if len(a) != len(b):
        return False
    for (ka, va), (kb, vb) in zip(_arr_items(a), _arr_items(b), strict=False):
        if key(ka) != key(kb) or type(key(ka)) is not type(key(kb)) or not same(va, vb):
            return False
    return True


def not_same(a: Any, b: Any) -> _py_bool:
    return not same(a, b)


def lt(a: Any, b: Any) -> _py_bool:
    return cmp(a, b) < 0


def le(a: Any, b: Any) -> _py_bool:
    return cmp(a, b) <= 0


def gt(a: Any, b: Any) -> _py_bool:
    return cmp(b, a) < 0


def ge(a: Any, b: Any) -> _py_bool:
    return cmp(b, a) <= 0


def xor(a: Any, b: Any) -> _py_bool:
    return bool(a) != bool(b)


# ---------------------------------------------------------------- arithmetic


def _fix(v: _py_int | _py_float, exact: Callable[[], _py_float]) -> _py_int | _py_float:
    if type(v) is _py_int and not INT_MIN <= v <= INT_MAX:
        return exact()
    return v


def add(a: Any, b: Any) -> Any:
    """``a + b``: numbers, numeric strings (with PHP's warnings) and array union."""
    if _is_array(a) and _is_array(b):
        out = copy(a) if type(a) is not Array else a.copy()
        for k, v in _arr_items(b):
            if k not in out:
                out[k] = copy(v)
        return out
    if _is_array(a) or _is_array(b):
        raise PhpTypeError(f"Unsupported operand types: {type_name(a)} + {type_name(b)}")
    x, y = number(a, "+", b, True), number(b, "+", a, False)
    r = x + y
    if type(r) is _py_int and not INT_MIN <= r <= INT_MAX:
        return _py_float(x) + _py_float(y)
    return r


def sub(a: Any, b: Any) -> Any:
    x, y = number(a, "-", b, True), number(b, "-", a, False)
    r = x - y
    if type(r) is _py_int and not INT_MIN <= r <= INT_MAX:
        return _py_float(x) - _py_float(y)
    return r


def mul(a: Any, b: Any) -> Any:
    x, y = number(a, "*", b, True), number(b, "*", a, False)
    r = x * y
    if type(r) is _py_int and not INT_MIN <= r <= INT_MAX:
        return _py_float(x) * _py_float(y)
    return r


def div(a: Any, b: Any) -> Any:
    """``a / b``: an int when exact, else a float; DivisionByZeroError on zero."""
    x, y = number(a, "/", b, True), number(b, "/", a, False)
    if y == 0:
        from .library import DivisionByZeroError

        raise DivisionByZeroError("Division by zero")
    if type(x) is _py_int and type(y) is _py_int:
        if x % y == 0:
            r = x // y
            if INT_MIN <= r <= INT_MAX:
                return r
            return _py_float(r)
        return x / y
    return _py_float(x) / _py_float(y)


def _int_operand(v: Any, op: _py_str, other: Any, left: _py_bool) -> _py_int:
    x = number(v, op, other, left)
    if type(x) is _py_float:
        if not math.isfinite(x) or x != math.floor(x) or not INT_MIN <= x <= INT_MAX:
            if math.isfinite(x) and INT_MIN <= x <= INT_MAX:
                report(E_DEPRECATED, f"Implicit conversion from float {float_repr(x)} to int loses precision")
            return _float_to_int(x)
        return _py_int(x)
    return x  # type: ignore[return-value]


def mod(a: Any, b: Any) -> _py_int:
    """``a % b``: integer remainder with the dividend's sign; error on zero."""
    x, y = _int_operand(a, "%", b, True), _int_operand(b, "%", a, False)
    if y == 0:
        from .library import DivisionByZeroError

        raise DivisionByZeroError("Modulo by zero")
    r = abs(x) % abs(y)
    return -r if x < 0 else r


def pow(a: Any, b: Any) -> Any:  # noqa: A001
    x, y = number(a, "**", b, True), number(b, "**", a, False)
    if type(x) is _py_int and type(y) is _py_int and y >= 0:
        r = x**y
        if INT_MIN <= r <= INT_MAX:
            return r
        return _py_float(x) ** y
    try:
        return _py_float(x) ** _py_float(y)
    except ZeroDivisionError:
        from .library import DivisionByZeroError

        raise DivisionByZeroError("Power of base 0 and negative exponent is not allowed") from None
    except OverflowError:
        return math.inf


def neg(a: Any) -> Any:
    x = number(a, "*", -1, True)
    if type(x) is _py_int and x == INT_MIN:
        return -_py_float(x)
    return -x


def pos(a: Any) -> Any:
    return number(a, "*", 1, True)


def _bytes_op(a: Any, b: Any, f: Callable[[_py_int, _py_int], _py_int], shortest: _py_bool) -> _py_str:
    ba = a.encode("utf-8", "surrogateescape") if isinstance(a, _py_str) else _py_str(a).encode()
    bb = b.encode("utf-8", "surrogateescape") if isinstance(b, _py_str) else _py_str(b).encode()
    if shortest:
        n = min(len(ba), len(bb))
        out = bytes(f(x, y) for x, y in zip(ba[:n], bb[:n], strict=False))
    else:
        n = max(len(ba), len(bb))
        ba, bb = ba.ljust(n, b"\0"), bb.ljust(n, b"\0")
        out = bytes(f(x, y) for x, y in zip(ba, bb, strict=False))
    return out.decode("utf-8", "surrogateescape")


def bitand(a: Any, b: Any) -> Any:
    if isinstance(a, _py_str) and isinstance(b, _py_str):
        return _bytes_op(a, b, lambda x, y: x & y, True)
    return _wrap(_int_operand(a, "&", b, True) & _int_operand(b, "&", a, False))


def bitor(a: Any, b: Any) -> Any:
    if isinstance(a, _py_str) and isinstance(b, _py_str):
        return _bytes_op(a, b, lambda x, y: x | y, False)
    return _wrap(_int_operand(a, "|", b, True) | _int_operand(b, "|", a, False))


def bitxor(a: Any, b: Any) -> Any:
    if isinstance(a, _py_str) and isinstance(b, _py_str):
        return _bytes_op(a, b, lambda x, y: x ^ y, True)
    return _wrap(_int_operand(a, "^", b, True) ^ _int_operand(b, "^", a, False))


def bitnot(a: Any) -> Any:
    if isinstance(a, _py_str):
        data = a.encode("utf-8", "surrogateescape")
        return bytes(~x & 0xFF for x in data).decode("utf-8", "surrogateescape")
    if type(a) is _py_float:
        return ~_float_to_int(a)
    if type(a) is _py_int:
        return ~a
    raise PhpTypeError(f"Cannot perform bitwise not on {type_name(a)}")


def shl(a: Any, b: Any) -> _py_int:
    x, y = _int_operand(a, "<<", b, True), _int_operand(b, "<<", a, False)
    if y < 0:
        from .library import ArithmeticError

        raise ArithmeticError("Bit shift by negative number")
    if y >= 64:
        return 0
    return _wrap(x << y)


def shr(a: Any, b: Any) -> _py_int:
    x, y = _int_operand(a, ">>", b, True), _int_operand(b, ">>", a, False)
    if y < 0:
        from .library import ArithmeticError

        raise ArithmeticError("Bit shift by negative number")
    if y >= 64:
        return -1 if x < 0 else 0
    return x >> y


# PHP's string increment: each range wraps to its low end and carries; a carry
# out of the first character prepends the range's "first" ("z" -> "aa", "9" -> "10").
_INCREMENT_RANGES = (("a", "z", "a"), ("A", "Z", "A"), ("0", "9", "1"))


def _str_inc(s: _py_str) -> _py_str:
    chars = list(s)
    pos = len(chars) - 1
    last = ""
    carry = False
    while pos >= 0:
        ch = chars[pos]
        for low, high, first in _INCREMENT_RANGES:
            if low <= ch <= high:
                last = first
                carry = ch == high
                chars[pos] = low if carry else chr(ord(ch) + 1)
                break
        else:
            carry = False
            break
        if not carry:
            break
        pos -= 1
    if carry:
        chars.insert(0, last)
    return "".join(chars)


def inc(v: Any) -> Any:
    """``++``: numbers, null (to 1), numeric strings as numbers, other strings Perl-style."""
    t = type(v)
    if t is _py_int:
        return v + 1 if v != INT_MAX else _py_float(v) + 1.0
    if t is _py_float:
        return v + 1.0
    if v is None:
        return 1
    if t is _py_str:
        if v == "":
            return "1"
        n, whole = _numeric_prefix(v)
        if n is not None and whole:
            return inc(n)
        return _str_inc(v)
    if t is _py_bool:
        return v
    raise PhpTypeError(f"Cannot increment {type_name(v)}")


def dec(v: Any) -> Any:
    """``--``: numbers; null stays null; non-numeric strings are unchanged (PHP 8.2)."""
    t = type(v)
    if t is _py_int:
        return v - 1 if v != INT_MIN else _py_float(v) - 1.0
    if t is _py_float:
        return v - 1.0
    if v is None:
        return None
    if t is _py_str:
        if v == "":
            return -1
        n, whole = _numeric_prefix(v)
        if n is not None and whole:
            return dec(n)
        return v
    if t is _py_bool:
        return v
    raise PhpTypeError(f"Cannot decrement {type_name(v)}")


def concat(*parts: Any) -> _py_str:
    """``a . b . c``."""
    return "".join(p if type(p) is _py_str else php_str(p) for p in parts)


# ---------------------------------------------------------------- iteration and access


def _foreach_warning(value: Any) -> None:
    report(E_WARNING, f"foreach() argument must be of type array|object, {type_name(value)} given")


def items(value: Any) -> Iterable[tuple[Any, Any]]:
    """``foreach ($value as $k => $v)``: a snapshot of the pairs, as PHP iterates a copy."""
    if isinstance(value, dict):
        return list(dict.items(value))
    if isinstance(value, list):
        return list(enumerate(value))
    if isinstance(value, Ref):
        return items(value.value)
    if value is None or isinstance(value, (_py_bool, _py_int, _py_float, _py_str, bytes)):
        _foreach_warning(value)
        return ()
    from .._core.resources import Resource

    if isinstance(value, Resource):
        _foreach_warning(value)
        return ()
    return _object_items(value)


def _object_items(obj: Any) -> Iterator[tuple[Any, Any]]:
    get_iterator = getattr(obj, "getIterator", None)
    if get_iterator is not None:
        yield from _object_items(get_iterator())
        return
    if all(hasattr(obj, m) for m in ("current", "key", "next", "valid", "rewind")):
        obj.rewind()
        while bool(obj.valid()):
            yield obj.key(), obj.current()
            obj.next()
        return
    if isinstance(obj, (types.GeneratorType, Iterator)):
        yield from enumerate(obj)
        return
    yield from list(_object_vars(obj).items())


def values(value: Any) -> Iterable[Any]:
    """``foreach ($value as $v)``."""
    if isinstance(value, dict):
        return list(dict.values(value))
    if isinstance(value, list):
        return list(value)
    return (v for _, v in items(value))


def keys(value: Any) -> list[Any]:
    """The keys of an array (for ``foreach`` by reference)."""
    if isinstance(value, dict):
        return list(dict.keys(value))
    if isinstance(value, list):
        return list(range(len(value)))
    _foreach_warning(value)
    return []


def unpack(value: Any, count: _py_int) -> tuple[Any, ...]:
    """``[$a, $b] = $value``: elements 0..count-1 (null, with a warning, when missing)."""
    if isinstance(value, dict):
        out = []
        for i in range(count):
            if dict.__contains__(value, i):
                out.append(dict.__getitem__(value, i))
            else:
                _missing_key(i)
                out.append(None)
        return tuple(out)
    if isinstance(value, list):
        out = list(value[:count])
        for i in range(len(out), count):
            _missing_key(i)
            out.append(None)
        return tuple(out)
    return (None,) * count


def unpack_keys(value: Any, *wanted: Any) -> tuple[Any, ...]:
    """``['x' => $a, 'y' => $b] = $value``."""
    if not isinstance(value, (dict, list)):
        return (None,) * len(wanted)
    out = []
    for k in wanted:
        k = key(k)
        if isinstance(value, dict):
            if dict.__contains__(value, k):
                out.append(dict.__getitem__(value, k))
                continue
        elif isinstance(k, _py_int) and 0 <= k < len(value):
            out.append(value[k])
            continue
        _missing_key(k)
        out.append(None)
    return tuple(out)


class P:
    """A property step in a :func:`dig` path: ``php.dig(obj, php.P("name"), "key")``."""

    __slots__ = ("name",)

    def __init__(self, name: _py_str) -> None:
        self.name = name


def dig(base: Any, *path: Any) -> Any:
    """A quiet read for ``isset``/``??``/``@``: the value, or None when any step is missing."""
    for step in path:
        if base is None:
            return None
        if isinstance(base, Ref):
            base = base.value
        if type(step) is P:
            if isinstance(base, (dict, list, _py_str, _py_int, _py_float, _py_bool)):
                return None
            d = getattr(base, "__dict__", None)
            if d is not None and step.name in d:
                base = d[step.name]
                continue
            if any(step.name in vars(c) for c in type(base).__mro__):
                base = builtins.getattr(base, step.name, None)
                continue
            isset = getattr(type(base), "__isset__", None)
            if isset is not None:
                if not bool(isset(base, step.name)):
                    return None
                base = builtins.getattr(base, step.name, None)
                continue
            base = builtins.getattr(base, step.name, None) if hasattr(type(base), step.name) else None
            continue
        if isinstance(base, dict):
            try:
                base = dict.get(base, key(step))
            except PhpTypeError:
                return None
        elif isinstance(base, list):
            k = key(step)
            base = base[k] if isinstance(k, _py_int) and 0 <= k < len(base) else None
        elif isinstance(base, _py_str):
            k = step
            if isinstance(k, _py_str):
                v, whole = _numeric_prefix(k)
                if not (isinstance(v, _py_int) and whole):
                    return None
                k = v
            if not isinstance(k, (_py_int, _py_float, _py_bool)):
                return None
            k = _py_int(k)
            data = base.encode("utf-8", "surrogateescape") if not base.isascii() else base
            if -len(data) <= k < len(data):
                ch = data[k]
                base = ch if isinstance(ch, _py_str) else bytes([ch]).decode("utf-8", "surrogateescape")
            else:
                return None
        elif hasattr(base, "offsetExists"):
            if not bool(base.offsetExists(step)):
                return None
            base = base.offsetGet(step)
        else:
            return None
    if isinstance(base, Ref):
        return base.value
    return base


def sub_item(container: Any, k: Any) -> Any:
    """``$container[k]`` about to be written into: created as an array when missing or null."""
    if isinstance(container, Ref):
        container = container.value
    if isinstance(container, dict):
        k = key(k)
        v = dict.get(container, k)
        if v is None:
            v = Array()
            container[k] = v
        elif type(v) is list or type(v) is dict:
            v = Array(v)
            container[k] = v
        return v
    if isinstance(container, list):
        v = container[k]
        if v is None:
            v = Array()
            container[k] = v
        elif type(v) is list or type(v) is dict:
            v = Array(v)
            container[k] = v
        return v
    if hasattr(container, "offsetGet"):
        return container.offsetGet(k)
    raise PhpError("Cannot use a scalar value as an array")


def prop_array(obj: Any, name: _py_str) -> Any:
    """``$obj->name`` about to be written into: created as an array when unset or null."""
    v = builtins.getattr(obj, name, None)
    if v is None:
        v = Array()
        builtins.setattr(obj, name, v)
    elif type(v) is list or type(v) is dict:
        v = Array(v)
        builtins.setattr(obj, name, v)
    return v


def setitem(container: Any, k: Any, value: Any) -> Any:
    """``($container[k] = value)`` as an expression: stores and returns ``value``."""
    if k is Ellipsis:
        push(container, value)
    else:
        container[k] = value
    return value


def setattr(obj: Any, name: _py_str, value: Any) -> Any:  # noqa: A001
    """``($obj->name = value)`` as an expression."""
    builtins.setattr(obj, name, value)
    return value


def push(container: Any, value: Any) -> Any:
    """``$container[] = value`` (lists and arrays)."""
    if hasattr(container, "offsetSet") and not isinstance(container, (dict, list)):
        container.offsetSet(None, value)
        return value
    container.append(value)
    return value


def unset_item(container: Any, k: Any) -> None:
    """``unset($container[k])``: no error when the key is missing."""
    if isinstance(container, Ref):
        container = container.value
    if isinstance(container, dict):
        try:
            dict.pop(container, key(k), None)
        except PhpTypeError:
            raise
    elif isinstance(container, list):
        kk = key(k)
        if isinstance(kk, _py_int) and 0 <= kk < len(container):
            if kk == len(container) - 1:
                container.pop()
            else:
                raise PhpError("unset() in the middle of a list returned by the shim is not supported")
    elif hasattr(container, "offsetUnset"):
        container.offsetUnset(k)
    elif container is None:
        return
    elif isinstance(container, _py_str):
        raise PhpError("Cannot unset string offsets")


def read_prop(obj: Any, name: _py_str) -> Any:
    """``$obj->$name`` read: PHP's warning and null when undefined."""
    try:
        return builtins.getattr(obj, name)
    except AttributeError:
        if obj is None:
            report(E_WARNING, f'Attempt to read property "{name}" on null')
        else:
            report(E_WARNING, f"Undefined property: {class_name(obj)}::${name}")
        return None


class _StaticDefault:
    """A class-level property default that each instance copies on first use (arrays)."""

    def __init__(self, value: Any) -> None:
        self.value = value
        self.name = ""

    def __set_name__(self, owner: type, name: _py_str) -> None:
        self.name = name

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self.value
        value = copy(self.value)
        obj.__dict__[self.name] = value
        return value


def prop(value: Any) -> Any:
    """A property default in a class body: arrays are copied per instance, as PHP does."""
    if isinstance(value, (dict, list)):
        return _StaticDefault(value)
    return value


_STATICS: dict[_py_str, types.SimpleNamespace] = {}


def statics(owner: _py_str, **initial: Any) -> types.SimpleNamespace:
    """The ``static`` variables of one function, initialised on the first call."""
    ns = _STATICS.get(owner)
    if ns is None:
        ns = types.SimpleNamespace(**initial)
        _STATICS[owner] = ns
    return ns


def silent(thunk: Callable[[], Any]) -> Any:
    """``@expr`` inside an expression."""
    with silence():
        return thunk()


# ---------------------------------------------------------------- objects and calls


def new(cls: Any, *args: Any) -> Any:
    """``new $cls(...)`` with a class given by name or as a class."""
    if isinstance(cls, _py_str):
        cls = _lookup_class(cls)
    return cls(*args)


def _lookup_class(name: _py_str) -> Any:
    frame = sys._getframe(2)
    name = name.lstrip("\\")
    for scope in (frame.f_globals, vars(_library())):
        for k, v in scope.items():
            if isinstance(v, type) and k.lower() == name.lower():
                return v
    from .library import Error

    raise Error(f'Class "{name}" not found')


def _library() -> types.ModuleType:
    from . import library

    return library


def call(func: Any, *args: Any) -> Any:
    """``$f(...)``: a callable, a function name, ``[obj, 'method']`` or ``"Cls::method"``."""
    return _callable(func, sys._getframe(1).f_globals)(*args)


def _callable(func: Any, scope: dict[_py_str, Any]) -> Callable[..., Any]:
    if isinstance(func, _py_str):
        if "::" in func:
            cls_name, meth = func.split("::", 1)
            return builtins.getattr(_find_class(cls_name, scope), _method_name(meth))
        target = _find_function(func, scope)
        if target is None:
            from .library import Error

            raise Error(f"Call to undefined function {func}()")
        return target  # type: ignore[no-any-return]
    if isinstance(func, (list, dict)):
        parts = list(values(func))
        if len(parts) == 2:
            obj, meth = parts
            if isinstance(obj, _py_str):
                obj = _find_class(obj, scope)
            return builtins.getattr(obj, _method_name(meth))  # type: ignore[no-any-return]
    if callable(func):
        return func  # type: ignore[no-any-return]
    from .library import Error

    raise Error("Value not callable")


def _method_name(name: _py_str) -> _py_str:
    return {"__construct": "__init__", "__toString": "__str__", "__invoke": "__call__"}.get(name, name)


def _find_class(name: _py_str, scope: dict[_py_str, Any]) -> Any:
    name = name.lstrip("\\")
    for space in (scope, vars(_library())):
        for k, v in space.items():
            if isinstance(v, type) and k.lower() == name.lower():
                return v
    from .library import Error

    raise Error(f'Class "{name}" not found')


def _find_function(name: _py_str, scope: dict[_py_str, Any]) -> Any:
    import phpcompat

    name = name.lstrip("\\")
    low = name.lower()
    candidates = [low, low + "_"]
    for space in (scope, vars(phpcompat), vars(_library())):
        for cand in candidates:
            f = space.get(cand)
            if callable(f) and not isinstance(f, type):
                return f
        for k, v in space.items():
            if k.lower() == low and callable(v) and not isinstance(v, type):
                return v
    return None


def instance_of(value: Any, cls: Any) -> _py_bool:
    if isinstance(cls, _py_str):
        try:
            cls = _find_class(cls, sys._getframe(1).f_globals)
        except Exception:  # noqa: BLE001 - an unknown class name is simply false
            return False
    if not isinstance(cls, type):
        cls = type(cls)
    return isinstance(value, cls)


def clone(obj: Any) -> Any:
    """``clone $obj``: a shallow copy (arrays in properties copied), then ``__clone``."""
    import copy as _copy

    new_obj = _copy.copy(obj)
    d = getattr(new_obj, "__dict__", None)
    if d is not None:
        for k, v in list(d.items()):
            if isinstance(v, (dict, list)):
                d[k] = copy(v)
    hook = getattr(new_obj, "__clone", None)
    if hook is not None:
        hook()
    return new_obj


def exception_types(*names: _py_str) -> tuple[type, ...]:
    """The Python classes a PHP ``catch (A | B $e)`` must catch."""
    lib = _library()
    out: list[type] = []
    for name in names:
        out.extend(lib.catch_classes(name))
    return tuple(out)


# ---------------------------------------------------------------- files and scripts


def file(module_file: _py_str) -> _py_str:
    """``__FILE__``: the PHP script a translated module came from."""
    path = os.path.abspath(module_file)
    if path.endswith(".py"):
        path = path[:-3] + ".php"
    return path


def dir(module_file: _py_str) -> _py_str:  # noqa: A001
    """``__DIR__``."""
    return os.path.dirname(file(module_file))


def script_argv() -> Array:
    """PHP's ``$argv``: the script name as given, then the arguments."""
    args = list(sys.argv)
    override = os.environ.get("PHPCOMPAT_SCRIPT")
    if override:
        args[0] = override
    return Array(args)


_included: set[_py_str] = set()


class IncludeReturn(Exception):
    """A top-level ``return`` in an included file."""

    def __init__(self, value: Any) -> None:
        super().__init__()
        self.value = value


def _resolve_include(path: _py_str, current_file: _py_str | None) -> _py_str | None:
    if os.path.isabs(path) or path.startswith(("./", "../")):
        return path if os.path.isfile(path) else None
    candidates = [os.path.join(os.getcwd(), path)]
    if current_file:
        candidates.append(os.path.join(os.path.dirname(current_file), path))
    for cand in candidates:
        if os.path.isfile(cand):
            return cand
    return None


def include(path: Any, kind: _py_str, scope: dict[_py_str, Any], current_file: _py_str | None = None) -> Any:
    """``include``/``require`` (``_once``): translate the PHP file and run it in ``scope``."""
    name = php_str(path)
    found = _resolve_include(name, current_file)
    if found is None:
        report(E_WARNING, f"{kind}({name}): Failed to open stream: No such file or directory")
        if kind.startswith("require"):
            from .library import Error

            raise Error(f"Failed opening required '{name}' (include_path='.:/usr/share/php')")
        report(
            E_WARNING, f"{kind}(): Failed opening '{name}' for inclusion (include_path='.:/usr/share/php')"
        )
        return False
    real = os.path.realpath(found)
    if kind.endswith("_once") and real in _included:
        return True
    _included.add(real)
    from . import translate_file

    code = translate_file(found, mode="include")
    compiled = compile(code, found, "exec")
    try:
        exec(compiled, scope)
    except IncludeReturn as ret:
        return ret.value
    return 1


# ---------------------------------------------------------------- small expression helpers


def first(value: Any, *_later: Any) -> Any:
    """The first argument: ``$i++`` is ``php.first(i, (i := php.inc(i)))``."""
    return value


def pre(container: Any, name: Any, item: _py_bool = False, op: _py_str = "++") -> Any:
    """``++$place`` on an element (``item``) or attribute: store and return the new value."""
    if isinstance(item, _py_str):
        op, item = item, False
    fn = inc if op == "++" else dec
    if item:
        new = fn(container[name])
        container[name] = new
    else:
        new = fn(builtins.getattr(container, name))
        builtins.setattr(container, name, new)
    return new


def post(container: Any, name: Any, item: _py_bool = False, op: _py_str = "++") -> Any:
    """``$place++`` on an element or attribute: store the new value, return the old one."""
    if isinstance(item, _py_str):
        op, item = item, False
    fn = inc if op == "++" else dec
    if item:
        old = container[name]
        container[name] = fn(old)
    else:
        old = builtins.getattr(container, name)
        builtins.setattr(container, name, fn(old))
    return old


def callback(value: Any) -> Any:
    """A PHP callable value (name, ``[obj, 'method']``, closure) as a Python callable."""
    if value is None:
        return None
    if callable(value) and not isinstance(value, (_py_str, list, dict)):
        return value
    return _callable(value, sys._getframe(1).f_globals)


def no_match(value: Any) -> Any:
    from .library import UnhandledMatchError

    if isinstance(value, _py_str):
        shown = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    elif isinstance(value, (_py_int, _py_float)) and not isinstance(value, _py_bool):
        shown = float_repr(value) if isinstance(value, _py_float) else _py_str(value)
    else:
        shown = "of type " + type_name(value)
    raise UnhandledMatchError(f"Unhandled match case {shown}")


def throw(exc: BaseException) -> Any:
    """``throw`` used as an expression (PHP 8)."""
    raise exc


_SCALAR_TYPES = ("int", "float", "string", "bool")


def _coerce_param(value: Any, typ: _py_str, strict: _py_bool, where: Callable[[], _py_str]) -> Any:
    from .._core.failures import PhpTypeError as _TypeError
    from .._core.values import bool_arg, float_arg, int_arg, str_arg

    if typ == "int":
        if type(value) is _py_int:
            return value
        if strict:
            raise _TypeError(f"{where()}must be of type int, {type_name(value)} given{_called_in()}")
    elif typ == "float":
        if type(value) is _py_float:
            return value
        if type(value) is _py_int:
            return _py_float(value)
        if strict:
            raise _TypeError(f"{where()}must be of type float, {type_name(value)} given{_called_in()}")
    elif typ == "string":
        if type(value) is _py_str:
            return value
        if strict:
            raise _TypeError(f"{where()}must be of type string, {type_name(value)} given{_called_in()}")
    elif typ == "bool":
        if type(value) is _py_bool:
            return value
        if strict:
            raise _TypeError(f"{where()}must be of type bool, {type_name(value)} given{_called_in()}")
    if (
        value is None
        or isinstance(value, (dict, list))
        or not isinstance(value, (_py_bool, _py_int, _py_float, _py_str, bytes))
        and not (typ == "string" and hasattr(value, "__str__") and type(value).__str__ is not object.__str__)
    ):
        raise _TypeError(f"{where()}must be of type {typ}, {type_name(value)} given{_called_in()}")
    try:
        if typ == "int":
            return int_arg(value, "", 0, "")
        if typ == "float":
            return float_arg(value, "", 0, "")
        if typ == "string":
            return str_arg(value, "", 0, "").decode("utf-8", "surrogateescape")
        return bool_arg(value, "", 0, "")
    except _TypeError:
        raise _TypeError(f"{where()}must be of type {typ}, {type_name(value)} given{_called_in()}") from None


def _called_in() -> _py_str:
    frame = sys._getframe(1)
    here = os.path.dirname(os.path.abspath(__file__))
    while frame is not None and os.path.dirname(os.path.abspath(frame.f_code.co_filename)) == here:
        frame = frame.f_back  # type: ignore[assignment]
    if frame is None:
        return ""
    return f", called in {frame.f_code.co_filename} on line {frame.f_lineno}"


def params(strict: _py_bool = False, **types: _py_str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Decorator: PHP's scalar parameter types (``int $n``) - weak-mode coercion, or strict checks.

    ``types`` maps a parameter to ``int``/``float``/``string``/``bool``, with a
    leading ``?`` when null is allowed too.
    """
    import functools
    import inspect

    def wrap(func: Callable[..., Any]) -> Callable[..., Any]:
        names = list(inspect.signature(func).parameters)
        offset = 1 if names[:1] in (["self"], ["cls"]) else 0
        defaults = {k: v.default for k, v in inspect.signature(func).parameters.items()}
        plan = []
        for name, typ in types.items():
            nullable = typ.startswith("?") or defaults.get(name, inspect.Parameter.empty) is None
            plan.append((names.index(name), name, typ.lstrip("?"), nullable))
        fname = func.__qualname__.replace(".", "::") if offset else func.__name__

        @functools.wraps(func)
        def call(*args: Any, **kwargs: Any) -> Any:
            args_list = list(args)
            for pos, name, typ, nullable in plan:
                if pos < len(args_list):
                    value = args_list[pos]
                elif name in kwargs:
                    value = kwargs[name]
                else:
                    continue
                if value is None and nullable:
                    continue

                def where(pos: _py_int = pos, name: _py_str = name) -> _py_str:
                    return f"{fname}(): Argument #{pos + 1 - offset} (${name}) "

                new = _coerce_param(value, typ, strict, where)
                if pos < len(args_list):
                    args_list[pos] = new
                else:
                    kwargs[name] = new
            return func(*args_list, **kwargs)

        return call

    return wrap


def undefined(name: _py_str) -> None:
    """Reading a variable that was never assigned: PHP's warning, and null."""
    report(E_WARNING, f"Undefined variable ${name}")
    return None


def set_char(string: Any, offset: Any, char: Any) -> _py_str:
    """``$string[offset] = char``: the new string (PHP pads with spaces past the end)."""
    data = bytearray(php_bytes(string))
    k = int(offset) if not isinstance(offset, _py_str) else int(key(offset))
    if k < 0:
        k += len(data)
        if k < 0:
            report(E_WARNING, f"Illegal string offset {int(offset)}")
            return php_str(string)
    new = php_bytes(char)
    if not new:
        from .library import Error

        raise Error("Cannot assign an empty string to a string offset")
    if len(new) > 1:
        report(E_WARNING, "Only the first byte will be assigned to the string offset")
    if k >= len(data):
        data.extend(b" " * (k - len(data) + 1))
    data[k] = new[0]
    return bytes(data).decode("utf-8", "surrogateescape")


def owner(cls: type, name: _py_str) -> type:
    """The class that declares static property ``name`` (``static::$name`` writes there)."""
    for c in cls.__mro__:
        if name in c.__dict__:
            return c
    return cls


class Keyed:
    """What ``yield $key => $value`` gives the generator wrapper."""

    __slots__ = ("key", "value", "delegated")

    def __init__(self, key: Any, value: Any, delegated: _py_bool = False) -> None:
        self.key = key
        self.value = value
        self.delegated = delegated


def delegate(source: Any) -> Iterator[Any]:
    """``yield from $source``: an array's pairs or another generator's, keys kept; its return value."""
    from .library import Generator

    if isinstance(source, Generator):
        source._start()
        while source.valid():
            sent = yield Keyed(source.key(), source.current(), True)
            if sent is None:
                source.next()
            else:
                source.send(sent)
        return source.getReturn()
    for k, v in items(source):
        yield Keyed(k, v, True)
    return None


def generator(func: Callable[..., Any]) -> Callable[..., Any]:
    """A function containing ``yield``: calling it returns PHP's Generator object."""
    import functools

    from .library import Generator

    @functools.wraps(func)
    def make(*args: Any, **kwargs: Any) -> Any:
        return Generator(func(*args, **kwargs))

    return make


def arg_count(func: _py_str, least: _py_int, most: _py_int, given: _py_int) -> Any:
    """A built-in called with the wrong number of arguments: PHP's ArgumentCountError."""
    from .library import ArgumentCountError

    if least == most:
        need = f"exactly {least}"
    elif given < least:
        need = f"at least {least}"
    else:
        need = f"at most {most}"
    plural = "argument" if (least if given < least else most) == 1 else "arguments"
    exc = ArgumentCountError(f"{func}() expects {need} {plural}, {given} given")
    exc.php_call = (func, ())  # the call PHP's stack trace names
    raise exc


def auto() -> Any:
    """The value of a case of a pure enum (``case Active;``)."""
    return _enum.auto()


class UnitEnum:
    """The interface every PHP enum implements."""


class Enum(UnitEnum, _enum.Enum):
    """PHP's enums: ``Suit::Hearts->name``, ``->value``, ``Suit::from()``, ``tryFrom()``, ``cases()``."""

    @staticmethod
    def _generate_next_value_(name: _py_str, start: Any, count: Any, last_values: Any) -> Any:
        return object()

    @classmethod
    def cases(cls) -> Array:
        return Array(list(cls))

    @classmethod
    def from_(cls, value: Any) -> Any:
        found = cls.tryFrom(value)
        if found is None:
            from .._core.failures import PhpValueError

            shown = f'"{value}"' if isinstance(value, _py_str) else _py_str(value)
            raise PhpValueError(f"{shown} is not a valid backing value for enum {class_name(cls)}")
        return found

    @classmethod
    def tryFrom(cls, value: Any) -> Any:  # noqa: N802
        for member in cls:
            if member.value == value and type(member.value) is type(value):
                return member
        for member in cls:
            if eq(member.value, value) and not isinstance(value, _py_bool):
                return member
        return None

    def __repr__(self) -> _py_str:
        return f"{class_name(self)}::{self.name}"


_EXCEPTION_FIELDS = {"message", "code", "previous", "file", "line", "severity"}


def no_dynamic_properties(self: Any, name: _py_str, value: Any) -> None:
    """``__setattr__`` of a translated class: PHP 8.2 deprecates creating undeclared properties."""
    cls = type(self)
    if name not in self.__dict__ and not name.startswith("_php"):
        declared = any(name in getattr(c, "__annotations__", {}) or name in vars(c) for c in cls.__mro__)
        if not declared and not (isinstance(self, BaseException) and name in _EXCEPTION_FIELDS):
            report(E_DEPRECATED, f"Creation of dynamic property {class_name(cls)}::${name} is deprecated")
    object.__setattr__(self, name, value)


def unset_prop(obj: Any, name: _py_str) -> None:
    try:
        builtins.delattr(obj, name)
    except AttributeError:
        pass


def superglobal(name: _py_str) -> Array:
    """``$_SERVER`` and friends as PHP CLI fills them."""
    if name == "_SERVER":
        import time as _time

        server = Array(dict(os.environ))
        argv = script_argv()
        now = _time.time()
        server.update(
            {
                "PHP_SELF": argv[0],
                "SCRIPT_NAME": argv[0],
                "SCRIPT_FILENAME": argv[0],
                "PATH_TRANSLATED": argv[0],
                "DOCUMENT_ROOT": "",
                "REQUEST_TIME_FLOAT": now,
                "REQUEST_TIME": _py_int(now),
                "argv": argv,
                "argc": len(argv),
            }
        )
        return server
    if name == "_ENV":
        return Array(dict(os.environ))
    return Array()
