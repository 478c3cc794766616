from phpcompat import *

fp = fopen("t.txt", "w+")
fwrite(fp, "Hello, world")
var_dump(ftruncate(fp, 5))
var_dump(ftell(fp))
rewind(fp)
var_dump(fread(fp, 100))
var_dump(ftruncate(fp, 8))
rewind(fp)
var_dump(bin2hex(fread(fp, 100)))
var_dump(ftruncate(fp, 0), fstat(fp)["size"])

try:
    ftruncate(fp, -1)
except ValueError as e:
    echo("ValueError: ", str(e), "\n")

stat = fstat(fp)
var_dump(len(stat))
var_dump(list(stat.keys())[13:])
var_dump(stat[7] == stat["size"])
var_dump((stat["mode"] & 0o170000) == 0o100000)
fclose(fp)

# Read-only stream: truncation is refused.
fp = fopen("t.txt", "r")
var_dump(ftruncate(fp, 0))
fclose(fp)

# Memory streams: fstat has the size and a mode; truncate grows and shrinks.
m = fopen("php://memory", "w+")
fwrite(m, "abcdef")
var_dump(ftruncate(m, 3))
st = fstat(m)
var_dump(st["size"], st["mode"], st["nlink"])
var_dump(ftruncate(m, 6), bin2hex(stream_get_contents(m, -1, 0)))
