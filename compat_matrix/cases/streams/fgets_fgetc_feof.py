from phpcompat import *

file_put_contents("lines.txt", "first line\nsecond line\r\n\nlast line without newline")

fp = fopen("lines.txt", "r")
n = 0
while (line := fgets(fp)) is not False:
    n += 1
    echo(n, ": ")
    var_dump(line)
var_dump(feof(fp))
var_dump(fgets(fp))
fclose(fp)

# fgets with a length reads at most length - 1 bytes.
fp = fopen("lines.txt", "r")
var_dump(fgets(fp, 6))
var_dump(fgets(fp, 6))
var_dump(fgets(fp, 100))
var_dump(fgets(fp, 1))
try:
    fgets(fp, 0)
except ValueError as e:
    echo("ValueError: ", str(e), "\n")
fclose(fp)

# feof only turns true after a read hits the end.
fp = fopen("php://memory", "w+")
fwrite(fp, "ab")
rewind(fp)
var_dump(feof(fp))
var_dump(fgetc(fp))
var_dump(fgetc(fp))
var_dump(feof(fp))
var_dump(fgetc(fp))
var_dump(feof(fp))
fclose(fp)

# The classic loop.
fp = fopen("lines.txt", "r")
chars = 0
while not feof(fp):
    c = fgetc(fp)
    if c is not False:
        chars += 1
echo(f"counted {chars} bytes\n")
fclose(fp)

# An empty file.
file_put_contents("empty.txt", "")
fp = fopen("empty.txt", "r")
var_dump(feof(fp), fgets(fp), feof(fp), fgetc(fp))
