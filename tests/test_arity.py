# ruff: noqa: E501 - the PHP and Python programs are kept one call per line
"""Wrong argument counts and named arguments: PHP 8.2's ArgumentCountError and Error texts.

Every exported function (but the hot paths, see ``phpcompat/__init__.py``)
is wrapped by ``php_arity``: a call Python cannot bind raises what PHP throws
for the same call.  Each case is one PHP call and the same Python call.
"""

from __future__ import annotations

import inspect

import phpcompat
from phpcompat import PhpArgumentCountError, PhpTypeError, fopen, sprintf
from phpcompat.functions import streams

PHP_T = r"""
function t($f) { try { $f(); echo "no error\n"; } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
$m = fopen("php://memory", "r+");
"""
PY_T = r"""
def t(f):
    try:
        f()
        echo("no error\n")
    except PhpArgumentCountError as e:
        echo("ArgumentCountError: ", str(e), "\n")
    except PhpError as e:
        echo("Error: ", str(e), "\n")
    except TypeError as e:
        echo("TypeError: ", str(e), "\n")
m = fopen("php://memory", "r+")
"""

# (PHP call, Python call): too few, too many, unknown named, overwritten named, holes.
CASES: list[tuple[str, str]] = [
    ("fopen()", "fopen()"),
    ("fopen('php://memory')", "fopen('php://memory')"),
    ("fopen('php://memory', 'r', false, null, 5)", "fopen('php://memory', 'r', False, None, 5)"),
    ("fopen(mode: 'r')", "fopen(mode='r')"),
    ("fopen('php://memory', 'r', foo: 1)", "fopen('php://memory', 'r', foo=1)"),
    ("fopen('php://memory', 'r', filename: 'x')", "fopen('php://memory', 'r', filename='x')"),
    ("fopen(filename: 'php://memory')", "fopen(filename='php://memory')"),
    ("fclose()", "fclose()"),
    ("fclose($m, 1)", "fclose(m, 1)"),
    ("fclose(stream: $m, foo: 2)", "fclose(stream=m, foo=2)"),
    ("fflush($m, 1, 2)", "fflush(m, 1, 2)"),
    ("fseek($m)", "fseek(m)"),
    ("fseek($m, whence: SEEK_SET)", "fseek(m, whence=SEEK_SET)"),
    ("ftruncate($m, 1, 2)", "ftruncate(m, 1, 2)"),
    ("file_get_contents()", "file_get_contents()"),
    ("file_put_contents('x')", "file_put_contents('x')"),
    ("file_put_contents(data: 'x')", "file_put_contents(data='x')"),
    ("stream_get_contents($m, 1, 2, 3)", "stream_get_contents(m, 1, 2, 3)"),
    ("str_replace('a')", "str_replace('a')"),
    ("str_replace('a', 'b', 'c', $n, 5)", "str_replace('a', 'b', 'c', Ref(), 5)"),
    ("str_pad('a', pad_type: STR_PAD_LEFT)", "str_pad('a', pad_type=STR_PAD_LEFT)"),
    ("implode()", "implode()"),
    ("sprintf()", "sprintf()"),
    ("sprintf('%s', foo: 1)", "sprintf('%s', foo=1)"),
    ("var_dump()", "var_dump()"),
    ("var_dump(foo: 1)", "var_dump(foo=1)"),
    ("print_r(1, 2, 3)", "print_r(1, 2, 3)"),
    ("print_r(1, return: true, foo: 1)", "print_r(1, return_=True, foo=1)"),
    ("print_r(return: true)", "print_r(return_=True)"),
    ("var_export()", "var_export()"),
    ("error_reporting(1, 2)", "error_reporting(1, 2)"),
    ("error_get_last(1)", "error_get_last(1)"),
    ("trigger_error()", "trigger_error()"),
    ("user_error()", "user_error()"),
    ("trigger_error('x', E_USER_NOTICE, 3)", "trigger_error('x', E_USER_NOTICE, 3)"),
    ("stream_socket_pair(STREAM_PF_UNIX)", "stream_socket_pair(STREAM_PF_UNIX)"),
    ("posix_kill(1)", "posix_kill(1)"),
    ("pcntl_wexitstatus()", "pcntl_wexitstatus()"),
    ("getmypid(1)", "getmypid(1)"),
    # a TypeError the function raises itself passes unchanged
    ("fclose('x')", "fclose('x')"),
]


def test_wrong_arguments(compare):
    php = PHP_T + "".join(f"t(fn() => {call});\n" for call, _ in CASES)
    py = PY_T + "".join(f"t(lambda: {call})\n" for _, call in CASES)
    compare(php=php, py=py)


def test_signature_and_hot_paths_kept():
    # inspect.signature shows the original parameters (PHP's names)
    assert list(inspect.signature(fopen).parameters) == ["filename", "mode", "use_include_path", "context"]
    assert fopen.__wrapped__ is streams.fopen  # type: ignore[attr-defined]
    # the hot paths are exported unwrapped: Python's own TypeError text
    for name in ("fgets", "fread", "fwrite", "fputs", "feof", "fgetc", "echo", "strlen"):
        assert not hasattr(getattr(phpcompat, name), "__wrapped__"), name
    try:
        phpcompat.fwrite()
    except PhpTypeError:
        raise AssertionError("fwrite is a hot path: not wrapped") from None
    except TypeError as e:
        assert "required positional argument" in str(e)


def test_php_argument_count_error_classes():
    # ArgumentCountError is a TypeError in PHP 8 (catch (TypeError) catches it)
    from phpcompat._format.convert import PhpArgumentCountError as Old

    assert Old is PhpArgumentCountError
    assert issubclass(PhpArgumentCountError, PhpTypeError)
    try:
        sprintf("%s", foo=1)
    except TypeError as e:
        assert isinstance(e, PhpArgumentCountError)
        assert str(e) == "sprintf() does not accept unknown named parameters"
