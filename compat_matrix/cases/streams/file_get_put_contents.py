from phpcompat import *

var_dump(file_put_contents("notes.txt", "first\n"))
var_dump(file_put_contents("notes.txt", "second\n", FILE_APPEND))
var_dump(file_put_contents("notes.txt", ["third", "\n", "fourth\n"], FILE_APPEND | LOCK_EX))
var_dump(file_put_contents("notes.txt", 12345, FILE_APPEND))
var_dump(file_put_contents("empty.txt", ""))
var_dump(file_get_contents("notes.txt"))
var_dump(file_get_contents("empty.txt"))

# offset and length.
var_dump(file_get_contents("notes.txt", False, None, 6))
var_dump(file_get_contents("notes.txt", False, None, 6, 6))
var_dump(file_get_contents("notes.txt", False, None, -6))
var_dump(file_get_contents("notes.txt", False, None, 0, 0))
var_dump(file_get_contents("notes.txt", False, None, 1000))

# Writing a stream's remaining contents.
src = fopen("php://memory", "w+")
fwrite(src, "from a stream")
fseek(src, 5)
var_dump(file_put_contents("copy.txt", src))
var_dump(file_get_contents("copy.txt"))

# Binary data round-trips.
data = b"\x00\x01\x02\xfe\xff"
file_put_contents("blob.bin", data)
with binary_strings():
    var_dump(file_get_contents("blob.bin") == data)

# Failures.
var_dump(file_get_contents("missing.txt"))
var_dump(file_put_contents("no/such/dir/x.txt", "data"))
var_dump(file_get_contents("."))
try:
    file_get_contents("notes.txt", False, None, 0, -1)
except ValueError as e:
    echo("ValueError: ", str(e), "\n")
try:
    file_get_contents("")
except ValueError as e:
    echo("ValueError: ", str(e), "\n")
