<?php
// covers: fscanf

file_put_contents("scores.txt", "alice 42 3.5\nbob 7 -1.25\n\ncarol x 0\ndave 12\n");
$fp = fopen("scores.txt", "r");

// Without extra arguments fscanf returns the parsed values as an array.
var_dump(fscanf($fp, "%s %d %f"));

// With variables it fills them and returns how many were assigned.
$count = fscanf($fp, "%s %d %f", $name, $score, $ratio);
var_dump($count, $name, $score, $ratio);

// A blank line, a line that stops matching, a short line.
var_dump(fscanf($fp, "%s %d"));
var_dump(fscanf($fp, "%s %d %d"));
var_dump(fscanf($fp, "%s %d %d"));

// End of file.
var_dump(fscanf($fp, "%s"));
fclose($fp);

$m = fopen("php://memory", "w+");
fwrite($m, "2024-01-15 12:30\nid:0x1F name=\"x y\"\n5 6\n7 8\n");
rewind($m);
var_dump(fscanf($m, "%4d-%2d-%2d %d:%d"));
var_dump(fscanf($m, "id:%x name=%s"));

try {
    fscanf($m, "%d %d", $one);
} catch (ValueError $e) {
    echo "ValueError: ", $e->getMessage(), "\n";
}
try {
    fscanf($m, "%d", $first, $second);
} catch (ValueError $e) {
    echo "ValueError: ", $e->getMessage(), "\n";
}
