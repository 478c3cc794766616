"""Resources (API-CONTRACT section 6): ids, types, lifetime."""

import gc
import os

from phpcompat._core.resources import Resource


class _Payload:
    def __init__(self, log: list[str], name: str) -> None:
        self.log = log
        self.name = name

    def release(self) -> None:
        self.log.append(self.name)


def test_ids_are_allocated_as_php_does(compare):
    compare(
        php=r'''
var_dump(STDIN, STDOUT, STDERR);
$a = fopen("php://memory", "r+");
$t = fopen("php://temp", "r+");
$c = stream_context_create();
$b = fopen("php://memory", "r+");
var_dump($a, $t, $c, $b);
fclose($a);
var_dump($a, get_resource_type($a), is_resource($a), get_resource_id($a), (int) $b);
$d = fopen("php://memory", "r+");
var_dump($d);
''',
        py=r'''
var_dump(STDIN, STDOUT, STDERR)
a = fopen("php://memory", "r+")
t = fopen("php://temp", "r+")
c = stream_context_create()
b = fopen("php://memory", "r+")
var_dump(a, t, c, b)
fclose(a)
var_dump(a, get_resource_type(a), is_resource(a), get_resource_id(a), int(b))
d = fopen("php://memory", "r+")
var_dump(d)
''',
    )


def test_first_fopen_of_a_file_creates_the_default_context(compare):
    compare(
        php=r'''
$f = fopen("a.txt", "r");
$g = fopen("a.txt", "r");
var_dump($f, $g);
''',
        py=r'''
f = fopen("a.txt", "r")
g = fopen("a.txt", "r")
var_dump(f, g)
''',
        files={"a.txt": "x"},
    )


def test_handle_closes_when_last_reference_goes(compare):
    compare(
        php=r'''
function write_it() { $f = fopen("out.txt", "w"); fwrite($f, "data\n"); }
write_it();
echo file_get_contents("out.txt");
$g = fopen("php://memory", "r+");
var_dump($g);
''',
        py=r'''
def write_it():
    f = fopen("out.txt", "w")
    fwrite(f, "data\n")
write_it()
echo(file_get_contents("out.txt"))
g = fopen("php://memory", "r+")
var_dump(g)
''',
    )


def test_no_descriptor_leaks_when_handles_are_dropped(tmp_path):
    from phpcompat import fopen

    path = str(tmp_path / "f.txt")
    open(path, "w").close()
    before = len(os.listdir("/proc/self/fd"))
    for _ in range(300):
        fopen(path, "r")
    gc.collect()
    assert len(os.listdir("/proc/self/fd")) == before


def test_free_is_idempotent_and_leaves_unknown():
    log: list[str] = []
    res = Resource("stream", _Payload(log, "a"))
    assert res.type == "stream" and int(res) == res.id and not res.closed
    res.free()
    res.free()
    assert log == ["a"] and res.type == "Unknown" and res.closed


def test_last_reference_frees():
    log: list[str] = []
    res = Resource("stream", _Payload(log, "b"))
    del res
    assert log == ["b"]


def test_close_all_frees_highest_id_first():
    import subprocess
    import sys

    code = (
        "from phpcompat._core.resources import Resource, close_all\n"
        "class P:\n"
        "    def __init__(self, n): self.n = n\n"
        "    def release(self): print('free', self.n)\n"
        "keep = [Resource('stream', P(i)) for i in range(3)]\n"
        "close_all()\n"
        "print([r.type for r in keep])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out == "free 2\nfree 1\nfree 0\n['Unknown', 'Unknown', 'Unknown']\n"


def test_ids_only_grow():
    log: list[str] = []
    first = Resource("stream", _Payload(log, "x"))
    first_id = first.id
    del first
    assert Resource("stream", _Payload(log, "y")).id == first_id + 1
