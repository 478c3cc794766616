"""Functions, closures, references, classes and exceptions, translated and run against PHP's output."""

from __future__ import annotations

FUNCTIONS = r"""
function greet($name, $greeting = "Hello", ...$rest) {
    return "$greeting, $name" . (count($rest) ? " +" . implode("+", $rest) : "") . "!";
}
echo greet("Ann"), " ", greet("Bob", "Hi"), " ", greet("Cy", "Yo", 1, 2), "\n";
echo greet(greeting: "Hey", name: "Di"), "\n";
function addOne(&$n) { $n++; }
$x = 1; addOne($x); addOne($x); echo $x, "\n";
function setDefault(&$v = null) { $v = "set"; return $v; }
echo setDefault(), "\n";
function counter() { static $calls = 0, $log = []; $calls++; $log[] = $calls; return implode(",", $log); }
counter(); counter(); echo counter(), "\n";
$total = 100;
function spend($amount) { global $total; $total -= $amount; return $total; }
echo spend(30), " ", $total, "\n";
function fib($n) { return $n < 2 ? $n : fib($n - 1) + fib($n - 2); }
echo fib(15), "\n";
function &getRef(array &$arr) { return $arr[0]; }
function args() { return func_num_args() . ":" . implode(",", func_get_args()); }
echo args(1, "a", 2.5), "\n";
echo useLater(), "\n";
function useLater() { return "hoisted"; }
if (!function_exists('maybe')) {
    function maybe() { return "conditional"; }
}
echo maybe(), "\n";
function typed(int $i, ?string $s = null): string { return gettype($i) . gettype($s); }
echo typed(5), "\n";
$fn = 'str' . 'toupper';
echo $fn("dynamic"), " ", call_user_func('strrev', "abc"), " ", call_user_func_array('max', [3, 9, 4]), "\n";
echo implode(",", array_map('greet', ['X', 'Y'])), "\n";
function modify(array $list) { $list[] = 99; return $list; }
$orig = [1];
$new = modify($orig);
echo count($orig), count($new), "\n";
function fill(array &$list) { $list[] = count($list); }
$l = [];
fill($l); fill($l);
echo implode(",", $l), "\n";
"""


def test_functions_defaults_references_static_global(check):
    check(FUNCTIONS)


CLOSURES = r"""
$factor = 3;
$times = function ($x) use ($factor) { return $x * $factor; };
$factor = 100;
echo $times(5), "\n";
$sum = 0;
$acc = function ($x) use (&$sum) { $sum += $x; return $sum; };
$acc(2); $acc(5);
echo $sum, "\n";
$double = fn($x) => $x * 2;
$addF = fn($x) => $x + $factor;
echo $double(21), " ", $addF(1), "\n";
$compose = fn(callable $f, callable $g) => fn($x) => $f($g($x));
echo $compose($double, $times)(2), "\n";
$counter = function () { static $n = 0; return ++$n; };
$counter(); echo $counter(), "\n";
$words = ['pear', 'fig', 'banana'];
usort($words, function ($a, $b) { return strlen($a) - strlen($b); });
echo implode(" ", $words), "\n";
echo implode(",", array_filter([1, 2, 3, 4, 5, 6], fn($n) => $n % 2 == 0)), "\n";
echo implode(",", array_keys(array_filter(['a' => 1, 'b' => 2, 'c' => 3], fn($k) => $k != 'b', ARRAY_FILTER_USE_KEY))), "\n";
echo array_reduce([1, 2, 3, 4], fn($carry, $item) => $carry + $item, 10), "\n";
$makeCounter = function () {
    $count = 0;
    return function () use (&$count) { return ++$count; };
};
$c1 = $makeCounter(); $c2 = $makeCounter();
$c1(); $c1();
echo $c1(), $c2(), "\n";
$apply = function (array $items, callable $cb) { $out = []; foreach ($items as $k => $v) { $out[$k] = $cb($v); } return $out; };
print_r($apply(['a' => 1, 'b' => 2], fn($v) => $v * 10));
"""


def test_closures_and_arrow_functions(check):
    check(CLOSURES)


CLASSES = r"""
interface Shape { const SIDES = 0; public function area(); }
abstract class Base implements Shape {
    protected static $count = 0;
    const UNIT = "cm";
    public function __construct(protected string $name) { static::$count++; self::log("new $name"); }
    public static function log($msg) { echo "[log] $msg\n"; }
    public static function count() { return self::$count; }
    abstract public function area();
    public function describe() { return sprintf("%s: %.2f %s^2", $this->name, $this->area(), static::UNIT); }
    public function __toString(): string { return $this->describe(); }
}
class Circle extends Base {
    public function __construct(private float $r) { parent::__construct("circle"); }
    public function area() { return M_PI * $this->r ** 2; }
}
final class Square extends Base {
    const UNIT = "mm";
    const SIDES = 4;
    private $side;
    public function __construct($side) { parent::__construct("square"); $this->side = $side; }
    public function area() { return $this->side * $this->side; }
    public static function unit() { return new static(1); }
}
$shapes = [new Circle(1.5), new Square(2), Square::unit()];
foreach ($shapes as $s) { echo $s, "\n"; }
echo Base::count(), " shapes; sides ", Square::SIDES, " ", Shape::SIDES, "\n";
echo $shapes[0] instanceof Shape ? "yes" : "no", " ", $shapes[1] instanceof Circle ? "yes" : "no", "\n";
echo get_class($shapes[1]), " ", Square::class, " ", get_parent_class($shapes[1]), "\n";
class Node {
    public $children = [];
    public $value;
    public ?Node $parent = null;
    function __construct($v) { $this->value = $v; }
    function add(Node $child): static { $child->parent = $this; $this->children[] = $child; return $this; }
    function total() { $t = $this->value; foreach ($this->children as $c) { $t += $c->total(); } return $t; }
}
$root = (new Node(1))->add(new Node(2))->add((new Node(3))->add(new Node(4)));
echo $root->total(), " ", count($root->children), " ", count((new Node(0))->children), "\n";
$copy = clone $root;
$copy->children[] = new Node(5);
echo count($root->children), count($copy->children), " ", $root->children[1]->children[0]->parent->value, "\n";
class Temp {
    private $data = ['a' => 1];
    public function __get($n) { return $this->data[$n] ?? "no $n"; }
    public function __isset($n) { return isset($this->data[$n]); }
}
$t = new Temp;
echo $t->a, " ", $t->zzz, " ", isset($t->a) ? "set" : "unset", " ", isset($t->q) ? "set" : "unset", "\n";
$obj = new stdClass;
$obj->a = 1;
$obj->list = [1, 2];
$obj->list[] = 3;
echo json_encode($obj), " ", count(get_object_vars($obj)), "\n";
trait Greets { public function hello() { return "hello from " . static::class; } }
class Person { use Greets; }
echo (new Person)->hello(), "\n";
class Registry {
    private static array $items = [];
    public static function set($k, $v) { self::$items[$k] = $v; }
    public static function all() { return self::$items; }
}
Registry::set('a', 1); Registry::set('b', 2);
echo json_encode(Registry::all()), "\n";
class Invokable { public function __invoke($x) { return $x * 2; } }
$inv = new Invokable;
echo $inv(4), " ", implode(",", array_map($inv, [1, 2])), "\n";
class Counter implements Countable, IteratorAggregate {
    private $items = ['x' => 1, 'y' => 2];
    public function count(): int { return count($this->items); }
    public function getIterator(): Iterator { return new ArrayIterator($this->items); }
}
$cnt = new Counter;
echo count($cnt), ":";
foreach ($cnt as $k => $v) { echo " $k=$v"; }
echo "\n";
echo method_exists($cnt, 'count') ? "has" : "no", " ", property_exists('Node', 'value') ? "prop" : "noprop", " ", $cnt instanceof Countable ? "countable" : "", "\n";
"""


def test_classes_inheritance_static_traits_magic(check):
    check(CLASSES)


EXCEPTIONS = r"""
class AppException extends RuntimeException {
    public function __construct($msg, private string $extra = "x") { parent::__construct($msg, 7); }
    public function getExtra() { return $this->extra; }
}
function risky($n) {
    if ($n == 1) throw new InvalidArgumentException("bad n");
    if ($n == 2) throw new AppException("app failure", "data");
    if ($n == 3) return intdiv(1, 0);
    if ($n == 4) return strlen();
    return "ok";
}
for ($i = 0; $i <= 5; $i++) {
    try {
        echo risky($i), "\n";
    } catch (InvalidArgumentException | DomainException $e) {
        echo "logic: ", $e->getMessage(), "\n";
    } catch (AppException $e) {
        echo get_class($e), ": ", $e->getMessage(), " code=", $e->getCode(), " extra=", $e->getExtra(), "\n";
    } catch (DivisionByZeroError $e) {
        echo "math: ", $e->getMessage(), "\n";
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    } finally {
        echo "finally $i\n";
    }
}
try {
    try {
        throw new Exception("inner");
    } catch (Exception $e) {
        throw new RuntimeException("outer", 0, $e);
    }
} catch (Exception $e) {
    echo $e->getMessage(), " <- ", $e->getPrevious()->getMessage(), "\n";
}
try {
    fopen();
} catch (ArgumentCountError $e) {
    echo "ArgumentCountError\n";
} catch (TypeError $e) {
    echo get_class($e), "\n";
}
function cleanup() {
    try { return "from try"; } finally { echo "cleanup ran\n"; }
}
echo cleanup(), "\n";
try {
    throw new ErrorException("converted", 1, E_WARNING);
} catch (Throwable $t) {
    echo get_class($t), " ", $t->getMessage(), " ", $t->getSeverity(), "\n";
}
$r = null;
try { $r = match(5) { 1 => 'a' }; } catch (\UnhandledMatchError $e) { echo $e->getMessage(), "\n"; }
echo $e instanceof Throwable ? "throwable" : "", "\n";
"""


def test_exceptions(check):
    # (an uncaught exception is checked by tests/phpt/uncaught.phpt: its text names the script's path)
    check(EXCEPTIONS)


SCRIPT_LEVEL = r"""
define('GREETING', 'hi');
const ANSWER = 42, OTHER = ANSWER + 1;
echo GREETING, " ", ANSWER, " ", OTHER, " ", defined('GREETING') ? "defined" : "undefined", " ", constant('ANSWER'), "\n";
echo __LINE__, " ", basename(__FILE__), " ", basename(__DIR__) !== "" ? "dir" : "", "\n";
function where() { return __FUNCTION__; }
class K { function m() { return __METHOD__ . " " . __CLASS__; } }
echo where(), " ", (new K)->m(), "\n";
echo @$undefined["key"], "|", @file_get_contents("/nonexistent/file") === false ? "false" : "?", "\n";
$e = error_get_last();
echo $e ? $e['message'] : "none", "\n";
$x = @$arr['missing'] ?? 'dflt';
echo $x, "\n";
echo intdiv(PHP_INT_MAX, 2), " ", PHP_EOL === "\n" ? "eol" : "", " ", M_PI > 3 ? "pi" : "", "\n";
print "printed\n";
$v = print "";
echo $v, "\n";
echo gettype(1), gettype(1.0), gettype("s"), gettype(null), gettype([]), gettype(new stdClass), "\n";
echo is_numeric("12"), is_numeric("1e5"), is_numeric("abc") ? "y" : "n", is_int(5), is_string(""), "\n";
echo var_export([1, 'a' => [true, null]], true), "\n";
var_dump((int)"12abc", (float)"1.5e3xyz", (bool)"0", (string)false, (array)"s", intval("0x1A", 16), intval("012", 0));
exit(3);
"""


def test_constants_magic_silence_exit(check):
    check(SCRIPT_LEVEL)


def test_die_prints_message_and_exits_zero(check):
    check('echo "start\\n";\nif (true) { die("stopped\\n"); }\necho "never\\n";\n')


def test_exit_status_from_function(check):
    check('function finish($code) { echo "bye\\n"; exit($code); }\nfinish(4);\n')


GENERATORS = r"""
function counter($n) {
    for ($i = 1; $i <= $n; $i++) {
        $cmd = yield $i;
        if ($cmd === 'stop') { return "stopped at $i"; }
    }
    return "done";
}
foreach (counter(3) as $k => $v) { echo "$k=>$v "; }
echo "\n";
$gen = counter(5);
echo $gen->current(), " ";
$gen->next();
echo $gen->current(), " ", $gen->key(), " ";
echo $gen->send('go'), " ";
$gen->send('stop');
var_dump($gen->valid());
echo $gen->getReturn(), "\n";
function kv() { yield 'a' => 1; yield 'b' => 2; yield 3; yield 10 => 'ten'; yield 'eleven'; }
foreach (kv() as $k => $v) echo "$k:$v ";
echo "\n";
function inner() { yield 'i1'; yield 'i2'; return 'ret'; }
function outer() { yield 0; yield from [10 => 'x', 11 => 'y']; $r = yield from inner(); yield $r; }
foreach (outer() as $k => $v) echo "$k:$v ";
echo "\n";
function lines($fp) { while (($line = fgets($fp)) !== false) { yield rtrim($line, "\n"); } }
$fp = fopen("php://memory", "w+");
fwrite($fp, "one\ntwo\nthree\n");
rewind($fp);
echo implode("|", iterator_to_array(lines($fp))), "\n";
$g = (function () { $x = yield; echo "got $x\n"; yield 'after'; })();
$g->current();
echo $g->send('hello'), " ", get_class($g), " ", $g instanceof Traversable ? "traversable" : "", "\n";
"""


def test_generators(check):
    check(GENERATORS)


OBJECT_DUMPS = r"""
class P { public $a = 1; protected $b = [2]; private $c; public $d; }
class Q extends P {
    public $e = 'e';
    public function __construct(protected int $promoted = 7, private ?string $secret = null) {}
}
$q = new Q;
$q->d = 5;
$q->dyn = 'x';
var_dump($q);
print_r($q);
echo "\n";
var_export(new P);
echo "\n";
var_dump(new stdClass, [new P, 'k' => new Q(1, 's')]);
"""


def test_objects_dump_with_declared_properties_and_visibility(check):
    check(OBJECT_DUMPS)


ENUMS = r"""
enum Suit: string implements JsonSerializable {
  case Hearts = "H";
  case Spades = "S";
  const Wild = self::Spades;
  public function color(): string { return match($this) { Suit::Hearts => "Red", Suit::Spades => "Black" }; }
  public static function fromChar(string $c): self { return self::from($c); }
  public function jsonSerialize(): mixed { return $this->name; }
}
enum Status { case Active; case Inactive; }
echo Suit::Hearts->value, " ", Suit::Hearts->name, " ", Suit::Hearts->color(), " ", Suit::Wild->name, "\n";
echo Suit::fromChar("S")->color(), " ", Suit::tryFrom("X") === null ? "null" : "?", " ", count(Suit::cases()), "\n";
var_dump(Suit::Hearts, Status::Active, Status::Active === Status::Active, Status::Active == Status::Inactive);
var_dump(Suit::Hearts instanceof Suit, Status::Inactive instanceof UnitEnum);
echo json_encode(['s' => Suit::Spades]), "\n";
try { Suit::from("Z"); } catch (ValueError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
foreach (Status::cases() as $c) echo $c->name, " ";
echo "\n";
$fn = fn(Status $s) => match($s) { Status::Active => 'on', Status::Inactive => 'off' };
echo $fn(Status::Inactive), "\n";
"""


def test_enums(check):
    check(ENUMS)


GLOBALS_ARRAY = r"""
$counter = 0;
function bump() { $GLOBALS['counter']++; $GLOBALS['log'][] = "bump"; return $GLOBALS['counter']; }
bump(); bump();
echo $counter, " ", bump(), " ", implode(",", $log), " ", $GLOBALS['counter'], "\n";
"""


def test_globals_array_with_literal_names(check):
    check(GLOBALS_ARRAY)


STRICT_TYPES = r"""declare(strict_types=1);
function walk(int $depth, string $name, bool $flag, array $items): string {
    $out = str_repeat(" ", $depth) . $name;
    if ($flag) { $out .= "!"; }
    foreach ($items as $i) { $out .= walk($depth + 1, $name . $i, !$flag, []); }
    return $out . ($depth > 2 ? "deep" : "");
}
echo walk(0, "n", true, [1, 2]), "\n";
"""


def test_strict_types_parameters_read_as_their_types(check):
    out = check(STRICT_TYPES)
    del out
    from phpcompat.translate import translate_source

    code = translate_source("<?php\n" + STRICT_TYPES, "s.php")
    assert "walk(depth + 1, " in code and "if flag:" in code
