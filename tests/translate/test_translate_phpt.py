"""The .phpt runner: PHP's matching rules, and the team's own .phpt suite under real PHP.

``tests/phpt/*.phpt`` are collected by ``tests/phpt/conftest.py`` and run
against the shim; here each one also runs under real PHP, so an expectation
that PHP itself would not meet fails the suite.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from phpcompat.testing.php import php_binary
from phpcompat.translate.phpt import expectf_regex, output_matches, parse_phpt, run_phpt

SUITE = sorted((Path(__file__).resolve().parents[1] / "phpt").glob("*.phpt"))
PLACEHOLDERS = ["%s", "%S", "%a", "%A", "%w", "%i", "%d", "%x", "%f", "%c", "%e", "%r", "%0"]


def test_suite_covers_every_placeholder_and_section():
    text = "".join(p.read_text() for p in SUITE)
    expectf = "".join(parse_phpt(p).sections.get("EXPECTF", "") for p in SUITE)
    for placeholder in PLACEHOLDERS:
        assert placeholder in expectf, placeholder
    for section in (
        "--EXPECT--",
        "--EXPECTF--",
        "--EXPECTREGEX--",
        "--SKIPIF--",
        "--INI--",
        "--ARGS--",
        "--STDIN--",
        "--CLEAN--",
    ):
        assert section in text, section


@pytest.mark.skipif(php_binary() is None, reason="needs php on PATH to check the expectations")
@pytest.mark.parametrize("path", SUITE, ids=[p.stem for p in SUITE])
def test_suite_expectations_hold_under_php(path):
    result = run_phpt(path, php=True)
    assert result.status in ("PASS", "SKIP"), result.reason


# The same cases run through run-tests.php's own conversion in PHP (strtr table,
# preg_quote, /^...$/s) and through output_matches: the verdicts must agree.
MATCH_CASES = [
    ("EXPECTF", "a %s b", "a xyz b"),
    ("EXPECTF", "a %s b", "a  b"),
    ("EXPECTF", "a %s b", "a x\ny b"),
    ("EXPECTF", "[%S]", "[]"),
    ("EXPECTF", "x%ay", "x\n\ny"),
    ("EXPECTF", "x%ay", "xy"),
    ("EXPECTF", "x%Ay", "xy"),
    ("EXPECTF", "n=%d", "n=42"),
    ("EXPECTF", "n=%d", "n=-42"),
    ("EXPECTF", "n=%i", "n=-42"),
    ("EXPECTF", "n=%i", "n=+7"),
    ("EXPECTF", "%x", "deadBEEF"),
    ("EXPECTF", "%x", "0xff"),
    ("EXPECTF", "%f", "1.5"),
    ("EXPECTF", "%f", ".5"),
    ("EXPECTF", "%f", "-1e10"),
    ("EXPECTF", "%f", "1."),
    ("EXPECTF", "%c%c", "ab"),
    ("EXPECTF", "%c", "ab"),
    ("EXPECTF", "a%wb", "a \t b"),
    ("EXPECTF", "a%wb", "ab"),
    ("EXPECTF", "%e", "/"),
    ("EXPECTF", "%r[0-9]+%r!", "123!"),
    ("EXPECTF", "%r(a|b)%r c (d)", "b c (d)"),
    ("EXPECTF", "a.b*c?", "a.b*c?"),
    ("EXPECTF", "a.b", "axb"),
    ("EXPECTF", "100%", "100%"),
    ("EXPECTF", "  trimmed  \n", "trimmed"),
    ("EXPECTF", "x%0y", "x\0y"),
    ("EXPECTF", "%s", ""),
    ("EXPECT", "line1\r\nline2", "line1\nline2\n"),
    ("EXPECT", "a", "b"),
    ("EXPECTREGEX", "pid [0-9]+", "pid 12"),
    ("EXPECTREGEX", "a.c", "abc"),
    ("EXPECTREGEX", "a.c", "abbc"),
]

PHP_MATCHER = r"""
function expectf_to_regex($wanted) {
    $wantedRe = preg_replace('/\r\n/', "\n", $wanted);
    $quoted = ''; $startOffset = 0; $length = strlen($wantedRe);
    while ($startOffset < $length) {
        $start = strpos($wantedRe, '%r', $startOffset);
        if ($start !== false) {
            $end = strpos($wantedRe, '%r', $start + 2);
            if ($end === false) { $end = $start = $length; }
        } else { $start = $end = $length; }
        $quoted .= preg_quote(substr($wantedRe, $startOffset, $start - $startOffset), '/');
        if ($end > $start) { $quoted .= '(' . substr($wantedRe, $start + 2, $end - $start - 2) . ')'; }
        $startOffset = $end + 2;
    }
    return strtr($quoted, ['%e' => preg_quote(DIRECTORY_SEPARATOR, '/'), '%s' => '[^\r\n]+',
        '%S' => '[^\r\n]*', '%a' => '.+?', '%A' => '.*?', '%w' => '\s*', '%i' => '[+-]?\d+', '%d' => '\d+',
        '%x' => '[0-9a-fA-F]+', '%f' => '[+-]?(?:\d+|(?=\.\d))(?:\.\d+)?(?:[Ee][+-]?\d+)?', '%c' => '.',
        '%0' => '\x00']);
}
$cases = json_decode(file_get_contents('cases.json'), true);
foreach ($cases as [$kind, $wanted, $actual]) {
    $want = trim(preg_replace('/\r\n/', "\n", $wanted));
    $have = trim(preg_replace('/\r\n/', "\n", $actual));
    if ($kind === 'EXPECT') { echo $want === $have ? 1 : 0; continue; }
    $re = $kind === 'EXPECTF' ? expectf_to_regex($want) : $want;
    echo preg_match('/^' . $re . '$/s', $have);
}
echo "\n";
"""


def test_matching_rules_agree_with_run_tests_php(compare):
    cases = json.dumps(MATCH_CASES)
    expected = compare.php_output(PHP_MATCHER, files={"cases.json": cases})
    ours = "".join("1" if output_matches(kind, want, have) else "0" for kind, want, have in MATCH_CASES)
    assert ours + "\n" == expected.stdout


def test_expectf_regex_keeps_raw_regions():
    assert expectf_regex("a%r[0-9]+%rb%d") == r"a([0-9]+)b\d+"
