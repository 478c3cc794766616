<?php
// covers: strlen, implode, explode, str_repeat

var_dump(strlen(""), strlen("abc"), strlen("h\xc3\xa9llo"), strlen("a\0b"));
var_dump(strlen(12345), strlen(1.5), strlen(true), strlen(false));

$parts = explode(",", "a,b,,c");
var_dump($parts);
var_dump(explode(",", "a,b,c,d", 2));
var_dump(explode(",", "a,b,c,d", -1));
var_dump(explode(",", "a,b,c,d", 0));
var_dump(explode(",", ""));
var_dump(explode(", ", "no separator here"));
var_dump(explode(",", "a,b", -5));

echo implode(", ", ["x", "y", "z"]), "\n";
echo implode(["no", "glue"]), "\n";
echo implode("-", [1, 2.5, true, false, null, "s"]), "\n";
echo implode("+", ["k" => "v", "w"]), "\n";
var_dump(implode(",", []));

echo str_repeat("=-", 5), "\n";
var_dump(str_repeat("abc", 0), str_repeat("", 100));

try {
    explode("", "abc");
} catch (ValueError $e) {
    echo "ValueError: ", $e->getMessage(), "\n";
}
try {
    str_repeat("x", -1);
} catch (ValueError $e) {
    echo "ValueError: ", $e->getMessage(), "\n";
}
try {
    implode(",", "not an array");
} catch (TypeError $e) {
    echo "TypeError: ", $e->getMessage(), "\n";
}
try {
    strlen([]);
} catch (TypeError $e) {
    echo "TypeError: ", $e->getMessage(), "\n";
}
