"""Plain files and ``file://``: descriptors opened with ``os.open``.

This module owns the plain-files wrapper (``plainfile``), the descriptor
based raw stream PHP calls ``STDIO`` (also used by ``php://stdin``,
``php://fd/N`` and friends), and the ``include_path`` used by
``use_include_path`` and ``stream_resolve_include_path``.

PHP's plain-file layer writes straight to the descriptor (no user-space write
buffer: a fork never duplicates a pending write), appends with ``O_APPEND``
wherever the position is, and judges a descriptor seekable unless it is a
FIFO or a character device.
"""

from __future__ import annotations

import errno
import fcntl
import os
import stat
import sys
from typing import TYPE_CHECKING

from .._core.modes import invalid_mode_message, parse_fopen_mode
from .._core.raw import RawStream
from . import OpenFailed, Wrapper

if TYPE_CHECKING:
    from .._core.context import StreamContext

__all__ = [
    "FdRaw",
    "PlainFilesWrapper",
    "get_include_path",
    "set_include_path",
    "resolve_include_path",
]

_TRANSIENT = (errno.EAGAIN, errno.EWOULDBLOCK)


class FdRaw(RawStream):
    """A raw stream over an OS descriptor (PHP's ``STDIO`` stream type)."""

    wrapper_type = "plainfile"
    stream_type = "STDIO"

    def __init__(self, fd: int, *, owns_fd: bool = True) -> None:
        self.fd = fd
        self._owns_fd = owns_fd
        self._closed = False
        try:
            st_mode = os.fstat(fd).st_mode
        except OSError:
            st_mode = 0
        self.seekable = not (stat.S_ISFIFO(st_mode) or stat.S_ISCHR(st_mode))
        self.is_pipe = stat.S_ISFIFO(st_mode)
        #: a regular file: the stream's line cache may read ahead of PHP's buffer
        self.regular = stat.S_ISREG(st_mode)
        #: PHP's position for a descriptor it cannot seek is -1 (ftell() is false)
        self.start_position: int | None = None if self.seekable else -1
        #: stream_set_write_buffer() on a descriptor-only stream fails (-1) in PHP
        self.has_stdio_file = False

    def read(self, size: int) -> bytes | None:  # type: ignore[override]
        try:
            return os.read(self.fd, size)
        except BlockingIOError:
            return None

    def write(self, data: bytes) -> int:
        try:
            return os.write(self.fd, data)
        except BlockingIOError:
            return 0

    def seek(self, offset: int, whence: int) -> int:
        return os.lseek(self.fd, offset, whence)

    def tell(self) -> int:
        return os.lseek(self.fd, 0, os.SEEK_CUR)

    def fileno(self) -> int | None:
        return None if self._closed else self.fd

    def stat(self) -> os.stat_result:
        return os.fstat(self.fd)

    def truncate(self, size: int) -> None:
        os.ftruncate(self.fd, size)

    def set_blocking(self, blocking: bool) -> bool:
        try:
            os.set_blocking(self.fd, blocking)
        except OSError:
            return False
        return True

    def lock(self, operation: int) -> bool:
        try:
            fcntl.flock(self.fd, operation)
        except BlockingIOError:
            return False
        return True

    def supports_lock(self) -> bool:
        return True

    def populate_meta(self, meta: dict[str, object], eof: bool) -> bool:
        """PHP's plain streams answer the meta-data query: ``blocked`` from
        O_NONBLOCK and ``eof`` as the stream's EOF flag."""
        try:
            nonblocking = not os.get_blocking(self.fd)
        except OSError:
            return False
        meta["timed_out"] = False
        meta["blocked"] = not nonblocking
        meta["eof"] = eof
        return True

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._owns_fd:
            try:
                os.close(self.fd)
            except OSError:
                pass


class PlainFilesWrapper(Wrapper):
    """``file://`` and bare paths."""

    label = "plainfile"
    is_url = False

    def open(self, path: bytes, mode: str, options: int, context: StreamContext | None) -> RawStream:
        parsed = parse_fopen_mode(mode)
        if parsed is None:
            raise OpenFailed(invalid_mode_message(mode))
        try:
            fd = os.open(path, parsed.flags, 0o666)
        except OSError as exc:
            raise OpenFailed(os.strerror(exc.errno or errno.EIO)) from None
        if not parsed.flags & os.O_CLOEXEC:
            # Python opens non-inheritable; PHP's descriptors survive exec()
            # unless the mode says "e".
            os.set_inheritable(fd, True)
        # A directory opens read-only as in C; write modes get EISDIR above.
        return FdRaw(fd)


# ---------------------------------------------------------------- include_path


class _IncludePath:
    value = ".:/usr/share/php"


_INCLUDE = _IncludePath()


def get_include_path() -> str:
    return _INCLUDE.value


def set_include_path(include_path: str) -> str:
    old = _INCLUDE.value
    _INCLUDE.value = include_path
    return old


def _realpath(path: bytes) -> bytes | None:
    """tsrm_realpath: the canonical path of an existing file, else None."""
    try:
        os.stat(path)
    except (OSError, ValueError):
        return None
    return os.path.realpath(path)


def _caller_dir() -> bytes | None:
    """The directory of the executing script: the first frame outside phpcompat."""
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep
    frame = sys._getframe(1)
    while frame is not None:
        name = frame.f_code.co_filename
        if not os.path.abspath(name).startswith(package) and not name.startswith("<"):
            return os.fsencode(os.path.dirname(os.path.abspath(name)))
        frame = frame.f_back  # type: ignore[assignment]
    return None


def resolve_include_path(filename: bytes) -> bytes | None:
    """php_resolve_path: ``filename`` searched along include_path, else None."""
    from . import locate, scheme_length

    n = scheme_length(filename)
    if filename[n : n + 3] == b"://" and n > 1:
        located = locate(filename, 0)
        if located.wrapper is not None and located.wrapper.label == "plainfile" and located.protocol:
            return _realpath(located.path)
        return None
    include_path = os.fsencode(_INCLUDE.value)
    if (
        filename.startswith((b"./", b"../"))
        or filename.startswith(b"/")
        or not include_path
    ):
        return _realpath(filename)
    rest = include_path
    while rest:
        entry, sep, rest = rest.partition(b":")
        found = _realpath(entry + b"/" + filename)
        if found is not None:
            return found
        if not sep:
            break
    where = _caller_dir()
    if where is not None:
        return _realpath(where + b"/" + filename)
    return None
