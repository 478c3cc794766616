"""Measuring the two front ends on PHP 5/7/8 snippets and on the matrix's PHP.

``python tests/translate/test_translate_frontends.py`` prints the table; the
tests pin the numbers that matter: tree-sitter reads every snippet and every
matrix example, the automatic choice translates all of them, and phply reads
exactly the snippets written in its PHP 5 grammar.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from phpcompat.translate import PhpSyntaxError, TranslateError, parse, translate_source

ROOT = Path(__file__).resolve().parents[2]

# (PHP version that introduced the syntax, snippet)
SNIPPETS: list[tuple[str, str]] = [
    ("5", '$a = array(1, 2); foreach ($a as $k => $v) { echo "$k=$v\\n"; }'),
    ("5", "function f(&$x, $y = 2) { static $n = 0; global $g; return $x + $y; }"),
    (
        "5",
        "class B {} interface C {}\nclass A extends B implements C { const X = 1; public static function m() { return self::X; } }",
    ),
    ("5", "try { throw new Exception('x'); } catch (Exception $e) { echo $e->getMessage(); }"),
    ("5", "$f = function ($x) use (&$total) { $total += $x; };"),
    ("5", "switch ($x) { case 1: echo 'a'; break; default: echo 'b'; }"),
    ("5", "list($a, , $c) = explode(',', 'a,b,c');"),
    ("5", "echo <<<EOT\nHello $name\nEOT;\n"),
    ("5", "$x = $a ? $b : ($c ?: $d);"),
    ("5", "$s = sprintf('%05d', 42) . PHP_EOL;"),
    ("5.4", "$a = [1, 2, 'k' => [3]]; echo $a['k'][0];"),
    ("5.4", "trait T { public function hi() { return 'hi'; } } class U { use T; }"),
    ("5.5", "function f() {}\ntry { f(); } finally { echo 'done'; }"),
    ("5.5", "echo Foo::class;"),
    ("5.6", "function sum(...$xs) { return array_sum($xs); } echo sum(...[1, 2]);"),
    ("5.6", "echo 2 ** 10;"),
    ("7.0", "$x = $a['k'] ?? 'default';"),
    ("7.0", "echo 1 <=> 2;"),
    ("7.0", "function f(int $a, string ...$b): bool { return true; }"),
    ("7.0", "$o = new class { public $p = 1; };"),
    ("7.1", "[$a, [$b, $c]] = [1, [2, 3]];"),
    ("7.1", "['x' => $x, 'y' => $y] = $point;"),
    ("7.1", "function f(?int $x): ?string { return null; }"),
    (
        "7.1",
        "class A extends Exception {} class B extends Exception {} function g() {}\ntry { g(); } catch (A | B $e) { }",
    ),
    ("7.1", "function v(): void {}"),
    ("7.3", "echo <<<EOT\n    indented $x\n    EOT;\n"),
    ("7.4", "$double = fn($x) => $x * 2;"),
    ("7.4", "$x ??= 5;"),
    ("7.4", "class P { public int $id; private ?string $name = null; }"),
    ("7.4", "$n = 1_000_000;"),
    ("7.4", "$all = [...$a, ...$b];"),
    ("8.0", "echo match ($x) { 1, 2 => 'low', default => 'high' };"),
    ("8.0", "$len = $user?->profile?->name;"),
    ("8.0", "function f($name, $value) {}\nf(name: 'x', value: 1);"),
    ("8.0", "class Q { public function __construct(private int $x = 0) {} }"),
    ("8.0", "function u(int|string $v): mixed { return $v; }"),
    ("8.0", "#[Attribute]\nclass Attr {}"),
    ("8.0", "$v = $x ?? throw new InvalidArgumentException('no x');"),
    ("8.0", "function h() {}\ntry { h(); } catch (Exception) { echo 'caught'; }"),
    ("8.1", "enum Suit { case Hearts; case Spades; }"),
    ("8.1", "class R { public function __construct(public readonly int $x) {} }"),
    ("8.1", "$o = 0o755;"),
    ("8.1", "function never_returns(): never { exit; }"),
    ("8.2", "readonly class S { public function __construct(public int $x) {} }"),
]


def _parses(php: str, front_end: str) -> bool:
    """The front end reads the syntax (a construct the translator rejects still counts as read)."""
    try:
        parse("<?php\n" + php + "\n", "snippet.php", front_end)
        return True
    except PhpSyntaxError:
        return False
    except TranslateError:
        return True


def measure() -> dict[str, dict[str, int]]:
    """Counts of snippets and matrix examples each front end reads (and the translator translates)."""
    from phpcompat.matrix.cases import discover

    table: dict[str, dict[str, int]] = {}
    matrix = [e.php_source() for e in discover(ROOT / "compat_matrix" / "cases")]
    for corpus, sources in (("snippets", ["<?php\n" + s + "\n" for _, s in SNIPPETS]), ("matrix", matrix)):
        row = {"total": len(sources), "phply": 0, "tree-sitter": 0, "translated": 0}
        for src in sources:
            for fe in ("phply", "tree-sitter"):
                row[fe] += (
                    _parses(src.removeprefix("<?php\n"), fe)
                    if src.startswith("<?php\n")
                    else _parses(src.replace("<?php", "", 1), fe)
                )
            try:
                translate_source(src, "x.php")
                row["translated"] += 1
            except TranslateError:
                pass
        table[corpus] = row
    return table


@pytest.mark.parametrize("version, php", SNIPPETS, ids=[f"{v}-{i}" for i, (v, _) in enumerate(SNIPPETS)])
def test_tree_sitter_reads_every_snippet(version, php):
    assert _parses(php, "tree-sitter")


def test_phply_reads_the_php5_grammar_only():
    read = [v for v, php in SNIPPETS if _parses(php, "phply")]
    assert set(read) <= {"5", "5.4", "5.5", "8.0"}
    assert all(_parses(php, "phply") for v, php in SNIPPETS if v == "5")
    assert not any(_parses(php, "phply") for v, php in SNIPPETS if v.startswith("7") or v.startswith("8.1"))


def test_every_matrix_example_parses_with_both_front_ends():
    table = measure()
    assert table["matrix"]["tree-sitter"] == table["matrix"]["total"]
    assert table["matrix"]["translated"] == table["matrix"]["total"]


if __name__ == "__main__":
    for corpus, row in measure().items():
        sys.stdout.write(f"{corpus:<9} " + "  ".join(f"{k}={v}" for k, v in row.items()) + "\n")
