<?php
// covers: fpassthru, readfile

file_put_contents("page.txt", "line 1\nline 2\nline 3\n");

echo "readfile returned ", readfile("page.txt"), "\n";

$fp = fopen("page.txt", "r");
fgets($fp);
$n = fpassthru($fp);
echo "fpassthru sent $n bytes\n";
var_dump(fpassthru($fp));
fclose($fp);

var_dump(readfile("missing.txt"));
var_dump(@readfile("missing.txt"));

$m = fopen("php://memory", "w+");
fwrite($m, "from memory\n");
rewind($m);
var_dump(fpassthru($m));

// Output order with echo is kept.
echo "[";
readfile("page.txt");
echo "]\n";

$big = str_repeat("abcdefghij", 1000) . "\n";
file_put_contents("big.txt", $big);
$fp = fopen("big.txt", "r");
$n = fpassthru($fp);
var_dump($n, $n === strlen($big));
