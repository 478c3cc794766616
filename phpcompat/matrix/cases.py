"""Examples of the compat matrix: where they live and what they declare.

This module owns the on-disk layout of an example and the parsing of its
header.  An example is a PHP script ``cases/<group>/<name>.php`` and, next to
it, files sharing its name:

``<name>.py``
    the Python transliteration (the port) of the PHP script;
``<name>.expected.json``
    PHP's output, recorded by ``compat_matrix/record.py`` (generated);
``<name>.stdin`` (optional)
    bytes fed to standard input of both PHP and Python;
``<name>.files/`` (optional)
    a directory copied into the fresh working directory before each run.

The PHP script declares, in ``//`` comment lines right after ``<?php``::

    // covers: fopen, fgets, feof       the functions the example is evidence for
    // unordered-output                 processes race: compare lines as a multiset

``unordered-output`` exists for examples (``pcntl_fork``) where PHP itself
does not fix the order in which two processes print; every other example is
compared byte for byte.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Example", "HeaderError", "discover", "select"]

_COVERS = re.compile(r"^//\s*covers:\s*(.*)$")
_FLAG = re.compile(r"^//\s*([a-z][a-z-]*)\s*$")
_FUNCTION = re.compile(r"^@$|^[A-Za-z_][A-Za-z0-9_]*$|^php://[a-z]+(?:/[a-z:]*)?$|^file://$")
_FLAGS = frozenset({"unordered-output"})


class HeaderError(ValueError):
    """An example's header is malformed (unknown flag, bad function name...)."""


@dataclass(frozen=True)
class Example:
    """One PHP example and the files around it (see the module docstring)."""

    root: Path
    group: str
    name: str
    covers: tuple[str, ...]
    unordered: bool

    @property
    def id(self) -> str:
        """``group/name``: how reports, ``-k`` and pytest ids name the example."""
        return f"{self.group}/{self.name}"

    @property
    def directory(self) -> Path:
        return self.root / self.group

    @property
    def php_path(self) -> Path:
        return self.directory / f"{self.name}.php"

    @property
    def py_path(self) -> Path:
        return self.directory / f"{self.name}.py"

    @property
    def expected_path(self) -> Path:
        return self.directory / f"{self.name}.expected.json"

    @property
    def stdin_path(self) -> Path:
        return self.directory / f"{self.name}.stdin"

    @property
    def files_dir(self) -> Path:
        return self.directory / f"{self.name}.files"

    def php_source(self) -> str:
        return self.php_path.read_bytes().decode("utf-8", "surrogateescape")

    def stdin(self) -> bytes:
        return self.stdin_path.read_bytes() if self.stdin_path.exists() else b""

    def prepare(self, workdir: Path) -> None:
        """Fill a fresh working directory with the example's ``.files``."""
        if self.files_dir.is_dir():
            shutil.copytree(self.files_dir, workdir, dirs_exist_ok=True)

    def inputs_digest(self) -> str:
        """SHA-256 over everything PHP's output depends on: source, stdin, files.

        A recording stores it; a different digest means the recording is stale.
        """
        h = hashlib.sha256()
        h.update(b"php\0" + self.php_path.read_bytes() + b"\0")
        h.update(b"stdin\0" + self.stdin() + b"\0")
        if self.files_dir.is_dir():
            for path in sorted(self.files_dir.rglob("*")):
                if path.is_file():
                    rel = path.relative_to(self.files_dir).as_posix().encode()
                    h.update(b"file\0" + rel + b"\0" + path.read_bytes() + b"\0")
        return h.hexdigest()


def _parse_header(path: Path) -> tuple[tuple[str, ...], bool]:
    lines = path.read_bytes().decode("utf-8", "surrogateescape").splitlines()
    if not lines or lines[0].strip() != "<?php":
        raise HeaderError(f"{path}: must start with a line '<?php'")
    covers: list[str] = []
    flags: set[str] = set()
    for line in lines[1:]:
        line = line.strip()
        if not line.startswith("//"):
            break
        m = _COVERS.match(line)
        if m:
            for item in m.group(1).split(","):
                item = item.strip()
                if not item:
                    continue
                if not _FUNCTION.match(item):
                    raise HeaderError(f"{path}: {item!r} in 'covers' is not a function or wrapper name")
                if item not in covers:
                    covers.append(item)
            continue
        m = _FLAG.match(line)
        if m and m.group(1) in _FLAGS:
            flags.add(m.group(1))
        elif m:
            raise HeaderError(f"{path}: unknown header flag {m.group(1)!r}")
    if not covers:
        raise HeaderError(f"{path}: no '// covers: ...' line after '<?php'")
    return tuple(covers), "unordered-output" in flags


def discover(root: Path | str) -> list[Example]:
    """Every example under ``root/cases`` (or ``root`` itself), sorted by id."""
    root = Path(root)
    cases = root / "cases" if (root / "cases").is_dir() else root
    examples = []
    for php in sorted(cases.glob("*/*.php")):
        if php.parent.name.startswith((".", "__")):
            continue  # tool caches, not a group
        covers, unordered = _parse_header(php)
        examples.append(Example(cases, php.parent.name, php.stem, covers, unordered))
    return examples


def select(examples: list[Example], patterns: list[str]) -> list[Example]:
    """Examples matching any pattern: a substring of the id, or a covered function.

    Matching is case-insensitive; no pattern selects everything.
    """
    if not patterns:
        return list(examples)
    wanted = [p.lower() for p in patterns]
    return [
        e for e in examples
        if any(p in e.id.lower() or p in (c.lower() for c in e.covers) for p in wanted)
    ]
