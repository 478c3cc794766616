"""The scanf engine behind PHP's sscanf() and fscanf() (php_sscanf_internal).

This module owns the format grammar and the scanning rules, as pure functions
on bytes: ``validate`` checks a format against the number of by-reference
variables (PHP 8's ValueErrors), ``scan`` matches an input string and returns
what each conversion produced.  Turning that into PHP's return value (an
array, a count, -1, null) and assigning ``Ref`` variables is the facade's job.

PHP's scanner is Tcl's, working on C strings: input and format both end at
their first NUL byte; ``isspace``/``isdigit`` are the C locale's; bytes in a
``%[...]`` range compare as *signed* chars; numbers go through a 63-byte
buffer and ``strtol``/``strtoul`` (saturating), ``%u`` results that do not fit
a signed 64-bit integer come back as decimal strings.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .failures import PhpValueError

__all__ = ["ScanResult", "validate", "scan", "MAX_ARGS"]

#: the highest ``%n$`` index accepted when no variables are passed (SCAN_MAX_ARGS)
MAX_ARGS = 0xFF

_SPACE = frozenset(b" \t\n\v\f\r")
_DIGITS = frozenset(b"0123456789")
_CONVERSIONS = frozenset(b"ndDioxXufeEgsc[")
_INT_MIN = -(2**63)
_INT_MAX = 2**63 - 1
_UINT_MAX = 2**64 - 1


def _cstr(data: bytes) -> bytes:
    """The C string PHP sees: everything before the first NUL."""
    nul = data.find(b"\0")
    return data if nul < 0 else data[:nul]


def _at(data: bytes, pos: int) -> int:
    """The byte at ``pos``, 0 (C's terminator) past the end."""
    return data[pos] if pos < len(data) else 0


def _strtoul_int(data: bytes, pos: int) -> tuple[int, int]:
    """``(int) strtoul(p, &end, 10)`` for the digits at ``pos``: (value, end)."""
    end = pos
    while _at(data, end) in _DIGITS:
        end += 1
    value = min(int(data[pos:end]), _UINT_MAX) & 0xFFFFFFFF
    if value >= 2**31:
        value -= 2**32
    return value, end


def _strtoul_size(data: bytes, pos: int) -> tuple[int, int]:
    """``(size_t) strtoul(p, &end, 10)``: (value, end)."""
    end = pos
    while _at(data, end) in _DIGITS:
        end += 1
    return min(int(data[pos:end]), _UINT_MAX), end


def _value_error(message: str) -> PhpValueError:
    return PhpValueError(message)


def validate(format: bytes, num_vars: int) -> int:
    """ValidateFormat: check ``format``; return how many values it produces.

    Raises PHP 8's ValueError for a malformed format or a variable count that
    does not match.  With ``num_vars`` = 0 the result is the length of the
    array PHP returns.
    """
    fmt = _cstr(format)
    assigned: dict[int, int] = {}
    got_xpg = got_sequential = False
    xpg_size = obj_index = 0
    pos = 0
    while pos < len(fmt):
        ch = fmt[pos]
        pos += 1
        if ch != 0x25:  # '%'
            continue
        ch = _at(fmt, pos)
        pos += 1
        if ch == 0x25:
            continue
        suppress = False
        if ch == 0x2A:  # '*'
            suppress = True
            ch = _at(fmt, pos)
            pos += 1
        elif ch in _DIGITS:
            value, end = _strtoul_int(fmt, pos - 1)
            if _at(fmt, end) == 0x24:  # '$': XPG3 "%n$"
                pos = end + 1
                ch = _at(fmt, pos)
                pos += 1
                got_xpg = True
                if got_sequential:
                    raise _value_error('cannot mix "%" and "%n$" conversion specifiers')
                obj_index = value - 1
                if obj_index < 0 or (num_vars and obj_index >= num_vars):
                    raise _value_error('"%n$" argument index out of range')
                if num_vars == 0:
                    if value > MAX_ARGS:
                        raise _value_error('"%n$" argument index out of range')
                    xpg_size = max(xpg_size, value)
            else:
                got_sequential = True
                if got_xpg:
                    raise _value_error('cannot mix "%" and "%n$" conversion specifiers')
        else:
            got_sequential = True
            if got_xpg:
                raise _value_error('cannot mix "%" and "%n$" conversion specifiers')
        if ch in _DIGITS:
            _, pos = _strtoul_size(fmt, pos - 1)
            ch = _at(fmt, pos)
            pos += 1
        if ch in b"lLh":
            ch = _at(fmt, pos)
            pos += 1
        if not suppress and num_vars and obj_index >= num_vars:
            if got_xpg:
                raise _value_error('"%n$" argument index out of range')
            raise _value_error("Different numbers of variable names and field specifiers")
        if ch == 0x5B:  # '['
            pos = _validate_set(fmt, pos)
        elif ch not in _CONVERSIONS:
            # PHP formats the character with %c: a NUL ends the message.
            shown = "" if ch == 0 else bytes((ch,)).decode("utf-8", "surrogateescape") + '"'
            raise _value_error(f'Bad scan conversion character "{shown}')
        if not suppress:
            assigned[obj_index] = assigned.get(obj_index, 0) + 1
            obj_index += 1
    if num_vars == 0:
        num_vars = xpg_size if xpg_size else obj_index
    for index in range(num_vars):
        count = assigned.get(index, 0)
        if count > 1:
            raise _value_error('Variable is assigned by multiple "%n$" conversion specifiers')
        if not xpg_size and count == 0:
            raise _value_error("Variable is not assigned by any conversion specifiers")
    return num_vars


def _validate_set(fmt: bytes, pos: int) -> int:
    """Skip a ``%[...]`` set in ValidateFormat; ``pos`` is just after the ``[``."""
    def unmatched() -> PhpValueError:
        return _value_error("Unmatched [ in format string")

    if _at(fmt, pos) == 0:
        raise unmatched()
    ch = fmt[pos]
    pos += 1
    if ch == 0x5E:  # '^'
        if _at(fmt, pos) == 0:
            raise unmatched()
        ch = fmt[pos]
        pos += 1
    if ch == 0x5D:  # ']'
        if _at(fmt, pos) == 0:
            raise unmatched()
        ch = fmt[pos]
        pos += 1
    while ch != 0x5D:
        if _at(fmt, pos) == 0:
            raise unmatched()
        ch = fmt[pos]
        pos += 1
    return pos


def _signed(byte: int) -> int:
    return byte - 256 if byte >= 0x80 else byte


@dataclass
class _CharSet:
    exclude: bool = False
    chars: set[int] = field(default_factory=set)
    ranges: list[tuple[int, int]] = field(default_factory=list)

    def __contains__(self, byte: int) -> bool:
        ch = _signed(byte)
        match = ch in self.chars or any(lo <= ch <= hi for lo, hi in self.ranges)
        return match != self.exclude


def _build_set(fmt: bytes, pos: int) -> tuple[_CharSet, int]:
    """BuildCharSet: the set at ``pos`` (just after ``[``) and the position after ``]``."""
    cset = _CharSet()
    if _at(fmt, pos) == 0x5E:
        cset.exclude = True
        pos += 1
    ch = _at(fmt, pos)
    pos += 1
    start = ch
    if ch in (0x5D, 0x2D):  # a leading ']' or '-' is literal
        cset.chars.add(_signed(ch))
        ch = _at(fmt, pos)
        pos += 1
    while ch != 0x5D:
        if _at(fmt, pos) == 0x2D:
            start = ch  # may start a range: wait for the next character
        elif ch == 0x2D:
            if _at(fmt, pos) == 0x5D:
                cset.chars.add(_signed(start))
                cset.chars.add(_signed(ch))
            else:
                ch = _at(fmt, pos)
                pos += 1
                lo, hi = _signed(start), _signed(ch)
                cset.ranges.append((lo, hi) if lo < hi else (hi, lo))
        else:
            cset.chars.add(_signed(ch))
        ch = _at(fmt, pos)
        pos += 1
    return cset, pos


@dataclass
class ScanResult:
    """What a scan produced.

    ``values[i]`` is the result of the i-th assignment (``None`` when the
    conversion never ran): ``int``, ``float`` or ``bytes``.  ``eof`` is PHP's
    SCAN_ERROR_EOF: the input ran out before any conversion (PHP returns -1
    or null).  ``conversions`` counts completed conversions, suppressed ones
    and ``%n`` included (the count PHP returns when variables are passed).
    """

    values: list[int | float | bytes | None]
    assigned: list[bool]
    conversions: int
    eof: bool


def _strtol(digits: bytes, base: int, unsigned: bool) -> int:
    """strtol/strtoul on the scanner's buffer (sign, optional 0x, digits), saturating."""
    pos = 0
    negative = False
    if digits[:1] in (b"+", b"-"):
        negative = digits[:1] == b"-"
        pos = 1
    if base == 16 and digits[pos : pos + 2].lower() == b"0x" and len(digits) > pos + 2:
        pos += 2
    magnitude = int(digits[pos:], base) if pos < len(digits) else 0
    if unsigned:
        if magnitude > _UINT_MAX:
            return _UINT_MAX
        return (-magnitude) % 2**64 if negative else magnitude
    value = -magnitude if negative else magnitude
    return max(_INT_MIN, min(_INT_MAX, value))


def scan(string: bytes, format: bytes, num_vars: int) -> ScanResult:
    """php_sscanf_internal: match ``string`` against ``format``.

    ``num_vars`` is the number of variables passed by reference (0: PHP
    returns an array).  Raises PHP's ValueError for a bad format.
    """
    total = validate(format, num_vars)
    text = _cstr(string)
    fmt = _cstr(format)
    values: list[int | float | bytes | None] = [None] * total
    assigned = [False] * total
    obj_index = 0
    conversions = 0
    underflow = False
    sp = 0  # position in the input
    fp = 0  # position in the format

    def store(value: int | float | bytes) -> None:
        nonlocal obj_index
        if obj_index < total:
            values[obj_index] = value
            assigned[obj_index] = True
        obj_index += 1

    while fp < len(fmt):
        ch = fmt[fp]
        fp += 1
        if ch in _SPACE:
            while _at(text, sp) in _SPACE:
                sp += 1
            continue
        if ch == 0x25:
            ch = _at(fmt, fp)
            fp += 1
            literal = ch == 0x25
        else:
            literal = True
        if literal:
            if sp >= len(text):
                underflow = True
                break
            sp += 1
            if text[sp - 1] != ch:
                break
            continue

        suppress = False
        if ch == 0x2A:
            suppress = True
            ch = _at(fmt, fp)
            fp += 1
        elif ch in _DIGITS:
            value, end = _strtoul_int(fmt, fp - 1)
            if _at(fmt, end) == 0x24:
                fp = end + 1
                ch = _at(fmt, fp)
                fp += 1
                obj_index = value - 1
        width = 0
        if ch in _DIGITS:
            width, fp = _strtoul_size(fmt, fp - 1)
            ch = _at(fmt, fp)
            fp += 1
        if ch in b"lLh":
            ch = _at(fmt, fp)
            fp += 1

        if ch == 0x6E:  # 'n': how much input was consumed so far
            if not suppress:
                store(sp)
            conversions += 1
            continue

        noskip = False
        base = 10
        op = ch
        if ch in b"dD":
            op = 0x69
        elif ch == 0x69:  # 'i'
            base = 0
        elif ch == 0x6F:  # 'o'
            op, base = 0x69, 8
        elif ch in b"xX":
            op, base = 0x69, 16
        elif ch == 0x75:  # 'u'
            op = 0x75
        elif ch in b"feEg":
            op = 0x66
        elif ch == 0x63:  # 'c': like %s but without skipping blanks, width 1
            op = 0x73
            noskip = True
            if width == 0:
                width = 1
        elif ch == 0x5B:
            noskip = True

        if sp >= len(text):
            underflow = True
            break
        if not noskip:
            while sp < len(text) and text[sp] in _SPACE:
                sp += 1
            if sp >= len(text):
                underflow = True
                break

        if op == 0x73:  # 's' (and 'c')
            end = sp
            remaining = width if width else -1
            while end < len(text) and text[end] not in _SPACE:
                end += 1
                remaining -= 1
                if remaining == 0:
                    break
            if not suppress:
                store(text[sp:end])
            sp = end
        elif op == 0x5B:
            cset, fp = _build_set(fmt, fp)
            end = sp
            remaining = width if width else -1
            while end < len(text) and text[end] in cset:
                end += 1
                remaining -= 1
                if remaining == 0:
                    break
            if end == sp:
                break
            if not suppress:
                store(text[sp:end])
            sp = end
        elif op in (0x69, 0x75):
            number, sp = _scan_int(text, sp, width, base, op == 0x75)
            if number is None:
                underflow = sp >= len(text)
                break
            if not suppress:
                store(number)
        else:  # 'f'
            number_f, sp = _scan_float(text, sp, width)
            if number_f is None:
                underflow = sp >= len(text)
                break
            if not suppress:
                store(number_f)
        conversions += 1

    eof = underflow and conversions == 0
    return ScanResult(values, assigned, conversions, eof)


def _scan_int(
    text: bytes, sp: int, width: int, base: int, unsigned: bool
) -> tuple[int | bytes | None, int]:
    """An integer conversion: (value, new position); value None when no digit came.

    Characters are accumulated as Tcl's scanner does (a sign, ``0`` choosing
    octal and ``0x`` hex for ``%i``, at most 63 of them), then converted by
    strtol/strtoul in the base the prefix chose.
    """
    if width == 0 or width > 63:
        width = 63
    signok = nodigits = nozero = True
    xok = False
    buf = bytearray()
    while width > 0:
        c = _at(text, sp)
        take = False
        if c == 0x30:  # '0'
            if base == 16:
                xok = True
            if base == 0:
                base = 8
                xok = True
            if nozero:
                signok = nodigits = nozero = False
            else:
                signok = xok = nodigits = False
            take = True
        elif 0x31 <= c <= 0x37:
            if base == 0:
                base = 10
            signok = xok = nodigits = False
            take = True
        elif c in (0x38, 0x39):
            if base == 0:
                base = 10
            if base > 8:
                signok = xok = nodigits = False
                take = True
        elif c in b"ABCDEFabcdef":
            if base > 10:
                signok = xok = nodigits = False
                take = True
        elif c in (0x2B, 0x2D):
            if signok:
                signok = False
                take = True
        elif c in (0x78, 0x58):
            if xok and len(buf) == 1:
                base = 16
                xok = False
                take = True
        if not take:
            break
        buf.append(c)
        sp += 1
        if sp >= len(text):
            break
        width -= 1
    if nodigits:
        return None, sp
    if buf[-1] in (0x78, 0x58):
        # "0x" with no hex digit after it: the x is not part of the number.
        del buf[-1]
        sp -= 1
    value = _strtol(bytes(buf), base, unsigned)
    if unsigned and value > _INT_MAX:
        # PHP has no unsigned integers: a %u that does not fit is a string.
        return str(value).encode("ascii"), sp
    return value, sp


def _scan_float(text: bytes, sp: int, width: int) -> tuple[float | None, int]:
    """A float conversion: (value, new position); value None when no digit came."""
    if width == 0 or width > 63:
        width = 63
    signok = nodigits = ptok = expok = True
    buf = bytearray()
    while width > 0:
        c = _at(text, sp)
        take = False
        if c in _DIGITS:
            signok = nodigits = False
            take = True
        elif c in (0x2B, 0x2D):
            if signok:
                signok = False
                take = True
        elif c == 0x2E:
            if ptok:
                signok = ptok = False
                take = True
        elif c in (0x65, 0x45):
            # An exponent only after at least one digit.
            if expok and not nodigits:
                expok = ptok = False
                signok = nodigits = True
                take = True
        if not take:
            break
        buf.append(c)
        sp += 1
        if sp >= len(text):
            break
        width -= 1
    if nodigits:
        if expok:
            return None, sp
        # A dangling exponent ("1e", "1e+"): give those characters back.
        last = buf.pop()
        sp -= 1
        if last not in (0x65, 0x45):
            buf.pop()
            sp -= 1
    return float(buf), sp
