--TEST--
CLEAN: the clean section removes what the test left behind
--FILE--
<?php
$file = __DIR__ . '/clean.tmp';
file_put_contents($file, "kept until --CLEAN--\n");
readfile($file);
?>
--CLEAN--
<?php
unlink(__DIR__ . '/clean.tmp');
?>
--EXPECT--
kept until --CLEAN--
