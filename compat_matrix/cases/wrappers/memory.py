from phpcompat import *

m = fopen("php://memory", "r+")
var_dump(fwrite(m, "hello memory"))
var_dump(ftell(m), feof(m))
var_dump(fread(m, 10), feof(m))
rewind(m)
var_dump(fread(m, 5))
fseek(m, 0, SEEK_END)
fwrite(m, "!")
rewind(m)
var_dump(stream_get_contents(m))
var_dump(ftruncate(m, 5), ftell(m))
fwrite(m, "X")
rewind(m)
var_dump(bin2hex(stream_get_contents(m)))

# Every open is a fresh, empty buffer.
other = fopen("php://memory", "r")
var_dump(fread(other, 10), stream_get_contents(other))
# Mode "r" is read-only for memory streams.
var_dump(fwrite(other, "no"))

# Modes are reported as the binary variant.
for mode in ["r", "rb", "w", "a", "x+", "c+"]:
    s = fopen("php://memory", mode)
    echo(mode, " -> ", stream_get_meta_data(s)["mode"], "\n")

# The scheme is case-insensitive; a path after "memory" is not accepted.
var_dump(is_resource(fopen("PHP://MEMORY", "r")))
var_dump(is_resource(fopen("php://memory/whatever", "r")))

# Large contents.
big = fopen("php://memory", "w+")
for i in range(1000):
    fwrite(big, str_repeat(chr(65 + i % 26), 100))
var_dump(ftell(big), fstat(big)["size"])
fseek(big, 2550)
var_dump(fread(big, 10))
