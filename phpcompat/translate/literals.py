"""PHP literal syntax: string escapes, heredoc indentation, numbers, comments.

Both front ends hand raw source text of literals to these functions, so a
string or number means the same thing whichever parser read it.  Strings come
back as ``str`` holding PHP's bytes decoded as UTF-8 with ``surrogateescape``
(``"\\xff"`` is the lone byte 0xFF, as in PHP).
"""

from __future__ import annotations

import re

__all__ = [
    "decode_double",
    "decode_single",
    "dedent_heredoc",
    "parse_int",
    "parse_float",
    "INT_MAX",
]

INT_MAX = 2**63 - 1

_SIMPLE = {
    "n": b"\n",
    "t": b"\t",
    "r": b"\r",
    "v": b"\v",
    "e": b"\x1b",
    "f": b"\f",
    "\\": b"\\",
    "$": b"$",
}
_OCT = re.compile(r"[0-7]{1,3}")
_HEX = re.compile(r"[0-9A-Fa-f]{1,2}")
_UNI = re.compile(r"\{([0-9A-Fa-f]+)\}")


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogateescape")


def decode_double(raw: str, *, heredoc: bool = False) -> str:
    """The value of the body of a double-quoted string (or heredoc) without variables.

    PHP's escapes: ``\\n \\t \\r \\v \\e \\f \\\\ \\$``, ``\\"`` (not in heredoc),
    ``\\0``-``\\377`` octal (overflow keeps the low 8 bits), ``\\xH[H]`` and
    ``\\u{H+}``; any other backslash is kept as written.
    """
    if "\\" not in raw:
        return raw
    out = bytearray()
    i = 0
    n = len(raw)
    while i < n:
        j = raw.find("\\", i)
        if j < 0:
            out += _utf8(raw[i:])
            break
        out += _utf8(raw[i:j])
        if j + 1 >= n:
            out += b"\\"
            break
        c = raw[j + 1]
        if c in _SIMPLE:
            out += _SIMPLE[c]
            i = j + 2
        elif c == '"' and not heredoc:
            out += b'"'
            i = j + 2
        elif c in "01234567":
            m = _OCT.match(raw, j + 1)
            assert m
            out.append(int(m.group(), 8) & 0xFF)
            i = m.end()
        elif c == "x" and (m := _HEX.match(raw, j + 2)):
            out.append(int(m.group(), 16))
            i = m.end()
        elif c == "u" and (m := _UNI.match(raw, j + 2)):
            out += _utf8(chr(int(m.group(1), 16)))
            i = m.end()
        else:
            out += b"\\"
            i = j + 1
    return out.decode("utf-8", "surrogateescape")


def decode_single(raw: str) -> str:
    """The value of the body of a single-quoted string (or nowdoc body: pass it as is)."""
    if "\\" not in raw:
        return raw
    out = []
    i = 0
    n = len(raw)
    while i < n:
        c = raw[i]
        if c == "\\" and i + 1 < n and raw[i + 1] in "\\'":
            out.append(raw[i + 1])
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def dedent_heredoc(lines_text: str, indent: str, at_line_start: bool = True) -> str:
    """Remove a flexible heredoc's closing-marker indentation from each body line."""
    if not indent:
        return lines_text
    parts = lines_text.split("\n")
    for k, part in enumerate(parts):
        if k == 0 and not at_line_start:
            continue
        if part.startswith(indent):
            parts[k] = part[len(indent) :]
        else:
            parts[k] = part.lstrip(" \t")
    return "\n".join(parts)


def parse_int(raw: str) -> int | float:
    """An integer literal; beyond PHP_INT_MAX it is a float, as PHP reads it."""
    text = raw.replace("_", "").lower()
    if text.startswith("0x"):
        value = int(text[2:], 16)
    elif text.startswith("0b"):
        value = int(text[2:], 2)
    elif text.startswith("0o"):
        value = int(text[2:], 8)
    elif len(text) > 1 and text.startswith("0"):
        value = int(text, 8)
    else:
        value = int(text)
    if value > INT_MAX:
        return float(value)
    return value


def parse_float(raw: str) -> float:
    return float(raw.replace("_", ""))


def comment_lines(raw: str) -> list[str]:
    """The text lines of a PHP comment as the translation keeps them.

    ``// x`` and ``# x`` lose the marker and one space; ``/* */`` and ``/** */``
    lose their delimiters, each line's leading ``*`` (and one space after it),
    and blank first and last lines.  Every line is right-stripped.
    """
    raw = raw.rstrip("\r\n")
    if raw.startswith(("//", "#")):
        text = raw[2:] if raw.startswith("//") else raw[1:]
        return [(text[1:] if text.startswith(" ") else text).rstrip()]
    body = raw[3:-2] if raw.startswith("/**") else raw[2:-2]
    lines = []
    for part in body.split("\n"):
        stripped = part.strip()
        if stripped.startswith("*"):
            stripped = stripped[1:]
            if stripped.startswith(" "):
                stripped = stripped[1:]
        lines.append(stripped.rstrip())
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return lines
