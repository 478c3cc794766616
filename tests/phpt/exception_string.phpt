--TEST--
An exception as a string, getTraceAsString(), getLine()
--FILE--
<?php
function f($why) { throw new LogicException("bad: $why"); }
try {
    f("input");
} catch (Exception $e) {
    echo $e, "\n---\n", $e->getTraceAsString(), "\n", $e->getLine(), " ", basename($e->getFile()), "\n";
}
?>
--EXPECTF--
LogicException: bad: input in %s:2
Stack trace:
#0 %s(4): f('input')
#1 {main}
---
#0 %s(4): f('input')
#1 {main}
2 exception_string.php
