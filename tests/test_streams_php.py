"""The php:// wrapper: memory, temp (spilling), stdout/stderr/output ordering, input, fd/N."""

from snippets import PHP_T, PY_T


def test_output_ordering(compare):
    compare(
        php=r'''
echo "A\n"; fwrite(STDOUT, "B\n"); print("C\n"); $o = fopen("php://output", "w"); fwrite($o, "D\n");
$so = fopen("php://stdout", "w"); fwrite($so, "E\n"); var_dump($so);
$fd1 = fopen("php://fd/1", "w"); fwrite($fd1, "F\n"); echo "G\n";
fwrite(STDERR, "err1\n"); $se = fopen("php://stderr", "w"); fwrite($se, "err2\n"); $fd2 = fopen("php://fd/2", "a"); fwrite($fd2, "err3\n");
var_dump(stream_get_meta_data($fd1), stream_get_meta_data($o), stream_get_meta_data(STDERR)["uri"]);
var_dump(fread($o, 1), feof($o), fgets($o), fgetc($o));
fclose($so); fclose($fd1); echo "still\n"; fwrite(STDOUT, "open\n");
printf("%s\n", "printf"); fprintf(STDOUT, "%s\n", "fprintf");
''',
        py=r'''
echo("A\n"); fwrite(STDOUT, "B\n"); print("C"); o = fopen("php://output", "w"); fwrite(o, "D\n")
so = fopen("php://stdout", "w"); fwrite(so, "E\n"); var_dump(so)
fd1 = fopen("php://fd/1", "w"); fwrite(fd1, "F\n"); echo("G\n")
fwrite(STDERR, "err1\n"); se = fopen("php://stderr", "w"); fwrite(se, "err2\n"); fd2 = fopen("php://fd/2", "a"); fwrite(fd2, "err3\n")
var_dump(stream_get_meta_data(fd1), stream_get_meta_data(o), stream_get_meta_data(STDERR)["uri"])
var_dump(fread(o, 1), feof(o), fgets(o), fgetc(o))
fclose(so); fclose(fd1); echo("still\n"); fwrite(STDOUT, "open\n")
printf("%s\n", "printf"); fprintf(STDOUT, "%s\n", "fprintf")
''',
    )


def test_warnings_interleave_with_stdout(compare):
    compare(
        php=r'''
fwrite(STDOUT, "before\n");
fopen("missing", "r");
fwrite(STDERR, "direct\n");
echo "after\n";
''',
        py=r'''
fwrite(STDOUT, "before\n")
fopen("missing", "r")
fwrite(STDERR, "direct\n")
echo("after\n")
''',
    )


def test_temp_spills_and_ids(compare):
    compare(
        php=PHP_T + r'''
$t = fopen("php://temp/maxmemory:5", "w+"); var_dump($t);
var_dump(fwrite($t, "abc"));
$x = fopen("php://memory", "r"); var_dump($x);
var_dump(fwrite($t, "def"));
$x = fopen("php://memory", "r"); var_dump($x);
var_dump(fwrite($t, "ghi"));
$x = fopen("php://memory", "r"); var_dump($x);
rewind($t); var_dump(fread($t, 100), stream_get_meta_data($t));
$s = fstat($t); var_dump($s["mode"], $s["size"], $s["nlink"]);
var_dump(fseek($t, 4), fgets($t), ftruncate($t, 2), ftell($t), fwrite($t, "Z")); rewind($t); var_dump(bin2hex(fread($t, 100)));
$r = fopen("php://temp/maxmemory:2", "r"); var_dump(fwrite($r, "abcdef"), ftell($r)); rewind($r); var_dump(fread($r, 10));
$r2 = fopen("php://temp", "r"); var_dump(fwrite($r2, "abcdef"), stream_get_meta_data($r2)["mode"]);
$z = fopen("php://temp/maxmemory:abc", "w+"); var_dump(fwrite($z, "a")); $x = fopen("php://memory", "r"); var_dump($x);
$big = fopen("php://temp", "w+");
for ($i = 0; $i < 300; $i++) { fwrite($big, str_repeat(chr(65 + $i % 26), 10000)); }
$x = fopen("php://memory", "r"); var_dump($x);
var_dump(ftell($big), fstat($big)["size"], rewind($big), strlen(fread($big, 5000000)), feof($big));
t(fn() => fopen("php://temp/maxmemory:-5", "r"));
$x = fopen("php://memory", "r"); var_dump($x);
''',
        py=PY_T + r'''
t_ = fopen("php://temp/maxmemory:5", "w+"); var_dump(t_)
var_dump(fwrite(t_, "abc"))
x = fopen("php://memory", "r"); var_dump(x)
var_dump(fwrite(t_, "def"))
x = fopen("php://memory", "r"); var_dump(x)
var_dump(fwrite(t_, "ghi"))
x = fopen("php://memory", "r"); var_dump(x)
rewind(t_); var_dump(fread(t_, 100), stream_get_meta_data(t_))
s = fstat(t_); var_dump(s["mode"], s["size"], s["nlink"])
var_dump(fseek(t_, 4), fgets(t_), ftruncate(t_, 2), ftell(t_), fwrite(t_, "Z")); rewind(t_); var_dump(bin2hex(fread(t_, 100)))
r = fopen("php://temp/maxmemory:2", "r"); var_dump(fwrite(r, "abcdef"), ftell(r)); rewind(r); var_dump(fread(r, 10))
r2 = fopen("php://temp", "r"); var_dump(fwrite(r2, "abcdef"), stream_get_meta_data(r2)["mode"])
z = fopen("php://temp/maxmemory:abc", "w+"); var_dump(fwrite(z, "a")); x = fopen("php://memory", "r"); var_dump(x)
big = fopen("php://temp", "w+")
for i in range(300):
    fwrite(big, str_repeat(chr(65 + i % 26), 10000))
x = fopen("php://memory", "r"); var_dump(x)
var_dump(ftell(big), fstat(big)["size"], rewind(big), strlen(fread(big, 5000000)), feof(big))
t(lambda: fopen("php://temp/maxmemory:-5", "r"))
x = fopen("php://memory", "r"); var_dump(x)
''',
    )


def test_memory_modes_and_meta(compare):
    compare(
        php=r'''
foreach (["r", "rb", "r+", "w", "wb", "w+", "a", "a+", "x", "c", "c+", "z", "", "+"] as $mode) {
    $m = fopen("php://memory", $mode);
    $w = fwrite($m, "data");
    rewind($m);
    echo "[$mode] ", stream_get_meta_data($m)["mode"], " ", var_export($w, true), " ", var_export(fread($m, 10), true), "\n";
    $t = fopen("php://temp", $mode);
    echo "[$mode] temp ", stream_get_meta_data($t)["mode"], " ", var_export(fwrite($t, "data"), true), "\n";
}
var_dump(stream_get_meta_data(fopen("php://memory", "r")), stream_get_meta_data(fopen("php://temp", "w")));
''',
        py=r'''
for mode in ["r", "rb", "r+", "w", "wb", "w+", "a", "a+", "x", "c", "c+", "z", "", "+"]:
    m = fopen("php://memory", mode)
    w = fwrite(m, "data")
    rewind(m)
    echo(f"[{mode}] ", stream_get_meta_data(m)["mode"], " ", var_export(w, True), " ", var_export(fread(m, 10), True), "\n")
    t_ = fopen("php://temp", mode)
    echo(f"[{mode}] temp ", stream_get_meta_data(t_)["mode"], " ", var_export(fwrite(t_, "data"), True), "\n")
var_dump(stream_get_meta_data(fopen("php://memory", "r")), stream_get_meta_data(fopen("php://temp", "w")))
''',
    )


def test_input_and_fd(compare):
    compare(
        stdin=b"from stdin\nsecond\n",
        files={"f.txt": "file contents\n"},
        php=r'''
$i = fopen("php://input", "r"); var_dump($i, fread($i, 10), feof($i), fgets($i), fwrite($i, "x"), ftell($i), rewind($i), fseek($i, 3), stream_get_meta_data($i));
$i2 = fopen("php://input", "w"); var_dump($i2, stream_get_meta_data($i2)["mode"]);
$f = fopen("f.txt", "r");
$fd0 = fopen("php://fd/0", "r"); var_dump(fgets($fd0), stream_get_meta_data($fd0));
$s = fopen("php://stdin", "r"); var_dump(fgets($s), fgets(STDIN));
$o = fopen("php://fd/1", "r"); var_dump(stream_get_meta_data($o)["mode"]);
$out = fopen("php://stdout", "r"); var_dump(fwrite($out, "x\n"));
''',
        py=r'''
i = fopen("php://input", "r"); var_dump(i, fread(i, 10), feof(i), fgets(i), fwrite(i, "x"), ftell(i), rewind(i), fseek(i, 3), stream_get_meta_data(i))
i2 = fopen("php://input", "w"); var_dump(i2, stream_get_meta_data(i2)["mode"])
f = fopen("f.txt", "r")
fd0 = fopen("php://fd/0", "r"); var_dump(fgets(fd0), stream_get_meta_data(fd0))
s = fopen("php://stdin", "r"); var_dump(fgets(s), fgets(STDIN))
o = fopen("php://fd/1", "r"); var_dump(stream_get_meta_data(o)["mode"])
out = fopen("php://stdout", "r"); var_dump(fwrite(out, "x\n"))
''',
    )


def test_std_streams(compare):
    compare(
        stdin=b"abc",
        php=r'''
foreach ([STDIN, STDOUT, STDERR] as $s) {
    var_dump($s, get_resource_type($s), stream_get_meta_data($s)["mode"], stream_get_meta_data($s)["uri"], stream_set_write_buffer($s, 0), stream_isatty($s), stream_supports_lock($s), stream_is_local($s));
}
var_dump(fwrite(STDIN, "x"), fread(STDOUT, 3));
var_dump(fclose(STDERR), is_resource(STDERR));
fwrite(STDOUT, "done\n");
''',
        py=r'''
for s in [STDIN, STDOUT, STDERR]:
    var_dump(s, get_resource_type(s), stream_get_meta_data(s)["mode"], stream_get_meta_data(s)["uri"], stream_set_write_buffer(s, 0), stream_isatty(s), stream_supports_lock(s), stream_is_local(s))
var_dump(fwrite(STDIN, "x"), fread(STDOUT, 3))
var_dump(fclose(STDERR), is_resource(STDERR))
fwrite(STDOUT, "done\n")
''',
    )


def test_closing_the_standard_streams(compare):
    # The daemon idiom: descriptors 0, 1, 2 are closed and the next fopen()s take them.
    compare(
        php=r'''
echo "before\n";
$keep = fopen("php://fd/1", "w");
fclose(STDIN); fclose(STDOUT); fclose(STDERR);
$in = fopen("/dev/null", "r"); $out = fopen("out.log", "w"); $err = fopen("err.log", "w");
echo "to out.log\n";
trigger_error("a warning goes nowhere", E_USER_WARNING);
fwrite($out, "via handle\n");
fwrite($err, "err via handle\n");
var_dump(fgets($in), is_resource(STDOUT));
fclose($out);
fwrite($keep, "report:\n" . file_get_contents("out.log") . file_get_contents("err.log"));
echo "lost: nothing is on descriptor 1 now\n";
file_put_contents("not-reached.txt", "x");
''',
        py=r'''
import os
echo("before\n")
keep = fopen("php://fd/1", "w")
fclose(STDIN); fclose(STDOUT); fclose(STDERR)
in_ = fopen("/dev/null", "r"); out = fopen("out.log", "w"); err = fopen("err.log", "w")
echo("to out.log\n")
trigger_error("a warning goes nowhere", E_USER_WARNING)
fwrite(out, "via handle\n")
fwrite(err, "err via handle\n")
var_dump(fgets(in_), is_resource(STDOUT))
fclose(out)
fwrite(keep, "report:\n" + file_get_contents("out.log") + file_get_contents("err.log"))
echo("lost: nothing is on descriptor 1 now\n")
file_put_contents("not-reached.txt", "x")
''',
    )


def test_closed_stdout_ends_the_script_with_255(compare):
    compare(
        php='echo "before\\n"; fclose(STDOUT); fwrite(STDERR, "closed\\n"); echo "lost\\n"; fwrite(STDERR, "not reached\\n");',
        py='echo("before\\n"); fclose(STDOUT); fwrite(STDERR, "closed\\n"); echo("lost\\n"); fwrite(STDERR, "not reached\\n")\n',
    )
