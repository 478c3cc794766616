<?php
// covers: php://temp, fopen, stream_get_meta_data, fstat

$t = fopen("php://temp", "w+");
fwrite($t, "kept in memory until 2 MB");
rewind($t);
var_dump(fgets($t));
var_dump(stream_get_meta_data($t)["stream_type"], stream_get_meta_data($t)["uri"]);

// With a small maxmemory the data moves to a temporary file once it grows.
$small = fopen("php://temp/maxmemory:16", "w+");
fwrite($small, "0123456789");
var_dump(fstat($small)["size"]);
fwrite($small, "abcdefghijklmnopqrstuvwxyz");
var_dump(fstat($small)["size"]);
$meta = stream_get_meta_data($small);
var_dump($meta["stream_type"], $meta["mode"], $meta["uri"]);
fseek($small, 8);
var_dump(fread($small, 6));
rewind($small);
var_dump(stream_get_contents($small));
var_dump(ftruncate($small, 4), stream_get_contents($small, -1, 0));

// maxmemory:0 spills on the first write; whatever follows php://temp/ is not
// validated (a bad number means the default limit).
$zero = fopen("php://temp/maxmemory:0", "w+");
fwrite($zero, "x");
rewind($zero);
var_dump(fread($zero, 5));
var_dump(fopen("php://temp/maxmemory:abc", "w+"));
var_dump(fopen("php://temp/other", "w+"));

// Read-only temp streams.
$ro = fopen("php://temp", "r");
var_dump(fwrite($ro, "x"), stream_get_meta_data($ro)["mode"]);
