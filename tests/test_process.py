"""Processes: fork, wait, status macros, pids, kill, exit - each against PHP."""

from __future__ import annotations

import pytest

from phpcompat import Ref, pcntl_wait, pcntl_waitpid
from phpcompat._core.failures import PhpError

STATUSES = [0, 9, 15, 256 * 3, 255 << 8, 0x137F, 0xFFFF, 0x7F, -1, 2**32 + 768, 2**31, -(2**31), 1 << 40, 134]
MACROS = ["pcntl_wexitstatus", "pcntl_wtermsig", "pcntl_wstopsig", "pcntl_wifexited",
          "pcntl_wifsignaled", "pcntl_wifstopped", "pcntl_wifcontinued"]


def test_status_macros(compare):
    compare(
        php="""
foreach (STATUSES as $s) {
    foreach (MACROS as $f) { var_export($f($s)); echo ' '; }
    echo "\\n";
}
""".replace("STATUSES", str(STATUSES)).replace("MACROS", str(MACROS)),
        py="""
import phpcompat
for s in STATUSES:
    for f in MACROS:
        r = getattr(phpcompat, f)(s)
        echo(repr(r).replace('True', 'true').replace('False', 'false'), ' ')
    echo('\\n')
""".replace("STATUSES", str(STATUSES)).replace("MACROS", str(MACROS)),
    )


def test_status_macros_type_errors(compare):
    compare(
        php="""
foreach (['pcntl_wexitstatus', 'pcntl_wifexited', 'pcntl_wtermsig'] as $f) {
    try { $f("x"); } catch (TypeError $e) { echo $e->getMessage(), "\\n"; }
    try { $f([]); } catch (TypeError $e) { echo $e->getMessage(), "\\n"; }
    echo $f("768"), "|", $f(768.0), "|", $f(true), "\\n";
}
echo pcntl_wexitstatus(768.5), "\\n";
echo pcntl_wexitstatus(null), "\\n";
""",
        py="""
for f in (pcntl_wexitstatus, pcntl_wifexited, pcntl_wtermsig):
    try:
        f("x")
    except TypeError as e:
        echo(str(e), "\\n")
    try:
        f([])
    except TypeError as e:
        echo(str(e), "\\n")
    echo(f("768"), "|", f(768.0), "|", f(True), "\\n")
echo(pcntl_wexitstatus(768.5), "\\n")
echo(pcntl_wexitstatus(None), "\\n")
""",
    )


RUSAGE_KEYS = [
    "ru_oublock", "ru_inblock", "ru_msgsnd", "ru_msgrcv", "ru_maxrss", "ru_ixrss", "ru_idrss",
    "ru_minflt", "ru_majflt", "ru_nsignals", "ru_nvcsw", "ru_nivcsw", "ru_nswap",
    "ru_utime.tv_usec", "ru_utime.tv_sec", "ru_stime.tv_usec", "ru_stime.tv_sec",
]


def test_fork_wait_exit_codes(compare):
    compare(
        php="""
echo "before\\n";
foreach ([3, -1, 256 + 7, 0] as $code) {
    $pid = pcntl_fork();
    if ($pid == 0) { echo "child $code\\n"; exit($code); }
    $ru = null;
    var_dump(pcntl_waitpid($pid, $st, 0, $ru) === $pid, $st);
    var_dump(pcntl_wifexited($st), pcntl_wexitstatus($st));
    var_dump(count($ru), array_keys($ru) === KEYS);
}
$pid = pcntl_fork();
if ($pid == 0) { exit("bye from child\\n"); }
var_dump(pcntl_wait($st) === $pid, $st);
$pid = pcntl_fork();
if ($pid == 0) { posix_kill(posix_getpid(), SIGTERM); sleep(5); exit(0); }
var_dump(pcntl_waitpid($pid, $st) === $pid, $st);
var_dump(pcntl_wifsignaled($st), pcntl_wtermsig($st), pcntl_wifexited($st));
echo "after\\n";
""".replace("KEYS", str(RUSAGE_KEYS)),
        py="""
import time
echo("before\\n")
for code in (3, -1, 256 + 7, 0):
    pid = pcntl_fork()
    if pid == 0:
        echo(f"child {code}\\n")
        exit_(code)
    st = Ref()
    ru = {}
    var_dump(pcntl_waitpid(pid, st, 0, ru) == pid, st.value)
    var_dump(pcntl_wifexited(st.value), pcntl_wexitstatus(st.value))
    var_dump(len(ru), list(ru) == KEYS)
pid = pcntl_fork()
if pid == 0:
    exit_("bye from child\\n")
st = Ref()
var_dump(pcntl_wait(st) == pid, st.value)
pid = pcntl_fork()
if pid == 0:
    posix_kill(posix_getpid(), SIGTERM)
    time.sleep(5)
    exit_(0)
var_dump(pcntl_waitpid(pid, st) == pid, st.value)
var_dump(pcntl_wifsignaled(st.value), pcntl_wtermsig(st.value), pcntl_wifexited(st.value))
echo("after\\n")
""".replace("KEYS", str(RUSAGE_KEYS)),
    )


# What $status held before a failed wait, and the int PHP leaves there.
OLD_STATUSES = [
    "2**32+5", '"12abc"', '"abc"', "1.9", "null", "[1, 2]", "[]", "true", '" 7"', '"1e3"', "-1",
    "2**31", "1e30", "NAN", '"9999999999999999999999"', '"-9999999999999999999999"', '".5"',
    '"0x1A"', '"  -3  "',
]


def test_wait_failures_keep_status_as_int(compare):
    py_values = [
        v.replace("null", "None").replace("true", "True").replace("NAN", "float('nan')")
        for v in OLD_STATUSES
    ]
    compare(
        php="""
foreach ([VALUES] as $v) {
    $st = $v; $ru = "x";
    echo pcntl_waitpid(-1, $st, 0, $ru), " ", var_export($st, true), " ", count($ru);
    echo " ", pcntl_get_last_error(), "\\n";
}
$st = 5; echo pcntl_wait($st), " $st\\n";
$st = 5; echo pcntl_waitpid(-1, $st, 12345), " $st ";
echo pcntl_errno(), " ", pcntl_strerror(pcntl_errno()), "\\n";
""".replace("VALUES", ", ".join(OLD_STATUSES)),
        py="""
for v in [VALUES]:
    st = Ref(v)
    ru = {"x": 1}
    echo(pcntl_waitpid(-1, st, 0, ru), " ", repr(st.value), " ", len(ru))
    echo(" ", pcntl_get_last_error(), "\\n")
st = Ref(5)
echo(pcntl_wait(st), f" {st.value}\\n")
st = Ref(5)
echo(pcntl_waitpid(-1, st, 12345), f" {st.value} ")
echo(pcntl_errno(), " ", pcntl_strerror(pcntl_errno()), "\\n")
""".replace("VALUES", ", ".join(py_values)),
    )


def test_wnohang_leaves_status(compare):
    compare(
        php="""
$pid = pcntl_fork();
if ($pid == 0) { usleep(300000); exit(4); }
$st = 77;
var_dump(pcntl_waitpid($pid, $st, WNOHANG), $st);
var_dump(pcntl_waitpid($pid, $st) === $pid, pcntl_wexitstatus($st));
""",
        py="""
import time
pid = pcntl_fork()
if pid == 0:
    time.sleep(0.3)
    exit_(4)
st = Ref(77)
var_dump(pcntl_waitpid(pid, st, WNOHANG), st.value)
var_dump(pcntl_waitpid(pid, st) == pid, pcntl_wexitstatus(st.value))
""",
    )


def test_waitpid_type_errors(compare):
    compare(
        php="""
try { pcntl_waitpid("x", $st); } catch (TypeError $e) { echo $e->getMessage(), "\\n"; }
try { pcntl_waitpid(-1, $st, "y"); } catch (TypeError $e) { echo $e->getMessage(), "\\n"; }
try { pcntl_wait($st, []); } catch (TypeError $e) { echo $e->getMessage(), "\\n"; }
""",
        py="""
calls = [lambda: pcntl_waitpid("x", Ref()), lambda: pcntl_waitpid(-1, Ref(), "y"),
         lambda: pcntl_wait(Ref(), [])]
for call in calls:
    try:
        call()
    except TypeError as e:
        echo(str(e), "\\n")
""",
    )


def test_status_must_be_a_ref():
    # PHP refuses a non-variable for a by-reference parameter at compile time
    # ("Argument #2 ($status) could not be passed by reference"); a plain
    # Python value cannot be written back, so it is refused the same way.
    message = r"pcntl_waitpid\(\): Argument #2 \(\$status\) could not be passed by reference"
    with pytest.raises(PhpError, match=message):
        pcntl_waitpid(-1, 0)  # type: ignore[arg-type]
    # The rusage array has string keys: it goes into a dict (or a Ref), never a list.
    message = r"pcntl_wait\(\): Argument #3 \(\$resource_usage\) could not be passed by reference"
    with pytest.raises(PhpError, match=message):
        pcntl_wait(Ref(), 0, [])


def test_pids_and_kill(compare):
    compare(
        php="""
$parent = getmypid();
var_dump($parent === posix_getpid(), posix_getppid() > 1);
$pid = pcntl_fork();
if ($pid == 0) {
    var_dump(getmypid() === $parent, posix_getpid() === $parent, posix_getppid() === $parent);
    exit(0);
}
pcntl_waitpid($pid, $st);
var_dump(posix_get_last_error(), posix_kill(999999, 0), posix_get_last_error());
var_dump(posix_errno(), posix_strerror(posix_errno()));
var_dump(posix_kill(getmypid(), 0), posix_kill(2**32 + getmypid(), 0));
var_dump(posix_kill(getmypid(), 999), posix_errno(), posix_kill(getmypid(), -1));
var_dump(posix_strerror(999), posix_strerror(-1), pcntl_strerror(0));
try { posix_kill("a", 0); } catch (TypeError $e) { echo $e->getMessage(), "\\n"; }
try { posix_kill(1, "x"); } catch (TypeError $e) { echo $e->getMessage(), "\\n"; }
""",
        py="""
parent = getmypid()
var_dump(parent == posix_getpid(), posix_getppid() > 1)
pid = pcntl_fork()
if pid == 0:
    var_dump(getmypid() == parent, posix_getpid() == parent, posix_getppid() == parent)
    exit_(0)
pcntl_waitpid(pid, Ref())
var_dump(posix_get_last_error(), posix_kill(999999, 0), posix_get_last_error())
var_dump(posix_errno(), posix_strerror(posix_errno()))
var_dump(posix_kill(getmypid(), 0), posix_kill(2**32 + getmypid(), 0))
var_dump(posix_kill(getmypid(), 999), posix_errno(), posix_kill(getmypid(), -1))
var_dump(posix_strerror(999), posix_strerror(-1), pcntl_strerror(0))
for call in (lambda: posix_kill("a", 0), lambda: posix_kill(1, "x")):
    try:
        call()
    except TypeError as e:
        echo(str(e), "\\n")
""",
    )


EXITS = [
    ('exit(true);', 'exit_(True)'),
    ('exit(false);', 'exit_(False)'),
    ('exit(1.9);', 'exit_(1.9)'),
    ('exit(null);', 'exit_(None)'),
    ('exit([1]);', 'exit_([1])'),
    ('exit(-1);', 'exit_(-1)'),
    ('exit(256);', 'exit_(256)'),
    ('exit(PHP_INT_MAX);', 'exit_(PHP_INT_MAX)'),
    ('exit("5");', 'exit_("5")'),
    ('die;', 'die()'),
    ('exit;', 'exit_()'),
    ('die(" ok\\n");', 'die(" ok\\n")'),
    ('echo "x"; exit(3);', 'echo("x")\nexit_(3)'),
    ('echo "x"; exit(3); echo "not reached";', 'echo("x")\nexit_(3)\necho("not reached")'),
]


@pytest.mark.parametrize("php,py", EXITS, ids=[p for p, _ in EXITS])
def test_exit(compare, php, py):
    compare(php=php, py=py)


def test_exit_in_child_runs_shutdown(compare):
    # The child's exit closes its resources: the parent then sees EOF on the
    # pair once its own copy of the child's end is closed too.
    compare(
        php="""
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
$pid = pcntl_fork();
if ($pid == 0) { fclose($a); fwrite($b, "from child\\n"); exit(5); }
fclose($b);
echo fgets($a);
var_dump(fgets($a), feof($a));
pcntl_waitpid($pid, $st);
var_dump(pcntl_wexitstatus($st));
""",
        py="""
a, b = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP)
pid = pcntl_fork()
if pid == 0:
    fclose(a)
    fwrite(b, "from child\\n")
    exit_(5)
fclose(b)
echo(fgets(a))
var_dump(fgets(a), feof(a))
st = Ref()
pcntl_waitpid(pid, st)
var_dump(pcntl_wexitstatus(st.value))
""",
    )


def test_child_end_of_script_without_exit(compare):
    # Neither side calls exit: the child falls off the end, frees its copy of
    # the socket, and nothing printed before the fork appears twice.
    compare(
        php="""
echo "once\\n";
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
$pid = pcntl_fork();
if ($pid) {
    fclose($b);
    while (($line = fgets($a)) !== false) { echo "parent got: $line"; }
    pcntl_waitpid($pid, $st);
    var_dump(pcntl_wifexited($st), pcntl_wexitstatus($st));
} else {
    fclose($a);
    fwrite($b, "one\\ntwo\\n");
}
""",
        py="""
echo("once\\n")
a, b = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP)
pid = pcntl_fork()
if pid:
    fclose(b)
    while (line := fgets(a)) is not False:
        echo(f"parent got: {line}")
    st = Ref()
    pcntl_waitpid(pid, st)
    var_dump(pcntl_wifexited(st.value), pcntl_wexitstatus(st.value))
else:
    fclose(a)
    fwrite(b, "one\\ntwo\\n")
""",
    )


def test_fork_failure_warns(compare):
    # As root, RLIMIT_NPROC binds only after dropping to an unprivileged user.
    if __import__("os").geteuid() != 0:
        pytest.skip("needs root to drop to uid 65534 and make fork fail with EAGAIN")
    compare(
        php="""
posix_setuid(65534);
posix_setrlimit(POSIX_RLIMIT_NPROC, 1, 1);
echo "before\\n";
$pid = pcntl_fork();
var_dump($pid, pcntl_get_last_error(), pcntl_strerror(pcntl_get_last_error()));
""",
        py="""
import os, resource
os.setuid(65534)
resource.setrlimit(resource.RLIMIT_NPROC, (1, 1))
echo("before\\n")
pid = pcntl_fork()
var_dump(pid, pcntl_get_last_error(), pcntl_strerror(pcntl_get_last_error()))
""",
    )


def test_signal_argument_checks(compare):
    compare(
        php="""
$calls = [
    fn() => pcntl_signal(0, SIG_IGN), fn() => pcntl_signal(-1, SIG_IGN), fn() => pcntl_signal(65, SIG_IGN),
    fn() => pcntl_signal(SIGUSR1, 5), fn() => pcntl_signal(SIGUSR1, 1.5), fn() => pcntl_signal(SIGUSR1, null),
    fn() => pcntl_signal(0, 5), fn() => pcntl_signal(10, 5, []), fn() => pcntl_signal("x", 5),
    fn() => pcntl_signal_get_handler(0), fn() => pcntl_signal_get_handler(33),
];
foreach ($calls as $call) {
    try { var_dump($call()); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\\n"; }
}
""",
        py="""
calls = [
    lambda: pcntl_signal(0, SIG_IGN), lambda: pcntl_signal(-1, SIG_IGN), lambda: pcntl_signal(65, SIG_IGN),
    lambda: pcntl_signal(SIGUSR1, 5), lambda: pcntl_signal(SIGUSR1, 1.5), lambda: pcntl_signal(SIGUSR1, None),
    lambda: pcntl_signal(0, 5), lambda: pcntl_signal(10, 5, []), lambda: pcntl_signal("x", 5),
    lambda: pcntl_signal_get_handler(0), lambda: pcntl_signal_get_handler(33),
]
for call in calls:
    try:
        var_dump(call())
    except (TypeError, ValueError) as e:
        echo("TypeError" if isinstance(e, TypeError) else "ValueError", ": ", str(e), "\\n")
""",
    )


def test_signals_queue_until_dispatch_then_async(compare):
    compare(
        php="""
var_dump(pcntl_signal_get_handler(SIGUSR1), pcntl_signal_get_handler(SIGINT));
var_dump(pcntl_signal(SIGUSR1, SIG_IGN), pcntl_signal_get_handler(SIGUSR1));
var_dump(pcntl_signal(SIGUSR1, SIG_DFL), pcntl_signal_get_handler(SIGUSR1));
var_dump(pcntl_signal_dispatch());
var_dump(pcntl_async_signals(), pcntl_async_signals(true), pcntl_async_signals(), pcntl_async_signals(null));
var_dump(pcntl_async_signals(false), pcntl_async_signals());
$one = function ($s) { echo "one $s\\n"; };
pcntl_signal(SIGUSR1, $one);
pcntl_signal(SIGUSR2, function ($s, $info) { echo "two $s ", $info["signo"], "\\n"; });
var_dump(pcntl_signal_get_handler(SIGUSR1) === $one);
posix_kill(getmypid(), SIGUSR2); posix_kill(getmypid(), SIGUSR1); posix_kill(getmypid(), SIGUSR1);
echo "queued\\n";
pcntl_signal_dispatch();
echo "dispatched\\n";
pcntl_signal_dispatch();
pcntl_async_signals(true);
posix_kill(getmypid(), SIGUSR1);
echo "after async kill\\n";
pcntl_signal(SIGUSR1, SIG_IGN);
posix_kill(getmypid(), SIGUSR1);
echo "ignored\\n";
pcntl_signal(SIGTERM, function ($s) { echo "term $s\\n"; exit(9); });
posix_kill(getmypid(), SIGTERM);
echo "not reached\\n";
""",
        py="""
var_dump(pcntl_signal_get_handler(SIGUSR1), pcntl_signal_get_handler(SIGINT))
var_dump(pcntl_signal(SIGUSR1, SIG_IGN), pcntl_signal_get_handler(SIGUSR1))
var_dump(pcntl_signal(SIGUSR1, SIG_DFL), pcntl_signal_get_handler(SIGUSR1))
var_dump(pcntl_signal_dispatch())
var_dump(pcntl_async_signals(), pcntl_async_signals(True), pcntl_async_signals(), pcntl_async_signals(None))
var_dump(pcntl_async_signals(False), pcntl_async_signals())
def one(s):
    echo(f"one {s}\\n")
pcntl_signal(SIGUSR1, one)
pcntl_signal(SIGUSR2, lambda s, info: echo(f"two {s} ", info["signo"], "\\n"))
var_dump(pcntl_signal_get_handler(SIGUSR1) is one)
posix_kill(getmypid(), SIGUSR2); posix_kill(getmypid(), SIGUSR1); posix_kill(getmypid(), SIGUSR1)
echo("queued\\n")
pcntl_signal_dispatch()
echo("dispatched\\n")
pcntl_signal_dispatch()
pcntl_async_signals(True)
posix_kill(getmypid(), SIGUSR1)
echo("after async kill\\n")
pcntl_signal(SIGUSR1, SIG_IGN)
posix_kill(getmypid(), SIGUSR1)
echo("ignored\\n")
def term(s):
    echo(f"term {s}\\n")
    exit_(9)
pcntl_signal(SIGTERM, term)
posix_kill(getmypid(), SIGTERM)
echo("not reached\\n")
""",
    )


def test_signal_that_cannot_be_caught_is_fatal(compare):
    compare(
        php='echo "start\\n"; pcntl_signal(SIGKILL, SIG_IGN); echo "not reached\\n";',
        py='echo("start\\n")\npcntl_signal(SIGKILL, SIG_IGN)\necho("not reached\\n")\n',
    )


def test_sigchld_handler_reaps_children(compare):
    compare(
        php="""
pcntl_async_signals(true);
$reaped = [];
pcntl_signal(SIGCHLD, function ($s) use (&$reaped) {
    while (($pid = pcntl_waitpid(-1, $st, WNOHANG)) > 0) { $reaped[] = pcntl_wexitstatus($st); }
});
foreach ([1, 2, 3] as $code) {
    if (pcntl_fork() == 0) { exit($code); }
}
while (count($reaped) < 3) { usleep(10000); }
sort($reaped);
echo implode(",", $reaped), "\\n";
""",
        py="""
import time
pcntl_async_signals(True)
reaped = []
def on_child(s):
    st = Ref()
    while (pid := pcntl_waitpid(-1, st, WNOHANG)) > 0:
        reaped.append(pcntl_wexitstatus(st.value))
pcntl_signal(SIGCHLD, on_child)
for code in (1, 2, 3):
    if pcntl_fork() == 0:
        exit_(code)
while len(reaped) < 3:
    time.sleep(0.01)
echo(",".join(map(str, sorted(reaped))), "\\n")
""",
    )
