"""sscanf / fscanf against PHP 8.2: conversions, by-reference variables, errors."""

import random

# One line per scan: the result as a list of typed values (or the count and
# the variables), the same way on both sides.
PHP_DUMP = r"""
function d($v) {
    if ($v === null) return "NULL";
    if ($v === false) return "false";
    if (is_int($v)) return "i" . $v;
    if (is_float($v)) return "f" . $v;
    if (is_string($v)) return "s[" . bin2hex($v) . "]";
    return "?";
}
function dump($r) { echo is_array($r) ? "[" . implode(" ", array_map('d', $r)) . "]" : d($r), "\n"; }
function mem($s) { $m = fopen("php://memory", "w+"); fwrite($m, $s); rewind($m); return $m; }
"""
PY_DUMP = r"""
from phpcompat._core.values import float_to_string
def d(v):
    if v is None:
        return "NULL"
    if v is False:
        return "false"
    if isinstance(v, int):
        return "i" + str(v)
    if isinstance(v, float):
        return "f" + float_to_string(v)
    if isinstance(v, (str, bytes)):
        return "s[" + to_bytes(v).hex() + "]"
    return "?"
def dump(r):
    echo("[" + " ".join(d(v) for v in r) + "]" if isinstance(r, list) else d(r), "\n")
def mem(s):
    m = fopen("php://memory", "w+")
    fwrite(m, s)
    rewind(m)
    return m
"""

CASES = [
    ("", "%d"), ("  ", "%d"), ("abc", "%d"), ("12 apples", "%d %s"), ("12", "%d %s"),
    ("0x1A", "%x"), ("0x1A", "%i"), ("017", "%i"), ("-0", "%i"), ("0x", "%x"), ("0x", "%i%s"),
    ("ff", "%X"), ("-12", "%u"), ("99999999999999999999", "%u"), ("-99999999999999999999", "%u"),
    ("12345678901234567890", "%d"), ("-9223372036854775809", "%d"), ("5", "%u"),
    ("1.5e3x", "%f"), ("1.5e", "%f%s"), ("1.5e+", "%f%s"), (".5", "%f"), ("-.e", "%f"), ("1e400", "%f"),
    ("1e5", "%e"), ("1e5", "%g"), ("1e5", "%E"), ("inf", "%f"), ("3.25", "%3f%s"),
    ("abc def", "%c%c%5c"), ("abc def", "%3c"), ("  abc", "%c"), ("a", "%c%c"),
    ("abc", "%[a-b]%s"), ("abc", "%[^c]"), ("]abc", "%[]a]"), ("a-b", "%[a-]"), ("abc", "%[^]a]"),
    ("abc", "%[z-a]"), ("b-", "%[a-c-]"), ("ABC", "%2[A-Z]%s"), ("abc", "%[a]]"),
    ("\xff\xfe", "%[\x80-\xff]"), ("\xff\xfe", "%[a-z]"),
    ("abc", "%*s"), ("abc def", "%2$s %1$s"), ("abc", "%5$s"), ("abc", "%n"), ("hello world", "%s%n"),
    ("ab", "%c%n%c"), ("abc", "%%%s"), ("%abc", "%%%s"), ("123", "%2d%d"), ("a b", "%s%s"),
    ("12:34", "%d:%d"), ("12-34", "%d:%d"), ("x", ""), ("abc", "%ld %hd"), ("12", "%D"), ("12", "%o"),
    ("78", "%o"), ("1.0", "%d.%d"), ("ab\0cd", "%s%s"), ("abcd", "%s\0%s"), ("-0x1A", "%x"),
    ("0X1a", "%x"), ("08", "%i"), ("-", "%d"), ("+5", "%d"), ("- 5", "%d"), ("5 ", "%d "),
    ("5", "%dx"), ("5", "%d%d"), (" ", " %d"), ("   x", "%s"), ("\t\v\fx", "%s"), ("00x5", "%x"),
    ("0xg", "%x%s"), ("age: 25 name: Bob", "age: %d name: %s"), ("2024-01-15", "%4d-%2d-%2d"),
    ("#ff8000", "#%2x%2x%2x"), ("id=007", "id=%i"),
]


def _matrix(cases):
    php_cases = ", ".join(f'["{s.encode("latin-1").hex()}", "{f.encode("latin-1").hex()}"]' for s, f in cases)
    php = PHP_DUMP + f"""
foreach ([{php_cases}] as [$s, $f]) {{ echo $f, " "; dump(sscanf(hex2bin($s), hex2bin($f))); }}
"""
    py = PY_DUMP + f"""
for s, f in [{php_cases}]:
    echo(f, " ")
    dump(sscanf(bytes.fromhex(s), bytes.fromhex(f)))
"""
    return php, py


def test_sscanf_conversions(compare):
    php, py = _matrix(CASES)
    compare(php=php, py=py)


def test_sscanf_random(compare):
    rng = random.Random(11)
    chars = ["1", "0", "9", "7", "a", "F", "x", " ", "-", "+", ".", "e", "z", "\n", "]", ":", "12", "0x", "8"]
    parts = ["%d", "%i", "%x", "%o", "%u", "%f", "%e", "%s", "%c", "%n", "%[a-z]", "%[^ ]", "%[0-9x]",
             "%*d", "%*s", "%3d", "%2s", "%5c", "%1d", "%2x", "%3f", " ", ":", "x", "%%", "-", "%2[0-9]"]
    cases = [
        ("".join(rng.choice(chars) for _ in range(rng.randint(0, 8))),
         "".join(rng.choice(parts) for _ in range(rng.randint(1, 4))))
        for _ in range(150)
    ]
    php, py = _matrix(cases)
    compare(php=php, py=py)


def test_sscanf_by_reference(compare):
    compare(
        php=PHP_DUMP + r"""
$a = $b = $c = "init";
dump(sscanf("12 ab", "%d %s", $a, $b)); dump([$a, $b]);
$a = $b = "init";
dump(sscanf("", "%d %s", $a, $b)); dump([$a, $b]);
dump(sscanf("x", "%d %s", $a, $b)); dump([$a, $b]);
dump(sscanf("12", "%d %s", $a, $b)); dump([$a, $b]);
dump(sscanf("12 ab", "%2\$s %1\$s", $a, $b)); dump([$a, $b]);
dump(sscanf("12 ab", "%*d %s", $a)); dump([$a]);
dump(sscanf("12 ab", "%n", $a)); dump([$a]);
dump(sscanf("-5", "%u", $a)); dump([$a]);
dump(sscanf("1.5 x", "%f %c", $a, $b)); dump([$a, $b]);
""",
        py=PY_DUMP + r"""
a, b = Ref("init"), Ref("init")
dump(sscanf("12 ab", "%d %s", a, b))
dump([a.value, b.value])
a, b = Ref("init"), Ref("init")
dump(sscanf("", "%d %s", a, b))
dump([a.value, b.value])
dump(sscanf("x", "%d %s", a, b))
dump([a.value, b.value])
dump(sscanf("12", "%d %s", a, b))
dump([a.value, b.value])
dump(sscanf("12 ab", "%2$s %1$s", a, b))
dump([a.value, b.value])
dump(sscanf("12 ab", "%*d %s", a))
dump([a.value])
dump(sscanf("12 ab", "%n", a))
dump([a.value])
dump(sscanf("-5", "%u", a))
dump([a.value])
dump(sscanf("1.5 x", "%f %c", a, b))
dump([a.value, b.value])
""",
    )


def test_sscanf_errors(compare):
    formats = ["%", "%5", "%*", "%l", "%1$", "%q", "%[", "%[^", "%[]", "%1$s %s", "%s %1$s", "%1$s %1$s",
               "%0$s", "%256$s", "%\xff"]
    listing = ", ".join(f'"{f.encode("latin-1").hex()}"' for f in formats)
    compare(
        php=PHP_DUMP + f"""
foreach ([{listing}] as $f) {{
    try {{ dump(sscanf("abc", hex2bin($f))); }} catch (ValueError $e) {{ echo get_class($e), ": ", $e->getMessage(), "\\n"; }}
}}
$a = $b = $c = null;
try {{ sscanf("12", "%d %s", $a); }} catch (ValueError $e) {{ echo $e->getMessage(), "\\n"; }}
try {{ sscanf("12", "%d", $a, $b, $c); }} catch (ValueError $e) {{ echo $e->getMessage(), "\\n"; }}
try {{ sscanf("12", "%2\\$s", $a, $b); }} catch (ValueError $e) {{ echo $e->getMessage(), "\\n"; }}
try {{ sscanf("12", "%3\\$s", $a, $b); }} catch (ValueError $e) {{ echo $e->getMessage(), "\\n"; }}
try {{ sscanf([], "%d"); }} catch (TypeError $e) {{ echo $e->getMessage(), "\\n"; }}
$f = "sscanf";
try {{ $f("1", "%d", 5); }} catch (Error $e) {{ echo get_class($e), ": ", $e->getMessage(), "\\n"; }}
dump(sscanf(null, "%d"));
dump(sscanf(123, "%d"));
""",
        py=PY_DUMP + f"""
for f in [{listing}]:
    try:
        dump(sscanf("abc", bytes.fromhex(f)))
    except ValueError as e:
        echo("ValueError: ", str(e), "\\n")
a, b, c = Ref(), Ref(), Ref()
for args in [("12", "%d %s", a), ("12", "%d", a, b, c), ("12", "%2$s", a, b), ("12", "%3$s", a, b)]:
    try:
        sscanf(*args)
    except ValueError as e:
        echo(str(e), "\\n")
try:
    sscanf([], "%d")
except TypeError as e:
    echo(str(e), "\\n")
try:
    sscanf("1", "%d", 5)
except PhpError as e:
    echo("Error: ", str(e), "\\n")
dump(sscanf(None, "%d"))
dump(sscanf(123, "%d"))
""",
    )


def test_fscanf_lines(compare):
    compare(
        php=PHP_DUMP + r"""
$m = mem("12 ab\n34 cd\n\n 7\nlast");
dump(fscanf($m, "%d %s"));
try { fscanf($m, "%q"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
dump(fscanf($m, "%d"));
$a = $b = "init";
dump(fscanf($m, "%d%s", $a, $b)); dump([$a, $b]);
dump(fscanf($m, "%s%n", $a, $b)); dump([$a, $b]);
dump(fscanf($m, "%s"));
dump(fscanf($m, "%s", $a)); dump([$a]);
echo ftell($m), "\n";
""",
        py=PY_DUMP + r"""
m = mem("12 ab\n34 cd\n\n 7\nlast")
dump(fscanf(m, "%d %s"))
try:
    fscanf(m, "%q")
except ValueError as e:
    echo(str(e), "\n")
dump(fscanf(m, "%d"))
a, b = Ref("init"), Ref("init")
dump(fscanf(m, "%d%s", a, b))
dump([a.value, b.value])
dump(fscanf(m, "%s%n", a, b))
dump([a.value, b.value])
dump(fscanf(m, "%s"))
dump(fscanf(m, "%s", a))
dump([a.value])
echo(ftell(m), "\n")
""",
    )


def test_fscanf_file_and_errors(compare):
    compare(
        php=PHP_DUMP + r"""
$f = fopen("people.txt", "r");
while ($row = fscanf($f, "%s\t%d\t%[^\n]")) { dump($row); }
fclose($f);
try { fscanf($f, "%d"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { fscanf(stream_context_create(), "%d"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { fscanf("people.txt", "%d"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$a = null;
try { fscanf(mem("1 2"), "%d %d", $a); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$w = fopen("out.txt", "w");
dump(fscanf($w, "%d"));
""",
        py=PY_DUMP + r"""
f = fopen("people.txt", "r")
while row := fscanf(f, "%s\t%d\t%[^\n]"):
    dump(row)
fclose(f)
try:
    fscanf(f, "%d")
except TypeError as e:
    echo(str(e), "\n")
try:
    fscanf(stream_context_create(), "%d")
except TypeError as e:
    echo(str(e), "\n")
try:
    fscanf("people.txt", "%d")
except TypeError as e:
    echo(str(e), "\n")
a = Ref()
try:
    fscanf(mem("1 2"), "%d %d", a)
except ValueError as e:
    echo(str(e), "\n")
w = fopen("out.txt", "w")
dump(fscanf(w, "%d"))
""",
        files={"people.txt": b"alice\t31\tLondon, UK\nbob\t27\tParis\n\ncarol\tx\t?\n"},
    )


def test_scan_results_are_php_strings(compare):
    # str by default, bytes in binary mode; the bytes themselves come from PHP
    compare(
        php=r"""
$r = sscanf("h\xc3\xa9 \xff", "%s %s"); echo bin2hex($r[0]), " ", bin2hex($r[1]), "\n";
""",
        py=r"""
r = sscanf(b"h\xc3\xa9 \xff", "%s %s")
assert r == ["h\u00e9", "\udcff"], r
with binary_strings():
    r2 = sscanf(b"h\xc3\xa9 \xff", "%s %s")
    ref = Ref()
    sscanf(b"h\xc3\xa9", "%s", ref)
assert r2 == [b"h\xc3\xa9", b"\xff"] and ref.value == b"h\xc3\xa9", (r2, ref)
echo(r2[0].hex(), " ", r2[1].hex(), "\n")
""",
    )
