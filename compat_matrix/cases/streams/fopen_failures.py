from phpcompat import *

var_dump(fopen("missing.txt", "r"))
var_dump(fopen("no/such/dir/file.txt", "w"))
var_dump(fopen(".", "w"))
var_dump(fopen("data.txt", "z"))
var_dump(fopen("data.txt", ""))
var_dump(fopen("data.txt", "rw"))
var_dump(fopen("nosuchwrapper://thing", "r"))
var_dump(fopen("php://nosuchthing", "r"))

try:
    fopen("", "r")
except ValueError as e:
    echo("ValueError: ", str(e), "\n")
try:
    fopen("bad\0name.txt", "w")
except ValueError as e:
    echo("ValueError: ", str(e), "\n")
try:
    fopen(["data.txt"], "r")
except TypeError as e:
    echo("TypeError: ", str(e), "\n")

fp = fopen("data.txt", "w")
var_dump(fclose(fp))
try:
    fclose(fp)
except TypeError as e:
    echo("TypeError: ", str(e), "\n")
try:
    fwrite(fp, "after close")
except TypeError as e:
    echo("TypeError: ", str(e), "\n")
try:
    fclose("data.txt")
except TypeError as e:
    echo("TypeError: ", str(e), "\n")
