<?php
// covers: php://input, fopen, fread, feof, file_get_contents

// On the command line there is no request body: php://input is empty even
// when standard input has data.
$in = fopen("php://input", "r");
var_dump(get_resource_type($in));
var_dump(fread($in, 100), feof($in));
var_dump(file_get_contents("php://input"));
$meta = stream_get_meta_data($in);
var_dump($meta["wrapper_type"], $meta["stream_type"], $meta["mode"], $meta["seekable"], $meta["uri"]);
var_dump(fwrite($in, "x"));
fclose($in);

// Standard input is still there.
echo "stdin: ", fgets(STDIN);
