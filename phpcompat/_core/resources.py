"""Resources: the only place resource ids are handed out.

PHP numbers resources from one counter that never goes back (``STDIN``,
``STDOUT`` and ``STDERR`` are 1, 2 and 3 in the CLI), frees a resource when its
last reference goes and frees the rest at exit, highest id first.  This module
owns that counter, the table of live resources (weakly held: a resource lives
exactly as long as Python references it) and the ``Resource`` handle itself.
What a resource holds (a stream, a context, a process...) is its *payload*;
freeing the resource calls ``payload.release()`` once.
"""

from __future__ import annotations

import atexit
import itertools
import weakref
from typing import Protocol

__all__ = ["Payload", "Resource", "live_resources", "reserve_id", "close_all"]


class Payload(Protocol):
    def release(self) -> None:
        """Free what the resource holds (flush, close descriptors).  Never raises."""


_ids = itertools.count(1)
_live: dict[int, weakref.ref[Resource]] = {}


def reserve_id() -> int:
    """Consume one id without a handle (PHP allocates some for inner resources)."""
    return next(_ids)


class Resource:
    """A PHP resource handle: ``int(r)`` is its id, ``r.type`` its type name."""

    __slots__ = ("id", "_type", "payload", "__weakref__")

    def __init__(self, type_name: str, payload: Payload) -> None:
        self.id = next(_ids)
        self._type = type_name
        self.payload: Payload | None = payload
        _live[self.id] = weakref.ref(self)

    @property
    def type(self) -> str:
        """PHP's ``get_resource_type()``: ``"Unknown"`` once freed."""
        return self._type if self.payload is not None else "Unknown"

    @property
    def closed(self) -> bool:
        return self.payload is None

    def free(self) -> None:
        """Release the payload (idempotent); the handle stays, typed Unknown."""
        payload = self.payload
        if payload is None:
            return
        self.payload = None
        _live.pop(self.id, None)
        payload.release()

    def __del__(self) -> None:
        try:
            self.free()
        except Exception:  # noqa: BLE001 - finalisers must not raise
            pass

    def __int__(self) -> int:
        return self.id

    def __repr__(self) -> str:
        return f"<Resource id #{self.id} of type ({self.type})>"


def live_resources() -> list[Resource]:
    """Live resources, lowest id first."""
    found = []
    for ref in list(_live.values()):
        res = ref()
        if res is not None and res.payload is not None:
            found.append(res)
    found.sort(key=lambda r: r.id)
    return found


def close_all() -> None:
    """Free every live resource, highest id first, as PHP does at shutdown."""
    for res in reversed(live_resources()):
        try:
            res.free()
        except Exception:  # noqa: BLE001 - shutdown must finish
            pass


atexit.register(close_all)
