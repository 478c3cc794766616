<?php
// covers: stream_copy_to_stream

file_put_contents("source.txt", str_repeat("0123456789", 1000) . "END");

$src = fopen("source.txt", "r");
$dst = fopen("dest.txt", "w");
var_dump(stream_copy_to_stream($src, $dst));
var_dump(stream_copy_to_stream($src, $dst));
fclose($dst);
var_dump(filesize("dest.txt"));

// length and offset.
$mem = fopen("php://memory", "w+");
var_dump(stream_copy_to_stream($src, $mem, 5, 10));
var_dump(stream_copy_to_stream($src, $mem, 3));
var_dump(stream_copy_to_stream($src, $mem, 4, 9999));
var_dump(stream_copy_to_stream($src, $mem, 0));
rewind($mem);
var_dump(stream_get_contents($mem));

// From memory to STDOUT keeps its place among echo output.
echo "<";
$m = fopen("php://memory", "w+");
fwrite($m, "copied to STDOUT");
rewind($m);
$n = stream_copy_to_stream($m, STDOUT);
echo ">\n", $n, "\n";

// Copying into a read-only stream fails.
$ro = fopen("source.txt", "r");
rewind($m);
var_dump(stream_copy_to_stream($m, $ro));

// An offset past the end copies nothing.
var_dump(stream_copy_to_stream($src, $mem, -1, 100000));

try {
    stream_copy_to_stream($src, "dest.txt");
} catch (TypeError $e) {
    echo "TypeError: ", $e->getMessage(), "\n";
}
