"""The buffered stream: PHP's ``php_stream`` above a ``RawStream``.

``PhpStream`` is the only owner of a stream's read buffer, chunking (8192-byte
chunks by default), EOF state, logical position, ``unread_bytes``, the write
path and the (read and write) filter chains.  It reproduces
``main/streams/streams.c``: reads fill the buffer one chunk at a time,
``feof`` turns true only after a read hit the end, writes go straight to the
raw stream (PHP has no write buffer, so a fork never duplicates a pending
write) after dropping read-ahead on seekable streams, and seeks inside the
buffer do not touch the raw stream.

The raw layer's protocol, as this module reads it:

* ``raw.read(n)`` returns up to ``n`` bytes; ``b""`` is end of stream;
  ``None`` means "nothing now" (non-blocking, timed out) without EOF.
  ``OSError`` becomes PHP's notice ``Read of N bytes failed with errno=E
  text`` (and EOF unless EBADF); ``RawFailure`` carries another message (or
  none: a silent failure).
* ``raw.write(data)`` returns how many bytes were taken (0 = would block);
  errors as for read, with ``Write of N bytes failed ...``.
* ``raw.seek(offset, whence)`` returns the new position; a negative return
  means "failed, and the position is now unknown" (memory streams);
  ``OSError`` means failed with the position unchanged.
* optional: ``raw.populate_meta(meta, eof_flag) -> bool`` fills
  stream_get_meta_data's first keys itself (True: PHP's META_DATA_API answered);
  ``raw.check_liveness() -> bool`` (False: the peer is gone, feof() is true);
  ``raw.set_timeout(seconds) -> bool``; ``raw.set_write_buffer(size) -> int``;
  ``raw.supports_lock() -> bool``; ``raw.start_position``; ``raw.enclosed_ids``
  (resource ids PHP gives streams it encloses); ``raw.reported_mode`` (the
  mode stream_get_meta_data shows when the wrapper normalises it);
  ``raw.on_fclose()`` (an explicit fclose(), not a free at exit).

Nothing here warns: every PHP-visible failure is raised as ``PhpFailure``
(the facade emits it).  A failure with an empty ``message`` is *silent*: PHP
fails without a warning, so the facade just returns ``failure.result``.  A
failure whose ``result`` is ``bytes`` carries data read before the error
(PHP emits the notice and returns that data).

The fgets hot path: a Python function call per line is all the budget there
is, so ``readline_str`` pre-splits the complete lines of the buffer with
``str.splitlines`` (C) into a *line cache* and ``next_line`` - a C-level
iterator method, slot of the stream - hands them out; it raises
StopIteration when the cache is exhausted (or inactive).  While the cache is
active ``_rpos`` stays at the start of the cached region; every other method
first leaves cache mode (``_sync``) or asks ``_cache_pos`` where the position
really is.  On a regular file the cache reads ahead past PHP's buffer; PHP's
buffer state (which only ``unread_bytes`` and the descriptor's offset show)
follows from the position, since PHP refills ``chunk`` bytes at a time, and
``_sync`` makes it real when anything else looks.  A stream whose line reads are interleaved with other reads
rebuilds the cache less and less often (``_need`` doubles), so mixed access
stays linear.
"""

from __future__ import annotations

import errno as _errno
import os
import weakref
from collections.abc import Callable, Iterator
from itertools import accumulate
from operator import length_hint
from typing import Any, Literal

from .failures import PhpFailure, PhpValueError
from .modes import stream_access
from .raw import RawStream
from .resources import Resource, reserve_id

__all__ = [
    "PhpStream",
    "RawFailure",
    "CHUNK_SIZE",
    "stat_array",
    "new_stream",
    "stream_arg",
    "open_stream",
    "E_NOTICE",
]

CHUNK_SIZE = 8192
E_NOTICE = 8
E_WARNING = 2

_SEEK_SET, _SEEK_CUR, _SEEK_END = 0, 1, 2

#: ``next_line`` when no line cache is active: always exhausted.
_NO_LINES: Callable[[], str] = iter(()).__next__
# str.splitlines() also splits on these; a chunk holding one is served line by
# line ("\r" only when it is not part of "\r\n", which splitlines keeps whole).
_OTHER_BREAKS = (b"\x0b", b"\x0c", b"\x1c", b"\x1d", b"\x1e")
_OTHER_BREAKS_STR = ("\x85", "\u2028", "\u2029")
#: errno of the last failed lock (PHP's flock() reads a stale errno)
_LAST_LOCK_ERROR = [0]
#: cap of the number of line-by-line fgets calls before a line cache is built again
_MAX_STREAK = 1024
#: how much the line cache reads at once from a regular file
_READ_AHEAD = 1 << 16
#: set once a fork is prepared: descriptors may be shared, offsets must be PHP's
_NO_READ_AHEAD = [False]


class RawFailure(Exception):
    """A raw read/write failure with PHP's message (``""``: fail silently)."""

    def __init__(self, message: str = "", *, level: int = E_NOTICE, eof: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.level = level
        self.eof = eof


_STAT_NAMES = (
    "dev", "ino", "mode", "nlink", "uid", "gid", "rdev", "size",
    "atime", "mtime", "ctime", "blksize", "blocks",
)


def stat_array(st: Any) -> dict[Any, int]:
    """fstat()/stat()'s array: keys 0..12, then the same values by name."""
    if isinstance(st, dict):
        values = [int(st.get(name, 0)) for name in _STAT_NAMES]
    else:
        values = [
            st.st_dev, st.st_ino, st.st_mode, st.st_nlink, st.st_uid, st.st_gid, st.st_rdev,
            st.st_size, int(st.st_atime), int(st.st_mtime), int(st.st_ctime),
            getattr(st, "st_blksize", -1), getattr(st, "st_blocks", -1),
        ]
    result: dict[Any, int] = dict(enumerate(values))
    result.update(zip(_STAT_NAMES, values, strict=True))
    return result


class PhpStream:
    """The payload of a ``stream`` resource: a buffered PHP stream over ``raw``."""

    __slots__ = (
        "raw", "mode", "uri", "readable", "writable", "wrapper", "is_url", "context",
        "read_filters", "write_filters", "_buf", "_rpos", "_base", "_wpos", "_cap", "_chunk",
        "_eof", "_no_buffer", "_greedy", "_closed", "_res", "_owned", "__weakref__",
        "next_line", "_lines", "_line_iter", "_lines_at", "_lines_end", "_lines_ascii",
        "_offsets", "_streak", "_need", "_php_end", "_ahead", "_raw_end",
    )

    def __init__(
        self,
        raw: RawStream,
        mode: str,
        uri: str = "",
        *,
        wrapper: str | None = None,
        is_url: bool = False,
        context: Resource | None = None,
    ) -> None:
        self.raw = raw
        self.mode = mode
        self.uri = uri
        self.readable, self.writable = stream_access(mode)
        #: the wrapper's label (``wrapper_type``), None for streams no wrapper opened
        self.wrapper = wrapper
        self.is_url = is_url
        #: the stream-context resource the stream was opened with
        self.context = context
        #: filter chains (hook points; see ``_fill_filtered`` / ``_write_filtered``)
        self.read_filters: list[Any] = []
        self.write_filters: list[Any] = []
        # Read buffer: _buf[_rpos:] is unread.  The logical position is
        # _base + _rpos.  _wpos/_cap mirror PHP's writepos/readbuflen so read
        # requests have PHP's sizes.
        self._buf = b""
        self._rpos = 0
        # PHP starts at 0, at the descriptor's offset for seekable descriptors,
        # and at -1 for descriptors that cannot seek (raw.start_position).
        self._base = 0
        start = getattr(raw, "start_position", None)
        if start is not None:
            self._base = int(start)
        elif raw.seekable:
            try:
                self._base = raw.tell()
            except (OSError, RawFailure):
                self._base = 0
        self._wpos = 0
        self._cap = 0
        self._chunk = CHUNK_SIZE
        self._eof = False
        self._no_buffer = False
        stype = raw.stream_type
        self._greedy = wrapper == "plainfile" or stype in ("MEMORY", "TEMP")
        self._closed = False
        self._res: weakref.ref[Resource] | None = None
        self._owned: Resource | None = None
        #: the fgets hot path: the next cached line as str; StopIteration when none
        self.next_line: Callable[[], str] = _NO_LINES
        self._lines: list[str] | None = None
        self._line_iter: Iterator[str] | None = None
        self._lines_at = 0
        self._lines_end = 0
        self._lines_ascii = True
        self._offsets: list[int] | None = None
        self._streak = 0
        self._need = 2
        # read-ahead of the line cache: PHP's buffer end when it was built,
        # the bytes read from the cache start, where the raw position is
        self._php_end = 0
        self._ahead = b""
        self._raw_end = 0

    # ------------------------------------------------------------ resource link

    def _attach(self, res: Resource, *, owned: bool) -> None:
        self._res = weakref.ref(res)
        self._owned = res if owned else None

    @property
    def resource(self) -> Resource | None:
        """The resource holding this stream (None once freed)."""
        if self._owned is not None:
            return self._owned
        return self._res() if self._res is not None else None

    def handle(self) -> Resource:
        """The resource to hand to PHP code: from now on the caller's references
        alone keep the stream open (it closes when the last one goes)."""
        res = self.resource
        if res is None:
            res = Resource("stream", self)
            self._res = weakref.ref(res)
        self._owned = None
        return res

    # ------------------------------------------------------------ raw helpers

    def _raw_read(self, size: int, shown: int = 0) -> bytes:
        """One raw read; ``shown`` is the size PHP's notice names when it differs."""
        try:
            data = self.raw.read(size)
        except OSError as exc:
            code = exc.errno or _errno.EIO
            if code != _errno.EBADF:
                self._eof = True
            raise PhpFailure(
                f"Read of {shown or size} bytes failed with errno={code} {os.strerror(code)}",
                level=E_NOTICE,
            ) from None
        except RawFailure as exc:
            if exc.eof:
                self._eof = True
            raise PhpFailure(exc.message, level=exc.level) from None
        if data is None:
            return b""
        if not data:
            self._eof = True
        return data

    def _fill(self, size: int) -> None:
        """_php_stream_fill_read_buffer: make ``size`` bytes available if one read can."""
        if self.read_filters:
            self._fill_filtered(size)
            return
        buf = self._buf
        avail = len(buf) - self._rpos
        if avail >= size:
            return
        chunk = self._chunk
        wpos = self._wpos
        if self._cap - wpos < chunk:
            wpos = avail
        if self._cap - wpos < chunk:
            self._cap += chunk
        self._wpos = wpos
        data = self._raw_read(self._cap - wpos)
        if data:
            if avail:
                self._base += self._rpos
                self._buf = buf[self._rpos :] + data
            else:
                self._base += len(buf)
                self._buf = data
            self._rpos = 0
            self._wpos = wpos + len(data)

    def _fill_filtered(self, size: int) -> None:
        """Read path with filters: each filter's ``process(data, closing)`` in turn.

        A hook for the filter layer; the bucket brigade replaces this body.
        """
        while len(self._buf) - self._rpos < size and not self._eof:
            data = self._raw_read(self._chunk)
            for flt in self.read_filters:
                data = flt.process(data, self._eof)
            if data:
                self._base += self._rpos
                self._buf = self._buf[self._rpos :] + data
                self._rpos = 0
            elif not self._eof:
                break

    # ------------------------------------------------------------ line cache

    def _can_read_ahead(self) -> bool:
        """May the line cache read past PHP's buffer?  Only for a regular file
        in PHP's canonical buffer state, where PHP's future fills are known:
        ``chunk`` bytes at a time from the end of its buffer."""
        return (
            not _NO_READ_AHEAD[0]
            and bool(getattr(self.raw, "regular", False)) and not self._eof and not self.read_filters
            and 0 <= self._cap <= self._chunk and self.raw.seekable
        )

    def _build_lines(self) -> bool:
        """Pre-split complete lines from the read position (str mode); False if none.

        On a regular file the region may extend past PHP's buffer (read-ahead):
        PHP's buffer state for any position inside it is then computed, not
        kept, and made real again by ``_sync`` when anything else looks.
        """
        buf = self._buf
        rpos = self._rpos
        start = self._base + rpos
        php_end = self._base + len(buf)
        region = buf[rpos:]
        raw_end = php_end
        if self._can_read_ahead():
            try:
                more = self.raw.read(max(_READ_AHEAD, self._chunk))
            except (OSError, RawFailure):
                more = None
            if more:
                region += more
                raw_end += len(more)
        end = region.rfind(b"\n")
        ok = end >= 0
        if ok:
            region_lines = region[: end + 1]
            for other in _OTHER_BREAKS:
                if other in region_lines:
                    ok = False
                    break
            if ok and b"\r" in region_lines and region_lines.count(b"\r") != region_lines.count(b"\r\n"):
                ok = False
        if ok:
            text = region_lines.decode("utf-8", "surrogateescape")
            if not region_lines.isascii():
                for other_str in _OTHER_BREAKS_STR:
                    if other_str in text:
                        ok = False
                        break
        if not ok:
            if raw_end != php_end:
                self.raw.seek(php_end, _SEEK_SET)  # give the read-ahead back
            return False
        lines = text.splitlines(True)
        iterator = iter(lines)
        self._lines = lines
        self._line_iter = iterator
        self.next_line = iterator.__next__
        self._lines_at = start
        self._lines_end = start + end + 1
        self._php_end = php_end
        self._ahead = region if raw_end != php_end else b""
        self._raw_end = raw_end
        # one char per byte (ASCII or lone escaped bytes): lengths are byte counts
        self._lines_ascii = len(text) == len(region_lines)
        self._offsets = None
        return True

    def _cache_pos(self) -> int:
        """The stream position while the line cache is active."""
        lines = self._lines
        assert lines is not None and self._line_iter is not None
        remaining = length_hint(self._line_iter)
        if remaining == 0:
            return self._lines_end
        used = len(lines) - remaining
        if used == 0:
            return self._lines_at
        offsets = self._offsets
        if offsets is None:
            if self._lines_ascii:
                offsets = list(accumulate(map(len, lines)))
            else:
                offsets = list(accumulate(len(x.encode("utf-8", "surrogateescape")) for x in lines))
            self._offsets = offsets
        return self._lines_at + offsets[used - 1]

    def _sync(self) -> None:
        """Leave line-cache mode: PHP's buffer state becomes real again.

        Without read-ahead that is just the read index.  With it, PHP's buffer
        after returning the line that ends at ``pos`` is the ``chunk``-byte
        fill that covers ``pos`` (fills start at PHP's buffer end and follow
        each other); the raw descriptor goes back to where PHP's would be.
        """
        lines = self._lines
        if lines is None:
            return
        assert self._line_iter is not None
        remaining = length_hint(self._line_iter)
        pos = self._cache_pos()
        self._lines = None
        self._line_iter = None
        self._offsets = None
        self.next_line = _NO_LINES
        if remaining:
            if (len(lines) - remaining) * 4 < len(lines):
                # interrupted early: build caches less eagerly from now on
                self._need = min(self._need * 2, _MAX_STREAK)
            self._streak = 0
        ahead = self._ahead
        php_end = self._php_end
        if pos <= php_end:
            self._rpos = pos - self._base
            if ahead:
                self._ahead = b""
                self.raw.seek(php_end, _SEEK_SET)
            return
        chunk = self._chunk
        fills = -(-(pos - php_end) // chunk)
        fill_end = php_end + fills * chunk
        fill_start = fill_end - chunk
        origin = self._lines_at
        data = ahead[fill_start - origin : fill_end - origin]
        raw_pos = self._raw_end
        if fill_end > raw_pos:
            try:
                extra = self.raw.read(fill_end - raw_pos)
            except (OSError, RawFailure):
                extra = None
            if extra:
                data += extra
                raw_pos += len(extra)
        self._ahead = b""
        actual_end = fill_start + len(data)
        if raw_pos != actual_end:
            self.raw.seek(actual_end, _SEEK_SET)
        self._buf = data
        self._base = fill_start
        self._rpos = pos - fill_start
        self._wpos = len(data)
        self._cap = chunk

    def _drop_lines(self) -> None:
        """Forget the line cache without making PHP's state real (closing)."""
        self._lines = None
        self._line_iter = None
        self._offsets = None
        self._ahead = b""
        self.next_line = _NO_LINES

    def readline_str(self) -> str | None:
        """fgets in str mode: the next line decoded (surrogateescape), None at EOF.

        Call ``next_line()`` first; this is the path when it raised StopIteration.
        """
        if self._lines is not None:
            self._sync()
        if self._streak >= self._need:
            if self._build_lines():
                return self.next_line()
        else:
            self._streak += 1
        line = self.readline()
        return None if line is None else line.decode("utf-8", "surrogateescape")

    # ------------------------------------------------------------ reading

    def read(self, length: int) -> bytes:
        """fread: up to ``length`` bytes; ``b""`` at EOF.

        Plain files, memory and temp streams keep reading until ``length`` or
        EOF; other streams (pipes via php://stdin, sockets) return after one
        read that produced data.
        """
        if self._lines is not None:
            self._sync()
        buf = self._buf
        rpos = self._rpos
        avail = len(buf) - rpos
        if avail >= length:
            self._rpos = rpos + length
            return buf[rpos : rpos + length]
        chunk = self._chunk
        if (
            not avail and length >= chunk and self._greedy and not self.read_filters
            and not self._no_buffer and self._cap - self._wpos < chunk
        ):
            # Hot path for big reads: whole chunks straight from the raw stream
            # (what PHP's chunk-by-chunk loop reads, without the copies).
            whole = length - length % chunk
            try:
                data = self.raw.read(whole)
            except (OSError, RawFailure):
                data = None  # the general path below reports it as PHP does
            if data is not None and len(data) == length:
                self._base += len(buf) + length
                self._buf = b""
                self._rpos = 0
                if self._cap < chunk:
                    self._cap = chunk
                self._wpos = self._cap
                return data
            if data:
                return self._read_more(data, length)
        return self._read_slow(length)

    def _read_more(self, first: bytes, length: int) -> bytes:
        """A big read that got fewer bytes than asked: go on the general way."""
        self._base += len(self._buf) + len(first)
        self._buf = b""
        self._rpos = 0
        if self._cap < self._chunk:
            self._cap = self._chunk
        self._wpos = self._cap
        try:
            rest = self._read_slow(length - len(first))
        except PhpFailure as failure:
            failure.result = first + (failure.result if isinstance(failure.result, bytes) else b"")
            raise
        return first + rest

    def _read_slow(self, length: int) -> bytes:
        buf = self._buf
        rpos = self._rpos
        avail = len(buf) - rpos
        parts: list[bytes] = []
        if avail:
            parts.append(buf[rpos:] if rpos else buf)
        self._base += len(buf)
        self._buf = b""
        self._rpos = 0
        size = length - avail
        got = avail
        try:
            while size > 0:
                if not self.read_filters and (self._no_buffer or self._chunk == 1):
                    data = self._raw_read(size)
                    take = len(data)
                    if take:
                        parts.append(data)
                        self._base += take
                elif (
                    size >= self._chunk and self._greedy and not self.read_filters
                    and self._cap - self._wpos < self._chunk
                ):
                    # Whole chunks straight into the result: what PHP's
                    # chunk-by-chunk loop reads, without copying through the buffer.
                    whole = size - size % self._chunk
                    # a failure names the size PHP's buffered read would have used
                    data = self._raw_read(whole, max(self._cap, self._chunk))
                    take = len(data)
                    if take:
                        parts.append(data)
                        self._base += take
                        self._cap = max(self._cap, self._chunk)
                        self._wpos = self._cap
                else:
                    self._fill(size)
                    buf = self._buf
                    rpos = self._rpos
                    take = min(len(buf) - rpos, size)
                    if take:
                        parts.append(buf if take == len(buf) else buf[rpos : rpos + take])
                        self._rpos = rpos + take
                got += take
                size -= take
                if not take or not self._greedy:
                    break
        except PhpFailure as failure:
            if got:
                failure.result = b"".join(parts)
            raise
        if len(parts) == 1:
            return parts[0]
        return b"".join(parts)

    def readline(self, maxlen: int | None = None) -> bytes | None:
        """fgets: one line with its ``\\n``; at most ``maxlen - 1`` bytes when
        ``maxlen`` is given; None when nothing is left."""
        if self._lines is not None:
            self._sync()
        if maxlen is None:
            buf = self._buf
            rpos = self._rpos
            i = buf.find(b"\n", rpos)
            if i >= 0:
                self._rpos = i + 1
                return buf[rpos : i + 1]
        return self._get_line(maxlen)

    def _get_line(self, maxlen: int | None) -> bytes | None:
        """_php_stream_get_line."""
        parts: list[bytes] = []
        total = 0
        try:
            while True:
                buf = self._buf
                rpos = self._rpos
                avail = len(buf) - rpos
                if avail > 0:
                    i = buf.find(b"\n", rpos)
                    if i >= 0:
                        count = i + 1 - rpos
                        done = True
                    else:
                        count = avail
                        done = False
                    if maxlen is not None and count >= maxlen - 1:
                        count = maxlen - 1
                        done = True
                    if count:
                        parts.append(buf[rpos : rpos + count])
                        self._rpos = rpos + count
                        total += count
                    if maxlen is not None:
                        maxlen -= count
                    if done:
                        break
                elif self._eof:
                    break
                else:
                    toread = self._chunk if maxlen is None else min(maxlen - 1, self._chunk)
                    self._fill(toread)
                    if len(self._buf) - self._rpos == 0:
                        break
        except PhpFailure as failure:
            if total:
                failure.result = b"".join(parts)
            raise
        if not total:
            return None
        return parts[0] if len(parts) == 1 else b"".join(parts)

    def getc(self) -> bytes | None:
        """fgetc: one byte, None at EOF."""
        if self._lines is not None:
            self._sync()
        buf = self._buf
        rpos = self._rpos
        if rpos < len(buf):
            self._rpos = rpos + 1
            return buf[rpos : rpos + 1]
        data = self.read(1)
        return data or None

    def get_line(self, maxlen: int, ending: bytes) -> bytes | None:
        """php_stream_get_record (stream_get_line): up to ``maxlen`` bytes, stopping
        before ``ending`` (which is consumed); None when nothing can be returned."""
        if maxlen <= 0:
            return None
        if self._lines is not None:
            self._sync()
        delim_len = len(ending)
        found = self._search(maxlen, 0, ending) if delim_len else -1
        buffered = len(self._buf) - self._rpos
        while found < 0 and buffered < maxlen:
            to_read = min(maxlen - buffered, self._chunk)
            self._fill(buffered + to_read)
            just_read = (len(self._buf) - self._rpos) - buffered
            if just_read <= 0:
                break
            if delim_len:
                skip = buffered - (delim_len - 1) if buffered >= delim_len - 1 else 0
                found = self._search(maxlen, skip, ending)
                if found >= 0:
                    break
            buffered += just_read
        amount = len(self._buf) - self._rpos
        if delim_len and found >= 0:
            length = found
        elif not delim_len and amount >= maxlen:
            length = maxlen
        elif amount < maxlen and not self._eof:
            return None
        elif amount == 0 and self._eof:
            return None
        else:
            length = min(amount, maxlen)
        rpos = self._rpos
        data = self._buf[rpos : rpos + length]
        self._rpos = rpos + length + (delim_len if found >= 0 else 0)
        return data

    def _search(self, maxlen: int, skip: int, ending: bytes) -> int:
        """Offset (from the read position) of ``ending`` wholly within the first
        ``maxlen`` buffered bytes, or -1."""
        rpos = self._rpos
        seek_len = min(len(self._buf) - rpos, maxlen)
        if seek_len <= skip:
            return -1
        i = self._buf.find(ending, rpos + skip, rpos + seek_len)
        return i - rpos if i >= 0 else -1

    def read_all(self, maxlen: int = -1) -> bytes:
        """_php_stream_copy_to_mem (stream_get_contents): everything from the
        current position to EOF, or at most ``maxlen`` bytes."""
        if maxlen == 0:
            return b""
        parts: list[bytes] = []
        if 0 < maxlen < 4 * CHUNK_SIZE:
            got = 0
            while got < maxlen and not self.eof():
                data = self.read(maxlen - got)
                if not data:
                    break
                parts.append(data)
                got += len(data)
            return b"".join(parts)
        step = max(self._chunk, 1 << 16)
        got = 0
        while True:
            want = step if maxlen < 0 else min(step, maxlen - got)
            if want <= 0:
                break
            data = self.read(want)
            if not data:
                break
            parts.append(data)
            got += len(data)
        return b"".join(parts)

    # ------------------------------------------------------------ writing

    def write(self, data: bytes) -> int:
        """fwrite: write everything (looping over partial writes); return the count.

        Failures raise ``PhpFailure``: result False when nothing was written,
        else the number of bytes written before the error.
        """
        if not data:
            return 0
        if self._lines is not None:
            self._sync()
        if self.write_filters:
            return self._write_filtered(data, closing=False)
        if self._rpos < len(self._buf) and self.raw.seekable:
            self._drop_read_ahead()
        try:
            n = self.raw.write(data)
        except (OSError, RawFailure) as exc:
            raise self._write_failure(exc, len(data)) from None
        if n > 0:
            self._base += n
            if n == len(data):
                return n
            return self._write_rest(data, n)
        return 0  # a raw write that took nothing without an error: PHP returns 0

    def _drop_read_ahead(self) -> None:
        """Before writing: forget read-ahead and put the raw position where PHP's is."""
        position = self._base + self._rpos
        self._buf = b""
        self._rpos = 0
        self._wpos = 0
        try:
            self._base = self.raw.seek(position, _SEEK_SET)
        except (OSError, RawFailure):
            self._base = position

    def _write_failure(self, exc: Exception, size: int) -> PhpFailure:
        if isinstance(exc, RawFailure):
            return PhpFailure(exc.message, level=exc.level)
        code = (exc.errno if isinstance(exc, OSError) else None) or _errno.EIO
        return PhpFailure(
            f"Write of {size} bytes failed with errno={code} {os.strerror(code)}", level=E_NOTICE
        )

    def _write_rest(self, data: bytes, written: int) -> int:
        """A partial write: PHP loops until everything is taken or a write fails."""
        view = memoryview(data)
        total = len(data)
        while written < total:
            try:
                n = self.raw.write(view[written:])  # type: ignore[arg-type]
            except (OSError, RawFailure) as exc:
                failure = self._write_failure(exc, total - written)
                failure.result = written
                raise failure from None
            if n <= 0:
                break
            written += n
            self._base += n
        return written

    def _write_filtered(self, data: bytes, closing: bool) -> int:
        """Write path with filters (hook for the filter layer): each filter's
        ``process(data, closing)`` in turn, the result written raw.  Returns the
        count the caller gave, as PHP does for filtered writes."""
        for flt in self.write_filters:
            data = flt.process(data, closing)
        if data:
            self._base += self._write_rest(data, 0)
        return len(data)

    # ------------------------------------------------------------ state

    def eof(self) -> bool:
        """feof: True only after a read hit the end (and nothing is buffered)."""
        if self._lines is not None:
            if length_hint(self._line_iter):
                return False
            self._sync()
        if self._rpos < len(self._buf):
            return False
        if not self._eof:
            alive = getattr(self.raw, "check_liveness", None)
            if alive is not None and not alive():
                self._eof = True
        return self._eof

    def seek(self, offset: int, whence: int = 0) -> None:
        """fseek core.  Raises ``PhpFailure`` (result -1) on failure; its message is
        ``""`` when PHP fails silently (most seek failures) and
        ``Stream does not support seeking`` when PHP warns."""
        if self._lines is not None:
            self._sync()
        avail = len(self._buf) - self._rpos
        if not self._no_buffer:
            if whence == _SEEK_CUR:
                if 0 < offset <= avail:
                    self._rpos += offset
                    self._eof = False
                    return
            elif whence == _SEEK_SET:
                position = self._base + self._rpos
                if position < offset <= position + avail:
                    self._rpos += offset - position
                    self._eof = False
                    return
        raw = self.raw
        if raw.seekable:
            if self.write_filters:
                self.flush()
            position = self._base + self._rpos
            if whence == _SEEK_CUR:
                offset = position + offset
                whence = _SEEK_SET
            ok = True
            try:
                new = raw.seek(offset, whence)
                if new < 0:
                    ok = False
                position = new
            except (OSError, RawFailure, OverflowError, ValueError):
                ok = False
            if ok:
                self._eof = False
            self._buf = b""
            self._rpos = 0
            self._wpos = 0
            self._base = position
            if not ok:
                raise PhpFailure("", result=-1)
            return
        if whence == _SEEK_CUR and offset >= 0:
            while offset > 0:
                try:
                    data = self.read(min(offset, 1024))
                except PhpFailure as failure:
                    failure.result = -1
                    raise
                if not data:
                    raise PhpFailure("", result=-1)
                offset -= len(data)
            self._eof = False
            return
        raise PhpFailure("Stream does not support seeking", result=-1)

    def tell(self) -> int:
        """ftell: PHP's idea of the position (-1 for streams that cannot seek)."""
        if self._lines is not None:
            return self._cache_pos()
        return self._base + self._rpos

    @property
    def position(self) -> int:
        return self.tell()

    @property
    def unread_bytes(self) -> int:
        if self._lines is not None:
            self._sync()
        return len(self._buf) - self._rpos

    def flush(self) -> bool:
        """fflush: push filtered output and the raw layer's buffer; False on error."""
        if self.write_filters:
            self._write_filtered(b"", closing=False)
        try:
            self.raw.flush()
        except (OSError, RawFailure):
            return False
        return True

    def truncate(self, size: int) -> None:
        """ftruncate core: PhpFailure ``Can't truncate this stream!`` when the
        stream cannot, a silent failure when the OS refuses.  The read buffer
        and the position are left alone, as PHP does."""
        if self._lines is not None:
            self._sync()
        raw = self.raw
        if type(raw).truncate is RawStream.truncate:
            raise PhpFailure("Can't truncate this stream!")
        try:
            raw.truncate(size)
        except (OSError, RawFailure, OverflowError, ValueError):
            raise PhpFailure("") from None

    def supports_truncate(self) -> bool:
        return type(self.raw).truncate is not RawStream.truncate

    def stat(self) -> dict[Any, int]:
        """fstat's array; silent PhpFailure when the stream cannot say."""
        try:
            st = self.raw.stat()
        except (OSError, RawFailure):
            raise PhpFailure("") from None
        if st is None:
            raise PhpFailure("")
        return stat_array(st)

    def meta_data(self) -> dict[str, Any]:
        """stream_get_meta_data's array, keys in PHP's order."""
        meta: dict[str, Any] = {}
        populate = getattr(self.raw, "populate_meta", None)
        if populate is None or not populate(meta, self._eof):
            meta["timed_out"] = bool(getattr(self.raw, "timed_out", False))
            meta["blocked"] = bool(getattr(self.raw, "blocking", True))
            meta["eof"] = self.eof()
        if self.wrapper:
            meta["wrapper_type"] = self.wrapper
        meta["stream_type"] = self.raw.stream_type
        meta["mode"] = self.mode
        meta["unread_bytes"] = self.unread_bytes
        meta["seekable"] = bool(self.raw.seekable)
        if self.uri:
            meta["uri"] = self.uri
        return meta

    # ------------------------------------------------------------ options

    def set_chunk_size(self, size: int) -> int:
        self._sync()
        old = self._chunk
        self._chunk = size
        return old

    def set_read_buffer(self, size: int) -> int:
        self._sync()
        self._no_buffer = size == 0
        return 0

    def set_write_buffer(self, size: int) -> int:
        hook = getattr(self.raw, "set_write_buffer", None)
        if hook is None:
            return -1
        return int(hook(size))

    def set_blocking(self, blocking: bool) -> bool:
        hook = getattr(type(self.raw), "set_blocking", None)
        if hook is None or hook is RawStream.set_blocking:
            # PHP: streams without the option report success (NOTIMPL is not -1)
            return True
        return bool(self.raw.set_blocking(blocking))

    def set_timeout(self, seconds: float) -> bool:
        hook = getattr(self.raw, "set_timeout", None)
        if hook is None:
            return False
        return bool(hook(seconds))

    def supports_lock(self) -> bool:
        hook = getattr(self.raw, "supports_lock", None)
        return bool(hook()) if hook is not None else False

    def lock(self, operation: int) -> int:
        """flock core: 0 when done, else an errno (EWOULDBLOCK: LOCK_NB would block;
        EOPNOTSUPP: the stream cannot lock)."""
        if not self.supports_lock():
            # PHP fails without touching errno, so flock() reads whatever the
            # last failed lock left there (its would_block can be 1 here).
            return _LAST_LOCK_ERROR[0] or _errno.EOPNOTSUPP
        try:
            code = 0 if self.raw.lock(operation) else _errno.EWOULDBLOCK
        except OSError as exc:
            code = exc.errno or _errno.EIO
        if code:
            _LAST_LOCK_ERROR[0] = code
        return code

    def isatty(self) -> bool:
        try:
            return bool(self.raw.isatty())
        except OSError:
            return False

    def fileno(self) -> int | None:
        """The OS descriptor, positioned where PHP's would be (use this, not
        ``raw.fileno()``, before handing the descriptor to anything)."""
        self._sync()
        return self.raw.fileno()

    def is_local(self) -> bool:
        return self.wrapper is not None and not self.is_url

    # ------------------------------------------------------------ closing

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """fclose: free the resource (its type becomes Unknown) and the raw stream."""
        hook = getattr(self.raw, "on_fclose", None)
        if hook is not None and not self._closed:
            hook()
        res = self.resource
        self._owned = None
        if res is not None and res.payload is self:
            res.free()
        else:
            self.release()

    def release(self) -> None:
        """Resource payload protocol: flush filters, close the raw stream; never raises."""
        if self._closed:
            return
        self._closed = True
        if self._ahead:
            try:
                self._sync()  # leave a shared descriptor's offset where PHP's is
            except Exception:  # noqa: BLE001 - closing must finish
                pass
        self._drop_lines()
        try:
            if self.write_filters:
                self._write_filtered(b"", closing=True)
        except Exception:  # noqa: BLE001 - closing must finish
            pass
        self._buf = b""
        self._rpos = 0
        try:
            self.raw.close()
        except Exception:  # noqa: BLE001 - closing must finish
            pass

    def flush_for_fork(self) -> None:
        """Before fork: PHP streams hold no pending writes, but the line cache's
        read-ahead must give the shared descriptor offset back to PHP's - and
        from now on no stream reads ahead: processes may share descriptors."""
        _NO_READ_AHEAD[0] = True
        if self._lines is not None and not self._closed:
            try:
                self._sync()
            except Exception:  # noqa: BLE001 - a fork must not fail on this
                pass

    def __repr__(self) -> str:
        return f"<PhpStream {self.raw.stream_type} {self.uri!r} mode={self.mode!r}>"


def _reserve_enclosed(raw: RawStream) -> None:
    for _ in range(int(getattr(raw, "enclosed_ids", 0))):
        reserve_id()


def new_stream(
    raw: RawStream,
    mode: str,
    uri: str = "",
    *,
    wrapper: str | None = None,
    is_url: bool = False,
    context: Resource | None = None,
) -> Resource:
    """A ``stream`` resource holding a new PhpStream over ``raw``.

    The caller owns the returned resource: the stream closes when the last
    reference to it goes.  Streams ``raw`` encloses (``raw.enclosed_ids``, e.g.
    php://temp's inner memory stream) consume their ids right after it.
    """
    stream = PhpStream(raw, mode, uri, wrapper=wrapper, is_url=is_url, context=context)
    res = Resource("stream", stream)
    stream._attach(res, owned=False)
    _reserve_enclosed(raw)
    return res


def stream_arg(value: object, func: str, argnum: int = 1, name: str = "stream") -> PhpStream:
    """The PhpStream of a stream resource argument, with PHP's TypeErrors."""
    if type(value) is Resource:
        payload = value.payload
        if type(payload) is PhpStream:
            return payload
    from .facade import payload_arg

    result: PhpStream = payload_arg(value, func, (PhpStream,), "stream", argnum, name)
    return result


def open_stream(
    filename: bytes,
    mode: str,
    *,
    use_include_path: bool = False,
    context: Resource | None | Literal[False] = None,
    func: str = "fopen",
    options: int | None = None,
) -> PhpStream:
    """php_stream_open_wrapper_ex: open ``filename`` with the right wrapper.

    ``context`` None means PHP's default context (created on first use: one
    resource id); False means none at all.  The stream's resource is allocated here (ids as PHP
    allocates them); the returned stream keeps it alive until ``close()`` or
    until ``handle()`` gives it to the caller.  Failures raise ``PhpFailure``
    with PHP's warnings (``Failed to open stream: ...``, param = the path as PHP
    prints it) - or PhpValueError for an empty path.
    """
    from ..wrappers import REPORT_ERRORS, OpenFailed, locate, strip_url_password
    from .context import context_of, default_context
    from .values import decode

    if context is None:
        context = default_context()
    elif context is False:
        context = None
    if not filename:
        raise PhpValueError("Path cannot be empty")
    path = filename
    if use_include_path:
        from ..wrappers.plain import resolve_include_path

        resolved = resolve_include_path(path)
        if resolved is not None:
            path = resolved
    located = locate(path, REPORT_ERRORS if options is None else options)
    shown = strip_url_password(decode(path))
    before = tuple((E_WARNING, "", text) for text in located.warnings)
    wrapper = located.wrapper
    if wrapper is None:
        raise PhpFailure(
            "Failed to open stream: no suitable wrapper could be found", param=shown, before=before
        )
    try:
        raw = wrapper.open(located.path, mode, REPORT_ERRORS if options is None else options,
                           context_of(context))
    except OpenFailed as exc:
        before += tuple((E_WARNING, "", text) for text in exc.warnings)
        reason = exc.reason if exc.reason is not None else wrapper.generic_error
        raise PhpFailure(f"Failed to open stream: {reason}", param=shown, before=before) from None
    if before:
        # An unknown wrapper warns and still opens when a file of that odd name
        # exists; PHP emits the warning from the calling function.
        from .facade import warn

        for level, param, text in before:
            warn(func, text, level, param)
    stream_mode = getattr(raw, "reported_mode", None) or mode
    stream = PhpStream(
        raw, stream_mode, decode(path), wrapper=wrapper.label, is_url=wrapper.is_url,
        context=context if wrapper.keeps_context else None,
    )
    res = Resource("stream", stream)
    stream._attach(res, owned=True)
    _reserve_enclosed(raw)
    if "a" in mode and raw.seekable and stream.tell() == 0:
        try:
            new = raw.seek(0, _SEEK_CUR)
            if new >= 0:
                stream._base = new
        except (OSError, RawFailure):
            pass
    return stream

