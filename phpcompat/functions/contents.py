"""Whole-file and record functions: file_get_contents ... fgetcsv, fscanf, tmpfile.

The PHP-named facade for the functions PHP builds on top of its streams
(ext/standard/file.c and streamsfuncs.c): each checks its arguments as PHP
8.2 does (zpp TypeErrors first, then ValueErrors, then the resource), drives
the stream core (``phpcompat._core.stream``) and reports core failures
through the one boundary (``facade.fail``).  The CSV grammar lives in
``_core.csv`` and the scanf engine in ``_core.scanf``; this module owns only
the PHP-level loops around them: PHP's copy-to-memory and passthru read
sizes (they show in "Read of N bytes failed" notices), the copy between two
streams, line splitting for ``file()``, and temporary files.
"""

from __future__ import annotations

import errno
import fcntl
import mmap
import os
import secrets
import stat as _stat
import sys
from collections.abc import Iterable
from typing import Any, Literal

from .._core import csv as _csv
from .._core import scanf as _scanf
from .._core.context import StreamContext
from .._core.facade import fail, resource_arg
from .._core.failures import PhpError, PhpFailure, PhpTypeError, PhpValueError
from .._core.limits import check_alloc, check_string
from .._core.resources import Resource
from .._core.stream import CHUNK_SIZE, PhpStream, new_stream, open_stream, stream_arg
from .._core.values import (
    Ref,
    bool_arg,
    decode,
    int_arg,
    is_binary,
    nullable_int_arg,
    nullable_str_arg,
    path_arg,
    php_bytes,
    result_str,
    str_arg,
    type_name,
)
from ..errors import E_NOTICE, report
from ..output import write_stdout
from ..wrappers.plain import FdRaw

__all__ = [
    "file_get_contents",
    "file_put_contents",
    "file",
    "readfile",
    "fpassthru",
    "fgetcsv",
    "fputcsv",
    "fscanf",
    "sscanf",
    "tmpfile",
    "tempnam",
    "stream_get_contents",
    "stream_get_line",
    "stream_copy_to_stream",
]

# ext/standard/file.h
_FILE_USE_INCLUDE_PATH = 1
_FILE_IGNORE_NEW_LINES = 2
_FILE_SKIP_EMPTY_LINES = 4
_FILE_APPEND = 8
_FILE_NO_DEFAULT_CONTEXT = 16
_LOCK_EX = 2
_INT_MAX = 2**63 - 1
#: php_stream_get_record's default when stream_get_line() gets length 0
_SOCK_CHUNK_SIZE = 8192
#: tempnam() keeps this much of the prefix (PHP: 63 bytes once it reaches 64)
_PREFIX_MAX = 63
_MAXPATHLEN = 4096

PhpString = str | bytes


# ---------------------------------------------------------------- helpers

def _context_arg(value: object, func: str, argnum: int) -> tuple[Resource | None, PhpTypeError | None]:
    """A ``?resource $context``: (context, error to raise once the call is done).

    PHP fetches the context with zend_fetch_resource_ex: another kind of
    resource throws a TypeError but the function carries on without a
    context, so its side effects (output, a written file) still happen.
    """
    if value is None:
        return None, None
    if not isinstance(value, Resource):
        raise PhpTypeError(
            f"{func}(): Argument #{argnum} ($context) must be of type resource or null,"
            f" {type_name(value)} given"
        )
    if isinstance(value.payload, StreamContext):
        return value, None
    return None, PhpTypeError(f"{func}(): supplied resource is not a valid Stream-Context resource")


def _open(func: str, filename: bytes, mode: str, use_include_path: bool,
          context: Resource | None) -> PhpStream | None:
    try:
        return open_stream(filename, mode, use_include_path=use_include_path, context=context, func=func)
    except PhpFailure as failure:
        fail(func, failure)
        return None


def _read(stream: PhpStream, size: int, func: str) -> tuple[bytes, bool]:
    """php_stream_read: (data, ok).  A failure is reported (PHP's notice) and
    ends the caller's loop, keeping whatever was read before it."""
    try:
        return stream.read(size), True
    except PhpFailure as failure:
        data = failure.result if isinstance(failure.result, bytes) else b""
        failure.result = data
        fail(func, failure)
        return data, False


def _readline(stream: PhpStream, func: str, maxlen: int | None = None) -> bytes | None:
    """php_stream_get_line: a line (with its ending), None at the end."""
    try:
        return stream.readline(maxlen)
    except PhpFailure as failure:
        data = failure.result if isinstance(failure.result, bytes) else None
        failure.result = data
        fail(func, failure)
        return data or None


def _copy_to_mem(stream: PhpStream, maxlen: int, func: str) -> bytes:
    """_php_stream_copy_to_mem (PHP 8.2): ``maxlen`` > 0 bytes into a buffer
    of that size allocated first (so a length PHP cannot allocate is PHP's
    fatal error even when the stream holds less), asking for all that is
    still missing at each read; or, with ``maxlen`` < 0, everything up to
    EOF: one request for the remaining file size plus a chunk, growing by a
    chunk when less than a quarter is left."""
    if maxlen == 0:
        return b""
    parts: list[bytes] = []
    total = 0
    if maxlen > 0:
        check_string(maxlen)
        while total < maxlen and not stream.eof():
            data, ok = _read(stream, maxlen - total, func)
            if data:
                parts.append(data)
                total += len(data)
            if not data or not ok:
                break
        return b"".join(parts)
    room = CHUNK_SIZE
    try:
        size = stream.stat()["size"]
    except PhpFailure:
        size = 0
    if size > 0:
        room = max(size - stream.position, 0) + CHUNK_SIZE
    check_string(room)
    while True:
        data, ok = _read(stream, room - total, func)
        if data:
            parts.append(data)
            total += len(data)
            if total + CHUNK_SIZE // 4 >= room:
                room += CHUNK_SIZE
                check_string(room)
        if not data or not ok:
            break
    return b"".join(parts)


def _passthru(stream: PhpStream, func: str) -> int:
    """_php_stream_passthru: copy the rest of the stream to the output.

    Returns the byte count, or -1 when the first read already failed.
    """
    region = _mappable(stream)
    if region is not None:
        # PHP maps a plain file and writes it whole, then moves the position
        # past it with a seek (so feof() stays false).
        fd, position, size = region
        count = 0
        while position + count < size:
            try:
                data = os.pread(fd, min(size - position - count, 1 << 24), position + count)
            except OSError:
                break
            if not data:
                break
            write_stdout(data)
            count += len(data)
        try:
            stream.seek(count, 1)
        except PhpFailure:
            pass
        return count
    count = 0
    while True:
        data, ok = _read(stream, CHUNK_SIZE, func)
        if data:
            write_stdout(data)
            count += len(data)
        if not ok:
            return count if count else -1
        if not data:
            return count


#: PHP_STREAM_MMAP_MAX: the largest piece PHP maps at once when copying
_MMAP_MAX = 512 * 1024 * 1024
#: copy_file_range() errors after which PHP falls back to copying by hand
_CFR_FALLBACK = frozenset({errno.EINVAL, errno.EXDEV, errno.ENOSYS, errno.EIO, errno.ESPIPE})


def _descriptor(stream: PhpStream) -> int | None:
    """The descriptor of an unfiltered plain-file (STDIO) stream, else None."""
    raw = stream.raw
    if isinstance(raw, FdRaw) and not stream.read_filters and not stream.write_filters:
        return raw.fileno()
    return None


def _copy_file_range(source: PhpStream, dest: PhpStream, maxlen: int) -> tuple[bool | None, int]:
    """PHP's copy_file_range() step between two descriptor streams: (None, n)
    to go on copying by hand after ``n`` bytes, (True/False, n) when done.
    PHP lets the kernel move the data and gives up silently on errors other
    than "cannot do this here" (EINVAL, EXDEV...)."""
    src_fd, dest_fd = _descriptor(source), _descriptor(dest)
    copy = getattr(os, "copy_file_range", None)
    if (
        copy is None or src_fd is None or dest_fd is None or source.unread_bytes
        or "a" in dest.mode or not source.raw.seekable or not dest.raw.seekable
    ):
        return None, 0
    src_pos, dest_pos = source.position, dest.position
    try:
        moved = int(copy(src_fd, dest_fd, maxlen if maxlen > 0 else sys.maxsize, src_pos, dest_pos))
    except OSError as exc:
        if exc.errno in _CFR_FALLBACK:
            return None, 0
        return False, 0
    if moved == 0:
        return True, 0
    # The kernel copied at explicit offsets: move both streams past the data.
    for stream, position in ((source, src_pos), (dest, dest_pos)):
        try:
            stream.seek(position + moved, 0)
        except PhpFailure:
            pass
    if moved == maxlen or source.eof():
        return True, moved
    return None, moved


def _mappable(stream: PhpStream) -> tuple[int, int, int] | None:
    """(descriptor, position, file size) when PHP could mmap() the stream from
    its position: an unfiltered plain file, readable, regular, at a page
    boundary, with data left.  None otherwise."""
    fd = _descriptor(stream)
    if fd is None:
        return None
    try:
        info = os.fstat(fd)
        readable = fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE != os.O_WRONLY
    except OSError:
        return None
    position = stream.position
    if (
        not readable or not _stat.S_ISREG(info.st_mode) or position < 0
        or position % mmap.ALLOCATIONGRANULARITY or position >= info.st_size
    ):
        return None
    return fd, position, info.st_size


def _mapped(stream: PhpStream, length: int) -> bytes | None:
    """What php_stream_mmap_range(tell, length) would map, or None."""
    region = _mappable(stream)
    if region is None:
        return None
    fd, position, size = region
    length = min(length, size - position)
    try:
        data = os.pread(fd, length, position)
    except OSError:
        return None
    return data if len(data) == length else None


def _mapped_copy(source: PhpStream, dest: PhpStream, maxlen: int, copied: int,
                 func: str) -> tuple[bool | None, int]:
    """PHP's mmap() step for a plain-file source: the rest of the file (or
    ``maxlen``) written in one piece, 512 MiB at most at a time."""
    while True:
        chunk = min(maxlen - copied if maxlen else _MMAP_MAX, _MMAP_MAX)
        data = _mapped(source, chunk)
        if data is None:
            return None, copied
        try:
            source.seek(len(data), 1)
        except PhpFailure:
            return None, copied
        written = _write_all(dest, data, func)
        if written < 0:
            return False, copied
        copied += written
        if written != len(data):
            return False, copied
        if len(data) < chunk or (maxlen and copied == maxlen):
            return True, copied


def _copy_to_stream(source: PhpStream, dest: PhpStream, maxlen: int, func: str) -> tuple[bool, int]:
    """_php_stream_copy_to_stream_ex: (success, bytes copied).  ``maxlen`` < 0
    copies everything.  Between plain files PHP lets the kernel copy
    (copy_file_range), from a plain file it maps the file and writes it in one
    piece, otherwise it reads and writes 8192-byte chunks; which path runs
    shows in the notices a failure gives, so each is reproduced."""
    if maxlen == 0:
        return True, 0
    if maxlen < 0:
        maxlen = 0
    done, copied = _copy_file_range(source, dest, maxlen)
    if done is not None:
        return done, copied
    done, copied = _mapped_copy(source, dest, maxlen, copied, func)
    if done is not None:
        return done, copied
    while True:
        chunk = CHUNK_SIZE
        if maxlen and maxlen - copied < chunk:
            chunk = maxlen - copied
        data, ok = _read(source, chunk, func)
        if data:
            written = _write_all(dest, data, func)
            if written < len(data):
                return False, copied + max(written, 0)
            copied += len(data)
        if not ok:
            return False, copied
        if not data:
            return True, copied
        if maxlen and copied == maxlen:
            return True, copied


def _seek_failed(func: str, position: int) -> Literal[False]:
    report(2, f"{func}(): Failed to seek to position {position} in the stream")
    return False


def _seek(stream: PhpStream, offset: int, whence: int, func: str) -> bool:
    try:
        stream.seek(offset, whence)
    except PhpFailure as failure:
        fail(func, failure)
        return False
    return True


def _close(stream: PhpStream) -> None:
    stream.close()


# ---------------------------------------------------------------- whole files

def file_get_contents(
    filename: PhpString,
    use_include_path: bool = False,
    context: Resource | None = None,
    offset: int = 0,
    length: int | None = None,
) -> str | bytes | Literal[False]:
    """Read a whole file (or ``length`` bytes from ``offset``; a negative
    offset counts from the end) into a string."""
    func = "file_get_contents"
    path = path_arg(filename, func, 1, "filename")
    include = bool_arg(use_include_path, func, 2, "use_include_path")
    context_res, pending = _context_arg(context, func, 3)
    start = int_arg(offset, func, 4, "offset")
    maxlen = nullable_int_arg(length, func, 5, "length")
    if maxlen is not None and maxlen < 0:
        raise PhpValueError(f"{func}(): Argument #5 ($length) must be greater than or equal to 0")
    stream = _open(func, path, "rb", include, context_res)
    if stream is None:
        result: str | bytes | Literal[False] = False
    else:
        try:
            if stream.raw.stream_type == "STDIO":
                # PHP drops the read buffer so the file comes in one read().
                stream.set_read_buffer(0)
            if start != 0 and not _seek(stream, start, 0 if start > 0 else 2, func):
                result = _seek_failed(func, start)
            else:
                result = result_str(_copy_to_mem(stream, -1 if maxlen is None else maxlen, func))
        finally:
            _close(stream)
    if pending is not None:
        raise pending
    return result


def _put_data(data: object, func: str) -> object:
    """file_put_contents' ``$data``: a stream (checked before the file is
    opened), else the value itself."""
    if isinstance(data, Resource):
        return stream_arg(data, func, 2, "data")
    return data


def file_put_contents(
    filename: PhpString,
    data: object,
    flags: int = 0,
    context: Resource | None = None,
) -> int | Literal[False]:
    """Write a string, the strings of a list, or a stream's remaining data to a
    file; return the number of bytes written.

    ``FILE_APPEND`` appends, ``LOCK_EX`` locks the file (plain files only)
    before truncating it, ``FILE_USE_INCLUDE_PATH`` searches the include path.
    """
    func = "file_put_contents"
    path = path_arg(filename, func, 1, "filename")
    mode_flags = int_arg(flags, func, 3, "flags")
    context_res, pending = _context_arg(context, func, 4)
    source = _put_data(data, func)
    result = _put_contents(func, path, source, mode_flags, context_res)
    if pending is not None:
        raise pending
    return result


def _put_contents(func: str, path: bytes, source: object, flags: int,
                  context: Resource | None) -> int | Literal[False]:
    if flags & _FILE_APPEND:
        mode = "ab"
    elif flags & _LOCK_EX:
        if b"://" in path and not path[:7].lower() == b"file://":
            report(2, f"{func}(): Exclusive locks may only be set for regular files")
            return False
        mode = "cb"
    else:
        mode = "wb"
    stream = _open(func, path, mode, bool(flags & _FILE_USE_INCLUDE_PATH), context)
    if stream is None:
        return False
    try:
        if flags & _LOCK_EX and (not stream.supports_lock() or stream.lock(_LOCK_EX) != 0):
            _close(stream)
            report(2, f"{func}(): Exclusive locks are not supported for this stream")
            return False
        if mode == "cb":
            try:
                stream.truncate(0)
            except PhpFailure:
                pass
        return _write_data(stream, source, func, path)
    finally:
        _close(stream)


def _write_all(stream: PhpStream, data: bytes, func: str) -> int:
    """php_stream_write: bytes written, -1 when the write failed outright."""
    try:
        return stream.write(data)
    except PhpFailure as failure:
        written = failure.result
        failure.result = -1
        fail(func, failure)
        return written if type(written) is int else -1


def _write_data(stream: PhpStream, source: object, func: str, path: bytes) -> int | Literal[False]:
    if isinstance(source, PhpStream):
        ok, copied = _copy_to_stream(source, stream, -1, func)
        return copied if ok else False
    if isinstance(source, (list, tuple, dict)):
        values: Iterable[object] = source.values() if isinstance(source, dict) else source
        total = 0
        for value in values:
            piece = php_bytes(value)
            if piece:
                total += len(piece)
                if _write_all(stream, piece, func) != len(piece):
                    report(2, f"{func}(): Failed to write {len(piece)} bytes to {decode(path)}")
                    return False
        return total
    if isinstance(source, (str, bytes, bytearray, memoryview, bool, int, float)) or source is None:
        piece = php_bytes(bytes(source) if isinstance(source, (bytearray, memoryview)) else source)
    elif type(source).__str__ is not object.__str__:
        piece = str(source).encode("utf-8", "surrogateescape")
    else:
        return False
    if not piece:
        return 0
    written = _write_all(stream, piece, func)
    if written < 0:
        return False
    if written != len(piece):
        report(
            2, f"{func}(): Only {written} of {len(piece)} bytes written, possibly out of free disk space"
        )
        return False
    return written


def file(
    filename: PhpString,
    flags: int = 0,
    context: Resource | None = None,
) -> list[str | bytes] | Literal[False]:
    """The file's lines (each with its ``\\n``), as PHP's ``file()``.

    ``FILE_IGNORE_NEW_LINES`` drops the ``\\n`` (and a ``\\r`` before it),
    ``FILE_SKIP_EMPTY_LINES`` then drops empty lines.
    """
    func = "file"
    path = path_arg(filename, func, 1, "filename")
    mode_flags = int_arg(flags, func, 2, "flags")
    context_res, pending = _context_arg(context, func, 3)
    if mode_flags < 0 or mode_flags > (
        _FILE_USE_INCLUDE_PATH | _FILE_IGNORE_NEW_LINES | _FILE_SKIP_EMPTY_LINES | _FILE_NO_DEFAULT_CONTEXT
    ):
        raise PhpValueError(f"{func}(): Argument #2 ($flags) must be a valid flag value")
    stream = _open(func, path, "rb", bool(mode_flags & _FILE_USE_INCLUDE_PATH), context_res)
    result: list[str | bytes] | Literal[False] = False
    if stream is not None:
        try:
            data = _copy_to_mem(stream, -1, func)
        finally:
            _close(stream)
        result = [result_str(line) for line in _split_lines(data, mode_flags)]
    if pending is not None:
        raise pending
    return result


def _split_lines(data: bytes, flags: int) -> list[bytes]:
    """file()'s line splitting on ``\\n``.  A last line without ``\\n`` is kept
    as it is (its ``\\r`` too)."""
    if not data:
        return []
    lines = data.split(b"\n")
    tail = lines.pop()
    if not flags & _FILE_IGNORE_NEW_LINES:
        result = [line + b"\n" for line in lines]
    else:
        result = []
        skip = bool(flags & _FILE_SKIP_EMPTY_LINES)
        for line in lines:
            if line.endswith(b"\r"):
                line = line[:-1]
            if skip and not line:
                continue
            result.append(line)
    if tail:
        result.append(tail)
    return result


def readfile(
    filename: PhpString,
    use_include_path: bool = False,
    context: Resource | None = None,
) -> int | Literal[False]:
    """Copy a file to the output; return the number of bytes."""
    func = "readfile"
    path = path_arg(filename, func, 1, "filename")
    include = bool_arg(use_include_path, func, 2, "use_include_path")
    context_res, pending = _context_arg(context, func, 3)
    stream = _open(func, path, "rb", include, context_res)
    result: int | Literal[False] = False
    if stream is not None:
        try:
            result = _passthru(stream, func)
        finally:
            _close(stream)
    if pending is not None:
        raise pending
    return result


def fpassthru(stream: Resource) -> int:
    """Copy the rest of ``stream`` to the output; return the number of bytes
    (-1 when reading fails at once)."""
    func = "fpassthru"
    resource_arg(stream, func)
    return _passthru(stream_arg(stream, func), func)


# ---------------------------------------------------------------- stream functions

def stream_get_contents(
    stream: Resource,
    length: int | None = None,
    offset: int = -1,
) -> str | bytes | Literal[False]:
    """The rest of the stream (at most ``length`` bytes), after seeking to
    ``offset`` when it is not -1."""
    func = "stream_get_contents"
    resource_arg(stream, func)
    maxlen = nullable_int_arg(length, func, 2, "length")
    desired = int_arg(offset, func, 3, "offset")
    if maxlen is None:
        maxlen = -1
    elif maxlen < -1:
        raise PhpValueError(f"{func}(): Argument #2 ($length) must be greater than or equal to -1")
    php_stream = stream_arg(stream, func)
    if desired >= 0:
        position = php_stream.tell()
        ok = True
        if position >= 0 and desired > position:
            # SEEK_CUR, so streams that cannot seek skip forward by reading
            ok = _seek(php_stream, desired - position, 1, func)
        elif desired < position:
            ok = _seek(php_stream, desired, 0, func)
        if not ok:
            return _seek_failed(func, desired)
    return result_str(_copy_to_mem(php_stream, maxlen, func))


def stream_get_line(
    stream: Resource,
    length: int,
    ending: PhpString = "",
) -> str | bytes | Literal[False]:
    """Up to ``length`` bytes (0: 8192), stopping before ``ending``, which is
    consumed but not returned."""
    func = "stream_get_line"
    resource_arg(stream, func)
    maxlen = int_arg(length, func, 2, "length")
    delimiter = str_arg(ending, func, 3, "ending")
    if maxlen < 0:
        raise PhpValueError(f"{func}(): Argument #2 ($length) must be greater than or equal to 0")
    if maxlen == 0:
        maxlen = _SOCK_CHUNK_SIZE
    php_stream = stream_arg(stream, func)
    try:
        line = php_stream.get_line(maxlen, delimiter)
    except PhpFailure as failure:
        data = failure.result if isinstance(failure.result, bytes) else None
        failure.result = data
        fail(func, failure)
        line = data or None
    return False if line is None else result_str(line)


def stream_copy_to_stream(
    from_: Resource,
    to: Resource,
    length: int | None = None,
    offset: int = 0,
) -> int | Literal[False]:
    """Copy from ``from_`` (PHP's ``$from``) to ``to``: everything, or
    ``length`` bytes, starting at ``offset`` when it is positive."""
    func = "stream_copy_to_stream"
    resource_arg(from_, func, 1, "from")
    resource_arg(to, func, 2, "to")
    maxlen = nullable_int_arg(length, func, 3, "length")
    position = int_arg(offset, func, 4, "offset")
    source = stream_arg(from_, func, 1, "from")
    dest = stream_arg(to, func, 2, "to")
    if position > 0 and not _seek(source, position, 0, func):
        return _seek_failed(func, position)
    ok, copied = _copy_to_stream(source, dest, -1 if maxlen is None else maxlen, func)
    return copied if ok else False


# ---------------------------------------------------------------- CSV

def _one_char(value: bytes, func: str, argnum: int, name: str) -> int:
    if len(value) != 1:
        raise PhpValueError(f"{func}(): Argument #{argnum} (${name}) must be a single character")
    return value[0]


def _escape_char(value: bytes, func: str, argnum: int) -> int:
    if len(value) > 1:
        raise PhpValueError(f"{func}(): Argument #{argnum} ($escape) must be empty or a single character")
    return value[0] if value else _csv.NO_ESCAPE


_CSV_CHARS: dict[tuple[object, object, object], tuple[int, int, int]] = {}


def _csv_chars(func: str, separator: object, enclosure: object, escape: object) -> tuple[int, int, int]:
    """The separator, enclosure and escape arguments (arguments 3-5) as bytes
    values, with PHP's TypeErrors, deprecations and ValueErrors, in order."""
    plain = type(separator) is str and type(enclosure) is str and type(escape) is str
    if plain:
        key = (separator, enclosure, escape)
        known = _CSV_CHARS.get(key)
        if known is not None:
            return known
    delimiter_str = str_arg(separator, func, 3, "separator")
    enclosure_str = str_arg(enclosure, func, 4, "enclosure")
    escape_str = str_arg(escape, func, 5, "escape")
    chars = (
        _one_char(delimiter_str, func, 3, "separator"),
        _one_char(enclosure_str, func, 4, "enclosure"),
        _escape_char(escape_str, func, 5),
    )
    if plain and len(_CSV_CHARS) < 64:
        _CSV_CHARS[key] = chars
    return chars


def fgetcsv(
    stream: Resource,
    length: int | None = None,
    separator: PhpString = ",",
    enclosure: PhpString = '"',
    escape: PhpString = "\\",
) -> list[str | bytes | None] | Literal[False]:
    """The next CSV record of ``stream`` as a list of strings (``[None]`` for a
    blank line), False at the end.  A quoted field may span lines."""
    func = "fgetcsv"
    resource_arg(stream, func)
    maxlen = nullable_int_arg(length, func, 2, "length")
    delimiter, quote, escape_char = _csv_chars(func, separator, enclosure, escape)
    if maxlen is None or maxlen == 0:
        maxlen = -1
    elif maxlen < 0 or maxlen > _INT_MAX - 1:
        raise PhpValueError(f"{func}(): Argument #2 ($length) must be between 0 and {_INT_MAX - 1}")
    php_stream = stream_arg(stream, func)
    if maxlen > 0:
        check_alloc(maxlen + 1)  # PHP's line buffer, allocated before reading
    line = _readline(php_stream, func, None if maxlen < 0 else maxlen + 1)
    if line is None:
        return False
    fields = _csv.parse_row(line, delimiter, quote, escape_char, lambda: _readline(php_stream, func))
    if fields is None:
        return [None]
    if is_binary():
        return list(fields)
    return [field.decode("utf-8", "surrogateescape") for field in fields]


def fputcsv(
    stream: Resource,
    fields: list[object] | dict[Any, object],
    separator: PhpString = ",",
    enclosure: PhpString = '"',
    escape: PhpString = "\\",
    eol: PhpString | None = "\n",
) -> int | Literal[False]:
    """Write ``fields`` as one CSV line ending in ``eol``; return its length."""
    func = "fputcsv"
    resource_arg(stream, func)
    if not isinstance(fields, (list, tuple, dict)):
        raise PhpTypeError(
            f"{func}(): Argument #2 ($fields) must be of type array, {type_name(fields)} given"
        )
    delimiter_str = str_arg(separator, func, 3, "separator")
    enclosure_str = str_arg(enclosure, func, 4, "enclosure")
    escape_str = str_arg(escape, func, 5, "escape")
    line_end = nullable_str_arg(eol, func, 6, "eol")
    delimiter, quote, escape_char = _csv_chars(func, delimiter_str, enclosure_str, escape_str)
    php_stream = stream_arg(stream, func)
    values = fields.values() if isinstance(fields, dict) else fields
    row = _csv.format_row(
        [php_bytes(value) for value in values], delimiter, quote, escape_char,
        b"\n" if line_end is None else line_end,
    )
    written = _write_all(php_stream, row, func)
    return False if written < 0 else written


# ---------------------------------------------------------------- scanf

def _scan_result(func: str, result: _scanf.ScanResult, refs: tuple[object, ...]) -> Any:
    """php_sscanf_internal's return: the values as a list, or (with variables)
    the conversion count after assigning them; -1/None when input ran out first."""
    if not refs:
        if result.eof:
            return None
        return [result_str(v) if isinstance(v, bytes) else v for v in result.values]
    if result.eof:
        return -1
    for ref, value, assigned in zip(refs, result.values, result.assigned, strict=True):
        if assigned:
            assert isinstance(ref, Ref)
            ref.value = result_str(value) if isinstance(value, bytes) else value
    return result.conversions


def _check_refs(func: str, refs: tuple[object, ...], first: int) -> None:
    for number, ref in enumerate(refs, first):
        if not isinstance(ref, Ref):
            raise PhpError(f"{func}(): Argument #{number} cannot be passed by reference")


def sscanf(string: PhpString, format: PhpString, *vars: Ref[Any]) -> Any:
    """Parse ``string`` by ``format`` (``%d %s %c %x %f %[...]`` ...).

    Without ``vars``: a list of the converted values (None where a conversion
    did not happen), or None when the input ended before the first one.
    With ``Ref`` variables: they are assigned and the count is returned (-1
    when the input ended first).
    """
    func = "sscanf"
    text = str_arg(string, func, 1, "string")
    fmt = str_arg(format, func, 2, "format")
    _check_refs(func, vars, 3)
    return _scan_result(func, _scanf.scan(text, fmt, len(vars)), vars)


def fscanf(stream: Resource, format: PhpString, *vars: Ref[Any]) -> Any:
    """sscanf() on the next line of ``stream``; False at the end of the stream."""
    func = "fscanf"
    resource_arg(stream, func)
    fmt = str_arg(format, func, 2, "format")
    _check_refs(func, vars, 3)
    if not (isinstance(stream, Resource) and isinstance(stream.payload, PhpStream)):
        raise PhpTypeError(f"{func}(): supplied resource is not a valid File-Handle resource")
    line = _readline(stream.payload, func)
    if line is None:
        return False
    return _scan_result(func, _scanf.scan(line, fmt, len(vars)), vars)


# ---------------------------------------------------------------- temporary files

_TEMPORARY_DIRECTORY: list[bytes] = []


def _temporary_directory() -> bytes:
    """php_get_temporary_directory: $TMPDIR (less a trailing slash), else /tmp;
    decided once per process, as PHP caches it."""
    if not _TEMPORARY_DIRECTORY:
        env = os.environb.get(b"TMPDIR")
        if env:
            _TEMPORARY_DIRECTORY.append(env[:-1] if env.endswith(b"/") else env)
        else:
            _TEMPORARY_DIRECTORY.append(b"/tmp")
    return _TEMPORARY_DIRECTORY[0]


_NAME_CHARS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _create_in(directory: bytes, prefix: bytes) -> tuple[int, bytes] | None:
    """php_do_open_temporary_file: mkstemp(realpath(dir)/prefixXXXXXX)."""
    if not directory:
        return None
    try:
        resolved = os.path.realpath(directory, strict=True)
    except (OSError, ValueError):
        return None
    base = resolved if resolved.endswith(b"/") else resolved + b"/"
    if len(base) + len(prefix) + 6 >= _MAXPATHLEN:
        return None
    for _ in range(100):
        suffix = bytes(secrets.choice(_NAME_CHARS) for _ in range(6))
        path = base + prefix + suffix
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        except OSError:
            return None
        return fd, path
    return None


def _open_temporary(directory: bytes | None, prefix: bytes, func: str) -> tuple[int, bytes] | None:
    """php_open_temporary_fd_ex: in ``directory``, else (with PHP's notice
    when a directory was given) in the system's temporary directory."""
    if directory:
        created = _create_in(directory, prefix)
        if created is not None:
            return created
        report(E_NOTICE, f"{func}(): file created in the system's temporary directory")
    return _create_in(_temporary_directory(), prefix)


class _TemporaryFile(FdRaw):
    """tmpfile()'s raw stream: a plain file removed when it is closed."""

    def __init__(self, fd: int, path: bytes) -> None:
        super().__init__(fd)
        self._path = path

    def close(self) -> None:
        if self._closed:
            return
        super().close()
        try:
            os.unlink(self._path)
        except OSError:
            pass


def tempnam(directory: PhpString, prefix: PhpString) -> str | bytes | Literal[False]:
    """Create a new empty file (mode 0600) with a unique name starting with
    ``prefix``'s base name in ``directory`` (or the system's temporary
    directory) and return its path."""
    func = "tempnam"
    folder = path_arg(directory, func, 1, "directory")
    stem = _basename(path_arg(prefix, func, 2, "prefix"))
    if len(stem) >= _PREFIX_MAX + 1:
        stem = stem[:_PREFIX_MAX]
    created = _open_temporary(folder, stem, func)
    if created is None:
        return False
    fd, path = created
    os.close(fd)
    return result_str(path)


def _basename(path: bytes) -> bytes:
    """php_basename without a suffix: the last non-empty path component."""
    stripped = path.rstrip(b"/")
    return stripped.rsplit(b"/", 1)[-1]


def tmpfile() -> Resource | Literal[False]:
    """A new temporary file opened ``r+b``, removed when it is closed."""
    created = _open_temporary(None, b"php", "tmpfile")
    if created is None:
        return False
    fd, path = created
    try:
        raw = _TemporaryFile(fd, path)
    except OSError:
        os.close(fd)
        os.unlink(path)
        return False
    return new_stream(raw, "r+b", decode(path), wrapper="plainfile")

