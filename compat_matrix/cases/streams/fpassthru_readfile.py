from phpcompat import *

file_put_contents("page.txt", "line 1\nline 2\nline 3\n")

# PHP's echo a, b prints a before it evaluates b: two echo calls keep that order.
echo("readfile returned ")
echo(readfile("page.txt"), "\n")

fp = fopen("page.txt", "r")
fgets(fp)
n = fpassthru(fp)
echo(f"fpassthru sent {n} bytes\n")
var_dump(fpassthru(fp))
fclose(fp)

var_dump(readfile("missing.txt"))
with silence():
    result = readfile("missing.txt")
var_dump(result)

m = fopen("php://memory", "w+")
fwrite(m, "from memory\n")
rewind(m)
var_dump(fpassthru(m))

# Output order with echo is kept.
echo("[")
readfile("page.txt")
echo("]\n")

big = str_repeat("abcdefghij", 1000) + "\n"
file_put_contents("big.txt", big)
fp = fopen("big.txt", "r")
n = fpassthru(fp)
var_dump(n, n == strlen(big))
