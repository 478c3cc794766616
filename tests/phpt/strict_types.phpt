--TEST--
declare(strict_types=1): scalar parameter types are checked, int widens to float
--FILE--
<?php
declare(strict_types=1);
function g(float $x, string $s) { var_dump($x, $s); }
g(3, "ok");
try { g("1.5", "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { g(1.5, 7); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
?>
--EXPECTF--
float(3)
string(2) "ok"
g(): Argument #1 ($x) must be of type float, string given, called in %s on line 5
g(): Argument #2 ($s) must be of type string, int given, called in %s on line 6
