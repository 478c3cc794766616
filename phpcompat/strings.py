"""PHP's string functions on bytes: ``strlen``, ``explode``, ``implode``, ``trim``,
``str_pad``, ``substr``, ``strpos``, ``str_replace``, ``number_format`` and friends.

Every function takes PHP strings as ``str`` or ``bytes`` and works on the
bytes, as PHP does: lengths and offsets count bytes (``strlen("é") == 2``) and
case mapping is ASCII only.  String results are ``str`` (UTF-8 with
``surrogateescape``, so any byte sequence survives), or ``bytes`` under
``binary_strings()``.  Arguments are checked with PHP 8.2's weak-mode rules
(``TypeError``, null deprecations, ``ValueError`` for out-of-range values,
each with PHP's exact message).  By-reference ``&$count`` takes a ``Ref``.
"""

from __future__ import annotations

import math
from typing import Any, Literal

from ._core.failures import PhpError, PhpTypeError, PhpValueError
from ._core.limits import check_safe_string, check_string
from ._core.resources import Resource
from ._core.values import (
    Ref,
    bool_arg,
    float_arg,
    int_arg,
    nullable_int_arg,
    result_str,
    str_arg,
    type_name,
)
from ._format.convert import INT_MAX, to_string
from .errors import report

__all__ = [
    "STR_PAD_LEFT",
    "STR_PAD_RIGHT",
    "STR_PAD_BOTH",
    "strlen",
    "implode",
    "explode",
    "str_repeat",
    "trim",
    "rtrim",
    "ltrim",
    "str_pad",
    "substr",
    "strpos",
    "str_replace",
    "strtoupper",
    "strtolower",
    "bin2hex",
    "number_format",
    "str_contains",
    "str_starts_with",
    "str_ends_with",
    "ucfirst",
    "lcfirst",
    "strrev",
    "str_split",
    "nl2br",
]

STR_PAD_LEFT = 0
STR_PAD_RIGHT = 1
STR_PAD_BOTH = 2

_TRIM_DEFAULT = b" \n\r\t\v\0"
#: NDIG - 2: the most decimals PHP's "%.*F" (php_conv_fp) produces
_CONV_FP_MAX_DIGITS = 318

Array = list[Any] | tuple[Any, ...] | dict[Any, Any]


def _array_or_string(value: object, func: str, argnum: int, name: str) -> Array | bytes:
    """An ``array|string`` parameter in weak mode: the container, or the bytes."""
    if isinstance(value, (list, tuple, dict)):
        return value
    if value is None:
        report(
            8192,
            f"{func}(): Passing null to parameter #{argnum} (${name}) of type array|string is deprecated",
        )
        return b""
    if isinstance(value, Resource) or (
        not isinstance(value, (str, bytes, bytearray, memoryview, bool, int, float))
        and type(value).__str__ is object.__str__
    ):
        raise PhpTypeError(
            f"{func}(): Argument #{argnum} (${name}) must be of type array|string, {type_name(value)} given"
        )
    return str_arg(value, func, argnum, name)


def _values(array: Array) -> list[Any]:
    return list(array.values()) if isinstance(array, dict) else list(array)


# ---------------------------------------------------------------- length, join, split

def strlen(string: object) -> int:
    """PHP's ``strlen``: the length in bytes."""
    return len(str_arg(string, "strlen", 1, "string"))


def implode(separator: object, array: object = None) -> str | bytes:
    """PHP's ``implode(separator, array)`` or ``implode(array)`` (PHP 8 dropped the legacy order)."""
    first = _array_or_string(separator, "implode", 1, "separator")
    if array is not None and not isinstance(array, (list, tuple, dict)):
        raise PhpTypeError(
            f"implode(): Argument #2 ($array) must be of type ?array, {type_name(array)} given"
        )
    if array is None:
        if isinstance(first, bytes):
            raise PhpTypeError(
                "implode(): Argument #1 ($array) must be of type array, string given"
            )
        glue, pieces = b"", first
    else:
        if not isinstance(first, bytes):
            raise PhpTypeError("implode(): Argument #1 ($separator) must be of type string, array given")
        glue, pieces = first, array
    return result_str(glue.join(to_string(item) for item in _values(pieces)))



def explode(separator: object, string: object, limit: object = INT_MAX) -> list[str | bytes]:
    """PHP's ``explode``: positive limit caps the parts, negative drops that many from the end."""
    sep = str_arg(separator, "explode", 1, "separator")
    data = str_arg(string, "explode", 2, "string")
    count = int_arg(limit, "explode", 3, "limit")
    if not sep:
        raise PhpValueError("explode(): Argument #1 ($separator) cannot be empty")
    if not data:
        return [result_str(b"")] if count >= 0 else []
    if count > 1:
        parts = data.split(sep, count - 1)
    elif count < 0:
        parts = data.split(sep)
        parts = parts[:count] if len(parts) > -count else []
    else:
        parts = [data]
    return [result_str(part) for part in parts]


def str_split(string: object, length: object = 1) -> list[str | bytes]:
    """PHP's ``str_split``: chunks of ``length`` bytes (``[]`` for ``""`` since PHP 8.2)."""
    data = str_arg(string, "str_split", 1, "string")
    size = int_arg(length, "str_split", 2, "length")
    if size < 1:
        raise PhpValueError("str_split(): Argument #2 ($length) must be greater than 0")
    return [result_str(data[i:i + size]) for i in range(0, len(data), size)]


def str_repeat(string: object, times: object) -> str | bytes:
    data = str_arg(string, "str_repeat", 1, "string")
    count = int_arg(times, "str_repeat", 2, "times")
    if count < 0:
        raise PhpValueError("str_repeat(): Argument #2 ($times) must be greater than or equal to 0")
    if not data or not count:
        return result_str(b"")
    check_safe_string(len(data), count, 0)
    return result_str(data * count)


# ---------------------------------------------------------------- trim, pad

def _charmask(func: str, chars: bytes) -> bytes:
    """php_charmask: the set of bytes named by ``chars``, with ``a..z`` ranges.

    A malformed range warns (as PHP does, once per bad ``..``) and its
    characters count literally.
    """
    mask = bytearray()
    end = len(chars)
    i = 0
    while i < end:
        c = chars[i]
        if i + 3 < end and chars[i + 1] == 0x2E and chars[i + 2] == 0x2E and chars[i + 3] >= c:
            mask += bytes(range(c, chars[i + 3] + 1))
            i += 4
            continue
        if i + 1 < end and c == 0x2E and chars[i + 1] == 0x2E:
            if i == 0:
                message = "Invalid '..'-range, no character to the left of '..'"
            elif i + 2 >= end:
                message = "Invalid '..'-range, no character to the right of '..'"
            elif chars[i - 1] > chars[i + 2]:
                message = "Invalid '..'-range, '..'-range needs to be incrementing"
            else:
                message = "Invalid '..'-range"
            report(2, f"{func}(): {message}")
            i += 1
            continue
        mask.append(c)
        i += 1
    return bytes(mask)


def _trim(func: str, string: object, characters: object, left: bool, right: bool) -> str | bytes:
    data = str_arg(string, func, 1, "string")
    chars = str_arg(characters, func, 2, "characters")
    mask = chars if len(chars) == 1 else _charmask(func, chars)
    start, stop = 0, len(data)
    if left:
        while start < stop and data[start] in mask:
            start += 1
    if right:
        while stop > start and data[stop - 1] in mask:
            stop -= 1
    return result_str(data[start:stop])


def trim(string: object, characters: object = _TRIM_DEFAULT) -> str | bytes:
    """PHP's ``trim``: strips ``characters`` at both ends.

    The default set is ``" \\n\\r\\t\\v\\0"``; ``a..z`` names a range.
    """
    return _trim("trim", string, characters, True, True)


def rtrim(string: object, characters: object = _TRIM_DEFAULT) -> str | bytes:
    return _trim("rtrim", string, characters, False, True)


def ltrim(string: object, characters: object = _TRIM_DEFAULT) -> str | bytes:
    return _trim("ltrim", string, characters, True, False)


def str_pad(
    string: object, length: object, pad_string: object = " ", pad_type: object = STR_PAD_RIGHT
) -> str | bytes:
    """PHP's ``str_pad``: pads to ``length`` bytes (``STR_PAD_BOTH`` puts the odd byte right)."""
    data = str_arg(string, "str_pad", 1, "string")
    size = int_arg(length, "str_pad", 2, "length")
    pad = str_arg(pad_string, "str_pad", 3, "pad_string")
    kind = int_arg(pad_type, "str_pad", 4, "pad_type")
    if size < 0 or size <= len(data):
        return result_str(data)
    if not pad:
        raise PhpValueError("str_pad(): Argument #3 ($pad_string) must be a non-empty string")
    if kind not in (STR_PAD_LEFT, STR_PAD_RIGHT, STR_PAD_BOTH):
        raise PhpValueError(
            "str_pad(): Argument #4 ($pad_type) must be STR_PAD_LEFT, STR_PAD_RIGHT, or STR_PAD_BOTH"
        )
    missing = size - len(data)
    check_safe_string(1, len(data), missing)
    left = 0 if kind == STR_PAD_RIGHT else (missing if kind == STR_PAD_LEFT else missing // 2)
    right = missing - left

    def fill(n: int) -> bytes:
        return (pad * (n // len(pad) + 1))[:n]

    return result_str(fill(left) + data + fill(right))


# ---------------------------------------------------------------- substrings, search

def substr(string: object, offset: object, length: object = None) -> str | bytes:
    """PHP 8's ``substr``: negative offset/length count from the end; out of range gives ``""``."""
    data = str_arg(string, "substr", 1, "string")
    start = int_arg(offset, "substr", 2, "offset")
    count = nullable_int_arg(length, "substr", 3, "length")
    size = len(data)
    if start < 0:
        start = max(size + start, 0)
    elif start > size:
        return result_str(b"")
    if count is None:
        count = size - start
    elif count < 0:
        count = max(size - start + count, 0)
    return result_str(data[start:start + count])


def strpos(haystack: object, needle: object, offset: object = 0) -> int | Literal[False]:
    """PHP's ``strpos``: byte offset of ``needle`` or False; a negative offset counts from the end."""
    data = str_arg(haystack, "strpos", 1, "haystack")
    search = str_arg(needle, "strpos", 2, "needle")
    start = int_arg(offset, "strpos", 3, "offset")
    if start < 0:
        start += len(data)
    if start < 0 or start > len(data):
        raise PhpValueError("strpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)")
    found = data.find(search, start)
    return False if found < 0 else found


def str_contains(haystack: object, needle: object) -> bool:
    return str_arg(needle, "str_contains", 2, "needle") in str_arg(haystack, "str_contains", 1, "haystack")


def str_starts_with(haystack: object, needle: object) -> bool:
    data = str_arg(haystack, "str_starts_with", 1, "haystack")
    return data.startswith(str_arg(needle, "str_starts_with", 2, "needle"))


def str_ends_with(haystack: object, needle: object) -> bool:
    data = str_arg(haystack, "str_ends_with", 1, "haystack")
    return data.endswith(str_arg(needle, "str_ends_with", 2, "needle"))


def _replace_in(
    search: Array | bytes, replace: Array | bytes, subject: bytes
) -> tuple[bytes, int]:
    """php_str_replace_in_subject: each search in turn, on the result of the previous."""
    if not subject:
        return subject, 0
    if isinstance(search, bytes):
        assert isinstance(replace, bytes)
        if not search:
            return subject, 0
        found = subject.count(search)
        return (subject.replace(search, replace) if found else subject), found
    total = 0
    replacements = None if isinstance(replace, bytes) else _values(replace)
    index = 0
    for entry in _values(search):
        needle = to_string(entry)
        if replacements is None:
            assert isinstance(replace, bytes)
            text = replace
        elif index < len(replacements):
            text = to_string(replacements[index])
            index += 1
        else:
            text = b""  # PHP runs out of replacements: the rest are removed
        if needle:
            found = subject.count(needle)
            if found:
                subject = subject.replace(needle, text)
                total += found
        if not subject:
            break
    return subject, total


def str_replace(search: object, replace: object, subject: object, count: Ref[int] | None = None) -> Any:
    """PHP's ``str_replace``: string or array subject; the number of replacements goes to ``count.value``."""
    if count is not None and not isinstance(count, Ref):
        # PHP's Error for a by-reference parameter given a value, not a variable
        raise PhpError("str_replace(): Argument #4 ($count) cannot be passed by reference")
    what = _array_or_string(search, "str_replace", 1, "search")
    by = _array_or_string(replace, "str_replace", 2, "replace")
    target = _array_or_string(subject, "str_replace", 3, "subject")
    if isinstance(what, bytes) and not isinstance(by, bytes):
        raise PhpTypeError(
            "str_replace(): Argument #2 ($replace) must be of type string"
            " when argument #1 ($search) is a string"
        )
    total = 0
    result: Any
    if isinstance(target, bytes):
        data, total = _replace_in(what, by, target)
        result = result_str(data)
    else:
        keys = list(target.keys()) if isinstance(target, dict) else None
        done = []
        for item in _values(target):
            data, found = _replace_in(what, by, to_string(item))
            total += found
            done.append(result_str(data))
        result = dict(zip(keys, done, strict=True)) if keys is not None else done
    if count is not None:
        count.value = total
    return result


# ---------------------------------------------------------------- case, bytes

def strtoupper(string: object) -> str | bytes:
    """PHP 8's ``strtoupper``: ASCII letters only, whatever the locale."""
    return result_str(str_arg(string, "strtoupper", 1, "string").upper())


def strtolower(string: object) -> str | bytes:
    return result_str(str_arg(string, "strtolower", 1, "string").lower())


def ucfirst(string: object) -> str | bytes:
    data = str_arg(string, "ucfirst", 1, "string")
    return result_str(data[:1].upper() + data[1:])


def lcfirst(string: object) -> str | bytes:
    data = str_arg(string, "lcfirst", 1, "string")
    return result_str(data[:1].lower() + data[1:])


def strrev(string: object) -> str | bytes:
    """PHP's ``strrev``: the bytes reversed (a multi-byte character is split)."""
    return result_str(str_arg(string, "strrev", 1, "string")[::-1])


def bin2hex(string: object) -> str | bytes:
    return result_str(str_arg(string, "bin2hex", 1, "string").hex().encode("ascii"))


def nl2br(string: object, use_xhtml: object = True) -> str | bytes:
    """PHP's ``nl2br``: ``<br />`` before each ``\\r\\n``, ``\\n\\r``, ``\\n`` or ``\\r``."""
    data = str_arg(string, "nl2br", 1, "string")
    tag = b"<br />" if bool_arg(use_xhtml, "nl2br", 2, "use_xhtml") else b"<br>"
    out = bytearray()
    i = 0
    while i < len(data):
        c = data[i]
        if c in (0x0A, 0x0D):
            out += tag
            pair = data[i:i + 2]
            if pair in (b"\r\n", b"\n\r"):
                out += pair
                i += 2
                continue
        out.append(c)
        i += 1
    return result_str(bytes(out))


# ---------------------------------------------------------------- numbers

def _round_half_up(value: float) -> float:
    if not math.isfinite(value):
        return value  # C's floor()/ceil() pass INF and NAN through
    return float(math.floor(value + 0.5)) if value >= 0.0 else float(math.ceil(value - 0.5))


def _pow10(power: int) -> float:
    """php_intpow10: exact up to 1e22, else pow(), which overflows to INF as C's does."""
    if 0 <= power <= 22:
        return float(10**power)
    try:
        return 10.0**power
    except OverflowError:
        return math.inf


def _scale(value: float, places: int) -> float:
    factor = _pow10(abs(places))
    return value * factor if places >= 0 else value / factor


def php_round(value: float, places: int) -> float:
    """PHP 8.2's ``round()`` (half up) with its pre-rounding to 15 significant digits.

    The pre-rounding is what makes ``round(1.005, 2)`` 1.01 in PHP although
    the double is slightly below 1.005.
    """
    if not math.isfinite(value) or value == 0.0:
        return value
    precision_places = 14 - math.floor(math.log10(abs(value)))
    if places < precision_places and places > precision_places - 15:
        use = max(precision_places, -60)
        tmp = _round_half_up(_scale(value, use))
        shift = max(-60, places - use)
        tmp = tmp / _pow10(abs(shift))
    else:
        tmp = _scale(value, places)
        if abs(tmp) >= 1e15:
            return value
    tmp = _round_half_up(tmp)
    if abs(places) < 23:
        tmp = tmp / _pow10(places) if places > 0 else tmp * _pow10(-places)
    else:
        tmp = _strtod(f"{tmp:15f}e{-places}")
        if not math.isfinite(tmp):
            return value
    return tmp


def _strtod(text: str) -> float:
    """zend_strtod on snprintf's ``%15fe%d``: "inf"/"nan" are no number to it (0.0)."""
    try:
        return float(text)
    except ValueError:
        return 0.0


def number_format(
    num: object, decimals: object = 0, decimal_separator: object = ".", thousands_separator: object = ","
) -> str | bytes:
    """PHP 8.2's ``number_format``: rounds half up, groups thousands; INF/NAN give ``inf``/``nan``."""
    value = float_arg(num, "number_format", 1, "num")
    places = max(0, int_arg(decimals, "number_format", 2, "decimals"))
    point = b"." if decimal_separator is None else str_arg(
        decimal_separator, "number_format", 3, "decimal_separator")
    sep = b"," if thousands_separator is None else str_arg(
        thousands_separator, "number_format", 4, "thousands_separator")
    value = php_round(value, places)
    negative = value < 0
    value = abs(value)
    if math.isnan(value):
        return result_str(b"nan")
    if math.isinf(value):
        return result_str(b"inf")
    # php_conv_fp gives at most NDIG - 2 decimals; number_format pads the rest with zeros.
    digits = min(places, _CONV_FP_MAX_DIGITS)
    text = f"{value:.{digits}f}".encode("ascii")
    whole, _, fraction = text.partition(b".")
    if negative and value == 0:
        negative = False
    length = len(whole) + len(sep) * ((len(whole) - 1) // 3)
    if places:
        length += places + len(point)
    check_string(length + negative)
    groups = []
    while len(whole) > 3:
        groups.append(whole[-3:])
        whole = whole[:-3]
    groups.append(whole)
    out = sep.join(reversed(groups))
    if places:
        out += point + fraction + b"0" * (places - digits)
    if negative:
        out = b"-" + out
    return result_str(out)

