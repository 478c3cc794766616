"""Warnings, handlers, ``@`` and error_get_last (API-CONTRACT section 4)."""

import pytest

from phpcompat import E_USER_WARNING, error_get_last, restore_error_handler, set_error_handler
from phpcompat.errors import PhpWarning, raise_warnings, silence, trigger_error


def test_default_handler_prints_to_stderr(compare):
    compare(
        php='$x = fopen("missing.txt", "r"); var_dump($x);',
        py='x = fopen("missing.txt", "r")\nvar_dump(x)\n',
    )


def test_levels_labels_and_error_reporting(compare):
    compare(
        php=r'''
trigger_error("a notice");
trigger_error("a warning", E_USER_WARNING);
trigger_error("a deprecation", E_USER_DEPRECATED);
var_dump(error_reporting());
var_dump(error_reporting(E_ALL & ~E_USER_NOTICE));
trigger_error("hidden notice");
var_dump(error_get_last()["message"]);
var_dump(error_reporting());
try { trigger_error("x", E_WARNING); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
''',
        py=r'''
trigger_error("a notice")
trigger_error("a warning", E_USER_WARNING)
trigger_error("a deprecation", E_USER_DEPRECATED)
var_dump(error_reporting())
var_dump(error_reporting(E_ALL & ~E_USER_NOTICE))
trigger_error("hidden notice")
var_dump(error_get_last()["message"])
var_dump(error_reporting())
try:
    trigger_error("x", E_WARNING)
except ValueError as e:
    echo(str(e), "\n")
''',
    )


def test_handler_levels_fallthrough_and_restore(compare):
    compare(
        php=r'''
set_error_handler(function ($no, $str, $file, $line) { echo "H1 $no $str\n"; return true; });
trigger_error("one", E_USER_WARNING);
var_dump(error_get_last());
$prev = set_error_handler(function ($no, $str) { echo "H2 $str\n"; return false; }, E_USER_WARNING);
var_dump($prev instanceof Closure);
trigger_error("two", E_USER_WARNING);
var_dump(error_get_last()["message"]);
trigger_error("three");
restore_error_handler();
trigger_error("four", E_USER_WARNING);
restore_error_handler();
trigger_error("five", E_USER_WARNING);
set_error_handler(function ($no, $str) { echo "H3 $str\n"; });
trigger_error("six");
''',
        py=r'''
def h1(no, s, file, line):
    echo(f"H1 {no} {s}\n")
    return True
set_error_handler(h1)
trigger_error("one", E_USER_WARNING)
var_dump(error_get_last())
def h2(no, s, file, line):
    echo(f"H2 {s}\n")
    return False
prev = set_error_handler(h2, E_USER_WARNING)
var_dump(prev is h1)
trigger_error("two", E_USER_WARNING)
var_dump(error_get_last()["message"])
trigger_error("three")
restore_error_handler()
trigger_error("four", E_USER_WARNING)
restore_error_handler()
trigger_error("five", E_USER_WARNING)
def h3(no, s, file, line):
    echo(f"H3 {s}\n")
set_error_handler(h3)
trigger_error("six")
''',
    )


def test_silence_is_php_at(compare):
    compare(
        php=r'''
$x = @fopen("missing.txt", "r");
var_dump($x, error_get_last()["message"]);
error_clear_last();
var_dump(error_get_last());
set_error_handler(function ($no, $str) { echo "H ", error_reporting(), " $str\n"; return true; });
$x = @fopen("missing.txt", "r");
echo error_reporting(), "\n";
''',
        py=r'''
with silence():
    x = fopen("missing.txt", "r")
var_dump(x, error_get_last()["message"])
error_clear_last()
var_dump(error_get_last())
def h(no, s, file, line):
    echo("H ", error_reporting(), f" {s}\n")
    return True
set_error_handler(h)
with silence():
    x = fopen("missing.txt", "r")
echo(error_reporting(), "\n")
''',
    )


def test_error_in_handler_goes_to_default(compare):
    compare(
        php=r'''
set_error_handler(function ($no, $str) { echo "in handler: $str\n"; trigger_error("inner", E_USER_WARNING); return true; });
trigger_error("outer", E_USER_WARNING);
''',
        py=r'''
def h(no, s, file, line):
    echo(f"in handler: {s}\n")
    trigger_error("inner", E_USER_WARNING)
    return True
set_error_handler(h)
trigger_error("outer", E_USER_WARNING)
''',
    )


def test_user_error_is_fatal(compare):
    compare(
        php='echo "before\n"; trigger_error("boom", E_USER_ERROR); echo "after\n";',
        py='echo("before\\n")\ntrigger_error("boom", E_USER_ERROR)\necho("after\\n")\n',
    )


def test_handler_gets_python_caller_location():
    seen = []
    set_error_handler(lambda no, s, f, l: seen.append((no, s, f, l)) or True)
    try:
        trigger_error("here", E_USER_WARNING)
        line = test_handler_gets_python_caller_location.__code__.co_firstlineno + 4
    finally:
        restore_error_handler()
    assert seen == [(E_USER_WARNING, "here", __file__, line)]


def test_raise_warnings_opt_in():
    with raise_warnings():
        with pytest.raises(PhpWarning) as info:
            trigger_error("now an exception", E_USER_WARNING)
    assert info.value.errno == E_USER_WARNING
    assert str(info.value) == "now an exception"
    assert error_get_last()["message"] == "now an exception"


def test_raise_warnings_respects_silence_and_handlers(capfd):
    with raise_warnings(), silence():
        trigger_error("quiet", E_USER_WARNING)
    seen = []
    set_error_handler(lambda *a: seen.append(a[1]) or True)
    try:
        with raise_warnings():
            trigger_error("handled", E_USER_WARNING)
    finally:
        restore_error_handler()
    assert seen == ["handled"]
    assert capfd.readouterr().err == ""


def test_error_in_handler_skips_lower_handlers(compare):
    compare(
        php=r'''
set_error_handler(function ($no, $str) { echo "lower: $str\n"; return true; });
set_error_handler(function ($no, $str) { echo "upper: $str\n"; trigger_error("inner", E_USER_NOTICE); return true; });
trigger_error("outer", E_USER_WARNING);
trigger_error("again", E_USER_WARNING);
''',
        py=r'''
def lower(no, s, file, line):
    echo(f"lower: {s}\n")
    return True
def upper(no, s, file, line):
    echo(f"upper: {s}\n")
    trigger_error("inner", E_USER_NOTICE)
    return True
set_error_handler(lower)
set_error_handler(upper)
trigger_error("outer", E_USER_WARNING)
trigger_error("again", E_USER_WARNING)
''',
    )


def test_display_errors_modes(tmp_path):
    """The default handler under PHP's display_errors/log_errors ini settings."""
    import subprocess
    import sys
    from pathlib import Path

    from phpcompat.testing.php import normalize, php_binary

    # (display_errors, log_errors, how many times PHP prints the warning)
    cases = [("1", "1", 2), ("1", "0", 1), ("stderr", "0", 1), ("0", "1", 1), ("0", "0", 0)]
    for display, log, times in cases:
        py = subprocess.run(
            [sys.executable, "-c",
             "from phpcompat import *\nfrom phpcompat.errors import set_error_display\n"
             f"set_error_display({display!r}, {log == '1'})\n"
             "echo('a')\nfopen('/nonexistent/x', 'r')\necho('b\\n')\n"],
            capture_output=True, text=True, env={"PYTHONPATH": str(Path(__file__).parents[1])},
        )
        ours = (normalize(py.stdout, stderr=True), normalize(py.stderr, stderr=True))
        assert (ours[0] + ours[1]).count("Warning: ") == times
        if php_binary():
            php = subprocess.run(
                ["php", "-n", "-d", f"display_errors={display}", "-d", f"log_errors={log}", "-r",
                 'echo "a"; fopen("/nonexistent/x", "r"); echo "b\\n";'],
                capture_output=True, text=True,
            )
            assert ours == (normalize(php.stdout, stderr=True), normalize(php.stderr, stderr=True)), (display, log)


def test_handler_arity_and_error_reporting_types(compare):
    compare(
        php=r'''
function t($f) { try { $f(); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
t(function () { var_dump(error_reporting([])); });
t(function () { var_dump(error_reporting("x")); });
var_dump(error_reporting("3"), error_reporting(null), error_reporting(E_ALL));
set_error_handler(function ($no) { echo "one-arg handler $no\n"; });
trigger_error("x", E_USER_WARNING);
set_error_handler(function () { echo "zero-arg handler\n"; });
trigger_error("x", E_USER_WARNING);
set_error_handler(function (...$args) { echo "variadic handler ", count($args), "\n"; });
trigger_error("x", E_USER_WARNING);
''',
        py=r'''
def t(f):
    try:
        f()
    except (TypeError, ValueError) as e:
        echo("TypeError" if isinstance(e, TypeError) else "ValueError", ": ", str(e), "\n")
t(lambda: var_dump(error_reporting([])))
t(lambda: var_dump(error_reporting("x")))
var_dump(error_reporting("3"), error_reporting(None), error_reporting(E_ALL))
set_error_handler(lambda no: echo(f"one-arg handler {no}\n"))
trigger_error("x", E_USER_WARNING)
set_error_handler(lambda: echo("zero-arg handler\n"))
trigger_error("x", E_USER_WARNING)
set_error_handler(lambda *args: echo("variadic handler ", len(args), "\n"))
trigger_error("x", E_USER_WARNING)
''',
    )


def test_set_error_handler_takes_php8_parameter_names():
    """PHP 8 names the parameters $callback and $error_levels (API-CONTRACT's
    ``levels=`` is deliberately PHP's ``error_levels=`` here)."""
    seen = []
    set_error_handler(callback=lambda no, s: seen.append(s), error_levels=E_USER_WARNING)
    try:
        trigger_error(message="caught", error_level=E_USER_WARNING)
    finally:
        restore_error_handler()
    assert seen == ["caught"]
