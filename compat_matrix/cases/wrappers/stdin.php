<?php
// covers: php://stdin, STDIN, fgets, fread, feof, stream_get_contents

// STDIN and php://stdin share the same file descriptor.
echo "STDIN: ", fgets(STDIN);
$in = fopen("php://stdin", "r");
var_dump(get_resource_id($in) > 3);
// STDIN's first read took everything the pipe held into STDIN's buffer, so
// the second stream finds nothing left to read.
echo "php://stdin: ", var_export(fgets($in), true), "\n";
echo "STDIN again: ", fgets(STDIN);
var_dump(fread($in, 4));
var_dump(stream_get_contents(STDIN));
var_dump(feof(STDIN), fgets(STDIN));
var_dump(stream_get_contents($in));
var_dump(fwrite(STDIN, "read only"));
fclose($in);
var_dump(fgets(STDIN));
