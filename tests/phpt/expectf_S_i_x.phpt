--TEST--
EXPECTF: %S (maybe empty), %i (signed), %x (hex)
--FILE--
<?php
echo "[", "", "]\n";
echo "[", "text", "]\n";
echo -42, " ", +17, "\n";
echo dechex(48879), "\n";
?>
--EXPECTF--
[%S]
[%S]
%i %i
%x
