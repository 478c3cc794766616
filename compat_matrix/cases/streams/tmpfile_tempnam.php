<?php
// covers: tmpfile, tempnam, stream_get_meta_data

$tmp = tmpfile();
var_dump(get_resource_type($tmp));
fwrite($tmp, "scratch data");
fseek($tmp, 0);
var_dump(fread($tmp, 100));
$meta = stream_get_meta_data($tmp);
$path = $meta["uri"];
unset($meta["uri"]);
var_dump($meta);
// The file lives in the system temp dir, named "php" plus 6 random characters.
var_dump(dirname($path) === sys_get_temp_dir(), substr(basename($path), 0, 3), strlen(basename($path)));
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
