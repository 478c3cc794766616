"""Writing, seeking, truncating, fstat: fwrite/fputs, append mode, fseek/ftell/rewind (recorded from PHP)."""

PHP_T = r'''
function t($f) { try { $f(); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
function show($name) { var_dump(bin2hex(file_get_contents($name))); }
'''
PY_T = r'''
def t(f):
    try:
        f()
    except (TypeError, ValueError) as e:
        echo("TypeError" if isinstance(e, TypeError) else "ValueError", ": ", str(e), "\n")
def show(name):
    var_dump(open(name, "rb").read().hex())
'''


def test_fwrite_lengths_and_fputs(compare):
    compare(
        php=PHP_T + r'''
$f = fopen("out.txt", "w");
var_dump(fwrite($f, "hello"), fwrite($f, " world", 3), fwrite($f, "abc", 0), fwrite($f, "abc", -1), fwrite($f, "xyz", 100));
var_dump(fwrite($f, ""), fputs($f, "!\n"), fputs($f, "12345", 2), fwrite($f, 42), fwrite($f, 1.5), fwrite($f, true), fwrite($f, null, null));
var_dump(ftell($f));
fclose($f);
show("out.txt");
t(fn() => fwrite($GLOBALS["f"], "x"));
var_dump(fwrite($f, ""), fwrite($f, "abc", 0));
t(fn() => fwrite("x", "y"));
t(fn() => fwrite(STDOUT, []));
t(fn() => fwrite(STDOUT, "x", "y"));
t(fn() => fputs(STDOUT, "x", []));
t(fn() => fputs($GLOBALS["f"], "x"));
$r = fopen("out.txt", "r");
var_dump(fwrite($r, "abc"), fputs($r, "de"), ftell($r));
''',
        py=PY_T + r'''
f = fopen("out.txt", "w")
var_dump(fwrite(f, "hello"), fwrite(f, " world", 3), fwrite(f, "abc", 0), fwrite(f, "abc", -1), fwrite(f, "xyz", 100))
var_dump(fwrite(f, ""), fputs(f, "!\n"), fputs(f, "12345", 2), fwrite(f, 42), fwrite(f, 1.5), fwrite(f, True), fwrite(f, None, None))
var_dump(ftell(f))
fclose(f)
show("out.txt")
t(lambda: fwrite(f, "x"))
var_dump(fwrite(f, ""), fwrite(f, "abc", 0))
t(lambda: fwrite("x", "y"))
t(lambda: fwrite(STDOUT, []))
t(lambda: fwrite(STDOUT, "x", "y"))
t(lambda: fputs(STDOUT, "x", []))
t(lambda: fputs(f, "x"))
r = fopen("out.txt", "r")
var_dump(fwrite(r, "abc"), fputs(r, "de"), ftell(r))
''',
    )


def test_append_mode_and_seek_past_end(compare):
    compare(
        files={"a.txt": "0123456789"},
        php=PHP_T + r'''
$f = fopen("a.txt", "a");
var_dump(ftell($f), fwrite($f, "AB"), ftell($f), fseek($f, 0), ftell($f), fwrite($f, "CD"), ftell($f), fseek($f, 3, SEEK_CUR), ftell($f));
fclose($f); show("a.txt");
$f = fopen("a.txt", "a+");
var_dump(ftell($f), fread($f, 4), ftell($f), fwrite($f, "EF"), ftell($f), fread($f, 4), feof($f));
rewind($f); var_dump(fread($f, 100));
fclose($f); show("a.txt");
$f = fopen("a.txt", "r+");
var_dump(fseek($f, 20), ftell($f), fwrite($f, "Z"), ftell($f));
var_dump(fseek($f, -3, SEEK_END), fread($f, 10), fseek($f, 2), fwrite($f, "yy"), fread($f, 3), ftell($f));
fclose($f); show("a.txt");
$f = fopen("a.txt", "c+");
var_dump(fread($f, 3), fwrite($f, "__"), ftell($f), fgets($f), ftell($f));
fclose($f); show("a.txt");
$f = fopen("a.txt", "w+");
var_dump(fread($f, 3), fwrite($f, "new"), ftell($f), fread($f, 3), rewind($f), fread($f, 10));
fclose($f); show("a.txt");
''',
        py=PY_T + r'''
f = fopen("a.txt", "a")
var_dump(ftell(f), fwrite(f, "AB"), ftell(f), fseek(f, 0), ftell(f), fwrite(f, "CD"), ftell(f), fseek(f, 3, SEEK_CUR), ftell(f))
fclose(f); show("a.txt")
f = fopen("a.txt", "a+")
var_dump(ftell(f), fread(f, 4), ftell(f), fwrite(f, "EF"), ftell(f), fread(f, 4), feof(f))
rewind(f); var_dump(fread(f, 100))
fclose(f); show("a.txt")
f = fopen("a.txt", "r+")
var_dump(fseek(f, 20), ftell(f), fwrite(f, "Z"), ftell(f))
var_dump(fseek(f, -3, SEEK_END), fread(f, 10), fseek(f, 2), fwrite(f, "yy"), fread(f, 3), ftell(f))
fclose(f); show("a.txt")
f = fopen("a.txt", "c+")
var_dump(fread(f, 3), fwrite(f, "__"), ftell(f), fgets(f), ftell(f))
fclose(f); show("a.txt")
f = fopen("a.txt", "w+")
var_dump(fread(f, 3), fwrite(f, "new"), ftell(f), fread(f, 3), rewind(f), fread(f, 10))
fclose(f); show("a.txt")
''',
    )


def test_read_then_write_in_buffer(compare):
    compare(
        files={"a.txt": "line1\nline2\nline3\n"},
        php=PHP_T + r'''
$f = fopen("a.txt", "r+");
var_dump(fgets($f), stream_get_meta_data($f)["unread_bytes"], fwrite($f, "XX"), stream_get_meta_data($f)["unread_bytes"], ftell($f), fgets($f));
var_dump(fseek($f, 1, SEEK_CUR), ftell($f), fgetc($f), fseek($f, -2, SEEK_CUR), fgetc($f), fseek($f, 0, SEEK_SET), fgets($f));
fclose($f); show("a.txt");
''',
        py=PY_T + r'''
f = fopen("a.txt", "r+")
var_dump(fgets(f), stream_get_meta_data(f)["unread_bytes"], fwrite(f, "XX"), stream_get_meta_data(f)["unread_bytes"], ftell(f), fgets(f))
var_dump(fseek(f, 1, SEEK_CUR), ftell(f), fgetc(f), fseek(f, -2, SEEK_CUR), fgetc(f), fseek(f, 0, SEEK_SET), fgets(f))
fclose(f); show("a.txt")
''',
    )


def test_fseek_ftell_rewind_edges(compare):
    compare(
        files={"a.txt": "0123456789"},
        php=PHP_T + r'''
$f = fopen("a.txt", "r");
var_dump(fseek($f, -1), ftell($f), fseek($f, 100), ftell($f), feof($f), fread($f, 1), feof($f), fseek($f, 0, 99), ftell($f));
var_dump(fseek($f, 5), fseek($f, -2, SEEK_CUR), ftell($f), fseek($f, -20, SEEK_CUR), ftell($f), fseek($f, -4, SEEK_END), fread($f, 2));
var_dump(fseek($f, "3"), ftell($f), fseek($f, 2.0), ftell($f), rewind($f), ftell($f), fseek($f, 1, true), ftell($f));
t(fn() => fseek($GLOBALS["f"], "x"));
t(fn() => fseek($GLOBALS["f"], 1, "y"));
t(fn() => fseek($GLOBALS["f"], 1.5));
t(fn() => ftell("x"));
t(fn() => rewind(1));
fclose($f);
t(fn() => fseek($GLOBALS["f"], 0));
t(fn() => ftell($GLOBALS["f"]));
t(fn() => rewind($GLOBALS["f"]));
$o = fopen("php://output", "w");
var_dump(fseek($o, 0), ftell($o), rewind($o), fseek($o, 0, SEEK_CUR), fseek($o, 5, SEEK_CUR), fseek($o, 0, SEEK_END));
''',
        py=PY_T + r'''
f = fopen("a.txt", "r")
var_dump(fseek(f, -1), ftell(f), fseek(f, 100), ftell(f), feof(f), fread(f, 1), feof(f), fseek(f, 0, 99), ftell(f))
var_dump(fseek(f, 5), fseek(f, -2, SEEK_CUR), ftell(f), fseek(f, -20, SEEK_CUR), ftell(f), fseek(f, -4, SEEK_END), fread(f, 2))
var_dump(fseek(f, "3"), ftell(f), fseek(f, 2.0), ftell(f), rewind(f), ftell(f), fseek(f, 1, True), ftell(f))
t(lambda: fseek(f, "x"))
t(lambda: fseek(f, 1, "y"))
t(lambda: fseek(f, 1.5))
t(lambda: ftell("x"))
t(lambda: rewind(1))
fclose(f)
t(lambda: fseek(f, 0))
t(lambda: ftell(f))
t(lambda: rewind(f))
o = fopen("php://output", "w")
var_dump(fseek(o, 0), ftell(o), rewind(o), fseek(o, 0, SEEK_CUR), fseek(o, 5, SEEK_CUR), fseek(o, 0, SEEK_END))
''',
    )


def test_memory_seek_write_truncate(compare):
    compare(
        php=PHP_T + r'''
$m = fopen("php://memory", "w+"); fwrite($m, "abcdef");
var_dump(fseek($m, 2), fseek($m, 100), ftell($m), fwrite($m, "X")); rewind($m); var_dump(fread($m, 100));
fseek($m, 2); var_dump(fseek($m, -10, SEEK_CUR), ftell($m), fwrite($m, "Y")); rewind($m); var_dump(fread($m, 100));
fseek($m, 2); var_dump(fseek($m, 3, SEEK_END), ftell($m), fwrite($m, "Z")); rewind($m); var_dump(fread($m, 100));
fseek($m, 2); var_dump(fseek($m, 2, 7), ftell($m), fwrite($m, "W")); rewind($m); var_dump(fread($m, 100));
fseek($m, 2); var_dump(fseek($m, -100, SEEK_END), ftell($m), fwrite($m, "V")); rewind($m); var_dump(fread($m, 100));
fseek($m, 2); var_dump(fseek($m, 100, SEEK_CUR), ftell($m), fwrite($m, "U")); rewind($m); var_dump(fread($m, 100));
var_dump(ftruncate($m, 3), ftell($m), fread($m, 10), fwrite($m, "T")); rewind($m); var_dump(fread($m, 100));
var_dump(ftruncate($m, 10)); rewind($m); var_dump(bin2hex(fread($m, 100)));
var_dump(fstat($m));
$r = fopen("php://memory", "r"); var_dump(ftruncate($r, 5), fstat($r)["mode"], fwrite($r, "x"), fread($r, 5), feof($r));
$a = fopen("php://memory", "a"); var_dump(fwrite($a, "abc"), fseek($a, 1), fwrite($a, "d"), ftell($a)); rewind($a); var_dump(fread($a, 10));
$t = fopen("php://temp", "w+"); var_dump(fwrite($t, "abc"), fseek($t, 10), ftell($t), ftruncate($t, 6), fstat($t)["size"]);
rewind($t); var_dump(bin2hex(fread($t, 100)));
''',
        py=PY_T + r'''
m = fopen("php://memory", "w+"); fwrite(m, "abcdef")
var_dump(fseek(m, 2), fseek(m, 100), ftell(m), fwrite(m, "X")); rewind(m); var_dump(fread(m, 100))
fseek(m, 2); var_dump(fseek(m, -10, SEEK_CUR), ftell(m), fwrite(m, "Y")); rewind(m); var_dump(fread(m, 100))
fseek(m, 2); var_dump(fseek(m, 3, SEEK_END), ftell(m), fwrite(m, "Z")); rewind(m); var_dump(fread(m, 100))
fseek(m, 2); var_dump(fseek(m, 2, 7), ftell(m), fwrite(m, "W")); rewind(m); var_dump(fread(m, 100))
fseek(m, 2); var_dump(fseek(m, -100, SEEK_END), ftell(m), fwrite(m, "V")); rewind(m); var_dump(fread(m, 100))
fseek(m, 2); var_dump(fseek(m, 100, SEEK_CUR), ftell(m), fwrite(m, "U")); rewind(m); var_dump(fread(m, 100))
var_dump(ftruncate(m, 3), ftell(m), fread(m, 10), fwrite(m, "T")); rewind(m); var_dump(fread(m, 100))
var_dump(ftruncate(m, 10)); rewind(m); var_dump(bin2hex(fread(m, 100)))
var_dump(fstat(m))
r = fopen("php://memory", "r"); var_dump(ftruncate(r, 5), fstat(r)["mode"], fwrite(r, "x"), fread(r, 5), feof(r))
a = fopen("php://memory", "a"); var_dump(fwrite(a, "abc"), fseek(a, 1), fwrite(a, "d"), ftell(a)); rewind(a); var_dump(fread(a, 10))
t_ = fopen("php://temp", "w+"); var_dump(fwrite(t_, "abc"), fseek(t_, 10), ftell(t_), ftruncate(t_, 6), fstat(t_)["size"])
rewind(t_); var_dump(bin2hex(fread(t_, 100)))
''',
    )


def test_ftruncate_and_fstat_plain(compare):
    compare(
        files={"a.txt": "0123456789"},
        php=PHP_T + r'''
$f = fopen("a.txt", "r+");
var_dump(fgets($f, 4), ftruncate($f, 5), ftell($f), fread($f, 100), feof($f));
rewind($f); var_dump(fread($f, 100));
var_dump(ftruncate($f, 8), ftell($f)); rewind($f); var_dump(bin2hex(fread($f, 100)));
$s = fstat($f);
var_dump(count($s), array_keys($s), $s["size"], $s[7], $s["mode"] & 0777, $s["nlink"], $s["mode"] === $s[2]);
t(fn() => ftruncate($GLOBALS["f"], -1));
t(fn() => ftruncate($GLOBALS["f"], "x"));
$r = fopen("a.txt", "r"); var_dump(ftruncate($r, 0), fstat($r)["size"]);
var_dump(ftruncate(fopen("php://output", "w"), 0), fstat(fopen("php://output", "w")), fstat(fopen("php://input", "r")));
fclose($r);
t(fn() => ftruncate($GLOBALS["r"], -1));
t(fn() => ftruncate($GLOBALS["r"], 1));
t(fn() => fstat($GLOBALS["r"]));
''',
        py=PY_T + r'''
f = fopen("a.txt", "r+")
var_dump(fgets(f, 4), ftruncate(f, 5), ftell(f), fread(f, 100), feof(f))
rewind(f); var_dump(fread(f, 100))
var_dump(ftruncate(f, 8), ftell(f)); rewind(f); var_dump(bin2hex(fread(f, 100)))
s = fstat(f)
var_dump(len(s), list(s.keys()), s["size"], s[7], s["mode"] & 0o777, s["nlink"], s["mode"] == s[2])
t(lambda: ftruncate(f, -1))
t(lambda: ftruncate(f, "x"))
r = fopen("a.txt", "r"); var_dump(ftruncate(r, 0), fstat(r)["size"])
var_dump(ftruncate(fopen("php://output", "w"), 0), fstat(fopen("php://output", "w")), fstat(fopen("php://input", "r")))
fclose(r)
t(lambda: ftruncate(r, -1))
t(lambda: ftruncate(r, 1))
t(lambda: fstat(r))
''',
    )


def test_fflush(compare):
    compare(
        php=PHP_T + r'''
$f = fopen("a.txt", "w");
fwrite($f, "written"); var_dump(filesize("a.txt"));
var_dump(fflush($f), fflush(STDOUT), fflush(STDERR), fflush(STDIN), fflush(fopen("php://memory", "r")), fflush(fopen("php://output", "w")));
fclose($f);
t(fn() => fflush($GLOBALS["f"]));
t(fn() => fflush("x"));
''',
        py=PY_T + r'''
import os
f = fopen("a.txt", "w")
fwrite(f, "written"); var_dump(os.path.getsize("a.txt"))
var_dump(fflush(f), fflush(STDOUT), fflush(STDERR), fflush(STDIN), fflush(fopen("php://memory", "r")), fflush(fopen("php://output", "w")))
fclose(f)
t(lambda: fflush(f))
t(lambda: fflush("x"))
''',
    )


def test_growing_a_memory_stream_past_the_memory_limit_is_fatal(compare):
    compare(
        php=r'''
$m = fopen("php://memory", "w+");
var_dump(ftruncate($m, 100000000), fstat($m)["size"]);
$t = fopen("php://temp/maxmemory:10", "w+");
echo "before\n";
ftruncate($t, 3000000000);
echo "not reached\n";
''',
        py=r'''
m = fopen("php://memory", "w+")
var_dump(ftruncate(m, 100000000), fstat(m)["size"])
t = fopen("php://temp/maxmemory:10", "w+")
echo("before\n")
ftruncate(t, 3000000000)
echo("not reached\n")
''',
    )
