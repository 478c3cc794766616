"""file_get_contents, file_put_contents, file, readfile, tempnam, tmpfile against PHP 8.2."""

TEXT = b"line1\nline2\r\nline3\n\n\nlast"


def test_file_get_contents_offsets_and_lengths(compare):
    compare(
        php=r"""
var_dump(file_get_contents("a.txt"));
var_dump(file_get_contents("a.txt", false, null, 3));
var_dump(file_get_contents("a.txt", false, null, 3, 4));
var_dump(file_get_contents("a.txt", false, null, -4));
var_dump(file_get_contents("a.txt", false, null, -4, 2));
var_dump(file_get_contents("a.txt", false, null, 100));
var_dump(file_get_contents("a.txt", false, null, 0, 0));
var_dump(file_get_contents("a.txt", false, null, 0, 100));
var_dump(file_get_contents("a.txt", false, null, -100));
var_dump(file_get_contents("a.txt", length: 5));
var_dump(file_get_contents("a.txt", offset: 20));
var_dump(file_get_contents("empty.txt"));
var_dump(strlen(file_get_contents("big.bin", false, null, 10, 50000)));
var_dump(strlen(file_get_contents("big.bin", false, null, -70000)));
var_dump(md5(file_get_contents("big.bin")));
""",
        py=r"""
from hashlib import md5
var_dump(file_get_contents("a.txt"))
var_dump(file_get_contents("a.txt", False, None, 3))
var_dump(file_get_contents("a.txt", False, None, 3, 4))
var_dump(file_get_contents("a.txt", False, None, -4))
var_dump(file_get_contents("a.txt", False, None, -4, 2))
var_dump(file_get_contents("a.txt", False, None, 100))
var_dump(file_get_contents("a.txt", False, None, 0, 0))
var_dump(file_get_contents("a.txt", False, None, 0, 100))
var_dump(file_get_contents("a.txt", False, None, -100))
var_dump(file_get_contents("a.txt", length=5))
var_dump(file_get_contents("a.txt", offset=20))
var_dump(file_get_contents("empty.txt"))
var_dump(len(to_bytes(file_get_contents("big.bin", False, None, 10, 50000))))
var_dump(len(to_bytes(file_get_contents("big.bin", False, None, -70000))))
with binary_strings():
    var_dump(md5(file_get_contents("big.bin")).hexdigest())
""",
        files={"a.txt": TEXT, "empty.txt": b"", "big.bin": bytes(range(256)) * 400},
    )


def test_file_get_contents_failures(compare):
    compare(
        php=r"""
var_dump(file_get_contents("missing.txt"));
foreach (["", "a\0b"] as $name) {
    try { file_get_contents($name); } catch (ValueError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
try { file_get_contents([]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { file_get_contents("a.txt", false, 5); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { file_get_contents("a.txt", false, null, 0, -1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { file_get_contents("a.txt", false, null, "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { file_get_contents("a.txt", false, null, 0, "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { var_dump(file_get_contents("a.txt", false, STDIN)); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(file_get_contents("a.txt", false, null, 1.5));
var_dump(file_get_contents("a.txt", false, null, "2"));
var_dump(file_get_contents("a.txt", false, null, null));
var_dump(file_get_contents("a.txt", "yes", stream_context_create()));
var_dump(file_get_contents("php://memory"));
var_dump(file_get_contents("php://memory", false, null, 5));
var_dump(file_get_contents("php://stdin", false, null, 2));
var_dump(file_get_contents("php://stdin"));
""",
        py=r"""
var_dump(file_get_contents("missing.txt"))
for name in ["", "a\0b"]:
    try:
        file_get_contents(name)
    except ValueError as e:
        echo("ValueError: ", str(e), "\n")
try:
    file_get_contents([])
except TypeError as e:
    echo(str(e), "\n")
try:
    file_get_contents("a.txt", False, 5)
except TypeError as e:
    echo(str(e), "\n")
try:
    file_get_contents("a.txt", False, None, 0, -1)
except ValueError as e:
    echo(str(e), "\n")
try:
    file_get_contents("a.txt", False, None, "x")
except TypeError as e:
    echo(str(e), "\n")
try:
    file_get_contents("a.txt", False, None, 0, "x")
except TypeError as e:
    echo(str(e), "\n")
try:
    var_dump(file_get_contents("a.txt", False, STDIN))
except TypeError as e:
    echo(str(e), "\n")
var_dump(file_get_contents("a.txt", False, None, 1.5))
var_dump(file_get_contents("a.txt", False, None, "2"))
var_dump(file_get_contents("a.txt", False, None, None))
var_dump(file_get_contents("a.txt", "yes", stream_context_create()))
var_dump(file_get_contents("php://memory"))
var_dump(file_get_contents("php://memory", False, None, 5))
var_dump(file_get_contents("php://stdin", False, None, 2))
var_dump(file_get_contents("php://stdin"))
""",
        files={"a.txt": b"0123456789"},
        stdin=b"from stdin\n",
    )


def test_file_get_contents_include_path_and_ids(compare):
    compare(
        php=r"""
set_include_path("inc");
var_dump(file_get_contents("x.txt", true));
var_dump(file_get_contents("x.txt"));
$f = fopen("inc/x.txt", "r"); var_dump($f);
$x = file("inc/x.txt"); $x = file_put_contents("o.txt", "a"); readfile("inc/x.txt"); echo "\n";
$x = file_get_contents("missing");
$f = fopen("inc/x.txt", "r"); var_dump($f);
""",
        py=r"""
set_include_path("inc")
var_dump(file_get_contents("x.txt", True))
var_dump(file_get_contents("x.txt"))
f = fopen("inc/x.txt", "r")
var_dump(f)
x = file("inc/x.txt")
x = file_put_contents("o.txt", "a")
readfile("inc/x.txt")
echo("\n")
x = file_get_contents("missing")
f = fopen("inc/x.txt", "r")
var_dump(f)
""",
        files={"inc/x.txt": b"included"},
    )


def test_file_put_contents_data_kinds(compare):
    compare(
        php=r"""
class Str { function __toString(): string { return "from object"; } }
class Plain {}
function show($r) { var_dump($r); echo file_get_contents("o.txt"), "|\n"; }
show(file_put_contents("o.txt", "hello"));
show(file_put_contents("o.txt", " world", FILE_APPEND));
show(file_put_contents("o.txt", "locked", LOCK_EX));
show(file_put_contents("o.txt", "+more", LOCK_EX | FILE_APPEND));
show(file_put_contents("o.txt", ["a", "b", 1, 2.5, true, null, "", 0.1 + 0.2]));
show(file_put_contents("o.txt", ["k" => "v", 3 => ["x"], "end"]));
show(file_put_contents("o.txt", ""));
show(file_put_contents("o.txt", []));
show(file_put_contents("o.txt", 42));
show(file_put_contents("o.txt", -1.5e-10));
show(file_put_contents("o.txt", true));
show(file_put_contents("o.txt", null));
show(file_put_contents("o.txt", false));
show(file_put_contents("o.txt", new Str()));
show(file_put_contents("o.txt", new Plain()));
$m = fopen("php://memory", "w+"); fwrite($m, "from stream"); fseek($m, 5);
show(file_put_contents("o.txt", $m));
show(file_put_contents("o.txt", $m));
show(file_put_contents("o.txt", "x", "8"));
show(file_put_contents("o.txt", "y", 12345678));
show(file_put_contents("o.txt", "z", null));
show(file_put_contents("sub/new.txt", "made"));
""",
        py=r"""
class Str:
    def __str__(self):
        return "from object"
class Plain:
    pass
def show(r):
    var_dump(r)
    echo(file_get_contents("o.txt"), "|\n")
show(file_put_contents("o.txt", "hello"))
show(file_put_contents("o.txt", " world", FILE_APPEND))
show(file_put_contents("o.txt", "locked", LOCK_EX))
show(file_put_contents("o.txt", "+more", LOCK_EX | FILE_APPEND))
show(file_put_contents("o.txt", ["a", "b", 1, 2.5, True, None, "", 0.1 + 0.2]))
show(file_put_contents("o.txt", {"k": "v", 3: ["x"], 4: "end"}))
show(file_put_contents("o.txt", ""))
show(file_put_contents("o.txt", []))
show(file_put_contents("o.txt", 42))
show(file_put_contents("o.txt", -1.5e-10))
show(file_put_contents("o.txt", True))
show(file_put_contents("o.txt", None))
show(file_put_contents("o.txt", False))
show(file_put_contents("o.txt", Str()))
show(file_put_contents("o.txt", Plain()))
m = fopen("php://memory", "w+")
fwrite(m, "from stream")
fseek(m, 5)
show(file_put_contents("o.txt", m))
show(file_put_contents("o.txt", m))
show(file_put_contents("o.txt", "x", "8"))
show(file_put_contents("o.txt", "y", 12345678))
show(file_put_contents("o.txt", "z", None))
show(file_put_contents("sub/new.txt", "made"))
""",
        files={"sub/keep": b""},
    )


def test_file_put_contents_failures(compare):
    compare(
        php=r"""
var_dump(file_put_contents("nodir/o.txt", "x"));
var_dump(file_put_contents("php://memory", "x", LOCK_EX));
var_dump(file_put_contents("php://stdout", "x", LOCK_EX));
var_dump(file_put_contents("php://memory", "xyz"));
var_dump(file_put_contents("file://" . getcwd() . "/o.txt", "file url", LOCK_EX));
echo file_get_contents("o.txt"), "\n";
echo "before\n";
var_dump(file_put_contents("php://output", "to output\n"));
var_dump(file_put_contents("php://stdout", "to stdout\n"));
$m = fopen("php://memory", "w+"); fclose($m);
try { file_put_contents("o.txt", $m); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { file_put_contents("o.txt", "x", 0, 5); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { file_put_contents("o.txt", "via bad context", 0, STDIN); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
echo file_get_contents("o.txt"), "\n";
try { file_put_contents("", "x"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { file_put_contents("o.txt", "x", "many"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
""",
        py=r"""
var_dump(file_put_contents("nodir/o.txt", "x"))
var_dump(file_put_contents("php://memory", "x", LOCK_EX))
var_dump(file_put_contents("php://stdout", "x", LOCK_EX))
var_dump(file_put_contents("php://memory", "xyz"))
import os
var_dump(file_put_contents("file://" + os.getcwd() + "/o.txt", "file url", LOCK_EX))
echo(file_get_contents("o.txt"), "\n")
echo("before\n")
var_dump(file_put_contents("php://output", "to output\n"))
var_dump(file_put_contents("php://stdout", "to stdout\n"))
m = fopen("php://memory", "w+")
fclose(m)
try:
    file_put_contents("o.txt", m)
except TypeError as e:
    echo(str(e), "\n")
try:
    file_put_contents("o.txt", "x", 0, 5)
except TypeError as e:
    echo(str(e), "\n")
try:
    file_put_contents("o.txt", "via bad context", 0, STDIN)
except TypeError as e:
    echo(str(e), "\n")
echo(file_get_contents("o.txt"), "\n")
try:
    file_put_contents("", "x")
except ValueError as e:
    echo(str(e), "\n")
try:
    file_put_contents("o.txt", "x", "many")
except TypeError as e:
    echo(str(e), "\n")
""",
    )


FILE_FLAGS_PHP = r"""
function show($r) { echo $r === false ? "false" : "[" . implode(",", array_map('bin2hex', $r)) . "]", "\n"; }
foreach (["l1\nl2\r\n\n\r\nl5\rl6\n\n", "", "no newline", "\n", "a\n\nb", "\r\n", "a\rb\rc", "a\n\rb\r\n",
          "x\r", "\n\n\n", "a\nb\r"] as $text) {
    file_put_contents("t.txt", $text);
    foreach ([0, FILE_IGNORE_NEW_LINES, FILE_SKIP_EMPTY_LINES, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES,
              FILE_USE_INCLUDE_PATH | FILE_NO_DEFAULT_CONTEXT, 8, 23] as $flags) {
        echo $flags, " "; show(file("t.txt", $flags));
    }
}
foreach ([-1, 24, 31, 32] as $flags) {
    try { file("t.txt", $flags); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
}
show(file("missing.txt"));
show(file("t.txt", "2"));
try { file("t.txt", 0, 1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { file("t.txt", "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { show(file("t.txt", 0, STDIN)); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
"""

FILE_FLAGS_PY = r"""
def show(r):
    echo("false" if r is False else "[" + ",".join(to_bytes(x).hex() for x in r) + "]", "\n")
for text in ["l1\nl2\r\n\n\r\nl5\rl6\n\n", "", "no newline", "\n", "a\n\nb", "\r\n", "a\rb\rc", "a\n\rb\r\n",
             "x\r", "\n\n\n", "a\nb\r"]:
    file_put_contents("t.txt", text)
    for flags in [0, FILE_IGNORE_NEW_LINES, FILE_SKIP_EMPTY_LINES, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES,
                  FILE_USE_INCLUDE_PATH | FILE_NO_DEFAULT_CONTEXT, 8, 23]:
        echo(flags, " ")
        show(file("t.txt", flags))
for flags in [-1, 24, 31, 32]:
    try:
        file("t.txt", flags)
    except ValueError as e:
        echo(str(e), "\n")
show(file("missing.txt"))
show(file("t.txt", "2"))
try:
    file("t.txt", 0, 1)
except TypeError as e:
    echo(str(e), "\n")
try:
    file("t.txt", "x")
except TypeError as e:
    echo(str(e), "\n")
try:
    show(file("t.txt", 0, STDIN))
except TypeError as e:
    echo(str(e), "\n")
"""


def test_file_flags(compare):
    compare(php=FILE_FLAGS_PHP, py=FILE_FLAGS_PY)


def test_file_lines_are_php_strings(compare):
    compare(
        php=r"""
file_put_contents("u.txt", "caf\xc3\xa9\n\xff\n");
foreach (file("u.txt") as $line) echo bin2hex($line), "\n";
""",
        py=r"""
file_put_contents("u.txt", b"caf\xc3\xa9\n\xff\n")
lines = file("u.txt")
assert lines == ["caf\u00e9\n", "\udcff\n"], lines
with binary_strings():
    lines = file("u.txt")
assert lines == [b"caf\xc3\xa9\n", b"\xff\n"], lines
for line in lines:
    echo(line.hex(), "\n")
""",
    )


def test_readfile(compare):
    compare(
        php=r"""
echo "<";
var_dump(readfile("a.txt"));
var_dump(readfile("empty.txt"));
var_dump(readfile("missing"));
var_dump(readfile("sub"));
set_include_path("sub");
var_dump(readfile("in.txt", true));
try { readfile(""); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { readfile("a.txt", false, 1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { readfile("a.txt", false, STDIN); } catch (TypeError $e) { echo "\n", $e->getMessage(), "\n"; }
""",
        py=r"""
echo("<")
var_dump(readfile("a.txt"))
var_dump(readfile("empty.txt"))
var_dump(readfile("missing"))
var_dump(readfile("sub"))
set_include_path("sub")
var_dump(readfile("in.txt", True))
try:
    readfile("")
except ValueError as e:
    echo(str(e), "\n")
try:
    readfile("a.txt", False, 1)
except TypeError as e:
    echo(str(e), "\n")
try:
    readfile("a.txt", False, STDIN)
except TypeError as e:
    echo("\n", str(e), "\n")
""",
        files={"a.txt": TEXT, "empty.txt": b"", "sub/in.txt": b"in sub\n"},
    )


def test_fpassthru(compare):
    compare(
        php=r"""
$m = fopen("php://memory", "w+"); fwrite($m, "passthru data\n" . str_repeat("z", 20000) . "\n"); fseek($m, 4);
var_dump(fpassthru($m));
var_dump(fpassthru($m));
$f = fopen("a.txt", "r"); fgets($f);
var_dump(fpassthru($f));
var_dump(fpassthru(fopen("o.txt", "w")));
$x = fopen("php://memory", "r"); fclose($x);
try { fpassthru($x); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { fpassthru("a.txt"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
""",
        py=r"""
m = fopen("php://memory", "w+")
fwrite(m, "passthru data\n" + "z" * 20000 + "\n")
fseek(m, 4)
var_dump(fpassthru(m))
var_dump(fpassthru(m))
f = fopen("a.txt", "r")
fgets(f)
var_dump(fpassthru(f))
var_dump(fpassthru(fopen("o.txt", "w")))
x = fopen("php://memory", "r")
fclose(x)
try:
    fpassthru(x)
except TypeError as e:
    echo(str(e), "\n")
try:
    fpassthru("a.txt")
except TypeError as e:
    echo(str(e), "\n")
""",
        files={"a.txt": TEXT},
    )


TEMPNAM_PHP = r"""
function describe($t, $dir) {
    if ($t === false) { echo "false\n"; return; }
    $base = basename($t);
    echo dirname($t) === $dir ? "in place" : "elsewhere: " . dirname($t), " ",
        substr($base, 0, -6), " ", strlen($base), " ", decoct(fileperms($t) & 0777), " ", filesize($t), "\n";
    unlink($t);
}
$sub = realpath("sub"); $tmp = realpath(sys_get_temp_dir());
describe(tempnam("sub", "pre"), $sub);
describe(tempnam($sub, "abs"), $sub);
describe(tempnam("sub/", "slash"), $sub);
describe(tempnam("sub/../sub/.", "dots"), $sub);
describe(tempnam("sub", "x/y/zz"), $sub);
describe(tempnam("sub", "trail/"), $sub);
describe(tempnam("sub", ""), $sub);
describe(tempnam("sub", str_repeat("p", 63)), $sub);
describe(tempnam("sub", str_repeat("q", 64)), $sub);
describe(tempnam("sub", str_repeat("r", 70)), $sub);
describe(tempnam("", "empty"), $tmp);
describe(tempnam("nodir", "missing"), $tmp);
describe(tempnam("file.txt", "notdir"), $tmp);
try { tempnam("sub", "a\0b"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { tempnam([], "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
echo count(scandir("sub")), "\n";
"""

TEMPNAM_PY = r"""
import os
def describe(t, d):
    if t is False:
        echo("false\n")
        return
    t = to_bytes(t).decode()
    base = os.path.basename(t)
    st = os.stat(t)
    echo("in place" if os.path.dirname(t) == d else "elsewhere: " + os.path.dirname(t), " ",
         base[:-6], " ", len(base), " ", oct(st.st_mode & 0o777)[2:], " ", st.st_size, "\n")
    os.unlink(t)
sub = os.path.realpath("sub")
tmp = os.path.realpath((os.environ.get("TMPDIR") or "/tmp").rstrip("/") or "/")
describe(tempnam("sub", "pre"), sub)
describe(tempnam(sub, "abs"), sub)
describe(tempnam("sub/", "slash"), sub)
describe(tempnam("sub/../sub/.", "dots"), sub)
describe(tempnam("sub", "x/y/zz"), sub)
describe(tempnam("sub", "trail/"), sub)
describe(tempnam("sub", ""), sub)
describe(tempnam("sub", "p" * 63), sub)
describe(tempnam("sub", "q" * 64), sub)
describe(tempnam("sub", "r" * 70), sub)
describe(tempnam("", "empty"), tmp)
describe(tempnam("nodir", "missing"), tmp)
describe(tempnam("file.txt", "notdir"), tmp)
try:
    tempnam("sub", "a\0b")
except ValueError as e:
    echo(str(e), "\n")
try:
    tempnam([], "x")
except TypeError as e:
    echo(str(e), "\n")
echo(len(os.listdir("sub")) + 2, "\n")
"""


def test_tempnam(compare):
    compare(php=TEMPNAM_PHP, py=TEMPNAM_PY, files={"sub/keep": b"", "file.txt": b"x"})


TMPFILE_PHP = r"""
$t = tmpfile();
var_dump($t);
var_dump(fwrite($t, "hello temp"));
rewind($t);
var_dump(fread($t, 100));
$meta = stream_get_meta_data($t);
$uri = $meta["uri"];
unset($meta["uri"]);
var_dump($meta);
echo dirname($uri) === realpath(sys_get_temp_dir()) ? "in temp dir" : "elsewhere", " ",
    substr(basename($uri), 0, 3), " ", strlen(basename($uri)), " ", decoct(fileperms($uri) & 0777), "\n";
var_dump(file_exists($uri));
fclose($t);
var_dump(file_exists($uri));
var_dump(get_resource_type($t));
$u = tmpfile();
$uri = stream_get_meta_data($u)["uri"];
$u = null;
var_dump(file_exists($uri));
$v = tmpfile(); var_dump($v);
"""

TMPFILE_PY = r"""
import os
t = tmpfile()
var_dump(t)
var_dump(fwrite(t, "hello temp"))
rewind(t)
var_dump(fread(t, 100))
meta = stream_get_meta_data(t)
uri = meta.pop("uri")
var_dump(meta)
tmp = os.path.realpath((os.environ.get("TMPDIR") or "/tmp").rstrip("/") or "/")
echo("in temp dir" if os.path.dirname(uri) == tmp else "elsewhere", " ",
     os.path.basename(uri)[:3], " ", len(os.path.basename(uri)), " ", oct(os.stat(uri).st_mode & 0o777)[2:], "\n")
var_dump(os.path.exists(uri))
fclose(t)
var_dump(os.path.exists(uri))
var_dump(get_resource_type(t))
u = tmpfile()
uri = stream_get_meta_data(u)["uri"]
u = None
var_dump(os.path.exists(uri))
v = tmpfile()
var_dump(v)
"""


def test_tmpfile(compare):
    compare(php=TMPFILE_PHP, py=TMPFILE_PY)


def test_write_failures_on_a_full_device(compare):
    compare(
        php=r"""
var_dump(file_put_contents("/dev/full", "x"));
var_dump(file_put_contents("/dev/full", ["ab", "c"]));
$m = fopen("php://memory", "w+"); fwrite($m, "data"); rewind($m);
var_dump(file_put_contents("/dev/full", $m));
var_dump(fputcsv(fopen("/dev/full", "w"), ["a"]));
var_dump(stream_copy_to_stream(fopen("php://memory", "r"), fopen("/dev/full", "w")));
$m = fopen("php://memory", "w+"); fwrite($m, "data"); rewind($m);
var_dump(stream_copy_to_stream($m, fopen("/dev/full", "w")));
""",
        py=r"""
var_dump(file_put_contents("/dev/full", "x"))
var_dump(file_put_contents("/dev/full", ["ab", "c"]))
m = fopen("php://memory", "w+")
fwrite(m, "data")
rewind(m)
var_dump(file_put_contents("/dev/full", m))
var_dump(fputcsv(fopen("/dev/full", "w"), ["a"]))
var_dump(stream_copy_to_stream(fopen("php://memory", "r"), fopen("/dev/full", "w")))
m = fopen("php://memory", "w+")
fwrite(m, "data")
rewind(m)
var_dump(stream_copy_to_stream(m, fopen("/dev/full", "w")))
""",
    )


def test_fpassthru_position_and_eof(compare):
    # From a plain file at a page boundary PHP maps the file, writes it and
    # seeks past it, so feof() is still false; elsewhere it reads to the end.
    compare(
        php=r"""
$f = fopen("a.txt", "r"); var_dump(fpassthru($f), feof($f), ftell($f));
$g = fopen("a.txt", "r"); fgets($g); var_dump(fpassthru($g), feof($g), ftell($g));
$b = fopen("big.txt", "r"); fseek($b, 4096); var_dump(fpassthru($b), feof($b), ftell($b));
$m = fopen("php://memory", "w+"); fwrite($m, "x\n"); rewind($m); var_dump(fpassthru($m), feof($m));
$e = fopen("empty.txt", "r"); var_dump(fpassthru($e), feof($e));
$h = fopen("a.txt", "r"); var_dump(stream_copy_to_stream($h, fopen("php://memory", "w")), feof($h));
""",
        py=r"""
f = fopen("a.txt", "r")
var_dump(fpassthru(f), feof(f), ftell(f))
g = fopen("a.txt", "r")
fgets(g)
var_dump(fpassthru(g), feof(g), ftell(g))
b = fopen("big.txt", "r")
fseek(b, 4096)
var_dump(fpassthru(b), feof(b), ftell(b))
m = fopen("php://memory", "w+")
fwrite(m, "x\n")
rewind(m)
var_dump(fpassthru(m), feof(m))
e = fopen("empty.txt", "r")
var_dump(fpassthru(e), feof(e))
h = fopen("a.txt", "r")
var_dump(stream_copy_to_stream(h, fopen("php://memory", "w")), feof(h))
""",
        files={"a.txt": TEXT, "big.txt": b"0123456789abcdef" * 300 + b"\n", "empty.txt": b""},
    )
