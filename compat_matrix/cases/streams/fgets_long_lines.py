from phpcompat import *

# Lines far longer than the 8 KiB read chunk, and a line ending exactly on a
# chunk boundary.
lines = [
    str_repeat("a", 20000),
    str_repeat("b", 8191),
    str_repeat("c", 8192),
    "",
    "short",
]
fp = fopen("long.txt", "w")
for line in lines:
    fwrite(fp, line + "\n")
fwrite(fp, str_repeat("z", 10000))
fclose(fp)

fp = fopen("long.txt", "r")
while (line := fgets(fp)) is not False:
    echo(strlen(line), " bytes, starts with '", line[0], "', ends with ", bin2hex(substr(line, -1)), "\n")
var_dump(feof(fp))
fclose(fp)

# fgets with a length splits a long line into pieces.
fp = fopen("long.txt", "r")
pieces = 0
while True:
    piece = fgets(fp, 4097)
    pieces += 1
    if not (piece is not False and substr(piece, -1) != "\n"):
        break
echo(f"first line read in {pieces} pieces of at most 4096 bytes\n")

# stream_get_line over the same data, with a length cap.
rewind(fp)
var_dump(strlen(stream_get_line(fp, 100000, "\n")))
var_dump(strlen(stream_get_line(fp, 5000, "\n")))
var_dump(strlen(stream_get_line(fp, 5000, "\n")))
