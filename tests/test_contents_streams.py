"""stream_get_contents, stream_get_line, stream_copy_to_stream against PHP 8.2."""

PHP_MEM = r"""
function mem($s) { $m = fopen("php://memory", "w+"); fwrite($m, $s); rewind($m); return $m; }
"""
PY_MEM = r"""
def mem(s):
    m = fopen("php://memory", "w+")
    fwrite(m, s)
    rewind(m)
    return m
"""


def test_stream_get_contents(compare):
    compare(
        php=PHP_MEM + r"""
$m = mem("0123456789");
var_dump(stream_get_contents($m));
var_dump(stream_get_contents($m));
var_dump(stream_get_contents($m, null, 3));
var_dump(stream_get_contents($m, 4, 2));
var_dump(stream_get_contents($m, 2));
var_dump(stream_get_contents($m, -1, 0));
var_dump(stream_get_contents($m, 0, 0));
var_dump(stream_get_contents($m, null, -1));
var_dump(stream_get_contents($m, null, -2));
var_dump(stream_get_contents($m, offset: 7));
var_dump(stream_get_contents($m, length: 3, offset: 1));
var_dump(stream_get_contents($m, null, 20));
var_dump(ftell($m));
var_dump(stream_get_contents($m, null, 20));
$big = mem(str_repeat("0123456789", 10000));
var_dump(strlen(stream_get_contents($big, 40000)));
var_dump(strlen(stream_get_contents($big, 32768)));
var_dump(strlen(stream_get_contents($big, 32767)));
var_dump(strlen(stream_get_contents($big, null, 99990)));
$f = fopen("a.txt", "r"); fgets($f);
var_dump(stream_get_contents($f));
var_dump(stream_get_contents($f, null, 2));
var_dump(stream_get_contents(STDIN, null, 1));
var_dump(stream_get_contents(STDIN));
var_dump(stream_get_contents(fopen("php://stdout", "w")));
""",
        py=PY_MEM + r"""
m = mem("0123456789")
var_dump(stream_get_contents(m))
var_dump(stream_get_contents(m))
var_dump(stream_get_contents(m, None, 3))
var_dump(stream_get_contents(m, 4, 2))
var_dump(stream_get_contents(m, 2))
var_dump(stream_get_contents(m, -1, 0))
var_dump(stream_get_contents(m, 0, 0))
var_dump(stream_get_contents(m, None, -1))
var_dump(stream_get_contents(m, None, -2))
var_dump(stream_get_contents(m, offset=7))
var_dump(stream_get_contents(m, length=3, offset=1))
var_dump(stream_get_contents(m, None, 20))
var_dump(ftell(m))
var_dump(stream_get_contents(m, None, 20))
big = mem("0123456789" * 10000)
var_dump(len(stream_get_contents(big, 40000)))
var_dump(len(stream_get_contents(big, 32768)))
var_dump(len(stream_get_contents(big, 32767)))
var_dump(len(stream_get_contents(big, None, 99990)))
f = fopen("a.txt", "r")
fgets(f)
var_dump(stream_get_contents(f))
var_dump(stream_get_contents(f, None, 2))
var_dump(stream_get_contents(STDIN, None, 1))
var_dump(stream_get_contents(STDIN))
var_dump(stream_get_contents(fopen("php://stdout", "w")))
""",
        files={"a.txt": b"first\nsecond\nthird"},
        stdin=b"piped input\n",
    )


def test_stream_get_contents_errors(compare):
    compare(
        php=PHP_MEM + r"""
$m = mem("abc");
try { stream_get_contents($m, -2); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { stream_get_contents($m, "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { stream_get_contents($m, null, "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { stream_get_contents(5); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { stream_get_contents(stream_context_create()); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
fclose($m);
try { stream_get_contents($m, -2); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { stream_get_contents($m); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(stream_get_contents(mem("abc"), null, null));
""",
        py=PY_MEM + r"""
m = mem("abc")
try:
    stream_get_contents(m, -2)
except ValueError as e:
    echo(str(e), "\n")
try:
    stream_get_contents(m, "x")
except TypeError as e:
    echo(str(e), "\n")
try:
    stream_get_contents(m, None, "x")
except TypeError as e:
    echo(str(e), "\n")
try:
    stream_get_contents(5)
except TypeError as e:
    echo(str(e), "\n")
try:
    stream_get_contents(stream_context_create())
except TypeError as e:
    echo(str(e), "\n")
fclose(m)
try:
    stream_get_contents(m, -2)
except ValueError as e:
    echo(str(e), "\n")
try:
    stream_get_contents(m)
except TypeError as e:
    echo(str(e), "\n")
var_dump(stream_get_contents(mem("abc"), None, None))
""",
    )


def test_stream_get_line(compare):
    compare(
        php=PHP_MEM + r"""
$m = mem("ab\ncd\r\nef||gh||");
var_dump(stream_get_line($m, 5));
var_dump(stream_get_line($m, 100, "\n"));
var_dump(stream_get_line($m, 100, "||"));
var_dump(stream_get_line($m, 1, "||"));
var_dump(stream_get_line($m, 100, "||"));
var_dump(stream_get_line($m, 100, "||"));
$m = mem("abc");
var_dump(stream_get_line($m, 0));
var_dump(stream_get_line($m, 0));
$m = mem("a\n\nb");
for ($i = 0; $i < 4; $i++) var_dump(stream_get_line($m, 10, "\n"));
$m = mem("abcdef");
var_dump(stream_get_line($m, 3, "cd"));
var_dump(stream_get_line($m, 3, "cd"));
$m = mem("abcdef");
var_dump(stream_get_line($m, 3, ""));
var_dump(stream_get_line(mem("a1b"), 10, 1));
var_dump(stream_get_line(mem(str_repeat("x", 10000) . "END" . "rest"), 0, "END"));
var_dump(stream_get_line(mem("xyz"), length: 2, ending: "y"));
$f = fopen("a.txt", "r");
while (($line = stream_get_line($f, 1024, "\n")) !== false) var_dump($line);
try { stream_get_line($m, -1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { stream_get_line($m, "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { stream_get_line(1, 1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(stream_get_line(mem("abc"), null));
var_dump(stream_get_line(fopen("php://stdout", "w"), 10));
""",
        py=PY_MEM + r"""
m = mem("ab\ncd\r\nef||gh||")
var_dump(stream_get_line(m, 5))
var_dump(stream_get_line(m, 100, "\n"))
var_dump(stream_get_line(m, 100, "||"))
var_dump(stream_get_line(m, 1, "||"))
var_dump(stream_get_line(m, 100, "||"))
var_dump(stream_get_line(m, 100, "||"))
m = mem("abc")
var_dump(stream_get_line(m, 0))
var_dump(stream_get_line(m, 0))
m = mem("a\n\nb")
for i in range(4):
    var_dump(stream_get_line(m, 10, "\n"))
m = mem("abcdef")
var_dump(stream_get_line(m, 3, "cd"))
var_dump(stream_get_line(m, 3, "cd"))
m = mem("abcdef")
var_dump(stream_get_line(m, 3, ""))
var_dump(stream_get_line(mem("a1b"), 10, 1))
var_dump(stream_get_line(mem("x" * 10000 + "END" + "rest"), 0, "END"))
var_dump(stream_get_line(mem("xyz"), length=2, ending="y"))
f = fopen("a.txt", "r")
while (line := stream_get_line(f, 1024, "\n")) is not False:
    var_dump(line)
try:
    stream_get_line(m, -1)
except ValueError as e:
    echo(str(e), "\n")
try:
    stream_get_line(m, "x")
except TypeError as e:
    echo(str(e), "\n")
try:
    stream_get_line(1, 1)
except TypeError as e:
    echo(str(e), "\n")
var_dump(stream_get_line(mem("abc"), None))
var_dump(stream_get_line(fopen("php://stdout", "w"), 10))
""",
        files={"a.txt": b"one\ntwo\n\nfour"},
    )


def test_stream_copy_to_stream(compare):
    compare(
        php=PHP_MEM + r"""
$s = mem("0123456789"); $d = mem("");
var_dump(stream_copy_to_stream($s, $d));
var_dump(stream_copy_to_stream($s, $d));
var_dump(stream_copy_to_stream($s, $d, null, 2));
var_dump(stream_copy_to_stream($s, $d, 3, 1));
var_dump(stream_copy_to_stream($s, $d, 2));
var_dump(stream_copy_to_stream($s, $d, 0, 0));
var_dump(stream_copy_to_stream($s, $d, -1, 0));
var_dump(stream_copy_to_stream($s, $d, -5, 0));
var_dump(stream_copy_to_stream($s, $d, null, -3));
var_dump(stream_copy_to_stream($s, $d, null, 50));
rewind($d); var_dump(stream_get_contents($d));
var_dump(stream_copy_to_stream(from: mem("named"), to: $d, length: 3));
$big = mem(str_repeat("abcdefgh", 5000));
$out = fopen("copy.txt", "w");
var_dump(stream_copy_to_stream($big, $out, 30000, 5));
fclose($out);
var_dump(filesize("copy.txt"));
var_dump(stream_copy_to_stream(fopen("copy.txt", "r"), fopen("copy2.txt", "w")));
var_dump(stream_copy_to_stream(fopen("empty.txt", "r"), $d));
var_dump(stream_copy_to_stream(mem("to stdout\n"), STDOUT));
var_dump(stream_copy_to_stream(mem("to output\n"), fopen("php://output", "w")));
var_dump(stream_copy_to_stream(STDIN, STDOUT));
var_dump(stream_copy_to_stream($d, $d));
""",
        py=PY_MEM + r"""
s = mem("0123456789")
d = mem("")
var_dump(stream_copy_to_stream(s, d))
var_dump(stream_copy_to_stream(s, d))
var_dump(stream_copy_to_stream(s, d, None, 2))
var_dump(stream_copy_to_stream(s, d, 3, 1))
var_dump(stream_copy_to_stream(s, d, 2))
var_dump(stream_copy_to_stream(s, d, 0, 0))
var_dump(stream_copy_to_stream(s, d, -1, 0))
var_dump(stream_copy_to_stream(s, d, -5, 0))
var_dump(stream_copy_to_stream(s, d, None, -3))
var_dump(stream_copy_to_stream(s, d, None, 50))
rewind(d)
var_dump(stream_get_contents(d))
var_dump(stream_copy_to_stream(from_=mem("named"), to=d, length=3))
big = mem("abcdefgh" * 5000)
out = fopen("copy.txt", "w")
var_dump(stream_copy_to_stream(big, out, 30000, 5))
fclose(out)
import os
var_dump(os.path.getsize("copy.txt"))
var_dump(stream_copy_to_stream(fopen("copy.txt", "r"), fopen("copy2.txt", "w")))
var_dump(stream_copy_to_stream(fopen("empty.txt", "r"), d))
var_dump(stream_copy_to_stream(mem("to stdout\n"), STDOUT))
var_dump(stream_copy_to_stream(mem("to output\n"), fopen("php://output", "w")))
var_dump(stream_copy_to_stream(STDIN, STDOUT))
var_dump(stream_copy_to_stream(d, d))
""",
        files={"empty.txt": b""},
        stdin=b"stdin to stdout\n",
    )


def test_stream_copy_to_stream_errors(compare):
    compare(
        php=PHP_MEM + r"""
$d = mem("");
var_dump(stream_copy_to_stream(mem("xyz"), fopen("in.txt", "r")));
var_dump(stream_copy_to_stream(fopen("out.txt", "w"), $d));
$x = mem("a"); fclose($x);
try { stream_copy_to_stream($x, $d); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { stream_copy_to_stream($d, $x); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { stream_copy_to_stream(1, $d); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { stream_copy_to_stream($d, "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { stream_copy_to_stream($d, $d, "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { stream_copy_to_stream($d, $d, null, "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { stream_copy_to_stream(stream_context_create(), $d); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
""",
        py=PY_MEM + r"""
d = mem("")
var_dump(stream_copy_to_stream(mem("xyz"), fopen("in.txt", "r")))
var_dump(stream_copy_to_stream(fopen("out.txt", "w"), d))
x = mem("a")
fclose(x)
for args in [(x, d), (d, x), (1, d), (d, "x"), (d, d, "x"), (d, d, None, "x"), (stream_context_create(), d)]:
    try:
        stream_copy_to_stream(*args)
    except TypeError as e:
        echo(str(e), "\n")
""",
        files={"in.txt": b"read only"},
    )


def test_warning_texts(compare):
    # The messages themselves, through an error handler (stderr lines are
    # compared only up to the first " in ").
    compare(
        php=PHP_MEM + r"""
set_error_handler(function ($no, $str) { echo "[$no] $str\n"; return true; });
file_get_contents("a.txt", false, null, -100);
file_get_contents("php://memory", false, null, 5);
stream_get_contents(mem("abc"), null, 20);
stream_copy_to_stream(mem("abc"), mem(""), null, 50);
file_put_contents("php://memory", "x", LOCK_EX);
$t = tempnam("no/such/dir", "x"); unlink($t);
readfile("sub");
fpassthru(fopen("w.txt", "w"));
fgetcsv(fopen("w.txt", "w"));
fputcsv(fopen("a.txt", "r"), ["a"]);
stream_copy_to_stream(mem("xyz"), fopen("a.txt", "r"));
""",
        py=PY_MEM + r"""
import os
def handler(no, msg, *rest):
    echo(f"[{no}] {msg}\n")
    return True
set_error_handler(handler)
file_get_contents("a.txt", False, None, -100)
file_get_contents("php://memory", False, None, 5)
stream_get_contents(mem("abc"), None, 20)
stream_copy_to_stream(mem("abc"), mem(""), None, 50)
file_put_contents("php://memory", "x", LOCK_EX)
t = tempnam("no/such/dir", "x")
os.unlink(t)
readfile("sub")
fpassthru(fopen("w.txt", "w"))
fgetcsv(fopen("w.txt", "w"))
fputcsv(fopen("a.txt", "r"), ["a"])
stream_copy_to_stream(mem("xyz"), fopen("a.txt", "r"))
""",
        files={"a.txt": b"0123456789", "sub/x": b""},
    )


def test_stream_copy_between_plain_files(compare):
    # PHP copies file to file in the kernel (copy_file_range), maps a plain
    # file source from a page boundary and writes it in one piece, and reads
    # 8192-byte chunks otherwise: the notices of a failed copy tell which.
    compare(
        php=r"""
var_dump(stream_copy_to_stream(fopen("src.txt", "r"), fopen("ro.txt", "r")));
var_dump(stream_copy_to_stream(fopen("src.txt", "r"), fopen("/dev/full", "w")));
var_dump(stream_copy_to_stream(fopen("src.txt", "r"), fopen("php://memory", "r")));
$f = fopen("src.txt", "r"); fgets($f, 100);
var_dump(stream_copy_to_stream($f, fopen("/dev/full", "w"), 15000), ftell($f));
$f = fopen("src.txt", "r"); fseek($f, 4096);
var_dump(stream_copy_to_stream($f, fopen("/dev/full", "w"), 15000), ftell($f));
var_dump(file_put_contents("/dev/full", fopen("src.txt", "r")));
$f = fopen("src.txt", "r");
var_dump(stream_copy_to_stream($f, fopen("dst.txt", "w"), 5000), ftell($f));
var_dump(stream_copy_to_stream($f, fopen("dst.txt", "a"), 5000), ftell($f));
$d = fopen("dst.txt", "r+"); fseek($d, 100);
var_dump(stream_copy_to_stream($f, $d, 3000), ftell($f), ftell($d));
var_dump(stream_copy_to_stream($f, fopen("php://memory", "w"), 100000), ftell($f));
echo md5_file("dst.txt"), " ", filesize("dst.txt"), "\n";
var_dump(stream_copy_to_stream(fopen("empty.txt", "r"), fopen("ro.txt", "r")));
var_dump(stream_copy_to_stream(fopen("src.txt", "r"), fopen("ro.txt", "r"), 0));
var_dump(stream_copy_to_stream(fopen(".", "r"), fopen("out.txt", "w")));
var_dump(file_put_contents("copy.txt", fopen("src.txt", "r")), md5_file("copy.txt"));
""",
        py=r"""
import hashlib, os
def md5_file(name):
    with open(name, "rb") as fh:
        return hashlib.md5(fh.read()).hexdigest()
var_dump(stream_copy_to_stream(fopen("src.txt", "r"), fopen("ro.txt", "r")))
var_dump(stream_copy_to_stream(fopen("src.txt", "r"), fopen("/dev/full", "w")))
var_dump(stream_copy_to_stream(fopen("src.txt", "r"), fopen("php://memory", "r")))
f = fopen("src.txt", "r")
fgets(f, 100)
var_dump(stream_copy_to_stream(f, fopen("/dev/full", "w"), 15000), ftell(f))
f = fopen("src.txt", "r")
fseek(f, 4096)
var_dump(stream_copy_to_stream(f, fopen("/dev/full", "w"), 15000), ftell(f))
var_dump(file_put_contents("/dev/full", fopen("src.txt", "r")))
f = fopen("src.txt", "r")
var_dump(stream_copy_to_stream(f, fopen("dst.txt", "w"), 5000), ftell(f))
var_dump(stream_copy_to_stream(f, fopen("dst.txt", "a"), 5000), ftell(f))
d = fopen("dst.txt", "r+")
fseek(d, 100)
var_dump(stream_copy_to_stream(f, d, 3000), ftell(f), ftell(d))
var_dump(stream_copy_to_stream(f, fopen("php://memory", "w"), 100000), ftell(f))
echo(md5_file("dst.txt"), " ", os.path.getsize("dst.txt"), "\n")
var_dump(stream_copy_to_stream(fopen("empty.txt", "r"), fopen("ro.txt", "r")))
var_dump(stream_copy_to_stream(fopen("src.txt", "r"), fopen("ro.txt", "r"), 0))
var_dump(stream_copy_to_stream(fopen(".", "r"), fopen("out.txt", "w")))
var_dump(file_put_contents("copy.txt", fopen("src.txt", "r")), md5_file("copy.txt"))
""",
        files={"src.txt": bytes(range(256)) * 78 + b"tail", "ro.txt": b"ro", "empty.txt": b""},
    )
