<?php
// covers: print_r

print_r(42); echo "\n";
print_r(1.0); echo "\n";
print_r(0.1 + 0.2); echo "\n";
print_r(true); echo "|";
print_r(false); echo "|";
print_r(null); echo "|\n";
print_r("a string\n");
print_r([]);
print_r([1, 2.5, "three", [4, [5]], false, null]);
print_r(["user" => ["name" => "Ada", "langs" => ["en", "fr"]], 7 => 1e20]);
echo "\n";

$text = print_r(["x" => 1], true);
echo "returned ", strlen($text), " bytes:\n", $text;
var_dump(print_r("direct", false));
echo "\n";
var_dump(print_r([], true));

$fp = fopen("php://memory", "r");
print_r($fp); echo "\n";
print_r([$fp]);
