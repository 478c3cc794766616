"""Renderers of ``var_dump``, ``print_r`` and ``var_export``: Python values as PHP shows them.

This module owns how Python containers and objects stand for PHP arrays and
objects when they are printed:

* ``list``/``tuple`` are arrays with keys 0..n-1; a ``dict`` is an array in its
  insertion order.  Keys are normalised as PHP normalises array keys, because
  PHP would have stored them that way: a string holding a canonical decimal
  integer (``"7"``, ``"-3"``, not ``"07"``, ``"1.5"`` or ``"-0"``) is the int key,
  ``True``/``False`` are 1/0, a float is truncated, ``None`` is ``""``.  Keys that
  collide after normalisation keep the first position and the last value, as
  in a PHP array literal.
* Objects: ``stdClass`` (and ``types.SimpleNamespace``) show their attributes.
  Other objects show their annotated class attributes (in base-class-first
  order) followed by the instance ``__dict__``; a name-mangled attribute
  ``_Cls__x`` is ``Cls``'s private ``x`` and an attribute ``_x`` the protected
  ``x``; everything else is public.  ``enum.Enum`` members are PHP enum cases
  (backed when the value is a str or int; like PHP's case objects they take an
  object id, here when first shown) and functions are ``Closure``.
* Object ids (``#3``) are handed out the first time an object is shown (or
  passed to ``spl_object_id``) and reused after the object dies, lowest freed
  last, as PHP's object store does.  PHP numbers objects at creation, which
  Python cannot observe, so ids agree with PHP's when objects are first shown
  in creation order.
* Resources print their id and type (``Unknown`` once closed); a ``Ref`` shows
  its value; an ``int`` outside 64 bits is the float PHP would hold.

Every renderer returns bytes; containers met again while inside themselves
print PHP's ``*RECURSION*`` (``var_export`` warns and prints ``NULL``).
"""

from __future__ import annotations

import enum
import inspect
import re
import types
import weakref
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .._core.resources import Resource
from .._core.values import float_repr, php_bytes
from .convert import INT_MAX, INT_MIN, normalize

__all__ = ["stdClass", "spl_object_id", "var_dump_bytes", "print_r_bytes", "var_export_bytes"]

Key = int | bytes


class stdClass:  # noqa: N801 - PHP's class name
    """PHP's ``stdClass``: an object whose properties are its attributes.

    ``stdClass(a=1)`` is ``(object) ['a' => 1]``; ``setattr(o, "0", 5)`` gives
    the property PHP writes ``$o->{'0'} = 5``.
    """

    def __init__(self, **properties: Any) -> None:
        self.__dict__.update(properties)

    def __repr__(self) -> str:
        inner = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"stdClass({inner})"


# ---------------------------------------------------------------- object ids

class _ObjectStore:
    """PHP's object handles: a counter plus a LIFO list of freed handles."""

    def __init__(self) -> None:
        self.next = 1
        self.free: list[int] = []
        self.handles: dict[int, tuple[int, Any]] = {}  # id(obj) -> (handle, weakref or obj)

    def handle(self, obj: object) -> int:
        key = id(obj)
        entry = self.handles.get(key)
        if entry is not None:
            ref = entry[1]
            target = ref() if isinstance(ref, weakref.ref) else ref
            if target is obj:
                return entry[0]
        number = self.free.pop() if self.free else self._new()
        def released(_ref: weakref.ref[Any], key: int = key, number: int = number) -> None:
            self._release(key, number)

        try:
            holder: Any = weakref.ref(obj, released)
        except TypeError:
            holder = obj  # not weakly referenceable: lives as long as the store
        self.handles[key] = (number, holder)
        return number

    def _new(self) -> int:
        number = self.next
        self.next += 1
        return number

    def _release(self, key: int, number: int) -> None:
        entry = self.handles.get(key)
        if entry is not None and entry[0] == number:
            del self.handles[key]
        self.free.append(number)


_STORE = _ObjectStore()


def spl_object_id(object: object) -> int:  # noqa: A002 - PHP's parameter name
    """PHP's ``spl_object_id()``: the object's handle, as ``var_dump`` shows it (``#n``)."""
    return _STORE.handle(object)


# ---------------------------------------------------------------- arrays

_CANONICAL_INT = re.compile(rb"(?:0|-?[1-9][0-9]*)\Z")


def php_key(key: object) -> Key:
    """The key PHP stores for ``key`` in an array."""
    key = normalize(key)
    if isinstance(key, bool):
        return int(key)
    if isinstance(key, int):
        return key
    if isinstance(key, float):
        return int(key) if key == key and abs(key) != float("inf") else 0
    if key is None:
        return b""
    if isinstance(key, Resource):
        return key.id
    data = php_bytes(key)
    if _CANONICAL_INT.match(data):
        number = int(data)
        if INT_MIN <= number <= INT_MAX:
            return number
    return data


def is_array(value: object) -> bool:
    return isinstance(value, (list, tuple, dict))


def array_items(value: list[Any] | tuple[Any, ...] | dict[Any, Any]) -> list[tuple[Key, Any]]:
    """The (PHP key, value) pairs of a Python container standing for a PHP array."""
    if not isinstance(value, dict):
        return list(enumerate(value))
    merged: dict[Key, Any] = {}
    for key, item in value.items():
        merged[php_key(key)] = item
    return list(merged.items())


# ---------------------------------------------------------------- objects

PUBLIC, PROTECTED, PRIVATE = 0, 1, 2
# (name, visibility, declaring class for private, value)
Prop = tuple[bytes, int, str, Any]


def _is_stdclass(obj: object) -> bool:
    return isinstance(obj, (stdClass, types.SimpleNamespace))


def class_name(obj: object) -> str:
    if _is_stdclass(obj):
        return "stdClass"
    if isinstance(obj, (types.FunctionType, types.BuiltinFunctionType, types.MethodType)):
        return "Closure"
    return type(obj).__name__


def _is_classvar(annotation: object) -> bool:
    text = annotation if isinstance(annotation, str) else repr(annotation)
    return text.startswith(("ClassVar", "typing.ClassVar"))


def _split_name(name: str, owners: dict[str, str]) -> tuple[bytes, int, str]:
    if name.startswith("_") and not name.endswith("__"):
        for mangled, owner in owners.items():
            if name.startswith(mangled) and len(name) > len(mangled):
                return name[len(mangled):].encode("utf-8", "surrogateescape"), PRIVATE, owner
        if len(name) > 1:
            return name[1:].encode("utf-8", "surrogateescape"), PROTECTED, ""
    return name.encode("utf-8", "surrogateescape"), PUBLIC, ""


def _closure_props(obj: Any) -> list[Prop]:
    try:
        parameters = inspect.signature(obj).parameters
    except (TypeError, ValueError):
        return []
    if not parameters:
        return []
    shown = {
        f"${name}": "<optional>" if p.default is not inspect.Parameter.empty or p.kind in (
            p.VAR_POSITIONAL, p.VAR_KEYWORD) else "<required>"
        for name, p in parameters.items()
    }
    return [(b"parameter", PUBLIC, "", shown)]


def object_props(obj: Any, purpose: str = "debug") -> list[Prop]:
    """The properties PHP would show for ``obj`` (``purpose`` "debug" or "export")."""
    if _is_stdclass(obj):
        return [(str(k).encode("utf-8", "surrogateescape"), PUBLIC, "", v) for k, v in vars(obj).items()]
    if class_name(obj) == "Closure":
        return _closure_props(obj) if purpose == "debug" else []
    classes = [c for c in reversed(type(obj).__mro__) if c is not object]
    owners = {f"_{c.__name__.lstrip('_')}__": c.__name__ for c in reversed(classes)}
    # Declared properties first (annotations, then __slots__), base classes first.
    names: dict[str, None] = {}
    for cls in classes:
        for name, annotation in _annotations(cls).items():
            if not _is_classvar(annotation):
                names[name] = None
    for cls in classes:
        slots = vars(cls).get("__slots__", ())
        for slot in (slots,) if isinstance(slots, str) else slots:
            if slot in ("__dict__", "__weakref__"):
                continue
            if slot.startswith("__") and not slot.endswith("__"):
                slot = f"_{cls.__name__.lstrip('_')}{slot}"  # Python mangles private slots
            names[slot] = None
    props: list[Prop] = []
    instance = getattr(obj, "__dict__", None)
    missing = object()
    for name in names:
        value = instance.get(name, missing) if isinstance(instance, dict) else missing
        if value is missing:
            value = getattr(obj, name, missing)
        if value is not missing and not callable(getattr(type(obj), name, None)):
            props.append((*_split_name(name, owners), value))
    if isinstance(instance, dict):
        for name, value in instance.items():
            if isinstance(name, str) and name not in names:
                props.append((*_split_name(name, owners), value))
    return props


def _annotations(cls: type) -> dict[str, Any]:
    try:
        return dict(inspect.get_annotations(cls))
    except Exception:  # noqa: BLE001 - a broken annotation must not break var_dump
        return {}


def _enum_backing(member: enum.Enum) -> str:
    value = member.value
    if isinstance(value, str):
        return "string"
    if isinstance(value, int) and not isinstance(value, bool):
        return "int"
    return ""


# ---------------------------------------------------------------- var_dump

class _Guard:
    """Containers currently being printed, to detect recursion."""

    def __init__(self) -> None:
        self.active: set[int] = set()

    def enter(self, value: object) -> bool:
        key = id(value)
        if key in self.active:
            return False
        self.active.add(key)
        return True

    def leave(self, value: object) -> None:
        self.active.discard(id(value))


# The renderers never call themselves: a container's renderer is a generator
# that yields each child container (with its level) and _run() keeps the
# generators on a list, so an array nested thousands deep prints as in PHP
# instead of exhausting Python's recursion limit.  Leaves (scalars,
# resources) are written in place without a generator.
Step = Iterator[tuple[Any, int]]
_DONE: Any = object()


def _run(step: Callable[..., Step], value: object, level: int, *shared: Any) -> None:
    """Drive ``step(value, level, *shared)`` and the steps of the children it yields."""
    pending = [step(value, level, *shared)]
    while pending:
        try:
            child, child_level = next(pending[-1])
        except StopIteration:
            pending.pop()
            continue
        pending.append(step(child, child_level, *shared))


def _dump_leaf(value: Any, level: int, out: bytearray) -> Any:
    """Write a leaf as var_dump shows it and return _DONE; a container
    (array, object) is returned normalised, nothing written."""
    value = normalize(value)
    if is_array(value) or not (
        value is None or isinstance(
            value, (enum.Enum, int, float, str, bytes, bytearray, memoryview, Resource))
    ):
        return value
    if level > 1:
        out += b" " * (level - 1)
    if isinstance(value, enum.Enum):  # before int: IntEnum members are ints too
        _STORE.handle(value)
        out += f"enum({type(value).__name__}::{value.name})\n".encode("utf-8", "surrogateescape")
    elif value is None:
        out += b"NULL\n"
    elif value is True:
        out += b"bool(true)\n"
    elif value is False:
        out += b"bool(false)\n"
    elif isinstance(value, int):
        out += b"int(%d)\n" % value
    elif isinstance(value, float):
        out += b"float(" + float_repr(value).encode() + b")\n"
    elif isinstance(value, Resource):
        out += f"resource({value.id}) of type ({value.type})\n".encode()
    else:
        data = php_bytes(value) if isinstance(value, str) else bytes(value)
        out += b'string(%d) "' % len(data) + data + b'"\n'
    return _DONE


def _dump(value: Any, level: int, out: bytearray, guard: _Guard) -> Step:
    """var_dump of a container (normalised by _dump_leaf)."""
    if level > 1:
        out += b" " * (level - 1)
    if not guard.enter(value):
        out += b"*RECURSION*\n"
        return
    if is_array(value):
        items = array_items(value)
        out += b"array(%d) {\n" % len(items)
        for key, item in items:
            out += b" " * (level + 1)
            out += b"[%d]=>\n" % key if isinstance(key, int) else b'["' + key + b'"]=>\n'
            item = _dump_leaf(item, level + 2, out)
            if item is not _DONE:
                yield item, level + 2
    else:
        props = object_props(value)
        name = class_name(value).encode("utf-8", "surrogateescape")
        out += b"object(" + name + b")#%d (%d) {\n" % (spl_object_id(value), len(props))
        for prop, visibility, owner, item in props:
            out += b" " * (level + 1) + b'["' + prop + b'"'
            if visibility == PROTECTED:
                out += b":protected"
            elif visibility == PRIVATE:
                out += b':"' + owner.encode("utf-8", "surrogateescape") + b'":private'
            out += b"]=>\n"
            item = _dump_leaf(item, level + 2, out)
            if item is not _DONE:
                yield item, level + 2
    guard.leave(value)
    if level > 1:
        out += b" " * (level - 1)
    out += b"}\n"


def var_dump_bytes(value: object) -> bytes:
    out = bytearray()
    container = _dump_leaf(value, 1, out)
    if container is not _DONE:
        _run(_dump, container, 1, out, _Guard())
    return bytes(out)


# ---------------------------------------------------------------- print_r

def _print_leaf(value: Any, out: bytearray) -> Any:
    """Write a leaf as print_r shows it and return _DONE; a container (array,
    object, enum case) is returned normalised, nothing written."""
    value = normalize(value)
    if value is None or (
        isinstance(value, (bool, int, float, str, bytes, bytearray, memoryview, Resource))
        and not isinstance(value, enum.Enum)
    ):
        out += php_bytes(value)
        return _DONE
    return value


def _print_r(value: Any, indent: int, out: bytearray, guard: _Guard) -> Step:
    """print_r of a container (normalised by _print_leaf)."""
    entries: Iterable[tuple[bytes, Any]]
    guarded = not isinstance(value, enum.Enum)
    if not guarded:
        _STORE.handle(value)
        backing = _enum_backing(value)
        out += type(value).__name__.encode("utf-8", "surrogateescape") + b" Enum"
        entries = [(b"name", value.name)]
        if backing:
            out += b":" + backing.encode()
            entries.append((b"value", value.value))
        out += b"\n"
    elif is_array(value):
        out += b"Array\n"
        if not guard.enter(value):
            out += b" *RECURSION*"
            return
        entries = ((b"%d" % k if isinstance(k, int) else k, v) for k, v in array_items(value))
    else:
        out += class_name(value).encode("utf-8", "surrogateescape") + b" Object\n"
        if not guard.enter(value):
            out += b" *RECURSION*"
            return
        labelled = []
        for prop, visibility, owner, item in object_props(value):
            if visibility == PROTECTED:
                prop += b":protected"
            elif visibility == PRIVATE:
                prop += b":" + owner.encode("utf-8", "surrogateescape") + b":private"
            labelled.append((prop, item))
        entries = labelled
    out += b" " * indent + b"(\n"
    for label, item in entries:
        out += b" " * (indent + 4) + b"[" + label + b"] => "
        item = _print_leaf(item, out)
        if item is not _DONE:
            yield item, indent + 8
        out += b"\n"
    out += b" " * indent + b")\n"
    if guarded:
        guard.leave(value)


def print_r_bytes(value: object) -> bytes:
    out = bytearray()
    container = _print_leaf(value, out)
    if container is not _DONE:
        _run(_print_r, container, 0, out, _Guard())
    return bytes(out)


# ---------------------------------------------------------------- var_export

def export_string(data: bytes) -> bytes:
    """A PHP string literal for ``data``: quotes and backslashes escaped, NUL spliced in."""
    escaped = data.replace(b"\\", b"\\\\").replace(b"'", b"\\'")
    return b"'" + escaped.replace(b"\0", b"' . \"\\0\" . '") + b"'"


def export_float(value: float) -> bytes:
    text = float_repr(value)
    if text not in ("INF", "-INF", "NAN") and not any(c in text for c in ".eE"):
        text += ".0"
    return text.encode()


def _export_leaf(value: Any, level: int, out: bytearray) -> Any:
    """Write a leaf as var_export shows it and return _DONE; a container
    (array, object) is returned normalised, nothing written."""
    value = normalize(value)
    if isinstance(value, enum.Enum):
        _STORE.handle(value)
        if level > 1:
            out += b"\n" + b" " * (level - 1)
        out += f"\\{type(value).__name__}::{value.name}".encode("utf-8", "surrogateescape")
    elif value is None or isinstance(value, Resource):
        out += b"NULL"
    elif value is True:
        out += b"true"
    elif value is False:
        out += b"false"
    elif isinstance(value, int):
        # PHP_INT_MIN as a literal would parse as a float.
        out += b"-9223372036854775807-1" if value == INT_MIN else b"%d" % value
    elif isinstance(value, float):
        out += export_float(value)
    elif isinstance(value, (str, bytes, bytearray, memoryview)):
        out += export_string(php_bytes(value) if isinstance(value, str) else bytes(value))
    else:
        return value
    return _DONE


def _export(value: Any, level: int, out: bytearray, guard: _Guard, warn: Callable[[], None]) -> Step:
    """var_export of a container (normalised by _export_leaf)."""
    if not guard.enter(value):
        out += b"NULL"
        warn()
        return
    if level > 1:
        out += b"\n" + b" " * (level - 1)
    if is_array(value):
        out += b"array (\n"
        for key, item in array_items(value):
            out += b" " * (level + 1)
            out += (b"%d" % key if isinstance(key, int) else export_string(key)) + b" => "
            item = _export_leaf(item, level + 2, out)
            if item is not _DONE:
                yield item, level + 2
            out += b",\n"
        guard.leave(value)
        if level > 1:
            out += b" " * (level - 1)
        out += b")"
    else:
        name = class_name(value)
        plain = name == "stdClass"
        out += b"(object) array(\n" if plain else (
            b"\\" + name.encode("utf-8", "surrogateescape") + b"::__set_state(array(\n")
        for prop, _visibility, _owner, item in object_props(value, "export"):
            out += b" " * (level + 2) + export_string(prop) + b" => "
            item = _export_leaf(item, level + 2, out)
            if item is not _DONE:
                yield item, level + 2
            out += b",\n"
        guard.leave(value)
        if level > 1:
            out += b" " * (level - 1)
        out += b")" if plain else b"))"


def var_export_bytes(value: object, warn: Callable[[], None]) -> bytes:
    """``var_export`` text; ``warn()`` is called for each circular reference met."""
    out = bytearray()
    container = _export_leaf(value, 1, out)
    if container is not _DONE:
        _run(_export, container, 1, out, _Guard(), warn)
    return bytes(out)
