"""The HTML report of the compat matrix (``phpcompat matrix --html``).

Unit tests render small hand-built matrices and parse the page; they check
the structure, the totals, the side-by-side diffs and that hostile output
(``</pre><script>``, bytes that are not UTF-8, control characters) is shown,
never interpreted.  The end-to-end test builds a matrix in a temporary
directory, records it with real PHP, writes the page through the real
command line and opens it in headless Chromium: the DOM it dumps (after the
page's script ran) must show the right totals and the failing example's diff.
Without ``chromium`` (or ``php``) that test is skipped with the reason, except
under CI (``CI`` set), where a missing tool is a failure.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from phpcompat.matrix import main
from phpcompat.matrix.cases import Example, discover
from phpcompat.matrix.html import Evidence, diff_table, gather, render, text
from phpcompat.matrix.recording import php_version, record_example, write_recording
from phpcompat.matrix.runner import ERROR, FAIL, PASS, Check, ExampleResult, MatrixResult, run_matrix
from phpcompat.testing.php import Output

HOSTILE = '</pre></td></table><script>document.title="pwned"</script>'


# -- a small DOM, enough to query the page ----------------------------------------

_VOID = {"meta", "input", "col", "br", "img", "link", "hr", "wbr"}


class Node:
    def __init__(self, tag: str, attrs: dict[str, str], parent: Node | None) -> None:
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[Node | str] = []

    @property
    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text for c in self.children)

    def iter(self) -> list[Node]:
        out = [self]
        for c in self.children:
            if isinstance(c, Node):
                out.extend(c.iter())
        return out

    def find_all(self, tag: str | None = None, **attrs: str) -> list[Node]:
        return [
            n for n in self.iter()
            if (tag is None or n.tag == tag)
            and all(
                (k.rstrip("_") == "class" and v in n.attrs.get("class", "").split())
                or n.attrs.get(k.rstrip("_").replace("_", "-")) == v
                for k, v in attrs.items()
            )
        ]

    def by_id(self, ident: str) -> Node:
        found = [n for n in self.iter() if n.attrs.get("id") == ident]
        assert len(found) == 1, f"{len(found)} elements with id {ident!r}"
        return found[0]


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {}, None)
        self.current = self.root

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs}, self.current)
        self.current.children.append(node)
        if tag not in _VOID:
            self.current = node

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.current.children.append(Node(tag, {k: v or "" for k, v in attrs}, self.current))

    def handle_endtag(self, tag: str) -> None:
        node: Node | None = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data: str) -> None:
        self.current.children.append(data)


def parse(page: str) -> Node:
    builder = _Builder()
    builder.feed(page)
    builder.close()
    return builder.root


# -- hand-built matrices ------------------------------------------------------------

def example(tmp: Path, name: str, covers: tuple[str, ...], unordered: bool = False) -> Example:
    return Example(tmp, "g", name, covers, unordered)


def small_matrix(tmp: Path) -> tuple[MatrixResult, dict[str, Evidence]]:
    """Four examples, two columns: one passes; one fails in both columns (the
    page has the port's output, and only the runner's diff for ``translated``);
    ``translated`` has no source for one; one recording is stale."""
    php = Output(f"same\nline 2\n{HOSTILE}\ncaf\udce9\x00\r\n", "", 0)
    got = Output(f"same\nline two\n{HOSTILE}\ncaf\udcff\x00\r\nextra", "PHP Warning:  oops\n", 255)
    runner_diff = "--- stdout (php)\n+++ stdout (x)\n-line 2\n+line two\n"
    results = [
        ExampleResult(example(tmp, "good", ("echo",)), Check(PASS),
                      {"port": Check(PASS), "translated": Check(PASS)}),
        ExampleResult(example(tmp, "bad", ("echo", "fwrite")), Check(PASS),
                      {"port": Check(FAIL, runner_diff), "translated": Check(FAIL, runner_diff)}),
        ExampleResult(example(tmp, "missing", ("printf",)), Check(PASS),
                      {"port": Check(PASS),
                       "translated": Check(ERROR, "translator unavailable: tree-sitter-php is not installed")}),
        ExampleResult(example(tmp, "stale", ("fopen",)), Check(ERROR, "stale recording: re-record"),
                      {"port": Check(PASS), "translated": Check(PASS)}),
    ]
    evidence = {
        "g/good": Evidence(Output("hi\n", "", 0), "8.2.0", {}, {"php": "<?php echo 'hi';", "port": "echo('hi')"}),
        "g/bad": Evidence(php, "8.2.0", {"port": got}, {"php": f"<?php // {HOSTILE}", "port": "x"}),
    }
    return MatrixResult(results, ("port", "translated"), None), evidence


def test_page_structure_totals_and_order(tmp_path: Path) -> None:
    matrix, evidence = small_matrix(tmp_path)
    page = render(matrix, evidence)
    page.encode("utf-8")  # no lone surrogates left: the page is valid UTF-8
    assert page.startswith("<!DOCTYPE html>")
    dom = parse(page)
    assert dom.by_id("total-examples").text == "4"
    assert dom.by_id("total-pass-port").text == "2/4"  # the stale recording does not count
    assert dom.by_id("total-pass-translated").text == "1/4"
    assert dom.by_id("total-functions").text == "4"  # echo, fopen, fwrite, printf
    assert dom.by_id("total-functions-port").text == "1/4"  # printf
    assert dom.by_id("total-functions-translated").text == "0/4"
    assert [dom.by_id(f"count-{w}").text for w in ("pass", "fail", "error")] == ["1 PASS", "1 FAIL", "2 ERROR"]
    assert not dom.find_all(id="count-drift")
    # No external resources: nothing is loaded from anywhere.
    assert not [n for n in dom.iter() if "src" in n.attrs or "href" in n.attrs or n.tag == "link"]
    assert len(dom.find_all("script")) == 1
    # Failing first, errors next, passes last; only non-passing ones open.
    bodies = dom.find_all("tbody", class_="example")
    assert [b.attrs["data-verdict"] for b in bodies] == ["FAIL", "ERROR", "ERROR", "PASS"]
    assert [b.attrs["id"] for b in bodies] == ["ex-g/bad", "ex-g/missing", "ex-g/stale", "ex-g/good"]
    assert ["open" in b.find_all("details")[0].attrs for b in bodies] == [True, True, True, False]
    # Every column is shown, and one that could not run says why.
    head = dom.by_id("examples-table").find_all("thead")[0]
    assert [th.text for th in head.find_all("th")] == ["example", "covers", "recording", "port", "translated"]
    cell = bodies[1].find_all("td", data_column="translated")[0]
    assert "ERROR" in cell.text and "tree-sitter-php is not installed" in cell.text
    assert "stale recording" in bodies[2].find_all("tr", class_="summary")[0].text
    # Function tiles: incomplete first, with passing counts per column.
    tiles = dom.by_id("functions-list").find_all("li")
    assert [t.attrs["data-function"] for t in tiles] == ["echo", "fopen", "fwrite", "printf"]
    assert [c.text for c in tiles[0].find_all("span", class_="chip")] == ["port 1/2", "translated 1/2"]
    assert [c.text for c in tiles[3].find_all("span", class_="chip")] == ["port 1/1", "translated 0/1"]


def test_failing_column_shows_both_outputs_side_by_side(tmp_path: Path) -> None:
    matrix, evidence = small_matrix(tmp_path)
    bad = parse(render(matrix, evidence)).by_id("ex-g/bad")
    port = bad.find_all("section", data_column="port")[0]
    stdout, stderr, status = port.find_all("table", class_="diff")
    assert [th.text for th in stdout.find_all("th")] == ["PHP 8.2.0 (recorded)", "port"]
    changed = stdout.find_all("tr", class_="chg")
    assert [d.text for d in changed[0].find_all("del")] == ["2"]
    assert [i.text for i in changed[0].find_all("ins")] == ["two"]
    # A byte that is not UTF-8, NUL and CR are visible escapes; the changed byte is marked.
    assert [d.text for d in changed[1].find_all("del")] == ["\\xe9"]
    assert [i.text for i in changed[1].find_all("ins")] == ["\\xff"]
    assert "\\x00\\r" in changed[1].text
    added = stdout.find_all("tr", class_="ins")
    assert len(added) == 1 and [i.text for i in added[0].find_all("ins")] == ["extra"]
    assert "no newline at end" in added[0].text
    assert "PHP Warning:  oops" in stderr.text
    assert [d.text for d in status.find_all("del")] == ["0"] and [i.text for i in status.find_all("ins")] == ["255"]
    # The hostile line is text in both cells, not markup.
    assert sum(HOSTILE in td.text for td in stdout.find_all("td")) == 2
    # Without the column's output, the runner's diff is shown, coloured.
    translated = bad.find_all("section", data_column="translated")[0]
    assert translated.find_all("table") == []
    assert [s.text for s in translated.find_all("span", class_="del")] == ["-line 2"]
    assert [s.text for s in translated.find_all("span", class_="ins")] == ["+line two"]


def test_hostile_text_never_becomes_markup() -> None:
    page = render(MatrixResult([], ("port",), None))
    assert page.count("<script") == 1
    escaped = text(HOSTILE + "\udcff\x1b\"'&")
    assert "&lt;/pre&gt;" in escaped and "&quot;" in escaped and "&#x27;" in escaped and "&amp;" in escaped
    dom = parse(f"<div>{escaped}</div>")
    # Only the page's own escape markers are elements; the hostile text is text.
    assert {n.tag for n in dom.iter()} == {"#document", "div", "span"}
    assert [n.text for n in dom.find_all("span", class_="esc")] == ["\\xff", "\\x1b"]
    assert dom.text == HOSTILE + "\\xff\\x1b\"'&"


def test_hostile_ids_and_functions_are_escaped_in_attributes(tmp_path: Path) -> None:
    e = Example(tmp_path, 'g"><script>x', 'n\udcff', ("echo",), False)
    page = render(MatrixResult([ExampleResult(e, Check(PASS), {'p"><b>': Check(PASS)})], ('p"><b>',), None))
    dom = parse(page)
    assert len(dom.find_all("script")) == 1 and dom.find_all("b", class_="x") == []
    body = dom.find_all("tbody", class_="example")[0]
    assert body.attrs["id"] == 'ex-g"><script>x/n\\xff'
    assert dom.by_id('total-pass-p"><b>').text == "1/1"


def test_identical_lines_are_folded_around_changes() -> None:
    want = "".join(f"line {i}\n" for i in range(30))
    have = want.replace("line 15\n", "line XV\n")
    dom = parse(diff_table(want, have, ("php", "port")))
    folds = [r.text for r in dom.find_all("tr", class_="fold")]
    assert folds == ["\u22ef 12 identical lines \u22ef", "\u22ef 11 identical lines \u22ef"]
    assert len(dom.find_all("tr", class_="eq")) == 6 and len(dom.find_all("tr", class_="chg")) == 1
    # A missing final newline is a marked difference, not invisible.
    dom = parse(diff_table("a\nb\n", "a\nb", ("php", "port")))
    assert [i.text for i in dom.find_all("del")] == ["\\n"] and dom.find_all("ins") == []
    # Trailing blanks are visible.
    dom = parse(diff_table("x\n", "x \n", ("php", "port")))
    assert [i.text for i in dom.find_all("ins")] == ["\u2423"]


def test_unordered_output_is_diffed_as_sorted_lines(tmp_path: Path) -> None:
    e = example(tmp_path, "fork", ("pcntl_fork",), unordered=True)
    result = ExampleResult(e, Check(PASS), {"port": Check(FAIL, "-child\n")})
    evidence = {"g/fork": Evidence(Output("parent\nchild\n", "", 0), "8.2.0",
                                   {"port": Output("parent\nparent\n", "", 0)}, {})}
    dom = parse(render(MatrixResult([result], ("port",), None), evidence))
    section = dom.find_all("section", data_column="port")[0]
    assert "unordered-output compares them as a multiset" in section.text
    assert [d.text for d in section.find_all("del")] == ["child"]


def test_without_a_second_output_the_runner_diff_is_shown(tmp_path: Path) -> None:
    e = example(tmp_path, "flaky", ("echo",))
    detail = "--- stdout (php)\n+++ stdout (port)\n@@ -1 +1 @@\n-a\n+b\n"
    result = ExampleResult(e, Check(PASS), {"port": Check(FAIL, detail)})
    for second, note in [
        (Output("a\n", "", 0), "a second run printed what PHP printed"),
        ("the second run timed out after 60 s", "the second run timed out after 60 s"),
    ]:
        evidence = {"g/flaky": Evidence(Output("a\n", "", 0), "8.2.0", {"port": second}, {})}
        section = parse(render(MatrixResult([result], ("port",), None), evidence)).find_all(
            "section", data_column="port")[0]
        assert note in section.text
        assert [s.text for s in section.find_all("span", class_="del")] == ["-a"]
        assert [s.text for s in section.find_all("span", class_="ins")] == ["+b"]


def test_unordered_rerun_equal_as_a_multiset_shows_the_runner_diff(tmp_path: Path) -> None:
    e = example(tmp_path, "fork", ("pcntl_fork",), unordered=True)
    result = ExampleResult(e, Check(PASS), {"port": Check(FAIL, "-child\n")})
    evidence = {"g/fork": Evidence(Output("parent\nchild\n", "", 0), "8.2.0",
                                   {"port": Output("child\nparent\n", "", 0)}, {})}
    section = parse(render(MatrixResult([result], ("port",), None), evidence)).find_all(
        "section", data_column="port")[0]
    assert "a second run printed what PHP printed" in section.text and section.find_all("table") == []
    assert [s.text for s in section.find_all("span", class_="del")] == ["-child"]


def test_gather_reruns_failing_columns_only(tmp_path: Path) -> None:
    good = make_case(tmp_path, "g", "good", "", "from phpcompat import *\necho('hi\\n')\n")
    bad = make_case(tmp_path, "g", "bad", "", "from phpcompat import *\necho('ho\\n', b'\\xff')\nexit_(4)\n")
    lost = make_case(tmp_path, "g", "lost", "", None)
    for e in (good, bad, lost):
        write_recording(e, Output("hi\n", "", 0), "8.2.0")
    matrix = run_matrix([good, bad, lost], ("port",), jobs=2)
    evidence = gather(matrix, jobs=2)
    assert evidence["g/good"].outputs == {} and evidence["g/lost"].outputs == {}
    assert evidence["g/bad"].outputs == {"port": Output("ho\n\udcff", "", 4)}
    assert evidence["g/bad"].recorded == Output("hi\n", "", 0) and evidence["g/bad"].php_version == "8.2.0"
    assert evidence["g/bad"].sources["php"].startswith("<?php\n// covers: echo")
    assert "echo('ho" in evidence["g/bad"].sources["port"]
    assert evidence["g/lost"].sources["port"] == "(unavailable: no port: lost.py is missing)"
    bad_section = parse(render(matrix, evidence)).by_id("ex-g/bad").find_all("section", data_column="port")[0]
    assert [i.text for i in bad_section.find_all("ins")] == ["o", "\\xff", "4"]


def test_cli_refuses_a_report_in_a_missing_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_case(tmp_path, "core", "a", 'echo "a";\n', "")
    assert main(["--dir", str(tmp_path), "--html", str(tmp_path / "no" / "r.html")]) == 2
    assert "no directory for the HTML report" in capsys.readouterr().err


# -- end to end: the real CLI, real PHP, real Chromium -------------------------------

def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def require(tool: str, install: str) -> str:
    """The tool's path; without it skip (outside CI, with the reason) or fail (in CI)."""
    path = shutil.which(tool)
    if path is None:
        message = f"{tool} is not installed ({install})"
        if _in_ci():
            pytest.fail(f"{message}: required under CI")
        pytest.skip(message)
    return path


def make_case(root: Path, group: str, name: str, php: str, py: str | None, *,
              header: str = "// covers: echo") -> Example:
    directory = root / "cases" / group
    directory.mkdir(parents=True, exist_ok=True)
    (directory / f"{name}.php").write_text(f"<?php\n{header}\n\n{php}")
    if py is not None:
        (directory / f"{name}.py").write_text(py)
    return next(e for e in discover(root) if e.id == f"{group}/{name}")


def chromium(binary: str, *args: str) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory(prefix="phpcompat-chromium-") as profile:
        return subprocess.run(
            [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", *args],
            capture_output=True, text=True, timeout=180,
        )


def test_report_in_headless_chromium(tmp_path: Path) -> None:
    browser = require("chromium", "apt-get install -y chromium")
    require("php", "apt-get install -y php8.2-cli")
    version = php_version()
    assert version is not None
    good = make_case(tmp_path, "core", "hello", 'echo "Hello, ", strlen("abc"), "\\n";\n',
                     "from phpcompat import *\n\necho('Hello, ', 3, '\\n')\n",
                     header="// covers: echo, strlen")
    bad = make_case(
        tmp_path, "core", "wrong",
        f'echo "first\\n", "PHP says yes\\n", \'{HOSTILE}\', "\\n\\xff\\n";\nexit(3);\n',
        f"from phpcompat import *\n\necho('first\\n', 'PHP says no\\n', '{HOSTILE}', b'\\n\\xfe\\n')\n",
        header="// covers: echo, exit",
    )
    for e in (good, bad):
        record_example(e, version)
    report = tmp_path / "report.html"
    proc = subprocess.run(
        [sys.executable, "-m", "phpcompat.cli", "matrix", "--dir", str(tmp_path), "--plain",
         "--no-live-php", "--html", str(report)],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr  # one example fails
    assert f"HTML report: {report}" in proc.stdout

    run = chromium(browser, "--dump-dom", report.as_uri())
    assert run.returncode == 0, run.stderr[-2000:]
    dom = parse(run.stdout)
    body = dom.find_all("body")[0]
    assert body.attrs.get("data-ready") == "1"  # the page's script ran
    assert dom.find_all("title")[0].text == "compat matrix: 1/2 examples passing"  # not "pwned"
    assert len(dom.find_all("script")) == 1
    assert dom.by_id("total-examples").text == "2"
    assert dom.by_id("total-pass-port").text == "1/2"
    assert dom.by_id("total-functions").text == "3"  # echo, exit, strlen
    assert dom.by_id("total-functions-port").text == "1/3"  # strlen
    assert dom.by_id("shown").text == "2 of 2 examples shown"
    wrong = dom.by_id("ex-core/wrong")
    assert wrong.attrs["data-verdict"] == "FAIL" and "hidden" not in wrong.attrs
    assert "open" in wrong.find_all("details")[0].attrs
    stdout = wrong.find_all("table", class_="diff")[0]
    assert [d.text for d in stdout.find_all("del")] == ["yes", "\\xff"]
    assert [i.text for i in stdout.find_all("ins")] == ["no", "\\xfe"]
    assert sum(HOSTILE in td.text for td in stdout.find_all("td")) == 2
    assert "exit status" in wrong.text and [d.text for d in wrong.find_all("del")][-1] == "3"
    first = dom.find_all("tbody", class_="example")[0]
    assert first.attrs["id"] == "ex-core/wrong"  # failing first

    # "#failing" selects the failing examples through the page's filter.
    run = chromium(browser, "--dump-dom", report.as_uri() + "#failing")
    dom = parse(run.stdout)
    assert dom.by_id("shown").text == "1 of 2 examples shown"
    assert "hidden" in dom.by_id("ex-core/hello").attrs and "hidden" not in dom.by_id("ex-core/wrong").attrs
    assert dom.find_all("button", data_show="failing")[0].attrs["aria-pressed"] == "true"

    shot = tmp_path / "report.png"
    run = chromium(browser, "--hide-scrollbars", "--window-size=1280,1400", f"--screenshot={shot}",
                   report.as_uri())
    assert run.returncode == 0, run.stderr[-2000:]
    png = shot.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and int.from_bytes(png[16:20], "big") == 1280
