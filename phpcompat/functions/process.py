"""Processes: ``pcntl_fork``/``pcntl_waitpid`` and friends, ``posix_*`` ids and kill, ``exit``.

This module owns the process-level state PHP's pcntl and posix extensions
keep: the last errno each of them saw (``pcntl_get_last_error``,
``posix_get_last_error``) and the signal handlers with their queue.  The rules, checked against PHP 8.2 CLI:

* ``pcntl_fork`` first empties every output layer (``output.flush_all``), so
  nothing printed before the fork is printed twice; a failed fork warns
  ``Error <errno>`` and returns -1.  Parent and child then run on and end
  as PHP's do: at the end of the script (or ``exit``) each runs shutdown -
  its resources are freed, its own copy of each descriptor is closed.
* ``pcntl_waitpid``/``pcntl_wait`` leave ``$status`` as the integer value of
  what it held when the call fails or (``WNOHANG``) finds nothing; pids,
  flags and statuses are narrowed to C ``int`` as PHP narrows them.
* ``pcntl_w*`` decode a status with glibc's macros, on the C ``int``.
* ``pcntl_signal``: a caught signal is queued and its handler runs at
  ``pcntl_signal_dispatch()``, in arrival order - or at once (between two
  Python bytecodes) after ``pcntl_async_signals(true)``.  The handler gets
  ``(signo, siginfo)`` (or ``signo`` alone if it takes one argument); Python
  does not expose the kernel's siginfo, so ``siginfo`` holds ``signo`` only
  where PHP also gives errno, code, pid, uid...
* ``exit_(status)`` / ``die(status)``: an int is the exit code (mod 256), any
  other value is printed as PHP prints it and the code is 0.
"""

from __future__ import annotations

import math
import os
import re
import resource
import signal as _signal
from collections.abc import Callable
from typing import Any, NoReturn

from .._core.callbacks import call_user
from .._core.facade import fail
from .._core.failures import PhpError, PhpExit, PhpFailure, PhpTypeError, PhpValueError
from .._core.resources import Resource
from .._core.sockets import c_int
from .._core.values import Ref, bool_arg, int_arg, to_bytes, type_name
from ..errors import E_ERROR, report
from ..output import echo, flush_all

__all__ = [
    "pcntl_fork", "pcntl_waitpid", "pcntl_wait",
    "pcntl_wexitstatus", "pcntl_wifexited", "pcntl_wifsignaled", "pcntl_wtermsig",
    "pcntl_wifstopped", "pcntl_wstopsig", "pcntl_wifcontinued",
    "pcntl_get_last_error", "pcntl_errno", "pcntl_strerror",
    "pcntl_signal", "pcntl_signal_dispatch", "pcntl_async_signals", "pcntl_signal_get_handler",
    "getmypid", "posix_getpid", "posix_getppid", "posix_kill",
    "posix_get_last_error", "posix_errno", "posix_strerror",
    "exit_", "die",
]


class _LastErrors:
    pcntl = 0
    posix = 0


_last = _LastErrors()


# ------------------------------------------------------------------ fork / wait

def pcntl_fork() -> int:
    """fork(2): the child's pid in the parent, 0 in the child, -1 (and a warning) on failure."""
    flush_all()
    try:
        pid = os.fork()
    except OSError as exc:
        _last.pcntl = exc.errno or 0
        result: int = fail("pcntl_fork", PhpFailure(f"Error {_last.pcntl}", result=-1))
        return result
    return pid


_NUMERIC_PREFIX = re.compile(rb"[ \t\n\r\v\f]*([+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)")
_LONG_MIN, _LONG_MAX = -(2**63), 2**63 - 1


def _zval_get_long(value: object) -> int:
    """PHP's zval_get_long: the silent (int) of any value, as PHP reads ``$status``."""
    if value is None:
        return 0
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return ((value - _LONG_MIN) % 2**64) + _LONG_MIN
    if isinstance(value, float):
        if not math.isfinite(value) or not (_LONG_MIN <= value < 2.0**63):
            return 0
        return int(value)
    if isinstance(value, (str, bytes, bytearray, memoryview)):
        match = _NUMERIC_PREFIX.match(to_bytes(value))
        if match is None:
            return 0
        text = match.group(1)
        if not any(c in text for c in b".eE"):
            number = int(text)
            if _LONG_MIN <= number <= _LONG_MAX:
                return number
        real = float(text)
        if not math.isfinite(real):
            return 0
        if not (_LONG_MIN <= real < 2.0**63):
            return _LONG_MAX if real > 0 else _LONG_MIN
        return int(real)
    if isinstance(value, (list, dict, tuple)):
        return 1 if value else 0
    if isinstance(value, Resource):
        return value.id
    return 1


def _ref(value: object, func: str, argnum: int, name: str) -> Ref[Any]:
    if isinstance(value, Ref):
        return value
    raise PhpError(f"{func}(): Argument #{argnum} (${name}) could not be passed by reference")


# PHP_RUSAGE_TO_ARRAY's keys, in its order.
_RUSAGE_FIELDS = (
    "ru_oublock", "ru_inblock", "ru_msgsnd", "ru_msgrcv", "ru_maxrss", "ru_ixrss", "ru_idrss",
    "ru_minflt", "ru_majflt", "ru_nsignals", "ru_nvcsw", "ru_nivcsw", "ru_nswap",
)


def _rusage_array(usage: resource.struct_rusage) -> dict[str, int]:
    out = {name: int(getattr(usage, name)) for name in _RUSAGE_FIELDS}
    for name in ("ru_utime", "ru_stime"):
        seconds = float(getattr(usage, name))
        sec = int(seconds)
        out[f"{name}.tv_usec"] = int(round((seconds - sec) * 1_000_000))
        out[f"{name}.tv_sec"] = sec
    return out


def _array_ref(value: object, func: str, argnum: int, name: str) -> dict[Any, Any] | Ref[Any] | None:
    """A by-reference array parameter: the caller's dict (filled in place) or a Ref."""
    if value is None or isinstance(value, (dict, Ref)):
        return value
    raise PhpError(f"{func}(): Argument #{argnum} (${name}) could not be passed by reference")


def _fill_array(target: dict[Any, Any] | Ref[Any], values: dict[str, int]) -> None:
    if isinstance(target, Ref):
        target.value = dict(values)
    else:
        target.clear()
        target.update(values)


def _wait(pid: int, status: Ref[Any], flags: int, resource_usage: dict[Any, Any] | Ref[Any] | None) -> int:
    previous = c_int(_zval_get_long(status.value))
    if resource_usage is not None:
        _fill_array(resource_usage, {})
    try:
        child, raw_status, usage = os.wait4(c_int(pid), c_int(flags))
    except OSError as exc:
        _last.pcntl = exc.errno or 0
        status.value = previous
        return -1
    if child == 0:
        # WNOHANG and nobody to report: waitpid(2) leaves the status alone.
        status.value = previous
        return 0
    status.value = c_int(raw_status)
    if resource_usage is not None:
        _fill_array(resource_usage, _rusage_array(usage))
    return child


def pcntl_waitpid(process_id: int, status: Ref[Any], flags: int = 0, resource_usage: object = None) -> int:
    """waitpid(2): the pid reaped, 0 (WNOHANG, none ready) or -1; ``status.value`` set.

    ``resource_usage``, when given (a dict, or a Ref), receives PHP's rusage array.
    """
    pid = int_arg(process_id, "pcntl_waitpid", 1, "process_id")
    ref = _ref(status, "pcntl_waitpid", 2, "status")
    options = int_arg(flags, "pcntl_waitpid", 3, "flags")
    usage = _array_ref(resource_usage, "pcntl_waitpid", 4, "resource_usage")
    return _wait(pid, ref, options, usage)


def pcntl_wait(status: Ref[Any], flags: int = 0, resource_usage: object = None) -> int:
    """wait(2) for any child: ``pcntl_waitpid(-1, ...)``."""
    ref = _ref(status, "pcntl_wait", 1, "status")
    options = int_arg(flags, "pcntl_wait", 2, "flags")
    usage = _array_ref(resource_usage, "pcntl_wait", 3, "resource_usage")
    return _wait(-1, ref, options, usage)


# ------------------------------------------------------------------ status decoding (glibc macros)

def _status(value: object, func: str) -> int:
    return c_int(int_arg(value, func, 1, "status"))


def pcntl_wexitstatus(status: int) -> int:
    return (_status(status, "pcntl_wexitstatus") & 0xFF00) >> 8


def pcntl_wtermsig(status: int) -> int:
    return _status(status, "pcntl_wtermsig") & 0x7F


def pcntl_wstopsig(status: int) -> int:
    return (_status(status, "pcntl_wstopsig") & 0xFF00) >> 8


def pcntl_wifexited(status: int) -> bool:
    return (_status(status, "pcntl_wifexited") & 0x7F) == 0


def pcntl_wifsignaled(status: int) -> bool:
    low = ((_status(status, "pcntl_wifsignaled") & 0x7F) + 1) & 0xFF
    signed = low - 256 if low >= 128 else low
    return (signed >> 1) > 0


def pcntl_wifstopped(status: int) -> bool:
    return (_status(status, "pcntl_wifstopped") & 0xFF) == 0x7F


def pcntl_wifcontinued(status: int) -> bool:
    return _status(status, "pcntl_wifcontinued") == 0xFFFF


# ------------------------------------------------------------------ errors

def pcntl_get_last_error() -> int:
    return _last.pcntl


pcntl_errno = pcntl_get_last_error


def pcntl_strerror(error_code: int) -> str:
    return os.strerror(c_int(int_arg(error_code, "pcntl_strerror", 1, "error_code")))


def posix_get_last_error() -> int:
    return _last.posix


posix_errno = posix_get_last_error


def posix_strerror(error_code: int) -> str:
    return os.strerror(c_int(int_arg(error_code, "posix_strerror", 1, "error_code")))


# ------------------------------------------------------------------ ids and signals

def getmypid() -> int:
    return os.getpid()


def posix_getpid() -> int:
    return os.getpid()


def posix_getppid() -> int:
    return os.getppid()


def posix_kill(process_id: int, signal: int) -> bool:
    """kill(2); False (and ``posix_get_last_error()`` set) on failure, no warning."""
    pid = c_int(int_arg(process_id, "posix_kill", 1, "process_id"))
    sig = c_int(int_arg(signal, "posix_kill", 2, "signal"))
    try:
        os.kill(pid, sig)
    except OSError as exc:
        _last.posix = exc.errno or 0
        return False
    return True


# ------------------------------------------------------------------ signal handlers

_NSIG = 65  # PHP's num_signals on Linux: pcntl_signal() takes 1..64
_SIG_DFL, _SIG_IGN = 0, 1


class _Signals:
    def __init__(self) -> None:
        #: what pcntl_signal_get_handler() reports: a callable, SIG_DFL or SIG_IGN
        self.handlers: dict[int, Callable[..., Any] | int] = {}
        self.queue: list[int] = []
        self.asynchronous = False


_signals = _Signals()


def _run_handler(signo: int) -> None:
    handler = _signals.handlers.get(signo)
    if callable(handler):
        call_user(handler, signo, {"signo": signo})


def _on_signal(signo: int, frame: object) -> None:
    if _signals.asynchronous:
        _run_handler(signo)
    else:
        _signals.queue.append(signo)


def pcntl_signal(
    signal: int, handler: Callable[..., Any] | int, restart_syscalls: bool | None = True
) -> bool:
    """Install ``handler`` (a callable, ``SIG_DFL`` or ``SIG_IGN``) for ``signal``."""
    func = "pcntl_signal"
    signo = int_arg(signal, func, 1, "signal")
    if restart_syscalls is None:
        restart = True
    elif isinstance(restart_syscalls, (bool, int, float, str, bytes)):
        restart = bool_arg(restart_syscalls, func, 3, "restart_syscalls")
    else:
        raise PhpTypeError(
            f"{func}(): Argument #3 ($restart_syscalls) must be of type ?bool,"
            f" {type_name(restart_syscalls)} given"
        )
    if signo < 1:
        raise PhpValueError(f"{func}(): Argument #1 ($signal) must be greater than or equal to 1")
    if signo >= _NSIG:
        raise PhpValueError(f"{func}(): Argument #1 ($signal) must be less than {_NSIG}")
    if isinstance(handler, int) and not isinstance(handler, bool):
        if handler not in (_SIG_DFL, _SIG_IGN):
            raise PhpValueError(
                f"{func}(): Argument #2 ($handler) must be either SIG_DFL or SIG_IGN"
                " when an integer value is given"
            )
    elif not callable(handler):
        raise PhpTypeError(
            f"{func}(): Argument #2 ($handler) must be of type callable|int, {type_name(handler)} given"
        )
    action: Any = _on_signal if callable(handler) else (
        _signal.SIG_DFL if handler == _SIG_DFL else _signal.SIG_IGN
    )
    try:
        _signal.signal(signo, action)
        _signal.siginterrupt(signo, not restart)
    except (OSError, ValueError):
        # PHP makes this a fatal error (SIGKILL, SIGSTOP).
        report(E_ERROR, f"Error installing signal handler for {signo}")
        flush_all()
        raise PhpExit(255) from None
    _signals.handlers[signo] = handler
    return True


def pcntl_signal_dispatch() -> bool:
    """Run the handlers of the signals queued so far, in arrival order."""
    while _signals.queue:
        _run_handler(_signals.queue.pop(0))
    return True


def pcntl_async_signals(enable: bool | None = None) -> bool:
    """Read, and with an argument set, whether handlers run as signals arrive."""
    old = _signals.asynchronous
    if enable is not None:
        _signals.asynchronous = bool_arg(enable, "pcntl_async_signals", 1, "enable")
    return old


def pcntl_signal_get_handler(signal: int) -> Callable[..., Any] | int:
    signo = int_arg(signal, "pcntl_signal_get_handler", 1, "signal")
    if not 1 <= signo <= 32:
        raise PhpValueError("pcntl_signal_get_handler(): Argument #1 ($signal) must be between 1 and 32")
    return _signals.handlers.get(signo, _SIG_DFL)


# ------------------------------------------------------------------ exit

def exit_(status: str | int = "") -> NoReturn:
    """PHP's ``exit``: an int is the exit code; anything else is printed, code 0.

    Raises ``PhpExit`` (a ``SystemExit``): shutdown then frees resources and
    flushes output, in a forked child as in the parent.
    """
    if isinstance(status, int) and not isinstance(status, bool):
        code = status & 0xFF
    else:
        echo(status)
        code = 0
    flush_all()
    raise PhpExit(code)


die = exit_
