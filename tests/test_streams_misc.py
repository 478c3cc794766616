"""Contexts, locks, stream options and resource queries (recorded from PHP)."""

import pytest
from snippets import PHP_T, PY_T


def test_context_options_and_params(compare):
    compare(
        files={"a.txt": "abc"},
        php=PHP_T + r'''
$c = stream_context_create(["http" => ["method" => "POST", "header" => ["a", "b"]], "ssl" => ["verify_peer" => false, 5 => "skipped"]]);
var_dump($c, get_resource_type($c), stream_context_get_options($c));
var_dump(stream_context_set_option($c, "http", "timeout", 1.5), stream_context_set_option($c, ["ftp" => ["overwrite" => true]]));
var_dump(stream_context_get_options($c));
var_dump(stream_context_get_params($c));
var_dump(stream_context_set_params($c, ["notification" => "cb", "options" => ["x" => ["y" => 1]], "ignored" => 1]));
var_dump(stream_context_get_params($c));
$opts = ["w" => ["list" => [1, 2]]];
$c2 = stream_context_create($opts); $opts["w"]["list"][] = 3;
var_dump(stream_context_get_options($c2));
$got = stream_context_get_options($c2); $got["w"]["list"][] = 4; var_dump(stream_context_get_options($c2)["w"]["list"]);
$f = fopen("a.txt", "r", false, $c);
var_dump(stream_context_get_options($f) == stream_context_get_options($c));
stream_context_set_option($f, "new", "opt", 1);
var_dump(isset(stream_context_get_options($c)["new"]));
$g = fopen("a.txt", "r");
var_dump(stream_context_get_options($g));
stream_context_set_option($g, "via", "stream", "yes");
var_dump(stream_context_get_options(stream_context_get_default()));
var_dump(stream_context_get_default(["d" => ["k" => "v"]]) === stream_context_get_default());
var_dump(stream_context_set_default(["e" => ["k" => 2]]));
var_dump(stream_context_get_options(stream_context_get_default()));
var_dump(stream_context_create(null, null), stream_context_create([]));
t(fn() => stream_context_create(["a" => 1]));
t(fn() => stream_context_create([1 => []]));
t(fn() => stream_context_create("x"));
t(fn() => stream_context_create([], 5));
t(fn() => stream_context_create([], ["options" => 5]));
var_dump(stream_context_create([], ["notification" => null]));
t(fn() => stream_context_set_option($GLOBALS["c"], "a"));
t(fn() => stream_context_set_option($GLOBALS["c"], "a", "b"));
t(fn() => stream_context_set_option($GLOBALS["c"], [], "b"));
t(fn() => stream_context_set_option($GLOBALS["c"], [], null, 5));
t(fn() => stream_context_set_option($GLOBALS["c"], null, "b", 1));
t(fn() => stream_context_set_option("c", "a", "b", 1));
t(fn() => stream_context_set_option($GLOBALS["c"], ["bad"]));
t(fn() => stream_context_get_options("x"));
t(fn() => stream_context_get_params(1));
t(fn() => stream_context_set_params($GLOBALS["c"], "x"));
t(fn() => stream_context_set_default("x"));
t(fn() => stream_context_get_default(5));
fclose($g);
t(fn() => stream_context_get_options($GLOBALS["g"]));
t(fn() => stream_context_set_option($GLOBALS["g"], "a", "b", 1));
var_dump(stream_context_create());
''',
        py=PY_T + r'''
c = stream_context_create({"http": {"method": "POST", "header": ["a", "b"]}, "ssl": {"verify_peer": False, 5: "skipped"}})
var_dump(c, get_resource_type(c), stream_context_get_options(c))
var_dump(stream_context_set_option(c, "http", "timeout", 1.5), stream_context_set_option(c, {"ftp": {"overwrite": True}}))
var_dump(stream_context_get_options(c))
var_dump(stream_context_get_params(c))
var_dump(stream_context_set_params(c, {"notification": "cb", "options": {"x": {"y": 1}}, "ignored": 1}))
var_dump(stream_context_get_params(c))
opts = {"w": {"list": [1, 2]}}
c2 = stream_context_create(opts); opts["w"]["list"].append(3)
var_dump(stream_context_get_options(c2))
got = stream_context_get_options(c2); got["w"]["list"].append(4); var_dump(stream_context_get_options(c2)["w"]["list"])
f = fopen("a.txt", "r", False, c)
var_dump(stream_context_get_options(f) == stream_context_get_options(c))
stream_context_set_option(f, "new", "opt", 1)
var_dump("new" in stream_context_get_options(c))
g = fopen("a.txt", "r")
var_dump(stream_context_get_options(g))
stream_context_set_option(g, "via", "stream", "yes")
var_dump(stream_context_get_options(stream_context_get_default()))
var_dump(stream_context_get_default({"d": {"k": "v"}}) is stream_context_get_default())
var_dump(stream_context_set_default({"e": {"k": 2}}))
var_dump(stream_context_get_options(stream_context_get_default()))
var_dump(stream_context_create(None, None), stream_context_create([]))
t(lambda: stream_context_create({"a": 1}))
t(lambda: stream_context_create({1: []}))
t(lambda: stream_context_create("x"))
t(lambda: stream_context_create([], 5))
t(lambda: stream_context_create([], {"options": 5}))
var_dump(stream_context_create([], {"notification": None}))
t(lambda: stream_context_set_option(c, "a"))
t(lambda: stream_context_set_option(c, "a", "b"))
t(lambda: stream_context_set_option(c, [], "b"))
t(lambda: stream_context_set_option(c, [], None, 5))
t(lambda: stream_context_set_option(c, None, "b", 1))
t(lambda: stream_context_set_option("c", "a", "b", 1))
t(lambda: stream_context_set_option(c, ["bad"]))
t(lambda: stream_context_get_options("x"))
t(lambda: stream_context_get_params(1))
t(lambda: stream_context_set_params(c, "x"))
t(lambda: stream_context_set_default("x"))
t(lambda: stream_context_get_default(5))
fclose(g)
t(lambda: stream_context_get_options(g))
t(lambda: stream_context_set_option(g, "a", "b", 1))
var_dump(stream_context_create())
''',
    )


def test_flock(compare):
    compare(
        files={"a.txt": "abc"},
        php=PHP_T + r'''
$f = fopen("a.txt", "r");
$g = fopen("a.txt", "r");
var_dump(flock($f, LOCK_SH), flock($g, LOCK_SH), flock($f, LOCK_UN), flock($g, LOCK_UN), flock($f, LOCK_EX));
$wb = "untouched";
var_dump(flock($g, LOCK_EX | LOCK_NB, $wb), $wb);
$wb = "x"; var_dump(flock($g, LOCK_SH | LOCK_NB, $wb), $wb);
var_dump(flock($f, LOCK_UN, $wb), $wb, flock($g, LOCK_EX | LOCK_NB, $wb), $wb);
var_dump(flock($f, 7), flock($f, LOCK_UN | 8));
t(fn() => flock($GLOBALS["f"], 0));
t(fn() => flock($GLOBALS["f"], 4));
t(fn() => flock($GLOBALS["f"], -1));
t(fn() => flock($GLOBALS["f"], "x"));
$m = fopen("php://memory", "r"); $wb = 5;
var_dump(flock($m, LOCK_SH, $wb), $wb, stream_supports_lock($m), stream_supports_lock($f));
fclose($f);
t(fn() => flock($GLOBALS["f"], LOCK_SH));
t(fn() => flock($GLOBALS["f"], 0));
''',
        py=PY_T + r'''
f = fopen("a.txt", "r")
g = fopen("a.txt", "r")
var_dump(flock(f, LOCK_SH), flock(g, LOCK_SH), flock(f, LOCK_UN), flock(g, LOCK_UN), flock(f, LOCK_EX))
wb = Ref("untouched")
var_dump(flock(g, LOCK_EX | LOCK_NB, wb), wb.value)
wb = Ref("x"); var_dump(flock(g, LOCK_SH | LOCK_NB, wb), wb.value)
var_dump(flock(f, LOCK_UN, wb), wb.value, flock(g, LOCK_EX | LOCK_NB, wb), wb.value)
var_dump(flock(f, 7), flock(f, LOCK_UN | 8))
t(lambda: flock(f, 0))
t(lambda: flock(f, 4))
t(lambda: flock(f, -1))
t(lambda: flock(f, "x"))
m = fopen("php://memory", "r"); wb = Ref(5)
var_dump(flock(m, LOCK_SH, wb), wb.value, stream_supports_lock(m), stream_supports_lock(f))
fclose(f)
t(lambda: flock(f, LOCK_SH))
t(lambda: flock(f, 0))
''',
    )


def test_stream_options(compare):
    compare(
        files={"a.txt": "abc\n"},
        php=PHP_T + r'''
$f = fopen("a.txt", "r");
$m = fopen("php://memory", "w+");
$o = fopen("php://output", "w");
foreach ([$f, $m, $o] as $s) {
    var_dump(stream_set_write_buffer($s, 0), stream_set_write_buffer($s, 4096), set_file_buffer($s, 10), stream_set_read_buffer($s, 0), stream_set_read_buffer($s, 10),
             stream_set_chunk_size($s, 100), stream_set_chunk_size($s, 8192), stream_set_blocking($s, false), stream_set_blocking($s, true), stream_set_timeout($s, 5), stream_set_timeout($s, 0, 500),
             socket_set_blocking($s, 1), socket_set_timeout($s, 1), stream_isatty($s), stream_supports_lock($s), stream_is_local($s));
}
var_dump(stream_get_meta_data($f)["blocked"]);
stream_set_blocking($f, false); var_dump(stream_get_meta_data($f)["blocked"], fgets($f));
var_dump(socket_get_status($m) === stream_get_meta_data($m));
t(fn() => stream_set_chunk_size($GLOBALS["f"], 0));
t(fn() => stream_set_chunk_size($GLOBALS["f"], -1));
t(fn() => stream_set_chunk_size($GLOBALS["f"], PHP_INT_MAX));
t(fn() => stream_set_write_buffer($GLOBALS["f"], "x"));
t(fn() => stream_set_blocking($GLOBALS["f"], []));
t(fn() => stream_set_timeout($GLOBALS["f"], "x"));
t(fn() => stream_set_timeout($GLOBALS["f"], 1, "y"));
t(fn() => stream_isatty("x"));
fclose($f);
t(fn() => stream_set_chunk_size($GLOBALS["f"], 0));
t(fn() => stream_set_chunk_size($GLOBALS["f"], 10));
t(fn() => stream_set_write_buffer($GLOBALS["f"], 0));
t(fn() => stream_set_blocking($GLOBALS["f"], true));
t(fn() => stream_get_meta_data($GLOBALS["f"]));
t(fn() => stream_supports_lock($GLOBALS["f"]));
t(fn() => stream_is_local($GLOBALS["f"]));
''',
        py=PY_T + r'''
f = fopen("a.txt", "r")
m = fopen("php://memory", "w+")
o = fopen("php://output", "w")
for s in [f, m, o]:
    var_dump(stream_set_write_buffer(s, 0), stream_set_write_buffer(s, 4096), set_file_buffer(s, 10), stream_set_read_buffer(s, 0), stream_set_read_buffer(s, 10),
             stream_set_chunk_size(s, 100), stream_set_chunk_size(s, 8192), stream_set_blocking(s, False), stream_set_blocking(s, True), stream_set_timeout(s, 5), stream_set_timeout(s, 0, 500),
             socket_set_blocking(s, 1), socket_set_timeout(s, 1), stream_isatty(s), stream_supports_lock(s), stream_is_local(s))
var_dump(stream_get_meta_data(f)["blocked"])
stream_set_blocking(f, False); var_dump(stream_get_meta_data(f)["blocked"], fgets(f))
var_dump(socket_get_status(m) == stream_get_meta_data(m))
t(lambda: stream_set_chunk_size(f, 0))
t(lambda: stream_set_chunk_size(f, -1))
t(lambda: stream_set_chunk_size(f, PHP_INT_MAX))
t(lambda: stream_set_write_buffer(f, "x"))
t(lambda: stream_set_blocking(f, []))
t(lambda: stream_set_timeout(f, "x"))
t(lambda: stream_set_timeout(f, 1, "y"))
t(lambda: stream_isatty("x"))
fclose(f)
t(lambda: stream_set_chunk_size(f, 0))
t(lambda: stream_set_chunk_size(f, 10))
t(lambda: stream_set_write_buffer(f, 0))
t(lambda: stream_set_blocking(f, True))
t(lambda: stream_get_meta_data(f))
t(lambda: stream_supports_lock(f))
t(lambda: stream_is_local(f))
''',
    )


def test_resource_queries_and_is_local(compare):
    compare(
        files={"a.txt": "abc"},
        php=PHP_T + r'''
$f = fopen("a.txt", "r");
$c = stream_context_create();
var_dump(is_resource($f), is_resource($c), is_resource(null), is_resource("x"), is_resource(5), is_resource([]));
var_dump(get_resource_type($f), get_resource_type($c), get_resource_id($f), get_resource_id($c), get_resource_id(STDERR));
fclose($f);
var_dump(is_resource($f), get_resource_type($f), get_resource_id($f));
t(fn() => get_resource_type("x"));
t(fn() => get_resource_id(null));
t(fn() => get_resource_type([]));
foreach (["a.txt", "/etc/passwd", "file:///etc/passwd", "php://memory", "http://example.com", "https://x", "ftp://x", "data:,x",
          "glob://*", "nosuch://x", "compress.zlib://x", "", "rel/path", 123] as $u) {
    echo "$u: "; var_dump(stream_is_local($u));
}
var_dump(stream_is_local(fopen("php://memory", "r")), stream_is_local(fopen("php://output", "w")));
t(fn() => stream_is_local([]));
t(fn() => stream_is_local(null));
''',
        py=PY_T + r'''
f = fopen("a.txt", "r")
c = stream_context_create()
var_dump(is_resource(f), is_resource(c), is_resource(None), is_resource("x"), is_resource(5), is_resource([]))
var_dump(get_resource_type(f), get_resource_type(c), get_resource_id(f), get_resource_id(c), get_resource_id(STDERR))
fclose(f)
var_dump(is_resource(f), get_resource_type(f), get_resource_id(f))
t(lambda: get_resource_type("x"))
t(lambda: get_resource_id(None))
t(lambda: get_resource_type([]))
for u in ["a.txt", "/etc/passwd", "file:///etc/passwd", "php://memory", "http://example.com", "https://x", "ftp://x", "data:,x",
          "glob://*", "nosuch://x", "compress.zlib://x", "", "rel/path", 123]:
    echo(f"{u}: "); var_dump(stream_is_local(u))
var_dump(stream_is_local(fopen("php://memory", "r")), stream_is_local(fopen("php://output", "w")))
t(lambda: stream_is_local([]))
t(lambda: stream_is_local(None))
''',
    )


def test_flock_would_block_ref_python_api():
    """``would_block`` is a Ref (API-CONTRACT section 7); PHP sets it to 0 or 1."""
    import os
    import tempfile

    from phpcompat import LOCK_EX, LOCK_NB, Ref, flock, fopen

    fd, name = tempfile.mkstemp()
    os.close(fd)
    try:
        a, b = fopen(name, "r"), fopen(name, "r")
        ref = Ref("before")
        assert flock(a, LOCK_EX, ref) is True and ref.value == 0
        assert flock(b, LOCK_EX | LOCK_NB, ref) is False and ref.value == 1
        assert flock(b, LOCK_EX | LOCK_NB) is False
    finally:
        os.unlink(name)


@pytest.mark.parametrize("value", [b"bytes.txt", bytearray(b"bytes.txt"), memoryview(b"bytes.txt")])
def test_fopen_accepts_bytes_like_paths(tmp_path, monkeypatch, value):
    from phpcompat import fgets, fopen, fwrite

    monkeypatch.chdir(tmp_path)
    handle = fopen(value, b"w+")
    assert fwrite(handle, b"\xff\n") == 2
    from phpcompat import binary_strings, rewind

    rewind(handle)
    with binary_strings():
        assert fgets(handle) == b"\xff\n"


def test_named_arguments(compare):
    compare(
        files={"a.txt": "line1\nline2\n"},
        php=r'''
$f = fopen(filename: "a.txt", mode: "r+", use_include_path: false, context: null);
var_dump(fgets(stream: $f, length: 3), fread(stream: $f, length: 2), fseek(stream: $f, offset: 0, whence: SEEK_SET), ftell(stream: $f));
var_dump(fwrite(stream: $f, data: "XYZ", length: 2), fputs(stream: $f, data: "!"), ftruncate(stream: $f, size: 8), rewind(stream: $f), fgetc(stream: $f));
$wb = 0; var_dump(flock(stream: $f, operation: LOCK_EX, would_block: $wb), $wb, stream_set_chunk_size(stream: $f, size: 10), stream_set_read_buffer(stream: $f, size: 0));
$c = stream_context_create(options: ["a" => ["b" => 1]], params: null);
var_dump(stream_context_set_option(context: $c, wrapper_or_options: "x", option_name: "y", value: 2), stream_context_get_options(stream_or_context: $c));
var_dump(get_resource_type(resource: $c), get_resource_id(resource: $c), is_resource(value: $c), stream_is_local(stream: $f), fclose(stream: $f));
''',
        py=r'''
f = fopen(filename="a.txt", mode="r+", use_include_path=False, context=None)
var_dump(fgets(stream=f, length=3), fread(stream=f, length=2), fseek(stream=f, offset=0, whence=SEEK_SET), ftell(stream=f))
var_dump(fwrite(stream=f, data="XYZ", length=2), fputs(stream=f, data="!"), ftruncate(stream=f, size=8), rewind(stream=f), fgetc(stream=f))
wb = Ref(0); var_dump(flock(stream=f, operation=LOCK_EX, would_block=wb), wb.value, stream_set_chunk_size(stream=f, size=10), stream_set_read_buffer(stream=f, size=0))
c = stream_context_create(options={"a": {"b": 1}}, params=None)
var_dump(stream_context_set_option(context=c, wrapper_or_options="x", option_name="y", value=2), stream_context_get_options(stream_or_context=c))
var_dump(get_resource_type(resource=c), get_resource_id(resource=c), is_resource(value=c), stream_is_local(stream=f), fclose(stream=f))
''',
    )
