from phpcompat import *

row = ["widget", 3, 9.99]
echo(vsprintf("%-8s x%d @ %6.2f\n", row))
n = vprintf("%s|%s|%s\n", row)
echo(f"vprintf wrote {n} bytes\n")
echo(vsprintf("%2$s-%1$s\n", ["a", "b"]))
echo(vsprintf("no placeholders\n", []))
echo(vsprintf("keys are ignored: %s %s\n", {"x": "one", "y": "two"}))

fp = fopen("report.txt", "w")
n = fprintf(fp, "%05.1f|%s\n", 3.14159, "file")
echo(f"fprintf wrote {n} bytes\n")
n = vfprintf(fp, "%s=%d\n", ["answer", 42])
echo(f"vfprintf wrote {n} bytes\n")
fclose(fp)
echo(file_get_contents("report.txt"))

fprintf(STDOUT, "to %s\n", "STDOUT")
vfprintf(STDERR, "to %s\n", ["STDERR"])

try:
    vsprintf("%s %s %s", [1, 2])
except ValueError as e:
    echo("ValueError: ", str(e), "\n")
try:
    fprintf("not a stream", "%s", "x")
except TypeError as e:
    echo("TypeError: ", str(e), "\n")
try:
    fprintf(fp, "%s", "closed")
except TypeError as e:
    echo("TypeError: ", str(e), "\n")
