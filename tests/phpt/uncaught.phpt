--TEST--
An uncaught exception: PHP's fatal error text on the output
--FILE--
<?php
function fail($why) {
    throw new RuntimeException("failed: $why");
}
echo "before\n";
fail("disk full");
echo "after\n";
?>
--EXPECTF--
before

Fatal error: Uncaught RuntimeException: failed: disk full in %s:%d
Stack trace:
#0 %s(%d): fail('disk full')
#1 {main}
  thrown in %s on line %d
