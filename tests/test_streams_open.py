"""fopen: modes, failures, wrappers, resource ids, include_path (recorded from PHP)."""

from snippets import PHP_T, PY_T


def test_modes_on_plain_files(compare):
    compare(
        files={"a.txt": "hello\nworld\n"},
        php=r'''
foreach (["r", "rb", "rt", "r+", "w", "w+", "a", "a+", "x", "x+", "c", "c+", "rw", "rz", "re", "rn", "r+b", "wb+", "ab+", "ce+"] as $mode) {
    copy("a.txt", "m.txt");
    $f = @fopen("m.txt", $mode);
    if ($f === false) { echo "$mode: false\n"; continue; }
    $meta = stream_get_meta_data($f);
    $w = @fwrite($f, "XY");
    @fseek($f, 0);
    $r = @fread($f, 100);
    fclose($f);
    echo "$mode: ", $meta["mode"], " ", var_export($w, true), " ", var_export($r, true), " ", var_export(file_get_contents("m.txt"), true), "\n";
}
foreach (["x", "x+", "c", "c+", "w", "a"] as $mode) {
    @unlink("new.txt");
    $f = fopen("new.txt", $mode);
    var_dump($f !== false, file_exists("new.txt"));
    fclose($f);
}
''',
        py=r'''
import os, shutil
for mode in ["r", "rb", "rt", "r+", "w", "w+", "a", "a+", "x", "x+", "c", "c+", "rw", "rz", "re", "rn", "r+b", "wb+", "ab+", "ce+"]:
    shutil.copy("a.txt", "m.txt")
    with silence():
        f = fopen("m.txt", mode)
    if f is False:
        echo(f"{mode}: false\n")
        continue
    meta = stream_get_meta_data(f)
    with silence():
        w = fwrite(f, "XY")
        fseek(f, 0)
        r = fread(f, 100)
    fclose(f)
    echo(f"{mode}: ", meta["mode"], " ", var_export(w, True), " ", var_export(r, True), " ", var_export(open("m.txt").read(), True), "\n")
for mode in ["x", "x+", "c", "c+", "w", "a"]:
    if os.path.exists("new.txt"):
        os.unlink("new.txt")
    f = fopen("new.txt", mode)
    var_dump(f is not False, os.path.exists("new.txt"))
    fclose(f)
''',
    )


def test_open_failures(compare):
    compare(
        files={"a.txt": "abc", "d/x": ""},
        php=PHP_T + r'''
foreach ([["nope.txt", "r"], ["d", "w"], ["d", "r+"], ["a.txt", "x"], ["a.txt", "x+"], ["nope/x.txt", "w"],
          ["a.txt", "z"], ["a.txt", ""], ["a.txt", "+r"], ["a.txt", "R"], ["foo://bar", "r"], ["1a://x", "r"],
          ["a.b+c-d://x", "r"], ["a_b://x", "r"], ["zz:/abc", "r"], ["file:///nope", "r"], ["file://rel", "r"],
          ["file://localhost/nope", "r"], ["zip://user:secret@example.invalid:1/", "r"],
          ["averyveryveryverylongwrappernamethatgoesonandon://x", "r"], ["glob://*", "r"],
          ["php://bogus", "r"], ["php://fd/abc", "r"], ["php://fd/", "r"], ["php://fd/999", "r"],
          ["php://fd/-1", "r"], ["php://fd/99999999", "r"], ["PHP://BOGUS", "r"]] as [$f, $m]) {
    echo "== $f $m\n";
    var_dump(fopen($f, $m));
}
t(fn() => fopen("", "r"));
t(fn() => fopen("a\0b", "r"));
t(fn() => fopen([], "r"));
t(fn() => fopen("a.txt", []));
t(fn() => fopen("a.txt", "r", false, "ctx"));
t(fn() => fopen("a.txt", "r", [], null));
var_dump(fopen("a.txt", "r\0x"));
var_dump(fopen(new SplFileInfo("a.txt"), "r"));
''',
        py=PY_T + r'''
for f, m in [["nope.txt", "r"], ["d", "w"], ["d", "r+"], ["a.txt", "x"], ["a.txt", "x+"], ["nope/x.txt", "w"],
          ["a.txt", "z"], ["a.txt", ""], ["a.txt", "+r"], ["a.txt", "R"], ["foo://bar", "r"], ["1a://x", "r"],
          ["a.b+c-d://x", "r"], ["a_b://x", "r"], ["zz:/abc", "r"], ["file:///nope", "r"], ["file://rel", "r"],
          ["file://localhost/nope", "r"], ["zip://user:secret@example.invalid:1/", "r"],
          ["averyveryveryverylongwrappernamethatgoesonandon://x", "r"], ["glob://*", "r"],
          ["php://bogus", "r"], ["php://fd/abc", "r"], ["php://fd/", "r"], ["php://fd/999", "r"],
          ["php://fd/-1", "r"], ["php://fd/99999999", "r"], ["PHP://BOGUS", "r"]]:
    echo(f"== {f} {m}\n")
    var_dump(fopen(f, m))
t(lambda: fopen("", "r"))
t(lambda: fopen("a\0b", "r"))
t(lambda: fopen([], "r"))
t(lambda: fopen("a.txt", []))
t(lambda: fopen("a.txt", "r", False, "ctx"))
t(lambda: fopen("a.txt", "r", [], None))
var_dump(fopen("a.txt", "r\0x"))
class SplFileInfo:
    def __init__(self, p):
        self.p = p
    def __str__(self):
        return self.p
var_dump(fopen(SplFileInfo("a.txt"), "r"))
''',
    )


def test_resource_ids(compare):
    compare(
        files={"a.txt": "abc"},
        php=PHP_T + r'''
var_dump(STDIN, STDOUT, STDERR);
$c = stream_context_create(); var_dump($c);
$f = fopen("a.txt", "r", false, $c); var_dump($f);
$m = fopen("php://memory", "r"); var_dump($m);
$f2 = fopen("a.txt", "r"); var_dump($f2);
$t = fopen("php://temp", "r+"); var_dump($t);
$t2 = fopen("php://temp/maxmemory:10", "r+"); var_dump($t2);
$x = fopen("nope", "r");
$i = fopen("php://input", "r"); var_dump($i);
$i2 = fopen("php://input", "r"); var_dump($i2);
$o = fopen("php://output", "w"); var_dump($o);
$s = fopen("php://stdin", "r"); var_dump($s);
var_dump(stream_context_get_default());
t(fn() => fopen("a.txt", "r", false, $GLOBALS["f"]));
t(fn() => fopen("nope", "r", false, $GLOBALS["f"]));
$g = fopen("a.txt", "r"); var_dump($g);
fclose($g); var_dump($g, get_resource_id($g), (int) $g);
var_dump(fopen("a.txt", "r"));
$h = fopen("a.txt", "r"); var_dump($h);
''',
        py=PY_T + r'''
var_dump(STDIN, STDOUT, STDERR)
c = stream_context_create(); var_dump(c)
f = fopen("a.txt", "r", False, c); var_dump(f)
m = fopen("php://memory", "r"); var_dump(m)
f2 = fopen("a.txt", "r"); var_dump(f2)
t_ = fopen("php://temp", "r+"); var_dump(t_)
t2 = fopen("php://temp/maxmemory:10", "r+"); var_dump(t2)
x = fopen("nope", "r")
i = fopen("php://input", "r"); var_dump(i)
i2 = fopen("php://input", "r"); var_dump(i2)
o = fopen("php://output", "w"); var_dump(o)
s = fopen("php://stdin", "r"); var_dump(s)
var_dump(stream_context_get_default())
t(lambda: fopen("a.txt", "r", False, f))
t(lambda: fopen("nope", "r", False, f))
g = fopen("a.txt", "r"); var_dump(g)
fclose(g); var_dump(g, get_resource_id(g), int(g))
var_dump(fopen("a.txt", "r"))
h = fopen("a.txt", "r"); var_dump(h)
''',
    )


def test_default_context_first_use(compare):
    compare(
        php='var_dump(stream_context_get_default()); var_dump(fopen("php://memory", "r"));',
        py='var_dump(stream_context_get_default()); var_dump(fopen("php://memory", "r"))\n',
        name="get_default_first",
    )
    compare(
        php='$m = fopen("php://memory", "r"); var_dump($m, stream_context_get_default());',
        py='m = fopen("php://memory", "r"); var_dump(m, stream_context_get_default())\n',
        name="fopen_first",
    )
    compare(
        php=PHP_T + 't(fn() => fopen("", "r")); var_dump(stream_context_get_default());',
        py=PY_T + 't(lambda: fopen("", "r")); var_dump(stream_context_get_default())\n',
        name="empty_path_still_creates_default",
    )


def test_uri_and_file_scheme(compare):
    compare(
        files={"a.txt": "abc", "sub/b.txt": "bbb"},
        php=r'''
$cwd = getcwd();
foreach (["a.txt", "./a.txt", "sub/../a.txt", "file://$cwd/a.txt", "file:////$cwd/sub/b.txt", "FILE://$cwd/a.txt",
          "file://localhost$cwd/a.txt", "php://memory", "PHP://Memory", "php://temp/maxmemory:5", "php://temporary"] as $p) {
    $f = fopen($p, "r");
    $meta = stream_get_meta_data($f);
    echo str_replace($cwd, "<cwd>", $meta["uri"]), " ", $meta["wrapper_type"], " ", $meta["stream_type"], " ", var_export(fread($f, 10), true), "\n";
}
''',
        py=r'''
import os
cwd = os.getcwd()
for p in ["a.txt", "./a.txt", "sub/../a.txt", f"file://{cwd}/a.txt", f"file:////{cwd}/sub/b.txt", f"FILE://{cwd}/a.txt",
          f"file://localhost{cwd}/a.txt", "php://memory", "PHP://Memory", "php://temp/maxmemory:5", "php://temporary"]:
    f = fopen(p, "r")
    meta = stream_get_meta_data(f)
    echo(meta["uri"].replace(cwd, "<cwd>"), " ", meta["wrapper_type"], " ", meta["stream_type"], " ", var_export(fread(f, 10), True), "\n")
''',
    )


def test_use_include_path(compare):
    compare(
        files={"inc/lib.txt": "from include path", "here.txt": "here"},
        php=r'''
$cwd = getcwd();
var_dump(set_include_path("$cwd/inc"));
$f = fopen("lib.txt", "r", true);
echo fread($f, 100), " ", str_replace($cwd, "<cwd>", stream_get_meta_data($f)["uri"]), "\n";
var_dump(@fopen("lib.txt", "r"));
$f = fopen("here.txt", "r", true);
echo fread($f, 100), " ", str_replace($cwd, "<cwd>", stream_get_meta_data($f)["uri"]), "\n";
$w = fopen("created.txt", "w", true); fwrite($w, "x"); fclose($w);
var_dump(file_exists("created.txt"), file_exists("inc/created.txt"));
echo str_replace($cwd, "<cwd>", stream_resolve_include_path("lib.txt")), "\n";
echo str_replace($cwd, "<cwd>", stream_resolve_include_path("./here.txt")), "\n";
var_dump(stream_resolve_include_path("missing.txt"));
echo str_replace($cwd, "<cwd>", stream_resolve_include_path("")), "\n";
echo str_replace($cwd, "<cwd>", get_include_path()), "\n";
''',
        py=r'''
import os
cwd = os.getcwd()
var_dump(set_include_path(f"{cwd}/inc"))
f = fopen("lib.txt", "r", True)
echo(fread(f, 100), " ", stream_get_meta_data(f)["uri"].replace(cwd, "<cwd>"), "\n")
with silence():
    var_dump(fopen("lib.txt", "r"))
f = fopen("here.txt", "r", True)
echo(fread(f, 100), " ", stream_get_meta_data(f)["uri"].replace(cwd, "<cwd>"), "\n")
w = fopen("created.txt", "w", True); fwrite(w, "x"); fclose(w)
var_dump(os.path.exists("created.txt"), os.path.exists("inc/created.txt"))
echo(stream_resolve_include_path("lib.txt").replace(cwd, "<cwd>"), "\n")
echo(stream_resolve_include_path("./here.txt").replace(cwd, "<cwd>"), "\n")
var_dump(stream_resolve_include_path("missing.txt"))
echo(stream_resolve_include_path("").replace(cwd, "<cwd>"), "\n")
echo(get_include_path().replace(cwd, "<cwd>"), "\n")
''',
    )
