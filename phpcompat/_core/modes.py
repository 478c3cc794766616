"""fopen mode strings: the one parser, with PHP's rules and messages.

PHP looks only at the first character (``r w a x c``) and then searches the
whole string for ``+`` (read and write), ``e`` (close-on-exec) and ``n``
(non-blocking); ``b`` and ``t`` and anything else are ignored, so ``"rz"`` is
a valid mode and ``"+r"`` is not.  The original string is what
``stream_get_meta_data()['mode']`` reports.  Memory and temp streams use their
own, simpler reading of the mode (``memory_mode``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

__all__ = ["OpenMode", "parse_fopen_mode", "invalid_mode_message", "memory_mode", "stream_access"]


@dataclass(frozen=True)
class OpenMode:
    """A parsed fopen mode: the ``os.open`` flags and what the handle may do."""

    mode: str
    flags: int
    readable: bool
    writable: bool
    append: bool


_BASE = {
    "r": 0,
    "w": os.O_TRUNC | os.O_CREAT,
    "a": os.O_CREAT | os.O_APPEND,
    "x": os.O_CREAT | os.O_EXCL,
    "c": os.O_CREAT,
}


def parse_fopen_mode(mode: str) -> OpenMode | None:
    """php_stream_parse_fopen_modes: the flags for ``mode``, or None when invalid."""
    if not mode or mode[0] not in _BASE:
        return None
    first = mode[0]
    flags = _BASE[first]
    if "+" in mode:
        flags |= os.O_RDWR
        readable = writable = True
    elif flags:
        flags |= os.O_WRONLY
        readable, writable = False, True
    else:
        flags |= os.O_RDONLY
        readable, writable = True, False
    if "e" in mode:
        flags |= os.O_CLOEXEC
    if "n" in mode:
        flags |= os.O_NONBLOCK
    return OpenMode(mode, flags, readable, writable, first == "a")


def invalid_mode_message(mode: str) -> str:
    return f"`{mode}' is not a valid mode for fopen"


def memory_mode(mode: str) -> str:
    """php_stream_mode_from_str + mode_to_str: the mode a memory/temp stream reports.

    ``a`` anywhere appends, ``w`` or ``+`` anywhere is read-write, anything
    else is read-only.
    """
    if "a" in mode:
        return "a+b"
    if "w" in mode or "+" in mode:
        return "w+b"
    return "rb"


def stream_access(mode: str) -> tuple[bool, bool]:
    """(readable, writable) as the mode string promises (informational only:
    PHP itself lets the OS refuse)."""
    if "+" in mode:
        return True, True
    if mode[:1] == "r":
        return True, False
    if mode[:1] in ("w", "a", "x", "c"):
        return False, True
    return True, True
