"""The wrapper registry, the URL locator and the mode parser (Python-side API).

Each expectation here restates PHP behaviour that the recorded differential
tests show end to end (test_streams_open.py: unknown wrappers, file://,
invalid modes); these pin the core pieces directly.
"""

from __future__ import annotations

import fcntl
import os

import pytest

from phpcompat import fclose, fopen
from phpcompat._core.failures import PhpFailure
from phpcompat._core.modes import memory_mode, parse_fopen_mode
from phpcompat.wrappers import (
    Wrapper,
    builtin_protocols,
    get_wrapper,
    locate,
    register,
    restore,
    strip_url_password,
    unregister,
    wrappers,
)


def test_registry_is_a_live_read_only_view():
    assert "file" in wrappers and "php" in wrappers
    with pytest.raises(TypeError):
        wrappers["evil"] = Wrapper()  # type: ignore[index]
    assert list(builtin_protocols())[:3] == ["https", "ftps", "compress.zlib"]


def test_register_refuses_to_clobber_and_restore_puts_builtins_back():
    class Mine(Wrapper):
        label = "mine"

    register("mine", Mine())
    try:
        assert isinstance(wrappers["mine"], Mine)
        with pytest.raises(PhpFailure, match=r"Protocol mine:// is already defined"):
            register("mine", Mine())
        register("mine", Mine(), clobber=True)
    finally:
        unregister("mine")
    assert "mine" not in wrappers
    with pytest.raises(PhpFailure):
        unregister("mine")
    with pytest.raises(PhpFailure, match="Invalid protocol scheme"):
        register("bad_name", Mine())
    original = get_wrapper("php")
    unregister("php")
    try:
        assert get_wrapper("php") is None
    finally:
        assert restore("php") is True
    assert get_wrapper("php") is original


@pytest.mark.parametrize(
    ("url", "label", "path", "warnings"),
    [
        (b"a.txt", "plainfile", b"a.txt", 0),
        (b"file:///etc/passwd", "plainfile", b"/etc/passwd", 0),
        (b"file:////x", "plainfile", b"/x", 0),
        (b"FILE:///x", "plainfile", b"/x", 0),
        (b"file://localhost/x", "plainfile", b"/x", 0),
        (b"file://remote/x", None, b"file://remote/x", 1),
        (b"php://memory", "PHP", b"php://memory", 0),
        (b"PHP://memory", "PHP", b"PHP://memory", 0),
        (b"nosuch://x", "plainfile", b"nosuch://x", 1),
        (b"a_b://x", "plainfile", b"a_b://x", 0),
        (b"z://x", "plainfile", b"z://x", 0),
        (b"data:text/plain,hi", "RFC2397", b"data:text/plain,hi", 0),
        (b"c:\\x", "plainfile", b"c:\\x", 0),
    ],
)
def test_locate(url, label, path, warnings):
    located = locate(url)
    assert (located.wrapper.label if located.wrapper else None) == label
    assert located.path == path
    assert len(located.warnings) == warnings


def test_strip_url_password():
    assert strip_url_password("http://user:pw@host/x") == "http://...@host/x"
    assert strip_url_password("http://a@host") == "http://.@host"
    assert strip_url_password("/plain/path@x") == "/plain/path@x"


def test_mode_parser():
    assert parse_fopen_mode("z") is None and parse_fopen_mode("") is None and parse_fopen_mode("+r") is None
    r = parse_fopen_mode("rb")
    assert r is not None and r.readable and not r.writable and r.flags & os.O_ACCMODE == os.O_RDONLY
    a = parse_fopen_mode("a+")
    assert a is not None and a.append and a.readable and a.writable and a.flags & os.O_APPEND
    x = parse_fopen_mode("xe")
    assert x is not None and x.flags & os.O_EXCL and x.flags & os.O_CLOEXEC
    c = parse_fopen_mode("cn")
    assert c is not None and c.flags & os.O_NONBLOCK and not c.flags & os.O_TRUNC
    assert [memory_mode(m) for m in ("r", "rb", "w", "r+", "a", "x", "c+")] == [
        "rb", "rb", "w+b", "w+b", "a+b", "rb", "w+b"]


def test_e_mode_sets_close_on_exec(tmp_path):
    path = str(tmp_path / "f")
    with open(path, "w"):
        pass
    plain, cloexec = fopen(path, "r"), fopen(path, "re")
    assert not fcntl.fcntl(plain.payload.fileno(), fcntl.F_GETFD) & fcntl.FD_CLOEXEC
    assert fcntl.fcntl(cloexec.payload.fileno(), fcntl.F_GETFD) & fcntl.FD_CLOEXEC
    fclose(plain)
    fclose(cloexec)
