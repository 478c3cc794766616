--TEST--
EXPECTF: %s and %d in a warning
--FILE--
<?php
$a = [];
echo $a['missing'] ?? 'default', "\n";
echo $a['nope'];
echo "after\n";
?>
--EXPECTF--
default

Warning: Undefined array key "nope" in %s on line %d
after
