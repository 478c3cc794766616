--TEST--
SKIPIF: a test that says skip is skipped
--SKIPIF--
<?php
if (PHP_INT_SIZE == 8) die("skip this test is for 32-bit platforms");
?>
--FILE--
<?php
echo "never runs\n";
?>
--EXPECT--
something else
