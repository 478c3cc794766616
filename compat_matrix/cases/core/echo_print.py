import math

from phpcompat import *

echo("Hello", " ", "world", "\n")
echo(42, " ", -7, " ", 0, "\n")
echo(1.0, " ", 0.1 + 0.2, " ", 1/3, " ", -0.0, " ", 1e15, " ", 1e14, " ", 2.5e-5, "\n")
echo(100000000000000000000.0, " ", 123456789012345678, " ", PHP_INT_MAX, "\n")
echo(True, "|", False, "|", None, "|\n")
echo("inf: ", math.inf, ", -inf: ", -math.inf, ", nan: ", math.nan, "\n")

name = "PHP"
count = 3
echo(f"Interpolated: {name} has {count} items\n")
echo('Single quoted: $name\\n', "\n")
echo("Concatenated: ", name, " ", count, " ", 0.5, "\n")

r = print_("print works\n")
echo("print returned ", r, "\n")
print_("parenthesised print\n")
echo(b"bytes: \x00\x01\xff|\n")
