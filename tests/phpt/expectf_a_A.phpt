--TEST--
EXPECTF: %a spans lines, %A may be empty
--FILE--
<?php
echo "start\n";
for ($i = 1; $i <= 3; $i++) {
    echo "line $i\n";
}
echo "end\n";
?>
--EXPECTF--
start
%a
end%A
