<?php
// covers: echo, print

echo "Hello", " ", "world", "\n";
echo 42, " ", -7, " ", 0, "\n";
echo 1.0, " ", 0.1 + 0.2, " ", 1/3, " ", -0.0, " ", 1e15, " ", 1e14, " ", 2.5e-5, "\n";
echo 100000000000000000000.0, " ", 123456789012345678, " ", PHP_INT_MAX, "\n";
echo true, "|", false, "|", null, "|\n";
echo "inf: ", INF, ", -inf: ", -INF, ", nan: ", NAN, "\n";

$name = "PHP";
$count = 3;
echo "Interpolated: $name has $count items\n";
echo 'Single quoted: $name\n', "\n";
echo "Concatenated: " . $name . " " . $count . " " . 0.5 . "\n";

$r = print "print works\n";
echo "print returned ", $r, "\n";
print("parenthesised print\n");
echo "bytes: \x00\x01\xff|\n";
