--TEST--
Scalar parameter types: weak-mode conversion and PHP's TypeError text
--FILE--
<?php
function f(int $n, ?string $s = null, float $x = 1, bool $b = false) { var_dump($n, $s, $x, $b); }
f("5", 12, 3, 1);
f(7.0, null, "2.5", "0");
try { f("abc"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { f([]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { f(null); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
class K { public function m(int $a) { return $a * 2; } public static function s(string $t) { return $t . "!"; } }
var_dump((new K)->m("21"), K::s(5));
try { (new K)->m("x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
?>
--EXPECTF--
int(5)
string(2) "12"
float(3)
bool(true)
int(7)
NULL
float(2.5)
bool(false)
f(): Argument #1 ($n) must be of type int, string given, called in %s on line 5
f(): Argument #1 ($n) must be of type int, array given, called in %s on line 6
f(): Argument #1 ($n) must be of type int, null given, called in %s on line 7
int(42)
string(2) "5!"
K::m(): Argument #1 ($a) must be of type int, string given, called in %s on line 10
