<?php
// covers: file

file_put_contents("list.txt", "apple\nbanana\r\n\ncherry\n\n  \nlast");

var_dump(file("list.txt"));
var_dump(file("list.txt", FILE_IGNORE_NEW_LINES));
var_dump(file("list.txt", FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES));
var_dump(file("list.txt", FILE_SKIP_EMPTY_LINES));

file_put_contents("empty.txt", "");
var_dump(file("empty.txt"));

foreach (file("list.txt", FILE_IGNORE_NEW_LINES) as $i => $line) {
    echo $i, ": [", $line, "]\n";
}

var_dump(file("missing.txt"));
try {
    file("list.txt", 64);
} catch (ValueError $e) {
    echo "ValueError: ", $e->getMessage(), "\n";
}
