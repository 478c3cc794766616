from phpcompat import *

rows = [
    ["id", "name", "note"],
    [1, "Ada Lovelace", "wrote \"the\" first program"],
    [2, "Grace, Hopper", "multi\nline"],
    [3, "", None],
    [4.5, True, False],
    ["  spaced  ", "tab\there", "back\\slash"],
]
fp = fopen("people.csv", "w+")
for row in rows:
    n = fputcsv(fp, row)
    echo(f"wrote {n} bytes\n")
var_dump(fputcsv(fp, []))
var_dump(fputcsv(fp, ["a;b", "c"], ";", "'"))
var_dump(fputcsv(fp, ["crlf", "end"], ",", '"', "\\", "\r\n"))
rewind(fp)
echo(stream_get_contents(fp))

rewind(fp)
while (fields := fgetcsv(fp)) is not False:
    echo(len(fields), ": ", implode(" | ", [var_export(f, True) for f in fields]), "\n")
fclose(fp)

file_put_contents("odd.csv", "a,\"b\"\"c\",d\n\n x , \"y\" ,z\n'q;r';s\nunterminated,\"open\nstill open\n")
fp = fopen("odd.csv", "r")
var_dump(fgetcsv(fp))
var_dump(fgetcsv(fp))
var_dump(fgetcsv(fp))
var_dump(fgetcsv(fp, None, ";", "'"))
var_dump(fgetcsv(fp))
var_dump(fgetcsv(fp))
fclose(fp)

fp = fopen("php://memory", "w+")
fwrite(fp, "1,2,3,4,5,6,7,8,9\n")
rewind(fp)
var_dump(fgetcsv(fp, 5))

try:
    fgetcsv(fp, -1)
except ValueError as e:
    echo("ValueError: ", str(e), "\n")
try:
    fputcsv(fp, ["x"], ",,")
except ValueError as e:
    echo("ValueError: ", str(e), "\n")
try:
    fgetcsv(fp, None, ",", "")
except ValueError as e:
    echo("ValueError: ", str(e), "\n")
