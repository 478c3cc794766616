--TEST--
EXPECTREGEX: the whole section is a regular expression
--FILE--
<?php
echo "pid ", getmypid(), "\n";
echo strtoupper("done"), "\n";
?>
--EXPECTREGEX--
pid [0-9]+
DONE
