"""PHP's ``.phpt`` test format, run against the shim through the translator.

A ``.phpt`` file has sections (``--TEST--``, ``--FILE--``, ``--EXPECT--``...).
This module owns reading them (``parse_phpt``), PHP's output matching rules
(``expectf_regex``: the placeholders ``%s %S %a %A %w %i %d %x %f %c %e %0``
and ``%r...%r``, as php-src's run-tests.php builds its regular expression),
and running one test (``run_phpt``) or many (``main``, the ``phpcompat phpt``
command).

A test runs like run-tests.php runs it: the ``--FILE--`` section is written
next to the ``.phpt`` as ``<name>.php`` (so ``__DIR__`` and ``__FILE__`` mean
what the test expects), run with ``display_errors=1 log_errors=0`` plus the
``--INI--`` settings, ``--ARGS--`` and ``--STDIN--``; stdout and stderr
together are compared after trimming.  ``--SKIPIF--`` and ``--CLEAN--`` are
translated and run too.  With ``php=True`` the same test runs under real PHP
instead, which is how the project checks its own ``.phpt`` expectations.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "Phpt",
    "PhptResult",
    "parse_phpt",
    "expectf_regex",
    "output_matches",
    "run_phpt",
    "find_phpt",
    "main",
    "RUN_INI",
]

#: The ini settings run-tests.php gives every test (those that matter to the shim).
RUN_INI = {"display_errors": "1", "log_errors": "0", "html_errors": "0", "error_reporting": "32767"}

_SECTION = re.compile(r"^--([A-Z_]+)--[ \t]*\r?$", re.M)
_KNOWN = {
    "TEST",
    "DESCRIPTION",
    "CREDITS",
    "SKIPIF",
    "CONFLICTS",
    "INI",
    "ENV",
    "ARGS",
    "STDIN",
    "FILE",
    "FILEEOF",
    "FILE_EXTERNAL",
    "EXPECT",
    "EXPECTF",
    "EXPECTREGEX",
    "EXPECT_EXTERNAL",
    "EXPECTF_EXTERNAL",
    "EXPECTREGEX_EXTERNAL",
    "CLEAN",
    "XFAIL",
    "XLEAK",
    "EXTENSIONS",
    "POST",
    "POST_RAW",
    "GET",
    "COOKIE",
    "CGI",
    "PHPDBG",
    "CAPTURE_STDIO",
    "WHITESPACE_SENSITIVE",
    "REDIRECTTEST",
    "GZIP_POST",
    "DEFLATE_POST",
    "PUT",
    "HEADERS",
    "EXPECTHEADERS",
    "FLAKY",
}
_UNSUPPORTED = {
    "POST",
    "POST_RAW",
    "GET",
    "COOKIE",
    "CGI",
    "PHPDBG",
    "REDIRECTTEST",
    "GZIP_POST",
    "DEFLATE_POST",
    "PUT",
    "HEADERS",
    "EXPECTHEADERS",
}


@dataclass
class Phpt:
    path: Path
    sections: dict[str, str]

    @property
    def title(self) -> str:
        return self.sections.get("TEST", self.path.name).strip()

    @property
    def file(self) -> str:
        if "FILE" in self.sections:
            return self.sections["FILE"]
        if "FILEEOF" in self.sections:
            return self.sections["FILEEOF"].rstrip("\r\n")
        if "FILE_EXTERNAL" in self.sections:
            return (self.path.parent / self.sections["FILE_EXTERNAL"].strip()).read_text(
                encoding="utf-8", errors="surrogateescape"
            )
        raise ValueError("no --FILE-- section")

    def expectation(self) -> tuple[str, str]:
        """(kind, text): kind is EXPECT, EXPECTF or EXPECTREGEX."""
        for kind in ("EXPECT", "EXPECTF", "EXPECTREGEX"):
            if kind in self.sections:
                return kind, self.sections[kind]
            ext = kind + "_EXTERNAL"
            if ext in self.sections:
                text = (self.path.parent / self.sections[ext].strip()).read_text(
                    encoding="utf-8", errors="surrogateescape"
                )
                return kind, text
        raise ValueError("no --EXPECT--, --EXPECTF-- or --EXPECTREGEX-- section")

    def ini(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for line in self.sections.get("INI", "").splitlines():
            line = line.strip()
            if not line or line.startswith(";") or "=" not in line:
                continue
            key, _, value = line.partition("=")
            out[key.strip()] = value.strip().replace("{PWD}", str(self.path.parent))
        return out


def parse_phpt(path: str | os.PathLike[str]) -> Phpt:
    """Read a .phpt file into its sections (text after each ``--NAME--`` line)."""
    p = Path(path).resolve()
    text = p.read_bytes().decode("utf-8", "surrogateescape")
    sections: dict[str, str] = {}
    matches = [m for m in _SECTION.finditer(text) if m.group(1) in _KNOWN]
    for i, m in enumerate(matches):
        start = m.end() + 1 if text[m.end() : m.end() + 1] == "\n" else m.end()
        if text[m.end() : m.end() + 2] == "\r\n":
            start = m.end() + 2
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        sections[m.group(1)] = text[start:end]
    if "TEST" not in sections:
        raise ValueError(f"{p}: not a .phpt file (no --TEST-- section)")
    return Phpt(p, sections)


_PLACEHOLDERS = {
    "%e": re.escape(os.sep),
    "%s": r"[^\r\n]+",
    "%S": r"[^\r\n]*",
    "%a": r".+?",
    "%A": r".*?",
    "%w": r"\s*",
    "%i": r"[+-]?\d+",
    "%d": r"\d+",
    "%x": r"[0-9a-fA-F]+",
    "%f": r"[+-]?(?:\d+|(?=\.\d))(?:\.\d+)?(?:[Ee][+-]?\d+)?",
    "%c": r".",
    "%0": r"\x00",
}
_PLACEHOLDER = re.compile("|".join(re.escape(k) for k in _PLACEHOLDERS))


def _normalize(text: str) -> str:
    return text.replace("\r\n", "\n").strip(" \t\n\r\0\x0b")


def expectf_regex(wanted: str) -> str:
    """The regular expression run-tests.php builds from an ``--EXPECTF--`` section."""
    wanted = wanted.replace("\r\n", "\n")
    out: list[str] = []
    pos = 0
    length = len(wanted)
    while pos < length:
        start = wanted.find("%r", pos)
        if start >= 0:
            end = wanted.find("%r", start + 2)
            if end < 0:
                start = end = length
        else:
            start = end = length
        literal = wanted[pos:start]
        out.append(_PLACEHOLDER.sub(lambda m: _PLACEHOLDERS[m.group()], _quote(literal)))
        if end > start:
            out.append("(" + wanted[start + 2 : end] + ")")
        pos = end + 2
    return "".join(out)


def _quote(text: str) -> str:
    # like preg_quote: escape regex syntax but keep '%' so the placeholders survive
    return "".join(
        "\\" + ch
        if ch in ".\\+*?[^]$(){}=!<>|:-#/"
        else ("\\n" if ch == "\n" else re.escape(ch) if ch in " \t" else ch)
        for ch in text
    )


def output_matches(kind: str, wanted: str, actual: str) -> bool:
    """Whether ``actual`` output passes an EXPECT/EXPECTF/EXPECTREGEX section, by PHP's rules."""
    want = _normalize(wanted)
    have = _normalize(actual)
    if kind == "EXPECT":
        return want == have
    pattern = expectf_regex(want) if kind == "EXPECTF" else want
    try:
        return re.fullmatch(pattern, have, re.S) is not None
    except re.error as exc:
        raise ValueError(f"bad {kind} pattern: {exc}") from None


@dataclass
class PhptResult:
    phpt: Phpt
    status: str  # PASS FAIL SKIP BORK UNSUPPORTED XFAIL
    reason: str = ""
    output: str = ""
    seconds: float = 0.0
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status in ("PASS", "SKIP", "XFAIL")


def _command(script: Path, ini: dict[str, str], args: list[str], php: bool, front_end: str) -> list[str]:
    if php:
        from ..testing.php import PHP_COMMAND

        cmd = [*PHP_COMMAND]
        for key, value in ini.items():
            cmd += ["-d", f"{key}={value}"]
        return [*cmd, str(script), *args]
    cmd = [sys.executable, "-m", "phpcompat.cli", "run", "--front-end", front_end]
    for key, value in ini.items():
        cmd += ["-d", f"{key}={value}"]
    return [*cmd, str(script), *args]


def _env(extra: dict[str, str]) -> dict[str, str]:
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    env.pop("PYTHONWARNINGS", None)
    env.update(extra)
    return env


def _run(
    script: Path,
    ini: dict[str, str],
    args: list[str],
    stdin: bytes,
    env: dict[str, str],
    php: bool,
    front_end: str,
    timeout: float,
) -> tuple[str, int]:
    proc = subprocess.run(
        _command(script, ini, args, php, front_end),
        input=stdin,
        capture_output=True,
        cwd=str(script.parent),
        env=_env(env),
        timeout=timeout,
    )
    text = (proc.stdout + proc.stderr).decode("utf-8", "surrogateescape")
    return text, proc.returncode


def _translation_problem(source: str, name: str, front_end: str) -> str | None:
    from . import TranslateError, translate_source

    try:
        translate_source(source, name, front_end=front_end)
    except TranslateError as exc:
        return str(exc)
    return None


def run_phpt(
    path: str | os.PathLike[str],
    *,
    php: bool = False,
    front_end: str = "auto",
    timeout: float = 60,
    keep: bool = False,
) -> PhptResult:
    """Run one .phpt file; ``php=True`` runs it under real PHP instead of the shim."""
    started = time.monotonic()
    try:
        test = parse_phpt(path)
        kind, wanted = test.expectation()
        source = test.file
    except (ValueError, OSError) as exc:
        return PhptResult(Phpt(Path(path), {}), "BORK", str(exc))
    unsupported = sorted(set(test.sections) & _UNSUPPORTED)
    if unsupported:
        return PhptResult(test, "SKIP", f"section(s) not supported: {', '.join(unsupported)}")
    if not php and "EXTENSIONS" in test.sections:
        from .library import extension_loaded

        missing = [e for e in test.sections["EXTENSIONS"].split() if not extension_loaded(e)]
        if missing:
            return PhptResult(test, "SKIP", f"extension(s) not available: {', '.join(missing)}")
    base = test.path.with_suffix("")
    ini = {**RUN_INI, **test.ini()}
    env: dict[str, str] = {}
    for line in test.sections.get("ENV", "").splitlines():
        if "=" in line:
            k, _, v = line.partition("=")
            env[k.strip()] = v.strip()
    args = shlex.split(test.sections.get("ARGS", "").strip())
    stdin = test.sections.get("STDIN", "").encode("utf-8", "surrogateescape")
    written: list[Path] = []

    def write(suffix: str, text: str) -> Path:
        target = base.with_name(base.name + suffix)
        target.write_bytes(text.encode("utf-8", "surrogateescape"))
        written.append(target)
        return target

    try:
        if "SKIPIF" in test.sections:
            skip_src = test.sections["SKIPIF"]
            if not php and _translation_problem(skip_src, base.name + ".skip.php", front_end):
                problem = _translation_problem(skip_src, base.name + ".skip.php", front_end)
                return PhptResult(test, "UNSUPPORTED", f"--SKIPIF--: {problem}")
            skip_file = write(".skip.php", skip_src)
            out, _ = _run(skip_file, ini, [], b"", env, php, front_end, timeout)
            low = out.strip().lower()
            if low.startswith("skip"):
                return PhptResult(test, "SKIP", out.strip()[4:].strip(" :"))
            if low.startswith("xfail"):
                test.sections.setdefault("XFAIL", out.strip()[5:].strip(" :"))
        if not php:
            problem = _translation_problem(source, base.name + ".php", front_end)
            if problem is not None:
                return PhptResult(test, "UNSUPPORTED", problem, seconds=time.monotonic() - started)
        script = write(".php", source)
        try:
            out, code = _run(script, ini, args, stdin, env, php, front_end, timeout)
        except subprocess.TimeoutExpired:
            return PhptResult(test, "FAIL", f"timed out after {timeout:g} s")
        if "CLEAN" in test.sections:
            clean = write(".clean.php", test.sections["CLEAN"])
            try:
                _run(clean, ini, [], b"", env, php, front_end, timeout)
            except subprocess.TimeoutExpired:
                pass
        try:
            ok = output_matches(kind, wanted, out)
        except ValueError as exc:
            return PhptResult(test, "BORK", str(exc), out)
        seconds = time.monotonic() - started
        if ok:
            return PhptResult(test, "PASS", output=out, seconds=seconds)
        if "XFAIL" in test.sections:
            return PhptResult(test, "XFAIL", test.sections["XFAIL"].strip(), out, seconds)
        return PhptResult(test, "FAIL", _diff(kind, wanted, out), out, seconds)
    finally:
        if not keep:
            for f in written:
                try:
                    f.unlink()
                except OSError:
                    pass


def _diff(kind: str, wanted: str, actual: str) -> str:
    import difflib

    want = _normalize(wanted).splitlines()
    have = _normalize(actual).splitlines()
    lines = list(difflib.unified_diff(want, have, f"expected ({kind})", "actual", lineterm="", n=2))
    return "\n".join(lines)


def find_phpt(paths: list[str]) -> list[Path]:
    """Every .phpt file under the given files and directories, sorted."""
    found: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            found.extend(sorted(path.rglob("*.phpt")))
        elif path.suffix == ".phpt":
            found.append(path)
    return found


def main(argv: list[str]) -> int:
    """``phpcompat phpt [-v] [--php] [--front-end NAME] PATH...``; exit 1 when a test fails."""
    verbose = False
    php = False
    front_end = "auto"
    paths: list[str] = []
    args = list(argv)
    while args:
        a = args.pop(0)
        if a in ("-v", "--verbose"):
            verbose = True
        elif a == "--php":
            php = True
        elif a.startswith("--front-end"):
            front_end = a.split("=", 1)[1] if "=" in a else (args.pop(0) if args else "auto")
        elif a in ("-h", "--help"):
            sys.stdout.write(main.__doc__ or "")
            sys.stdout.write("\n")
            return 0
        else:
            paths.append(a)
    files = find_phpt(paths)
    if not files:
        sys.stderr.write("phpcompat phpt: no .phpt files found\n")
        return 2
    counts: dict[str, int] = {}
    started = time.monotonic()
    for f in files:
        result = run_phpt(f, php=php, front_end=front_end)
        counts[result.status] = counts.get(result.status, 0) + 1
        line = f"{result.status:<11} {result.phpt.title} [{f}]"
        if result.reason and result.status != "FAIL":
            line += f" ({result.reason.splitlines()[0]})"
        sys.stdout.write(line + "\n")
        if result.status == "FAIL" and (verbose or True):
            for dl in result.reason.splitlines()[: (200 if verbose else 20)]:
                sys.stdout.write("    " + dl + "\n")
        sys.stdout.flush()
    total = len(files)
    sys.stdout.write("=" * 60 + "\n")
    sys.stdout.write(f"Tests: {total} in {time.monotonic() - started:.1f} s\n")
    for status in ("PASS", "FAIL", "SKIP", "XFAIL", "UNSUPPORTED", "BORK"):
        if counts.get(status):
            sys.stdout.write(f"  {status:<11} {counts[status]}\n")
    return 0 if all(s in ("PASS", "SKIP", "XFAIL") for s in counts) else 1
