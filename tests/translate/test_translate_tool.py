"""The translator as a tool: errors, both front ends, comments, determinism, CLI, include."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from phpcompat.testing.php import normalize
from phpcompat.translate import PhpSyntaxError, TranslateError, parse, translate_source

ROOT = Path(__file__).resolve().parents[2]

# ---------------------------------------------------------------- unsupported constructs


@pytest.mark.parametrize(
    "php, construct, line",
    [
        ("<?php\n\n$ref = &$list['k'];\n", "reference to an array element or property (=&)", 3),
        ("<?php\n$a = 1;\n$$a = 2;\n", "variable variables ($$name)", 3),
        ("<?php\necho 1;\ngoto end;\nend:\n", "goto", 3),
        ("<?php\n$x = `ls`;\n", "backtick shell execution", 2),
        ("<?php\necho eval('return 1;');\n", "eval()", 2),
        ("<?php\n$o = new class {};\n", "anonymous class", 2),
        ("<?php\nclass Proxy { public function __call($m, $a) {} }\n", "magic method __call", 2),
        ("<?php\n\n\necho $GLOBALS[$name];\n", "$GLOBALS", 4),
        ("<?php\nnot_a_php_function(1);\n", "unknown function not_a_php_function()", 2),
        ("<?php\n$x = new NoSuchClass();\n", "unknown class NoSuchClass", 2),
        ("<?php\nextract(['a' => 1]);\n", "extract()", 2),
        ("<?php\nclass A { function __set($n, $v) {} }\n", "magic method __set", 2),
    ],
)
def test_unsupported_construct_is_named_with_file_and_line(php, construct, line):
    with pytest.raises(TranslateError) as info:
        translate_source(php, "script.php")
    err = info.value
    assert err.construct == construct
    assert err.filename == "script.php"
    assert err.line == line
    assert str(err) == f"script.php:{line}: unsupported: {construct}"


def test_syntax_error_names_the_line():
    with pytest.raises(PhpSyntaxError) as info:
        translate_source("<?php\necho 1;\necho (2;\n", "bad.php")
    assert info.value.line == 3
    assert str(info.value).startswith("bad.php:3: PHP syntax error")


# ---------------------------------------------------------------- front ends

PHP5_CORPUS = [
    '<?php\n$a = array(1, 2, "k" => array(3));\n$a[] = 4; $a["k"][] = 5;\nlist($x, , $y) = $a;\necho "$x {$a["k"][0]} $a[k]\\n";\n',
    "<?php\n// comment\nfunction f($a, &$b, $c = array()) { static $n = 0; global $g; $b .= $a; return $c; }\n"
    "# hash comment\nclass B {}\ninterface C {}\nclass A extends B implements C { const X = 1; public $p = 2; private static $s;\n"
    "  /** doc */ public function m() { return self::X + $this->p + static::$s; } }\n",
    "<?php\nfor ($i = 0, $j = 1; $i < 10; $i++, $j--) { if ($i % 2) continue; else if ($j) break 1; }\n"
    "while (true): echo 1; endwhile; do { $x--; } while ($x > 0);\n"
    "switch ($x) { case 1: case 2: echo 'a'; break; default: echo 'b'; }\n",
    "<?php\ntry { throw new Exception('x'); } catch (LogicException $e) { } catch (Exception $e) { echo $e->getMessage(); } "
    "finally { echo 'f'; }\n$f = function ($x) use (&$y, $z) { return $x ?: $y; };\necho @$f(1), -7 % 3, !$a, (int) '5';\n",
    "<?php\necho <<<EOT\nhello $name {$obj->prop} \\t \\x41\nEOT;\necho <<<'N'\nraw $x \\t\nN;\n"
    "$s = 'it\\'s \\\\ \\n';\n$t = \"q\\\"\\\\\\$x \\101\\u{263A}\";\n?>\ninline html\n<?php echo 1 ?>\nafter\n",
    "<?php\nforeach ($arr as $k => &$v) { $v = $v . 'x'; unset($arr[$k]); }\nforeach ($rows as list($a, $b)) {}\n"
    "$x = isset($a['b'], $c) && !empty($d->e) ? (string) $x : (float) $y;\nclass Foo {}\n$y = $a instanceof Foo; $z = clone $y;\n"
    "exit(1);\ndie('x');\ninclude 'a.php'; require_once __DIR__ . '/b.php';\n",
]


@pytest.mark.parametrize("php", PHP5_CORPUS)
def test_both_front_ends_build_the_same_tree(php):
    a = parse(php, "x.php", "phply")
    b = parse(php, "x.php", "tree-sitter")
    assert a.body == b.body
    assert [(c.line, c.lines) for c in a.comments] == [(c.line, c.lines) for c in b.comments]


def test_php8_syntax_needs_tree_sitter():
    php = "<?php\n$x = $a ?? fn($v) => $v ** 2;\n$y = match($x) { 1 => 'a', default => 'b' };\n$o?->m(name: 1_000);\n"
    with pytest.raises(PhpSyntaxError):
        parse(php, "x.php", "phply")
    assert parse(php, "x.php").front_end == "tree-sitter"


def test_php8_concatenation_precedence_is_not_misread_by_phply():
    # PHP 8: "+" binds tighter than "."; phply's PHP 5 grammar would read ("a" . 1) + 2,
    # and the parentheses that would settle it are gone from its tree: it declines.
    with pytest.raises(PhpSyntaxError):
        parse('<?php\necho "Sum: " . 1 + 2;\n', "x.php", "phply")
    program = parse('<?php\necho "Sum: " . 1 + 2;\n', "x.php")
    assert program.body[0].exprs[0].right.op == "+"


# ---------------------------------------------------------------- output quality


SEED = ROOT / "compat_matrix/cases/seed/stream_socket_pair.php"


def test_seed_example_reads_like_the_hand_port():
    code = translate_source(SEED.read_text(), "stream_socket_pair.php")
    body = code.split("from phpcompat.translate import runtime as php\n", 1)[1]
    assert body.strip().splitlines() == [
        "# covers: stream_socket_pair, pcntl_fork, fclose, fwrite, fgets",
        "# unordered-output",
        "sockets = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP)",
        "pid = pcntl_fork()",
        "if pid == -1:",
        '    exit_("could not fork")',
        "elif pid:",
        "    # parent",
        "    fclose(sockets[0])",
        '    fwrite(sockets[1], f"child PID: {pid}\\n")',
        "    echo(fgets(sockets[1]))",
        "    fclose(sockets[1])",
        "else:",
        "    # child",
        "    fclose(sockets[1])",
        '    fwrite(sockets[0], "message from child\\n")',
        "    echo(fgets(sockets[0]))",
        "    fclose(sockets[0])",
    ]


def test_translation_is_deterministic_and_compiles():
    for php in PHP5_CORPUS:
        first = translate_source(php, "x.php")
        assert translate_source(php, "x.php") == first
        compile(first, "x.py", "exec")


def test_comments_are_kept():
    code = translate_source(
        "<?php\n/**\n * Adds.\n * @return int\n */\nfunction add($a, $b) {\n    return $a + $b; // sum\n}\n"
        "# main\necho add(1, 2); /* three */\n",
        "c.php",
    )
    assert "# Adds.\n# @return int\ndef add(a, b):\n    return php.add(a, b)  # sum\n" in code
    assert "# main\necho(add(1, 2))  # three\n" in code


# ---------------------------------------------------------------- command line


def _cli(*args: str, stdin: bytes = b"", cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "phpcompat.cli", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=120,
    )


RUN_SCRIPT = r"""<?php
echo $argc, ":", implode("|", array_slice($argv, 1)), "\n";
$line = fgets(STDIN);
echo "read: ", strtoupper(trim($line)), "\n";
$a = [];
echo $a['missing'], "after warning\n";
fwrite(STDERR, "to stderr\n");
exit((int) $argv[1]);
"""


def test_run_behaves_like_php_cli(compare, tmp_path):
    expected = compare.php_output(RUN_SCRIPT, stdin=b"hello\n", args=("7", "two words"))
    script = tmp_path / "script.php"
    script.write_text(RUN_SCRIPT)
    proc = _cli("run", str(script), "7", "two words", stdin=b"hello\n", cwd=tmp_path)
    assert normalize(proc.stdout.decode()) == expected.stdout
    assert normalize(proc.stderr.decode(), stderr=True) == expected.stderr
    assert proc.returncode == expected.exit == 7


def test_run_reports_php_line_numbers(tmp_path):
    script = tmp_path / "lines.php"
    script.write_text("<?php\n\n\n$x = [];\n\necho $x[5];\n")
    proc = _cli("run", str(script), cwd=tmp_path)
    assert proc.stderr.decode() == f"PHP Warning:  Undefined array key 5 in {script.resolve()} on line 6\n"


def test_run_seed_example_prints_what_php_prints():
    proc = _cli("run", str(SEED))
    lines = sorted(normalize(proc.stdout.decode()).splitlines())
    assert lines == ["child PID: %d", "message from child"]
    assert proc.returncode == 0 and proc.stderr == b""


def test_translate_command(tmp_path):
    (tmp_path / "a.php").write_text("<?php\necho 'hi', PHP_EOL;\n")
    out = tmp_path / "a.py"
    proc = _cli("translate", "-o", str(out), str(tmp_path / "a.php"))
    assert proc.returncode == 0, proc.stderr
    assert 'echo("hi", PHP_EOL)' in out.read_text()
    bad = _cli("translate", str(tmp_path / "missing.php"))
    assert bad.returncode == 1 and b"missing.php" in bad.stderr
    (tmp_path / "g.php").write_text("<?php\n$x = 1;\n$$x = 2;\n")
    gap = _cli("translate", str(tmp_path / "g.php"))
    assert gap.returncode == 1
    assert gap.stderr.decode().endswith("g.php:3: unsupported: variable variables ($$name)\n")


INCLUDE_MAIN = r"""
require_once 'lib/helpers.php';
require_once __DIR__ . '/lib/helpers.php';
$config = include 'config.php';
echo shout("hello"), " ", $config['name'], " ", VERSION, " ", $counter, "\n";
$r = @include 'missing.php';
var_dump($r);
include 'missing.php';
echo "end\n";
"""
INCLUDE_FILES = {
    "lib/helpers.php": "<?php\nconst VERSION = '1.2';\n$counter = ($counter ?? 0) + 1;\n"
    "function shout($s) { return strtoupper($s) . '!'; }\n",
    "config.php": "<?php\nreturn ['name' => 'demo'];\n",
}


def test_include_and_require_translate_the_other_files(check):
    check(INCLUDE_MAIN, files=INCLUDE_FILES)


PHP5_PROGRAM = r"""
// written in the PHP 5 syntax phply reads
class Counter {
    private $counts = array();
    public function add($word) {
        $key = strtolower($word);
        if (!isset($this->counts[$key])) { $this->counts[$key] = 0; }
        $this->counts[$key]++;
        return $this;
    }
    public function top($n) {
        arsort($this->counts);
        return array_slice($this->counts, 0, $n, true);
    }
}
$c = new Counter();
foreach (explode(" ", "the cat and the hat and the bat") as $w) { $c->add($w); }
foreach ($c->top(2) as $word => $count) { echo "$word: $count\n"; }
$total = 0;
for ($i = 1; $i <= 10; $i++) { if ($i % 3 == 0) { continue; } $total += $i; }
echo "total $total, ", -7 % 3, " ", 7 / 2, " ", "x" . 1 + 0, "\n";
list($a, , $b) = array(1, 2, 3);
echo <<<EOT
a=$a b={$b} \x41\101
EOT;
echo "\n";
"""


def test_phply_front_end_runs_php5_programs(check):
    # the PHP 5 program reads the same with both front ends, and prints what PHP prints
    assert parse("<?php\n" + PHP5_PROGRAM.replace('"x" . 1 + 0', '"x" . (1 + 0)'), "p.php", "phply").body == parse(
        "<?php\n" + PHP5_PROGRAM.replace('"x" . 1 + 0', '"x" . (1 + 0)'), "p.php", "tree-sitter").body
    check(PHP5_PROGRAM.replace('"x" . 1 + 0', '"x" . (1 + 0)'), front_end="phply")
