<?php
// covers: fputcsv, fgetcsv

$rows = [
    ["id", "name", "note"],
    [1, "Ada Lovelace", "wrote \"the\" first program"],
    [2, "Grace, Hopper", "multi\nline"],
    [3, "", null],
    [4.5, true, false],
    ["  spaced  ", "tab\there", "back\\slash"],
];
$fp = fopen("people.csv", "w+");
foreach ($rows as $row) {
    $n = fputcsv($fp, $row);
    echo "wrote $n bytes\n";
}
var_dump(fputcsv($fp, []));
var_dump(fputcsv($fp, ["a;b", "c"], ";", "'"));
var_dump(fputcsv($fp, ["crlf", "end"], ",", '"', "\\", "\r\n"));
rewind($fp);
echo stream_get_contents($fp);

rewind($fp);
while (($fields = fgetcsv($fp)) !== false) {
    echo count($fields), ": ", implode(" | ", array_map(fn ($f) => var_export($f, true), $fields)), "\n";
}
fclose($fp);

file_put_contents("odd.csv", "a,\"b\"\"c\",d\n\n x , \"y\" ,z\n'q;r';s\nunterminated,\"open\nstill open\n");
$fp = fopen("odd.csv", "r");
var_dump(fgetcsv($fp));
var_dump(fgetcsv($fp));
var_dump(fgetcsv($fp));
var_dump(fgetcsv($fp, null, ";", "'"));
var_dump(fgetcsv($fp));
var_dump(fgetcsv($fp));
fclose($fp);

$fp = fopen("php://memory", "w+");
fwrite($fp, "1,2,3,4,5,6,7,8,9\n");
rewind($fp);
var_dump(fgetcsv($fp, 5));

try {
    fgetcsv($fp, -1);
} catch (ValueError $e) {
    echo "ValueError: ", $e->getMessage(), "\n";
}
try {
    fputcsv($fp, ["x"], ",,");
} catch (ValueError $e) {
    echo "ValueError: ", $e->getMessage(), "\n";
}
try {
    fgetcsv($fp, null, ",", "");
} catch (ValueError $e) {
    echo "ValueError: ", $e->getMessage(), "\n";
}
