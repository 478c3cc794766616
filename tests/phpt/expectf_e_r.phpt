--TEST--
EXPECTF: %e directory separator and %r...%r raw regular expressions
--FILE--
<?php
echo __DIR__ . DIRECTORY_SEPARATOR . "data.txt", "\n";
echo "id=", getmypid() > 0 ? "yes" : "no", "\n";
echo "code: A-17\n";
?>
--EXPECTF--
%s%edata.txt
id=%r(yes|no)%r
code: %r[A-Z]-\d+%r
