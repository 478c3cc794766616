<?php
// covers: file_get_contents, file_put_contents

var_dump(file_put_contents("notes.txt", "first\n"));
var_dump(file_put_contents("notes.txt", "second\n", FILE_APPEND));
var_dump(file_put_contents("notes.txt", ["third", "\n", "fourth\n"], FILE_APPEND | LOCK_EX));
var_dump(file_put_contents("notes.txt", 12345, FILE_APPEND));
var_dump(file_put_contents("empty.txt", ""));
var_dump(file_get_contents("notes.txt"));
var_dump(file_get_contents("empty.txt"));

// offset and length.
var_dump(file_get_contents("notes.txt", false, null, 6));
var_dump(file_get_contents("notes.txt", false, null, 6, 6));
var_dump(file_get_contents("notes.txt", false, null, -6));
var_dump(file_get_contents("notes.txt", false, null, 0, 0));
var_dump(file_get_contents("notes.txt", false, null, 1000));

// Writing a stream's remaining contents.
$src = fopen("php://memory", "w+");
fwrite($src, "from a stream");
fseek($src, 5);
var_dump(file_put_contents("copy.txt", $src));
var_dump(file_get_contents("copy.txt"));

// Binary data round-trips.
$bytes = "\x00\x01\x02\xfe\xff";
file_put_contents("blob.bin", $bytes);
var_dump(file_get_contents("blob.bin") === $bytes);

// Failures.
var_dump(file_get_contents("missing.txt"));
var_dump(file_put_contents("no/such/dir/x.txt", "data"));
var_dump(file_get_contents("."));
try {
    file_get_contents("notes.txt", false, null, 0, -1);
} catch (ValueError $e) {
    echo "ValueError: ", $e->getMessage(), "\n";
}
try {
    file_get_contents("");
} catch (ValueError $e) {
    echo "ValueError: ", $e->getMessage(), "\n";
}
