--TEST--
EXTENSIONS: a test lists the extensions it needs (the runner skips it when the shim lacks one)
--EXTENSIONS--
standard
--FILE--
<?php
echo extension_loaded('standard') ? "standard loaded\n" : "no\n";
?>
--EXPECT--
standard loaded
