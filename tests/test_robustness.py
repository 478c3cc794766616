"""Robustness: no Python traceback from inside phpcompat, whatever the arguments.

A hypothesis fuzz over every function ``from phpcompat import *`` exports
(found by introspecting ``phpcompat.__all__``): each is called with random
argument values of the kinds PHP code passes (None, bools, ints up to and past
PHP_INT_MAX, floats with NAN/INF, strings with NUL bytes, lone surrogates
and multibyte characters, format strings, paths and wrapper URLs, bytes,
arrays as lists and dicts, nested and self-containing ones, open and closed
stream resources, a context, ``Ref``, objects, callables), mostly of the
parameter's own type, with random argument counts and keywords.

An outcome is allowed when PHP could give it (see ``allowed()``): a return
value, a warning (the calls run under ``silence()``), PHP's TypeError,
ArgumentCountError and ValueError (phpcompat's subclasses of TypeError and
ValueError), PHP's Error (``PhpError``), the end of the script (``PhpExit``:
exit, die, PHP's fatal errors), and Python's own TypeError for a call that
does not bind (PHP throws an ArgumentCountError or Error there).  Anything
else - AttributeError, KeyError, UnicodeError, OverflowError, RecursionError,
OSError, MemoryError, a TypeError or ValueError from inside the package -
fails with the call that raised it.

``SKIPPED`` lists what is not called and why.  No function is skipped for
blocking on stdin: the fuzz never passes STDIN or a path to it.  The fuzz runs in a temporary working directory (also the temporary
directory for tmpfile/tempnam) under an address-space cap, puts back the
global state a call can change (error handlers, ``error_reporting``, include
path, signal handlers), and checks that no file descriptor is left open once
the resources are gone.  After the fuzz come differential tests, recorded
from PHP, for what it found in the modules that have been fixed.
"""

from __future__ import annotations

import gc
import inspect
import math
import os
import resource
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import phpcompat
from phpcompat import errors as _errors
from phpcompat._core.failures import PhpError, PhpExit
from phpcompat.functions import contents as _contents
from phpcompat.functions import process as _process

# ---------------------------------------------------------------- what is called

#: Exported callables the fuzz does not call, with the reason.
SKIPPED: dict[str, str] = {
    "pcntl_fork": "forks the test runner itself",
    "posix_kill": "sends real signals: a random pid/signal (0, -1, the runner's own pid) kills the runner",
}

#: Exported callables that are not PHP functions: context managers that do
#: nothing until entered, and ``to_bytes``, a Python helper whose contract is
#: Python's (a TypeError for what is not a string).
NOT_FUNCTIONS = {"binary_strings", "silence", "raise_warnings", "to_bytes"}


def _functions() -> dict[str, Callable[..., Any]]:
    found = {}
    for name in phpcompat.__all__:
        value = getattr(phpcompat, name)
        if callable(value) and not isinstance(value, type) and name not in SKIPPED | dict.fromkeys(NOT_FUNCTIONS):
            found[name] = value
    return found


FUNCTIONS = _functions()


# ---------------------------------------------------------------- values

class _Stringable:
    def __str__(self) -> str:
        return "stringable"


class _Plain:
    def __init__(self) -> None:
        self.a = 1
        self._b = [1, "x"]
        self.__c = None


def _recursive_list() -> list[Any]:
    value: list[Any] = [1]
    value.append(value)
    return value


def _recursive_object() -> SimpleNamespace:
    value = SimpleNamespace(x=1)
    value.self = value
    return value


class _Pool:
    """The resources of one example, made fresh (a call may close them) and
    closed after the call.  Each example has its own file, so that a lock
    taken in one example cannot block another (flock() without LOCK_NB
    waits, in PHP too, for a lock held through another handle)."""

    count = 0

    def __init__(self) -> None:
        self.made: list[Any] = []
        _Pool.count += 1
        self.name = f"fuzz{_Pool.count}.txt"

    def close(self) -> None:
        for handle in self.made:
            if phpcompat.is_resource(handle):
                phpcompat.fclose(handle)
        self.made.clear()

    def memory(self, data: bytes = b"line one\nline,two\n3 4.5 x\n") -> Any:
        handle = phpcompat.fopen("php://memory", "w+")
        phpcompat.fwrite(handle, data)
        phpcompat.rewind(handle)
        self.made.append(handle)
        return handle

    def closed(self) -> Any:
        handle = phpcompat.fopen("php://memory", "r")
        phpcompat.fclose(handle)
        return handle

    def file(self) -> Any:
        handle = phpcompat.fopen(self.name, "a+")
        self.made.append(handle)
        return handle

    def context(self) -> Any:
        return phpcompat.stream_context_create({"http": {"method": "GET"}})


INTS = st.one_of(
    st.integers(-3, 70),
    st.sampled_from([
        -1, 0x7FFFFFFF, 2**31, 4096, 8192, 8193, 2**62, 2**63 - 1, -(2**63), 2**63, -(2**63) - 1,
        2**64, 10**30, -(10**30),
    ]),
)
FLOATS = st.one_of(
    st.sampled_from([0.0, -0.0, 0.5, 1.5, -2.5, 1e15, 1e300, -1e-300, math.nan, math.inf, -math.inf,
                     9.2233720368547758e18, 5e-324]),
    st.floats(allow_nan=True, allow_infinity=True),
)
_SPECIAL_TEXT = [
    "", "0", "1", " 12 ", "1.5", "1e3", "abc", "a,b,c", "%d %s", "%'x10.3f|%-5s|%u|%c|%e|%b|%X|%o|%%",
    "%1$s %2$s %3$d", "%5$s", "%", "%y", "%n", "%[a-z]", "%[^", "%*d", "a\0b", "\0", "\udc80\udcff",
    "h\u00e9llo", "\u65e5\u672c", "\U0001f600", "\n", "\r\n", "line\nline2\n", "php://memory",
    "php://temp", "php://temp/maxmemory:0", "php://output", "php://filter/read=string.toupper/resource=fuzz.txt",
    "php://fd/99", "php://nope", "data:text/plain,abc", "data://text/plain;base64,SGVsbG8=",
    "file:///nonexistent/x", "/nonexistent/dir/x", "sub/x", "fuzz.txt", "new.txt", ".", "..",
    "/dev/null", "/dev/full", "nope://x", "r", "w", "a+", "x+", "c+b", "rt", "wz", "rb+", "http",
    "http://", "\\", '"', ",", "%2147483646d", "x%2147483646s", "%'x150000000s", "%.2147483647f",
    "%*d", "%.*f", "%1$*2$d", "%-+05.3e", "%99$s", "%0$s", "%2147483648$s", "%h %H %g %G %E %F",
    "%5%", "%'", "%l", "%[^\n]", "%2$n", "%1$s%1$d", "a..z", "..", "z..a", "a..", "1e400", "-0",
    "9223372036854775808", " 0x1A", "1e", ".5", "5.", "\t\n 7 ",
]
# Random text stays free of "/" so a random path never leaves the work dir.
TEXT = st.one_of(
    st.sampled_from(_SPECIAL_TEXT),
    st.text(st.characters(blacklist_characters="/", blacklist_categories=("Cs",)), max_size=12),
    st.text(st.sampled_from("ab %$-+'.0123456789sdfFeEgGxXoubcn\0\udc80\u00e9"), max_size=10),
)
BYTES = st.one_of(
    st.binary(max_size=12).filter(lambda b: b"/" not in b),
    st.sampled_from([b"", b"\xff\xfe", b"a\0b", b"php://memory", b"%s", b"\xc3"]),
)


def _scalars() -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), st.booleans(), INTS, FLOATS, TEXT, BYTES)


def _arrays(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    keys = st.one_of(st.integers(-2, 5), st.sampled_from(["a", "1", "01", "-1", "", "x y", "1.5"]))
    return st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(keys, children, max_size=4),
    )


class _Make:
    """A resource to open for the example (strategies are built once; the
    resources of an example come from its own ``_Pool``)."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def __call__(self, pool: _Pool) -> Any:
        return getattr(pool, self.kind)()


_RESOURCES = st.sampled_from([_Make("memory"), _Make("memory"), _Make("file"), _Make("closed"), _Make("context")])
_OTHERS: dict[str, Callable[[], Any]] = {
    "ref": phpcompat.Ref,
    "ref_value": lambda: phpcompat.Ref("12 ab"),
    "object": object,
    "stringable": _Stringable,
    "plain": _Plain,
    "callable": lambda: (lambda *args: None),
    "callable0": lambda: (lambda: None),
    "recursive_list": _recursive_list,
    "recursive_object": _recursive_object,
    "bytearray": lambda: bytearray(b"ab\0"),
    "tuple": lambda: (1, "a"),
}
_NESTED = st.recursive(_scalars(), _arrays, max_leaves=6)
#: Any value: scalars and arrays twice as often as resources and objects.
VALUES = st.one_of(
    _NESTED, _NESTED, _RESOURCES, st.sampled_from(sorted(_OTHERS)).map(lambda kind: _OTHERS[kind]()),
)


# ---------------------------------------------------------------- calling

def allowed(exc: BaseException) -> bool:
    """Whether PHP could have given this outcome.

    phpcompat's own TypeError/ValueError subclasses carry PHP's TypeError,
    ArgumentCountError and ValueError; PhpError is PHP's Error, PhpExit ends
    the script (exit, die, fatal errors).  A bare TypeError is allowed only
    when Python raised it binding the arguments (wrong count, unknown
    keyword: PHP throws ArgumentCountError/Error there too, with other
    words); one raised inside the package is a Python bug, as is any other
    exception.
    """
    if isinstance(exc, (PhpError, PhpExit)):
        return True
    if isinstance(exc, (TypeError, ValueError)):
        if type(exc).__module__.startswith("phpcompat."):
            return True
        return type(exc) is TypeError and exc.__traceback__ is not None and exc.__traceback__.tb_next is None
    return False


_RESOURCE_NAMES = {"stream", "from_", "to", "context", "stream_or_context", "resource", "data"}
_INT_NAMES = {"length", "offset", "size", "flags", "whence", "operation", "times", "limit", "decimals",
              "seconds", "microseconds", "status", "signal", "error_level", "error_levels", "pad_type",
              "process_id", "domain", "type", "protocol", "error_code", "num"}


def _typed(param: inspect.Parameter) -> st.SearchStrategy[Any]:
    """A value of the type the parameter wants (from its annotation or PHP name)."""
    note = str(param.annotation)
    name = param.name
    if "Resource" in note or name in _RESOURCE_NAMES:
        return _RESOURCES
    if "Ref" in note or name in ("vars", "status", "would_block", "count"):
        return st.one_of(st.builds(phpcompat.Ref), st.builds(phpcompat.Ref, TEXT))
    if name in _INT_NAMES or note.startswith("int") or note == "bool":
        return st.one_of(INTS, st.booleans())
    if "Callable" in note or note == "Handler | None":
        return st.sampled_from([lambda *args: None, lambda: None, 0, 1])
    if name in ("fields", "values", "array", "options", "params", "wrapper_or_options"):
        return _arrays(_scalars())
    return st.one_of(TEXT, BYTES)


class _Shape:
    """A function's parameters and, built once, the strategy of each."""

    def __init__(self, func: Callable[..., Any]) -> None:
        params = [p for p in inspect.signature(func).parameters.values() if p.kind is not p.VAR_KEYWORD]
        self.named = [p for p in params if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)]
        self.variadic = [p for p in params if p.kind is p.VAR_POSITIONAL]
        self.params = params
        self.fixed = len(params) - len(self.variadic)
        # a variadic parameter takes values (printf's), or Refs (sscanf's $vars)
        self.typed = [_typed(p) if p.kind is not p.VAR_POSITIONAL or p.name == "vars" else VALUES
                      for p in params]
        extra = self.fixed + (3 if self.variadic else 1)
        self.count = st.one_of(
            st.integers(0, extra), st.just(self.fixed), st.just(self.fixed + (2 if self.variadic else 0)),
        )

    def strategy(self, index: int) -> st.SearchStrategy[Any]:
        if index < self.fixed:
            return self.typed[index]
        return self.typed[-1] if self.variadic else VALUES


_SHAPES: dict[str, _Shape] = {}


@st.composite
def calls(draw: st.DrawFn, name: str) -> tuple[_Pool, list[Any], dict[str, Any]]:
    """Arguments for ``name``: mostly its own arity, sometimes too few, too
    many or an unknown keyword; mostly of the parameter's type, sometimes
    anything; sometimes by keyword."""
    shape = _SHAPES.get(name) or _SHAPES.setdefault(name, _Shape(FUNCTIONS[name]))
    pool = _Pool()
    count = draw(shape.count)
    args = []
    for index in range(count):
        value = draw(shape.strategy(index) if draw(st.integers(0, 3)) > 0 else VALUES)
        args.append(value(pool) if isinstance(value, _Make) else value)
    kwargs: dict[str, Any] = {}
    if shape.named and draw(st.integers(0, 4)) == 0:
        # move a tail of the positional arguments to keywords (PHP 8 named arguments)
        cut = draw(st.integers(0, min(count, len(shape.named))))
        for param, value in zip(shape.named[cut:count], args[cut:count], strict=False):
            kwargs[param.name] = value
        args = args[:cut]
    if draw(st.integers(0, 20)) == 0:
        value = draw(VALUES)
        kwargs[draw(st.sampled_from(["nope", "length", "stream", "values"]))] = (
            value(pool) if isinstance(value, _Make) else value
        )
    return pool, args, kwargs


@contextmanager
def _global_state() -> Iterator[None]:
    """Put back what a call may change process-wide."""
    handlers = list(_errors._state.handlers)
    reporting = _errors._state.reporting
    include_path = phpcompat.get_include_path()
    signals = {n: signal.getsignal(n) for n in range(1, signal.NSIG) if n not in (signal.SIGKILL, signal.SIGSTOP)}
    state = {k: v.copy() if isinstance(v, (dict, list)) else v for k, v in vars(_process._signals).items()}
    try:
        yield
    finally:
        _errors._state.handlers[:] = handlers
        _errors._state.reporting = reporting
        _errors._state.last = None
        phpcompat.set_include_path(include_path)
        for number, handler in signals.items():
            try:
                if signal.getsignal(number) is not handler and handler is not None:
                    signal.signal(number, handler)
            except (OSError, ValueError):
                pass
        vars(_process._signals).clear()
        vars(_process._signals).update(state)


def call(name: str, args: list[Any], kwargs: dict[str, Any]) -> BaseException | None:
    """Call ``name``; the exception that PHP could not have given, or None."""
    func = FUNCTIONS[name]
    with _global_state():
        try:
            with phpcompat.silence():
                func(*args, **kwargs)
        except KeyboardInterrupt:
            raise
        except BaseException as exc:  # noqa: BLE001 - the point of the test
            if not allowed(exc):
                return exc
    return None


# ---------------------------------------------------------------- the fuzz

#: Examples per function (PHPCOMPAT_FUZZ_EXAMPLES=500 for a deeper run).  By
#: default every run draws the same inputs; PHPCOMPAT_FUZZ_RANDOM=1 draws new ones.
EXAMPLES = int(os.environ.get("PHPCOMPAT_FUZZ_EXAMPLES", "60"))
RANDOM = bool(os.environ.get("PHPCOMPAT_FUZZ_RANDOM"))


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A scratch working directory (also the temporary directory) and an
    address-space cap, so that a call building something huge fails fast
    instead of swapping."""
    work = tmp_path_factory.mktemp("fuzz")
    old_cwd = os.getcwd()
    old_tmp = list(_contents._TEMPORARY_DIRECTORY)
    old_limit = resource.getrlimit(resource.RLIMIT_AS)
    os.chdir(work)
    _contents._TEMPORARY_DIRECTORY[:] = [os.fsencode(work)]
    with open("/proc/self/statm") as statm:
        in_use = int(statm.read().split()[0]) * resource.getpagesize()
    cap = in_use + 3 * 1024**3
    if old_limit[1] == resource.RLIM_INFINITY or cap < old_limit[1]:
        resource.setrlimit(resource.RLIMIT_AS, (cap, old_limit[1]))
    try:
        yield work
    finally:
        resource.setrlimit(resource.RLIMIT_AS, old_limit)
        _contents._TEMPORARY_DIRECTORY[:] = old_tmp
        os.chdir(old_cwd)


def _fuzz(name: str, examples: int) -> None:
    @settings(max_examples=examples, deadline=None, derandomize=not RANDOM, database=None,
              suppress_health_check=list(HealthCheck))
    @given(calls(name))
    def run(drawn: tuple[_Pool, list[Any], dict[str, Any]]) -> None:
        pool, args, kwargs = drawn
        try:
            exc = call(name, args, kwargs)
        finally:
            pool.close()
        if exc is not None:
            raise AssertionError(
                f"{name}(*{args!r}, **{kwargs!r}) raised {type(exc).__name__}: {exc}"
            ) from exc

    run()


def _children() -> list[str]:
    """The runner's child processes (pcntl_wait() would reap or wait for them)."""
    found = []
    for task in os.listdir("/proc/self/task"):
        with open(f"/proc/self/task/{task}/children") as fh:
            found += fh.read().split()
    return found


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_no_python_traceback(sandbox: Path, name: str) -> None:
    if name in ("pcntl_wait", "pcntl_waitpid") and _children():
        pytest.skip("the test runner has child processes: waiting could block or reap them")
    _fuzz(name, EXAMPLES)


def test_every_exported_function_is_fuzzed_or_skipped_with_a_reason() -> None:
    exported = {n for n in phpcompat.__all__ if callable(getattr(phpcompat, n))
                and not isinstance(getattr(phpcompat, n), type)}
    assert exported == set(FUNCTIONS) | set(SKIPPED) | NOT_FUNCTIONS
    assert set(SKIPPED) <= exported, "a skip names a function that is no longer exported"


def _descriptors() -> dict[int, str]:
    found = {}
    for entry in os.listdir("/proc/self/fd"):
        try:
            found[int(entry)] = os.readlink(f"/proc/self/fd/{entry}")
        except OSError:
            pass  # the descriptor listdir itself used
    return found


def test_no_descriptor_left_open(sandbox: Path) -> None:
    gc.collect()
    before = _descriptors()
    for name in sorted(FUNCTIONS):
        if name not in ("pcntl_wait", "pcntl_waitpid") or not _children():
            _fuzz(name, max(EXAMPLES // 5, 3))
    gc.collect()
    after = _descriptors()
    leaked = {fd: target for fd, target in after.items() if before.get(fd) != target}
    assert not leaked


# ---------------------------------------------------------------- what the fuzz found, against PHP

def test_number_format_many_decimals_and_tiny_values(compare):
    # Past 308 places pow(10, places) is INF in C; PHP's "%.*F" stops at 318
    # decimals and number_format pads the rest with zeros.
    cases = [
        (1.5, 340), (1.5, 1000), (1e300, 400), (5e-324, 330), (5e-324, 323), (5e-324, 340),
        (1e-310, 320), (2.5e-320, 330), (1 / 3, 400), (1e-300, 309), (1e-300, 310), (7e-310, 330),
        (-5e-324, 340), (1.23456e-25, 30), (123.456, 25), (-1.5, -2**40), (1.7976931348623157e308, 2),
    ]
    php_cases = ", ".join(f"[{v!r}, {p}]" for v, p in cases).replace("e-", "E-")
    compare(
        php=f'foreach ([{php_cases}] as [$v, $p]) {{ $s = number_format($v, $p); echo $p, " ", strlen($s), " ", rtrim($s, "0"), "\\n"; }}',
        py=f'for v, p in [{", ".join(f"({v!r}, {p})" for v, p in cases)}]:\n    s = number_format(v, p)\n    echo(p, " ", strlen(s), " ", rtrim(s, "0"), "\\n")\n',
    )


_FATALS = {
    # a string PHP cannot allocate is a fatal error, not a Python MemoryError/OverflowError
    "repeat_overflow": ('str_repeat("ab", PHP_INT_MAX)', 'str_repeat("ab", 2**63 - 1)'),
    "repeat_limit": ('str_repeat("ab", 2**62)', 'str_repeat("ab", 2**62)'),
    "repeat_just_over": ('str_repeat("a", 132120576 - 25)', 'str_repeat("a", 132120576 - 25)'),
    "pad_max": ('str_pad("", PHP_INT_MAX, "ab")', 'str_pad("", 2**63 - 1, "ab")'),
    "pad_2g": ('str_pad("x", 2**31)', 'str_pad("x", 2**31)'),
    "number_format": ("number_format(1.5, 150000000)", "number_format(1.5, 150000000)"),
    "sprintf_width": ('sprintf("%150000000d", 1)', 'sprintf("%150000000d", 1)'),
    "sprintf_too_long": ('sprintf("x%2147483646d", 1)', 'sprintf("x%2147483646d", 1)'),
    "sprintf_star_too_long": ('sprintf("%*d", 2147483647, 1)', 'sprintf("%*d", 2147483647, 1)'),
    "stream_get_contents": ('stream_get_contents($m, 132120576)', 'stream_get_contents(m, 132120576)'),
    "file_get_contents": ('file_get_contents("f", false, null, 20, 200000000)', 'file_get_contents("f", False, None, 20, 200000000)'),
    "fgetcsv": ("fgetcsv($m, 200000000)", "fgetcsv(m, 200000000)"),
    "sprintf_two_fields": ("""sprintf("%'x50000000s%'y50000000s", 1, 2)""", """sprintf("%'x50000000s%'y50000000s", 1, 2)"""),
}


@pytest.mark.parametrize("case", sorted(_FATALS))
def test_allocations_php_cannot_make_are_fatal_errors(compare, case):
    php, py = _FATALS[case]
    compare(
        php=f'file_put_contents("f", "abc\\ndef"); $m = fopen("php://memory", "w+"); fwrite($m, "abc\\ndef"); rewind($m);\necho "before\\n"; $x = {php}; echo "not reached\\n";',
        py=f'file_put_contents("f", "abc\\ndef")\nm = fopen("php://memory", "w+")\nfwrite(m, "abc\\ndef")\nrewind(m)\necho("before\\n")\nx = {py}\necho("not reached\\n")\n',
        name=case,
    )


def test_just_under_the_limit_is_built(compare):
    compare(
        php='echo strlen(str_repeat("a", 132120576 - 4096 - 25)), " ", strlen(sprintf("%100000000d", 1)), " ", strlen(number_format(1.5, 10**6)), "\\n";\n$m = fopen("php://memory", "w+"); fwrite($m, "abc\\ndef"); rewind($m);\nvar_dump(stream_get_contents($m, 132120576 - 4096 - 25), rewind($m), fgetcsv($m, 132120576 - 4095));',
        py='echo(strlen(str_repeat("a", 132120576 - 4096 - 25)), " ", strlen(sprintf("%100000000d", 1)), " ", strlen(number_format(1.5, 10**6)), "\\n")\nm = fopen("php://memory", "w+")\nfwrite(m, "abc\\ndef")\nrewind(m)\nvar_dump(stream_get_contents(m, 132120576 - 4096 - 25), rewind(m), fgetcsv(m, 132120576 - 4095))\n',
    )


def test_copy_to_memory_asks_for_the_whole_length_at_once(compare):
    # PHP 8.2 reads a given length in one request: it shows in the notice of a failing read
    compare(
        php='foreach ([100, 40000, 100000, 2**20] as $n) { var_dump(file_get_contents(".", length: $n)); $f = fopen(".", "r"); var_dump(stream_get_contents($f, $n)); }',
        py='for n in [100, 40000, 100000, 2**20]:\n    var_dump(file_get_contents(".", length=n))\n    f = fopen(".", "r")\n    var_dump(stream_get_contents(f, n))\n',
    )


def test_dumpers_nest_deeper_than_pythons_recursion_limit(compare):
    # 1200 levels: past Python's default recursion limit, within PHP's memory limit.
    compare(
        php='$a = ["x" => 1]; for ($i = 0; $i < 1200; $i++) { $a = [$i, $a, "k" => null]; }\nob_start(); var_dump($a); $d = ob_get_clean();\necho md5($d), " ", strlen($d), "\\n", md5(print_r($a, true)), "\\n", md5(var_export($a, true)), "\\n";',
        py='import hashlib, io, contextlib, sys\na = {"x": 1}\nfor i in range(1200):\n    a = {0: i, 1: a, "k": None}\nbuf = io.StringIO()\nwith contextlib.redirect_stdout(buf):\n    var_dump(a)\nd = buf.getvalue().encode()\necho(hashlib.md5(d).hexdigest(), " ", len(d), "\\n", hashlib.md5(to_bytes(print_r(a, True))).hexdigest(), "\\n", hashlib.md5(to_bytes(var_export(a, True))).hexdigest(), "\\n")\n',
    )


def test_str_replace_count_must_be_a_reference(compare):
    compare(
        php='try { str_replace("a", "b", "abc", 5); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\\n"; }\n$n = 7; var_dump(str_replace("a", "b", "aXa", $n), $n);',
        py='try:\n    str_replace("a", "b", "abc", 5)\nexcept PhpError as e:\n    echo("Error: ", str(e), "\\n")\nn = Ref(7)\nvar_dump(str_replace("a", "b", "aXa", n), n.value)\n',
    )
