"""The basic stream functions: fopen, fread, fgets, fwrite, fseek, contexts...

Each function checks its arguments in PHP 8.2's order (type errors while
parsing parameters, then the resource, then value errors - the order differs
between functions and is PHP's), calls the stream core and turns a core
``PhpFailure`` into PHP's warning plus return value through ``_core.facade``.
``STDIN``, ``STDOUT`` and ``STDERR`` are stream resources 1, 2 and 3, created
when this module is imported, before anything else can take an id.

The hot paths (``fgets``, ``fread``, ``fwrite``, ``feof`` on a live stream)
check ``type(x) is Resource`` and the payload type once and call the stream
directly; everything else falls back to the full argument checks.  ``fgets``
goes further: its first step is ``stream.payload.next_line()``, the stream's
C-level line-cache iterator (see ``PhpStream``); any miss - not a stream, no
cache, a length, binary strings - takes the checked path.
"""

from __future__ import annotations

import errno as _errno
from typing import Any, Literal

from .._core.context import (
    StreamContext,
    context_of,
    default_context,
    new_context,
)
from .._core.facade import fail, resource_arg, warn
from .._core.failures import PhpError, PhpFailure, PhpTypeError, PhpValueError
from .._core.limits import check_string
from .._core.resources import Resource
from .._core.stream import PhpStream, new_stream, open_stream, stream_arg
from .._core.values import (
    _MODE,  # read-only: the binary-strings switch, checked per fgets
    Ref,
    bool_arg,
    int_arg,
    nullable_int_arg,
    path_arg,
    php_bytes,
    result_str,
    str_arg,
    type_name,
)
from ..wrappers import locate
from ..wrappers.php import stdio_raw
from ..wrappers.plain import get_include_path as _get_include_path
from ..wrappers.plain import resolve_include_path
from ..wrappers.plain import set_include_path as _set_include_path

__all__ = [
    "STDIN", "STDOUT", "STDERR",
    "fopen", "fclose", "fread", "fwrite", "fputs", "fgets", "fgetc", "feof", "fflush",
    "fseek", "ftell", "rewind", "ftruncate", "fstat", "flock",
    "stream_get_meta_data", "stream_set_write_buffer", "set_file_buffer",
    "stream_set_read_buffer", "stream_set_chunk_size", "stream_set_blocking",
    "stream_set_timeout", "socket_set_blocking", "socket_set_timeout", "socket_get_status",
    "stream_is_local", "stream_isatty", "stream_supports_lock",
    "stream_resolve_include_path", "get_include_path", "set_include_path",
    "is_resource", "get_resource_id", "get_resource_type",
    "stream_context_create", "stream_context_get_options", "stream_context_set_option",
    "stream_context_get_default", "stream_context_set_default",
    "stream_context_get_params", "stream_context_set_params",
]

_SEEK_SET = 0
_LOCK_SH, _LOCK_EX, _LOCK_UN, _LOCK_NB = 1, 2, 3, 4
_INT_MAX = 2**31 - 1

#: The standard streams, as the CLI opens them before running a script.
STDIN: Resource = new_stream(stdio_raw(0), "rb", "php://stdin", wrapper="PHP")
STDOUT: Resource = new_stream(stdio_raw(1), "wb", "php://stdout", wrapper="PHP")
STDERR: Resource = new_stream(stdio_raw(2), "wb", "php://stderr", wrapper="PHP")
_STD_HOLD = (STDIN, STDOUT, STDERR)

_MISSING: Any = object()


def _resource(value: object, func: str, argnum: int = 1, name: str = "stream") -> None:
    """The parameter-parsing check of a ``resource`` parameter (type only)."""
    if type(value) is not Resource:
        resource_arg(value, func, argnum, name)


def _context_arg(value: object, func: str, argnum: int) -> Resource | None:
    """A ``?resource $context`` parameter's type check."""
    if value is None or type(value) is Resource:
        return value
    raise PhpTypeError(
        f"{func}(): Argument #{argnum} ($context) must be of type resource or null, {type_name(value)} given"
    )


# ---------------------------------------------------------------- opening and closing


def fopen(
    filename: str | bytes,
    mode: str | bytes,
    use_include_path: bool = False,
    context: Resource | None = None,
) -> Resource | Literal[False]:
    """Open a file or URL; PHP's warnings and False when it cannot."""
    path = path_arg(filename, "fopen", 1, "filename")
    mode_text = str_arg(mode, "fopen", 2, "mode").decode("latin-1")
    include = use_include_path if type(use_include_path) is bool else bool_arg(
        use_include_path, "fopen", 3, "use_include_path"
    )
    ctx = _context_arg(context, "fopen", 4)
    bad_context = False
    if ctx is not None and context_of(ctx) is None:
        bad_context = True
    try:
        stream = open_stream(
            path, mode_text, use_include_path=include,
            context=False if bad_context else ctx, func="fopen",
        )
    except PhpFailure as failure:
        if bad_context:
            # the TypeError is already pending in PHP: the open's warnings are not shown
            raise PhpTypeError("fopen(): supplied resource is not a valid Stream-Context resource") from None
        result: Resource | Literal[False] = fail("fopen", failure)
        return result
    if bad_context:
        # PHP opens the stream anyway, then drops it as the TypeError unwinds.
        stream.close()
        raise PhpTypeError("fopen(): supplied resource is not a valid Stream-Context resource")
    return stream.handle()


def fclose(stream: Resource) -> bool:
    """Close a stream; its resource type becomes Unknown."""
    stream_arg(stream, "fclose").close()
    return True


# ---------------------------------------------------------------- reading


#: fread lengths served without PHP's allocation check (far below its memory limit)
_SMALL_READ = 1 << 24


def fread(stream: Resource, length: int) -> str | bytes | Literal[False]:
    """Up to ``length`` bytes (plain files: until length or EOF)."""
    if type(stream) is Resource and type(length) is int and 0 < length <= _SMALL_READ:
        ps = stream.payload
        if type(ps) is PhpStream:
            try:
                return result_str(ps.read(length))
            except PhpFailure as failure:
                return fail("fread", failure)  # type: ignore[no-any-return]
    _resource(stream, "fread")
    size = int_arg(length, "fread", 2, "length")
    ps = stream_arg(stream, "fread")
    if size <= 0:
        raise PhpValueError("fread(): Argument #2 ($length) must be greater than 0")
    check_string(size)  # PHP allocates the whole length first: its fatal error when it cannot
    try:
        return result_str(ps.read(size))
    except PhpFailure as failure:
        return fail("fread", failure)  # type: ignore[no-any-return]


def fgets(stream: Resource, length: int | None = None) -> str | bytes | Literal[False]:
    """One line including its newline; at most ``length - 1`` bytes; False at EOF."""
    # The hot path: one attribute chain and a C-level call (see PhpStream.next_line).
    if length is None and not _MODE.binary:
        try:
            return stream.payload.next_line()  # type: ignore[union-attr,no-any-return]
        except (AttributeError, StopIteration):
            pass
    return _fgets(stream, length)


def _fgets(stream: object, length: object) -> str | bytes | Literal[False]:
    if length is None and type(stream) is Resource:
        ps = stream.payload
        if type(ps) is PhpStream:
            try:
                if _MODE.binary:
                    raw_line = ps.readline()
                    return False if raw_line is None else raw_line
                line = ps.readline_str()
            except PhpFailure as failure:
                return fail("fgets", failure)  # type: ignore[no-any-return]
            return False if line is None else line
    _resource(stream, "fgets")
    size = nullable_int_arg(length, "fgets", 2, "length")
    ps = stream_arg(stream, "fgets")
    if size is not None and size <= 0:
        raise PhpValueError("fgets(): Argument #2 ($length) must be greater than 0")
    if size is not None:
        check_string(size)
    try:
        raw = ps.readline(size)
    except PhpFailure as failure:
        return fail("fgets", failure)  # type: ignore[no-any-return]
    if raw is None:
        return False
    return result_str(raw)


def fgetc(stream: Resource) -> str | bytes | Literal[False]:
    """One byte, False at EOF."""
    ps = stream_arg(stream, "fgetc")
    try:
        char = ps.getc()
    except PhpFailure as failure:
        return fail("fgetc", failure)  # type: ignore[no-any-return]
    if char is None:
        return False
    return result_str(char)


def feof(stream: Resource) -> bool:
    """True once a read has hit the end of the stream."""
    if type(stream) is Resource:
        ps = stream.payload
        if type(ps) is PhpStream:
            return ps.eof()
    return stream_arg(stream, "feof").eof()


# ---------------------------------------------------------------- writing


def _write(func: str, stream: object, data: object, length: object) -> int | Literal[False]:
    _resource(stream, func)
    payload = str_arg(data, func, 2, "data")
    limit = nullable_int_arg(length, func, 3, "length")
    if limit is not None:
        payload = payload[: max(limit, 0)]
    if not payload:
        return 0
    ps = stream_arg(stream, func)
    try:
        return ps.write(payload)
    except PhpFailure as failure:
        return fail(func, failure)  # type: ignore[no-any-return]


def fwrite(stream: Resource, data: str | bytes, length: int | None = None) -> int | Literal[False]:
    """Write ``data`` (at most ``length`` bytes); the count written, False on failure."""
    if length is None and type(stream) is Resource:
        ps = stream.payload
        if type(ps) is PhpStream:
            kind = type(data)
            if kind is str:
                payload = data.encode("utf-8", "surrogateescape")  # type: ignore[union-attr]
            elif kind is bytes:
                payload = data
            else:
                return _write("fwrite", stream, data, length)
            try:
                return ps.write(payload)
            except PhpFailure as failure:
                return fail("fwrite", failure)  # type: ignore[no-any-return]
    return _write("fwrite", stream, data, length)


def fputs(stream: Resource, data: str | bytes, length: int | None = None) -> int | Literal[False]:
    """Alias of fwrite (messages name fputs)."""
    return _write("fputs", stream, data, length)


def fflush(stream: Resource) -> bool:
    return stream_arg(stream, "fflush").flush()


# ---------------------------------------------------------------- positions


def fseek(stream: Resource, offset: int, whence: int = _SEEK_SET) -> int:
    """0 on success, -1 on failure (a warning only for streams that cannot seek)."""
    _resource(stream, "fseek")
    where = int_arg(offset, "fseek", 2, "offset")
    how = int_arg(whence, "fseek", 3, "whence")
    ps = stream_arg(stream, "fseek")
    try:
        ps.seek(where, how)
    except PhpFailure as failure:
        return fail("fseek", failure)  # type: ignore[no-any-return]
    return 0


def ftell(stream: Resource) -> int | Literal[False]:
    position = stream_arg(stream, "ftell").tell()
    return False if position == -1 else position


def rewind(stream: Resource) -> bool:
    ps = stream_arg(stream, "rewind")
    try:
        ps.seek(0, _SEEK_SET)
    except PhpFailure as failure:
        failure.result = False
        return fail("rewind", failure)  # type: ignore[no-any-return]
    return True


def ftruncate(stream: Resource, size: int) -> bool:
    """Truncate (or zero-extend) to ``size`` bytes."""
    _resource(stream, "ftruncate")
    new_size = int_arg(size, "ftruncate", 2, "size")
    if new_size < 0:
        raise PhpValueError("ftruncate(): Argument #2 ($size) must be greater than or equal to 0")
    ps = stream_arg(stream, "ftruncate")
    try:
        ps.truncate(new_size)
    except PhpFailure as failure:
        return fail("ftruncate", failure)  # type: ignore[no-any-return]
    return True


def fstat(stream: Resource) -> dict[Any, int] | Literal[False]:
    """The stat array (keys 0..12 then names), False when the stream cannot tell."""
    ps = stream_arg(stream, "fstat")
    try:
        return ps.stat()
    except PhpFailure as failure:
        return fail("fstat", failure)  # type: ignore[no-any-return]


def flock(stream: Resource, operation: int, would_block: Ref[Any] | None = None) -> bool:
    """LOCK_SH / LOCK_EX / LOCK_UN, | LOCK_NB; ``would_block.value`` set to 0 or 1."""
    _resource(stream, "flock")
    op = int_arg(operation, "flock", 2, "operation")
    ps = stream_arg(stream, "flock")
    act = op & 3
    if act < 1 or act > 3:
        raise PhpValueError("flock(): Argument #2 ($operation) must be one of LOCK_SH, LOCK_EX, or LOCK_UN")
    if would_block is not None and not isinstance(would_block, Ref):
        raise PhpError("flock(): Argument #3 ($would_block) cannot be passed by reference")
    if would_block is not None:
        would_block.value = 0
    flags = {1: 1, 2: 2, 3: 8}[act] | (4 if op & _LOCK_NB else 0)  # fcntl's LOCK_* values
    code = ps.lock(flags)
    if code:
        if op and code == _errno.EWOULDBLOCK and would_block is not None:
            would_block.value = 1
        return False
    return True


# ---------------------------------------------------------------- meta data and options


def stream_get_meta_data(stream: Resource) -> dict[str, Any]:
    meta = stream_arg(stream, "stream_get_meta_data").meta_data()
    for key in ("wrapper_type", "stream_type", "mode", "uri"):
        if key in meta and isinstance(meta[key], (str, bytes)):
            value = meta[key]
            data = value.encode("utf-8", "surrogateescape") if isinstance(value, str) else value
            meta[key] = result_str(data)
    return meta


def socket_get_status(stream: Resource) -> dict[str, Any]:
    """Alias of stream_get_meta_data."""
    return stream_get_meta_data(stream)


def _buffer_size(func: str, stream: object, size: object) -> tuple[PhpStream, int]:
    _resource(stream, func)
    value = int_arg(size, func, 2, "size")
    return stream_arg(stream, func), value


def stream_set_write_buffer(stream: Resource, size: int) -> int:
    ps, value = _buffer_size("stream_set_write_buffer", stream, size)
    return ps.set_write_buffer(value)


def set_file_buffer(stream: Resource, size: int) -> int:
    """Alias of stream_set_write_buffer."""
    ps, value = _buffer_size("set_file_buffer", stream, size)
    return ps.set_write_buffer(value)


def stream_set_read_buffer(stream: Resource, size: int) -> int:
    ps, value = _buffer_size("stream_set_read_buffer", stream, size)
    return ps.set_read_buffer(value)


def stream_set_chunk_size(stream: Resource, size: int) -> int:
    """Set the read chunk size; returns the previous one."""
    _resource(stream, "stream_set_chunk_size")
    value = int_arg(size, "stream_set_chunk_size", 2, "size")
    if value <= 0:
        raise PhpValueError("stream_set_chunk_size(): Argument #2 ($size) must be greater than 0")
    if value > _INT_MAX:
        raise PhpValueError("stream_set_chunk_size(): Argument #2 ($size) is too large")
    ps = stream_arg(stream, "stream_set_chunk_size")
    old = ps.set_chunk_size(value)
    return old if old > 0 else -1


def stream_set_blocking(stream: Resource, enable: bool) -> bool:
    _resource(stream, "stream_set_blocking")
    flag = bool_arg(enable, "stream_set_blocking", 2, "enable")
    return stream_arg(stream, "stream_set_blocking").set_blocking(flag)


def socket_set_blocking(stream: Resource, enable: bool) -> bool:
    """Alias of stream_set_blocking."""
    _resource(stream, "socket_set_blocking")
    flag = bool_arg(enable, "socket_set_blocking", 2, "enable")
    return stream_arg(stream, "socket_set_blocking").set_blocking(flag)


def _set_timeout(func: str, stream: object, seconds: object, microseconds: object) -> bool:
    _resource(stream, func)
    secs = int_arg(seconds, func, 2, "seconds")
    usecs = int_arg(microseconds, func, 3, "microseconds")
    ps = stream_arg(stream, func)
    return ps.set_timeout(secs + usecs / 1_000_000)


def stream_set_timeout(stream: Resource, seconds: int, microseconds: int = 0) -> bool:
    """Read timeout of a socket stream; False for streams without one."""
    return _set_timeout("stream_set_timeout", stream, seconds, microseconds)


def socket_set_timeout(stream: Resource, seconds: int, microseconds: int = 0) -> bool:
    """Alias of stream_set_timeout."""
    return _set_timeout("socket_set_timeout", stream, seconds, microseconds)


def stream_is_local(stream: Resource | str | bytes) -> bool:
    """Is the stream (or URL) local: opened by a wrapper that is not a network one."""
    if type(stream) is Resource:
        return stream_arg(stream, "stream_is_local").is_local()
    url = php_bytes(stream)  # mixed: any value converted to string as PHP does
    located = locate(url, 0)
    for text in located.warnings:
        warn("stream_is_local", text)
    if located.wrapper is None:
        return False
    return not located.wrapper.is_url


def stream_isatty(stream: Resource) -> bool:
    return stream_arg(stream, "stream_isatty").isatty()


def stream_supports_lock(stream: Resource) -> bool:
    return stream_arg(stream, "stream_supports_lock").supports_lock()


def stream_resolve_include_path(filename: str | bytes) -> str | bytes | Literal[False]:
    """The absolute path ``filename`` resolves to along the include_path, or False."""
    path = path_arg(filename, "stream_resolve_include_path", 1, "filename")
    found = resolve_include_path(path)
    return False if found is None else result_str(found)


def get_include_path() -> str | bytes:
    return result_str(_get_include_path().encode("utf-8", "surrogateescape"))


def set_include_path(include_path: str | bytes) -> str | bytes | Literal[False]:
    path = path_arg(include_path, "set_include_path", 1, "include_path")
    if not path:
        return False
    old = _set_include_path(path.decode("utf-8", "surrogateescape"))
    return result_str(old.encode("utf-8", "surrogateescape"))


# ---------------------------------------------------------------- resources


def is_resource(value: object) -> bool:
    """True for a live resource (a closed one is no longer a resource to PHP)."""
    return type(value) is Resource and value.payload is not None


def get_resource_id(resource: Resource) -> int:
    return resource_arg(resource, "get_resource_id", 1, "resource").id


def get_resource_type(resource: Resource) -> str:
    return resource_arg(resource, "get_resource_type", 1, "resource").type


# ---------------------------------------------------------------- contexts


def _array_arg(value: object, func: str, argnum: int, name: str, nullable: bool) -> Any:
    if isinstance(value, (list, dict)) or (nullable and value is None):
        return value
    expected = "?array" if nullable else "array"
    raise PhpTypeError(
        f"{func}(): Argument #{argnum} (${name}) must be of type {expected}, {type_name(value)} given"
    )


def _any_context(value: object, func: str, name: str = "stream_or_context") -> StreamContext:
    """decode_context_param: a context resource, or the context of a stream (a
    stream opened without one gets a new context of its own, as in PHP)."""
    _resource(value, func, 1, name)
    assert isinstance(value, Resource)
    payload = value.payload
    if isinstance(payload, StreamContext):
        return payload
    if isinstance(payload, PhpStream):
        if payload.context is None or context_of(payload.context) is None:
            payload.context = new_context()
        found = context_of(payload.context)
        assert found is not None
        return found
    raise PhpTypeError(f"{func}(): Argument #1 (${name}) must be a valid stream/context")


def stream_context_create(
    options: dict[str, Any] | list[Any] | None = None,
    params: dict[str, Any] | list[Any] | None = None,
) -> Resource:
    """A new stream context with ``options[wrapper][option]`` and ``params``."""
    opts = _array_arg(options, "stream_context_create", 1, "options", True)
    prms = _array_arg(params, "stream_context_create", 2, "params", True)
    res = new_context()
    ctx = context_of(res)
    assert ctx is not None
    if opts is not None:
        ctx.set_options(opts)
    if prms is not None:
        ctx.set_params(prms)
    return res


def stream_context_get_options(stream_or_context: Resource) -> dict[str, Any]:
    return _any_context(stream_or_context, "stream_context_get_options").get_options()


def stream_context_set_option(
    context: Resource,
    wrapper_or_options: str | dict[str, Any] | list[Any],
    option_name: str | None = None,
    value: Any = _MISSING,
) -> bool:
    """Set one option (wrapper, option, value) or several (an array)."""
    func = "stream_context_set_option"
    _resource(context, func, 1, "context")
    if isinstance(wrapper_or_options, (list, dict)):
        raw_name = None if option_name is None else str_arg(option_name, func, 3, "option_name")
        ctx = _any_context(context, func, "context")
        if raw_name is not None:
            raise PhpValueError(
                f"{func}(): Argument #3 ($option_name) must be null when argument #2"
                " ($wrapper_or_options) is an array"
            )
        if value is not _MISSING:
            raise PhpValueError(
                f"{func}(): Argument #4 ($value) cannot be provided when argument #2"
                " ($wrapper_or_options) is an array"
            )
        ctx.set_options(wrapper_or_options)
        return True
    if wrapper_or_options is None:
        from ..errors import report

        report(8192, f"{func}(): Passing null to parameter #2 ($wrapper_or_options) of type array|string"
               " is deprecated")
        wrapper_or_options = ""
    if not isinstance(wrapper_or_options, (str, bytes, bytearray, memoryview, int, float, bool)):
        raise PhpTypeError(
            f"{func}(): Argument #2 ($wrapper_or_options) must be of type array|string,"
            f" {type_name(wrapper_or_options)} given"
        )
    wrapper = str_arg(wrapper_or_options, func, 2, "wrapper_or_options").decode("utf-8", "surrogateescape")
    name = None if option_name is None else str_arg(option_name, func, 3, "option_name").decode(
        "utf-8", "surrogateescape"
    )
    ctx = _any_context(context, func, "context")
    if name is None:
        raise PhpValueError(
            f"{func}(): Argument #3 ($option_name) cannot be null when argument #2"
            " ($wrapper_or_options) is a string"
        )
    if value is _MISSING:
        raise PhpValueError(
            f"{func}(): Argument #4 ($value) must be provided when argument #2"
            " ($wrapper_or_options) is a string"
        )
    ctx.set_option(wrapper, name, value)
    return True


def stream_context_get_params(context: Resource) -> dict[str, Any]:
    return _any_context(context, "stream_context_get_params", "context").get_params()


def stream_context_set_params(context: Resource, params: dict[str, Any] | list[Any]) -> bool:
    _resource(context, "stream_context_set_params", 1, "context")
    prms = _array_arg(params, "stream_context_set_params", 2, "params", False)
    _any_context(context, "stream_context_set_params", "context").set_params(prms)
    return True


def stream_context_get_default(options: dict[str, Any] | list[Any] | None = None) -> Resource:
    """PHP's default context (created on first use), optionally adding options."""
    opts = _array_arg(options, "stream_context_get_default", 1, "options", True)
    res = default_context()
    if opts is not None:
        ctx = context_of(res)
        assert ctx is not None
        ctx.set_options(opts)
    return res


def stream_context_set_default(options: dict[str, Any] | list[Any]) -> Resource:
    opts = _array_arg(options, "stream_context_set_default", 1, "options", False)
    res = default_context()
    ctx = context_of(res)
    assert ctx is not None
    ctx.set_options(opts)
    return res

