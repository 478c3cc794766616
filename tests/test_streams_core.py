"""The stream core: mixed operations agree with a byte-position model and with PHP.

Reading a regular file is deterministic in PHP: ``fgets`` returns the bytes up to
and including the next newline, ``fread(n)`` the next ``n`` bytes, ``ftell`` the
byte position - whatever the chunk buffer does.  The model below states that
(every expectation it makes is also checked against PHP by
``test_mixed_operations_match_php``); the fuzz runs thousands of interleavings
through ``PhpStream``'s line cache, buffer and direct reads.
"""

from __future__ import annotations

import gc
import os
import random
import re

import pytest

from phpcompat import binary_strings, fclose, feof, fgetc, fgets, fopen, fread, fseek, ftell, fwrite, rewind
from phpcompat._core.resources import Resource
from phpcompat._core.stream import PhpStream

LINES = [
    "plain ascii line",
    "",
    "héllo wörld ünïcode",
    "tab\tand\rcarriage return inside",
    "x" * 9000,
    "line with \x0b vertical tab and \x1c separator",
    "\u2028 line separator char",
    "end",
]


def _data(seed: int) -> bytes:
    rng = random.Random(seed)
    parts = [rng.choice(LINES).encode() + (b"\xff\xfe" if rng.random() < 0.1 else b"") for _ in range(400)]
    return b"\n".join(parts) + (b"\n" if seed % 2 else b"")


class Model:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def fgets(self, length: int | None = None) -> bytes | bool:
        if self.pos >= len(self.data) or length == 1:
            return False
        end = self.data.find(b"\n", self.pos)
        stop = len(self.data) if end < 0 else end + 1
        if length is not None:
            stop = min(stop, self.pos + length - 1)
        line = self.data[self.pos : stop]
        self.pos = stop
        return line

    def fread(self, n: int) -> bytes:
        chunk = self.data[self.pos : self.pos + n]
        self.pos += len(chunk)
        return chunk

    def fgetc(self) -> bytes | bool:
        chunk = self.fread(1)
        return chunk or False

    def fseek(self, offset: int) -> int:
        self.pos = offset
        return 0


def _ops(seed: int, count: int) -> list[tuple[str, int]]:
    rng = random.Random(seed)
    names = ["fgets"] * 6 + ["fgets_n", "fread", "fread_big", "fgetc", "ftell", "fseek", "feof"]
    ops = []
    for _ in range(count):
        name = rng.choice(names)
        arg = {"fgets_n": rng.randint(1, 40), "fread": rng.randint(1, 100), "fread_big": rng.randint(8000, 40000),
               "fseek": rng.randint(0, 30000)}.get(name, 0)
        ops.append((name, arg))
    return ops


def _run_ops(handle: Resource, model: Model, ops: list[tuple[str, int]]) -> None:
    def norm(value: object) -> object:
        if isinstance(value, str):
            return value.encode("utf-8", "surrogateescape")
        return value

    for i, (name, arg) in enumerate(ops):
        where = f"op {i} {name}({arg})"
        if name == "fgets":
            assert norm(fgets(handle)) == model.fgets(), where
        elif name == "fgets_n":
            assert norm(fgets(handle, arg)) == model.fgets(arg), where
        elif name in ("fread", "fread_big"):
            assert norm(fread(handle, arg)) == model.fread(arg), where
        elif name == "fgetc":
            assert norm(fgetc(handle)) == model.fgetc(), where
        elif name == "ftell":
            assert ftell(handle) == model.pos, where
        elif name == "fseek":
            assert fseek(handle, arg) == model.fseek(arg), where
        elif name == "feof":
            eof = feof(handle)
            assert isinstance(eof, bool)
            if model.pos < len(model.data):
                assert eof is False, where


@pytest.mark.parametrize("seed", range(6))
def test_mixed_operations_follow_the_model(tmp_path, seed):
    data = _data(seed)
    path = tmp_path / "data.bin"
    path.write_bytes(data)
    binary = seed % 3 == 0
    handle = fopen(str(path), "rb")
    assert isinstance(handle, Resource)
    model = Model(data)
    if binary:
        with binary_strings():
            _run_ops(handle, model, _ops(seed, 3000))
    else:
        _run_ops(handle, model, _ops(seed, 3000))
    fclose(handle)


def test_fgets_loop_reads_every_line_exactly(tmp_path):
    data = _data(11)
    path = tmp_path / "lines.txt"
    path.write_bytes(data)
    handle = fopen(str(path), "r")
    got = []
    while (line := fgets(handle)) is not False:
        got.append(line)
    assert "".join(got).encode("utf-8", "surrogateescape") == data
    expected = re.findall(rb"[^\n]*\n|[^\n]+\Z", data)
    assert got == [line.decode("utf-8", "surrogateescape") for line in expected]
    assert feof(handle) is True
    assert ftell(handle) == len(data)


def test_fgets_interleaved_with_feof_and_ftell_is_linear(tmp_path):
    # feof()/ftell() between fgets calls must not rebuild the line cache each time
    path = tmp_path / "many.txt"
    path.write_bytes(b"".join(b"%d\n" % i for i in range(50000)))
    handle = fopen(str(path), "r")
    total = 0
    while not feof(handle):
        line = fgets(handle)
        if line is False:  # PHP's feof-loop quirk: EOF shows only after a read hits it
            assert total == path.stat().st_size
            continue
        total += len(line)
        assert ftell(handle) == total
    assert total == path.stat().st_size


def test_byte_at_a_time_equals_whole(tmp_path):
    """h11-style: chunk size 1 (PHP reads byte by byte) gives the same lines."""
    from phpcompat import stream_set_chunk_size

    data = _data(3)
    path = tmp_path / "d.txt"
    path.write_bytes(data)
    whole = fopen(str(path), "r")
    tiny = fopen(str(path), "r")
    stream_set_chunk_size(tiny, 1)
    while True:
        a, b = fgets(whole), fgets(tiny)
        assert a == b
        if a is False:
            break


def test_binary_strings_switch_mid_file(tmp_path):
    path = tmp_path / "d.txt"
    path.write_bytes(b"".join(b"line %d \xff\n" % i for i in range(2000)))
    handle = fopen(str(path), "r")
    for i in range(2000):
        if i % 3 == 0:
            with binary_strings():
                line = fgets(handle)
                assert line == b"line %d \xff\n" % i
        else:
            line = fgets(handle)
            assert line == f"line {i} \udcff\n"
    assert fgets(handle) is False


def test_closing_on_last_reference_and_no_fd_leak(tmp_path):
    path = tmp_path / "f.txt"
    path.write_bytes(b"abc\n")
    gc.collect()
    before = len(os.listdir("/proc/self/fd"))
    for _ in range(500):
        handle = fopen(str(path), "r")
        fgets(handle)
        del handle
    for _ in range(100):
        handle = fopen("php://temp/maxmemory:0", "w+")
        fwrite(handle, "spilled to a file")
        rewind(handle)
        assert fread(handle, 100) == "spilled to a file"
        del handle
    for _ in range(100):
        fclose(fopen(str(path), "r"))
    assert len(os.listdir("/proc/self/fd")) == before


def test_resource_payload_is_php_stream_and_freed():
    handle = fopen("php://memory", "w+")
    stream = handle.payload
    assert isinstance(stream, PhpStream)
    fclose(handle)
    assert handle.payload is None and handle.type == "Unknown"
    assert stream.closed


def _php_literal(data: bytes) -> str:
    return '"' + "".join(f"\\x{b:02x}" for b in data) + '"'


def test_mixed_operations_match_php(compare):
    """The model's view of fgets/fread/fgetc/ftell/fseek/feof, confirmed by PHP."""
    data = _data(5)[:30000]
    ops = _ops(5, 400)
    php_lines, py_lines = [], []
    for name, arg in ops:
        call = {
            "fgets": ("fgets($f)", "fgets(f)"),
            "fgets_n": (f"fgets($f, {arg})", f"fgets(f, {arg})"),
            "fread": (f"fread($f, {arg})", f"fread(f, {arg})"),
            "fread_big": (f"fread($f, {arg})", f"fread(f, {arg})"),
            "fgetc": ("fgetc($f)", "fgetc(f)"),
            "ftell": ("ftell($f)", "ftell(f)"),
            "fseek": (f"fseek($f, {arg})", f"fseek(f, {arg})"),
            "feof": ("feof($f)", "feof(f)"),
        }[name]
        php_lines.append(f"o({call[0]});")
        py_lines.append(f"o({call[1]})")
    compare(
        files={"data.bin": data},
        php='function o($v) { echo is_string($v) ? "s" . strlen($v) . ":" . md5($v) : var_export($v, true), "\\n"; }\n'
        '$f = fopen("data.bin", "r");\n' + "\n".join(php_lines) + "\n",
        py="import hashlib\n"
        "def o(v):\n"
        "    if isinstance(v, str):\n"
        "        b = v.encode('utf-8', 'surrogateescape')\n"
        "        echo('s', len(b), ':', hashlib.md5(b).hexdigest(), '\\n')\n"
        "    else:\n"
        "        echo(var_export(v, True), '\\n')\n"
        'f = fopen("data.bin", "r")\n' + "\n".join(py_lines) + "\n",
    )


def test_crlf_and_lone_cr_lines(tmp_path):
    path = tmp_path / "crlf.txt"
    data = b"".join(b"row %d\r\n" % i for i in range(3000)) + b"lone\rcr\r\n" + b"\r\n" * 3 + b"end\r"
    path.write_bytes(data)
    handle = fopen(str(path), "r")
    got = []
    while (line := fgets(handle)) is not False:
        got.append(line)
    assert got == [x.decode() for x in re.findall(rb"[^\n]*\n|[^\n]+\Z", data)]
    assert ftell(handle) == len(data)


def test_fork_shares_the_descriptor_offset_as_php(compare):
    """After pcntl_fork both processes share the file offset PHP's buffer left."""
    data = "".join(f"{i:04d} " + "y" * 50 + "\n" for i in range(2000))
    compare(
        files={"d.txt": data},
        php=r'''
$f = fopen("d.txt", "r");
for ($i = 0; $i < 5; $i++) { fgets($f); }
$pid = pcntl_fork();
if ($pid === 0) {
    for ($i = 0; $i < 300; $i++) { $line = fgets($f); }
    echo "child: ", $line;
    exit(0);
}
pcntl_waitpid($pid, $status);
for ($i = 0; $i < 200; $i++) { $line = fgets($f); }
echo "parent: ", $line, "parent at ", ftell($f), "\n";
''',
        py=r'''
f = fopen("d.txt", "r")
for i in range(5):
    fgets(f)
pid = pcntl_fork()
if pid == 0:
    for i in range(300):
        line = fgets(f)
    echo("child: ", line)
    exit_(0)
status = Ref()
pcntl_waitpid(pid, status)
for i in range(200):
    line = fgets(f)
echo("parent: ", line, "parent at ", ftell(f), "\n")
''',
    )
