<?php
// covers: vsprintf, vprintf, fprintf, vfprintf

$row = ["widget", 3, 9.99];
echo vsprintf("%-8s x%d @ %6.2f\n", $row);
$n = vprintf("%s|%s|%s\n", $row);
echo "vprintf wrote $n bytes\n";
echo vsprintf("%2\$s-%1\$s\n", ["a", "b"]);
echo vsprintf("no placeholders\n", []);
echo vsprintf("keys are ignored: %s %s\n", ["x" => "one", "y" => "two"]);

$fp = fopen("report.txt", "w");
$n = fprintf($fp, "%05.1f|%s\n", 3.14159, "file");
echo "fprintf wrote $n bytes\n";
$n = vfprintf($fp, "%s=%d\n", ["answer", 42]);
echo "vfprintf wrote $n bytes\n";
fclose($fp);
echo file_get_contents("report.txt");

fprintf(STDOUT, "to %s\n", "STDOUT");
vfprintf(STDERR, "to %s\n", ["STDERR"]);

try {
    vsprintf("%s %s %s", [1, 2]);
} catch (ValueError $e) {
    echo "ValueError: ", $e->getMessage(), "\n";
}
try {
    fprintf("not a stream", "%s", "x");
} catch (TypeError $e) {
    echo "TypeError: ", $e->getMessage(), "\n";
}
try {
    fprintf($fp, "%s", "closed");
} catch (TypeError $e) {
    echo "TypeError: ", $e->getMessage(), "\n";
}
