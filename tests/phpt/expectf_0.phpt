--TEST--
EXPECTF: %0 matches a NUL byte
--FILE--
<?php
echo "a", chr(0), "b\n";
?>
--EXPECTF--
a%0b
