"""PHP to Python: parse PHP source and write Python that calls the shim.

    from phpcompat.translate import translate_source
    python_code = translate_source(php_code, "script.php")

The pipeline is front end -> ``nodes.Program`` -> ``codegen``.  Two front ends
feed the same syntax tree: tree-sitter-php (PHP 8) and phply (PHP 5 grammar,
the one the design first named).  ``front_end="auto"`` (the default) uses
tree-sitter: on the project's corpora it reads 44/44 PHP 5-8 snippets and
54/54 matrix examples where phply reads 15/44 and 48/54, it is about 4 times
faster, and it knows PHP 8's precedence of ``.`` below ``+``/``-`` (phply's
grammar reads ``"a" . 1 + 2`` the PHP 5 way).  On code both read, both give
the same tree (tested); phply is used when tree-sitter is not installed or
when asked for (``front_end="phply"``, which rejects PHP 7/8 syntax).

Errors: ``TranslateError`` (a construct the translator does not support, with
file and line) and its subclass ``PhpSyntaxError``.

Supported: variables and references (by-reference parameters, ``=&`` between
variables, ``use (&$x)``, ``foreach`` by reference), every operator with PHP's
semantics, interpolation, heredoc/nowdoc, all control structures with
``break N``/``continue N``, functions (defaults, variadics, named arguments,
``static``, ``global``, ``$GLOBALS['name']``), closures and arrow functions,
generators, classes (inheritance, interfaces, traits, abstract, static,
constants, promoted properties, visibility, magic ``__get``/``__isset``/
``__toString``/``__invoke``, ``ArrayAccess``/``Countable``/``IteratorAggregate``),
enums, exceptions (PHP's class tree, uncaught-exception output with the stack
trace), ``match``, ``list()``/``[...]`` destructuring, ``@``, ``exit``/``die``,
``define``/``const``, ``include``/``require`` (translated when run).

Not supported (``TranslateError``): variable variables, references to array
elements or properties, ``$GLOBALS`` with a computed name, ``goto``, ``eval``,
anonymous classes, ``extract``, the magic methods ``__set``/``__call``/
``__callStatic``.  Known differences: integer arithmetic on values known to
be ints does not overflow to float; only scalar parameter types are converted
(weak mode) or checked (``strict_types``), class and return types are not; a variable read
before its first assignment on some paths reads null without PHP's warning;
string offsets on non-ASCII strings count characters, not bytes.
"""

from __future__ import annotations

import os

from . import nodes
from .errors import PhpSyntaxError, TranslateError

__all__ = [
    "translate_source",
    "translate_file",
    "parse",
    "compile_php",
    "TranslateError",
    "PhpSyntaxError",
    "nodes",
    "FRONT_ENDS",
]

FRONT_ENDS = ("auto", "phply", "tree-sitter")


def parse(php_source: str, filename: str = "<php>", front_end: str = "auto") -> nodes.Program:
    """The syntax tree of ``php_source`` from the chosen front end."""
    if front_end not in FRONT_ENDS:
        raise ValueError(f"front_end must be one of {FRONT_ENDS}")
    if front_end == "auto":
        try:
            import tree_sitter  # noqa: F401
            import tree_sitter_php  # noqa: F401
        except ImportError:  # pragma: no cover - tree-sitter-php not installed
            front_end = "phply"
        else:
            from . import front_treesitter

            return front_treesitter.parse(php_source, filename)
    if front_end == "phply":
        from . import front_phply

        return front_phply.parse(php_source, filename)
    from . import front_treesitter

    return front_treesitter.parse(php_source, filename)


def translate_source(
    php_source: str, filename: str = "<php>", *, front_end: str = "auto", mode: str = "main"
) -> str:
    """Python source equivalent to the PHP program ``php_source``.

    The result is a complete module: it imports the shim (``from phpcompat
    import *``), the translator's library of PHP built-ins and its runtime
    helpers (``php.*``), and runs the script's top-level code when executed.
    ``filename`` appears in errors and as the origin in the module's header.
    Raises ``TranslateError`` (construct, file, line) for anything not supported.
    """
    from .codegen import generate

    program = parse(php_source, filename, front_end)
    return generate(program, mode=mode)


def translate_file(path: str, *, front_end: str = "auto", mode: str = "main") -> str:
    """Translate the PHP file at ``path`` (bytes decoded as UTF-8, losslessly)."""
    with open(path, "rb") as fh:
        source = fh.read().decode("utf-8", "surrogateescape")
    name = path if mode == "include" else os.path.basename(path) if not os.path.isabs(path) else path
    return translate_source(source, name, front_end=front_end, mode=mode)


def compile_php(php_source: str, filename: str, *, front_end: str = "auto", mode: str = "main") -> object:
    """A code object for the translated program whose line numbers are the PHP lines.

    Running it reports warnings and uncaught exceptions ``in <filename> on line
    <PHP line>``, as PHP does, instead of pointing into generated Python.
    """
    import ast

    from .codegen import generate_with_lines

    program = parse(php_source, filename, front_end)
    source, line_map = generate_with_lines(program, mode=mode)
    tree = ast.parse(source, filename)
    for node in ast.walk(tree):
        lineno = getattr(node, "lineno", None)
        if lineno is None:
            continue
        php = line_map[lineno] if lineno < len(line_map) else 0
        if php:
            node.lineno = php
            node.end_lineno = php
    return compile(tree, filename, "exec")
