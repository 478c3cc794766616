"""PHP's memory limit as the string builders meet it: fatal errors, not MemoryError.

PHP CLI runs with ``memory_limit=128M``.  A string PHP cannot allocate ends
the script with a fatal error (``Allowed memory size of 134217728 bytes
exhausted (tried to allocate N bytes)``, or ``Possible integer overflow in
memory allocation (...)`` when the size does not even fit in a size_t), exit
status 255.  This module owns that arithmetic - zend_string_alloc's header
and alignment, zend_safe_address's overflow check, the huge-block page
rounding and the limit left after PHP's first 2 MiB chunk - so that a
function asked for a string PHP could not build ends the script as PHP does
instead of raising ``MemoryError``/``OverflowError`` from Python.  Only the
allocations that decide a PHP fatal are modelled; smaller strings are built
without asking.
"""

from __future__ import annotations

from typing import NoReturn

__all__ = [
    "MEMORY_LIMIT",
    "fatal",
    "check_alloc",
    "check_string",
    "check_safe_string",
    "huge_size",
    "string_size",
]

#: ini memory_limit of PHP CLI without a php.ini
MEMORY_LIMIT = 128 * 1024 * 1024
#: zend_mm's first chunk, in use from startup: what a huge block can still take
_IN_USE = 2 * 1024 * 1024
_PAGE = 4096
#: ZEND_MM_MAX_LARGE_SIZE: bigger blocks are "huge" (own pages, counted against the limit)
_MAX_LARGE = 2 * 1024 * 1024 - _PAGE
_SIZE_MAX = 2**64 - 1
#: _ZSTR_HEADER_SIZE: refcount, type info, hash, length
_STRING_HEADER = 24


def _align8(size: int) -> int:
    return (size + 7) & ~7


def fatal(message: str) -> NoReturn:
    """A PHP fatal error (E_ERROR): reported, output flushed, exit status 255."""
    from ..errors import report
    from ..output import flush_all
    from .failures import PhpExit

    report(1, message)
    flush_all()
    raise PhpExit(255)


def huge_size(size: int) -> int:
    """What zend_mm asks the system for, for a block of ``size`` bytes."""
    if size <= _MAX_LARGE:
        return size
    rounded = (size + _PAGE - 1) & ~(_PAGE - 1)
    if rounded > _SIZE_MAX:
        fatal(f"Possible integer overflow in memory allocation ({size} + {_PAGE})")
    return rounded


def check_alloc(size: int, in_use: int = 0) -> int:
    """emalloc(size), with ``in_use`` bytes of huge blocks already held: PHP's
    fatal error when the limit cannot take it.  Returns what the block counts
    against the limit (0 for blocks inside zend_mm's chunks)."""
    wanted = huge_size(size)
    if wanted <= _MAX_LARGE:
        return 0
    if wanted > MEMORY_LIMIT - _IN_USE - in_use:
        fatal(f"Allowed memory size of {MEMORY_LIMIT} bytes exhausted (tried to allocate {wanted} bytes)")
    return wanted


def string_size(length: int) -> int:
    """_ZSTR_STRUCT_SIZE: the block a string of ``length`` bytes takes."""
    return _align8(_STRING_HEADER + length + 1)


def check_string(length: int) -> None:
    """zend_string_alloc(length)."""
    check_alloc(string_size(length))


def check_safe_string(count: int, size: int, length: int) -> None:
    """zend_string_safe_alloc(count, size, length): ``count * size + length``
    bytes, with zend_safe_address's overflow check."""
    offset = string_size(length)
    total = count * size + offset
    if count * size > _SIZE_MAX or total > _SIZE_MAX:
        fatal(f"Possible integer overflow in memory allocation ({count} * {size} + {offset})")
    check_alloc(total)
