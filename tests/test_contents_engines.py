"""The CSV and scanf engines on their own: robustness and their C-library ground truth.

Their PHP behaviour is checked differentially in test_contents_csv.py and
test_contents_scanf.py; here: any input gives a result or PHP's ValueError
(never a Python traceback), a record split over lines parses as when it comes
whole, and the character lengths match glibc's mbrlen() in C.UTF-8, the
locale PHP 8 runs its CSV parser in.
"""

import ctypes
import ctypes.util

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from phpcompat._core import csv, scanf
from phpcompat._core.failures import PhpValueError

SPECIAL = st.sampled_from([0x2C, 0x22, 0x5C, 0x00, 0x0A, 0x0D, 0x20, 0x09, 0xA7, 0xC3, 0x80, 0x3B])
CSV_BYTES = st.lists(
    st.sampled_from([b"a", b",", b'"', b"\\", b"\n", b"\r", b" ", b"\xc3\xa9", b"\xff", b"\0", b"\xc3", b"\xa7"]),
    max_size=40,
).map(b"".join)


def _lines(data: bytes) -> list[bytes]:
    """The lines php_stream_get_line returns: split after each LF."""
    parts = data.split(b"\n")
    return [part + b"\n" for part in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


@settings(max_examples=400, deadline=None)
@given(CSV_BYTES, SPECIAL, SPECIAL, st.one_of(SPECIAL, st.just(csv.NO_ESCAPE)))
def test_parse_row_never_raises(data, delimiter, enclosure, escape):
    rest = [line for line in _lines(data) if line]
    while rest:
        row = csv.parse_row(rest.pop(0), delimiter, enclosure, escape, lambda: rest.pop(0) if rest else None)
        assert row is None or all(isinstance(field, bytes) for field in row)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(CSV_BYTES, max_size=5), max_size=4), SPECIAL, SPECIAL,
       st.one_of(SPECIAL, st.just(csv.NO_ESCAPE)))
def test_format_row_never_raises(rows, delimiter, enclosure, escape):
    for fields in rows:
        line = csv.format_row(fields, delimiter, enclosure, escape, b"\r\n")
        assert line.endswith(b"\r\n")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text("ab ,\"\\\n\t\u00e9", max_size=8).map(lambda s: s.encode()), min_size=1, max_size=5))
def test_fputcsv_output_reads_back(fields):
    # What fputcsv writes with the defaults, fgetcsv reads back field for
    # field unless a field holds the escape character (PHP's own caveat: in
    # PHP too, fputcsv(["\\\\\""]) reads back with a newline appended).
    if any(b"\\" in f for f in fields) or fields == [b""]:
        return
    data = csv.format_row(fields, 0x2C, 0x22, 0x5C)
    lines = data.split(b"\n")
    pending = [line + b"\n" for line in lines[:-1]]
    first = pending.pop(0)
    row = csv.parse_row(first, 0x2C, 0x22, 0x5C, lambda: pending.pop(0) if pending else None)
    assert row == fields


FORMAT = st.lists(
    st.sampled_from(["%d", "%i", "%x", "%o", "%u", "%f", "%s", "%c", "%n", "%[a-z]", "%[^", "%*d", "%3s",
                     "%2$s", "%1$d", " ", "x", "%%", "%", "%q", "%[]", "%99$s", "\0"]),
    max_size=5,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=20), FORMAT, st.integers(0, 3))
def test_scan_gives_a_result_or_phps_value_error(text, fmt, variables):
    try:
        result = scanf.scan(text, fmt.encode("latin-1"), variables)
    except PhpValueError:
        return
    assert len(result.values) == len(result.assigned)
    assert result.conversions >= 0


def _libc_mbrlen():
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    libc = ctypes.CDLL(name)
    libc.setlocale.restype = ctypes.c_char_p
    libc.setlocale.argtypes = [ctypes.c_int, ctypes.c_char_p]
    lc_ctype = 0  # glibc's LC_CTYPE
    old = libc.setlocale(lc_ctype, None)
    if libc.setlocale(lc_ctype, b"C.UTF-8") is None:
        return None
    libc.mbrlen.restype = ctypes.c_ssize_t
    libc.mbrlen.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_void_p]

    def mbrlen(data: bytes) -> int:
        state = ctypes.create_string_buffer(16)
        return int(libc.mbrlen(data, len(data), state))

    return mbrlen, lambda: libc.setlocale(lc_ctype, old)


def test_char_length_matches_glibc_c_utf8():
    found = _libc_mbrlen()
    if found is None:
        pytest.skip("glibc with the C.UTF-8 locale is not available")
    mbrlen, restore = found
    try:
        for lead in range(0x80, 0x100):
            for second in (0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF):
                for tail in (b"", b"\x80", b"\x80\x80", b"\x80\x80\x80\x80", b"\xbf\xbf\xbf\xbf"):
                    data = bytes((lead, second)) + tail
                    expected = mbrlen(data)
                    # PHP treats mbrlen's -1 and -2 alike: one byte, skipped
                    expected = -1 if expected < 0 else expected
                    assert csv.char_length(data, 0, len(data)) == expected, data
    finally:
        restore()
