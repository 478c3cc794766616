"""The matrix as one self-contained HTML page: ``phpcompat matrix --html REPORT.html``.

This module owns that page.  It shows, at the top, the totals (examples,
passing examples per column, functions covered and fully passing); then one
tile per function (examples passing per column); then every example - failing ones first - with PHP's
recorded output beside each column's output and the differences highlighted
line by line and character by character (``difflib``).  Any number of columns
is shown; a column that could not run (no source, a timeout) shows why.

The page has inline CSS and a few lines of vanilla JavaScript (filtering:
all / failing / passing, and a search box that selects like ``-k``); without
JavaScript everything is simply shown.  Output is arbitrary bytes, decoded
with ``surrogateescape``: every text goes through ``_char``, which escapes
HTML and shows bytes that are not UTF-8 as ``\\xff``, control characters as
``\\r``/``\\x00`` and trailing blanks as ``\u2423``, so the page is valid UTF-8
and nothing in an output can become markup.

The runner keeps only a verdict and a diff per column, not the column's
output, so ``gather`` runs the source of each *failing* column once more to
show its output in full; when that second run does not reproduce the failure
(or cannot run) the page shows the runner's own diff instead.
"""

from __future__ import annotations

import difflib
import html
import subprocess
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from ..testing.php import Output
from .cases import Example
from .recording import TIMEOUT, load_recording
from .report import verdict
from .runner import (
    FAIL,
    Check,
    ExampleResult,
    MatrixResult,
    _run_source,
    coverage,
    default_jobs,
    outputs_differ,
)
from .sources import COLUMNS, SourceUnavailable

__all__ = ["Evidence", "gather", "render", "write_report"]

#: Unchanged lines kept around a difference; longer unchanged runs are folded.
CONTEXT = 3
#: Rows shown per output at most; the rest is counted, not rendered.
MAX_ROWS = 2000
#: Above this many character pairs a changed line is marked whole, not diffed.
MAX_CHAR_DIFF = 4_000_000

_ORDER = {"FAIL": 0, "ERROR": 1, "DRIFT": 2, "PASS": 3}


@dataclass
class Evidence:
    """What the page shows of one example beyond the runner's verdicts.

    ``recorded`` is PHP's recording (None when missing); ``outputs`` holds,
    for a failing column, the output of a second run of its source, or the
    reason there is none; ``sources`` the PHP script and each column's
    Python source (or why it is unavailable).
    """

    recorded: Output | None = None
    php_version: str = ""
    outputs: dict[str, Output | str] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)


def _read_source(example: Example, column: str) -> tuple[str | None, str]:
    """(source, what to show): the column's Python source, or None and why not."""
    if column not in COLUMNS:
        return None, f"(no column named {column!r})"
    try:
        source = COLUMNS[column].python_source(example)
    except SourceUnavailable as exc:
        return None, f"(unavailable: {exc})"
    return source, source


def _gather_one(result: ExampleResult, timeout: float) -> Evidence:
    example = result.example
    recording = load_recording(example)
    evidence = Evidence(recording.output if recording else None, recording.php_version if recording else "")
    try:
        evidence.sources["php"] = example.php_source()
    except OSError as exc:
        evidence.sources["php"] = f"(unreadable: {exc})"
    for name, check in result.columns.items():
        source, shown = _read_source(example, name)
        evidence.sources[name] = shown
        if check.status != FAIL or recording is None or source is None:
            continue
        if check.output is not None:
            evidence.outputs[name] = check.output
            continue
        try:
            evidence.outputs[name] = _run_source(example, source, timeout)
        except subprocess.TimeoutExpired:
            evidence.outputs[name] = f"the second run timed out after {timeout:g} s"
        except OSError as exc:
            evidence.outputs[name] = f"the second run could not start: {exc}"
    return evidence


def gather(
    matrix: MatrixResult, *, jobs: int | None = None, timeout: float = TIMEOUT
) -> dict[str, Evidence]:
    """Recordings, sources and failing columns' outputs, by example id."""
    with ThreadPoolExecutor(max_workers=jobs or default_jobs()) as pool:
        found = pool.map(lambda r: _gather_one(r, timeout), matrix.results)
        return {r.example.id: e for r, e in zip(matrix.results, found, strict=True)}


# -- text -> safe HTML -----------------------------------------------------------

_NEWLINE = ""  # a line's "\n": drawn only where it is part of a difference


def _char(ch: str) -> str:
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that is not UTF-8 (surrogateescape)
        return f'<span class="esc" title="byte that is not UTF-8">\\x{code - 0xDC00:02x}</span>'
    if ch == "\t":
        return '<span class="tab" title="tab">\t</span>'
    if ch.isprintable() and not 0xD800 <= code <= 0xDFFF:
        return html.escape(ch)
    return f'<span class="esc">{html.escape(repr(ch)[1:-1])}</span>'


def _tokens(line: str) -> list[str]:
    """One HTML fragment per character of ``line``."""
    body, newline = (line[:-1], True) if line.endswith("\n") else (line, False)
    kept = body.rstrip(" ")
    out = [_char(c) for c in kept]
    out += ['<span class="ws" title="trailing space">\u2423</span>'] * (len(body) - len(kept))
    if newline:
        out.append(_NEWLINE)
    return out


def _shown(token: str) -> str:
    return '<span class="esc">\\n</span>' if token == _NEWLINE else token


def text(value: str) -> str:
    """Any text (an id, a message, a source file) as safe HTML."""
    return "".join(_char(c) if c != "\n" else "\n" for c in value)


def _attr(value: str) -> str:
    """Text for an attribute value: quotes escaped, raw bytes as ``\\xff``."""
    raw = value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return html.escape(raw, quote=True)


def _lines_html(line: str) -> str:
    return "".join(_tokens(line))


def _no_newline(lines: Sequence[str], index: int) -> str:
    last = index == len(lines) - 1
    if last and not lines[index].endswith("\n"):
        return '<span class="nonl" title="the output ends here without a newline">no newline at end</span>'
    return ""


def _char_diff(a: str, b: str) -> tuple[str, str]:
    ta, tb = _tokens(a), _tokens(b)
    if len(a) * len(b) > MAX_CHAR_DIFF:
        return (f"<del>{''.join(map(_shown, ta))}</del>", f"<ins>{''.join(map(_shown, tb))}</ins>")
    left: list[str] = []
    right: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            left.extend(ta[i1:i2])
            right.extend(tb[j1:j2])
            continue
        if i2 > i1:
            left.append("<del>" + "".join(map(_shown, ta[i1:i2])) + "</del>")
        if j2 > j1:
            right.append("<ins>" + "".join(map(_shown, tb[j1:j2])) + "</ins>")
    return "".join(left), "".join(right)


# -- side-by-side diff -----------------------------------------------------------

def _row(kind: str, ln_a: int | None, html_a: str | None, ln_b: int | None, html_b: str | None) -> str:
    def cells(ln: int | None, body: str | None) -> str:
        if body is None:
            return '<td class="ln"></td><td class="empty"></td>'
        return f'<td class="ln">{ln}</td><td class="txt">{body}</td>'

    return f'<tr class="{kind}">{cells(ln_a, html_a)}{cells(ln_b, html_b)}</tr>'


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _fold(count: int) -> str:
    return f'<tr class="fold"><td colspan="4">\u22ef {_plural(count, "identical line")} \u22ef</td></tr>'


def diff_table(want: str, have: str, labels: tuple[str, str], *, unordered: bool = False) -> str:
    """Two outputs side by side, aligned, with their differences highlighted."""
    a = want.splitlines(keepends=True)
    b = have.splitlines(keepends=True)
    if unordered:
        a, b = sorted(a), sorted(b)
    rows: list[str] = []
    opcodes = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    for index, (op, i1, i2, j1, j2) in enumerate(opcodes):
        if op == "equal":
            n = i2 - i1
            head = 0 if index == 0 else CONTEXT
            tail = 0 if index == len(opcodes) - 1 else CONTEXT
            if len(opcodes) == 1 or n <= head + tail + 1:
                head, tail = n, 0
            folded = n - head - tail
            for k in [*range(head), -1, *range(n - tail, n)]:
                if k < 0:
                    if folded > 0:
                        rows.append(_fold(folded))
                    continue
                rows.append(_row("eq", i1 + k + 1, _lines_html(a[i1 + k]) + _no_newline(a, i1 + k),
                                 j1 + k + 1, _lines_html(b[j1 + k]) + _no_newline(b, j1 + k)))
            continue
        pairs = min(i2 - i1, j2 - j1)
        for k in range(pairs):
            left, right = _char_diff(a[i1 + k], b[j1 + k])
            rows.append(_row("chg", i1 + k + 1, left + _no_newline(a, i1 + k),
                             j1 + k + 1, right + _no_newline(b, j1 + k)))
        for k in range(pairs, i2 - i1):
            body = f"<del>{_lines_html(a[i1 + k])}</del>" + _no_newline(a, i1 + k)
            rows.append(_row("del", i1 + k + 1, body, None, None))
        for k in range(pairs, j2 - j1):
            body = f"<ins>{_lines_html(b[j1 + k])}</ins>" + _no_newline(b, j1 + k)
            rows.append(_row("ins", None, None, j1 + k + 1, body))
    if len(rows) > MAX_ROWS:
        rows = rows[:MAX_ROWS] + [f'<tr class="fold"><td colspan="4">{len(rows) - MAX_ROWS} more rows '
                                  "not shown</td></tr>"]
    if not rows:
        rows.append('<tr class="fold"><td colspan="4">(both empty)</td></tr>')
    heading = (f'<thead><tr><th colspan="2">{text(labels[0])}</th>'
               f'<th colspan="2">{text(labels[1])}</th></tr></thead>')
    cols = '<colgroup><col class="ln"><col><col class="ln"><col></colgroup>'
    return f'<table class="diff">{cols}{heading}<tbody>{"".join(rows)}</tbody></table>'


def _output_block(output: Output) -> str:
    """One output, whole: stdout, stderr and exit status."""
    parts = []
    for stream in ("stdout", "stderr"):
        value: str = getattr(output, stream)
        lines = value.splitlines(keepends=True)
        if not lines:
            parts.append(f'<div class="stream"><span class="sname">{stream}</span> <i>(empty)</i></div>')
            continue
        body = "".join(
            f'<span class="line">{_lines_html(line)}{_no_newline(lines, i)}</span>'
            for i, line in enumerate(lines[:MAX_ROWS])
        )
        if len(lines) > MAX_ROWS:
            body += f'<span class="line fold">{len(lines) - MAX_ROWS} more lines not shown</span>'
        parts.append(f'<div class="stream"><span class="sname">{stream}</span>'
                     f'<pre class="out">{body}</pre></div>')
    parts.append(f'<div class="stream"><span class="sname">exit status</span> '
                 f"<code>{output.exit}</code></div>")
    return "".join(parts)


def _compare_block(want: Output, have: Output, labels: tuple[str, str], unordered: bool) -> str:
    parts = []
    for stream in ("stdout", "stderr"):
        a: str = getattr(want, stream)
        b: str = getattr(have, stream)
        same = sorted(a.splitlines(True)) == sorted(b.splitlines(True)) if unordered else a == b
        if same:
            parts.append(f'<div class="stream same"><span class="sname">{stream}</span> identical '
                         f"({_plural(len(a.splitlines()), 'line')})</div>")
            continue
        note = ' <span class="note">lines sorted: unordered-output compares them as a multiset</span>' \
            if unordered else ""
        parts.append(f'<div class="stream"><span class="sname">{stream}</span>{note}'
                     f"{diff_table(a, b, labels, unordered=unordered)}</div>")
    if want.exit == have.exit:
        parts.append(f'<div class="stream same"><span class="sname">exit status</span> '
                     f"both <code>{want.exit}</code></div>")
    else:
        parts.append(f'<div class="stream"><span class="sname">exit status</span> '
                     f'<table class="diff exit"><tbody><tr class="chg"><td class="txt">{text(labels[0])}: '
                     f"<del>{want.exit}</del></td><td class=\"txt\">{text(labels[1])}: <ins>{have.exit}</ins>"
                     "</td></tr></tbody></table></div>")
    return "".join(parts)


def _detail_text(detail: str) -> str:
    """The runner's message (a unified diff, or a reason), lines coloured."""
    lines = []
    for line in detail.rstrip("\n").split("\n"):
        kind = ("del" if line.startswith("-") and not line.startswith("---")
                else "ins" if line.startswith("+") and not line.startswith("+++")
                else "hdr" if line.startswith(("@@", "---", "+++")) else "")
        lines.append(f'<span class="line {kind}">{text(line)}</span>')
    return f'<pre class="detail">{"".join(lines)}</pre>'


# -- the page --------------------------------------------------------------------

def _badge(word: str) -> str:
    return f'<span class="badge {word.lower()}">{word}</span>'


def _check_word(check: Check) -> str:
    return {"pass": "PASS", "fail": "FAIL"}.get(check.status, "ERROR")


def _recording_word(result: ExampleResult) -> str:
    if result.recording.ok:
        return "PASS"
    return "DRIFT" if result.recording.status == FAIL else "ERROR"


def _first_line(detail: str) -> str:
    line = detail.strip().split("\n", 1)[0]
    return line if len(line) <= 160 else line[:157] + "..."


def _column_cell(name: str, result: ExampleResult) -> str:
    check = result.columns[name]
    if check.ok and result.recording.ok:
        return f'<td class="col" data-column="{_attr(name)}">{_badge("PASS")}</td>'
    if check.ok:
        # The column printed what the recording holds, but the recording is unsound.
        return (f'<td class="col" data-column="{_attr(name)}">{_badge("PASS")}'
                '<div class="reason">as recorded; recording unsound</div></td>')
    word = _check_word(check)
    reason = "" if check.status == FAIL else f'<div class="reason">{text(_first_line(check.detail))}</div>'
    return f'<td class="col" data-column="{_attr(name)}">{_badge(word)}{reason}</td>'


def _source_block(title: str, source: str) -> str:
    return (f'<details class="source"><summary>{text(title)}</summary>'
            f'<pre class="src">{text(source)}</pre></details>')


def _example_detail(result: ExampleResult, evidence: Evidence | None, columns: Sequence[str]) -> str:
    example = result.example
    parts = []
    recorded = evidence.recorded if evidence else None
    version = f" {evidence.php_version}" if evidence and evidence.php_version else ""
    php_label = f"PHP{version} (recorded)"
    if not result.recording.ok:
        parts.append(f'<section class="check"><h4>recording {_badge(_recording_word(result))}</h4>'
                     f"{_detail_text(result.recording.detail)}</section>")
    for name in columns:
        check = result.columns[name]
        if check.ok:
            continue
        body = ""
        got = evidence.outputs.get(name) if evidence else None
        reproduced = (
            check.status == FAIL and isinstance(got, Output) and recorded is not None
            and outputs_differ(recorded, got, unordered=example.unordered) is not None
        )
        if reproduced and isinstance(got, Output) and recorded is not None:
            body = _compare_block(recorded, got, (php_label, name), example.unordered)
        else:
            if check.status == FAIL and isinstance(got, str):
                body += f'<p class="note">{text(got)}; the diff of the matrix run:</p>'
            elif check.status == FAIL and got is not None:
                body += ('<p class="note">a second run printed what PHP printed (flaky?); '
                         "the diff of the matrix run:</p>")
            body += _detail_text(check.detail)
        parts.append(f'<section class="check" data-column="{_attr(name)}">'
                     f"<h4>{text(name)} {_badge(_check_word(check))}</h4>{body}</section>")
    if recorded is not None:
        parts.append(f'<details class="output"><summary>{text(php_label)} output</summary>'
                     f"{_output_block(recorded)}</details>")
    if evidence:
        for name, source in evidence.sources.items():
            title = f"PHP source ({example.php_path.name})" if name == "php" else f"{name} source"
            parts.append(_source_block(title, source))
    return "".join(parts)


_CSS = """
:root { --fail:#c62828; --pass:#2e7d32; --error:#b26a00; --drift:#7b1fa2; --line:#e3e6ea;
  --del:#ffebe9; --ins:#e6ffec; --delx:#ffb3ad; --insx:#9be9a8; --muted:#5f6b7a; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0;
  color: #1f2328; background: #f6f8fa; }
header, main { max-width: 1400px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 20px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 0 8px; }
h4 { margin: 8px 0 6px; font-size: 14px; }
.meta { color: var(--muted); margin: 0 0 16px; }
.totals { display: flex; flex-wrap: wrap; gap: 12px; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px;
  min-width: 170px; }
.card .num { font-size: 26px; font-weight: 650; }
.card .label { color: var(--muted); }
.card.bad .num { color: var(--fail); }
.card.good .num { color: var(--pass); }
.bar { height: 6px; background: #fde0de; border-radius: 3px; margin-top: 6px; overflow: hidden; }
.bar span { display: block; height: 100%; background: var(--pass); }
.verdicts { margin: 12px 0 0; }
.verdicts .badge { margin-right: 6px; }
nav.filters { position: sticky; top: 0; z-index: 2; background: #f6f8faee; padding: 10px 0;
  display: flex; gap: 8px; align-items: center; flex-wrap: wrap; border-bottom: 1px solid var(--line); }
nav button { font: inherit; padding: 4px 12px; border: 1px solid #c8ced6; background: #fff;
  border-radius: 16px; cursor: pointer; }
nav button[aria-pressed="true"] { background: #1f2328; color: #fff; border-color: #1f2328; }
nav input { font: inherit; padding: 4px 10px; border: 1px solid #c8ced6; border-radius: 6px; width: 22em; }
#shown { color: var(--muted); }
table { border-collapse: collapse; }
table.grid { width: 100%; background: #fff; border: 1px solid var(--line); }
table.grid th, table.grid td { border-bottom: 1px solid var(--line); padding: 6px 10px; text-align: left;
  vertical-align: top; }
table.grid th { background: #eef1f4; font-weight: 600; }
table.grid td.num, table.grid th.num { text-align: right; white-space: nowrap; }
ul.functions { list-style: none; padding: 0; margin: 0; display: grid; gap: 6px;
  grid-template-columns: repeat(auto-fill, minmax(250px, 1fr)); }
li.fn { background: #fff; border: 1px solid var(--line); border-left: 3px solid var(--pass);
  border-radius: 6px; padding: 4px 8px; display: flex; gap: 6px; align-items: center; cursor: pointer; }
li.fn:hover { background: #f3f6f9; }
li.fn.incomplete { border-left-color: var(--fail); background: #fff6f5; }
li.fn code { flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.chip { font-size: 11.5px; border-radius: 10px; padding: 0 7px; white-space: nowrap; }
.chip.pass { background: #dafbe1; color: #116329; }
.chip.fail { background: #ffebe9; color: #a40e26; font-weight: 600; }
li.fn[aria-current="true"] { outline: 2px solid #0b5cad; }
.badge { display: inline-block; font-size: 11px; font-weight: 700; letter-spacing: .04em; color: #fff;
  border-radius: 4px; padding: 1px 6px; vertical-align: 1px; }
.badge.pass { background: var(--pass); } .badge.fail { background: var(--fail); }
.badge.error { background: var(--error); } .badge.drift { background: var(--drift); }
.reason { color: var(--error); font-size: 12px; margin-top: 2px; max-width: 28em; }
.covers code { background: #eef1f4; border-radius: 3px; padding: 0 4px; margin-right: 3px;
  font-size: 12px; white-space: nowrap; }
tbody.example > tr.summary > td { border-top: 2px solid var(--line); }
tbody.example[data-verdict="FAIL"] > tr.summary > td:first-child { border-left: 3px solid var(--fail); }
tbody.example[data-verdict="ERROR"] > tr.summary > td:first-child { border-left: 3px solid var(--error); }
tbody.example[data-verdict="DRIFT"] > tr.summary > td:first-child { border-left: 3px solid var(--drift); }
tr.detail > td { padding: 0 10px 10px 22px; }
.exid { font-weight: 600; font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
summary { cursor: pointer; color: #0b5cad; margin: 4px 0; }
section.check { border-left: 3px solid #d0d7de; padding-left: 10px; margin: 8px 0; }
.stream { margin: 6px 0; }
.stream.same { color: var(--muted); }
.sname { font-weight: 600; margin-right: 6px; }
.note { color: var(--muted); font-size: 12px; }
pre, td.txt, code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace;
  font-size: 12.5px; }
pre { margin: 4px 0; padding: 8px; background: #fff; border: 1px solid var(--line); border-radius: 6px;
  white-space: pre-wrap; overflow-wrap: anywhere; max-height: 36em; overflow: auto; }
pre .line { display: block; min-height: 1.2em; }
pre.detail .del { background: var(--del); } pre.detail .ins { background: var(--ins); }
pre.detail .hdr { color: var(--muted); }
table.diff { width: 100%; table-layout: fixed; background: #fff; border: 1px solid var(--line);
  margin: 4px 0; }
table.diff th { background: #eef1f4; text-align: left; padding: 4px 8px; font-weight: 600; }
table.diff td { padding: 0 8px; vertical-align: top; }
table.diff td.txt { white-space: pre-wrap; overflow-wrap: anywhere; }
table.diff col.ln { width: 3.5em; }
table.diff td.ln { text-align: right; color: #8c959f; user-select: none;
  font-family: ui-monospace, monospace; font-size: 11px; padding-top: 2px; }
table.diff td.empty { background: #f6f8fa; }
tr.chg td.txt:nth-child(2), tr.del td.txt { background: var(--del); }
tr.chg td.txt:nth-child(4), tr.ins td.txt { background: var(--ins); }
table.diff.exit td { width: 50%; }
table.diff.exit td:first-child { background: var(--del); }
table.diff.exit td:last-child { background: var(--ins); }
del .esc, ins .esc, del .ws, ins .ws { background: transparent; }
del { background: var(--delx); text-decoration: none; border-radius: 2px; }
ins { background: var(--insx); text-decoration: none; border-radius: 2px; }
tr.fold td { text-align: center; color: var(--muted); background: #f6f8fa; font-size: 12px; }
.esc { color: #8250df; background: #f3eaff; border-radius: 2px; }
.tab { background: #f1f1f1; }
.ws { color: #bf8700; }
.nonl { color: #8c959f; font-size: 11px; margin-left: 6px; border: 1px solid #d0d7de; border-radius: 3px;
  padding: 0 3px; font-family: system-ui, sans-serif; }
.legend { color: var(--muted); font-size: 12px; margin: 6px 0 0; }
[hidden] { display: none !important; }
"""

_JS = """
(function () {
  var mode = "all";
  var query = document.getElementById("q");
  var examples = Array.prototype.slice.call(document.querySelectorAll("tbody.example"));
  var functions = Array.prototype.slice.call(document.querySelectorAll("li.fn"));
  var buttons = Array.prototype.slice.call(document.querySelectorAll("button[data-show]"));
  function wanted(failing) {
    return mode === "all" || (mode === "failing") === failing;
  }
  function apply() {
    var q = query.value.trim().toLowerCase();
    var shown = 0;
    examples.forEach(function (tb) {
      var covers = tb.getAttribute("data-covers").split(" ");
      var match = !q || tb.getAttribute("data-id").indexOf(q) >= 0 || covers.indexOf(q) >= 0;
      var on = match && wanted(tb.getAttribute("data-verdict") !== "PASS");
      tb.hidden = !on;
      if (on) { shown += 1; }
    });
    functions.forEach(function (tr) {
      tr.hidden = !wanted(tr.classList.contains("incomplete"));
      tr.setAttribute("aria-current", String(tr.getAttribute("data-function") === q));
    });
    buttons.forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.getAttribute("data-show") === mode));
    });
    document.getElementById("shown").textContent = shown + " of " + examples.length + " examples shown";
  }
  buttons.forEach(function (b) {
    b.addEventListener("click", function () { mode = b.getAttribute("data-show"); apply(); });
  });
  query.addEventListener("input", apply);
  functions.forEach(function (tr) {
    tr.addEventListener("click", function () {
      query.value = tr.getAttribute("data-function");
      mode = "all";
      apply();
      document.getElementById("examples").scrollIntoView();
    });
  });
  var hash = location.hash.replace("#", "");
  if (hash === "failing" || hash === "passing") { mode = hash; }
  apply();
  document.body.setAttribute("data-ready", "1");
})();
"""


def _card(number: str, label: str, *, ident: str, tone: str = "", column: str | None = None,
          share: float | None = None) -> str:
    data = f' data-column="{_attr(column)}"' if column is not None else ""
    bar = "" if share is None else f'<div class="bar"><span style="width:{100 * share:.1f}%"></span></div>'
    return (f'<div class="card {tone}"{data}><div class="num" id="{_attr(ident)}">{number}</div>'
            f'<div class="label">{label}</div>{bar}</div>')


def _totals(matrix: MatrixResult) -> str:
    results = matrix.results
    n = len(results)
    rows = coverage(matrix)
    cards = [_card(str(n), "examples", ident="total-examples")]
    for name in matrix.columns:
        passing = sum(1 for r in results if r.recording.ok and r.columns[name].ok)
        cards.append(_card(
            f"{passing}/{n}", f"passing: <b>{text(name)}</b>", ident=f"total-pass-{name}",
            tone="good" if n and passing == n else "bad", column=name, share=passing / n if n else 0.0,
        ))
    cards.append(_card(str(len(rows)), "functions covered", ident="total-functions"))
    for name in matrix.columns:
        full = sum(1 for _, count, passing in rows if passing[name] == count)
        cards.append(_card(f"{full}/{len(rows)}", f"functions all passing: <b>{text(name)}</b>",
                           ident=f"total-functions-{name}", column=name))
    counts: dict[str, int] = {}
    for r in results:
        counts[verdict(r)] = counts.get(verdict(r), 0) + 1
    badges = "".join(
        f'<span class="badge {word.lower()}" id="count-{word.lower()}">{counts[word]} {word}</span>'
        for word in ("PASS", "FAIL", "ERROR", "DRIFT") if counts.get(word)
    )
    return f'<section class="totals" id="totals">{"".join(cards)}</section><p class="verdicts">{badges}</p>'


def _functions(matrix: MatrixResult) -> str:
    """One tile per covered function, incomplete ones first: examples passing per column."""
    rows = coverage(matrix)
    rows.sort(key=lambda row: all(row[2][c] == row[1] for c in matrix.columns))
    tiles = []
    for function, count, passing in rows:
        complete = all(passing[c] == count for c in matrix.columns)
        chips = "".join(
            f'<span class="chip {"pass" if passing[c] == count else "fail"}" data-column="{_attr(c)}">'
            f"{text(c)} {passing[c]}/{count}</span>"
            for c in matrix.columns
        )
        tiles.append(
            f'<li class="fn{"" if complete else " incomplete"}" data-function="{_attr(function.lower())}" '
            f'title="{_attr(function)}: {_plural(count, "example")}, click to show them">'
            f"<code>{text(function)}</code>{chips}</li>"
        )
    return f'<ul class="functions" id="functions-list">{"".join(tiles)}</ul>'


def _examples(matrix: MatrixResult, evidence: dict[str, Evidence]) -> str:
    ordered = sorted(matrix.results, key=lambda r: (_ORDER[verdict(r)], r.example.id))
    head = "".join(f"<th>{text(c)}</th>" for c in matrix.columns)
    width = 3 + len(matrix.columns)
    bodies = []
    for result in ordered:
        example = result.example
        word = verdict(result)
        covers = " ".join(f"<code>{text(c)}</code>" for c in example.covers)
        flags = ' <span class="note">unordered-output</span>' if example.unordered else ""
        cells = "".join(_column_cell(c, result) for c in matrix.columns)
        rec = '<span class="note">current</span>'
        if not result.recording.ok:
            rec = (_badge(_recording_word(result))
                   + f'<div class="reason">{text(_first_line(result.recording.detail))}</div>')
        detail = _example_detail(result, evidence.get(example.id), matrix.columns)
        failing = word != "PASS"
        label = "outputs and diff" if failing else "output and sources"
        bodies.append(
            f'<tbody class="example" id="ex-{_attr(example.id)}" data-verdict="{word}" '
            f'data-id="{_attr(example.id.lower())}" '
            f'data-covers="{_attr(" ".join(c.lower() for c in example.covers))}">'
            f'<tr class="summary"><td><span class="exid">{text(example.id)}</span>{flags}</td>'
            f'<td class="covers">{covers}</td><td>{rec}</td>{cells}</tr>'
            f'<tr class="detail"><td colspan="{width}"><details{" open" if failing else ""}>'
            f"<summary>{label}</summary>{detail}</details></td></tr></tbody>"
        )
    return ('<table class="grid" id="examples-table"><thead><tr><th>example</th><th>covers</th>'
            f'<th>recording</th>{head}</tr></thead>{"".join(bodies)}</table>')


def render(matrix: MatrixResult, evidence: dict[str, Evidence] | None = None) -> str:
    """The whole page as a string (valid UTF-8 text, no external resources)."""
    evidence = evidence or {}
    n = len(matrix.results)
    failing = sum(1 for r in matrix.results if verdict(r) != "PASS")
    versions = sorted({e.php_version for e in evidence.values() if e.php_version})
    meta = [
        f"recordings from PHP {', '.join(versions)}" if versions else "",
        f"checked against live PHP {matrix.live_php}" if matrix.live_php else "no live PHP check",
        f"columns: {', '.join(matrix.columns)}",
    ]
    title = f"compat matrix: {n - failing}/{n} examples passing"
    return "".join([
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{text(title)}</title><style>{_CSS}</style></head><body>",
        "<header><h1>phpcompat compat matrix</h1>",
        f'<p class="meta">{text(" · ".join(m for m in meta if m))}</p>',
        _totals(matrix),
        "</header><main>",
        '<nav class="filters" aria-label="filter examples">',
        f'<button type="button" data-show="all" aria-pressed="true">all ({n})</button>',
        f'<button type="button" data-show="failing">failing ({failing})</button>',
        f'<button type="button" data-show="passing">passing ({n - failing})</button>',
        '<input id="q" type="search" aria-label="filter"',
        ' placeholder="example id or function name (like -k)">',
        f'<span id="shown">{_plural(n, "example")}</span></nav>',
        '<h2 id="functions">Functions</h2>',
        '<p class="legend">Per function: its examples passing in each column, incomplete first. '
        "Click one to show its examples.</p>",
        _functions(matrix),
        '<h2 id="examples">Examples</h2>',
        '<p class="legend">Failing first. PHP\'s recorded output is on the left, the column\'s on the right: '
        '<del>removed</del> <ins>added</ins>; <span class="esc">\\xff</span> a byte that is not UTF-8 '
        'or a control character, <span class="ws">\u2423</span> a trailing space.</p>',
        _examples(matrix, evidence),
        f"</main><script>{_JS}</script></body></html>\n",
    ])


def write_report(
    matrix: MatrixResult, path: Path | str, *, jobs: int | None = None, timeout: float = TIMEOUT,
    evidence: dict[str, Evidence] | None = None,
) -> None:
    """Gather the evidence (unless given) and write the page to ``path``."""
    if evidence is None:
        evidence = gather(matrix, jobs=jobs, timeout=timeout)
    Path(path).write_text(render(matrix, evidence), encoding="utf-8")

