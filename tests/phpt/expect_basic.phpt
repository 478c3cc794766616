--TEST--
EXPECT: exact output of echo, arithmetic and string functions
--FILE--
<?php
$items = ['apple' => 3, 'pear' => 5];
foreach ($items as $name => $count) {
    echo str_pad($name, 6), ": ", $count * 2, "\n";
}
echo 7 / 2, " ", intdiv(7, 2), " ", 7 % 3, "\n";
?>
--EXPECT--
apple : 6
pear  : 10
3.5 3 1
