"""``phpcompat translate``, ``phpcompat run`` and ``phpcompat phpt``.

    phpcompat translate [-o OUT.py] [--front-end auto|phply|tree-sitter] FILE.php
    phpcompat run [-d name=value]... [--front-end ...] FILE.php [args...]
    phpcompat phpt [-v] [--front-end ...] PATH...

``run`` behaves like ``php FILE.php args``: ``$argv``/``$argc``, STDIN/STDOUT/
STDERR, the exit status (``exit(3)``, 255 after an uncaught exception), and
warnings ``in FILE on line N`` with the PHP file's path and line numbers.
By default warnings are logged to stderr as the project's pinned PHP command
line does (``display_errors=0 log_errors=1``); ``-d display_errors=1``
prints them on stdout as PHP's display mode does (``.phpt`` tests use that).
"""

from __future__ import annotations

import os
import sys
from typing import Any

from . import FRONT_ENDS, TranslateError, compile_php, translate_file

__all__ = ["translate_main", "run_main", "phpt_main", "apply_ini"]


def _usage(text: str) -> int:
    sys.stderr.write(text)
    return 2


def translate_main(argv: list[str]) -> int:
    """``phpcompat translate FILE.php``: the Python translation on stdout (or ``-o``)."""
    out_path: str | None = None
    front_end = "auto"
    files: list[str] = []
    args = list(argv)
    while args:
        a = args.pop(0)
        if a in ("-h", "--help"):
            sys.stdout.write(__doc__ or "")
            return 0
        if a == "-o":
            if not args:
                return _usage("phpcompat translate: -o needs a file name\n")
            out_path = args.pop(0)
        elif a.startswith("--front-end"):
            value = a.split("=", 1)[1] if "=" in a else (args.pop(0) if args else "")
            if value not in FRONT_ENDS:
                return _usage(f"phpcompat translate: --front-end must be one of {', '.join(FRONT_ENDS)}\n")
            front_end = value
        else:
            files.append(a)
    if len(files) != 1:
        return _usage("usage: phpcompat translate [-o OUT.py] [--front-end NAME] FILE.php\n")
    try:
        code = translate_file(files[0], front_end=front_end)
    except TranslateError as exc:
        sys.stderr.write(f"phpcompat translate: {exc}\n")
        return 1
    except OSError as exc:
        sys.stderr.write(f"phpcompat translate: {files[0]}: {exc.strerror}\n")
        return 1
    if out_path is None:
        sys.stdout.write(code)
    else:
        with open(out_path, "w", encoding="utf-8", errors="surrogateescape") as fh:
            fh.write(code)
    return 0


# ---------------------------------------------------------------- ini settings

def _error_level(text: str) -> int:
    """An ``error_reporting`` ini value: a number or an expression of E_* constants."""
    from .. import errors

    expr = text.strip()
    if expr.lstrip("-").isdigit():
        return int(expr)
    names = {k: getattr(errors, k) for k in dir(errors) if k.startswith("E_")}
    allowed = set("&|^~() \t")
    tokens = expr
    for name in sorted(names, key=len, reverse=True):
        tokens = tokens.replace(name, "")
    if any(ch not in allowed and not ch.isdigit() for ch in tokens):
        raise ValueError(f"error_reporting: cannot read {text!r}")
    return int(eval(expr, {"__builtins__": {}}, names))  # noqa: S307 - only E_* names and operators


def apply_ini(settings: dict[str, str]) -> None:
    """Apply the ini settings the shim knows about (others are ignored, as PHP ignores unknown ones)."""
    from .. import errors
    from . import library

    display = settings.get("display_errors")
    log = settings.get("log_errors")
    if "error_reporting" in settings:
        errors.error_reporting(_error_level(settings["error_reporting"]))
    for key, value in settings.items():
        library._INI[key] = value
    if display is None and log is None:
        return
    keep_log = log.strip().lower() in ("1", "on", "true", "yes") if log is not None else True
    errors.set_error_display(display if display is not None else False, keep_log)


def _parse_run_args(argv: list[str]) -> tuple[dict[str, str], str, str | None, list[str]] | int:
    settings: dict[str, str] = {}
    front_end = "auto"
    args = list(argv)
    while args:
        a = args[0]
        if a == "-d":
            args.pop(0)
            if not args:
                return _usage("phpcompat run: -d needs name=value\n")
            name, _, value = args.pop(0).partition("=")
            settings[name.strip()] = value.strip().strip('"')
        elif a.startswith("-d") and len(a) > 2:
            args.pop(0)
            name, _, value = a[2:].partition("=")
            settings[name.strip()] = value.strip().strip('"')
        elif a.startswith("--front-end"):
            args.pop(0)
            front_end = a.split("=", 1)[1] if "=" in a else (args.pop(0) if args else "")
            if front_end not in FRONT_ENDS:
                return _usage(f"phpcompat run: --front-end must be one of {', '.join(FRONT_ENDS)}\n")
        elif a in ("-h", "--help"):
            sys.stdout.write(__doc__ or "")
            return 0
        elif a == "--":
            args.pop(0)
            break
        else:
            break
    if not args:
        return _usage("usage: phpcompat run [-d name=value]... FILE.php [args...]\n")
    return settings, front_end, args[0], args[1:]


def run_main(argv: list[str]) -> int:
    """``phpcompat run FILE.php args...``: translate and run, as ``php FILE.php args...`` would."""
    parsed = _parse_run_args(argv)
    if isinstance(parsed, int):
        return parsed
    settings, front_end, path, script_args = parsed
    assert path is not None
    try:
        with open(path, "rb") as fh:
            source = fh.read().decode("utf-8", "surrogateescape")
    except OSError:
        sys.stderr.write(f"Could not open input file: {path}\n")
        return 1
    full = os.path.realpath(path)
    try:
        code = compile_php(source, full, front_end=front_end)
    except TranslateError as exc:
        sys.stderr.write(f"phpcompat run: {exc}\n")
        return 1
    return run_code(code, full, [path, *script_args], settings)


def run_code(code: Any, php_path: str, argv: list[str], settings: dict[str, str] | None = None) -> int:
    """Run a compiled translation as the main script; the exit status PHP would give."""
    from . import library

    apply_ini(settings or {})
    sys.argv = list(argv)
    namespace: dict[str, Any] = {"__name__": "__main__", "__file__": php_path, "__builtins__": __builtins__}
    try:
        exec(code, namespace)
    except SystemExit as exc:
        status = exc.code
        if status is None:
            return 0
        if isinstance(status, int):
            return status
        sys.stderr.write(f"{status}\n")
        return 1
    except BaseException as exc:  # noqa: BLE001 - PHP's uncaught-exception path
        if isinstance(exc, KeyboardInterrupt):
            raise
        library._hook(type(exc), exc, exc.__traceback__)
        return 255
    return 0


def phpt_main(argv: list[str]) -> int:
    """``phpcompat phpt PATH...``: run .phpt tests against the shim."""
    from .phpt import main

    return main(argv)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run_main(sys.argv[1:]))
