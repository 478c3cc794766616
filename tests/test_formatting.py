# ruff: noqa: E501 - the PHP and Python programs are kept one statement per line
"""var_dump, print_r, var_export and the printf family against PHP 8.2 (API-CONTRACT section 3).

Large tables (formats x values) travel as one JSON text that both programs
decode, so one PHP run records a thousand sprintf results.
"""

from __future__ import annotations

import json

import pytest

from phpcompat import (
    PhpArgumentCountError,
    Ref,
    Resource,
    binary_strings,
    print_r,
    printf,
    sprintf,
    stdClass,
    var_dump,
    var_export,
    vsprintf,
)


def php_quote(text: str) -> str:
    """A PHP single-quoted literal for ``text``."""
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def table_programs(formats: list[str], values: list[object], func: str = "sprintf") -> tuple[str, str]:
    """PHP and Python programs printing ``func(format, value)`` for every pair."""
    data = json.dumps([formats, values])
    php = f"""$t = json_decode({php_quote(data)}, true);
foreach ($t[0] as $i => $f) {{
    foreach ($t[1] as $j => $v) {{
        try {{ $r = {func}($f, $v); echo "$i:$j [", $r, "]\\n"; }}
        catch (Throwable $e) {{ echo "$i:$j ", get_class($e), ": ", $e->getMessage(), "\\n"; }}
    }}
}}
"""
    py = f"""import json
t = json.loads({data!r})
for i, f in enumerate(t[0]):
    for j, v in enumerate(t[1]):
        try:
            echo(f"{{i}}:{{j}} [", {func}(f, v), "]\\n")
        except PhpArgumentCountError as e:
            echo(f"{{i}}:{{j}} ArgumentCountError: ", str(e), "\\n")
        except ValueError as e:
            echo(f"{{i}}:{{j}} ValueError: ", str(e), "\\n")
"""
    return php, py


NUMBERS: list[object] = [
    0, 1, -1, 7, -42, 255, 65, 1000000, 9223372036854775807, -9223372036854775808,
    0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 3.14159265358979, -3.14159265358979, 0.1, 1 / 3,
    1e-5, 1e-4, 1e15, 1e16, 123456.0, 1234567.0, 1.5e300, -1e-300, 9.995, 2.675,
    1e30, -1e30, 5e-324, 1.7976931348623157e308,
]
SCALARS: list[object] = [
    "", "abc", "héllo", "12abc", " 12", "12 ", "1e3", "-0", "3.99", "-7.5e2z", ".5", "5.", "0x1A",
    "9999999999999999999", "1e400", "\v2", "inf", True, False, None,
]


def test_sprintf_number_table(compare):
    formats = [
        "%d", "%5d", "%-5d|", "%05d", "%-05d|", "%+d", "%+05d", "% 5d", "%'*8d", "%'*-8d|", "%ld",
        "%u", "%05u", "%-05u|", "%x", "%X", "%o", "%b", "%08b", "%-8x|", "%05x", "%.2x", "%c",
        "%f", "%F", "%.0f", "%.1f", "%.2f", "%.15f", "%10.4f|", "%-10.4f|", "%010.4f", "%-010.4f|",
        "%+f", "%+.1f", "%'#12.3f", "%e", "%E", "%.0e", "%.3e", "%+e", "%12.2e|", "%012.2e",
        "%g", "%G", "%.3g", "%.0g", "%.10g", "%.17g", "%+g", "%010g", "%h", "%H", "%.3H",
        "%s", "%5s|", "%-5s|", "%.2s", "%5.1s|",
    ]
    php, py = table_programs(formats, NUMBERS)
    compare(php=php, py=py)


def test_sprintf_string_and_scalar_table(compare):
    formats = ["%s", "%'.10s", "%-10s|", "%010s", "%.3s", "%d", "%u", "%x", "%c", "%f", "%e", "%g", "%5.1f"]
    php, py = table_programs(formats, SCALARS)
    compare(php=php, py=py)


def test_sprintf_inf_nan_and_negative_zero(compare):
    cases = ["%f", "%5.1f|", "%-8e|", "%05f", "%+05f", "%+f", "%e", "%g", "%G", "%+g", "%d", "%s", "%x"]
    compare(
        php=f"""foreach ({json.dumps(cases).replace('[', 'array(').replace(']', ')')} as $f) {{
    echo $f, " ", sprintf($f, INF), "|", sprintf($f, -INF), "|", sprintf($f, NAN), "|", sprintf($f, -0.0), "\\n";
}}
""",
        py=f"""import math
for f in {cases!r}:
    echo(f, " ", sprintf(f, math.inf), "|", sprintf(f, -math.inf), "|", sprintf(f, math.nan), "|", sprintf(f, -0.0), "\\n")
""",
    )


def test_sprintf_argnum_star_and_modifiers(compare):
    compare(
        php=r"""
echo sprintf("%2\$s then %1\$s, %2\$s again", "first", "second"), "\n";
echo sprintf("%s %1\$s %s", 1, 2), "\n";
echo sprintf("%1\$'x10.3f|%1\$-10d|", 3.14159), "\n";
echo sprintf("[%*d] [%-*d] [%.*f] [%*.*f]", 5, 3, 5, 3, 2, 3.14159, 8, 1, 2.5), "\n";
echo sprintf("[%.*g] [%.*G] [%.*h]", -1, 0.1 + 0.2, -1, 1.2345678901234567e100, -1, 1e20), "\n";
echo sprintf("[%1\$*2\$d] [%*3\$d] [%.*3\$f]", 7, 6, 2), "\n";
echo sprintf("%5%|%-5%|%%|%'x5%", 1, 2, 3), "|\n" ;
echo sprintf("[%.f] [%.e] [%.s] [%5.s]", 1.5, 1.5, "abc", "abc"), "\n";
echo sprintf("[%ld] [%lf] [%lu]", 5, 1.5, -1), "\n";
echo sprintf("%c%c%c|%5c|", 72, 105, 256 + 33, 65), "\n";
echo sprintf("no specifiers"), sprintf(""), "\n";
echo sprintf("%s", 1, 2, 3), "\n";
""",
        py=r"""
echo(sprintf("%2$s then %1$s, %2$s again", "first", "second"), "\n")
echo(sprintf("%s %1$s %s", 1, 2), "\n")
echo(sprintf("%1$'x10.3f|%1$-10d|", 3.14159), "\n")
echo(sprintf("[%*d] [%-*d] [%.*f] [%*.*f]", 5, 3, 5, 3, 2, 3.14159, 8, 1, 2.5), "\n")
echo(sprintf("[%.*g] [%.*G] [%.*h]", -1, 0.1 + 0.2, -1, 1.2345678901234567e100, -1, 1e20), "\n")
echo(sprintf("[%1$*2$d] [%*3$d] [%.*3$f]", 7, 6, 2), "\n")
echo(sprintf("%5%|%-5%|%%|%'x5%", 1, 2, 3), "|\n")
echo(sprintf("[%.f] [%.e] [%.s] [%5.s]", 1.5, 1.5, "abc", "abc"), "\n")
echo(sprintf("[%ld] [%lf] [%lu]", 5, 1.5, -1), "\n")
echo(sprintf("%c%c%c|%5c|", 72, 105, 256 + 33, 65), "\n")
echo(sprintf("no specifiers"), sprintf(""), "\n")
echo(sprintf("%s", 1, 2, 3), "\n")
""",
    )


ERROR_CASES: list[list[object]] = [
    ["%s %s", ["one"]], ["%d %d %d %d %d", [1, 2]], ["%5%", []], ["%s %y", []], ["%y", []],
    ["%y", [1]], ["%", [1]], ["abc%", []], ["abc%", [1]], ["%5", [1]], ["%'", [1]], ["%'x", [1]],
    ["%0$s", [1]], ["%$s", [1]], ["%2147483647$s", [1]], ["%2147483646$s", [1]], ["%3$s", [1]],
    ["%*d", ["5", 3]], ["%*d", [-5, 3]], ["%*d", [2.0, 3]], ["%*d", [True, 3]], ["%.*f", [-1, 3.0]],
    ["%.*s", [-1, "x"]], ["%.*f", ["1", 3.0]], ["%.*f", [-2, 3.0]], ["%99999999999s", [1]],
    ["%.99999999999s", [1]], ["%*3$d", [1, 2]], ["%-", [1]], ["%+", [1]], ["%.", [1]], ["%l", [1]],
    ["%ll", [1]], ["%1$", [1]], ["%é", [1]], ["x%\u0000y", [1]], ["%5$s %y", [1]], ["%q %s", [1]],
]


def test_sprintf_errors(compare):
    data = json.dumps(ERROR_CASES)
    compare(
        php=f"""foreach (json_decode({php_quote(data)}, true) as $i => [$f, $a]) {{
    try {{ $r = sprintf($f, ...$a); echo "$i [", $r, "]\\n"; }}
    catch (Throwable $e) {{ echo "$i ", get_class($e), ": ", $e->getMessage(), "\\n"; }}
    try {{ $r = vsprintf($f, $a); echo "$i [", $r, "]\\n"; }}
    catch (Throwable $e) {{ echo "$i v ", get_class($e), ": ", $e->getMessage(), "\\n"; }}
}}
""",
        py=f"""import json
for i, (f, a) in enumerate(json.loads({data!r})):
    try:
        echo(f"{{i}} [", sprintf(f, *a), "]\\n")
    except PhpArgumentCountError as e:
        echo(f"{{i}} ArgumentCountError: ", str(e), "\\n")
    except ValueError as e:
        echo(f"{{i}} ValueError: ", str(e), "\\n")
    try:
        echo(f"{{i}} [", vsprintf(f, a), "]\\n")
    except ValueError as e:
        echo(f"{{i}} v ValueError: ", str(e), "\\n")
""",
    )


def test_printf_family_arguments_and_lengths(compare):
    compare(
        php=r"""
class Foo {}
class Bar { public function __toString(): string { return "bar!"; } }
$n = printf("%s is %d years and %.2f%% done\n", "Ada", 36, 99.5); var_dump($n);
$n = printf("é%s\n", "é"); var_dump($n);
$n = vprintf("%s|%s|%s\n", ["widget", 3, 9.99]); var_dump($n);
echo vsprintf("%2\$s-%1\$s\n", ["a", "b"]), vsprintf("keys ignored: %s %s\n", ["x" => "one", "y" => "two"]);
var_dump(sprintf("%d|%f", new Foo, new Foo));
var_dump(sprintf("%s|%d", new Bar, new Bar));
var_dump(sprintf("%s|%d|%f|%x", [1], [1, 2], [], [7]));
var_dump(sprintf("%.60f|%.54e", 1.0, 2.5));
var_dump(sprintf(1.5), sprintf(12));
var_dump(sprintf(null, 1));
try { sprintf([], 1); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { vsprintf("%s", "ab"); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { vprintf("%s %s", [1]); } catch (ValueError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { printf("%s %s", 1); } catch (ArgumentCountError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { sprintf("%s", new Foo); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { sprintf(); } catch (ArgumentCountError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { printf(); } catch (ArgumentCountError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
""",
        py=r"""
class Foo:
    pass
class Bar:
    def __str__(self):
        return "bar!"
n = printf("%s is %d years and %.2f%% done\n", "Ada", 36, 99.5); var_dump(n)
n = printf("é%s\n", "é"); var_dump(n)
n = vprintf("%s|%s|%s\n", ["widget", 3, 9.99]); var_dump(n)
echo(vsprintf("%2$s-%1$s\n", ["a", "b"]), vsprintf("keys ignored: %s %s\n", {"x": "one", "y": "two"}))
var_dump(sprintf("%d|%f", Foo(), Foo()))
var_dump(sprintf("%s|%d", Bar(), Bar()))
var_dump(sprintf("%s|%d|%f|%x", [1], [1, 2], [], [7]))
var_dump(sprintf("%.60f|%.54e", 1.0, 2.5))
var_dump(sprintf(1.5), sprintf(12))
var_dump(sprintf(None, 1))
try:
    sprintf([], 1)
except TypeError as e:
    echo("TypeError: ", str(e), "\n")
try:
    vsprintf("%s", "ab")
except TypeError as e:
    echo("TypeError: ", str(e), "\n")
try:
    vprintf("%s %s", [1])
except ValueError as e:
    echo("ValueError: ", str(e), "\n")
try:
    printf("%s %s", 1)
except PhpArgumentCountError as e:
    echo("ArgumentCountError: ", str(e), "\n")
try:
    sprintf("%s", Foo())
except PhpError as e:
    echo("Error: ", str(e), "\n")
try:
    sprintf()
except PhpArgumentCountError as e:
    echo("ArgumentCountError: ", str(e), "\n")
try:
    printf()
except PhpArgumentCountError as e:
    echo("ArgumentCountError: ", str(e), "\n")
""",
    )


def test_printf_output_order_with_echo_and_print(compare):
    compare(
        php=r"""
echo "a";
printf("[%s]", "b");
print "c";
vprintf("[%s]", ["d"]);
echo "\n";
""",
        py=r"""
echo("a")
printf("[%s]", "b")
print("c", end="")
vprintf("[%s]", ["d"])
echo("\n")
""",
    )


# ---------------------------------------------------------------- var_dump / print_r / var_export

SCALAR_DUMP_PHP = r"""
var_dump(42, -0, PHP_INT_MIN, PHP_INT_MAX);
var_dump(1.0, 0.1, 0.1 + 0.2, -0.0, 1e100, 1.5e-7, 123456789.0, 1/3, 1e15, 1e14, 2.5e-5, -1.0E-10);
var_dump(INF, -INF, NAN, PHP_INT_MAX + 1);
var_dump(true, false, null);
var_dump("", "hello", "héllo", "nul\0byte", "q\"uote\\");
var_dump([], [[]], [1, "two", 3.0, [true, null]]);
var_dump(["name" => "Ada", "age" => 36, 10 => "ten", "nested" => ["k" => []]]);
var_dump([3 => "a", 1 => "b"]);
var_dump(["1" => "int key", "01" => "string key", "-5" => "neg", "-0" => "s", "1.5" => "s", true => "bool"]);
"""

SCALAR_DUMP_PY = r"""
import math
var_dump(42, -0, PHP_INT_MIN, PHP_INT_MAX)
var_dump(1.0, 0.1, 0.1 + 0.2, -0.0, 1e100, 1.5e-7, 123456789.0, 1/3, 1e15, 1e14, 2.5e-5, -1.0E-10)
var_dump(math.inf, -math.inf, math.nan, PHP_INT_MAX + 1)
var_dump(True, False, None)
var_dump("", "hello", "héllo", "nul\0byte", "q\"uote\\")
var_dump([], [[]], [1, "two", 3.0, [True, None]])
var_dump({"name": "Ada", "age": 36, 10: "ten", "nested": {"k": []}})
var_dump({3: "a", 1: "b"})
var_dump({"1": "int key", "01": "string key", "-5": "neg", "-0": "s", "1.5": "s", True: "bool"})
"""


def test_var_dump_scalars_and_arrays(compare):
    compare(php=SCALAR_DUMP_PHP, py=SCALAR_DUMP_PY)


def test_print_r_and_var_export_of_the_same_values(compare):
    php_values = r"""[42, -0, PHP_INT_MIN, 1.0, 0.1, 0.1 + 0.2, -0.0, 1e100, 1.5e-7, 1e15, 123456789012345678.0,
INF, -INF, NAN, true, false, null, "", "héllo", "it's a \\ test", "nul\0byte", "\0", [], [[]],
["name" => "Ada", 10 => "ten", "nested" => ["k" => [], "q'k" => "v"]], [3 => "a", 1 => "b"], "1" => "one"]"""
    py_values = r"""{**dict(enumerate([42, -0, PHP_INT_MIN, 1.0, 0.1, 0.1 + 0.2, -0.0, 1e100, 1.5e-7, 1e15, 123456789012345678.0,
math.inf, -math.inf, math.nan, True, False, None, "", "héllo", "it's a \\ test", "nul\0byte", "\0", [], [[]],
{"name": "Ada", 10: "ten", "nested": {"k": [], "q'k": "v"}}, {3: "a", 1: "b"}])), "1": "one"}"""
    compare(
        php=f"""$v = {php_values};
print_r($v); echo "|\\n";
echo print_r($v, true), "|\\n";
var_export($v); echo "|\\n";
echo var_export($v, true), "|\\n";
foreach ([1.0, -1.0, 0.1, 1e100, -0.0, 1e15, 7, PHP_INT_MIN, true, null, "x", [], "a\\0"] as $x) {{
    print_r($x); echo "|"; var_export($x); echo "|\\n";
}}
var_dump(print_r("direct"), var_export("direct"), print_r([], true), var_export([], true));
""",
        py=f"""import math
v = {py_values}
print_r(v); echo("|\\n")
echo(print_r(v, True), "|\\n")
var_export(v); echo("|\\n")
echo(var_export(v, True), "|\\n")
for x in [1.0, -1.0, 0.1, 1e100, -0.0, 1e15, 7, PHP_INT_MIN, True, None, "x", [], "a\\0"]:
    print_r(x); echo("|"); var_export(x); echo("|\\n")
var_dump(print_r("direct"), var_export("direct"), print_r([], True), var_export([], True))
""",
    )


def test_objects(compare):
    compare(
        php=r"""
class Foo { public $a = 1; public $b = [1, ['x' => [true, null]]]; protected $p = 2.5; private $q = "secret"; }
class Point { public int $x; public $y; function __construct($x, $y) { $this->x = $x; $this->y = $y; } }
$foo = new Foo;
$s = new stdClass; $s->x = 1.0; $s->y = "str"; $s->{'0'} = 5; $s->n = new stdClass;
$pt = new Point(1, [2, 3]);
var_dump($foo, $s, $pt);
print_r($foo); print_r($s); print_r($pt); echo "\n";
var_export($foo); echo "\n"; var_export($s); echo "\n"; var_export([$pt, 'k' => $s]); echo "\n";
var_dump($foo);
""",
        py=r"""
class Foo:
    def __init__(self):
        self.a = 1
        self.b = [1, {"x": [True, None]}]
        self._p = 2.5
        self.__q = "secret"
class Point:
    x: int
    def __init__(self, x, y):
        self.y = y
        self.x = x
foo = Foo()
s = stdClass(x=1.0, y="str"); setattr(s, "0", 5); s.n = stdClass()
pt = Point(1, [2, 3])
var_dump(foo, s, pt)
print_r(foo); print_r(s); print_r(pt); echo("\n")
var_export(foo); echo("\n"); var_export(s); echo("\n"); var_export({0: pt, "k": s}); echo("\n")
var_dump(foo)
""",
    )


def test_object_ids_are_reused_after_free(compare):
    compare(
        php=r"""
var_dump(new stdClass);
var_dump(new stdClass);
$a = new stdClass; $b = new stdClass;
var_dump($a, $b);
unset($a);
$c = new stdClass;
var_dump($c);
var_dump(spl_object_id($b), spl_object_id($c));
""",
        py=r"""
var_dump(stdClass())
var_dump(stdClass())
a = stdClass(); b = stdClass()
var_dump(a, b)
del a
c = stdClass()
var_dump(c)
var_dump(spl_object_id(b), spl_object_id(c))
""",
    )


def test_recursion(compare):
    compare(
        php=r"""
$a = [1]; $a[] = &$a;
var_dump($a); print_r($a); echo "\n"; var_export($a); echo "\n";
$o = new stdClass; $o->self = $o; $o->arr = [$o];
var_dump($o); print_r($o); echo "\n"; var_export($o); echo "\n";
$shared = [1, 2];
var_dump([$shared, $shared]);
""",
        py=r"""
a = [1]; a.append(a)
var_dump(a); print_r(a); echo("\n"); var_export(a); echo("\n")
o = stdClass(); o.self = o; o.arr = [o]
var_dump(o); print_r(o); echo("\n"); var_export(o); echo("\n")
shared = [1, 2]
var_dump([shared, shared])
""",
    )


def test_enums_and_closures(compare):
    compare(
        php=r"""
enum Suit: string { case Hearts = 'H'; case Spades = 'S'; }
enum Level: int { case Low = 1; }
var_dump(Suit::Hearts, Level::Low);
print_r(Suit::Spades); echo "\n"; print_r(Level::Low); echo "\n";
var_export([Suit::Hearts, 'l' => Level::Low]); echo "\n";
var_export(Suit::Hearts); echo "\n";
var_dump(function ($x, $y = 2) { return 1; });
print_r(function () {}); echo "\n";
""",
        py=r"""
import enum
class Suit(enum.Enum):
    Hearts = "H"
    Spades = "S"
class Level(enum.IntEnum):
    Low = 1
var_dump(Suit.Hearts, Level.Low)
print_r(Suit.Spades); echo("\n"); print_r(Level.Low); echo("\n")
var_export({0: Suit.Hearts, "l": Level.Low}); echo("\n")
var_export(Suit.Hearts); echo("\n")
var_dump(lambda x, y=2: 1)
print_r(lambda: None); echo("\n")
""",
    )


def test_var_dump_argument_errors(compare):
    compare(
        php=r"""
try { var_dump(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { print_r(1, []); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(print_r(1, "yes"));
""",
        py=r"""
try:
    var_dump()
except PhpArgumentCountError as e:
    echo(str(e), "\n")
try:
    print_r(1, [])
except TypeError as e:
    echo(str(e), "\n")
var_dump(print_r(1, "yes"))
""",
    )


# ---------------------------------------------------------------- Python-side API (no PHP equivalent)

def test_argument_count_error_is_a_type_error():
    # PHP: ArgumentCountError extends TypeError (message recorded in test_sprintf_errors).
    assert issubclass(PhpArgumentCountError, TypeError)
    with pytest.raises(TypeError, match=r"^3 arguments are required, 2 given$"):
        sprintf("%s %s", "one")


def test_binary_mode_returns_bytes_and_bytes_arguments_print_their_bytes():
    with binary_strings():
        assert sprintf(b"%s|%5s|", b"\xff\xfe", "é") == b"\xff\xfe|   \xc3\xa9|"
        assert print_r([b"\x80"], True) == b"Array\n(\n    [0] => \x80\n)\n"
        assert var_export(b"\x00\x80", True) == b"'' . \"\\0\" . '\x80'"
    # Outside the block the same bytes come back as a lossless str.
    text = sprintf(b"%s", b"\xff")
    assert isinstance(text, str) and text.encode("utf-8", "surrogateescape") == b"\xff"
    assert sprintf("%d", bytearray(b"12abc")) == "12"


def test_byte_lengths(capfdbinary):
    # PHP counts bytes: var_dump("é") is string(2), printf returns 3 for "é\n".
    var_dump("é", b"\xff", memoryview(b"ab"))
    assert printf("é\n") == 3
    out = capfdbinary.readouterr().out
    assert out == b'string(2) "\xc3\xa9"\nstring(1) "\xff"\nstring(2) "ab"\n\xc3\xa9\n'


def test_keyword_names_follow_php():
    assert sprintf(format="100%%") == "100%"
    assert print_r(value=[1], return_=True) == "Array\n(\n    [0] => 1\n)\n"
    assert var_export(value=1.0, return_=True) == "1.0"
    assert vsprintf(format="%s", values=["x"]) == "x"


def test_refs_and_tuples_print_as_their_values(capfd):
    # A Ref stands for its value; a tuple is a list (both print as PHP's array does).
    var_dump([Ref(5), (1, "a")])
    assert capfd.readouterr().out == (
        'array(2) {\n  [0]=>\n  int(5)\n  [1]=>\n  array(2) {\n    [0]=>\n    int(1)\n'
        '    [1]=>\n    string(1) "a"\n  }\n}\n'
    )


class _Payload:
    def release(self) -> None:
        pass


def test_resources(capfd):
    # Same text as PHP's var_dump/print_r/var_export of fopen("php://memory") before and
    # after fclose (compat_matrix/cases/core/var_dump and print_r record it).
    res = Resource("stream", _Payload())
    var_dump(res)
    print_r(res)
    var_export([res])
    res.free()
    var_dump(res)
    rid = res.id
    assert capfd.readouterr().out == (
        f"resource({rid}) of type (stream)\nResource id #{rid}array (\n  0 => NULL,\n)"
        f"resource({rid}) of type (Unknown)\n"
    )
    assert sprintf("%s|%d", res, res) == f"Resource id #{rid}|{rid}"
    assert stdClass(a=1).a == 1


def test_fprintf_and_vfprintf(compare):
    compare(
        php=r"""
$fp = fopen("report.txt", "w");
$n = fprintf($fp, "%05.1f|%s\n", 3.14159, "file"); var_dump($n);
$n = vfprintf($fp, "%s=%d\n", ["answer", 42]); var_dump($n);
fclose($fp);
echo file_get_contents("report.txt");
echo "before ";
fprintf(STDOUT, "to %s\n", "STDOUT");
vfprintf(STDERR, "to %s\n", ["STDERR"]);
$m = fopen("php://memory", "w+");
var_dump(fprintf($m, "%s", "é"), vfprintf($m, "", []));
rewind($m); var_dump(stream_get_contents($m));
$ro = fopen("report.txt", "r");
var_dump(fprintf($ro, "abc%s", "d"));
try { fprintf("not a stream", "%s", "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { fprintf($fp, "%s", "closed"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { vfprintf($fp, "%s", "closed"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { fprintf($m, "%s %s", 1); } catch (ArgumentCountError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { vfprintf($m, "%s %s", [1]); } catch (ValueError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { fprintf($m, []); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { vfprintf($m, "%s", "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { fprintf(STDOUT); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
""",
        py=r"""
fp = fopen("report.txt", "w")
n = fprintf(fp, "%05.1f|%s\n", 3.14159, "file"); var_dump(n)
n = vfprintf(fp, "%s=%d\n", ["answer", 42]); var_dump(n)
fclose(fp)
echo(file_get_contents("report.txt"))
echo("before ")
fprintf(STDOUT, "to %s\n", "STDOUT")
vfprintf(STDERR, "to %s\n", ["STDERR"])
m = fopen("php://memory", "w+")
var_dump(fprintf(m, "%s", "é"), vfprintf(m, "", []))
rewind(m); var_dump(stream_get_contents(m))
ro = fopen("report.txt", "r")
var_dump(fprintf(ro, "abc%s", "d"))
for call in (lambda: fprintf("not a stream", "%s", "x"), lambda: fprintf(fp, "%s", "closed"), lambda: vfprintf(fp, "%s", "closed")):
    try:
        call()
    except TypeError as e:
        echo(str(e), "\n")
try:
    fprintf(m, "%s %s", 1)
except PhpArgumentCountError as e:
    echo("ArgumentCountError: ", str(e), "\n")
try:
    vfprintf(m, "%s %s", [1])
except ValueError as e:
    echo("ValueError: ", str(e), "\n")
for call in (lambda: fprintf(m, []), lambda: vfprintf(m, "%s", "x"), lambda: fprintf(STDOUT)):
    try:
        call()
    except TypeError as e:
        echo(str(e), "\n")
""",
    )


def test_declared_properties_dataclasses_and_slots(compare):
    compare(
        php=r"""
#[AllowDynamicProperties]
class D { public $a; public $b = "s"; function __construct($a) { $this->a = $a; } function m() {} }
#[AllowDynamicProperties]
class E extends D { public $c = 1.5; }
class P { public $x = 1; private $y = 2; protected $z = 3; }
$e = new E(2); $e->dyn = null;
var_dump($e); print_r($e); var_export($e); echo "\n";
var_dump(new P);
""",
        py=r"""
import dataclasses
@dataclasses.dataclass
class D:
    a: object
    b: str = "s"
    def m(self):
        pass
@dataclasses.dataclass
class E(D):
    c: float = 1.5
class P:
    __slots__ = ("x", "__y", "_z", "__weakref__")
    def __init__(self):
        self.x = 1
        self.__y = 2
        self._z = 3
e = E(2); e.dyn = None
var_dump(e); print_r(e); var_export(e); echo("\n")
var_dump(P())
""",
    )
