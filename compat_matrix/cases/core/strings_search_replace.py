from phpcompat import *

s = "Hello, world"
var_dump(substr(s, 7), substr(s, -5), substr(s, 0, 5), substr(s, 7, -2))
var_dump(substr(s, 100), substr(s, -100, 3), substr(s, 3, 0), substr(s, 5, -100))
var_dump(substr("héllo", 0, 2), substr("abc", 3), substr("abc", 1, None))

var_dump(strpos(s, "o"), strpos(s, "o", 5), strpos(s, "o", -3), strpos(s, "xyz"))
var_dump(strpos(s, "H"), strpos(s, ""), strpos("", ""), strpos("abcabc", "c", -1))

if strpos(s, "Hello") == False:  # noqa: E712 - PHP's loose ==, 0 == false
    echo("loose comparison says not found\n")
if strpos(s, "Hello") is not False:
    echo("strict comparison says found at 0\n")

echo(str_replace("world", "PHP", s), "\n")
echo(str_replace(["a", "b", "c"], ["b", "c", "d"], "abc"), "\n")
echo(str_replace(["x", "y"], "-", "xyzyx"), "\n")
echo(str_replace(["1", "2", "3"], ["one"], "1 2 3"), "\n")
var_dump(str_replace("o", "0", {0: "foo", 1: "bar", 7: "boo"}))
count = Ref(0)
out = str_replace("l", "L", "hello world", count)
echo(f"{out} ({count.value} replacements)\n")
echo(str_replace("", "x", "unchanged"), "\n")
var_dump(str_replace("a", "b", 123))

try:
    strpos(s, "o", 50)
except ValueError as e:
    echo("ValueError: ", str(e), "\n")
try:
    str_replace("a", ["b"], "abc")
except TypeError as e:
    echo("TypeError: ", str(e), "\n")
