"""The ``sprintf`` engine: PHP 8.2's ``php_formatted_print`` on bytes.

``format_bytes()`` owns the whole format language - ``%[argnum$][flags][width]
[.precision][l]specifier`` with ``*`` width/precision, the conversions
``b c d e E f F g G h H o s u x X %`` - and PHP's errors for it.  It follows
PHP's scan exactly, including its quirks, because scripts print them:

* a specifier whose argument is missing is not expanded; the scan goes on from
  the specifier character (as literal text) and the call fails at the end with
  ``ArgumentCountError: N arguments are required, M given`` (or, for the
  ``v*printf`` family, ``ValueError: The arguments array must contain ...``);
* ``%5%`` consumes an argument; ``%c`` ignores width; a precision on
  ``%b``/``%o``/``%x``/``%X`` leaves only the padding;
* with ``0`` padding the sign goes before the zeros, even when the "sign" is
  the first letter of ``NaN``/``INF`` (``%+05f`` of NAN is ``+aN``);
* ``INF`` and ``NaN`` ignore width and print no minus sign;
* ``-0.0`` prints without a sign under ``%e``/``%f`` and as ``-0`` under ``%g``.

Floats use the same correctly rounded shortest/fixed digit generation as
PHP's ``zend_dtoa`` (Python's float formatting is built on the same algorithm).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from .._core.failures import PhpValueError
from .._core.limits import check_alloc, fatal, string_size
from .._core.values import float_repr, float_to_string
from .convert import PhpArgumentCountError, to_double, to_long, to_string

__all__ = ["format_bytes"]

_INT_MAX32 = 2147483647
_NEXT = -1  # "take the next argument"
_MASK64 = 2**64 - 1
_FLOAT_PRECISION = 6
_MAX_FLOAT_PRECISION = 53


def _isdigit(c: int) -> bool:
    return 0x30 <= c <= 0x39


def _isalpha(c: int) -> bool:
    return 0x41 <= c <= 0x5A or 0x61 <= c <= 0x7A


class _Spec:
    """One conversion's modifiers, reset for each ``%``."""

    __slots__ = ("left", "padding", "always_sign", "width", "precision", "has_precision", "expprec")

    def __init__(self) -> None:
        self.left = False
        self.padding = 0x20
        self.always_sign = False
        self.width = 0
        self.precision = 0
        self.has_precision = False  # ADJ_PRECISION: a precision was given
        self.expprec = False  # the precision limits the copied length


class _Out(bytearray):
    """The result buffer, with the size PHP's buffer would have: PHP starts at
    240 bytes and doubles, and a doubling past the memory limit is PHP's fatal
    error (checked before Python allocates anything)."""

    __slots__ = ("cap", "held")

    def __init__(self) -> None:
        super().__init__()
        self.cap = 240
        self.held = 0  # the huge block the buffer occupies (it is held while it moves)

    def grow(self, size: int) -> None:
        self.held = check_alloc(string_size(size), self.held)
        self.cap = size

    def need_chars(self, count: int) -> None:
        """php_sprintf_appendchars/appendchar: room for ``count`` more bytes."""
        if len(self) + count >= self.cap:
            size = self.cap
            while len(self) + count >= size:
                size <<= 1
            self.grow(size)


def _append_string(
    out: _Out, add: bytes, spec: _Spec, *, max_width: int = 0, expprec: bool = False,
    neg: bool = False, always_sign: bool = False, min_width: int | None = None,
    padding: int | None = None, left: bool | None = None,
) -> None:
    """php_sprintf_appendstring: pad ``add`` to the width, sign before zero padding."""
    width = spec.width if min_width is None else min_width
    pad = spec.padding if padding is None else padding
    align_left = spec.left if left is None else left
    copy_len = min(max_width, len(add)) if expprec else len(add)
    npad = 0 if width < copy_len else width - copy_len
    m_width = max(width, copy_len)
    pos = len(out)
    if m_width > _INT_MAX32 - pos - 1:
        fatal(f"Field width {m_width} is too long")
    if pos + m_width + 1 > out.cap:
        size = out.cap
        while pos + m_width + 1 > size:
            size <<= 1
        out.grow(size)
    if not align_left:
        if (neg or always_sign) and pad == 0x30:
            out.append(0x2D if neg else 0x2B)
            add = add[1:]
            copy_len -= 1
        out += bytes((pad,)) * npad
    out += add[:copy_len]
    if align_left:
        out += bytes((pad,)) * npad


def _append_int(out: _Out, number: int, spec: _Spec) -> None:
    # Integers are never right-padded with zeros.
    padding = 0x20 if spec.left and spec.padding == 0x30 else spec.padding
    text = str(abs(number)).encode()
    if number < 0:
        text = b"-" + text
    elif spec.always_sign:
        text = b"+" + text
    _append_string(out, text, spec, neg=number < 0, always_sign=spec.always_sign, padding=padding)


def _append_uint(out: _Out, number: int, spec: _Spec) -> None:
    padding = 0x20 if spec.left and spec.padding == 0x30 else spec.padding
    _append_string(out, str(number & _MASK64).encode(), spec, padding=padding)


def _append_2n(out: _Out, number: int, spec: _Spec, conversion: int) -> None:
    number &= _MASK64
    if conversion == 0x62:  # b
        text = format(number, "b")
    elif conversion == 0x6F:  # o
        text = format(number, "o")
    elif conversion == 0x78:  # x
        text = format(number, "x")
    else:
        text = format(number, "X")
    # PHP passes a max width of 0 here: any precision leaves only the padding.
    _append_string(out, text.encode(), spec, max_width=0, expprec=spec.expprec)


def _exponent_form(text: str, letter: str) -> str:
    """Python's ``1.5e+01`` as PHP's ``1.5e+1``."""
    mantissa, _, exponent = text.partition("e")
    value = int(exponent)
    return f"{mantissa}{letter}{'-' if value < 0 else '+'}{abs(value)}"


def _append_double(out: _Out, number: float, spec: _Spec, conversion: int, func: str) -> None:
    precision = spec.precision
    if not spec.has_precision:
        precision = _FLOAT_PRECISION
    elif precision > _MAX_FLOAT_PRECISION:
        from .._core.facade import warn

        warn(
            func,
            f"Requested precision of {precision} digits was truncated to PHP maximum of "
            f"{_MAX_FLOAT_PRECISION} digits",
            level=8,
        )
        precision = _MAX_FLOAT_PRECISION
    if math.isnan(number):
        _append_string(out, b"NaN", spec, min_width=3, neg=False, always_sign=spec.always_sign)
        return
    if math.isinf(number):
        _append_string(out, b"INF", spec, min_width=3, neg=number < 0, always_sign=spec.always_sign)
        return
    letter = chr(conversion)
    if letter in "eEfF":
        neg = number < 0  # -0.0 is not negative here
        magnitude = abs(number)
        if letter in "fF":
            body = f"{magnitude:.{precision}f}"
        else:
            body = _exponent_form(f"{magnitude:.{precision}e}", letter)
        text = "-" + body if neg else ("+" + body if spec.always_sign else body)
    else:  # g G h H
        if precision == 0:
            precision = 1
        text = float_repr(number) if precision == -1 else float_to_string(number, precision)
        if letter in "gh":
            text = text.replace("E", "e")
        neg = text.startswith("-")
        if not neg and spec.always_sign:
            text = "+" + text
    _append_string(out, text.encode("ascii"), spec, neg=neg, always_sign=spec.always_sign)


class _Scanner:
    """The format string with PHP's NUL terminator: reading past the end gives 0."""

    __slots__ = ("fmt", "n", "i")

    def __init__(self, fmt: bytes) -> None:
        self.fmt = fmt
        self.n = len(fmt)
        self.i = 0

    def at(self, offset: int = 0) -> int:
        k = self.i + offset
        return self.fmt[k] if k < self.n else 0

    def number(self) -> int:
        """php_sprintf_getnumber: the digits here, or -1 when >= INT_MAX."""
        start = self.i
        while _isdigit(self.at()):
            self.i += 1
        digits = self.fmt[start:self.i]
        value = int(digits) if digits else 0
        return -1 if value >= _INT_MAX32 else value

    def argnum(self) -> int:
        """php_sprintf_get_argnum: a ``N$`` prefix as a 0-based index, else _NEXT."""
        k = self.i
        while k < self.n and _isdigit(self.fmt[k]):
            k += 1
        if k >= self.n or self.fmt[k] != 0x24:  # '$'
            return _NEXT
        value = self.number()
        if value <= 0:
            raise PhpValueError(
                f"Argument number specifier must be greater than zero and less than {_INT_MAX32}"
            )
        self.i += 1  # the '$'
        return value - 1


def format_bytes(func: str, fmt: bytes, args: Sequence[object], nb_additional: int) -> bytes:
    """Format ``args`` with ``fmt`` as PHP's ``func`` does.

    ``nb_additional`` is the number of parameters before the values (1 for
    ``sprintf``, 2 for ``fprintf``) used in the ArgumentCountError message, or
    -1 for the ``v*printf`` family, whose missing values are a ValueError.
    """
    out = _Out()
    scan = _Scanner(fmt)
    nb_args = len(args)
    currarg = 0
    max_missing = -1
    while scan.i < scan.n:
        pos = fmt.find(b"%", scan.i)
        if pos < 0:
            out.need_chars(scan.n - scan.i)
            out += fmt[scan.i:]
            break
        if pos > scan.i:
            out.need_chars(pos - scan.i)
            out += fmt[scan.i:pos]
        scan.i = pos + 1
        if scan.at() == 0x25:
            out.need_chars(1)
            out.append(0x25)
            scan.i += 1
            continue
        spec = _Spec()
        if _isalpha(scan.at()):
            argnum = _NEXT
        else:
            argnum = scan.argnum()
            while True:  # flags
                c = scan.at()
                if c in (0x20, 0x30):
                    spec.padding = c
                elif c == 0x2D:
                    spec.left = True
                elif c == 0x2B:
                    spec.always_sign = True
                elif c == 0x27:  # custom padding character
                    if scan.n - scan.i > 1:
                        scan.i += 1
                        spec.padding = scan.at()
                    else:
                        raise PhpValueError("Missing padding character")
                else:
                    break
                scan.i += 1
            if scan.at() == 0x2A:  # '*' width
                scan.i += 1
                index = scan.argnum()
                if index == _NEXT:
                    index = currarg
                    currarg += 1
                if index >= nb_args:
                    max_missing = max(max_missing, index)
                    continue
                width = args[index]
                if type(width) is not int:
                    raise PhpValueError("Width must be an integer")
                if width < 0 or width > _INT_MAX32:
                    raise PhpValueError(f"Width must be greater than zero and less than {_INT_MAX32}")
                spec.width = width
            elif _isdigit(scan.at()):
                spec.width = scan.number()
                if spec.width < 0:
                    raise PhpValueError(f"Width must be greater than zero and less than {_INT_MAX32}")
            if scan.at() == 0x2E:  # '.'
                scan.i += 1
                if scan.at() == 0x2A:  # '*' precision
                    scan.i += 1
                    index = scan.argnum()
                    if index == _NEXT:
                        index = currarg
                        currarg += 1
                    if index >= nb_args:
                        max_missing = max(max_missing, index)
                        continue
                    precision = args[index]
                    if type(precision) is not int:
                        raise PhpValueError("Precision must be an integer")
                    if precision < -1 or precision > _INT_MAX32:
                        raise PhpValueError(f"Precision must be between -1 and {_INT_MAX32}")
                    spec.precision = precision
                    spec.has_precision = spec.expprec = True
                elif _isdigit(scan.at()):
                    spec.precision = scan.number()
                    if spec.precision < 0:
                        raise PhpValueError(
                            f"Precision must be greater than zero and less than {_INT_MAX32}"
                        )
                    spec.has_precision = spec.expprec = True
        if scan.at() == 0x6C:  # 'l' is accepted and ignored
            scan.i += 1
        if argnum == _NEXT:
            argnum = currarg
            currarg += 1
        if argnum >= nb_args:
            # Not expanded: the scan resumes at the specifier, as literal text.
            max_missing = max(max_missing, argnum)
            continue
        conversion = scan.at()
        if spec.expprec and spec.precision == -1 and conversion not in b"gGhH":
            raise PhpValueError("Precision -1 is only supported for %g, %G, %h and %H")
        arg = args[argnum]
        if conversion == 0x73:  # s
            _append_string(out, to_string(arg), spec, max_width=spec.precision, expprec=spec.expprec)
        elif conversion == 0x64:  # d
            _append_int(out, to_long(arg), spec)
        elif conversion == 0x75:  # u
            _append_uint(out, to_long(arg), spec)
        elif conversion in b"eEfFgGhH":
            _append_double(out, to_double(arg), spec, conversion, func)
        elif conversion == 0x63:  # c
            out.need_chars(1)
            out.append(to_long(arg) & 0xFF)
        elif conversion in b"boxX":
            _append_2n(out, to_long(arg), spec, conversion)
        elif conversion == 0x25:
            out.need_chars(1)
            out.append(0x25)
        elif conversion == 0 and scan.i >= scan.n:
            raise PhpValueError("Missing format specifier at end of string")
        elif conversion == 0:
            # PHP formats the message as a C string: it ends at the NUL.
            raise PhpValueError('Unknown format specifier "')
        else:
            shown = bytes((conversion,)).decode("utf-8", "surrogateescape")
            raise PhpValueError(f'Unknown format specifier "{shown}"')
        scan.i += 1
    if max_missing >= 0:
        if nb_additional == -1:
            raise PhpValueError(
                f"The arguments array must contain {max_missing + 1} items, {nb_args} given"
            )
        raise PhpArgumentCountError(
            f"{max_missing + nb_additional + 1} arguments are required, {nb_args + nb_additional} given"
        )
    return bytes(out)
