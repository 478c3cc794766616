<?php
// covers: stream_get_contents, stream_get_line

$fp = fopen("php://memory", "w+");
fwrite($fp, "alpha|beta||gamma|delta");
rewind($fp);

var_dump(stream_get_contents($fp, 5));
var_dump(stream_get_contents($fp));
var_dump(stream_get_contents($fp));
var_dump(stream_get_contents($fp, -1, 6));
var_dump(stream_get_contents($fp, 3, 0));
var_dump(stream_get_contents($fp, null, 18));
var_dump(stream_get_contents($fp, 0));

rewind($fp);
while (($part = stream_get_line($fp, 100, "|")) !== false) {
    var_dump($part);
}

// The delimiter may be several bytes, and is consumed but not returned.
$m = fopen("php://memory", "w+");
fwrite($m, "one\r\ntwo\r\n\r\nthree");
rewind($m);
var_dump(stream_get_line($m, 100, "\r\n"));
var_dump(stream_get_line($m, 2, "\r\n"));
var_dump(stream_get_line($m, 100, "\r\n"));
var_dump(stream_get_line($m, 100, "\r\n"));
var_dump(stream_get_line($m, 100, "\r\n"));
var_dump(stream_get_line($m, 100, "\r\n"));

// No delimiter: up to length bytes.
rewind($m);
var_dump(stream_get_line($m, 4));
var_dump(stream_get_line($m, 0, "\n"));

try {
    stream_get_line($m, -1);
} catch (ValueError $e) {
    echo "ValueError: ", $e->getMessage(), "\n";
}
try {
    stream_get_contents($m, -5);
} catch (ValueError $e) {
    echo "ValueError: ", $e->getMessage(), "\n";
}
var_dump(stream_get_contents($m, -1, 1000));
