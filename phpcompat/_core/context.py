"""Stream contexts: the payload of ``stream-context`` resources and the default one.

This module owns the options/params of a context and PHP's lazily created
default context (``FG(default_context)``): PHP allocates it - consuming a
resource id - the first time a function that takes an optional context is
called without one (fopen, file_get_contents...) or when
``stream_context_get_default()`` is called.  Option values are copied in and
out the way PHP copies arrays (by value), so a caller mutating its list later
does not change the context.
"""

from __future__ import annotations

from typing import Any

from .failures import PhpTypeError, PhpValueError
from .resources import Resource

__all__ = [
    "StreamContext",
    "new_context",
    "default_context",
    "context_of",
    "php_copy",
]


def php_copy(value: Any) -> Any:
    """Copy a PHP value as PHP assigns arrays: by value, recursively; objects by handle."""
    if isinstance(value, list):
        return [php_copy(v) for v in value]
    if isinstance(value, dict):
        return {k: php_copy(v) for k, v in value.items()}
    return value


class StreamContext:
    """A stream context: ``options[wrapper][option] = value`` and a notifier."""

    __slots__ = ("options", "notification")

    def __init__(self) -> None:
        self.options: dict[str, dict[Any, Any]] = {}
        self.notification: Any = None

    def set_option(self, wrapper: str, option: str, value: Any) -> None:
        self.options.setdefault(wrapper, {})[option] = php_copy(value)

    def get_option(self, wrapper: str, option: str, default: Any = None) -> Any:
        return self.options.get(wrapper, {}).get(option, default)

    def set_options(self, options: object) -> None:
        """parse_context_options: ``{"wrapper": {"option": value}}``.

        Option names that are not strings are skipped as PHP skips integer keys;
        a wrapper entry that is not an array (or has an integer key) is PHP's
        ValueError.  Entries before the bad one stay set, as in PHP.
        """
        items = _items(options)
        for wrapper, entry in items:
            if not isinstance(wrapper, str) or not isinstance(entry, (list, dict)):
                raise PhpValueError('Options should have the form ["wrappername"]["optionname"] = $value')
            for option, value in _items(entry):
                if isinstance(option, str):
                    self.set_option(wrapper, option, value)

    def set_params(self, params: object) -> None:
        """parse_context_params: ``notification`` and ``options``; other keys ignored."""
        items = dict(_items(params))
        if "notification" in items:
            self.notification = php_copy(items["notification"])
        if "options" in items:
            options = items["options"]
            if not isinstance(options, (list, dict)):
                raise PhpTypeError("Invalid stream/context parameter")
            self.set_options(options)

    def get_options(self) -> dict[str, dict[Any, Any]]:
        return php_copy(self.options)  # type: ignore[no-any-return]

    def get_params(self) -> dict[str, Any]:
        params: dict[str, Any] = {}
        if self.notification is not None:
            params["notification"] = php_copy(self.notification)
        params["options"] = self.get_options()
        return params

    def release(self) -> None:
        """Resource payload protocol: nothing to free."""


def _items(value: object) -> list[tuple[Any, Any]]:
    if isinstance(value, dict):
        return list(value.items())
    if isinstance(value, list):
        return list(enumerate(value))
    return []


def new_context() -> Resource:
    """A new ``stream-context`` resource (consumes one id)."""
    return Resource("stream-context", StreamContext())


class _Default:
    resource: Resource | None = None


_DEFAULT = _Default()


def default_context() -> Resource:
    """PHP's default context, created (one resource id) on first use."""
    res = _DEFAULT.resource
    if res is None:
        res = _DEFAULT.resource = new_context()
    return res


def context_of(resource: Resource | None) -> StreamContext | None:
    """The context payload of a context resource (None for None/closed)."""
    if resource is None:
        return None
    payload = resource.payload
    return payload if isinstance(payload, StreamContext) else None
