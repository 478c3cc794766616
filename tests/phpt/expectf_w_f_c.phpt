--TEST--
EXPECTF: %w whitespace, %f floats, %c one character
--FILE--
<?php
echo "   indented\n";
echo 3.25, " ", 1.5e-7, " ", -0.5, "\n";
echo chr(65 + 2), "\n";
?>
--EXPECTF--
%windented
%f %f %f
%c
