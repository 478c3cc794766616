"""Realistic PHP programs (classes, CSV, files, ArrayAccess, regexes, printf) translated and run."""

from __future__ import annotations

REPORT = r"""<?php
declare(strict_types=1);

namespace App\Report;

use InvalidArgumentException;

final class Row
{
    public function __construct(
        public readonly string $name,
        public readonly int $qty,
        public readonly float $price,
    ) {
        if ($qty < 0) {
            throw new InvalidArgumentException("negative qty for $name");
        }
    }

    public function total(): float
    {
        return $this->qty * $this->price;
    }
}

function parseCsv(string $csv): array
{
    $rows = [];
    foreach (explode("\n", trim($csv)) as $i => $line) {
        if ($i === 0) {
            continue; // header
        }
        [$name, $qty, $price] = str_getcsv($line);
        try {
            $rows[] = new Row($name, (int) $qty, (float) $price);
        } catch (InvalidArgumentException $e) {
            fwrite(STDERR, "skip: " . $e->getMessage() . PHP_EOL);
        }
    }
    return $rows;
}

$csv = <<<CSV
name,qty,price
widget,3,2.50
"gadget, large",1,19.99
broken,-1,5
gizmo,10,0.3
CSV;

$rows = parseCsv($csv);
usort($rows, fn(Row $a, Row $b): int => $b->total() <=> $a->total());
$width = max(array_map(fn($r) => strlen($r->name), $rows));
printf("%-{$width}s %5s %8s\n", "Item", "Qty", "Total");
echo str_repeat("-", $width + 15), "\n";
$sum = 0.0;
foreach ($rows as $row) {
    printf("%-{$width}s %5d %8.2f\n", $row->name, $row->qty, $row->total());
    $sum += $row->total();
}
echo str_repeat("=", $width + 15), PHP_EOL;
printf("%-{$width}s %14s\n", "TOTAL", number_format($sum, 2));
$byLetter = [];
foreach ($rows as $row) {
    $byLetter[$row->name[0]][] = $row->name;
}
ksort($byLetter);
foreach ($byLetter as $letter => $names) {
    echo strtoupper($letter), ": ", implode(", ", $names), "\n";
}
$stats = ['count' => count($rows), 'avg' => round($sum / count($rows), 3)];
var_dump($stats);
echo json_encode(array_map(fn($r) => ['n' => $r->name, 't' => $r->total()], $rows), JSON_PRETTY_PRINT), "\n";
"""

STORE = r"""<?php
// A tiny key-value store on top of files and streams
class Store implements ArrayAccess, Countable, IteratorAggregate {
    private array $data = [];
    private $path;
    public function __construct(string $path) {
        $this->path = $path;
        if (file_exists($path)) {
            $fp = fopen($path, 'r');
            while (($line = fgets($fp)) !== false) {
                $line = rtrim($line, "\r\n");
                if ($line === '' || $line[0] === '#') continue;
                [$k, $v] = explode('=', $line, 2) + [1 => null];
                $this->data[$k] = $v;
            }
            fclose($fp);
        }
    }
    public function offsetExists(mixed $offset): bool { return isset($this->data[$offset]); }
    public function offsetGet(mixed $offset): mixed { return $this->data[$offset] ?? null; }
    public function offsetSet(mixed $offset, mixed $value): void {
        if ($offset === null) { $this->data[] = $value; } else { $this->data[$offset] = $value; }
    }
    public function offsetUnset(mixed $offset): void { unset($this->data[$offset]); }
    public function count(): int { return count($this->data); }
    public function getIterator(): Iterator { return new ArrayIterator($this->data); }
    public function save(): int {
        $out = "# saved\n";
        foreach ($this->data as $k => $v) { $out .= "$k=$v\n"; }
        return file_put_contents($this->path, $out);
    }
}
$file = __DIR__ . '/store.txt';
@unlink($file);
$s = new Store($file);
$s['name'] = 'demo';
$s['count'] = 3;
$s[] = 'appended';
echo count($s), " ", isset($s['name']) ? 'yes' : 'no', " ", isset($s['nope']) ? 'yes' : 'no', "\n";
unset($s['count']);
foreach ($s as $k => $v) echo "$k => $v\n";
echo "bytes: ", $s->save(), "\n";
$t = new Store($file);
echo $t['name'], " ", count($t), "\n";
echo file_get_contents($file);
$lines = file($file, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES);
var_dump($lines);
unlink($file);
var_dump(file_exists($file));
"""

MIXED = r"""<?php
for ($c = 'a'; $c != 'f'; $c++) echo $c;
echo "\n";
function addAll(array &$target, array $items) { foreach ($items as $i) { $target[] = $i; } }
$base = [1];
addAll($base, [2, 3]);
echo implode(",", $base), "\n";
function walk(array $tree, int $depth = 0): string {
    $out = "";
    foreach ($tree as $name => $children) {
        $out .= str_repeat("  ", $depth) . $name . "\n";
        if (is_array($children)) $out .= walk($children, $depth + 1);
    }
    return $out;
}
echo walk(['root' => ['a' => ['a1' => null], 'b' => null]]);
class Config {
    private static array $defaults = ['debug' => false, 'level' => 1];
    private array $values;
    public function __construct(array $overrides = []) { $this->values = array_merge(self::$defaults, $overrides); }
    public function get(string $k, $default = null) { return $this->values[$k] ?? $default; }
    public function with(string $k, $v): static { $copy = clone $this; $copy->values[$k] = $v; return $copy; }
}
$c1 = new Config(['level' => 3]);
$c2 = $c1->with('debug', true);
var_dump($c1->get('debug'), $c2->get('debug'), $c2->get('level'), $c1->get('missing', 'dflt'));
$matrix = [];
for ($i = 0; $i < 3; $i++) for ($j = 0; $j < 3; $j++) $matrix[$i][$j] = $i * $j;
echo json_encode($matrix), "\n";
$copy = $matrix;
$copy[1][1] = 'X';
echo $matrix[1][1], $copy[1][1], "\n";
$words = ['apple' => 3, 'banana' => 1, 'cherry' => 2];
arsort($words);
$top = array_slice($words, 0, 2, true);
foreach ($top as $w => $n) printf("%-8s|%3d|\n", $w, $n);
echo sprintf('%2$s %1$s', 'world', 'hello'), "\n";
$total = 0;
array_walk($words, function (&$v, $k) use (&$total) { $v = $v * 10; $total += $v; });
echo json_encode($words), " $total\n";
$str = 'The year is 2024 and the month is 05';
preg_match_all('/\d+/', $str, $m);
echo implode('|', $m[0]), "\n";
echo preg_replace('/(\w+) (\w+)/', '$2 $1', 'hello world'), " ", preg_match('/(?<y>\d{4})/', $str, $mm), " ", $mm['y'], "\n";
print_r(preg_split('/[\s,]+/', "a, b  c,d"));
echo ucwords(strtolower("HELLO THERE")), " ", lcfirst("ABC"), " ", wordwrap("A very long sentence here", 10, "\n", true), "\n";
$x = 10;
$fnRef = function () use ($x) { return $x * 2; };
echo $fnRef(), " ", (fn() => $x + 1)(), "\n";
echo intdiv(10, 3) . " " . 10 % 3 . " " . fmod(10, 3) . " " . 2 ** 0.5 . " " . abs(-5) . " " . floor(2.7) . " " . ceil(2.1) . " " . round(2.456, 2) . "\n";
"""


def test_report_with_readonly_classes_csv_and_printf(check):
    check(REPORT)


def test_file_backed_store_with_array_access(check):
    check(STORE)


def test_mixed_idioms(check):
    check(MIXED)
