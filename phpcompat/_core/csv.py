"""CSV the way PHP 8.2 reads and writes it: the engine behind fgetcsv/fputcsv.

This module owns PHP's CSV grammar as pure functions on bytes: ``parse_row``
is php_fgetcsv (including its quirks) and ``format_row`` is php_fputcsv.
Nothing here touches a stream, warns or checks arguments; the caller hands in
the first line and, for fields that run over several lines, a function that
returns the next line (or None at the end of the data).

PHP's parser walks the line one *character* at a time, where a character is
what ``mbrlen()`` says under PHP 8's LC_CTYPE of ``C.UTF-8``: a valid UTF-8
sequence is one character, an invalid byte is a one-byte character that is
skipped when PHP looks for the line ending.  The parser also reads one byte
past a closing enclosure that ends the data (C's terminating NUL), which is
why ``'a,"'`` gives the field ``"\\0"``; both are reproduced on purpose.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

__all__ = ["NO_ESCAPE", "parse_row", "format_row", "char_length"]

#: ``escape`` value meaning "no escape character" (PHP's empty ``$escape``).
NO_ESCAPE = -1

_SPACE = frozenset(b" \t\n\v\f\r")
_NEEDS_ENCLOSURE = frozenset(b"\n\r\t ")


def char_length(buf: bytes, pos: int, avail: int) -> int:
    """``mbrlen(buf + pos, avail)`` in glibc's C.UTF-8 locale, NUL counting as 1.

    Returns the length of the character at ``pos`` or -1 for a byte that does
    not start a complete, valid sequence within ``avail`` bytes.
    """
    lead = buf[pos]
    if lead < 0x80:
        return 1
    if 0xC2 <= lead <= 0xDF:
        size, low, value = 2, 0x80, lead & 0x1F
    elif 0xE0 <= lead <= 0xEF:
        size, low, value = 3, 0x800, lead & 0x0F
    elif 0xF0 <= lead <= 0xF7:
        size, low, value = 4, 0x10000, lead & 0x07
    elif 0xF8 <= lead <= 0xFB:
        size, low, value = 5, 0x200000, lead & 0x03
    elif 0xFC <= lead <= 0xFD:
        size, low, value = 6, 0x4000000, lead & 0x01
    else:
        return -1
    if avail < size:
        return -1
    for i in range(pos + 1, pos + size):
        byte = buf[i]
        if byte & 0xC0 != 0x80:
            return -1
        value = (value << 6) | (byte & 0x3F)
    if value < low or 0xD800 <= value <= 0xDFFF:
        return -1
    return size


def _step(buf: bytes, pos: int, limit: int) -> int:
    """PHP's ``inc_len``: 0 at ``limit``, else the character length (-1 if invalid)."""
    if pos >= limit:
        return 0
    if buf[pos] < 0x80:
        return 1
    return char_length(buf, pos, limit - pos)


def _line_end(buf: bytes, start: int, end: int) -> int:
    """php_fgetcsv_lookup_trailing_spaces: where the ``\\r\\n``/``\\n``/``\\r`` ending starts.

    Only the last two *valid* characters count, so an invalid byte after a
    line break hides nothing: ``"x\\r\\xff"`` ends (by PHP's reckoning) one byte
    before its end.
    """
    if buf.isascii():
        # Fast path: every byte is a character.
        if end - start >= 2 and buf[end - 2] == 13 and buf[end - 1] == 10:
            return end - 2
        if end > start and buf[end - 1] in (10, 13):
            return end - 1
        return end
    last0 = last1 = 0
    pos = start
    while pos < end:
        size = 1 if buf[pos] < 0x80 else char_length(buf, pos, end - pos)
        if size < 0:
            size = 1
        else:
            last0, last1 = last1, buf[pos]
        pos += size
    if last1 == 10:
        return pos - 2 if last0 == 13 else pos - 1
    if last1 == 13:
        return pos - 1
    return pos


def parse_row(
    line: bytes,
    delimiter: int,
    enclosure: int,
    escape: int,
    next_line: Callable[[], bytes | None] | None = None,
) -> list[bytes] | None:
    """php_fgetcsv: the fields of the row that starts with ``line``.

    ``line`` is what ``fgets`` returned (line ending included).  A quoted field
    that is still open at the end of a line continues on ``next_line()``; at
    the end of the data (``None``, or no ``next_line`` as in ``str_getcsv``)
    the field keeps everything read so far.  Returns None for a blank line
    (PHP's ``[null]``).
    """
    if enclosure not in line and enclosure != 0 and delimiter < 0x80 and line.isascii():
        return _parse_simple(line, delimiter)
    return _parse(line, delimiter, enclosure, escape, next_line)


def _parse_simple(line: bytes, delimiter: int) -> list[bytes] | None:
    """An ASCII line without the enclosure character: a plain split (PHP trims
    a trailing line ending from each unquoted field)."""
    end = len(line)
    if end and line[end - 1] == 10:
        end -= 1
    if end and line[end - 1] == 13:
        end -= 1
    if end == 0:
        return None
    content = line[:end] if end < len(line) else line
    fields = content.split(bytes((delimiter,)))
    if 13 in content or 10 in content:
        return [field[: _line_end(field, 0, len(field))] for field in fields]
    return fields


def _parse(
    line: bytes,
    delimiter: int,
    enclosure: int,
    escape: int,
    next_line: Callable[[], bytes | None] | None,
) -> list[bytes] | None:
    # ``buf`` carries C's terminating NUL: PHP reads it in two corner cases.
    if escape >= 0x80:
        # PHP compares the escape (an int from an unsigned char) with a signed
        # char: an escape byte of 0x80 or more never matches.
        escape = NO_ESCAPE
    buf = line + b"\0"
    buf_len = len(line)
    limit = _line_end(buf, 0, buf_len)
    # With ASCII enclosure/escape/delimiter, runs of other characters can be
    # skipped with find(): an ASCII byte never sits inside a UTF-8 sequence.
    skip_quoted = enclosure < 0x80 and escape < 0x80
    skip_plain = delimiter < 0x80
    values: list[bytes] = []
    first_field = True
    pos = 0
    while True:
        out = bytearray()
        inc = _step(buf, pos, limit)
        if inc == 1:
            # Blanks before an enclosure are skipped (and only then).
            tmp = pos
            while buf[tmp] != delimiter and buf[tmp] in _SPACE:
                tmp += 1
            if buf[tmp] == enclosure and tmp < limit:
                pos = tmp
        if first_field and pos == limit:
            return None
        first_field = False
        if inc != 0 and buf[pos] == enclosure:
            # A quoted field.  ``state`` 1: after the escape character;
            # 2: after an enclosure (closing, or the first of a doubled pair).
            state = 0
            pos += 1
            hunk = pos
            while True:
                if state == 0 and skip_quoted and pos < limit:
                    stop = buf.find(enclosure, pos, limit)
                    if escape != NO_ESCAPE:
                        at = buf.find(escape, pos, limit if stop < 0 else stop)
                        if at >= 0:
                            stop = at
                    if stop != pos:
                        pos = limit if stop < 0 else stop
                        inc = _step(buf, pos, limit)
                if inc == 0:
                    if state == 2:
                        out += buf[hunk : pos - 1]
                        hunk = pos
                        break
                    if state == 1:
                        out += buf[hunk:pos]
                        hunk = pos
                    if hunk != limit:
                        out += buf[hunk:pos]
                        hunk = pos
                    # The field goes on past the line ending: keep the ending.
                    out += buf[limit:buf_len]
                    following = next_line() if next_line is not None else None
                    if following is None:
                        break
                    buf = following + b"\0"
                    buf_len = len(following)
                    pos = hunk = 0
                    limit = _line_end(buf, 0, buf_len)
                    state = 0
                elif inc == 1 or inc < 0:
                    if state == 1:
                        pos += 1
                        state = 0
                    elif state == 2:
                        if buf[pos] != enclosure:
                            out += buf[hunk : pos - 1]
                            hunk = pos
                            break
                        out += buf[hunk:pos]
                        pos += 1
                        hunk = pos
                        state = 0
                    else:
                        if buf[pos] == enclosure:
                            state = 2
                        elif escape != NO_ESCAPE and buf[pos] == escape:
                            state = 1
                        pos += 1
                else:
                    if state == 2:
                        out += buf[hunk : pos - 1]
                        hunk = pos
                        break
                    pos += inc
                    if state == 1:
                        out += buf[hunk:pos]
                        hunk = pos
                        state = 0
                inc = _step(buf, pos, limit)
            # After the closing enclosure, everything up to the delimiter
            # belongs to the field as well.
            pos, inc = _to_delimiter(buf, pos, inc, limit, delimiter, skip_plain)
            out += buf[hunk:pos]
            pos += inc
            values.append(bytes(out))
        else:
            hunk = pos
            pos, inc = _to_delimiter(buf, pos, inc, limit, delimiter, skip_plain)
            out += buf[hunk:pos]
            field = bytes(out)
            values.append(field[: _line_end(field, 0, len(field))])
            if buf[pos] == delimiter:
                pos += 1
        if inc <= 0:
            return values


def _to_delimiter(
    buf: bytes, pos: int, inc: int, limit: int, delimiter: int, skip: bool
) -> tuple[int, int]:
    """Advance to the next delimiter character; returns (position, inc_len there)."""
    if skip and inc != 0:
        found = buf.find(delimiter, pos, limit)
        return (limit, 0) if found < 0 else (found, 1)
    while True:
        if inc == 0:
            return pos, 0
        if inc < 0:
            inc = 1
        if inc == 1 and buf[pos] == delimiter:
            return pos, 1
        pos += inc
        inc = _step(buf, pos, limit)


def format_row(
    fields: Sequence[bytes], delimiter: int, enclosure: int, escape: int, eol: bytes = b"\n"
) -> bytes:
    """php_fputcsv: one CSV line for ``fields`` (already converted to strings).

    A field is enclosed when it contains the delimiter, the enclosure, the
    escape character or a blank (space, tab, CR, LF); inside it the enclosure
    is doubled unless it directly follows the escape character.
    """
    special = {delimiter, enclosure, *_NEEDS_ENCLOSURE}
    if escape != NO_ESCAPE:
        special.add(escape)
    enclosure_byte = bytes((enclosure,))
    if escape >= 0x80:
        # It still makes a field enclosed (PHP finds it with memchr) but, as
        # in parse_row, never escapes an enclosure.
        escape = NO_ESCAPE
    parts = []
    for field in fields:
        if not special.intersection(field):
            parts.append(field)
            continue
        out = bytearray(enclosure_byte)
        if escape == NO_ESCAPE or escape not in field:
            out += field.replace(enclosure_byte, enclosure_byte * 2)
        else:
            escaped = False
            for byte in field:
                if byte == escape:
                    escaped = True
                elif not escaped and byte == enclosure:
                    out.append(enclosure)
                else:
                    escaped = False
                out.append(byte)
        out += enclosure_byte
        parts.append(bytes(out))
    return bytes((delimiter,)).join(parts) + eol
