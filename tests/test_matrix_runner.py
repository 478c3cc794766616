"""The compat matrix runner itself: discovery, headers, comparison, recording, CLI.

The examples of the matrix are checked by ``compat_matrix/test_matrix.py``;
these tests build small throw-away matrices to check the machinery: that a
matching port passes, that a wrong one fails with a diff, that missing, stale
and drifted recordings are caught, and that hung or forking ports cannot
wedge the run.  End-to-end tests record with the real ``php`` and are skipped
(and reported as skipped) without one.
"""

from __future__ import annotations

import io
import json
import re
import sys
import time
from pathlib import Path

import pytest

from phpcompat import cli
from phpcompat.matrix import main
from phpcompat.matrix.cases import Example, HeaderError, discover, select
from phpcompat.matrix.recording import load_recording, php_version, record_example, write_recording
from phpcompat.matrix.report import PlainReporter, make_reporter, verdict
from phpcompat.matrix.runner import (
    ERROR,
    FAIL,
    PASS,
    check_column,
    check_recording,
    coverage,
    outputs_differ,
    run_matrix,
)
from phpcompat.matrix.sources import COLUMNS, Transliteration
from phpcompat.testing.php import Output

PHP = php_version()
needs_php = pytest.mark.skipif(PHP is None, reason="needs php on PATH to record")


def make_case(
    root: Path, group: str, name: str, php: str, py: str | None, *,
    header: str = "// covers: echo", stdin: bytes | None = None, files: dict[str, bytes] | None = None,
) -> Example:
    directory = root / "cases" / group
    directory.mkdir(parents=True, exist_ok=True)
    (directory / f"{name}.php").write_text(f"<?php\n{header}\n\n{php}")
    if py is not None:
        (directory / f"{name}.py").write_text(py)
    if stdin is not None:
        (directory / f"{name}.stdin").write_bytes(stdin)
    for rel, content in (files or {}).items():
        target = directory / f"{name}.files" / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    return next(e for e in discover(root) if e.id == f"{group}/{name}")


# -- headers and discovery ------------------------------------------------------

def test_header_covers_and_flags(tmp_path: Path) -> None:
    e = make_case(tmp_path, "g", "a", "echo 1;", None,
                  header="// covers: fopen, fgets,fopen , php://memory, @\n// unordered-output")
    assert e.covers == ("fopen", "fgets", "php://memory", "@")
    assert e.unordered
    assert e.id == "g/a"
    assert e.php_path == tmp_path / "cases" / "g" / "a.php"
    plain = make_case(tmp_path, "g", "b", "echo 1;", None)
    assert plain.covers == ("echo",) and not plain.unordered


@pytest.mark.parametrize(
    "text, message",
    [
        ("<?php\necho 1;\n", "no '// covers"),
        ("<?php\n// covers: fopen\n// sometimes-ordered\n", "unknown header flag"),
        ("<?php\n// covers: not a name\n", "not a function"),
        ("echo 1;\n", "must start with"),
    ],
)
def test_bad_headers_are_refused(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "cases" / "g").mkdir(parents=True)
    (tmp_path / "cases" / "g" / "x.php").write_text(text)
    with pytest.raises(HeaderError, match=message):
        discover(tmp_path)


def test_select_by_id_or_function(tmp_path: Path) -> None:
    make_case(tmp_path, "streams", "reading", "", None, header="// covers: fgets, fread")
    make_case(tmp_path, "core", "printing", "", None, header="// covers: printf")
    examples = discover(tmp_path)
    assert [e.id for e in examples] == ["core/printing", "streams/reading"]
    assert [e.id for e in select(examples, ["STREAMS/"])] == ["streams/reading"]
    assert [e.id for e in select(examples, ["printf"])] == ["core/printing"]
    assert [e.id for e in select(examples, ["fread", "print"])] == ["core/printing", "streams/reading"]
    assert select(examples, []) == examples
    assert select(examples, ["fre"]) == []  # a function name must match whole


def test_inputs_digest_follows_script_stdin_and_files(tmp_path: Path) -> None:
    e = make_case(tmp_path, "g", "a", "echo 1;", None)
    base = e.inputs_digest()
    e.stdin_path.write_bytes(b"input")
    with_stdin = e.inputs_digest()
    (e.files_dir).mkdir()
    (e.files_dir / "data.txt").write_bytes(b"x")
    with_files = e.inputs_digest()
    (e.files_dir / "data.txt").write_bytes(b"y")
    assert len({base, with_stdin, with_files, e.inputs_digest()}) == 4


# -- comparison -----------------------------------------------------------------

def test_outputs_differ_is_byte_exact() -> None:
    same = Output("a\nb\n", "w\n", 0)
    assert outputs_differ(same, Output("a\nb\n", "w\n", 0)) is None
    diff = outputs_differ(same, Output("a\nB\n", "w\n", 0))
    assert diff is not None and "-b\n" in diff and "+B\n" in diff and "stderr" not in diff
    assert "exit status: php 0, python 1" in (outputs_differ(same, Output("a\nb\n", "w\n", 1)) or "")
    # Invisible differences are made visible.
    crlf = outputs_differ(Output("x\n", "", 0), Output("x\r\n", "", 0)) or ""
    assert "+x\\r\n" in crlf
    trailing = outputs_differ(Output("x\n", "", 0), Output("x \n", "", 0)) or ""
    assert "+x\u2423\n" in trailing
    no_newline = outputs_differ(Output("x\n", "", 0), Output("x", "", 0)) or ""
    assert "no newline at end" in no_newline
    raw = outputs_differ(Output("\udcff\n", "", 0), Output("\udcfe\n", "", 0)) or ""
    assert "-\\xff" in raw and "+\\xfe" in raw


def test_unordered_output_compares_lines_as_a_multiset() -> None:
    php = Output("message from child\nchild PID: %d\n", "", 0)
    assert outputs_differ(php, Output("child PID: %d\nmessage from child\n", "", 0), unordered=True) is None
    assert outputs_differ(php, Output("child PID: %d\nmessage from child\n", "", 0)) is not None
    lost = outputs_differ(php, Output("child PID: %d\n", "", 0), unordered=True)
    assert lost is not None and "-message from child" in lost
    doubled = Output("message from child\nchild PID: %d\nchild PID: %d\n", "", 0)
    assert outputs_differ(php, doubled, unordered=True) is not None


# -- recordings -----------------------------------------------------------------

def test_recording_round_trip_keeps_raw_bytes(tmp_path: Path) -> None:
    e = make_case(tmp_path, "g", "a", "echo 1;", None)
    out = Output("caf\u00e9 \udcff\x00\n", "PHP Warning:  x in %s on line %d\n", 3)
    write_recording(e, out, "8.2.0")
    text = e.expected_path.read_bytes().decode("utf-8")  # valid UTF-8 on disk
    assert "do not edit" in json.loads(text)["generated"]
    assert "\\udcff" in text and "caf\u00e9" in text
    rec = load_recording(e)
    assert rec is not None and rec.output == out and rec.inputs_sha256 == e.inputs_digest()
    assert rec.php_version == "8.2.0"


def test_missing_and_stale_recordings_are_errors(tmp_path: Path) -> None:
    e = make_case(tmp_path, "g", "a", "echo 1;", "echo(1)\n")
    assert check_recording(e, None, live_php=False).status == ERROR
    assert check_column(e, Transliteration(), None).status == ERROR
    write_recording(e, Output("1", "", 0), "8.2.0")
    assert check_recording(e, load_recording(e), live_php=False).status == PASS
    e.php_path.write_text(e.php_path.read_text() + "echo 2;\n")
    stale = check_recording(e, load_recording(e), live_php=False)
    assert stale.status == ERROR and "stale" in stale.detail


def test_missing_port_is_an_error(tmp_path: Path) -> None:
    e = make_case(tmp_path, "g", "a", "echo 1;", None)
    write_recording(e, Output("1", "", 0), "8.2.0")
    check = check_column(e, COLUMNS["port"], load_recording(e))
    assert check.status == ERROR and "a.py is missing" in check.detail


def test_hung_port_times_out_and_its_forked_children_go_too(tmp_path: Path) -> None:
    py = (
        "import os, time\n"
        "if os.fork() == 0:\n"
        "    time.sleep(60)\n"  # a child holding stdout open
        "    os._exit(0)\n"
        "time.sleep(60)\n"
    )
    e = make_case(tmp_path, "g", "hang", "", py)
    write_recording(e, Output("", "", 0), "8.2.0")
    start = time.monotonic()
    check = check_column(e, Transliteration(), load_recording(e), timeout=2)
    assert check.status == ERROR and "timed out after 2 s" in check.detail
    assert time.monotonic() - start < 20


def test_port_runs_in_a_fresh_directory_with_files_and_stdin(tmp_path: Path) -> None:
    py = (
        "import os, sys\n"
        "print(sorted(os.listdir('.')))\n"
        "print(open('data/in.txt').read().strip(), sys.stdin.read().strip())\n"
        "open('made.txt', 'w').write('x')\n"
    )
    e = make_case(tmp_path, "g", "env", "", py, stdin=b"from stdin\n", files={"data/in.txt": b"from file\n"})
    write_recording(e, Output("['_case.py', 'data']\nfrom file from stdin\n", "", 0), "8.2.0")
    assert check_column(e, Transliteration(), load_recording(e)).status == PASS
    # Nothing leaked into the example's own files, and a second run is fresh.
    assert sorted(p.name for p in e.files_dir.iterdir()) == ["data"]
    assert check_column(e, Transliteration(), load_recording(e)).status == PASS


def test_coverage_counts_examples_and_passes(tmp_path: Path) -> None:
    a = make_case(tmp_path, "g", "a", "", "", header="// covers: fopen, fgets")
    b = make_case(tmp_path, "g", "b", "", "import sys; sys.exit(3)\n", header="// covers: fopen")
    for e in (a, b):
        write_recording(e, Output("", "", 0), "8.2.0")
    matrix = run_matrix([a, b], ("port",), jobs=2)
    assert [verdict(r) for r in matrix.results] == ["PASS", "FAIL"]
    assert not matrix.ok
    assert coverage(matrix) == [("fgets", 1, {"port": 1}), ("fopen", 2, {"port": 1})]


def test_unknown_column_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown column"):
        run_matrix([], ("translated-by-magic",))


# -- reporting ------------------------------------------------------------------

def test_reporter_falls_back_to_plain_text_without_rich(monkeypatch: pytest.MonkeyPatch) -> None:
    assert isinstance(make_reporter(plain=True), PlainReporter)
    monkeypatch.setitem(sys.modules, "rich", None)
    assert isinstance(make_reporter(), PlainReporter)


def test_plain_report_shows_diff_table_and_summary(tmp_path: Path) -> None:
    good = make_case(tmp_path, "g", "good", "", "from phpcompat import *\necho('hi\\n')\n")
    bad = make_case(tmp_path, "g", "bad", "", "from phpcompat import *\necho('ho\\n')\n",
                    header="// covers: echo, print")
    for e in (good, bad):
        write_recording(e, Output("hi\n", "", 0), "8.2.0")
    out = io.StringIO()
    reporter = PlainReporter(out)
    reporter.start(2, None)
    matrix = run_matrix([good, bad], ("port",), on_result=reporter.result)
    reporter.finish(matrix)
    text = out.getvalue()
    assert "=== FAIL g/bad" in text and "-hi\n+ho\n" in text
    assert re.search(r"^echo +2 +1/2$", text, re.M)
    assert re.search(r"^print +1 +0/1$", text, re.M)
    assert "2 examples: 1 pass, 1 fail (no live PHP check)" in text
    assert "g/good" not in text.split("===")[1]  # passing examples show no diff


# -- end to end, with PHP recording ---------------------------------------------

@needs_php
def test_record_run_and_cli_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert PHP is not None
    ok = make_case(
        tmp_path, "core", "hello", 'echo "Hello, ", strlen("abc"), "\\n";\n',
        "from phpcompat import *\n\necho('Hello, ', 3, '\\n')\n",
    )
    record_example(ok, PHP)
    rc = main(["--dir", str(tmp_path), "--plain"])
    out = capsys.readouterr().out
    assert rc == 0, out
    assert "1 examples: 1 pass" in out and f"live PHP {PHP}" in out

    # Through the console command's dispatcher too.
    assert cli.main(["matrix", "--dir", str(tmp_path), "--plain", "--no-live-php"]) == 0
    assert "no live PHP check" in capsys.readouterr().out

    wrong = make_case(tmp_path, "core", "wrong", 'echo "x\\n";\n', "from phpcompat import *\necho('y\\n')\n")
    record_example(wrong, PHP)
    assert main(["--dir", str(tmp_path), "--plain", "--no-live-php"]) == 1
    out = capsys.readouterr().out
    assert "=== FAIL core/wrong" in out and "-x\n+y" in out

    # -k narrows the run; no match is a failure, not a silent pass.
    assert main(["--dir", str(tmp_path), "--plain", "-k", "hello"]) == 0
    capsys.readouterr()
    assert main(["--dir", str(tmp_path), "-k", "nothing-matches"]) == 1
    assert "no examples" in capsys.readouterr().err
    assert main(["--dir", str(tmp_path / "absent")]) == 2


@needs_php
def test_live_php_drift_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert PHP is not None
    e = make_case(
        tmp_path, "core", "drift", 'echo "live\\n";\n', "from phpcompat import *\necho('live\\n')\n"
    )
    record_example(e, PHP)
    # Simulate PHP having changed since the recording: keep the digest, alter the output.
    data = json.loads(e.expected_path.read_text())
    data["stdout"] = "recorded long ago\n"
    e.expected_path.write_text(json.dumps(data))
    check = check_recording(e, load_recording(e), live_php=True)
    assert check.status == FAIL and "drifted" in check.detail and "+live" in check.detail
    assert main(["--dir", str(tmp_path), "--plain"]) == 1
    assert "DRIFT core/drift" in capsys.readouterr().out
    assert check_recording(e, load_recording(e), live_php=False).status == PASS


@needs_php
def test_recorder_script_writes_what_php_prints(tmp_path: Path) -> None:
    import subprocess

    root = Path(__file__).resolve().parent.parent
    matrix = tmp_path / "compat_matrix"
    matrix.mkdir()
    (matrix / "record.py").write_bytes((root / "compat_matrix" / "record.py").read_bytes())
    php = "echo strtoupper(fgets(STDIN)), 'PID: ', getmypid();\n"
    e = make_case(matrix, "g", "stdin", php, None, stdin=b"shout\n")
    proc = subprocess.run([sys.executable, str(matrix / "record.py")], capture_output=True, text=True,
                          cwd=tmp_path, timeout=120)
    assert proc.returncode == 0, proc.stderr
    rec = load_recording(e)
    assert rec is not None and rec.output == Output("SHOUT\nPID: %d", "", 0)
    proc = subprocess.run([sys.executable, str(matrix / "record.py"), "--stale"], capture_output=True,
                          text=True, cwd=tmp_path, timeout=120)
    assert "0 recordings written" in proc.stdout
