<?php
// covers: var_dump

var_dump(42, -0, PHP_INT_MIN);
var_dump(1.0, 0.1, 0.1 + 0.2, -0.0, 1e100, 1.5e-7, 123456789.0, 1/3);
var_dump(INF, -INF, NAN);
var_dump(true, false, null);
var_dump("", "hello", "h\xc3\xa9llo", "nul\0byte");
var_dump([]);
var_dump([1, "two", 3.0, [true, null]]);
var_dump(["name" => "Ada", "age" => 36, 10 => "ten", "nested" => ["k" => []]]);
var_dump([3 => "a", 1 => "b"]);

$fp = fopen("php://memory", "r");
var_dump($fp);
var_dump([$fp]);
fclose($fp);
var_dump($fp);
