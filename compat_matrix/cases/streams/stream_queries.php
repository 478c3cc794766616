<?php
// covers: stream_is_local, stream_isatty, stream_resolve_include_path, stream_supports_lock

file_put_contents("here.txt", "x");
$fp = fopen("here.txt", "r");
$mem = fopen("php://memory", "r+");

var_dump(stream_is_local($fp), stream_is_local($mem), stream_is_local(STDIN));
var_dump(stream_is_local("here.txt"), stream_is_local("/etc/passwd"), stream_is_local("file:///x"));
var_dump(stream_is_local("php://memory"), stream_is_local("http://example.com/"));
var_dump(stream_is_local("data:text/plain,hi"), stream_is_local("nosuch://x"));

// Under the test harness the standard streams are pipes, not terminals.
var_dump(stream_isatty(STDIN), stream_isatty(STDOUT), stream_isatty(STDERR));
var_dump(stream_isatty($fp), stream_isatty($mem));

var_dump(stream_supports_lock($fp), stream_supports_lock($mem));

$resolved = stream_resolve_include_path("here.txt");
echo str_replace(getcwd(), "<cwd>", $resolved), "\n";
var_dump(stream_resolve_include_path("not-there.txt"));
echo str_replace(getcwd(), "<cwd>", stream_resolve_include_path("")), "\n";
try {
    stream_resolve_include_path("nul\0byte");
} catch (ValueError $e) {
    echo "ValueError: ", $e->getMessage(), "\n";
}
fclose($fp);
try {
    stream_isatty($fp);
} catch (TypeError $e) {
    echo "TypeError: ", $e->getMessage(), "\n";
}
