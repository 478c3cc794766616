--TEST--
ARGS and STDIN: $argv, $argc and STDIN
--ARGS--
one "two words" 3
--STDIN--
first line
second line
--FILE--
<?php
echo $argc, "\n";
for ($i = 1; $i < $argc; $i++) {
    echo "[", $argv[$i], "]\n";
}
while (($line = fgets(STDIN)) !== false) {
    echo strrev(rtrim($line)), "\n";
}
?>
--EXPECT--
4
[one]
[two words]
[3]
enil tsrif
enil dnoces
