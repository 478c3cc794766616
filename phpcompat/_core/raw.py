"""Raw streams: the bottom layer, one byte source/sink with no buffering.

A ``RawStream`` is what a wrapper (plain files, ``php://memory``, a socket, a
user class) returns.  It moves bytes and answers questions; it never buffers,
never warns and never touches the resource table.  Failures are raised as
``OSError`` (or ``PhpFailure`` where PHP's message is not an errno text); the
buffered ``PhpStream`` above it owns chunking, EOF, filters and positions.
"""

from __future__ import annotations

import os
from typing import Any

__all__ = ["RawStream"]


class RawStream:
    """Base class for the raw layer.  Subclasses override what they support."""

    #: ``stream_get_meta_data()['wrapper_type']`` ("plainfile", "PHP", "user-space"...)
    wrapper_type: str = ""
    #: ``stream_get_meta_data()['stream_type']`` ("STDIO", "MEMORY", "TEMP", "unix_socket"...)
    stream_type: str = ""
    #: can ``seek``/``tell`` be used
    seekable: bool = False
    #: is this a network/socket stream (PHP treats its reads differently: a
    #: read returns what is available instead of filling the whole request)
    is_socket: bool = False
    #: is this stream local (``stream_is_local``)
    is_local: bool = True

    def read(self, size: int) -> bytes:
        """Up to ``size`` bytes; ``b""`` means end of stream."""
        raise OSError(9, os.strerror(9))

    def write(self, data: bytes) -> int:
        """Write ``data``; return how many bytes were taken."""
        raise OSError(9, os.strerror(9))

    def seek(self, offset: int, whence: int) -> int:
        """Move and return the new absolute position."""
        raise OSError(29, os.strerror(29))

    def tell(self) -> int:
        raise OSError(29, os.strerror(29))

    def flush(self) -> None:
        """Push anything the OS layer holds (fsync is not implied)."""

    def close(self) -> None:
        """Release the underlying object.  Must be idempotent and never raise."""

    def fileno(self) -> int | None:
        """The OS descriptor, or None when there is none."""
        return None

    def stat(self) -> os.stat_result | dict[str, Any] | None:
        return None

    def truncate(self, size: int) -> None:
        raise OSError(22, os.strerror(22))

    def set_blocking(self, blocking: bool) -> bool:
        return False

    def lock(self, operation: int) -> bool:
        """flock() semantics; return False when it would block (LOCK_NB)."""
        raise OSError(95, os.strerror(95))

    def isatty(self) -> bool:
        fd = self.fileno()
        return fd is not None and os.isatty(fd)

    def ready_for_select(self) -> Any:
        """What ``select()`` waits on (normally the descriptor)."""
        return self.fileno()
