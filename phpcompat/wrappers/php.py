"""The ``php://`` wrapper: memory, temp, stdin/stdout/stderr, output, input, fd/N.

This module owns the in-memory stream (``MEMORY``), the temp stream that
spills to a real temporary file past its limit (``TEMP``: 2 MiB unless
``php://temp/maxmemory:N``), the standard descriptors, ``php://output`` and
``php://input``.  Everything written to standard output or standard error -
``STDOUT``, ``php://stdout``, ``php://output``, ``php://fd/1`` - goes through
``phpcompat.output`` so it stays in program order with ``echo`` and
``print()``.

Resource ids: a temp stream encloses an inner memory stream (one more id,
right after its own); spilling to a file allocates another; the first
``php://input`` creates the request body (a temp stream: two ids) before its
own.
"""

from __future__ import annotations

import errno
import io
import os
import re
import sys
import tempfile
from typing import TYPE_CHECKING, Any

from .._core.failures import PhpValueError
from .._core.limits import check_string
from .._core.modes import memory_mode
from .._core.raw import RawStream
from .._core.resources import reserve_id
from .._core.stream import RawFailure
from . import OpenFailed, Wrapper
from .plain import FdRaw

if TYPE_CHECKING:
    from .._core.context import StreamContext

__all__ = [
    "MemoryRaw",
    "TempRaw",
    "StdioRaw",
    "OutputRaw",
    "InputRaw",
    "PhpWrapper",
    "TEMP_MAX_MEMORY",
    "stdio_raw",
]

TEMP_MAX_MEMORY = 2 * 1024 * 1024

# php_stream_memory stat(): what PHP reports for a memory stream.
_MEMORY_DEV = 0xC


class MemoryRaw(RawStream):
    """php://memory: a growable byte string with a position.

    The bytes live in an ``io.BytesIO``; for a read-write stream its C
    ``read``/``write`` are the raw methods themselves (no Python frame per
    call).  PHP's rules on top: a read-only stream refuses writes silently, an
    append stream writes at the end, seeking never goes past the end.
    """

    wrapper_type = "PHP"
    stream_type = "MEMORY"
    seekable = True

    def __init__(self, mode: str = "w+b") -> None:
        self._bio = io.BytesIO()
        self.reported_mode = memory_mode(mode)
        self.readonly = self.reported_mode == "rb"
        self.append = self.reported_mode == "a+b"
        self.read = self._bio.read  # type: ignore[method-assign,assignment]
        if not self.readonly and not self.append:
            self.write = self._bio.write  # type: ignore[method-assign,assignment]

    def write(self, data: bytes) -> int:
        if self.readonly:
            raise RawFailure()
        bio = self._bio
        bio.seek(0, 2)  # append mode
        return bio.write(data)

    def seek(self, offset: int, whence: int) -> int:
        bio = self._bio
        size = len(bio.getbuffer())
        pos = bio.tell()
        if whence == 0:
            # PHP compares as size_t: a negative offset is "past the end"
            target = offset if offset >= 0 else size + 1
        elif whence == 1:
            target = pos + offset
        elif whence == 2:
            target = size + offset
        else:
            raise OSError(errno.EINVAL, os.strerror(errno.EINVAL))
        if target < 0:
            bio.seek(0)
            return -1
        if target > size:
            bio.seek(size)
            return -1
        return bio.seek(target)

    def tell(self) -> int:
        return self._bio.tell()

    def truncate(self, size: int) -> None:
        if self.readonly:
            raise RawFailure()
        bio = self._bio
        pos = bio.tell()
        length = len(bio.getbuffer())
        if size <= length:
            bio.truncate(size)
            if size < pos:
                bio.seek(size)
        else:
            # Growing reallocates the whole string: past PHP's memory limit
            # that is zend_mm's fatal error, raised where PHP raises it.
            check_string(size)
            bio.seek(length)
            bio.write(bytes(size - length))
            bio.seek(pos)

    def stat(self) -> dict[str, Any]:
        return {
            "dev": _MEMORY_DEV, "ino": 0, "mode": 0o100444 if self.readonly else 0o100666,
            "nlink": 1, "uid": 0, "gid": 0, "rdev": -1, "size": len(self._bio.getbuffer()),
            "atime": 0, "mtime": 0, "ctime": 0, "blksize": -1, "blocks": -1,
        }

    def isatty(self) -> bool:
        return False

    def getvalue(self) -> bytes:
        return self._bio.getvalue()

    def close(self) -> None:
        self._bio = io.BytesIO()


class TempRaw(RawStream):
    """php://temp: a memory stream that moves to a temporary file past ``max_memory``."""

    wrapper_type = "PHP"
    stream_type = "TEMP"
    seekable = True
    #: the inner memory stream's resource id
    enclosed_ids = 1

    def __init__(self, mode: str = "w+b", max_memory: int = TEMP_MAX_MEMORY) -> None:
        self.inner: RawStream = MemoryRaw(mode)
        self.reported_mode = memory_mode(mode)
        self.max_memory = max_memory
        self.meta: dict[str, Any] = {}
        self.temp_name: str | None = None

    @property
    def in_memory(self) -> bool:
        return isinstance(self.inner, MemoryRaw)

    def _spill(self) -> None:
        inner = self.inner
        assert isinstance(inner, MemoryRaw)
        fd, name = tempfile.mkstemp(prefix="php")
        os.set_inheritable(fd, True)
        reserve_id()  # PHP's temporary-file stream is a resource of its own
        spilled = FdRaw(fd)
        self.temp_name = name  # removed on close, as PHP does (fstat shows nlink 1)
        view = memoryview(inner.getvalue())
        done = 0
        while done < len(view):
            done += os.write(fd, view[done:])
        os.lseek(fd, inner.tell(), os.SEEK_SET)
        self.inner = spilled

    def read(self, size: int) -> bytes | None:  # type: ignore[override]
        return self.inner.read(size)

    def write(self, data: bytes) -> int:
        inner = self.inner
        if isinstance(inner, MemoryRaw) and inner.tell() + len(data) >= self.max_memory:
            self._spill()
        return self.inner.write(data)

    def seek(self, offset: int, whence: int) -> int:
        return self.inner.seek(offset, whence)

    def tell(self) -> int:
        return self.inner.tell()

    def truncate(self, size: int) -> None:
        self.inner.truncate(size)

    def stat(self) -> Any:
        return self.inner.stat()

    def fileno(self) -> int | None:
        return self.inner.fileno()

    def isatty(self) -> bool:
        return False

    def populate_meta(self, meta: dict[str, Any], eof: bool) -> bool:
        """PHP's temp stream answers the meta-data query itself (data: URLs add
        their media type here), so the timed_out/blocked/eof keys are absent."""
        meta.update(self.meta)
        return True

    def close(self) -> None:
        self.inner.close()
        name = self.temp_name
        if name is not None:
            self.temp_name = None
            try:
                os.unlink(name)
            except OSError:
                pass


class StdioRaw(FdRaw):
    """A standard descriptor opened by php://stdin|stdout|stderr or php://fd/N.

    Writes to descriptors 1 and 2 go through ``phpcompat.output`` (program
    order with echo and print()); the others write to the descriptor.
    """

    wrapper_type = "PHP"

    def __init__(self, fd: int, channel: int | None = None, *, owns_fd: bool = True,
                 stdio_file: bool = False) -> None:
        super().__init__(fd, owns_fd=owns_fd)
        self.channel = channel
        self.has_stdio_file = stdio_file

    def write(self, data: bytes) -> int:
        if self._closed:
            raise OSError(errno.EBADF, os.strerror(errno.EBADF))
        channel = self.channel
        if channel is None or (
            # once fclose(STDOUT/STDERR) closed the process's descriptor, a
            # duplicate (php://fd/1, php://stdout) still reaches the old file
            self._owns_fd and isinstance(sys.stdout if channel == 1 else sys.stderr,
                                         (_AfterStdoutClosed, _AfterStderrClosed))
        ):
            return super().write(data)
        from ..output import write_stderr, write_stdout

        if channel == 1:
            write_stdout(bytes(data))
        else:
            write_stderr(bytes(data))
        return len(data)

    def read(self, size: int) -> bytes | None:  # type: ignore[override]
        if self._closed:
            raise OSError(errno.EBADF, os.strerror(errno.EBADF))
        return super().read(size)

    def tell(self) -> int:
        if self.channel is not None:
            self.flush()
        return super().tell()

    def seek(self, offset: int, whence: int) -> int:
        if self.channel is not None:
            self.flush()
        return super().seek(offset, whence)

    def flush(self) -> None:
        if self.channel is None:
            return
        stream = sys.stdout if self.channel == 1 else sys.stderr
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            pass

    def set_write_buffer(self, size: int) -> int:
        return 0 if self.has_stdio_file else -1

    def on_fclose(self) -> None:
        """fclose(STDOUT)/fclose(STDERR) in the script: PHP closes the
        descriptor itself (an implicit free at exit leaves it to Python)."""
        if self.channel is not None and not self._owns_fd and not self._closed:
            self.flush()
            _close_std_channel(self.fd)

    def close(self) -> None:
        if self._closed:
            return
        self.flush()
        if self.channel is not None and not self._owns_fd:
            self._closed = True
            return
        super().close()


class _AfterStdoutClosed:
    """``sys.stdout`` once ``fclose(STDOUT)`` closed descriptor 1.

    PHP CLI writes echo output to descriptor 1 whatever it is now (a file
    opened afterwards takes that number: the daemon idiom); when nothing is
    there the write fails and PHP ends the script with status 255.
    """

    encoding = "utf-8"
    errors = "surrogateescape"
    line_buffering = False

    def write(self, text: str) -> int:
        from .._core.failures import PhpExit

        data = text.encode("utf-8", "surrogateescape")
        view = memoryview(data)
        try:
            while view:
                view = view[os.write(1, view):]
        except OSError:
            raise PhpExit(255) from None
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        try:
            return os.isatty(1)
        except OSError:
            return False

    def fileno(self) -> int:
        return 1


class _AfterStderrClosed:
    """``sys.stderr`` once ``fclose(STDERR)`` closed descriptor 2: PHP CLI logs
    its warnings through the closed stdio ``stderr``, so they go nowhere."""

    encoding = "utf-8"
    errors = "surrogateescape"
    line_buffering = False

    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        return 2


def _close_std_channel(fd: int) -> None:
    """fclose(STDOUT)/fclose(STDERR): close the descriptor as PHP does.

    Only when Python's own stream really writes to that descriptor (not when
    it was replaced, e.g. by a test harness capturing output).
    """
    current = sys.stdout if fd == 1 else sys.stderr
    try:
        if current is None or current.fileno() != fd:
            return
        current.flush()
    except (OSError, ValueError, AttributeError):
        return
    try:
        os.close(fd)
    except OSError:
        return
    if fd == 1:
        sys.stdout = _AfterStdoutClosed()
    else:
        sys.stderr = _AfterStderrClosed()


class OutputRaw(RawStream):
    """php://output: PHP's output layer (echo's destination), write-only."""

    wrapper_type = "PHP"
    stream_type = "Output"
    seekable = False

    def read(self, size: int) -> bytes:
        raise RawFailure(eof=True)

    def write(self, data: bytes) -> int:
        from ..output import write_stdout

        write_stdout(bytes(data))
        return len(data)

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int | None:
        return None


class InputRaw(RawStream):
    """php://input: the request body - always empty for the CLI."""

    wrapper_type = "PHP"
    stream_type = "Input"
    seekable = True

    def __init__(self) -> None:
        self.pos = 0

    def read(self, size: int) -> bytes:
        return b""

    def write(self, data: bytes) -> int:
        raise RawFailure()

    def seek(self, offset: int, whence: int) -> int:
        if whence == 0 and offset == 0:
            return 0
        raise OSError(errno.EINVAL, os.strerror(errno.EINVAL))

    def tell(self) -> int:
        return 0

    def isatty(self) -> bool:
        return False


class _Cli:
    """php://stdin/stdout/stderr: the first open takes the descriptor itself,
    later ones a duplicate (as the CLI SAPI does)."""

    used: set[int] = set()
    request_body = False


def stdio_raw(fd: int) -> StdioRaw:
    """The raw stream php://stdin (0), php://stdout (1) or php://stderr (2) opens."""
    channel = fd if fd in (1, 2) else None
    if fd not in _Cli.used:
        _Cli.used.add(fd)
        return StdioRaw(fd, channel, owns_fd=fd == 0, stdio_file=True)
    return StdioRaw(_dup(fd), channel)


def _dup(fd: int) -> int:
    """dup(2) as PHP calls it: the copy is inherited by exec'd children."""
    new = os.dup(fd)
    os.set_inheritable(new, True)
    return new


_FD_RE = re.compile(rb"^[ \t\n\v\f\r]*[+-]?[0-9]+")


def _strtol(text: bytes) -> tuple[int, bytes]:
    match = _FD_RE.match(text)
    if match is None:
        return 0, text
    return int(match.group(0)), text[match.end():]


class PhpWrapper(Wrapper):
    """``php://``."""

    label = "PHP"
    is_url = False

    def open(self, path: bytes, mode: str, options: int, context: StreamContext | None) -> RawStream:
        if path[:6].lower() == b"php://":
            path = path[6:]
        lower = path.lower()
        if lower.startswith(b"temp"):
            rest = path[4:]
            max_memory = TEMP_MAX_MEMORY
            if rest[:11].lower() == b"/maxmemory:":
                max_memory, _ = _strtol(rest[11:])
                if max_memory < 0:
                    raise PhpValueError("fopen(): Argument #2 ($mode) must be greater than or equal to 0")
            return TempRaw(mode, max_memory)
        if lower == b"memory":
            return MemoryRaw(mode)
        if lower == b"output":
            raw_out = OutputRaw()
            raw_out.reported_mode = "wb"  # type: ignore[attr-defined]
            return raw_out
        if lower == b"input":
            if not _Cli.request_body:
                _Cli.request_body = True
                reserve_id()  # the request body: a temp stream ...
                reserve_id()  # ... and its inner memory stream
            raw_in = InputRaw()
            raw_in.reported_mode = "rb"  # type: ignore[attr-defined]
            return raw_in
        for name, fd in ((b"stdin", 0), (b"stdout", 1), (b"stderr", 2)):
            if lower == name:
                try:
                    return stdio_raw(fd)
                except OSError as exc:
                    code = exc.errno or errno.EBADF
                    raise OpenFailed(
                        f"Error duping file descriptor {fd}; possibly it doesn't exist: "
                        f"[{code}]: {os.strerror(code)}"
                    ) from None
        if lower.startswith(b"fd/"):
            number, rest = _strtol(path[3:])
            if rest or path[3:4] in (b"",) or not _FD_RE.match(path[3:]):
                raise OpenFailed("php://fd/ stream must be specified in the form php://fd/<orig fd>")
            limit = os.sysconf("SC_OPEN_MAX")
            if number < 0 or number >= limit:
                raise OpenFailed(f"The file descriptors must be non-negative numbers smaller than {limit}")
            try:
                fd = _dup(number)
            except OSError as exc:
                code = exc.errno or errno.EBADF
                raise OpenFailed(
                    f"Error duping file descriptor {number}; possibly it doesn't exist: "
                    f"[{code}]: {os.strerror(code)}"
                ) from None
            return StdioRaw(fd, number if number in (1, 2) else None)
        if lower.startswith(b"filter/"):
            raise OpenFailed(warnings=("Invalid php:// URL specified",))
        raise OpenFailed(warnings=("Invalid php:// URL specified",))
