# ruff: noqa: E501 - the PHP and Python programs are kept one statement per line
"""PHP's string functions on bytes, against PHP 8.2."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from phpcompat import (
    Ref,
    binary_strings,
    explode,
    implode,
    ltrim,
    number_format,
    rtrim,
    str_pad,
    str_replace,
    str_split,
    strlen,
    strpos,
    strtoupper,
    substr,
    trim,
)


def php_quote(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


# Each case is a PHP expression and its Python transliteration; both programs
# print var_dump() of the result or the exception PHP throws.
def cases_programs(cases: list[tuple[str, str]], prelude_php: str = "", prelude_py: str = "") -> tuple[str, str]:
    php = [prelude_php, "function t($i, $fn) { try { $r = $fn(); echo \"$i: \"; var_dump($r); } catch (Throwable $e) { echo \"$i: \", get_class($e), \": \", $e->getMessage(), \"\\n\"; } }"]
    py = [prelude_py, """def t(i, fn):
    try:
        r = fn()
        echo(f"{i}: ")
        var_dump(r)
    except PhpArgumentCountError as e:
        echo(f"{i}: ArgumentCountError: ", str(e), "\\n")
    except PhpError as e:
        echo(f"{i}: Error: ", str(e), "\\n")
    except TypeError as e:
        echo(f"{i}: TypeError: ", str(e), "\\n")
    except ValueError as e:
        echo(f"{i}: ValueError: ", str(e), "\\n")
"""]
    for i, (php_expr, py_expr) in enumerate(cases):
        php.append(f"t({i}, fn() => {php_expr});")
        py.append(f"t({i}, lambda: {py_expr})")
    return "\n".join(php) + "\n", "\n".join(py) + "\n"


def test_implode_and_explode(compare):
    php, py = cases_programs([
        ('implode(",", [1, 2.5, true, false, null, "x", 0.1 + 0.2, -0.0])', 'implode(",", [1, 2.5, True, False, None, "x", 0.1 + 0.2, -0.0])'),
        ('implode([1, 2])', 'implode([1, 2])'),
        ('implode([1, 2], null)', 'implode([1, 2], None)'),
        ('implode(", ", ["a" => 1, "b" => 2])', 'implode(", ", {"a": 1, "b": 2})'),
        ('implode(",", [])', 'implode(",", [])'),
        ('implode(",", [[1], 2])', 'implode(",", [[1], 2])'),
        ('implode(",", [new Bar, "é"])', 'implode(",", [Bar(), "é"])'),
        ('implode(",", [new Foo])', 'implode(",", [Foo()])'),
        ('implode([1, 2], ",")', 'implode([1, 2], ",")'),
        ('implode(",", "x")', 'implode(",", "x")'),
        ('implode("x")', 'implode("x")'),
        ('implode(1)', 'implode(1)'),
        ('implode(null, [1, 2])', 'implode(None, [1, 2])'),
        ('implode(7, [1, 2])', 'implode(7, [1, 2])'),
        ('implode([1], [2])', 'implode([1], [2])'),
        ('implode(new Foo, [])', 'implode(Foo(), [])'),
        ('explode(",", "a,b,,c")', 'explode(",", "a,b,,c")'),
        ('explode(",", "a,b,,c", 2)', 'explode(",", "a,b,,c", 2)'),
        ('explode(",", "a,b,,c", 1)', 'explode(",", "a,b,,c", 1)'),
        ('explode(",", "a,b,,c", 0)', 'explode(",", "a,b,,c", 0)'),
        ('explode(",", "a,b,,c", -1)', 'explode(",", "a,b,,c", -1)'),
        ('explode(",", "a,b,,c", -3)', 'explode(",", "a,b,,c", -3)'),
        ('explode(",", "a,b,,c", -4)', 'explode(",", "a,b,,c", -4)'),
        ('explode(",", "a,b,,c", -10)', 'explode(",", "a,b,,c", -10)'),
        ('explode(",", "")', 'explode(",", "")'),
        ('explode(",", "", -1)', 'explode(",", "", -1)'),
        ('explode(",", "abc", -1)', 'explode(",", "abc", -1)'),
        ('explode(", ", "a, b, c")', 'explode(", ", "a, b, c")'),
        ('explode("é", "aébéc")', 'explode("é", "aébéc")'),
        ('explode("", "abc")', 'explode("", "abc")'),
        ('explode(",", null)', 'explode(",", None)'),
        ('explode(",", 1234.5)', 'explode(",", 1234.5)'),
        ('explode(",", "a,b", null)', 'explode(",", "a,b", None)'),
        ('explode(",", "a,b", "x")', 'explode(",", "a,b", "x")'),
        ('explode(",", "a,b,c", 2.0)', 'explode(",", "a,b,c", 2.0)'),
        ('explode(",", [])', 'explode(",", [])'),
    ], prelude_php='class Foo {} class Bar { function __toString(): string { return "bar"; } }',
       prelude_py='class Foo:\n    pass\nclass Bar:\n    def __str__(self):\n        return "bar"\n')
    compare(php=php, py=py)


def test_trim_family(compare):
    php, py = cases_programs([
        ('trim("  \\t\\n\\r\\0\\x0Bx \\x0C")', 'trim("  \\t\\n\\r\\0\\x0Bx \\x0C")'),
        ('rtrim("  x  ")', 'rtrim("  x  ")'),
        ('ltrim("  x  ")', 'ltrim("  x  ")'),
        ('trim("xxhixx", "x")', 'trim("xxhixx", "x")'),
        ('rtrim("xxhixx", "x")', 'rtrim("xxhixx", "x")'),
        ('ltrim("xxhixx", "x")', 'ltrim("xxhixx", "x")'),
        ('trim("abcxcba", "a..c")', 'trim("abcxcba", "a..c")'),
        ('trim("1abc1", "0..9")', 'trim("1abc1", "0..9")'),
        ('trim("zaz", "z..z")', 'trim("zaz", "z..z")'),
        ('trim("abcxcba", "c..a")', 'trim("abcxcba", "c..a")'),
        ('trim("abcxcba", "a..")', 'trim("abcxcba", "a..")'),
        ('trim("..abcxcba", "..a")', 'trim("..abcxcba", "..a")'),
        ('trim("abcxcba", "a..c..e")', 'trim("abcxcba", "a..c..e")'),
        ('rtrim("a.b..", "...")', 'rtrim("a.b..", "...")'),
        ('ltrim("a-bx", "a-b")', 'ltrim("a-bx", "a-b")'),
        ('trim("[abc]", "[]")', 'trim("[abc]", "[]")'),
        ('trim("abc", "")', 'trim("abc", "")'),
        ('trim("aaa", "a")', 'trim("aaa", "a")'),
        ('trim("éaé", "é")', 'trim("éaé", "é")'),
        ('trim(" x ", null)', 'trim(" x ", None)'),
        ('trim(null)', 'trim(None)'),
        ('trim(12.50)', 'trim(12.50)'),
        ('trim([])', 'trim([])'),
    ])
    compare(php=php, py=py)


def test_pad_repeat_substr_strpos(compare):
    php, py = cases_programs([
        ('str_pad("5", 3, "0", STR_PAD_LEFT)', 'str_pad("5", 3, "0", STR_PAD_LEFT)'),
        ('str_pad("abc", 10, "xyz", STR_PAD_BOTH)', 'str_pad("abc", 10, "xyz", STR_PAD_BOTH)'),
        ('str_pad("abc", 8, "xyz", STR_PAD_BOTH)', 'str_pad("abc", 8, "xyz", STR_PAD_BOTH)'),
        ('str_pad("abc", 10, "xy", STR_PAD_LEFT)', 'str_pad("abc", 10, "xy", STR_PAD_LEFT)'),
        ('str_pad("abc", 7)', 'str_pad("abc", 7)'),
        ('str_pad("abc", 2)', 'str_pad("abc", 2)'),
        ('str_pad("abc", -6)', 'str_pad("abc", -6)'),
        ('str_pad("abc", 2, "")', 'str_pad("abc", 2, "")'),
        ('str_pad("abc", 6, "")', 'str_pad("abc", 6, "")'),
        ('str_pad("abc", 6, "-", 5)', 'str_pad("abc", 6, "-", 5)'),
        ('str_pad("é", 4, "*")', 'str_pad("é", 4, "*")'),
        ('[STR_PAD_LEFT, STR_PAD_RIGHT, STR_PAD_BOTH]', '[STR_PAD_LEFT, STR_PAD_RIGHT, STR_PAD_BOTH]'),
        ('str_repeat("ab", 3)', 'str_repeat("ab", 3)'),
        ('str_repeat("ab", 0)', 'str_repeat("ab", 0)'),
        ('str_repeat("", 5)', 'str_repeat("", 5)'),
        ('str_repeat("ab", -1)', 'str_repeat("ab", -1)'),
        ('str_repeat("ab", "3")', 'str_repeat("ab", "3")'),
        ('str_repeat("ab", "x")', 'str_repeat("ab", "x")'),
        ('str_repeat("ab", 2.5)', 'str_repeat("ab", 2.5)'),
        ('str_repeat("ab", 2.0)', 'str_repeat("ab", 2.0)'),
        ('substr("abcdef", 1, 3)', 'substr("abcdef", 1, 3)'),
        ('substr("abcdef", -2)', 'substr("abcdef", -2)'),
        ('substr("abcdef", 10)', 'substr("abcdef", 10)'),
        ('substr("abcdef", 6)', 'substr("abcdef", 6)'),
        ('substr("abcdef", -10, 2)', 'substr("abcdef", -10, 2)'),
        ('substr("abcdef", 2, -10)', 'substr("abcdef", 2, -10)'),
        ('substr("abcdef", 2, -1)', 'substr("abcdef", 2, -1)'),
        ('substr("abcdef", 2, null)', 'substr("abcdef", 2, None)'),
        ('substr("abcdef", 0, 0)', 'substr("abcdef", 0, 0)'),
        ('substr("abcdef", -3, -1)', 'substr("abcdef", -3, -1)'),
        ('substr("abcdef", 1, 100)', 'substr("abcdef", 1, 100)'),
        ('substr("é", 0, 1) === "\\xC3"', 'substr("é", 0, 1) == "\\udcc3"'),
        ('substr("abc", null)', 'substr("abc", None)'),
        ('substr("abc", "1")', 'substr("abc", "1")'),
        ('substr("abc", 1.5)', 'substr("abc", 1.5)'),
        ('substr("abc", "x")', 'substr("abc", "x")'),
        ('strpos("hello", "l")', 'strpos("hello", "l")'),
        ('strpos("hello", "l", 3)', 'strpos("hello", "l", 3)'),
        ('strpos("hello", "l", -2)', 'strpos("hello", "l", -2)'),
        ('strpos("hello", "l", -5)', 'strpos("hello", "l", -5)'),
        ('strpos("hello", "z")', 'strpos("hello", "z")'),
        ('strpos("hello", "")', 'strpos("hello", "")'),
        ('strpos("hello", "", 5)', 'strpos("hello", "", 5)'),
        ('strpos("hello", "l", 6)', 'strpos("hello", "l", 6)'),
        ('strpos("hello", "l", -6)', 'strpos("hello", "l", -6)'),
        ('strpos("", "")', 'strpos("", "")'),
        ('strpos("abc", null)', 'strpos("abc", None)'),
        ('strpos("a1c", 1)', 'strpos("a1c", 1)'),
        ('strpos("héllo", "l")', 'strpos("héllo", "l")'),
        ('strlen("é")', 'strlen("é")'),
        ('strlen(12.5)', 'strlen(12.5)'),
        ('strlen(0.1 + 0.2)', 'strlen(0.1 + 0.2)'),
        ('strlen(true)', 'strlen(True)'),
        ('strlen(null)', 'strlen(None)'),
        ('strlen([])', 'strlen([])'),
        ('strlen(new Bar)', 'strlen(Bar())'),
        ('strlen(new Foo)', 'strlen(Foo())'),
    ], prelude_php='class Foo {} class Bar { function __toString(): string { return "bar"; } }',
       prelude_py='class Foo:\n    pass\nclass Bar:\n    def __str__(self):\n        return "bar"\n')
    compare(php=php, py=py)


def test_str_replace(compare):
    php, py = cases_programs([
        ('str_replace("a", "b", "banana")', 'str_replace("a", "b", "banana")'),
        ('str_replace("an", "", "banana")', 'str_replace("an", "", "banana")'),
        ('str_replace("aa", "a", "aaaaa")', 'str_replace("aa", "a", "aaaaa")'),
        ('str_replace(["a", "n"], ["o"], "banana")', 'str_replace(["a", "n"], ["o"], "banana")'),
        ('str_replace(["a", "b"], ["b", "c"], "ab")', 'str_replace(["a", "b"], ["b", "c"], "ab")'),
        ('str_replace(["a", "n"], "x", ["banana", "k" => "nan", 5])', 'str_replace(["a", "n"], "x", {0: "banana", "k": "nan", 1: 5})'),
        ('str_replace("a", ["x"], "banana")', 'str_replace("a", ["x"], "banana")'),
        ('str_replace("", "x", "banana")', 'str_replace("", "x", "banana")'),
        ('str_replace(["", "a"], ["1", "2"], "banana")', 'str_replace(["", "a"], ["1", "2"], "banana")'),
        ('str_replace("a", "x", ["a", ["a"], null, 1.5, true])', 'str_replace("a", "x", ["a", ["a"], None, 1.5, True])'),
        ('str_replace(["a", ["b"]], "x", "ab")', 'str_replace(["a", ["b"]], "x", "ab")'),
        ('str_replace(["a", ["b"]], "x", "a")', 'str_replace(["a", ["b"]], "x", "a")'),
        ('str_replace(["a", ["b"]], "", "a")', 'str_replace(["a", ["b"]], "", "a")'),
        ('str_replace(["a", "b"], [["x"]], "ab")', 'str_replace(["a", "b"], [["x"]], "ab")'),
        ('str_replace("a", "x", [])', 'str_replace("a", "x", [])'),
        ('str_replace("a", "x", "")', 'str_replace("a", "x", "")'),
        ('str_replace(1, 2, 312)', 'str_replace(1, 2, 312)'),
        ('str_replace(null, "x", "abc")', 'str_replace(None, "x", "abc")'),
        ('str_replace("a", null, "abc")', 'str_replace("a", None, "abc")'),
        ('str_replace("a", "x", null)', 'str_replace("a", "x", None)'),
        ('str_replace(new Foo, "x", "abc")', 'str_replace(Foo(), "x", "abc")'),
        ('str_replace("é", "e", "café é")', 'str_replace("é", "e", "café é")'),
    ], prelude_php='class Foo {}', prelude_py='class Foo:\n    pass\n')
    compare(php=php, py=py, name="values")
    compare(
        php=r"""
$c = 0; echo str_replace("a", "x", "banana", $c), " $c\n";
$c = 5; echo str_replace("z", "x", "banana", $c), " $c\n";
$c = 0; var_dump(str_replace(["a", "n"], "x", ["banana", "nan"], $c)); echo "$c\n";
$c = 0; str_replace(["a", "b"], ["b", "c"], "ab", $c); echo "$c\n";
""",
        py=r"""
c = Ref(0); echo(str_replace("a", "x", "banana", c), f" {c.value}\n")
c = Ref(5); echo(str_replace("z", "x", "banana", c), f" {c.value}\n")
c = Ref(0); var_dump(str_replace(["a", "n"], "x", ["banana", "nan"], c)); echo(f"{c.value}\n")
c = Ref(0); str_replace(["a", "b"], ["b", "c"], "ab", c); echo(f"{c.value}\n")
""",
        name="count",
    )


def test_case_hex_and_small_functions(compare):
    php, py = cases_programs([
        ('strtoupper("abc é ß xyz")', 'strtoupper("abc é ß xyz")'),
        ('strtolower("ABC É XYZ")', 'strtolower("ABC É XYZ")'),
        ('strtoupper(null)', 'strtoupper(None)'),
        ('strtoupper(1.5)', 'strtoupper(1.5)'),
        ('bin2hex("abc\\0\\xff")', 'bin2hex(b"abc\\0\\xff")'),
        ('bin2hex("")', 'bin2hex("")'),
        ('bin2hex("é")', 'bin2hex("é")'),
        ('ucfirst("abc")', 'ucfirst("abc")'),
        ('ucfirst("élan")', 'ucfirst("élan")'),
        ('ucfirst("")', 'ucfirst("")'),
        ('lcfirst("ABC")', 'lcfirst("ABC")'),
        ('strrev("abc")', 'strrev("abc")'),
        ('bin2hex(strrev("é"))', 'bin2hex(strrev("é"))'),
        ('str_split("abcde", 2)', 'str_split("abcde", 2)'),
        ('str_split("abc")', 'str_split("abc")'),
        ('str_split("abc", 5)', 'str_split("abc", 5)'),
        ('str_split("", 2)', 'str_split("", 2)'),
        ('str_split("abc", 0)', 'str_split("abc", 0)'),
        ('str_split("abc", -1)', 'str_split("abc", -1)'),
        ('str_contains("abc", "")', 'str_contains("abc", "")'),
        ('str_contains("abc", "bc")', 'str_contains("abc", "bc")'),
        ('str_contains("abc", "x")', 'str_contains("abc", "x")'),
        ('str_starts_with("abc", "ab")', 'str_starts_with("abc", "ab")'),
        ('str_starts_with("abc", "b")', 'str_starts_with("abc", "b")'),
        ('str_starts_with("abc", "")', 'str_starts_with("abc", "")'),
        ('str_ends_with("abc", "bc")', 'str_ends_with("abc", "bc")'),
        ('str_ends_with("abc", "")', 'str_ends_with("abc", "")'),
        ('str_ends_with("", "a")', 'str_ends_with("", "a")'),
        ('nl2br("a\\nb\\r\\nc\\rd\\n\\re")', 'nl2br("a\\nb\\r\\nc\\rd\\n\\re")'),
        ('nl2br("a\\r\\n\\r\\nb\\n\\n")', 'nl2br("a\\r\\n\\r\\nb\\n\\n")'),
        ('nl2br("a\\nb", false)', 'nl2br("a\\nb", False)'),
    ])
    compare(php=php, py=py)


NUMBER_FORMAT_VALUES = [
    0, 1.005, 2.675, 1.955, 5.055, 0.285, 1.45, -1.5, -0.4, -0.5, 1e15 + 0.3, 1234567.891, 0.5, 1.5,
    2.5, -2.5, 1e20, 0.000001, 9.995, 99.995, 1.0000000000000002, 4.35, 8.325, 0.1 + 0.2, -1234.567,
    1e-20, 333.333333, 5e-324, -0.001, 123456789012345678, 999999.9999, 0.045, 1.7976931348623157e308,
]


def test_number_format(compare):
    data = json.dumps(NUMBER_FORMAT_VALUES)
    compare(
        php=f"""foreach (json_decode({php_quote(data)}) as $v) {{
    foreach ([0, 1, 2, 3, -1] as $d) echo number_format($v, $d), " ";
    echo "\\n";
}}
echo number_format(1234.5678, 2, ',', '.'), "|", number_format(1234.5678, 2, '', ''), "|", number_format(1234567.5678, 2, 'dec', 'thou'), "\\n";
echo number_format(-1234.567, 2, ',', ' '), "|", number_format(1234.5, 2, null, null), "|", number_format("1234.5"), "|", number_format(true), "\\n";
echo number_format(INF), "|", number_format(-INF, 2), "|", number_format(NAN), "|", number_format(1.5, 30), "\\n";
try {{ number_format("abc"); }} catch (TypeError $e) {{ echo $e->getMessage(), "\\n"; }}
""",
        py=f"""import json, math
for v in json.loads({data!r}):
    for d in [0, 1, 2, 3, -1]:
        echo(number_format(v, d), " ")
    echo("\\n")
echo(number_format(1234.5678, 2, ',', '.'), "|", number_format(1234.5678, 2, '', ''), "|", number_format(1234567.5678, 2, 'dec', 'thou'), "\\n")
echo(number_format(-1234.567, 2, ',', ' '), "|", number_format(1234.5, 2, None, None), "|", number_format("1234.5"), "|", number_format(True), "\\n")
echo(number_format(math.inf), "|", number_format(-math.inf, 2), "|", number_format(math.nan), "|", number_format(1.5, 30), "\\n")
try:
    number_format("abc")
except TypeError as e:
    echo(str(e), "\\n")
""",
    )


# ---------------------------------------------------------------- properties and the Python-side API

byte_strings = st.binary(max_size=40)
separators = st.binary(min_size=1, max_size=3)


@given(separators, st.lists(byte_strings, max_size=8))
def test_explode_inverts_implode(sep, parts):
    # PHP: explode($sep, implode($sep, $parts)) gives $parts back when no part contains $sep.
    parts = [p.replace(sep, b"") for p in parts] or [b""]
    with binary_strings():
        joined = implode(sep, parts)
        assert isinstance(joined, bytes)
        assert explode(sep, joined) == parts
        assert implode(sep, explode(sep, joined)) == joined


@given(separators, byte_strings, st.integers(-6, 6))
def test_explode_limit_rules(sep, data, limit):
    with binary_strings():
        parts = explode(sep, data, limit)
        full = explode(sep, data)
    if limit > 0:
        assert len(parts) <= limit and sep.join(parts) == data
    elif limit == 0:
        assert parts == [data]
    elif data:
        assert parts == full[:limit]
    else:
        assert parts == []


@given(byte_strings, st.sets(st.integers(0, 255), max_size=6))
def test_trim_invariants(data, chars):
    mask = bytes(sorted(chars)).replace(b".", b"")  # no '..' ranges
    with binary_strings():
        both, right, left = trim(data, mask), rtrim(data, mask), ltrim(data, mask)
    assert both in data and right == data.rstrip(mask) and left == data.lstrip(mask)
    assert both == data.strip(mask)


@given(byte_strings, st.integers(-50, 50), st.one_of(st.none(), st.integers(-50, 50)))
def test_substr_matches_a_slice(data, offset, length):
    with binary_strings():
        result = substr(data, offset, length)
    start = max(len(data) + offset, 0) if offset < 0 else offset
    assert result == data[start:][: (len(data) if length is None else (length if length >= 0 else max(len(data) - start + length, 0)))]
    assert len(result) <= len(data)


@given(byte_strings, st.integers(0, 60), st.binary(min_size=1, max_size=4), st.sampled_from([0, 1, 2]))
def test_str_pad_length(data, length, pad, kind):
    with binary_strings():
        padded = str_pad(data, length, pad, kind)
    assert len(padded) == max(length, len(data)) and data in padded


def test_bytes_in_str_out_and_binary_mode():
    # Non-UTF-8 bytes survive as surrogate escapes and come back exactly.
    text = strtoupper(b"ab\xff")
    assert isinstance(text, str) and text.encode("utf-8", "surrogateescape") == b"AB\xff"
    assert strlen(text) == 3 and strlen("é") == 2
    with binary_strings():
        assert strtoupper(b"ab\xff") == b"AB\xff"
        assert explode(",", "a,\xe9") == [b"a", "\xe9".encode()]
        assert str_split(b"\x00\x01\x02", 2) == [b"\x00\x01", b"\x02"]
        assert str_replace(b"\xff", b"!", [b"\xff\xfe"]) == [b"!\xfe"]
    assert strpos(b"\xff\xfeA", "A") == 2


def test_str_replace_count_and_keys():
    count = Ref()
    result = str_replace(["a", "b"], ["1", "2"], {"x": "aab", 7: "b"}, count)
    assert result == {"x": "112", 7: "2"} and count.value == 4
    assert str_replace("a", "b", ("a", "ca")) == ["b", "cb"]


def test_php_parameter_names():
    assert substr(string="abcdef", offset=1, length=2) == "bc"
    assert str_pad(string="a", length=3, pad_string="-", pad_type=0) == "--a"
    assert number_format(num=1234.5, decimals=1, decimal_separator=",", thousands_separator=".") == "1.234,5"


@pytest.mark.parametrize("bad", [[1], {"a": 1}])
def test_string_parameters_refuse_arrays(bad):
    with pytest.raises(TypeError, match=r"^strlen\(\): Argument #1 \(\$string\) must be of type string, array given$"):
        strlen(bad)
