"""The output channel: where ``echo``, ``STDOUT``, ``php://output`` and warnings go.

PHP CLI writes ``echo`` and ``fwrite(STDOUT, ...)`` straight to file
descriptor 1, so they interleave in program order; Python's ``print()`` goes
through ``sys.stdout``'s text buffer.  To keep all of them in program order,
byte-exact, this module is the single writer: it first flushes whatever text
``sys.stdout`` holds, then writes bytes to ``sys.stdout.buffer`` and flushes
them, unbuffered as PHP CLI is (or, when ``sys.stdout`` was replaced by an
object without a buffer, writes decoded text to it).  ``flush_all()``
empties every layer; ``pcntl_fork`` calls it so nothing
is written twice.
"""

from __future__ import annotations

import os
import sys
from typing import IO, Any

from ._core.failures import PhpExit
from ._core.values import php_bytes

__all__ = ["echo", "print_"]


def _write(stream: IO[Any] | None, data: bytes, aborts: bool = False) -> None:
    if stream is None or not data:
        return
    try:
        buffer = getattr(stream, "buffer", None)
        if buffer is not None:
            stream.flush()
            buffer.write(data)
            # PHP CLI writes each echo straight to the descriptor; so do we, so
            # that output from forked processes interleaves as under PHP.
            buffer.flush()
        else:
            stream.write(data.decode("utf-8", "surrogateescape"))
            stream.flush()
    except BrokenPipeError:
        # The reader went away.  PHP CLI treats that as an aborted connection:
        # the output is lost and the script ends with status 255.  Point the
        # descriptor at /dev/null so what Python still holds flushes quietly.
        _to_devnull(stream)
        if aborts:
            raise PhpExit(255) from None
    except (OSError, ValueError):
        pass  # a closed stdout: PHP drops the output silently too


def _to_devnull(stream: IO[Any]) -> None:
    try:
        fd = stream.fileno()
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, fd)
        finally:
            os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def write_stdout(data: bytes) -> None:
    """Write bytes to standard output, after anything ``print()`` queued."""
    _write(sys.stdout, data, aborts=True)


def write_stderr(data: bytes) -> None:
    """Write bytes to standard error, after anything queued there, and flush."""
    _write(sys.stderr, data)
    try:
        if sys.stderr is not None:
            sys.stderr.flush()
    except (OSError, ValueError):
        pass


def echo(*values: object) -> None:
    """PHP's ``echo``: each value converted to string as PHP does, no separator."""
    if len(values) == 1:
        value = values[0]
        data = value.encode("utf-8", "surrogateescape") if type(value) is str else php_bytes(value)
    else:
        data = b"".join(php_bytes(v) for v in values)
    _write(sys.stdout, data, aborts=True)


def print_(arg: object) -> int:
    """PHP's ``print``: like echo with one argument, returns 1."""
    echo(arg)
    return 1


def flush_all() -> None:
    """Flush Python's and the shim's output buffers (before fork, at exit)."""
    from ._core import resources

    for res in resources.live_resources():
        payload = res.payload
        flush = getattr(payload, "flush_for_fork", None)
        if flush is not None:
            try:
                flush()
            except Exception:  # noqa: BLE001 - flushing for fork must not fail the fork
                pass
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            pass
