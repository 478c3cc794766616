<?php
// covers: fwrite, fputs, fread, fclose

$fp = fopen("out.bin", "w+");
var_dump(fwrite($fp, "Hello"));
var_dump(fputs($fp, ", world\n"));
var_dump(fwrite($fp, "truncated write", 9));
var_dump(fwrite($fp, "zero", 0));
var_dump(fwrite($fp, "negative", -3));
var_dump(fwrite($fp, ""));
var_dump(fwrite($fp, 12345));
var_dump(fwrite($fp, "\x00\xff\n"));

rewind($fp);
var_dump(fread($fp, 5));
var_dump(fread($fp, 3));
var_dump(bin2hex(fread($fp, 1000)));
var_dump(fread($fp, 10));
var_dump(feof($fp));

try {
    fread($fp, 0);
} catch (ValueError $e) {
    echo "ValueError: ", $e->getMessage(), "\n";
}
try {
    fread($fp, -1);
} catch (ValueError $e) {
    echo "ValueError: ", $e->getMessage(), "\n";
}
try {
    fwrite($fp, ["array"]);
} catch (TypeError $e) {
    echo "TypeError: ", $e->getMessage(), "\n";
}
fclose($fp);

// A big write and reads that cross the 8 KiB chunk size.
$fp = fopen("big.txt", "w");
var_dump(fwrite($fp, str_repeat("0123456789", 2000)));
fclose($fp);
$fp = fopen("big.txt", "r");
var_dump(strlen(fread($fp, 10000)));
var_dump(strlen(fread($fp, 10000)));
var_dump(strlen(fread($fp, 10000)));
var_dump(feof($fp));
fclose($fp);
