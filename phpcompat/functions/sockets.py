"""Socket stream functions (the PHP-named facade): ``stream_socket_pair``.

Arguments are checked as PHP 8.2 checks them; the socket itself is made by
``phpcompat._core.sockets`` and wrapped in a buffered ``PhpStream`` with mode
``r+`` and no URI, as php_stream_sock_open_from_socket does.  Failures become
PHP's warning plus ``False`` here, through ``fail``.
"""

from __future__ import annotations

from typing import Literal

from .._core.facade import fail
from .._core.failures import PhpFailure
from .._core.resources import Resource
from .._core.sockets import socket_pair
from .._core.values import int_arg

__all__ = ["stream_socket_pair"]


def stream_socket_pair(domain: int, type: int, protocol: int) -> list[Resource] | Literal[False]:
    """Two connected socket streams (``STREAM_PF_UNIX`` on Linux), or False with a warning.

    Any type ``socketpair(2)`` accepts works (stream, datagram, seqpacket,
    raw, with ``SOCK_NONBLOCK``/``SOCK_CLOEXEC`` bits); ``STREAM_PF_INET``/
    ``INET6`` give ``Failed to create sockets: [95]: Operation not supported``.
    """
    func = "stream_socket_pair"
    d = int_arg(domain, func, 1, "domain")
    t = int_arg(type, func, 2, "type")
    p = int_arg(protocol, func, 3, "protocol")
    try:
        first, second = socket_pair(d, t, p)
    except PhpFailure as failure:
        result: Literal[False] = fail(func, failure)
        return result
    from .._core.stream import new_stream

    return [new_stream(first, "r+"), new_stream(second, "r+")]
