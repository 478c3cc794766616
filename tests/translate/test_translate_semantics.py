"""Translated programs print what PHP prints: operators, strings, arrays, control flow.

Every test translates a PHP program and compares the translation's output with
PHP's recorded output (``check`` in conftest.py).
"""

from __future__ import annotations

ARITHMETIC = r"""
echo 7 / 2, " ", 6 / 2, " ", -7 % 3, " ", 7 % -3, " ", 2 ** 10, " ", 2 ** -1, " ", 2 ** 63, "\n";
echo PHP_INT_MAX + 1, " ", -PHP_INT_MAX - 2, " ", PHP_INT_MAX * 2, " ", intdiv(-7, 2), "\n";
echo "5" + 3, " ", "1.5" + 1, " ", " 12 " + 1, " ", "1e2" + 0, " ", null + 1, " ", true + 1, "\n";
echo 0.1 + 0.2, " ", 1 / 3, " ", 1e20, " ", 1.0, " ", -0.0, " ", 1e-7, " ", 100000000000000000000.0, "\n";
echo 7 & 3, " ", 7 | 8, " ", 7 ^ 2, " ", ~7, " ", 1 << 3, " ", -16 >> 2, " ", "12" & "5", "\n";
$i = 10; $i -= 3; $i *= 2; $i /= 4; echo $i, "\n";
$j = 7; $j %= 4; $j **= 3; $j .= "!"; echo $j, "\n";
echo "12abc" + 1, "\n";
try { echo "abc" * 2; } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { echo 1 % 0; } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
try { echo 1 / 0; } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
try { echo [] + 1; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
print_r([1, 2] + [5, 6, 7]);
"""


def test_arithmetic(check):
    check(ARITHMETIC)


COMPARISONS = r"""
$values = [0, 1, -1, "0", "1", "", "a", "abc", "1e3", "1000", " 1", "01", null, true, false, [], [0], 1.5, "1.5"];
$out = [];
foreach ($values as $a) {
    $row = "";
    foreach ($values as $b) {
        $row .= ($a == $b ? "=" : ".") . ($a === $b ? "I" : ".") . ($a < $b ? "<" : ($a > $b ? ">" : "~"));
    }
    $out[] = $row;
}
echo implode("\n", $out), "\n";
var_dump(1 <=> 2, "a" <=> "b", [1, 2] <=> [1, 3], null <=> false, "10" <=> "9", "10" <=> "9a");
var_dump("abc" == "ABC", null == 0, "null" == null, 0 == "", 1.0 === 1, "1" !== 1);
"""


def test_comparisons_loose_and_strict(check):
    check(COMPARISONS)


TRUTHINESS = r"""
foreach ([0, 1, "", "0", "00", "0.0", " ", "a", null, [], [0], 0.0, -0.0, 0.1, true, false] as $v) {
    echo var_export($v, true), ": ", $v ? "T" : "F", " ", !$v ? "!T" : "!F", " ", empty($v) ? "E" : "-", "\n";
}
$s = "0";
if ($s) { echo "wrong\n"; } else { echo "string zero is false\n"; }
while ($s) { echo "never\n"; }
echo ($s ?: "fallback"), " ", ("x" ?: "y"), " ", (0 ?: 5), "\n";
echo (true && "0") ? "a" : "b", (false || "1") ? "c" : "d", (1 xor 1) ? "e" : "f", "\n";
$r = "0" and true; var_dump($r);
"""


def test_truthiness_conditions_and_short_circuit(check):
    check(TRUTHINESS)


STRINGS = r"""
$name = "World"; $n = 3; $f = 1.50; $arr = ['k' => 'v', 2 => 'two']; $obj = new stdClass; $obj->p = "prop";
echo "Hello, $name! n=$n f=$f {$arr['k']} $arr[k] $arr[2] {$obj->p} $obj->p ${name}\n";
echo 'single $name\n', "\n";
echo "esc: \t|\\|\$|\x41\101\u{263A}|\e|\v|\f|\q", "\n";
echo <<<EOT
  heredoc $name
    indented {$arr['k']}
  EOT;
echo "\n";
echo <<<'EOT'
nowdoc $name \t
EOT;
echo "\n", "a" . 1 . 2.5 . true . null . false . "b", "\n";
echo "Sum: " . 1 + 2, "\n";
$s = "a"; $s++; echo $s; $s = "Az"; $s++; echo " $s"; $s = "zz"; $s++; echo " $s"; $s = "a9"; $s++; echo " $s\n";
$z = "5"; $z++; var_dump($z); $z = "5.5"; $z++; var_dump($z); $z = null; $z++; var_dump($z); $z = null; $z--; var_dump($z);
$str = "hello";
echo $str[0], $str[-1], $str[1], strlen($str), " ", strtoupper($str), " ", ucfirst($str), " ", strrev($str), "\n";
echo str_pad("7", 3, "0", STR_PAD_LEFT), " ", sprintf("%05.1f|%-5s|%x|%b|%o|%e|%'*8s", 3.14159, "ab", 255, 5, 8, 1234.5, "r"), "\n";
echo substr("abcdef", 1, 3), substr("abcdef", -2), substr("abc", 5) === "" ? "E" : "N", " ", strpos("hello", "l"), " ", var_export(strpos("hello", "z"), true), "\n";
echo str_replace(["a", "b"], ["1", "2"], "aabbc"), " ", ucwords("hello big world"), " ", wordwrap("The quick brown fox", 10, "\n", true), "\n";
echo implode(",", explode(" ", "a b  c")), " ", trim("  x  "), "|", rtrim("x\n"), "|", ltrim("0012", "0"), "\n";
echo strcmp("a", "b"), strcasecmp("HELLO", "hello"), " ", str_contains("abc", "b") ? "y" : "n", " ", number_format(1234567.891, 2), "\n";
echo nl2br("a\nb"), " ", htmlspecialchars("<a href='x'>&</a>"), " ", strtr("Hi all", ["Hi" => "Hello", "all" => "world"]), "\n";
echo md5("abc"), " ", crc32("abc"), " ", base64_encode("hello"), " ", bin2hex("ab"), " ", strlen("h\u{e9}llo"), "\n";
"""


def test_strings_interpolation_and_functions(check):
    check(STRINGS)


ARRAYS = r"""
$a = [3 => 'c', 1 => 'a'];
$a[] = 'd';
$a["2"] = 'b';
$a[true] = 'true';
$a[null] = 'null';
$a[1.7] = 'float';
var_dump($a);
$b = $a;
$b[] = 'copy';
echo count($a), " ", count($b), "\n";
$nested = ['x' => ['y' => 1]];
$alias = $nested;
$alias['x']['y'] = 2;
$nested['x']['z'] = 3;
$nested['new']['deep'][] = 4;
echo json_encode($nested), " ", json_encode($alias), "\n";
$list = [1, 2, 3];
unset($list[1]);
$list[] = 9;
var_dump($list);
echo isset($list[1]) ? "set" : "unset", " ", isset($list[2]) ? "set" : "unset", " ", array_key_exists(0, $list) ? "y" : "n", "\n";
[$p, [$q, $r]] = [1, [2, 3]];
list(, $second) = ['first', 'second'];
['x' => $x, 'y' => $y] = ['y' => 'Y', 'x' => 'X'];
echo $p, $q, $r, $second, $x, $y, "\n";
[$m, $n] = [$n ?? 'N', $m ?? 'M'];
echo $m, $n, "\n";
$words = ['banana', 'apple', 'cherry'];
sort($words); echo implode(",", $words), "\n";
rsort($words); echo implode(",", $words), "\n";
$ages = ['bob' => 30, 'al' => 25, 'cy' => 35];
asort($ages); echo json_encode($ages), "\n";
ksort($ages); echo json_encode($ages), "\n";
arsort($ages); echo json_encode($ages), "\n";
usort($words, fn($a, $b) => strlen($a) <=> strlen($b) ?: strcmp($a, $b));
echo implode(",", $words), "\n";
echo implode(",", array_map(fn($v) => $v * 2, [1, 2, 3])), " ", implode(",", array_filter([0, 1, 2, '', null, 3])), "\n";
echo array_sum([1, 2, 3.5]), " ", array_product([2, 3]), " ", max([1, 5, 3]), " ", min(4, 2, 8), " ", max("apple", "banana"), "\n";
print_r(array_slice([1, 2, 3, 4], 1, 2));
print_r(array_merge(['a' => 1, 5 => 'x'], ['a' => 2, 9 => 'y']));
print_r(array_combine(['k1', 'k2'], [1, 2]));
print_r(array_flip(['a', 'b']));
print_r(array_unique([1, "1", 2, 2.0, 'a', 'a']));
print_r(array_count_values(['a', 'b', 'a', 1, '1']));
print_r(array_fill_keys(['a', 'b'], 0));
print_r(array_chunk([1, 2, 3], 2));
print_r(array_column([['id' => 1, 'n' => 'a'], ['id' => 2, 'n' => 'b']], 'n', 'id'));
print_r(array_diff([1, 2, 3, 4], [2, 4]));
print_r(array_intersect_key(['a' => 1, 'b' => 2, 'c' => 3], ['a' => 0, 'c' => 0]));
print_r(range('a', 'e', 2));
print_r(range(10, 0, -5));
print_r(array_reverse(['x' => 1, 2, 3], true));
print_r(array_search('2', [1, 2, 3]));
echo "\n", in_array("1e1", [10]) ? "loose" : "no", " ", in_array("1e1", [10], true) ? "strict" : "no", "\n";
$stack = [1, 2];
array_push($stack, 3, 4);
array_unshift($stack, 0);
echo array_pop($stack), array_shift($stack), implode("", $stack), "\n";
$spliced = [1, 2, 3, 4, 5];
$removed = array_splice($spliced, 1, 2, ['x', 'y', 'z']);
echo implode(",", $spliced), " ", implode(",", $removed), "\n";
echo implode(",", array_keys(['a' => 1, 'b' => 2, 'c' => 1], 1)), " ", implode(",", array_values(['x' => 'X'])), "\n";
$spread = [...[1, 2], ...['k' => 'v'], 3];
print_r($spread);
echo end($words), " ", reset($words), "\n";
"""


def test_arrays_keys_copies_and_functions(check):
    check(ARRAYS)


CONTROL = r"""
for ($i = 0; $i < 10; $i++) {
    if ($i % 2) continue;
    if ($i > 6) break;
    echo $i;
}
echo "\n";
$i = 0;
do { echo $i++; } while ($i < 3);
echo "\n";
$n = 0;
while (true) { if (++$n >= 5) break; }
echo $n, "\n";
for ($a = 0, $b = 10; $a < $b; $a += 3, $b -= 3) { echo "$a-$b "; }
echo "\n";
for ($i = 0; $i < 3; $i++) {
    for ($j = 0; $j < 3; $j++) {
        if ($j == 1) continue 2;
        if ($i == 2) break 2;
        echo "$i$j ";
    }
}
echo "\n";
$k = 0;
while ($k < 6) {
    $k++;
    switch ($k) {
        case 1: echo "one "; break;
        case 2:
        case 3: echo "two-three "; continue 2;
        case 4: echo "four "; break 2;
        default: echo "other ";
    }
    echo "after$k ";
}
echo "\n";
foreach ([1, 2, 3] as $v) {
    switch (true) {
        case $v === 1: echo "first "; // fall through
        case $v < 3: echo "small "; break;
        default: echo "big ";
    }
}
echo "\n";
$x = "2";
switch ($x) {
    default: echo "default ";
    case 1: echo "one ";
        break;
    case 2: echo "two(loose) ";
}
echo "\n";
$count = 0;
do {
    $count++;
    if ($count < 3) continue;
    echo "count=$count ";
} while ($count < 5);
echo "\n";
foreach (['a' => 1, 'b' => 2] as $key => $value) {
    foreach ([10, 20] as $m) {
        if ($m == 20 && $key == 'a') continue 2;
        echo "$key$value*$m ";
    }
}
echo "\n";
if (false): echo "no"; elseif (true): echo "alt-syntax"; else: echo "no"; endif;
echo "\n";
$list = [1, 2, 3];
foreach ($list as $k => &$v) { $v = $v * $k; }
unset($v);
echo implode(",", $list), "\n";
foreach ($list as $v) { $list[] = $v; }
echo count($list), "\n";
"""


def test_control_flow(check):
    check(CONTROL)


STRING_OFFSETS_AND_CLASS_ORDER = r"""
$s = "hello";
$s[0] = 'J';
$s[7] = '!';
$s[-1] = '?';
echo $s, "|\n";
class B { const Y = A::X + 1; public $d = [A::X, C::Z]; }
class A { const X = 5; }
class C { const Z = 'z'; }
echo B::Y, implode(",", (new B)->d), "\n";
"""


def test_string_offset_writes_and_classes_used_before_their_declaration(check):
    check(STRING_OFFSETS_AND_CLASS_ORDER)


UNDEFINED = r"""
echo $nope, "|", isset($nope) ? "set" : "unset", "|", $nope ?? "dflt", "|", empty($nope) ? "empty" : "", "\n";
function f() { return $local . "x"; }
echo f(), "\n";
$fn = fn() => $outer ?? "none";
echo $fn(), "\n";
"""


def test_reading_a_variable_nothing_assigns_warns(check):
    check(UNDEFINED)
