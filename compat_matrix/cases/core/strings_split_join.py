from phpcompat import *

var_dump(strlen(""), strlen("abc"), strlen("héllo"), strlen("a\0b"))
var_dump(strlen(12345), strlen(1.5), strlen(True), strlen(False))

parts = explode(",", "a,b,,c")
var_dump(parts)
var_dump(explode(",", "a,b,c,d", 2))
var_dump(explode(",", "a,b,c,d", -1))
var_dump(explode(",", "a,b,c,d", 0))
var_dump(explode(",", ""))
var_dump(explode(", ", "no separator here"))
var_dump(explode(",", "a,b", -5))

echo(implode(", ", ["x", "y", "z"]), "\n")
echo(implode(["no", "glue"]), "\n")
echo(implode("-", [1, 2.5, True, False, None, "s"]), "\n")
echo(implode("+", {"k": "v", 0: "w"}), "\n")
var_dump(implode(",", []))

echo(str_repeat("=-", 5), "\n")
var_dump(str_repeat("abc", 0), str_repeat("", 100))

try:
    explode("", "abc")
except ValueError as e:
    echo("ValueError: ", str(e), "\n")
try:
    str_repeat("x", -1)
except ValueError as e:
    echo("ValueError: ", str(e), "\n")
try:
    implode(",", "not an array")
except TypeError as e:
    echo("TypeError: ", str(e), "\n")
try:
    strlen([])
except TypeError as e:
    echo("TypeError: ", str(e), "\n")
