"""Stream wrappers: the registry and the one URL parser.

A wrapper turns a path into a ``RawStream`` (``Wrapper.open``); it never
warns, never returns False and never touches the resource table.  When it
cannot open it raises ``OpenFailed`` carrying what PHP's wrapper would log
(shown after ``Failed to open stream: ``) and any warning PHP emits directly.

The registry maps a protocol (``"file"``, ``"php"``...) to a wrapper.  The
built-ins are named by dotted path and imported on first use; ``wrappers``
is a live read-only view of the table; ``register`` refuses to replace an
existing protocol unless told to (``clobber=True``), and ``unregister`` /
``restore`` give ``stream_wrapper_unregister``/``restore`` their core.

``locate()`` is the one place a path is split into protocol and rest, with
PHP's rules (php_stream_locate_url_wrapper): a scheme is two or more of
``[A-Za-z0-9+.-]`` followed by ``://`` (or ``data:``), matched exactly and
then case-insensitively; an unknown scheme warns and falls back to plain
files; ``file://`` must be followed by ``/`` or be ``file://localhost/``.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

from .._core.failures import PhpFailure
from .._core.raw import RawStream

if TYPE_CHECKING:
    from .._core.context import StreamContext

__all__ = [
    "Wrapper",
    "OpenFailed",
    "Located",
    "wrappers",
    "get_wrapper",
    "register",
    "unregister",
    "restore",
    "builtin_protocols",
    "locate",
    "strip_url_password",
    "REPORT_ERRORS",
    "USE_PATH",
]

#: Opener option bits (PHP's values).
USE_PATH = 1
REPORT_ERRORS = 8


class OpenFailed(Exception):
    """A wrapper could not open ``path``.

    ``reason`` is the wrapper's logged error (several are joined with a
    newline, as PHP does); None means PHP's generic text (``strerror(errno)``
    for plain files, ``operation failed`` for the others).  ``warnings`` are
    emitted before the "Failed to open stream" warning, as ``func(): text``.
    """

    def __init__(self, reason: str | None = None, *, warnings: tuple[str, ...] = ()) -> None:
        super().__init__(reason or "")
        self.reason = reason
        self.warnings = warnings


class Wrapper:
    """Base class of a stream wrapper (one instance per protocol)."""

    #: ``stream_get_meta_data()['wrapper_type']``
    label: str = ""
    #: a network wrapper (``stream_is_local()`` is False, allow_url_fopen applies)
    is_url: bool = False
    #: the message PHP shows when the opener fails without logging anything
    generic_error: str = "operation failed"
    #: does a stream it opens remember the context (stream_context_get_options($stream))?
    #: PHP's plain-file and php:// openers do not; network and user wrappers do.
    keeps_context: bool = False

    def open(self, path: bytes, mode: str, options: int, context: StreamContext | None) -> RawStream:
        """Open ``path`` (what follows the protocol, or the whole URL) and return the raw stream."""
        raise OpenFailed("wrapper does not support stream open")

    def uri(self, path: bytes, raw: RawStream) -> bytes:
        """What ``stream_get_meta_data()['uri']`` shows (the path as given by default)."""
        return path


class Located:
    """The result of ``locate``: the wrapper (None = none suitable) and the path to open."""

    __slots__ = ("wrapper", "path", "protocol", "warnings")

    def __init__(
        self, wrapper: Wrapper | None, path: bytes, protocol: str | None, warnings: tuple[str, ...]
    ) -> None:
        self.wrapper = wrapper
        self.path = path
        self.protocol = protocol
        self.warnings = warnings


class GlobWrapper(Wrapper):
    """``glob://``: only directory listing in PHP; fopen() gets the base refusal."""

    label = "glob"


class _Pending(Wrapper):
    """A wrapper PHP has built in that phpcompat does not implement yet.

    It is registered so that URLs with its scheme are located as PHP locates
    them (no "Unable to find the wrapper" warning, ``stream_is_local`` right);
    opening one fails with a message saying so.
    """

    def open(self, path: bytes, mode: str, options: int, context: StreamContext | None) -> RawStream:
        raise OpenFailed(f"this wrapper ({self.label}) is not implemented by phpcompat yet")


class HttpWrapper(_Pending):
    label = "http"
    is_url = True
    keeps_context = True


class FtpWrapper(_Pending):
    label = "ftp"
    is_url = True
    keeps_context = True


class DataWrapper(_Pending):
    label = "RFC2397"
    is_url = True


class ZlibWrapper(_Pending):
    label = "ZLIB"


# In PHP's registration order (stream_get_wrappers lists them so).
_BUILTIN: dict[str, str] = {
    "https": "phpcompat.wrappers:HttpWrapper",
    "ftps": "phpcompat.wrappers:FtpWrapper",
    "compress.zlib": "phpcompat.wrappers:ZlibWrapper",
    "php": "phpcompat.wrappers.php:PhpWrapper",
    "file": "phpcompat.wrappers.plain:PlainFilesWrapper",
    "glob": "phpcompat.wrappers:GlobWrapper",
    "data": "phpcompat.wrappers:DataWrapper",
    "http": "phpcompat.wrappers:HttpWrapper",
    "ftp": "phpcompat.wrappers:FtpWrapper",
}

_table: dict[str, Wrapper | str] = dict(_BUILTIN)
_originals: dict[str, Wrapper | str] = dict(_BUILTIN)

#: Live read-only view of the registry: protocol -> wrapper (or its dotted path
#: until first use).
wrappers: Mapping[str, Wrapper | str] = MappingProxyType(_table)


def builtin_protocols() -> tuple[str, ...]:
    return tuple(_BUILTIN)


def _load(protocol: str) -> Wrapper:
    entry = _table[protocol]
    if isinstance(entry, Wrapper):
        return entry
    module_name, _, attr = entry.partition(":")
    wrapper = getattr(importlib.import_module(module_name), attr)()
    assert isinstance(wrapper, Wrapper)
    _table[protocol] = wrapper
    if _originals.get(protocol) == entry:
        _originals[protocol] = wrapper
    return wrapper


def get_wrapper(protocol: str) -> Wrapper | None:
    """The wrapper registered for ``protocol`` (exact name), or None."""
    if protocol not in _table:
        return None
    return _load(protocol)


_PROTOCOL_CHARS = re.compile(r"^[A-Za-z0-9+.\-]+$")


def register(protocol: str, wrapper: Wrapper, *, clobber: bool = False) -> None:
    """Add ``wrapper`` for ``protocol``; an existing protocol is refused unless ``clobber``."""
    if not _PROTOCOL_CHARS.match(protocol):
        raise PhpFailure(
            f'Invalid protocol scheme specified. Unable to register wrapper class {type(wrapper).__name__}'
            f" to {protocol}://"
        )
    if protocol in _table and not clobber:
        raise PhpFailure(f"Protocol {protocol}:// is already defined")
    _table[protocol] = wrapper


def unregister(protocol: str) -> None:
    if protocol not in _table:
        raise PhpFailure(f"Unable to unregister protocol {protocol}://")
    del _table[protocol]


def restore(protocol: str) -> bool:
    """Put the built-in back; False when ``protocol`` was never a built-in."""
    if protocol not in _originals:
        raise PhpFailure(f"{protocol}:// never existed, nothing to restore")
    unchanged = _table.get(protocol) is _originals[protocol]
    _table[protocol] = _originals[protocol]
    return not unchanged


def _is_scheme_char(c: int) -> bool:
    return (48 <= c <= 57) or (65 <= c <= 90) or (97 <= c <= 122) or c in (43, 45, 46)


def scheme_length(path: bytes) -> int:
    """Length of the leading run of scheme characters (PHP's isalnum/+/-/. loop)."""
    n = 0
    for c in path:
        if not _is_scheme_char(c):
            break
        n += 1
    return n


def locate(path: bytes, options: int = REPORT_ERRORS) -> Located:
    """php_stream_locate_url_wrapper: which wrapper opens ``path``, and with what path.

    The warnings PHP prints while locating (unknown wrapper, remote file
    access) are returned, not emitted: the caller decides.
    """
    n = scheme_length(path)
    protocol: str | None = None
    warnings: tuple[str, ...] = ()
    wrapper: Wrapper | None = None
    if n < len(path) and path[n] == 0x3A and n > 1 and (
        path[n + 1 : n + 3] == b"//" or (n == 4 and path[:5].lower() == b"data:")
    ):
        protocol = path[:n].decode("ascii")
        if protocol in _table:
            wrapper = _load(protocol)
        elif protocol.lower() in _table:
            wrapper = _load(protocol.lower())
        else:
            shown = protocol[:31]
            warnings = (
                f'Unable to find the wrapper "{shown}" - did you forget to enable it when you'
                " configured PHP?",
            )
            protocol = None
    if protocol is None or protocol.lower() == "file":
        if protocol is not None:
            localhost = path[:17].lower() == b"file://localhost/"
            rest = path[n + 3 : n + 4]
            if not localhost and rest not in (b"", b"/"):
                shown = path.decode("utf-8", "surrogateescape")
                warnings += (f"Remote host file access not supported, {shown}",)
                return Located(None, path, protocol, warnings)
            # skip "file:" and every slash but the last one
            start = n + 1 + (11 if localhost else 0)
            while start + 1 < len(path) and path[start + 1] == 0x2F:
                start += 1
            path = path[start:]
        if wrapper is None or protocol is None:
            wrapper = _load("file") if "file" in _table else None
            if wrapper is None:
                warnings += ("file:// wrapper is disabled in the server configuration",)
        return Located(wrapper, path, protocol, warnings)
    assert wrapper is not None
    return Located(wrapper, path, protocol, warnings)


def strip_url_password(url: str) -> str:
    """php_strip_url_passwd: ``scheme://user:pass@host`` is shown as ``scheme://...@host``."""
    start = url.find("://")
    if start < 0:
        return url
    start += 3
    at = url.find("@", start)
    if at < 0:
        return url
    return url[:start] + "." * min(3, at - start) + url[at:]
