<?php
// covers: strtoupper, strtolower, bin2hex

echo strtoupper("Hello, World! 123"), "\n";
echo strtolower("MiXeD CaSe ÄÖÜ"), "\n";
echo strtoupper("straße été"), "\n";
var_dump(strtoupper(""), strtolower(3.5), strtoupper(true));

echo bin2hex("abc"), "\n";
echo bin2hex("\x00\xff\x10 \n"), "\n";
echo bin2hex("é"), "\n";
var_dump(bin2hex(""), bin2hex(255));

$fp = fopen("php://memory", "w+");
fwrite($fp, "\x12\x34\x34\x12\xde\xad\xbe\xef");
rewind($fp);
echo bin2hex(fread($fp, 100)), "\n";
