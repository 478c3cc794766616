"""The compat matrix's translator column: Python source from a fresh translation.

``phpcompat.matrix`` runs each example once per column; this column's source
is ``translate_source`` applied to the example's PHP, so the matrix shows the
hand port and the translation side by side.  A construct the translator does
not support makes the example unavailable in this column (``SourceUnavailable``
with the translator's message: construct, file, line) - shown, not hidden.
"""

from __future__ import annotations

from typing import Any

from . import TranslateError, translate_source

__all__ = ["Translated"]


class Translated:
    """Matrix column ``translated``: the example's PHP through ``phpcompat.translate``."""

    name = "translated"

    def __init__(self, front_end: str = "auto") -> None:
        self.front_end = front_end

    def python_source(self, example: Any) -> str:
        from ..matrix.sources import SourceUnavailable

        try:
            return translate_source(example.php_source(), example.php_path.name, front_end=self.front_end)
        except TranslateError as exc:
            raise SourceUnavailable(f"translator gap: {exc}") from None
