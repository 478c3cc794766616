<?php
// covers: tmpfile, tempnam, stream_get_meta_data

$tmp = tmpfile();
var_dump(get_resource_type($tmp));
fwrite($tmp, "scratch data");
fseek($tmp, 0);
var_dump(fread($tmp, 100));
$meta = stream_get_meta_data($tmp);
var_dump($meta);
$path = $meta["uri"];
var_dump(file_exists($path));
fclose($tmp);
var_dump(file_exists($path));

$dir = sys_get_temp_dir();
$name = tempnam($dir, "rep");
var_dump(dirname($name) === $dir);
var_dump(str_starts_with(basename($name), "rep"), strlen(basename($name)));
var_dump(file_exists($name), filesize($name));
unlink($name);

// A prefix longer than 63 bytes is cut, a directory that does not exist falls
// back to the system temp dir with a notice.
$long = tempnam($dir, str_repeat("p", 70));
var_dump(strlen(basename($long)));
unlink($long);
$fallback = tempnam("no/such/dir", "fb");
var_dump(dirname($fallback) === $dir);
unlink($fallback);

// In the working directory.
$local = tempnam(".", "loc");
var_dump(dirname($local) === getcwd(), file_exists($local));
