<?php
// covers: is_resource, get_resource_id, get_resource_type

var_dump(get_resource_id(STDIN), get_resource_id(STDOUT), get_resource_id(STDERR));
var_dump(get_resource_type(STDIN));

$a = fopen("php://memory", "r+");
$b = fopen("php://memory", "r+");
$c = fopen("php://temp", "r+");
echo "ids: ", get_resource_id($a), " ", get_resource_id($b), " ", get_resource_id($c), "\n";
echo "(int) cast: ", (int) $b, "\n";
var_dump($a);

var_dump(is_resource($a));
fclose($a);
var_dump(is_resource($a), get_resource_type($a), get_resource_id($a));
var_dump($a);

// Ids are never reused: a freed handle leaves a gap.
unset($b);
$d = fopen("php://memory", "r+");
echo "next id: ", get_resource_id($d), "\n";

// A handle freed by dropping its last reference, then a new one.
$e = fopen("php://memory", "r+");
$e = fopen("php://memory", "r+");
echo "reassigned: ", get_resource_id($e), "\n";

file_put_contents("f.txt", "");
$f = fopen("f.txt", "r");
echo "plain file: ", get_resource_id($f), " ", get_resource_type($f), "\n";
$list = [$f, $c];
var_dump(array_map("get_resource_id", $list));

var_dump(is_resource(null), is_resource("stream"), is_resource(5), is_resource([]));
try {
    get_resource_id("nope");
} catch (TypeError $e) {
    echo "TypeError: ", $e->getMessage(), "\n";
}
try {
    get_resource_type(42);
} catch (TypeError $e) {
    echo "TypeError: ", $e->getMessage(), "\n";
}
