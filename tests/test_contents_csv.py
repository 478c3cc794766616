"""fgetcsv / fputcsv against PHP 8.2: the parser's quirks, arguments, errors."""

import random

# Both sides print a row the same way: each field in brackets as hex (so
# every byte shows), NULL for PHP's null, "false" for false.
PHP_SHOW = r"""
function show($r) {
    if ($r === false) { echo "false\n"; return; }
    foreach ($r as $v) { echo $v === null ? "NULL" : "[" . bin2hex($v) . "]"; }
    echo "\n";
}
function mem($s) { $m = fopen("php://memory", "w+"); fwrite($m, $s); rewind($m); return $m; }
"""
PY_SHOW = r"""
def show(r):
    if r is False:
        echo("false\n")
        return
    for v in r:
        echo("NULL" if v is None else "[" + to_bytes(v).hex() + "]")
    echo("\n")
def mem(s):
    m = fopen("php://memory", "w+")
    fwrite(m, s)
    rewind(m)
    return m
"""


def _rows_case(inputs, args_php="", args_py=""):
    """PHP and Python programs reading every row of each input with fgetcsv."""
    listing_php = ", ".join(f'"{s.hex()}"' for s in inputs)
    listing_py = ", ".join(f'"{s.hex()}"' for s in inputs)
    php = PHP_SHOW + f"""
foreach ([{listing_php}] as $hex) {{
    $m = mem(hex2bin($hex));
    echo $hex, ":\\n";
    while (($r = fgetcsv($m{args_php})) !== false) {{ echo "  ", ftell($m), " "; show($r); }}
}}
"""
    py = PY_SHOW + f"""
for h in [{listing_py}]:
    m = mem(bytes.fromhex(h))
    echo(h, ":\\n")
    while (r := fgetcsv(m{args_py})) is not False:
        echo("  ", ftell(m), " ")
        show(r)
"""
    return php, py


QUIRKS = [
    b"a,b,c\n1,2,3\n",
    b"a,b,c",
    b"\n\n",
    b"\r\n",
    b" \n",
    b"  \n",
    b",,\n",
    b'""\n',
    b'"",""\n',
    b'a,"b\nc",d\ne\n',
    b'"unterminated\nline2\n',
    b'"unterminated',
    b'"abc"def,g\n',
    b'"a""b",c\n',
    b'"a\\"b",c\n',
    b'  "a"  ,  b  \n',
    b"a , b ,\n",
    b"a,b\r\nc,d\r\n",
    b"a,b\rc,d\r",
    b'a,"b\r\nc"\r\nd\r\n',
    b'"a\nb\n\nc"\n',
    b'x,"a\\"\nb"\n',
    b'"a" "b",c\n',
    b'"a",\n',
    b"a\0b,c\n",
    b'"a\0b",c\n',
    b'"ab\\"\n',
    b'"ab\\\\"\n',
    b'\t"x"\n',
    b'"x"\r',
    b'a,"\n',
    b'"\n',
    b'a,"',
    b'a,"\r\n',
    b'a,"\nb\n',
    b'a,"x\\\ny"\n',
    b"x\r\xff\n",
    b"x \xff\n",
    b'\xff"a"\n',
    b'"a\xff""b"\n',
    b"a,\xc3\xa9t\xc3\xa9\n",
    b'"\xc3\xa9""x",y\r\n',
    b"a\r,b\n",
]


def test_fgetcsv_quirks(compare):
    php, py = _rows_case(QUIRKS)
    compare(php=php, py=py)


def test_fgetcsv_length(compare):
    php, py = _rows_case([b"abcdef,ghij\nxyz\n", b'"ab\ncd",e\n'], ", 3", ", 3")
    compare(php=php, py=py, name="three")
    php, py = _rows_case([b"abcdef,ghij\nxyz\n"], ", 0", ", 0")
    compare(php=php, py=py, name="zero")
    php, py = _rows_case([b"abcdef,ghij\nxyz\n"], ", null", ", None")
    compare(php=php, py=py, name="null")


def test_fgetcsv_separator_enclosure_escape(compare):
    data = [b"a;b;'c;d';\"e;f\"\n", b"'a''b';'x\\'y';z\n", b'"a\\"b",c\n', b"a\tb\t'c\td'\n"]
    php, py = _rows_case(data, ', null, ";", "\'"', ', None, ";", "\'"')
    compare(php=php, py=py, name="semicolon-quote")
    php, py = _rows_case(data, ', null, ",", "\\"", ""', ', None, ",", "\\"", ""')
    compare(php=php, py=py, name="no-escape")
    php, py = _rows_case(data, ', null, "\\t"', ', None, "\\t"')
    compare(php=php, py=py, name="tab")
    php, py = _rows_case(data, ', escape: "\'"', ', escape="\'"')
    compare(php=php, py=py, name="named-escape")


def test_fgetcsv_random(compare):
    # A seeded sample of byte soup over the characters the parser cares about.
    rng = random.Random(8)
    alphabet = [b"a", b",", b'"', b"\\", b"\n", b"\r", b" ", b"\t", b"\xc3\xa9", b"\xff", b"\0", b"\r\n"]
    inputs = [b"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 16))) for _ in range(120)]
    php, py = _rows_case(inputs)
    compare(php=php, py=py)


def test_fgetcsv_argument_errors(compare):
    compare(
        php=PHP_SHOW + r"""
$m = mem("a,b\n");
foreach ([[";;", "\"", "\\"], ["", "\"", "\\"], [",", "", "\\"], [",", "ab", "\\"], [",", "\"", "ab"]] as [$s, $e, $x]) {
    try { fgetcsv($m, null, $s, $e, $x); } catch (ValueError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
foreach ([-1, PHP_INT_MAX] as $len) {
    try { fgetcsv($m, $len); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
}
try { fgetcsv($m, "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { fgetcsv(1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { fgetcsv($m, null, []); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { fgetcsv(stream_context_create()); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
fclose($m);
try { fgetcsv($m); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
show(fgetcsv(mem("a\\\"b,c"), null, ",", "\"", null));
show(fgetcsv(mem("a,b"), 1.0));
""",
        py=PY_SHOW + r"""
m = mem("a,b\n")
for s, e, x in [[";;", '"', "\\"], ["", '"', "\\"], [",", "", "\\"], [",", "ab", "\\"], [",", '"', "ab"]]:
    try:
        fgetcsv(m, None, s, e, x)
    except ValueError as e:
        echo("ValueError: ", str(e), "\n")
for length in [-1, PHP_INT_MAX]:
    try:
        fgetcsv(m, length)
    except ValueError as e:
        echo(str(e), "\n")
try:
    fgetcsv(m, "x")
except TypeError as e:
    echo(str(e), "\n")
try:
    fgetcsv(1)
except TypeError as e:
    echo(str(e), "\n")
try:
    fgetcsv(m, None, [])
except TypeError as e:
    echo(str(e), "\n")
try:
    fgetcsv(stream_context_create())
except TypeError as e:
    echo(str(e), "\n")
fclose(m)
try:
    fgetcsv(m)
except TypeError as e:
    echo(str(e), "\n")
show(fgetcsv(mem("a\\\"b,c"), None, ",", '"', None))
show(fgetcsv(mem("a,b"), 1.0))
""",
    )


def test_fgetcsv_end_of_data_and_unreadable(compare):
    compare(
        php=PHP_SHOW + r"""
$m = mem("");
show(fgetcsv($m));
$m = mem("x\n");
show(fgetcsv($m)); show(fgetcsv($m)); var_dump(feof($m));
$w = fopen("out.txt", "w");
show(fgetcsv($w));
""",
        py=PY_SHOW + r"""
m = mem("")
show(fgetcsv(m))
m = mem("x\n")
show(fgetcsv(m))
show(fgetcsv(m))
echo("bool(true)\n" if feof(m) else "bool(false)\n")
w = fopen("out.txt", "w")
show(fgetcsv(w))
""",
    )


def test_fgetcsv_from_file(compare):
    files = {"data.csv": b'id,name,note\n1,"Smith, J","said ""hi""\nthen left"\n2,Doe,\n\n3,"x",y\n'}
    compare(
        php=PHP_SHOW + r"""
$f = fopen("data.csv", "r");
while (($row = fgetcsv($f)) !== false) { echo ftell($f), " ", count($row), " "; show($row); }
fclose($f);
""",
        py=PY_SHOW + r"""
f = fopen("data.csv", "r")
while (row := fgetcsv(f)) is not False:
    echo(ftell(f), " ", len(row), " ")
    show(row)
fclose(f)
""",
        files=files,
    )


def test_fgetcsv_returns_strings(compare):
    # str by default (UTF-8, surrogateescape), bytes inside binary_strings()
    compare(
        php=r"""
$m = fopen("php://memory", "w+"); fwrite($m, "h\xc3\xa9,\xff\n\n"); rewind($m);
$r = fgetcsv($m); echo bin2hex($r[0]), " ", bin2hex($r[1]), "\n";
rewind($m);
$r = fgetcsv($m); echo bin2hex($r[0]), " ", bin2hex($r[1]), "\n";
echo count(fgetcsv($m)), "\n";
""",
        py=r"""
m = fopen("php://memory", "w+")
fwrite(m, b"h\xc3\xa9,\xff\n\n")
rewind(m)
r = fgetcsv(m)
assert r == ["h\u00e9", "\udcff"], r
echo(to_bytes(r[0]).hex(), " ", to_bytes(r[1]).hex(), "\n")
rewind(m)
with binary_strings():
    r = fgetcsv(m)
assert r == [b"h\xc3\xa9", b"\xff"], r
echo(r[0].hex(), " ", r[1].hex(), "\n")
r = fgetcsv(m)
assert r == [None], r
echo(len(r), "\n")
""",
    )


FPUTCSV_PHP = PHP_SHOW + r"""
$m = mem("");
foreach ([
    [["a", "b c", "d,e", "f\"g", "h\\\"i", "j\nk", "l\rm", "n\to", ""]],
    [[]],
    [[1, 2.5, true, false, null, 0.1 + 0.2, -0.0, 1e100, PHP_INT_MAX]],
    [["x" => "a b", 5 => "c"]],
    [["a;b", "c'd", "e f"], ";", "'"],
    [["a\\\"b", "c\\"], ",", "\"", ""],
    [["a\\'b"], ",", "'", "\\"],
    [["a", "b"], ",", "\"", "\\", "\r\n"],
    [["a", "b"], ",", "\"", "\\", ""],
    [["a", "b"], ",", "\"", "\\", null],
    [["a\xc3\xa9 b", "\xff"]],
] as $args) {
    $n = fputcsv($m, ...$args);
    echo $n, " ";
}
echo "\n";
rewind($m);
echo bin2hex(stream_get_contents($m)), "\n";
rewind($m);
while (($r = fgetcsv($m)) !== false) { show($r); }
"""

FPUTCSV_PY = PY_SHOW + r"""
m = mem("")
for args in [
    [["a", "b c", "d,e", "f\"g", "h\\\"i", "j\nk", "l\rm", "n\to", ""]],
    [[]],
    [[1, 2.5, True, False, None, 0.1 + 0.2, -0.0, 1e100, PHP_INT_MAX]],
    [{"x": "a b", 5: "c"}],
    [["a;b", "c'd", "e f"], ";", "'"],
    [["a\\\"b", "c\\"], ",", "\"", ""],
    [["a\\'b"], ",", "'", "\\"],
    [["a", "b"], ",", "\"", "\\", "\r\n"],
    [["a", "b"], ",", "\"", "\\", ""],
    [["a", "b"], ",", "\"", "\\", None],
    [[b"a\xc3\xa9 b", b"\xff"]],
]:
    n = fputcsv(m, *args)
    echo(n, " ")
echo("\n")
rewind(m)
echo(to_bytes(stream_get_contents(m)).hex(), "\n")
rewind(m)
while (r := fgetcsv(m)) is not False:
    show(r)
"""


def test_fputcsv_round_trip(compare):
    compare(php=FPUTCSV_PHP, py=FPUTCSV_PY)


def test_fputcsv_errors(compare):
    compare(
        php=PHP_SHOW + r"""
$m = mem("");
foreach ([["", "\"", "\\"], [",", "ab", "\\"], [",", "\"", "ab"]] as [$s, $e, $x]) {
    try { fputcsv($m, ["a"], $s, $e, $x); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
}
try { fputcsv($m, "a"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { fputcsv(1, ["a"]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { fputcsv($m, ["a"], ",", "\"", "\\", []); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
echo fputcsv($m, ["a", ["b"], "c"]), "\n";
$r = fopen("in.txt", "r");
var_dump(fputcsv($r, ["a", "b"]));
fclose($r);
try { fputcsv($r, ["a"]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
rewind($m); echo stream_get_contents($m);
""",
        py=PY_SHOW + r"""
m = mem("")
for s, e, x in [["", '"', "\\"], [",", "ab", "\\"], [",", '"', "ab"]]:
    try:
        fputcsv(m, ["a"], s, e, x)
    except ValueError as e:
        echo(str(e), "\n")
try:
    fputcsv(m, "a")
except TypeError as e:
    echo(str(e), "\n")
try:
    fputcsv(1, ["a"])
except TypeError as e:
    echo(str(e), "\n")
try:
    fputcsv(m, ["a"], ",", '"', "\\", [])
except TypeError as e:
    echo(str(e), "\n")
echo(fputcsv(m, ["a", ["b"], "c"]), "\n")
r = fopen("in.txt", "r")
echo("bool(false)\n" if fputcsv(r, ["a", "b"]) is False else "?\n")
fclose(r)
try:
    fputcsv(r, ["a"])
except TypeError as e:
    echo(str(e), "\n")
rewind(m)
echo(stream_get_contents(m))
""",
        files={"in.txt": b"x"},
    )


def test_fputcsv_named_arguments(compare):
    compare(
        php=r"""
$m = fopen("php://memory", "w+");
fputcsv(stream: $m, fields: ["a b", "c"], separator: ";", eol: "|\n");
fputcsv($m, ["x'y"], enclosure: "'");
rewind($m); echo stream_get_contents($m);
""",
        py=r"""
m = fopen("php://memory", "w+")
fputcsv(stream=m, fields=["a b", "c"], separator=";", eol="|\n")
fputcsv(m, ["x'y"], enclosure="'")
rewind(m)
echo(stream_get_contents(m))
""",
    )


def test_csv_high_byte_characters(compare):
    # PHP compares a high-byte escape (unsigned) with signed chars: it never
    # escapes, though fputcsv still encloses a field that contains it.
    data = [b'\x00\xc3\x00\xa7\xc3\xa9\t\x80\n', b'"a\xc3"",b"\xa7c\n', b"x\xa7\xc3\xa9\xa7y\n", b'"\xc3\xa9\xa7"\xa7z\n']
    php, py = _rows_case(data, ', null, "\\xa7", "\\"", "\\xc3"', ', None, b"\\xa7", b\'"\', b"\\xc3"')
    compare(php=php, py=py, name="read")
    php, py = _rows_case(data, ', null, "\\xa7", "\\0", "\\xc3"', ', None, b"\\xa7", b"\\0", b"\\xc3"')
    compare(php=php, py=py, name="nul-enclosure")
    compare(
        php=PHP_SHOW + r"""
$m = mem("");
var_dump(fputcsv($m, ["a\xc3\"b", "c\xa7d", "plain"], "\xa7", "\"", "\xc3"));
var_dump(fputcsv($m, ["a\x80\"b"], ",", "\"", "\x80"));
rewind($m); echo bin2hex(stream_get_contents($m)), "\n";
""",
        py=PY_SHOW + r"""
m = mem("")
var_dump(fputcsv(m, [b"a\xc3\"b", b"c\xa7d", "plain"], b"\xa7", "\"", b"\xc3"))
var_dump(fputcsv(m, [b"a\x80\"b"], ",", "\"", b"\x80"))
rewind(m)
echo(to_bytes(stream_get_contents(m)).hex(), "\n")
""",
        name="write",
    )
