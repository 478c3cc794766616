"""Reading: fread, fgets, fgetc, feof, the chunk buffer and unread_bytes (recorded from PHP)."""

from snippets import PHP_T, PY_T

BIG = "".join(f"line {i:05d} " + "x" * (i % 97) + "\n" for i in range(600))
LONG_LINES = "a" * 8191 + "\n" + "b" * 8192 + "\n" + "c" * 20000 + "\n" + "tail"


def test_fread_feof_unread_bytes(compare):
    compare(
        files={"big.txt": BIG, "small.txt": "0123456789", "empty.txt": ""},
        php=r'''
foreach (["small.txt", "empty.txt", "big.txt"] as $name) {
    $f = fopen($name, "r");
    foreach ([1, 3, 6, 100, 8192, 10000, 20000, 50000] as $n) {
        $s = fread($f, $n);
        $m = stream_get_meta_data($f);
        echo "$name fread($n): ", strlen($s), " eof=", var_export(feof($f), true), " unread=", $m["unread_bytes"], " pos=", ftell($f), " meta_eof=", var_export($m["eof"], true), "\n";
    }
}
$f = fopen("small.txt", "r");
var_dump(fread($f, 10), feof($f), fread($f, 1), feof($f), fread($f, 1));
$f = fopen("big.txt", "r");
echo md5(fread($f, 100000)), " ", md5_file("big.txt"), "\n";
''',
        py=r'''
import hashlib
for name in ["small.txt", "empty.txt", "big.txt"]:
    f = fopen(name, "r")
    for n in [1, 3, 6, 100, 8192, 10000, 20000, 50000]:
        s = fread(f, n)
        m = stream_get_meta_data(f)
        echo(f"{name} fread({n}): ", len(s), " eof=", var_export(feof(f), True), " unread=", m["unread_bytes"], " pos=", ftell(f), " meta_eof=", var_export(m["eof"], True), "\n")
f = fopen("small.txt", "r")
var_dump(fread(f, 10), feof(f), fread(f, 1), feof(f), fread(f, 1))
f = fopen("big.txt", "r")
echo(hashlib.md5(fread(f, 100000).encode()).hexdigest(), " ", hashlib.md5(open("big.txt", "rb").read()).hexdigest(), "\n")
''',
    )


def test_fgets_lines_and_lengths(compare):
    compare(
        files={"lines.txt": "first\nsecond\r\n\nlast without newline", "long.txt": LONG_LINES, "empty.txt": ""},
        php=r'''
$f = fopen("lines.txt", "r");
while (($line = fgets($f)) !== false) { var_dump($line); echo "eof=", var_export(feof($f), true), " pos=", ftell($f), "\n"; }
var_dump(fgets($f), feof($f));
$f = fopen("lines.txt", "r");
foreach ([1, 2, 3, 4, 5, 6, 7, 100, 2, 1, 3, 100, 100] as $n) { var_dump(fgets($f, $n)); }
$f = fopen("long.txt", "r");
while (($line = fgets($f)) !== false) { echo strlen($line), " ", substr($line, 0, 1), " unread=", stream_get_meta_data($f)["unread_bytes"], "\n"; }
$f = fopen("long.txt", "r");
while (($line = fgets($f, 5000)) !== false) { echo strlen($line), " "; }
echo "\n";
var_dump(fgets(fopen("empty.txt", "r")));
$f = fopen("lines.txt", "r");
var_dump(fgetc($f), fgetc($f), fgets($f), fread($f, 3), fgets($f), fgetc($f));
$f = fopen("lines.txt", "r");
$n = 0; while (($c = fgetc($f)) !== false) { $n++; } var_dump($n, feof($f), fgetc($f));
''',
        py=r'''
f = fopen("lines.txt", "r")
while (line := fgets(f)) is not False:
    var_dump(line); echo("eof=", var_export(feof(f), True), " pos=", ftell(f), "\n")
var_dump(fgets(f), feof(f))
f = fopen("lines.txt", "r")
for n in [1, 2, 3, 4, 5, 6, 7, 100, 2, 1, 3, 100, 100]:
    var_dump(fgets(f, n))
f = fopen("long.txt", "r")
while (line := fgets(f)) is not False:
    echo(strlen(line), " ", line[:1], " unread=", stream_get_meta_data(f)["unread_bytes"], "\n")
f = fopen("long.txt", "r")
while (line := fgets(f, 5000)) is not False:
    echo(strlen(line), " ")
echo("\n")
var_dump(fgets(fopen("empty.txt", "r")))
f = fopen("lines.txt", "r")
var_dump(fgetc(f), fgetc(f), fgets(f), fread(f, 3), fgets(f), fgetc(f))
f = fopen("lines.txt", "r")
n = 0
while (c := fgetc(f)) is not False:
    n += 1
var_dump(n, feof(f), fgetc(f))
''',
    )


def test_reading_write_only_handles(compare):
    compare(
        files={"a.txt": "data\n"},
        php=r'''
foreach (["w", "a", "x", "c"] as $mode) {
    @unlink("w.txt");
    $f = fopen($mode === "x" ? "w.txt" : "a.txt", $mode);
    var_dump(fread($f, 10), fgets($f), fgets($f, 3), fgetc($f), feof($f), fwrite($f, "z"), ftell($f));
    $m = stream_get_meta_data($f); var_dump($m["eof"], $m["unread_bytes"]);
}
$f = fopen("a.txt", "w");
stream_set_chunk_size($f, 100);
var_dump(fread($f, 10), fgets($f));
$f = fopen("a.txt", "w");
stream_set_read_buffer($f, 0);
var_dump(fread($f, 10), fgets($f), fgetc($f));
''',
        py=r'''
import os
for mode in ["w", "a", "x", "c"]:
    if os.path.exists("w.txt"):
        os.unlink("w.txt")
    f = fopen("w.txt" if mode == "x" else "a.txt", mode)
    var_dump(fread(f, 10), fgets(f), fgets(f, 3), fgetc(f), feof(f), fwrite(f, "z"), ftell(f))
    m = stream_get_meta_data(f); var_dump(m["eof"], m["unread_bytes"])
f = fopen("a.txt", "w")
stream_set_chunk_size(f, 100)
var_dump(fread(f, 10), fgets(f))
f = fopen("a.txt", "w")
stream_set_read_buffer(f, 0)
var_dump(fread(f, 10), fgets(f), fgetc(f))
''',
    )


def test_read_argument_errors(compare):
    compare(
        files={"a.txt": "data\n"},
        php=PHP_T + r'''
$f = fopen("a.txt", "r");
t(fn() => fread($GLOBALS["f"], 0));
t(fn() => fread($GLOBALS["f"], -1));
t(fn() => fread($GLOBALS["f"], "x"));
t(fn() => fread("x", 1));
t(fn() => fread(null, 0));
t(fn() => var_dump(fread($GLOBALS["f"], "2")));
t(fn() => var_dump(fread($GLOBALS["f"], 1.0)));
t(fn() => var_dump(fread($GLOBALS["f"], 1.5)));
t(fn() => var_dump(fread($GLOBALS["f"], true)));
t(fn() => var_dump(fread($GLOBALS["f"], null)));
t(fn() => fgets($GLOBALS["f"], 0));
t(fn() => fgets($GLOBALS["f"], -5));
t(fn() => fgets($GLOBALS["f"], "abc"));
t(fn() => var_dump(fgets($GLOBALS["f"], null)));
t(fn() => fgets([]));
t(fn() => fgetc(1));
t(fn() => feof("x"));
$c = stream_context_create();
t(fn() => fread($GLOBALS["c"], 1));
t(fn() => fgets($GLOBALS["c"]));
t(fn() => feof($GLOBALS["c"]));
fclose($f);
t(fn() => fread($GLOBALS["f"], 1));
t(fn() => fread($GLOBALS["f"], 0));
t(fn() => fgets($GLOBALS["f"]));
t(fn() => fgets($GLOBALS["f"], 0));
t(fn() => fgetc($GLOBALS["f"]));
t(fn() => feof($GLOBALS["f"]));
t(fn() => fclose($GLOBALS["f"]));
''',
        py=PY_T + r'''
f = fopen("a.txt", "r")
t(lambda: fread(f, 0))
t(lambda: fread(f, -1))
t(lambda: fread(f, "x"))
t(lambda: fread("x", 1))
t(lambda: fread(None, 0))
t(lambda: var_dump(fread(f, "2")))
t(lambda: var_dump(fread(f, 1.0)))
t(lambda: var_dump(fread(f, 1.5)))
t(lambda: var_dump(fread(f, True)))
t(lambda: var_dump(fread(f, None)))
t(lambda: fgets(f, 0))
t(lambda: fgets(f, -5))
t(lambda: fgets(f, "abc"))
t(lambda: var_dump(fgets(f, None)))
t(lambda: fgets([]))
t(lambda: fgetc(1))
t(lambda: feof("x"))
c = stream_context_create()
t(lambda: fread(c, 1))
t(lambda: fgets(c))
t(lambda: feof(c))
fclose(f)
t(lambda: fread(f, 1))
t(lambda: fread(f, 0))
t(lambda: fgets(f))
t(lambda: fgets(f, 0))
t(lambda: fgetc(f))
t(lambda: feof(f))
t(lambda: fclose(f))
''',
    )


def test_chunk_size_and_read_buffer(compare):
    compare(
        files={"a.txt": "".join(f"{i}\n" for i in range(100))},
        php=r'''
$f = fopen("a.txt", "r");
var_dump(stream_set_chunk_size($f, 10));
var_dump(fgets($f), stream_get_meta_data($f)["unread_bytes"]);
var_dump(fread($f, 15), stream_get_meta_data($f)["unread_bytes"]);
var_dump(stream_set_chunk_size($f, 1), fgets($f), stream_get_meta_data($f)["unread_bytes"]);
var_dump(stream_set_chunk_size($f, 8192), fgets($f), stream_get_meta_data($f)["unread_bytes"]);
var_dump(stream_set_read_buffer($f, 0), fgets($f), stream_get_meta_data($f)["unread_bytes"]);
var_dump(fread($f, 5), stream_get_meta_data($f)["unread_bytes"], fgetc($f));
var_dump(stream_set_read_buffer($f, 100), fgets($f), stream_get_meta_data($f)["unread_bytes"]);
''',
        py=r'''
f = fopen("a.txt", "r")
var_dump(stream_set_chunk_size(f, 10))
var_dump(fgets(f), stream_get_meta_data(f)["unread_bytes"])
var_dump(fread(f, 15), stream_get_meta_data(f)["unread_bytes"])
var_dump(stream_set_chunk_size(f, 1), fgets(f), stream_get_meta_data(f)["unread_bytes"])
var_dump(stream_set_chunk_size(f, 8192), fgets(f), stream_get_meta_data(f)["unread_bytes"])
var_dump(stream_set_read_buffer(f, 0), fgets(f), stream_get_meta_data(f)["unread_bytes"])
var_dump(fread(f, 5), stream_get_meta_data(f)["unread_bytes"], fgetc(f))
var_dump(stream_set_read_buffer(f, 100), fgets(f), stream_get_meta_data(f)["unread_bytes"])
''',
    )


def test_stdin(compare):
    compare(
        stdin=b"one\ntwo\n" + b"z" * 10000 + b"\nlast",
        php=r'''
var_dump(ftell(STDIN), feof(STDIN));
var_dump(fgets(STDIN), ftell(STDIN));
var_dump(fread(STDIN, 2), fgetc(STDIN));
$m = stream_get_meta_data(STDIN); var_dump($m);
var_dump(strlen(fread(STDIN, 20000)), feof(STDIN));
var_dump(strlen(fgets(STDIN)), fgets(STDIN), fgets(STDIN), feof(STDIN), ftell(STDIN));
$in = fopen("php://stdin", "r"); var_dump(fgets($in), feof($in));
var_dump(fseek(STDIN, 0), fseek(STDIN, 5, SEEK_CUR), rewind(STDIN));
var_dump(fclose(STDIN), is_resource(STDIN), get_resource_type(STDIN));
''',
        py=r'''
var_dump(ftell(STDIN), feof(STDIN))
var_dump(fgets(STDIN), ftell(STDIN))
var_dump(fread(STDIN, 2), fgetc(STDIN))
m = stream_get_meta_data(STDIN); var_dump(m)
var_dump(strlen(fread(STDIN, 20000)), feof(STDIN))
var_dump(strlen(fgets(STDIN)), fgets(STDIN), fgets(STDIN), feof(STDIN), ftell(STDIN))
in_ = fopen("php://stdin", "r"); var_dump(fgets(in_), feof(in_))
var_dump(fseek(STDIN, 0), fseek(STDIN, 5, SEEK_CUR), rewind(STDIN))
var_dump(fclose(STDIN), is_resource(STDIN), get_resource_type(STDIN))
''',
    )


def test_memory_and_temp_reads(compare):
    compare(
        php=r'''
foreach (["php://memory", "php://temp", "php://temp/maxmemory:0"] as $uri) {
    $m = fopen($uri, "w+");
    fwrite($m, "alpha\nbeta\ngamma");
    var_dump(fgets($m), feof($m));
    rewind($m);
    var_dump(fgets($m), stream_get_meta_data($m)["unread_bytes"], fread($m, 3), fgetc($m), fgets($m), fgets($m), fgets($m), feof($m));
    rewind($m);
    var_dump(fread($m, 100), feof($m), ftell($m));
}
''',
        py=r'''
for uri in ["php://memory", "php://temp", "php://temp/maxmemory:0"]:
    m = fopen(uri, "w+")
    fwrite(m, "alpha\nbeta\ngamma")
    var_dump(fgets(m), feof(m))
    rewind(m)
    var_dump(fgets(m), stream_get_meta_data(m)["unread_bytes"], fread(m, 3), fgetc(m), fgets(m), fgets(m), fgets(m), feof(m))
    rewind(m)
    var_dump(fread(m, 100), feof(m), ftell(m))
''',
    )


def test_binary_bytes_roundtrip(compare):
    data = bytes(range(256)) * 3 + b"\n\xff\xfe\n"
    compare(
        files={"bin.dat": data},
        php=r'''
$f = fopen("bin.dat", "rb");
$s = fread($f, 1000); var_dump(strlen($s), bin2hex(substr($s, 120, 20)));
var_dump(bin2hex(fgets($f)), bin2hex(fgets($f)), fgets($f));
''',
        py=r'''
f = fopen("bin.dat", "rb")
s = fread(f, 1000); var_dump(strlen(s), bin2hex(substr(s, 120, 20)))
var_dump(bin2hex(fgets(f)), bin2hex(fgets(f)), fgets(f))
''',
    )


def test_reading_a_directory(compare):
    compare(
        files={"d/x": "", "a.txt": "abc"},
        php=r'''
$d = fopen("d", "r"); var_dump(stream_get_meta_data($d));
var_dump(fread($d, 10), feof($d), fgets($d), fgetc($d), fstat($d)["size"] > 0, ftell($d), fseek($d, 0), fwrite($d, "x"), feof($d));
$f = fopen("a.txt", "re"); $g = fopen("a.txt", "rn"); var_dump(stream_get_meta_data($g)["blocked"], stream_get_meta_data($f)["blocked"], fread($g, 10));
''',
        py=r'''
d = fopen("d", "r"); var_dump(stream_get_meta_data(d))
var_dump(fread(d, 10), feof(d), fgets(d), fgetc(d), fstat(d)["size"] > 0, ftell(d), fseek(d, 0), fwrite(d, "x"), feof(d))
f = fopen("a.txt", "re"); g = fopen("a.txt", "rn"); var_dump(stream_get_meta_data(g)["blocked"], stream_get_meta_data(f)["blocked"], fread(g, 10))
''',
    )


def _boundary_file() -> str:
    """Lines of many lengths, some ending exactly on 8192-byte chunk boundaries,
    one longer than two chunks, and a last line without a newline."""
    out, size = [], 0
    lengths = [30, 70, 8000, 91, 1, 1, 120, 17000, 5, 300] * 6
    for i, n in enumerate(lengths):
        boundary = (size // 8192 + 1) * 8192
        if i % 7 == 3 and boundary - size > 1:
            n = boundary - size - 1  # this line's newline is the chunk's last byte
        line = (f"{i}:" + "x" * n)[:n] + "\n"
        out.append(line)
        size += len(line)
    return "".join(out) + "tail without newline"


def test_buffer_state_after_every_fgets(compare):
    """unread_bytes, feof, the meta eof flag and ftell after each line - and
    after queries mixed in at different points - as PHP's 8192-byte fills leave them."""
    compare(
        files={"b.txt": _boundary_file()},
        php=r'''
$f = fopen("b.txt", "r"); $i = 0;
while (($line = fgets($f)) !== false) {
    $i++;
    if ($i % 3 == 0) { $m = stream_get_meta_data($f); echo $i, " ", strlen($line), " u=", $m["unread_bytes"], " e=", (int) $m["eof"], " f=", (int) feof($f), " t=", ftell($f), "\n"; }
    elseif ($i % 5 == 0) { echo $i, " t=", ftell($f), " f=", (int) feof($f), "\n"; }
}
$m = stream_get_meta_data($f); echo "end u=", $m["unread_bytes"], " e=", (int) $m["eof"], " f=", (int) feof($f), " t=", ftell($f), "\n";
$f = fopen("b.txt", "r"); $n = 0;
while (($line = fgets($f)) !== false) { $n++; if ($n == 40) { echo "at 40: ", ftell($f), " ", fread($f, 10), " ", ftell($f), " u=", stream_get_meta_data($f)["unread_bytes"], "\n"; } }
echo $n, "\n";
''',
        py=r'''
f = fopen("b.txt", "r"); i = 0
while (line := fgets(f)) is not False:
    i += 1
    if i % 3 == 0:
        m = stream_get_meta_data(f); echo(i, " ", strlen(line), " u=", m["unread_bytes"], " e=", int(m["eof"]), " f=", int(feof(f)), " t=", ftell(f), "\n")
    elif i % 5 == 0:
        echo(i, " t=", ftell(f), " f=", int(feof(f)), "\n")
m = stream_get_meta_data(f); echo("end u=", m["unread_bytes"], " e=", int(m["eof"]), " f=", int(feof(f)), " t=", ftell(f), "\n")
f = fopen("b.txt", "r"); n = 0
while (line := fgets(f)) is not False:
    n += 1
    if n == 40:
        echo("at 40: ", ftell(f), " ", fread(f, 10), " ", ftell(f), " u=", stream_get_meta_data(f)["unread_bytes"], "\n")
echo(n, "\n")
''',
    )


def test_buffer_state_when_first_looked_at(compare):
    """The line cache reads ahead of PHP's buffer; whatever line it stops at,
    the state it reports is PHP's."""
    compare(
        files={"b.txt": _boundary_file()},
        php=r'''
for ($k = 1; $k <= 61; $k += 2) {
    $f = fopen("b.txt", "r");
    for ($j = 0; $j < $k; $j++) { $line = fgets($f); }
    $m = stream_get_meta_data($f);
    echo $k, " u=", $m["unread_bytes"], " e=", (int) $m["eof"], " t=", ftell($f), " f=", (int) feof($f);
    $next = fgets($f); $m = stream_get_meta_data($f);
    echo " next=", $next === false ? "false" : strlen($next), " u=", $m["unread_bytes"], " c=", var_export(fgetc($f), true), " t=", ftell($f), "\n";
}
''',
        py=r'''
for k in range(1, 62, 2):
    f = fopen("b.txt", "r")
    for j in range(k):
        line = fgets(f)
    m = stream_get_meta_data(f)
    echo(k, " u=", m["unread_bytes"], " e=", int(m["eof"]), " t=", ftell(f), " f=", int(feof(f)))
    nxt = fgets(f); m = stream_get_meta_data(f)
    echo(" next=", "false" if nxt is False else strlen(nxt), " u=", m["unread_bytes"], " c=", var_export(fgetc(f), True), " t=", ftell(f), "\n")
''',
    )
