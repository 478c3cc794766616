"""Socket raw streams: one class, ``SocketStream``, for every kind of PHP socket stream.

This module owns what PHP's ``main/streams/xp_socket.c`` owns: the socket
descriptor and its per-stream state - blocking mode, read/write timeout
(``default_socket_timeout``, 60 s, until ``stream_set_timeout``) and whether
the last wait timed out.  It creates socket pairs
(``stream_socket_pair``) and will create client/server sockets the same way.

It never warns and never touches the resource table.  It speaks the raw
protocol of ``phpcompat._core.stream``: ``read`` returns what one ``recv()``
gives - what is available, not the whole request - ``b""`` at end of stream
and ``None`` when a non-blocking socket has nothing now; PHP's silent read
failures (a timeout, a reset connection) are ``RawFailure("")``, the second
one also ending the stream; a failed send is ``RawFailure`` carrying PHP's
notice ``Send of N bytes failed with errno=E text``.  ``socket_pair`` raises
``PhpFailure`` with PHP's ``Failed to create sockets`` message.

A blocking socket waits (``poll``) up to its timeout before each read and
each write that would block; ``timed_out`` and ``blocking`` are what
``stream_get_meta_data`` reports.
"""

from __future__ import annotations

import errno
import os
import select
import socket
from typing import Any

from .failures import PhpFailure
from .raw import RawStream
from .stream import RawFailure

__all__ = [
    "DEFAULT_SOCKET_TIMEOUT",
    "SocketStream",
    "socket_pair",
    "c_int",
]

#: ini ``default_socket_timeout`` (PHP's default; the pinned command line uses -n).
DEFAULT_SOCKET_TIMEOUT = 60.0

_E_NOTICE = 8
_WOULD_BLOCK = (errno.EAGAIN, errno.EWOULDBLOCK)
_POLL_READABLE = select.POLLIN | select.POLLERR | select.POLLHUP
_SOCK_NONBLOCK = getattr(socket, "SOCK_NONBLOCK", 0o4000)
_SOCK_CLOEXEC = getattr(socket, "SOCK_CLOEXEC", 0o2000000)


def c_int(value: int) -> int:
    """A zend_long narrowed to C ``int``, as PHP passes it to the socket calls."""
    return ((value + 2**31) % 2**32) - 2**31


def _poll(fd: int, events: int, timeout: float | None) -> bool:
    """Wait until ``fd`` has ``events``; False on timeout.  EINTR restarts the
    full wait, as php_pollfd_for does."""
    poller = select.poll()
    poller.register(fd, events)
    ms = None if timeout is None else max(0, int(timeout * 1000))
    while True:
        try:
            return bool(poller.poll(ms))
        except InterruptedError:
            continue


class SocketStream(RawStream):
    """A connected (or listening) socket as PHP's socket stream ops see it.

    ``stream_type`` is PHP's ops label: ``generic_socket`` for pairs and
    descriptors, ``tcp_socket``, ``udp_socket``, ``unix_socket``,
    ``udg_socket`` for transports.
    """

    wrapper_type = ""
    seekable = False
    is_socket = True
    is_local = False

    def __init__(
        self, sock: socket.socket, stream_type: str = "generic_socket",
        timeout: float | None = DEFAULT_SOCKET_TIMEOUT,
    ) -> None:
        self._sock: socket.socket | None = sock
        self.stream_type = stream_type
        #: PHP's ``is_blocked``: the stream's mode, not the descriptor's O_NONBLOCK
        #: (a pair made with SOCK_NONBLOCK still reports ``blocked``, as in PHP).
        self.blocking = True
        #: seconds; None is PHP's -1 (wait for ever)
        self.timeout = timeout
        #: ``timed_out`` of stream_get_meta_data: the last wait ran out
        self.timed_out = False

    # -------------------------------------------------------------- state

    @property
    def socket(self) -> socket.socket:
        if self._sock is None:
            raise OSError(errno.EBADF, os.strerror(errno.EBADF))
        return self._sock

    def fileno(self) -> int | None:
        return None if self._sock is None else self._sock.fileno()

    def set_blocking(self, blocking: bool) -> bool:
        try:
            os.set_blocking(self.socket.fileno(), blocking)
        except OSError:
            return False
        self.blocking = blocking
        return True

    def set_timeout(self, seconds: float | None) -> bool:
        """``stream_set_timeout``: None waits for ever; clears ``timed_out``."""
        self.timeout = seconds
        self.timed_out = False
        return True

    def _dontwait(self) -> int:
        # A blocking stream with a timeout waits in poll() itself and never
        # blocks in the call; without a timeout it blocks in the call.
        return socket.MSG_DONTWAIT if self.blocking and self.timeout is not None else 0

    # -------------------------------------------------------------- I/O

    def read(self, size: int) -> bytes | None:  # type: ignore[override]
        """What one ``recv`` gives, at most ``size`` bytes (see module doc)."""
        sock = self.socket
        if self.blocking:
            self.timed_out = False
            if not _poll(sock.fileno(), _POLL_READABLE, self.timeout):
                # PHP 8.2: the read fails (fread returns false), no EOF, no notice.
                self.timed_out = True
                raise RawFailure("")
        try:
            data = sock.recv(size, self._dontwait())
        except OSError as exc:
            if exc.errno in _WOULD_BLOCK:
                return None
            raise RawFailure("", eof=True) from None
        return data

    def write(self, data: bytes) -> int:
        """One ``send``: the count taken; 0 when a non-blocking socket would block."""
        sock = self.socket
        while True:
            try:
                return sock.send(data, self._dontwait())
            except OSError as exc:
                err = exc.errno or 0
            if err in _WOULD_BLOCK:
                if not self.blocking:
                    return 0
                self.timed_out = False
                if _poll(sock.fileno(), select.POLLOUT, self.timeout):
                    continue
                self.timed_out = True
            raise RawFailure(
                f"Send of {len(data)} bytes failed with errno={err} {os.strerror(err)}", level=_E_NOTICE
            )

    def check_liveness(self, timeout: float = 0.0) -> bool:
        """PHP_STREAM_OPTION_CHECK_LIVENESS, as feof asks it (no wait): False when
        the peer has hung up or the socket failed; pending data means alive."""
        sock = self._sock
        if sock is None:
            return False
        if not _poll(sock.fileno(), _POLL_READABLE | select.POLLPRI, timeout):
            return True
        try:
            return sock.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) != b""
        except OSError as exc:
            return exc.errno in (*_WOULD_BLOCK, errno.EMSGSIZE)

    def recv_from(self, size: int, flags: int = 0) -> tuple[bytes, Any]:
        """``recvfrom`` with ``MSG_*`` flags (no waiting): data and peer address."""
        return self.socket.recvfrom(size, flags)

    def send_to(self, data: bytes, flags: int = 0, address: Any = None) -> int:
        if address is None:
            return self.socket.send(data, flags)
        return self.socket.sendto(data, flags, address)

    def shutdown(self, how: int) -> None:
        self.socket.shutdown(how)

    def stat(self) -> os.stat_result:
        return os.fstat(self.socket.fileno())

    def close(self) -> None:
        sock, self._sock = self._sock, None
        if sock is not None:
            try:
                sock.close()
            except OSError:
                pass

    def __repr__(self) -> str:
        return f"<SocketStream {self.stream_type} fd={self.fileno()}>"


def _adopt(sock: socket.socket, type: int) -> socket.socket:
    # Python keeps its own timeout per socket object; make it a plain blocking
    # object (this module does the waiting), then give the descriptor the
    # O_NONBLOCK and close-on-exec flags the caller's type asked for - Python
    # always sets close-on-exec, PHP only with SOCK_CLOEXEC.
    sock.settimeout(None)
    if type & _SOCK_NONBLOCK:
        os.set_blocking(sock.fileno(), False)
    if not type & _SOCK_CLOEXEC:
        os.set_inheritable(sock.fileno(), True)
    return sock


def socket_pair(domain: int, type: int, protocol: int) -> tuple[SocketStream, SocketStream]:
    """``socketpair(2)`` as stream_socket_pair() calls it, two raw streams.

    Failure is ``PhpFailure("Failed to create sockets: [errno]: text")``.
    """
    domain, type, protocol = c_int(domain), c_int(type), c_int(protocol)
    try:
        first, second = socket.socketpair(domain, type, protocol)
    except OSError as exc:
        err = exc.errno or 0
        raise PhpFailure(f"Failed to create sockets: [{err}]: {os.strerror(err)}") from None
    return SocketStream(_adopt(first, type)), SocketStream(_adopt(second, type))
