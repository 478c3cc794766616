--TEST--
INI: error_reporting without E_WARNING hides the warning
--INI--
error_reporting=E_ALL & ~E_WARNING
--FILE--
<?php
$a = [];
echo $a['x'], "shown\n";
trigger_error("a notice", E_USER_NOTICE);
?>
--EXPECTF--
shown

Notice: a notice in %s on line %d
