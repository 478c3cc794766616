<?php
// covers: trim, rtrim, ltrim, str_pad

$raw = " \t\n\r\0\x0Bpadded text \n";
var_dump(trim($raw), rtrim($raw), ltrim($raw));
var_dump(trim("xxhixx", "x"), rtrim("1.5000", "0"), rtrim("path///", "/"), ltrim("0012", "0"));
var_dump(trim("abcHELLOcba", "a..c"), trim("[note]", "[]"), trim("  keep\t", " "));
var_dump(trim(""), trim("   "), rtrim("line\r\n"), trim(42));

echo "[", str_pad("5", 3, "0", STR_PAD_LEFT), "]\n";
echo "[", str_pad("left", 10), "]\n";
echo "[", str_pad("mid", 10, "-=", STR_PAD_BOTH), "]\n";
echo "[", str_pad("mid", 8, "*", STR_PAD_BOTH), "]\n";
echo "[", str_pad("toolong", 3), "]\n";
echo "[", str_pad("ab", 7, "123"), "]\n";
echo "[", str_pad("ab", -1), "]\n";

try {
    str_pad("x", 5, "");
} catch (ValueError $e) {
    echo "ValueError: ", $e->getMessage(), "\n";
}
try {
    str_pad("x", 5, " ", 7);
} catch (ValueError $e) {
    echo "ValueError: ", $e->getMessage(), "\n";
}
