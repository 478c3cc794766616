<?php
// covers: stream_get_meta_data

file_put_contents("meta.txt", "0123456789");

$fp = fopen("meta.txt", "r");
var_dump(stream_get_meta_data($fp));
fread($fp, 4);
$meta = stream_get_meta_data($fp);
echo "after fread(4): eof=", var_export($meta["eof"], true), " unread_bytes=", $meta["unread_bytes"], "\n";
fread($fp, 100);
$meta = stream_get_meta_data($fp);
echo "after reading all: eof=", var_export($meta["eof"], true), " unread_bytes=", $meta["unread_bytes"], "\n";
fclose($fp);

foreach (["w", "a+", "x+", "c", "wb+", "ct"] as $i => $mode) {
    $fp = fopen("mode$i.txt", $mode);
    echo $mode, " -> ", stream_get_meta_data($fp)["mode"], "\n";
    fclose($fp);
}

var_dump(stream_get_meta_data(fopen("php://memory", "r+")));
var_dump(stream_get_meta_data(fopen("php://temp/maxmemory:1024", "w")));
var_dump(stream_get_meta_data(STDIN));
var_dump(stream_get_meta_data(fopen("php://output", "w")));

try {
    stream_get_meta_data("meta.txt");
} catch (TypeError $e) {
    echo "TypeError: ", $e->getMessage(), "\n";
}
