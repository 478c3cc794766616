"""Values (API-CONTRACT section 2) and by-reference scalars (section 7)."""

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from phpcompat import Ref, binary_strings, to_bytes
from phpcompat._core.values import decode, float_repr, float_to_string, php_str, result_str


def _floats() -> list[float]:
    rng = random.Random(8_2_36)
    special = [0.0, -0.0, 1.0, -1.0, 0.1, 0.1 + 0.2, 1e15, 1e14, 1e16, 1e17, 1e100, 1e-4, 1e-5,
               123456789012345678.0, 2.5, -1.5e-7, 1 / 3, 2 / 3, 1e22, 1e21, 5e-324,
               1.7976931348623157e308, 100.0, 0.5, 999999999999999.9, 99999999999999.99,
               float("inf"), float("-inf"), float("nan")]
    values = special + [rng.uniform(-1e6, 1e6) for _ in range(150)]
    values += [rng.random() * 10 ** rng.randint(-20, 25) for _ in range(150)]
    values += [float(rng.randint(-10**18, 10**18)) for _ in range(50)]
    return values


def test_floats_print_as_php_prints_them(compare):
    values = _floats()
    literals = ", ".join(
        "NAN" if v != v else ("INF" if v == float("inf") else "-INF" if v == float("-inf") else repr(v))
        for v in values
    )
    expected = compare.php_output(
        f'foreach ([{literals}] as $f) {{ echo $f, " "; var_dump($f); }}'
    ).stdout
    ours = "".join(f"{float_to_string(v)} float({float_repr(v)})\n" for v in values)
    assert ours == expected


def test_echo_converts_like_php(compare):
    compare(
        php=r'echo true, "|", false, "|", null, "|", 42, "|", -7, "|", 0.1 + 0.2, "|", 1e100, "|", -0.0, "|", 7.0, "\n";',
        py=r'echo(True, "|", False, "|", None, "|", 42, "|", -7, "|", 0.1 + 0.2, "|", 1e100, "|", -0.0, "|", 7.0, "\n")',
    )


def test_echo_writes_exact_bytes(compare):
    compare(
        php=r'echo "caf\xc3\xa9 \xff\xfe raw\n", strlen("caf\xc3\xa9"), "\n";',
        py='echo(b"caf\\xc3\\xa9 \\xff\\xfe raw\\n")\necho(strlen("café"), "\\n")\n',
    )


def test_echo_print_and_python_print_keep_program_order(compare):
    compare(
        php=r'echo "a"; print("b\n"); echo "c\n"; print "d"; echo "\n";',
        py='echo("a")\nprint("b")\necho("c\\n")\nprint_("d")\necho("\\n")\n',
    )


@given(st.binary(max_size=300))
def test_every_byte_sequence_round_trips(data: bytes) -> None:
    assert to_bytes(decode(data)) == data
    assert to_bytes(php_str(data)) == data


def test_binary_strings_switch():
    assert result_str(b"\xff") == "\udcff"
    with binary_strings():
        assert result_str(b"\xff") == b"\xff"
        with binary_strings(False):
            assert result_str(b"x") == "x"
        assert result_str(b"x") == b"x"
    assert result_str(b"x") == "x"


def test_to_bytes_accepts_every_bytes_like():
    assert to_bytes("é") == b"\xc3\xa9"
    assert to_bytes(bytearray(b"ab")) == b"ab"
    assert to_bytes(memoryview(b"cd")) == b"cd"


def test_ref():
    r = Ref()
    assert r.value is None
    r.value = 3
    assert Ref(5).value == 5 and repr(r) == "Ref(3)"


@pytest.mark.parametrize("value", [[1], {"a": 1}])
def test_array_to_string_warns(value, capfd):
    assert php_str(value) == "Array"
    assert "PHP Warning:  Array to string conversion in " in capfd.readouterr().err


def test_broken_pipe_ends_the_script_as_php_does(tmp_path):
    """PHP CLI stops with status 255 and no message when stdout's reader goes away."""
    import subprocess
    import sys
    from pathlib import Path

    from phpcompat.testing.php import PHP_COMMAND, php_binary

    def piped(command: str) -> tuple[str, str, int]:
        proc = subprocess.run(
            f"{command} | head -1; exit ${{PIPESTATUS[0]}}", shell=True, capture_output=True,
            text=True, executable="/bin/bash",
            env={"PYTHONPATH": str(Path(__file__).parents[1]), "PATH": "/usr/bin:/bin"},
        )
        return proc.stdout, proc.stderr, proc.returncode

    script = tmp_path / "loop.py"
    script.write_text("from phpcompat import *\nfor i in range(200000):\n    echo('line ', i, '\\n')\n")
    ours = piped(f"{sys.executable} {script}")
    assert ours == ("line 0\n", "", 255)
    if php_binary():
        php = " ".join(PHP_COMMAND) + " -r 'for ($i = 0; $i < 200000; $i++) echo \"line $i\\n\";'"
        assert piped(php) == ours
