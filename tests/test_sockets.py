"""stream_socket_pair and socket stream semantics, each against PHP."""

from __future__ import annotations

import os

import pytest

from phpcompat._core.sockets import SocketStream, c_int, socket_pair
from phpcompat._core.stream import RawFailure

# domain, type, protocol: what socketpair(2) accepts and refuses on Linux.
TRIPLES = [
    (1, 1, 0), (1, 2, 0), (1, 5, 0), (1, 3, 0), (1, 4, 0), (2, 1, 0), (10, 1, 0), (2, 2, 17),
    (1, 1, 6), (1, 1, 17), (1, 1, 1), (1, 1, 255), (1, 99, 0), (99, 1, 0), (0, 1, 0), (1, 0, 0),
    (-1, 1, 0), (1, -1, 0), (1, 1, -1), (16, 1, 0), (17, 3, 0), (1, 1 | 2048, 0), (1, 1 | 524288, 0),
    (1, 2 | 2048, 0), (2**32 + 1, 1, 0), (1, 2**32 + 2, 0),
]


def test_domains_types_protocols(compare):
    compare(
        php="""
foreach (TRIPLES as [$d, $t, $p]) {
    echo "$d $t $p: ";
    $r = stream_socket_pair($d, $t, $p);
    if (is_array($r)) { echo count($r), " ", get_resource_id($r[0]), " ", get_resource_id($r[1]), "\\n"; }
    else { var_dump($r); }
}
""".replace("TRIPLES", str([list(t) for t in TRIPLES])),
        py="""
for d, t, p in TRIPLES:
    echo(f"{d} {t} {p}: ")
    r = stream_socket_pair(d, t, p)
    if isinstance(r, list):
        echo(len(r), " ", get_resource_id(r[0]), " ", get_resource_id(r[1]), "\\n")
    else:
        var_dump(r)
""".replace("TRIPLES", repr(TRIPLES)),
    )


def test_named_constants(compare):
    compare(
        php="""
var_dump(stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP));
var_dump(stream_socket_pair(STREAM_PF_INET, STREAM_SOCK_STREAM, STREAM_IPPROTO_TCP));
var_dump(stream_socket_pair(STREAM_PF_INET6, STREAM_SOCK_DGRAM, STREAM_IPPROTO_UDP));
var_dump(stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_RDM, STREAM_IPPROTO_IP));
var_dump(stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_RAW, STREAM_IPPROTO_ICMP));
var_dump(stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_SEQPACKET, STREAM_IPPROTO_RAW));
""",
        py="""
var_dump(stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP))
var_dump(stream_socket_pair(STREAM_PF_INET, STREAM_SOCK_STREAM, STREAM_IPPROTO_TCP))
var_dump(stream_socket_pair(STREAM_PF_INET6, STREAM_SOCK_DGRAM, STREAM_IPPROTO_UDP))
var_dump(stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_RDM, STREAM_IPPROTO_IP))
var_dump(stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_RAW, STREAM_IPPROTO_ICMP))
var_dump(stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_SEQPACKET, STREAM_IPPROTO_RAW))
""",
    )


def test_argument_types(compare):
    compare(
        php="""
try { stream_socket_pair("a", 1, 0); } catch (TypeError $e) { echo $e->getMessage(), "\\n"; }
try { stream_socket_pair(1, [], 0); } catch (TypeError $e) { echo $e->getMessage(), "\\n"; }
try { stream_socket_pair(1, 1, new stdClass); } catch (TypeError $e) { echo $e->getMessage(), "\\n"; }
var_dump(count(stream_socket_pair("1", 1.0, null)));
var_dump(count(stream_socket_pair(true, "1", false)));
var_dump(stream_socket_pair(1.5, 1, 0) !== false);
""",
        py="""
class stdClass:
    pass
for args in (("a", 1, 0), (1, [], 0), (1, 1, stdClass())):
    try:
        stream_socket_pair(*args)
    except TypeError as e:
        echo(str(e), "\\n")
var_dump(len(stream_socket_pair("1", 1.0, None)))
var_dump(len(stream_socket_pair(True, "1", False)))
var_dump(stream_socket_pair(1.5, 1, 0) is not False)
""",
    )


def test_meta_data_and_resources(compare):
    compare(
        php="""
$p = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
var_dump($p);
var_dump(stream_get_meta_data($p[0]));
var_dump(stream_is_local($p[0]), get_resource_type($p[1]));
$st = fstat($p[0]);
var_dump(($st['mode'] & 0170000) === 0140000, $st['size']);
$q = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_DGRAM, STREAM_IPPROTO_IP);
var_dump(stream_get_meta_data($q[1]));
var_dump(fclose($p[0]), $p[0], get_resource_type($p[0]));
$r = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
var_dump($r);
""",
        py="""
p = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP)
var_dump(p)
var_dump(stream_get_meta_data(p[0]))
var_dump(stream_is_local(p[0]), get_resource_type(p[1]))
st = fstat(p[0])
var_dump((st['mode'] & 0o170000) == 0o140000, st['size'])
q = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_DGRAM, STREAM_IPPROTO_IP)
var_dump(stream_get_meta_data(q[1]))
var_dump(fclose(p[0]), p[0], get_resource_type(p[0]))
r = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP)
var_dump(r)
""",
    )


def test_stream_reads_return_what_is_available(compare):
    compare(
        php="""
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
// fread waits for more after what it found buffered: keep that wait short.
stream_set_timeout($b, 0, 200000);
var_dump(fwrite($a, "hello\\nworld"));
var_dump(fread($b, 100));
var_dump(fwrite($a, "line1\\nline2\\nrest"));
var_dump(fgets($b), fgets($b), fread($b, 2), fread($b, 100));
var_dump(feof($b), stream_get_meta_data($b)["timed_out"]);
fwrite($a, "x");
var_dump(fclose($a));
var_dump(fread($b, 10), feof($b), fread($b, 10), feof($b), fgets($b));
var_dump(fwrite($b, "zzz"));
var_dump(fseek($b, 0), rewind($b), fflush($b), ftruncate($b, 0), flock($b, LOCK_EX));
var_dump(stream_get_meta_data($b)["eof"]);
""",
        py="""
a, b = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP)
stream_set_timeout(b, 0, 200000)
var_dump(fwrite(a, "hello\\nworld"))
var_dump(fread(b, 100))
var_dump(fwrite(a, "line1\\nline2\\nrest"))
var_dump(fgets(b), fgets(b), fread(b, 2), fread(b, 100))
var_dump(feof(b), stream_get_meta_data(b)["timed_out"])
fwrite(a, "x")
var_dump(fclose(a))
var_dump(fread(b, 10), feof(b), fread(b, 10), feof(b), fgets(b))
var_dump(fwrite(b, "zzz"))
var_dump(fseek(b, 0), rewind(b), fflush(b), ftruncate(b, 0), flock(b, LOCK_EX))
var_dump(stream_get_meta_data(b)["eof"])
""",
    )


def test_socket_position_counts_from_zero(compare):
    compare(
        php="""
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
stream_set_timeout($b, 0, 100000);
var_dump(ftell($b));
fwrite($a, "hello\\nworld");
fgets($b);
var_dump(ftell($b));
fread($b, 100);
var_dump(ftell($b), ftell($a));
""",
        py="""
a, b = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP)
stream_set_timeout(b, 0, 100000)
var_dump(ftell(b))
fwrite(a, "hello\\nworld")
fgets(b)
var_dump(ftell(b))
fread(b, 100)
var_dump(ftell(b), ftell(a))
""",
    )


def test_datagram_and_seqpacket_boundaries(compare):
    compare(
        php="""
foreach ([STREAM_SOCK_DGRAM, STREAM_SOCK_SEQPACKET] as $type) {
    [$c, $d] = stream_socket_pair(STREAM_PF_UNIX, $type, 0);
    var_dump(fwrite($c, "dg1"), fwrite($c, "dg2"), fwrite($c, "third\\nline\\n"), fwrite($c, ""));
    var_dump(fread($d, 1), fread($d, 100), fgets($d), fgets($d));
}
""",
        py="""
for type in (STREAM_SOCK_DGRAM, STREAM_SOCK_SEQPACKET):
    c, d = stream_socket_pair(STREAM_PF_UNIX, type, 0)
    var_dump(fwrite(c, "dg1"), fwrite(c, "dg2"), fwrite(c, "third\\nline\\n"), fwrite(c, ""))
    var_dump(fread(d, 1), fread(d, 100), fgets(d), fgets(d))
""",
    )


def test_binary_data_and_big_transfer_across_fork(compare):
    compare(
        php="""
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
$pid = pcntl_fork();
if ($pid == 0) {
    fclose($a);
    $data = '';
    for ($i = 0; $i < 70000; $i++) { $data .= chr($i % 256) . chr(($i * 7) % 256); }
    var_dump(fwrite($b, $data));
    exit(0);
}
fclose($b);
$got = '';
$reads = 0;
while (!feof($a)) { $got .= fread($a, 65536); $reads++; }
pcntl_waitpid($pid, $st);
var_dump(strlen($got), md5($got), $reads > 1);
""",
        py="""
import hashlib
a, b = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP)
pid = pcntl_fork()
if pid == 0:
    fclose(a)
    data = bytes(b for i in range(70000) for b in (i % 256, (i * 7) % 256))
    var_dump(fwrite(b, data))
    exit_(0)
fclose(b)
got = b''
reads = 0
with binary_strings():
    while not feof(a):
        got += fread(a, 65536)
        reads += 1
pcntl_waitpid(pid, Ref())
var_dump(len(got), hashlib.md5(got).hexdigest(), reads > 1)
""",
    )


def test_broken_pipe_notice(compare):
    compare(
        php="""
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
fclose($a);
var_dump(fwrite($b, "zzz"));
var_dump(fwrite($b, "zzzz"));
var_dump(feof($b), fread($b, 5), feof($b));
""",
        py="""
a, b = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP)
fclose(a)
var_dump(fwrite(b, "zzz"))
var_dump(fwrite(b, "zzzz"))
var_dump(feof(b), fread(b, 5), feof(b))
""",
    )


def test_nonblocking_write_fills_and_read_is_empty(compare):
    compare(
        php="""
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
var_dump(stream_set_blocking($a, false), stream_set_blocking($b, false));
$n = fwrite($a, str_repeat("x", 1 << 22));
var_dump($n > 0, $n < (1 << 22));
var_dump(fwrite($a, "more"));
var_dump(strlen(fread($b, 10)));
var_dump(stream_get_meta_data($a)["blocked"]);
[$c, $d] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
stream_set_blocking($d, false);
var_dump(fread($d, 10), feof($d), fgets($d), stream_get_meta_data($d)["eof"]);
""",
        py="""
a, b = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP)
var_dump(stream_set_blocking(a, False), stream_set_blocking(b, False))
n = fwrite(a, "x" * (1 << 22))
var_dump(n > 0, n < (1 << 22))
var_dump(fwrite(a, "more"))
var_dump(len(fread(b, 10)))
var_dump(stream_get_meta_data(a)["blocked"])
c, d = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP)
stream_set_blocking(d, False)
var_dump(fread(d, 10), feof(d), fgets(d), stream_get_meta_data(d)["eof"])
""",
    )


def test_read_timeout(compare):
    compare(
        php="""
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
var_dump(stream_set_timeout($b, 0, 200000));
var_dump(fread($b, 10), feof($b));
$m = stream_get_meta_data($b);
var_dump($m["timed_out"], $m["eof"], $m["blocked"]);
fwrite($a, "late\\n");
var_dump(fgets($b), stream_get_meta_data($b)["timed_out"]);
""",
        py="""
a, b = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP)
var_dump(stream_set_timeout(b, 0, 200000))
var_dump(fread(b, 10), feof(b))
m = stream_get_meta_data(b)
var_dump(m["timed_out"], m["eof"], m["blocked"])
fwrite(a, "late\\n")
var_dump(fgets(b), stream_get_meta_data(b)["timed_out"])
""",
    )


def test_descriptor_flags_follow_the_type(compare):
    # SOCK_NONBLOCK / SOCK_CLOEXEC in the type reach the descriptors, and
    # nothing else does (PHP does not set close-on-exec on its own).
    compare(
        php="""
foreach ([STREAM_SOCK_STREAM, STREAM_SOCK_STREAM | 2048, STREAM_SOCK_STREAM | 524288] as $type) {
    $pair = stream_socket_pair(STREAM_PF_UNIX, $type, 0);
    foreach (scandir("/proc/self/fd") as $fd) {
        if (!str_starts_with((string) @readlink("/proc/self/fd/$fd"), "socket:")) { continue; }
        preg_match('/flags:\\s+([0-7]+)/', file_get_contents("/proc/self/fdinfo/$fd"), $m);
        $flags = octdec($m[1]);
        echo $type, " ", $flags & 02000000 ? "cloexec" : "-", " ", $flags & 04000 ? "nonblock" : "-", "\\n";
    }
    fclose($pair[0]); fclose($pair[1]);
}
""",
        py="""
import os, re
for type in (STREAM_SOCK_STREAM, STREAM_SOCK_STREAM | 2048, STREAM_SOCK_STREAM | 524288):
    pair = stream_socket_pair(STREAM_PF_UNIX, type, 0)
    for fd in sorted(os.listdir("/proc/self/fd"), key=str):
        try:
            if not os.readlink(f"/proc/self/fd/{fd}").startswith("socket:"):
                continue
        except OSError:
            continue
        flags = int(re.search(r"flags:\\s+([0-7]+)", open(f"/proc/self/fdinfo/{fd}").read()).group(1), 8)
        echo(type, " ", "cloexec" if flags & 0o2000000 else "-", " ", "nonblock" if flags & 0o4000 else "-", "\\n")
    fclose(pair[0]); fclose(pair[1])
""",
    )


# ---------------------------------------------------------------- the raw layer alone
# These pin the raw contract the buffered layer relies on (see _core/sockets.py);
# the PHP behaviour they stand for is recorded above (timeouts, eof, notices).


def test_raw_read_tells_eof_nothing_now_and_timeout_apart():
    a, b = socket_pair(1, 1, 0)
    try:
        b.set_timeout(0.05)
        with pytest.raises(RawFailure) as info:  # PHP: fread() false, no notice, no EOF
            b.read(10)
        assert info.value.message == "" and not info.value.eof and b.timed_out
        a.write(b"abc")
        assert b.read(10) == b"abc" and not b.timed_out
        b.set_blocking(False)
        assert b.read(10) is None  # nothing now: not the end
        a.close()
        assert b.read(10) == b""  # the end
    finally:
        a.close()
        b.close()


def test_raw_send_failure_is_php_notice():
    a, b = socket_pair(1, 1, 0)
    b.close()
    with pytest.raises(RawFailure) as info:
        a.write(b"zzz")
    assert (info.value.message, info.value.level) == ("Send of 3 bytes failed with errno=32 Broken pipe", 8)
    a.close()


def test_raw_close_is_idempotent_and_frees_the_descriptor():
    a, b = socket_pair(1, 1, 0)
    fd = a.fileno()
    assert fd is not None
    a.close()
    a.close()
    assert a.fileno() is None
    try:
        os.fstat(fd)
    except OSError:
        pass
    else:  # the number may have been reused by the other end only
        assert fd == b.fileno()
    b.close()


def test_raw_descriptors_are_inheritable_like_php():
    a, b = socket_pair(1, 1 | 2048, 0)
    try:
        assert isinstance(a, SocketStream)
        fd = a.fileno()
        assert fd is not None
        assert os.get_inheritable(fd)
        assert not os.get_blocking(fd) and a.blocking  # O_NONBLOCK kept, stream still "blocked"
    finally:
        a.close()
        b.close()


def test_raw_cloexec_only_when_asked():
    a, b = socket_pair(1, 1 | 524288, 0)  # STREAM_SOCK_STREAM | SOCK_CLOEXEC
    try:
        assert not os.get_inheritable(a.fileno() or -1)
        assert os.get_blocking(a.fileno() or -1)
    finally:
        a.close()
        b.close()


def test_c_int_narrowing():
    assert [c_int(v) for v in (0, -1, 2**31, 2**32 + 5, -(2**31) - 1)] == [0, -1, -(2**31), 5, 2**31 - 1]
