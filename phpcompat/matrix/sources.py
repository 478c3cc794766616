"""Columns of the matrix: each is one way to get Python source for an example.

This module owns the step "PHP example -> Python source to run against the
shim".  A column has a short ``name`` (its heading in the report) and a
``python_source(example)`` method; the runner runs whatever source a column
returns and compares its output with PHP's recording, so adding a column
(for instance the PHP->Python translator, ``phpcompat.translate``) means
writing one class here and listing it in ``COLUMNS`` - the runner, the report
and the pytest collection take their columns from that table.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Protocol

from .cases import Example

__all__ = [
    "Column", "SourceUnavailable", "Transliteration", "Translation", "COLUMNS", "DEFAULT_COLUMNS",
]


class SourceUnavailable(Exception):
    """The column has no Python source for this example (the reason is the message)."""


class Column(Protocol):
    @property
    def name(self) -> str:
        """Heading of the column in the report (short, lower case)."""

    def python_source(self, example: Example) -> str:
        """Python source to run against the shim; raise ``SourceUnavailable`` if none."""


class Transliteration:
    """The hand-written port next to the PHP script: ``<name>.py``."""

    name = "port"

    def python_source(self, example: Example) -> str:
        try:
            return example.py_path.read_bytes().decode("utf-8", "surrogateescape")
        except FileNotFoundError:
            raise SourceUnavailable(f"no port: {example.py_path.name} is missing") from None


class Translation:
    """A fresh translation of the example's PHP (``phpcompat.translate``).

    The translator needs the ``translate`` extra (phply, tree-sitter-php); without
    it, or for a construct it does not support, the example is shown as
    unavailable in this column with the reason - never hidden.
    """

    name = "translated"

    def python_source(self, example: Example) -> str:
        try:
            from ..translate.matrix_column import Translated
        except ImportError as exc:
            raise SourceUnavailable(f"translator not installed: {exc}") from None
        return Translated().python_source(example)


#: Every known column by name, read-only.
COLUMNS: MappingProxyType[str, Column] = MappingProxyType(
    {"port": Transliteration(), "translated": Translation()}
)

#: The columns a run shows when none are asked for: the hand port and a fresh translation.
DEFAULT_COLUMNS: tuple[str, ...] = ("port", "translated")
