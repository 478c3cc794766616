<?php
// covers: fopen, fclose

var_dump(fopen("missing.txt", "r"));
var_dump(fopen("no/such/dir/file.txt", "w"));
var_dump(fopen(".", "w"));
var_dump(fopen("data.txt", "z"));
var_dump(fopen("data.txt", ""));
var_dump(fopen("data.txt", "rw"));
var_dump(fopen("nosuchwrapper://thing", "r"));
var_dump(fopen("php://nosuchthing", "r"));

try {
    fopen("", "r");
} catch (ValueError $e) {
    echo "ValueError: ", $e->getMessage(), "\n";
}
try {
    fopen("bad\0name.txt", "w");
} catch (ValueError $e) {
    echo "ValueError: ", $e->getMessage(), "\n";
}
try {
    fopen(["data.txt"], "r");
} catch (TypeError $e) {
    echo "TypeError: ", $e->getMessage(), "\n";
}

$fp = fopen("data.txt", "w");
var_dump(fclose($fp));
try {
    fclose($fp);
} catch (TypeError $e) {
    echo "TypeError: ", $e->getMessage(), "\n";
}
try {
    fwrite($fp, "after close");
} catch (TypeError $e) {
    echo "TypeError: ", $e->getMessage(), "\n";
}
try {
    fclose("data.txt");
} catch (TypeError $e) {
    echo "TypeError: ", $e->getMessage(), "\n";
}
