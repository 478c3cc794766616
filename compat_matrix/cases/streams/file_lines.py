from phpcompat import *

file_put_contents("list.txt", "apple\nbanana\r\n\ncherry\n\n  \nlast")

var_dump(file("list.txt"))
var_dump(file("list.txt", FILE_IGNORE_NEW_LINES))
var_dump(file("list.txt", FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES))
var_dump(file("list.txt", FILE_SKIP_EMPTY_LINES))

file_put_contents("empty.txt", "")
var_dump(file("empty.txt"))

for i, line in enumerate(file("list.txt", FILE_IGNORE_NEW_LINES)):
    echo(i, ": [", line, "]\n")

var_dump(file("missing.txt"))
try:
    file("list.txt", 64)
except ValueError as e:
    echo("ValueError: ", str(e), "\n")
