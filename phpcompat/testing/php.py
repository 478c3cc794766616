"""Running real PHP and the shim the same way: the one pinned command line.

Every recorded expectation in the project comes from ``PHP_COMMAND`` run on a
script; the shim side runs the Python transliteration in a fresh interpreter
so resource ids, handlers and output start as they do in a new PHP process.
``normalize()`` is the one place where output that truly varies between runs
or between PHP and Python (file names and line numbers in warnings, PIDs) is
rewritten before comparison.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass

__all__ = ["PHP_COMMAND", "Output", "php_binary", "run_php", "run_python", "normalize"]

#: The pinned PHP command line: no php.ini, the two shared extensions the
#: examples use, every error level, warnings logged to stderr as PHP CLI does.
PHP_COMMAND = [
    "php", "-n",
    "-d", "extension=posix",
    "-d", "extension=sockets",
    "-d", "error_reporting=E_ALL",
    "-d", "display_errors=0",
    "-d", "log_errors=1",
    "-d", "html_errors=0",
]

PY_PRELUDE = "from phpcompat import *\n"


@dataclass(frozen=True)
class Output:
    stdout: str
    stderr: str
    exit: int

    def as_dict(self) -> dict[str, object]:
        return {"stdout": self.stdout, "stderr": self.stderr, "exit": self.exit}


def php_binary() -> str | None:
    """The ``php`` on PATH, or None."""
    return shutil.which("php")


def _decode(data: bytes) -> str:
    return data.decode("utf-8", "surrogateescape")


def _kill_group(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _run(
    argv: list[str], stdin: bytes, cwd: str | None, timeout: float, env: dict[str, str] | None
) -> Output:
    # Its own session, so that processes a script forks (pcntl_fork) and
    # leaves behind are killed with it on a timeout, not left orphaned.
    proc = subprocess.Popen(
        argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        cwd=cwd, env=env, start_new_session=True,
    )
    try:
        stdout, stderr = proc.communicate(stdin, timeout=timeout)
    except BaseException:
        _kill_group(proc.pid)
        proc.communicate()
        raise
    _kill_group(proc.pid)
    return Output(
        normalize(_decode(stdout)), normalize(_decode(stderr), stderr=True), proc.returncode
    )


def run_php(
    script: str, *, stdin: bytes = b"", cwd: str | None = None, args: tuple[str, ...] = (),
    timeout: float = 120,
) -> Output:
    """Run PHP source (``<?php`` added when missing) with the pinned command line."""
    if not script.lstrip().startswith("<?php"):
        script = "<?php\n" + script
    path = os.path.join(cwd or ".", "_case.php")
    with open(path, "w", encoding="utf-8", errors="surrogateescape") as fh:
        fh.write(script)
    try:
        return _run([*PHP_COMMAND, path, *args], stdin, cwd, timeout, None)
    finally:
        os.unlink(path)


def run_python(
    source: str, *, stdin: bytes = b"", cwd: str | None = None, args: tuple[str, ...] = (),
    timeout: float = 120, prelude: str = PY_PRELUDE,
) -> Output:
    """Run a Python transliteration against the shim in a fresh interpreter."""
    path = os.path.join(cwd or ".", "_case.py")
    with open(path, "w", encoding="utf-8", errors="surrogateescape") as fh:
        fh.write(prelude + source)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [_package_root(), env.get("PYTHONPATH")]))
    env.pop("PYTHONWARNINGS", None)
    try:
        return _run([sys.executable, path, *args], stdin, cwd, timeout, env)
    finally:
        os.unlink(path)


def _package_root() -> str:
    return os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


# The location is the last " in <file> on line <n>" of a line; messages may
# themselves contain " in " ("... in the stream"), file names here never do.
_WHERE = re.compile(r" in (?:(?! in ).)+ on line \d+$", re.M)
_PID = re.compile(r"\bPID: \d+")


def normalize(text: str, *, stderr: bool = False) -> str:
    """Rewrite what varies between runs, and nothing else.  The rules:

    * stderr only: a warning's location ``in <file> on line <n>`` becomes
      ``in %s on line %d`` (the PHP script and its Python port differ in both);
    * ``PID: <digits>`` becomes ``PID: %d`` (process ids).

    Other machine-specific values (absolute paths, temporary file names) are
    kept out of the examples rather than rewritten here.
    """
    if stderr:
        text = _WHERE.sub(" in %s on line %d", text)
    return _PID.sub("PID: %d", text)
